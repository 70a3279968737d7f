/**
 * Date and time entry by region (issue 14): what a date field shows for an ISO day and what it reads
 * back from typed text, for the regions our users work in. Every expected text is written out here
 * from the day's own numbers, not produced by the code under test.
 */
import { describe, expect, it } from 'vitest'
import {
  entryDateFormat,
  entryMonthFormat,
  readEntryDate,
  readEntryMonth,
  readEntryTime,
  readEntryWeek,
  writeDayRange,
  writeEntryDate,
  writeEntryMonth,
  writeEntryTime
} from '../../src/shared/date-entry'
import { defaultRegionFormat } from '../../src/shared/region'

/** The region a locale defaults to, as the date field uses it (the month-in-words default gives digits). */
const fieldOf = (locale: string) => {
  const region = defaultRegionFormat(locale)
  return {
    date: entryDateFormat(region.dateFormat, locale),
    clock: region.clock,
    first: region.firstDayOfWeek
  }
}

// 4 December 2026 and 24 December 2026 (day and month apart so their order shows).
const [y, m, d] = ['2026', '12', '04']
const regions = [
  { locale: 'en-GB', shown: `${d}/${m}/${y}`, christmasEve: '24/12/2026', clock: '24h', first: 1 },
  { locale: 'en-US', shown: `${m}/${d}/${y}`, christmasEve: '12/24/2026', clock: '12h', first: 7 },
  { locale: 'es-ES', shown: `${d}/${m}/${y}`, christmasEve: '24/12/2026', clock: '24h', first: 1 },
  { locale: 'ca-ES', shown: `${d}/${m}/${y}`, christmasEve: '24/12/2026', clock: '24h', first: 1 },
  { locale: 'hu-HU', shown: `${y}. ${m}. ${d}.`, christmasEve: '2026. 12. 24.', clock: '24h', first: 1 },
  { locale: 'ru-RU', shown: `${d}.${m}.${y}`, christmasEve: '24.12.2026', clock: '24h', first: 1 }
] as const

describe('date fields by region', () => {
  for (const region of regions) {
    it(`${region.locale}: shows ${region.shown} and reads it back, with its clock and first day`, () => {
      const field = fieldOf(region.locale)
      expect(field.clock).toBe(region.clock)
      expect(field.first).toBe(region.first)
      expect(writeEntryDate('2026-12-04', field.date)).toBe(region.shown)
      expect(writeEntryDate('2026-12-24', field.date)).toBe(region.christmasEve)
      expect(readEntryDate(region.shown, field.date)).toEqual({ kind: 'date', iso: '2026-12-04' })
      expect(readEntryDate(region.christmasEve, field.date)).toEqual({ kind: 'date', iso: '2026-12-24' })
      // ISO is what people paste: read in every region.
      expect(readEntryDate('2026-12-24', field.date)).toEqual({ kind: 'date', iso: '2026-12-24' })
      expect(readEntryDate('  ', field.date)).toEqual({ kind: 'empty' })
      expect(readEntryDate('next week', field.date)).toEqual({ kind: 'unreadable' })
    })
  }

  it('reads the short forms a day-first region allows: 4/12/26, 04.12.2026, 4-12-2026', () => {
    for (const typed of ['4/12/26', '04.12.2026', '4-12-2026', '04 12 2026', '4/12/2026']) {
      expect(readEntryDate(typed, 'DD/MM/YYYY'), typed).toEqual({ kind: 'date', iso: '2026-12-04' })
    }
    // The same text is 12 April in a month-first region.
    expect(readEntryDate('4/12/26', 'MM/DD/YYYY')).toEqual({ kind: 'date', iso: '2026-04-12' })
  })

  it('reads Hungarian dates with or without the spaces and the final dot', () => {
    for (const typed of ['2026. 12. 04.', '2026.12.04', '2026.12.4.', '26. 12. 4.']) {
      expect(readEntryDate(typed, 'YYYY. MM. DD.'), typed).toEqual({ kind: 'date', iso: '2026-12-04' })
    }
  })

  it('reads four digits first as year, month, day in a day-first region', () => {
    expect(readEntryDate('2026.12.04', 'DD.MM.YYYY')).toEqual({ kind: 'date', iso: '2026-12-04' })
  })

  it('tells a day that does not exist from a text that is no date', () => {
    expect(readEntryDate('31/02/2026', 'DD/MM/YYYY')).toEqual({ kind: 'noSuchDay' })
    expect(readEntryDate('02/31/2026', 'MM/DD/YYYY')).toEqual({ kind: 'noSuchDay' })
    expect(readEntryDate('2026-02-29', 'DD/MM/YYYY')).toEqual({ kind: 'noSuchDay' }) // 2026 is no leap year
    expect(readEntryDate('29/02/2028', 'DD/MM/YYYY')).toEqual({ kind: 'date', iso: '2028-02-29' })
    expect(readEntryDate('13/13/2026', 'DD/MM/YYYY')).toEqual({ kind: 'noSuchDay' })
    expect(readEntryDate('4/12', 'DD/MM/YYYY')).toEqual({ kind: 'unreadable' })
    expect(readEntryDate('4/12/2026/1', 'DD/MM/YYYY')).toEqual({ kind: 'unreadable' })
    expect(readEntryDate('4/123/2026', 'DD/MM/YYYY')).toEqual({ kind: 'unreadable' })
    expect(readEntryDate('4/12/202', 'DD/MM/YYYY')).toEqual({ kind: 'unreadable' })
  })
})

describe('time fields by clock', () => {
  it('shows 24-hour times as they are, and 12-hour ones with the language’s words', () => {
    expect(writeEntryTime('14:30', '24h', 'en-GB')).toBe('14:30')
    expect(writeEntryTime('09:05', '24h', 'hu-HU')).toBe('09:05')
    expect(writeEntryTime('14:30', '12h', 'en-US')).toBe('2:30 PM')
    expect(writeEntryTime('00:15', '12h', 'en-US')).toBe('12:15 AM')
    expect(writeEntryTime('12:00', '12h', 'en-US')).toBe('12:00 PM')
    expect(writeEntryTime('not a time', '24h', 'en-GB')).toBe('')
  })

  it('reads what a 12-hour field shows back as the same time, in every language', () => {
    for (const locale of ['en-US', 'en-GB', 'es-ES', 'ca-ES', 'hu-HU', 'ru-RU']) {
      for (const [hour, minute] of [
        [0, 5],
        [9, 30],
        [12, 0],
        [14, 30],
        [23, 59]
      ]) {
        const iso = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
        expect(readEntryTime(writeEntryTime(iso, '12h', locale), locale), `${locale} ${iso}`).toBe(iso)
      }
    }
  })

  it('reads typed times in their usual shapes', () => {
    const cases: [string, string | null][] = [
      ['14:30', '14:30'],
      ['14.30', '14.30'.replace('.', ':')],
      ['1430', '14:30'],
      ['9:05', '09:05'],
      ['9', '09:00'],
      ['2:30 pm', '14:30'],
      ['2:30PM', '14:30'],
      ['2 p', '14:00'],
      ['12 am', '00:00'],
      ['12:10 a.m.', '00:10'],
      ['25:00', null],
      ['10:60', null],
      ['13 pm', null],
      ['half past two', null],
      ['', null]
    ]
    for (const [typed, time] of cases) expect(readEntryTime(typed, 'en-US'), typed).toBe(time)
    // The language's own words: Hungarian "du." (afternoon) before the time, Spanish "p. m." after.
    expect(readEntryTime('du. 2:30', 'hu-HU')).toBe('14:30')
    expect(readEntryTime('de. 11:00', 'hu-HU')).toBe('11:00')
    expect(readEntryTime('2:30 p. m.', 'es-ES')).toBe('14:30')
  })
})

describe('month fields by region', () => {
  it('write the region’s order without the day', () => {
    const cases: [Parameters<typeof writeEntryMonth>[1], string, string][] = [
      ['DD/MM/YYYY', 'MM/YYYY', '09/2027'],
      ['MM/DD/YYYY', 'MM/YYYY', '09/2027'],
      ['DD.MM.YYYY', 'MM.YYYY', '09.2027'],
      ['DD-MM-YYYY', 'MM-YYYY', '09-2027'],
      ['YYYY-MM-DD', 'YYYY-MM', '2027-09'],
      ['YYYY. MM. DD.', 'YYYY. MM.', '2027. 09.']
    ]
    for (const [format, month, shown] of cases) {
      expect(entryMonthFormat(format), format).toBe(month)
      expect(writeEntryMonth('2027-09', format), format).toBe(shown)
    }
    expect(writeEntryMonth('not a month', 'DD/MM/YYYY')).toBe('')
  })

  it('read a month as a card prints it, in either order, and ISO', () => {
    const cases: [string, string | null][] = [
      ['09/27', '2027-09'],
      ['9/2027', '2027-09'],
      ['09.2027', '2027-09'],
      ['2027. 09.', '2027-09'],
      ['2027-9', '2027-09'],
      ['', ''],
      ['13/27', null],
      ['0/27', null],
      ['09/2027/1', null],
      ['September', null]
    ]
    for (const [typed, month] of cases) expect(readEntryMonth(typed), typed).toBe(month)
  })
})

describe('week fields by region', () => {
  // ISO week 49 of 2026 runs from Monday 30 November to Sunday 6 December.
  it('write the week’s days as the region does, the month in the language’s words', () => {
    const week = (format: Parameters<typeof writeDayRange>[2], locale: string) =>
      writeDayRange('2026-11-30', '2026-12-06', format, locale).replace(/[\u00a0\u202f]/g, ' ')
    expect(week('medium', 'en-GB')).toBe('30 Nov – 6 Dec 2026')
    expect(week('medium', 'es')).toBe('30 nov – 6 dic 2026')
    expect(week('medium', 'es')).not.toMatch(/noviembre 30/)
    expect(week('medium', 'ca')).toBe('30 de nov. – 6 de des. 2026')
    expect(week('medium', 'hu')).toBe('2026. nov. 30. – dec. 6.')
    expect(week('medium', 'ru')).toBe('30 нояб. – 6 дек. 2026 г.')
    expect(week('DD/MM/YYYY', 'en-GB')).toBe('30/11/2026 – 06/12/2026')
    expect(week('YYYY. MM. DD.', 'hu')).toBe('2026. 11. 30. – 2026. 12. 06.')
  })

  it('read a week number, an ISO week or a day of the week', () => {
    const cases: [string, string | null][] = [
      ['2026-W47', '2026-W47'],
      ['2026w7', '2026-W07'],
      ['49', '2026-W49'],
      ['W49', '2026-W49'],
      ['S49', '2026-W49'],
      ['49. hét', '2026-W49'],
      ['Нед. 49', '2026-W49'],
      ['53', '2026-W53'],
      ['54', null],
      ['2027-W53', null],
      ['4/12/26', '2026-W49'],
      ['2027-01-01', '2026-W53'],
      ['31/02/2026', null],
      ['next week', null]
    ]
    for (const [typed, week] of cases)
      expect(readEntryWeek(typed, '2026-W10', 'DD/MM/YYYY'), typed).toBe(week)
    // A day in the region's order: month first in the US.
    expect(readEntryWeek('12/4/26', '2026-W10', 'MM/DD/YYYY')).toBe('2026-W49')
  })
})
