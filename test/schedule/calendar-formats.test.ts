/**
 * The calendar's week title follows each language's date order, not the library's month-first
 * pattern; its dates and clock times follow the region (one format in the agenda and the week).
 */
import { describe, expect, it } from 'vitest'
import type { Formats } from 'react-big-calendar'
import { defaultRegionFormat, type RegionFormat } from '../../src/shared/region'
import { calendarFormats } from '../../src/renderer/src/schedule/calendar-formats'

const week = { start: new Date(2026, 10, 30), end: new Date(2026, 11, 6) }

type Written = (value: unknown) => string
function writer(formats: Formats, name: keyof Formats): Written {
  const format = formats[name]
  if (typeof format !== 'function') throw new Error(`no ${name} format`)
  return format as Written
}

function title(locale: string): string {
  return writer(calendarFormats(locale, defaultRegionFormat(locale)), 'dayRangeHeaderFormat')(week)
}

describe('calendar week title', () => {
  it.each([
    ['es', '30 nov – 6 dic'],
    ['en-GB', '30 Nov – 6 Dec'],
    ['ru', '30 нояб. – 6 дек.'],
    ['hu', 'nov. 30. – dec. 6.']
  ])('%s reads %s', (locale, expected) => {
    // Intl separates a range with a thin/normal space around the dash depending on the ICU version.
    expect(title(locale).replace(/\s/g, ' ')).toBe(expected)
  })

  it('never writes a zero-padded day or the month before the day in Spanish', () => {
    expect(title('es')).not.toMatch(/noviembre|06/)
  })
})

describe('calendar dates and times follow the region', () => {
  const europe: RegionFormat = {
    dateFormat: 'DD/MM/YYYY',
    decimalSeparator: ',',
    groupSeparator: '.',
    firstDayOfWeek: 1,
    clock: '24h'
  }
  const american: RegionFormat = { ...europe, dateFormat: 'MM/DD/YYYY', clock: '12h' }
  // A local wall-clock time: the calendar lays events out on the computer's clock.
  const morning = new Date(2026, 11, 4, 8, 0)
  const afternoon = new Date(2026, 11, 4, 14, 30)

  it('writes the agenda day, the hours beside the week and an event time the same way (24-hour)', () => {
    const formats = calendarFormats('en-GB', europe)
    expect(writer(formats, 'agendaDateFormat')(morning)).toBe('Fri 04/12/2026')
    expect(writer(formats, 'timeGutterFormat')(morning)).toBe('8:00')
    expect(writer(formats, 'agendaTimeFormat')(afternoon)).toBe('14:30')
    expect(writer(formats, 'eventTimeRangeFormat')({ start: morning, end: afternoon })).toBe('8:00 – 14:30')
    expect(writer(formats, 'agendaTimeRangeFormat')({ start: morning, end: afternoon })).toBe('8:00 – 14:30')
    expect(writer(formats, 'agendaHeaderFormat')({ start: morning, end: new Date(2027, 0, 3) })).toBe(
      '04/12/2026 – 03/01/2027'
    )
  })

  it('uses one 12-hour clock for the agenda and the week when the region says so', () => {
    const formats = calendarFormats('en-GB', american)
    const gutter = writer(formats, 'timeGutterFormat')(morning)
    const agenda = writer(formats, 'agendaTimeFormat')(morning)
    expect(gutter).toBe(agenda)
    expect(gutter.replace(/\s/g, ' ')).toMatch(/^8:00 am$/i)
    expect(writer(formats, 'agendaDateFormat')(morning)).toBe('Fri 12/04/2026')
  })

  it('writes the date in words when the region keeps the language’s own dates', () => {
    const formats = calendarFormats('es', { ...europe, dateFormat: 'medium' })
    expect(writer(formats, 'agendaDateFormat')(morning)).toBe('vie 4 dic 2026')
  })
})
