import { describe, expect, it } from 'vitest'
import {
  clockLocale,
  defaultPaperSize,
  defaultRegionFormat,
  excelDateFormat,
  numericDateFormat,
  regionFormat,
  regionFormatter,
  type RegionFormat
} from '../../src/shared/region'

const NBSP = '\u00a0'
const NNBSP = '\u202f'

const region = (over: Partial<RegionFormat>): RegionFormat => ({
  dateFormat: 'DD/MM/YYYY',
  decimalSeparator: ',',
  groupSeparator: '.',
  firstDayOfWeek: 1,
  clock: '24h',
  ...over
})

describe('region defaults from a locale', () => {
  it('gives each of our locales its usual date, separators, week and clock', () => {
    expect(defaultRegionFormat('hu-HU')).toEqual({
      dateFormat: 'medium',
      decimalSeparator: ',',
      groupSeparator: NBSP,
      firstDayOfWeek: 1,
      clock: '24h'
    })
    expect(numericDateFormat('hu-HU')).toBe('YYYY. MM. DD.')
    expect(numericDateFormat('es-ES')).toBe('DD/MM/YYYY')
    expect(numericDateFormat('ru-RU')).toBe('DD.MM.YYYY')
    expect(numericDateFormat('en-US')).toBe('MM/DD/YYYY')
    expect(defaultRegionFormat('es-ES')).toMatchObject({
      decimalSeparator: ',',
      groupSeparator: '.',
      firstDayOfWeek: 1,
      clock: '24h'
    })
    expect(defaultRegionFormat('ru-RU')).toMatchObject({
      decimalSeparator: ',',
      groupSeparator: NBSP
    })
    expect(defaultRegionFormat('en-US')).toMatchObject({
      decimalSeparator: '.',
      groupSeparator: ',',
      firstDayOfWeek: 7,
      clock: '12h'
    })
    expect(defaultRegionFormat('en-GB')).toMatchObject({ clock: '24h', groupSeparator: ',' })
    // French groups with the narrow no-break space.
    expect(defaultRegionFormat('fr-FR').groupSeparator).toBe(NNBSP)
    expect(defaultPaperSize('en-US')).toBe('Letter')
    expect(defaultPaperSize('hu-HU')).toBe('A4')
  })

  it('falls back to a valid region for a locale Intl does not know', () => {
    expect(regionFormat.safeParse(defaultRegionFormat('xx-QQ')).success).toBe(true)
  })
})

describe('the region formatter', () => {
  it('writes 4 December 2026 the Hungarian, Spanish, Russian, American and ISO ways', () => {
    const cases: Array<[RegionFormat['dateFormat'], string]> = [
      ['YYYY. MM. DD.', '2026. 12. 04.'],
      ['DD/MM/YYYY', '04/12/2026'],
      ['DD.MM.YYYY', '04.12.2026'],
      ['MM/DD/YYYY', '12/04/2026'],
      ['YYYY-MM-DD', '2026-12-04'],
      ['DD-MM-YYYY', '04-12-2026']
    ]
    expect(regionFormatter(region({ dateFormat: 'medium' }), 'hu-HU').date('2026-12-04')).toBe(
      '2026. dec. 4.'
    )
    expect(regionFormatter(region({ dateFormat: 'medium' }), 'en-GB').date('2026-12-04')).toBe('4 Dec 2026')
    for (const [dateFormat, expected] of cases)
      expect(regionFormatter(region({ dateFormat }), 'en-GB').date('2026-12-04')).toBe(expected)
  })

  it('keeps a calendar date whatever the time zone, and reads a timestamp on the office clock', () => {
    const f = regionFormatter(region({}), 'es-ES', 'America/Los_Angeles')
    expect(f.date('2026-12-04')).toBe('04/12/2026')
    // 03:30 UTC on the 5th is still the 4th, 19:30, in Los Angeles.
    expect(f.date('2026-12-05T03:30:00Z')).toBe('04/12/2026')
    expect(f.time('2026-12-05T03:30:00Z')).toBe('19:30')
    expect(f.dateTime('2026-12-05T03:30:00Z')).toBe('04/12/2026 19:30')
    expect(f.date('not a date')).toBe('')
    expect(f.date(null)).toBe('')
  })

  it('writes the 12-hour clock when chosen, in any language', () => {
    const english = regionFormatter(region({ clock: '12h' }), 'en-GB', 'UTC').time('2026-12-04T14:30:00Z')
    expect(english.toLowerCase().replace(/\s/g, ' ')).toMatch(/^2:30 pm$/)
    expect(regionFormatter(region({ clock: '24h' }), 'en-US', 'UTC').time('2026-12-04T14:30:00Z')).toBe(
      '14:30'
    )
  })

  it('writes a 12-hour clock with the words of the place the region is, in the interface language', () => {
    const at = (r: RegionFormat, locale: string) =>
      regionFormatter(r, locale, 'UTC')
        .time('2026-12-04T14:30:00Z')
        .replace(/[\u00a0\u202f]/g, ' ')
    const us = region({ dateFormat: 'MM/DD/YYYY', firstDayOfWeek: 7, clock: '12h' })
    // An English interface whose own variant (en-GB) writes "pm": a US region writes "PM".
    expect(clockLocale('en-GB', us)).toBe('en-US')
    expect(at(us, 'en-GB')).toBe('2:30 PM')
    expect(at(us, 'en-US')).toBe('2:30 PM')
    // Day first, week from Monday, 12 hours: Australia's "pm" for an English without a 12-hour clock of
    // its own (en-GB, or no variant); en-US keeps its "PM" (issue 14: the day sheet printed "pm").
    const dayFirst = region({ dateFormat: 'DD/MM/YYYY', firstDayOfWeek: 1, clock: '12h' })
    expect(clockLocale('en-GB', dayFirst)).toBe('en-AU')
    expect(at(dayFirst, 'en-GB')).toBe('2:30 pm')
    expect(at(dayFirst, 'en')).toBe('2:30 pm')
    expect(clockLocale('en-US', dayFirst)).toBe('en-US')
    expect(at(dayFirst, 'en-US')).toBe('2:30 PM')
    // Year first with Sunday: Canada's "p.m.".
    expect(at(region({ dateFormat: 'YYYY-MM-DD', firstDayOfWeek: 7, clock: '12h' }), 'en-GB')).toBe(
      '2:30 p.m.'
    )
    // Spanish with Mexico's conventions: "p.m."; Hungarian has no 12-hour place: its own "du.".
    expect(at(region({ firstDayOfWeek: 7, clock: '12h' }), 'es-ES')).toBe('2:30 p.m.')
    expect(clockLocale('hu-HU', dayFirst)).toBe('hu-HU')
    expect(at(dayFirst, 'hu-HU')).toBe('du. 2:30')
    // A 24-hour region keeps the interface's locale (no words to choose).
    expect(clockLocale('en-GB', region({ dateFormat: 'MM/DD/YYYY', firstDayOfWeek: 7 }))).toBe('en-GB')
  })

  it('prints each print locale’s own 12-hour words with a day-first region, and 24 hours without words', () => {
    const time = (locale: string, clock: '12h' | '24h', iso: string) =>
      regionFormatter(region({ dateFormat: 'DD/MM/YYYY', firstDayOfWeek: 1, clock }), locale, 'UTC')
        .time(iso)
        .replace(/[\u00a0\u202f]/g, ' ')
    const afternoon = '2026-12-04T14:30:00Z'
    const morning = '2026-12-04T09:05:00Z'
    const expected: Array<[string, '12h' | '24h', string, string]> = [
      ['en-US', '12h', '2:30 PM', '9:05 AM'],
      ['en-GB', '12h', '2:30 pm', '9:05 am'],
      ['es-ES', '12h', '2:30 p. m.', '9:05 a. m.'],
      ['hu-HU', '12h', 'du. 2:30', 'de. 9:05'],
      ['ru-RU', '12h', '2:30 PM', '9:05 AM'],
      ['en-US', '24h', '14:30', '09:05'],
      ['en-GB', '24h', '14:30', '9:05'],
      ['es-ES', '24h', '14:30', '9:05'],
      ['hu-HU', '24h', '14:30', '9:05'],
      ['ru-RU', '24h', '14:30', '9:05']
    ]
    expect(
      expected.map(([locale, clock]) => [
        locale,
        clock,
        time(locale, clock, afternoon),
        time(locale, clock, morning)
      ])
    ).toEqual(expected)
  })

  it('groups and separates numbers with the chosen marks, the narrow no-break space included', () => {
    const value = 1234567.5
    const expected = (group: string, decimal: string) => `1${group}234${group}567${decimal}5`
    for (const [group, decimal] of [
      ['.', ','],
      [',', '.'],
      [NBSP, ','],
      [NNBSP, ','],
      ["'", '.']
    ] as const) {
      const f = regionFormatter(
        region({ groupSeparator: group, decimalSeparator: decimal }),
        // The language's own marks must not leak through: English words, Hungarian marks and back.
        'en-GB'
      )
      expect(f.number(value)).toBe(expected(group, decimal))
    }
    expect(
      regionFormatter(region({ groupSeparator: '', decimalSeparator: '.' }), 'hu-HU').number(value)
    ).toBe('1234567.5')
    // Four-digit numbers are grouped too (es-ES would leave 1404 alone).
    expect(regionFormatter(region({}), 'es-ES').number(1404)).toBe('1.404')
  })

  it('prints money exactly from minor units with the currency of the words’ locale', () => {
    const spanish = regionFormatter(region({}), 'es-ES')
    expect(spanish.money(123456789, 'EUR')).toBe(`1.234.567,89${NBSP}€`)
    expect(spanish.amount(-5, 'EUR')).toBe('-0,05')
    // Beyond 2^53 cents stays exact: the amount goes to Intl as text.
    expect(spanish.amount(12345678901234567890n, 'EUR')).toBe('123.456.789.012.345.678,90')
    const hungarian = regionFormatter(region({ groupSeparator: NBSP }), 'hu-HU')
    expect(hungarian.money(299700, 'HUF')).toBe(`2${NBSP}997,00${NBSP}Ft`)
    expect(
      regionFormatter(region({ decimalSeparator: '.', groupSeparator: ',' }), 'en-GB').money(150, 'JPY')
    ).toBe('JP¥150')
  })

  it('refuses a region whose decimal and group marks are the same', () => {
    expect(regionFormat.safeParse(region({ groupSeparator: ',', decimalSeparator: ',' })).success).toBe(false)
  })

  it('gives Excel the same date order', () => {
    expect(excelDateFormat(region({ dateFormat: 'YYYY. MM. DD.' }))).toBe('yyyy. mm. dd.')
    expect(excelDateFormat(region({ dateFormat: 'MM/DD/YYYY' }))).toBe('mm/dd/yyyy')
  })
})
