/**
 * Region settings (issue 14): how dates, times and numbers are written, kept apart from the language
 * (an English-speaking office in Spain writes 04/12/2026 and 14:30). One formatter reads them, for
 * the screens and for the PDFs and workbooks; the defaults come from a locale (the company's print
 * locale, which its country set at setup).
 */
import { z } from 'zod'
import { keyed } from './errors'
import { minorUnits } from './currencies'
import { minorToDecimalString } from './money'

/**
 * How a date is written: the order of day, month and year and what separates them, or `medium`:
 * the month in words as the language writes it ("4 Dec 2026", "4 dic 2026", "2026. dec. 4.").
 */
export const dateFormats = [
  'medium',

  'DD/MM/YYYY',
  'DD.MM.YYYY',
  'DD-MM-YYYY',
  'MM/DD/YYYY',
  'YYYY-MM-DD',
  'YYYY. MM. DD.'
] as const
export type DateFormat = (typeof dateFormats)[number]

export const decimalSeparators = [',', '.'] as const
/** Thousands are grouped by a dot, comma, no-break space, narrow no-break space, apostrophe, or not at all. */
export const groupSeparators = ['.', ',', '\u00a0', '\u202f', "'", ''] as const
export type GroupSeparator = (typeof groupSeparators)[number]

/** ISO weekday numbers a week may start on: Monday, Saturday, Sunday. */
export const firstDaysOfWeek = [1, 6, 7] as const
export const clocks = ['24h', '12h'] as const
export const paperSizes = ['A4', 'Letter'] as const

export const regionFormat = z
  .object({
    dateFormat: z.enum(dateFormats),
    decimalSeparator: z.enum(decimalSeparators),
    groupSeparator: z.enum(groupSeparators),
    firstDayOfWeek: z.union([z.literal(1), z.literal(6), z.literal(7)]),
    clock: z.enum(clocks)
  })
  .strict()
  .refine((r) => r.decimalSeparator !== r.groupSeparator, {
    error: keyed('regionSameSeparators'),
    path: ['groupSeparator']
  })
export type RegionFormat = z.output<typeof regionFormat>

/** The region as the Settings page edits it: the formats plus the paper and the company's time zone. */
export interface RegionSettings {
  format: RegionFormat
  paperSize: (typeof paperSizes)[number]
  timeZone: string
  /** The locale the defaults came from (so the page can say "as in es-ES"). */
  defaultsFrom: string
}

const SAMPLE_DATE = Date.UTC(2026, 11, 4)

export function numericDateFormat(locale: string): DateFormat {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'UTC'
    }).formatToParts(SAMPLE_DATE)
    const tokens: Partial<Record<string, string>> = { year: 'YYYY', month: 'MM', day: 'DD' }
    const pattern = parts.map((p) => tokens[p.type] ?? p.value).join('')
    return dateFormats.find((f) => f === pattern) ?? 'DD/MM/YYYY'
  } catch {
    return 'DD/MM/YYYY'
  }
}

/** Countries whose week starts on Sunday (CLDR), for a runtime without Intl.Locale week info. */
const sundayCountries = new Set([
  'US',
  'CA',
  'MX',
  'BR',
  'JP',
  'IL',
  'PH',
  'KR',
  'TW',
  'HK',
  'IN',
  'CO',
  'PE'
])

function firstDayOf(locale: string): 1 | 6 | 7 {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number } }
    const day = info.getWeekInfo?.().firstDay
    if (day === 1 || day === 6 || day === 7) return day
  } catch {
    // An unknown locale: the table below decides.
  }
  const country = locale.split('-')[1] ?? ''
  return sundayCountries.has(country) ? 7 : 1
}

/**
 * The region a locale writes in ("hu-HU": 1 234,5 with a no-break space, Monday, 24 h). Dates keep the
 * month in words as the language writes it until the user picks an all-digit order; `numericDateFormat`
 * is the one the locale would use (2026. 12. 04.), offered first.
 */
export function defaultRegionFormat(locale: string): RegionFormat {
  let safe = locale
  try {
    new Intl.NumberFormat(locale)
  } catch {
    safe = 'en-GB'
  }
  const parts = new Intl.NumberFormat(safe, { useGrouping: 'always' }).formatToParts(1234567.5)
  const decimal = parts.find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.'
  const groupText = parts.find((p) => p.type === 'group')?.value ?? ''
  const group = groupSeparators.find((g) => g === groupText && g !== decimal) ?? (decimal === ',' ? '.' : ',')
  const hourCycle = new Intl.DateTimeFormat(safe, { hour: 'numeric' }).resolvedOptions().hourCycle
  return {
    dateFormat: 'medium',
    decimalSeparator: decimal,
    groupSeparator: group,
    firstDayOfWeek: firstDayOf(safe),
    clock: hourCycle === 'h11' || hourCycle === 'h12' ? '12h' : '24h'
  }
}

/** The paper a locale's country uses: Letter in North America and a few others, A4 elsewhere. */
export function defaultPaperSize(locale: string): 'A4' | 'Letter' {
  const country = locale.split('-')[1] ?? ''
  return ['US', 'CA', 'MX', 'CL', 'CO', 'VE', 'PH'].includes(country) ? 'Letter' : 'A4'
}

/** Where each interface language is spoken, for the words of a 12-hour clock (see `clockLocale`). */
const spokenIn: Partial<Record<string, string[]>> = {
  en: ['US', 'GB', 'AU', 'CA', 'IE', 'IN', 'NZ'],
  es: ['ES', 'MX', 'US', 'AR', 'CO'],
  ca: ['ES'],
  hu: ['HU'],
  ru: ['RU']
}

const clockLocales = new Map<string, string>()

/**
 * The locale whose words a 12-hour clock uses. A locale whose own clock has 12 hours (en-US, en-AU)
 * keeps its words whatever the region's date order: a print locale of en-US writes "2:30 PM" beside
 * day-first dates, never Australia's "pm". A locale whose own clock has 24 hours (en-GB, es-ES) has no
 * words of its own, so it takes them from where the region's conventions are at home: English with a
 * month-first, Sunday, 12-hour region writes "2:30 PM" (en-US), with a day-first one "2:30 pm" (en-AU).
 * Among the places that use a 12-hour clock, the one matching the region's date order and first day
 * best wins; none: the locale's own (Hungarian "du.").
 */
export function clockLocale(locale: string, region: RegionFormat): string {
  if (region.clock === '24h') return locale
  const key = `${locale} ${region.dateFormat} ${region.firstDayOfWeek}`
  const known = clockLocales.get(key)
  if (known) return known
  // A bare language ("en") names no place: its words are chosen like a 24-hour locale's.
  if (locale.includes('-') && defaultRegionFormat(locale).clock === '12h') {
    clockLocales.set(key, locale)
    return locale
  }
  const language = locale.split('-')[0]
  const candidates = (spokenIn[language] ?? []).map((country) => `${language}-${country}`)
  const order = region.dateFormat === 'medium' ? numericDateFormat(locale) : region.dateFormat
  let best = locale
  let bestScore = -1
  for (const candidate of candidates) {
    const own = defaultRegionFormat(candidate)
    if (own.clock !== '12h') continue
    const score =
      (numericDateFormat(candidate) === order ? 2 : 0) +
      (own.firstDayOfWeek === region.firstDayOfWeek ? 1 : 0)
    if (score > bestScore) [best, bestScore] = [candidate, score]
  }
  clockLocales.set(key, best)
  return best
}

/** Dates, times and numbers written the region's way; words (month names, currency names) in `locale`. */
export interface RegionFormatter {
  readonly region: RegionFormat
  readonly locale: string
  /** "2026-12-04" (or a timestamp, read in the time zone) as the region writes it: "04/12/2026". */
  date(iso: string | null | undefined): string
  /** A timestamp's clock time in the time zone: "14:30" or "2:30 PM". */
  time(iso: string | null | undefined): string
  dateTime(iso: string | null | undefined): string
  /** A number with the region's separators; Intl options as usual (percent, decimals …). */
  number(value: number | bigint | `${number}`, options?: Intl.NumberFormatOptions): string
  /** An amount in minor units in its currency with the symbol of `locale`: "1.234,50 €". */
  money(minor: number | bigint, currency: string): string
  /** An amount in minor units without the currency, all its minor digits: "1.234,50". */
  amount(minor: number | bigint, currency: string): string
  /** Intl's parts of any number format put together with the region's separators. */
  join(parts: Intl.NumberFormatPart[]): string
}

const validDate = (iso: string | null | undefined): Date | null => {
  if (!iso) return null
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso)
  return Number.isNaN(d.getTime()) ? null : d
}

const utcDay = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'UTC'
})

function writeDate(format: DateFormat, year: string, month: string, day: string): string {
  return format.replace('YYYY', year).replace('MM', month).replace('DD', day)
}

export function regionFormatter(region: RegionFormat, locale: string, timeZone = 'UTC'): RegionFormatter {
  let words = locale
  try {
    new Intl.NumberFormat(locale)
  } catch {
    words = 'en-GB'
  }
  const dayParts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone
  })
  const medium = new Intl.DateTimeFormat(words, { dateStyle: 'medium', timeZone })
  const mediumDay = new Intl.DateTimeFormat(words, { dateStyle: 'medium', timeZone: 'UTC' })
  const clock = new Intl.DateTimeFormat(clockLocale(words, region), {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: region.clock === '12h' ? 'h12' : 'h23',
    timeZone
  })
  const join = (parts: Intl.NumberFormatPart[]) =>
    parts
      .map((p) =>
        p.type === 'group' ? region.groupSeparator : p.type === 'decimal' ? region.decimalSeparator : p.value
      )
      .join('')
  const grouping = region.groupSeparator === '' ? false : ('always' as const)
  const numberFormats = new Map<string, Intl.NumberFormat>()
  const numberFormat = (options: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(options)
    let format = numberFormats.get(key)
    if (!format) {
      format = new Intl.NumberFormat(words, { useGrouping: grouping, ...options })
      numberFormats.set(key, format)
    }
    return format
  }
  const dateOf = (iso: string | null | undefined) => {
    const d = validDate(iso)
    if (!d) return ''
    if (region.dateFormat === 'medium') return (iso?.length === 10 ? mediumDay : medium).format(d)
    // A plain date is a calendar day, whatever the zone; a timestamp is read on the office's clock.
    const parts = (iso?.length === 10 ? utcDay : dayParts).formatToParts(d)
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
    return writeDate(region.dateFormat, part('year'), part('month'), part('day'))
  }
  const timeOf = (iso: string | null | undefined) => {
    const d = validDate(iso)
    return d ? clock.format(d) : ''
  }
  const digits = (currency: string) => {
    try {
      return minorUnits(currency)
    } catch {
      return 2
    }
  }
  return {
    region,
    locale: words,
    date: dateOf,
    time: timeOf,
    dateTime: (iso) => {
      const d = validDate(iso)
      return d ? `${dateOf(iso)} ${timeOf(iso)}` : ''
    },
    number: (value, options = {}) => join(numberFormat(options).formatToParts(value as number)),
    money: (minor, currency) => {
      const n = digits(currency)
      try {
        const format = numberFormat({
          style: 'currency',
          currency,
          minimumFractionDigits: n,
          maximumFractionDigits: n
        })
        return join(format.formatToParts(minorToDecimalString(minor, currency) as `${number}`))
      } catch {
        return `${join(numberFormat({ minimumFractionDigits: n, maximumFractionDigits: n }).formatToParts(Number(minor) / 10 ** n))} ${currency}`
      }
    },
    amount: (minor, currency) => {
      const n = digits(currency)
      return join(
        numberFormat({ minimumFractionDigits: n, maximumFractionDigits: n }).formatToParts(
          minorToDecimalString(minor, currency) as `${number}`
        )
      )
    },
    join
  }
}

/** The Excel number format of a date in the region ("dd/mm/yyyy"): Excel shows dates as the reader expects. */
export function excelDateFormat(region: RegionFormat): string {
  if (region.dateFormat === 'medium') return 'd mmm yyyy'
  return region.dateFormat.replace('YYYY', 'yyyy').replace('MM', 'mm').replace('DD', 'dd')
}

/**
 * A date typed in the region's numeric order ("04.12.2026" in DD.MM.YYYY, "12/4/2026" in
 * MM/DD/YYYY) as an ISO date; ISO ("2026-12-04") is accepted in every region. Null when the text
 * is not a real calendar day in either.
 */
export function parseRegionDate(text: string, dateFormat: DateFormat): string | null {
  const trimmed = text.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed)
  const parts: { y: string; m: string; d: string } | null = iso
    ? { y: iso[1], m: iso[2], d: iso[3] }
    : regionParts(trimmed, dateFormat)
  if (!parts) return null
  const candidate = `${parts.y}-${parts.m.padStart(2, '0')}-${parts.d.padStart(2, '0')}`
  const day = new Date(`${candidate}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === candidate ? candidate : null
}

function regionParts(text: string, dateFormat: DateFormat): { y: string; m: string; d: string } | null {
  // "medium" is written with the month in words: typed dates there are read as ISO only.
  if (dateFormat === 'medium' || dateFormat === 'YYYY-MM-DD') return null
  const order = Array.from(dateFormat.matchAll(/YYYY|MM|DD/g), (m) => m[0])
  const numbers = Array.from(text.matchAll(/\d+/g), (m) => m[0])
  // Only the format's own separators may sit between the numbers (a "." also ends "YYYY. MM. DD.").
  const separators = dateFormat.replace(/YYYY|MM|DD/g, '#')
  const shape = text.replace(/\d+/g, '#').replace(/\s+/g, ' ')
  if (numbers.length !== 3 || shape.replace(/\.$/, '') !== separators.replace(/\.$/, '')) return null
  const at = (part: string) => numbers[order.indexOf(part)]
  const [y, m, d] = [at('YYYY'), at('MM'), at('DD')]
  if (y.length !== 4 || m.length > 2 || d.length > 2) return null
  return { y, m, d }
}
