/** The calendar's week title follows each language's date order, not the library's month-first pattern. */
import { describe, expect, it } from 'vitest'
import { calendarFormats } from '../../src/renderer/src/schedule/calendar-formats'

const week = { start: new Date(2026, 10, 30), end: new Date(2026, 11, 6) }

function title(locale: string): string {
  const format = calendarFormats(locale).dayRangeHeaderFormat
  if (typeof format !== 'function') throw new Error('no week title format')
  return format(week)
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
