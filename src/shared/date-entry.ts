/**
 * Typing dates and times the region's way (issue 14): what a date or time field shows and what it
 * reads back. The value behind the field stays ISO ("2026-12-04", "14:30"); the text follows
 * Settings → Region: the date in its numeric order (the locale's own order when the region writes the
 * month in words), the clock in 24 or 12 hours. ISO is read in every region: it is what people paste.
 */
import { formatIsoWeek, isoWeekOf, weeksInYear } from './iso-week'
import { numericDateFormat, type DateFormat, type RegionFormat } from './region'

/** The all-digit order a date field uses: the region's, or the locale's when the region writes words. */
type EntryDateFormat = Exclude<DateFormat, 'medium'>

export function entryDateFormat(dateFormat: DateFormat, locale: string): EntryDateFormat {
  const format = dateFormat === 'medium' ? numericDateFormat(locale) : dateFormat
  return format === 'medium' ? 'DD/MM/YYYY' : format
}

/** "2026-12-04" as the field shows it: "04/12/2026", "12/04/2026", "2026. 12. 04."; '' when not a date. */
export function writeEntryDate(iso: string, format: EntryDateFormat): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!parts) return ''
  return format.replace('YYYY', parts[1]).replace('MM', parts[2]).replace('DD', parts[3])
}

/** What a typed date is: nothing, an ISO day, digits in the right shape that are no day (31/02), or unreadable. */
export type DateReading =
  { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'noSuchDay' } | { kind: 'unreadable' }

const realDay = (y: number, m: number, d: number): string | null => {
  const candidate = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  const day = new Date(`${candidate}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === candidate ? candidate : null
}

/**
 * A date as typed: ISO ("2026-12-04") in every region; otherwise three numbers in the region's
 * order, separated by any of / . - or spaces ("4/12/26", "04.12.2026", "2026. 12. 4." for hu), a
 * two-digit year in this century; four digits first are a year, month and day in every region.
 */
export function readEntryDate(text: string, format: EntryDateFormat): DateReading {
  const trimmed = text.trim()
  if (trimmed === '') return { kind: 'empty' }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed)
  let numbers: string[]
  let order: string[]
  if (iso) {
    numbers = [iso[1], iso[2], iso[3]]
    order = ['YYYY', 'MM', 'DD']
  } else {
    if (!/^\d+(?:[\s./-]+\d+){2}\.?$/.test(trimmed)) return { kind: 'unreadable' }
    numbers = Array.from(trimmed.matchAll(/\d+/g), (m) => m[0])
    // Four digits first is a year in every region ("2026.12.04" typed where 04/12/2026 is shown).
    order = /^\d{4}\D/.test(trimmed)
      ? ['YYYY', 'MM', 'DD']
      : Array.from(format.matchAll(/YYYY|MM|DD/g), (m) => m[0])
  }
  const at = (part: string) => numbers[order.indexOf(part)]
  const [y, m, d] = [at('YYYY'), at('MM'), at('DD')]
  if ((y.length !== 4 && y.length !== 2) || m.length > 2 || d.length > 2) return { kind: 'unreadable' }
  const year = y.length === 2 ? 2000 + Number(y) : Number(y)
  const day = realDay(year, Number(m), Number(d))
  return day ? { kind: 'date', iso: day } : { kind: 'noSuchDay' }
}

const SAMPLE = (hour: number) => Date.UTC(2026, 11, 4, hour, 30)

function twelveHour(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
    timeZone: 'UTC'
  })
}

const plain = (marker: string) => marker.toLowerCase().replace(/[\s.\u00a0\u202f]/g, '')

/** "14:30" as the field shows it: "14:30", or "2:30 PM" / "2:30 p. m." / "du. 2:30" on a 12-hour clock. */
export function writeEntryTime(time: string, clock: RegionFormat['clock'], locale: string): string {
  const parts = /^(\d{2}):(\d{2})$/.exec(time)
  if (!parts) return ''
  if (clock === '24h') return time
  // Plain spaces: ICU versions differ in the no-break spaces they put before "PM", and a field is typed in.
  return twelveHour(locale)
    .format(Date.UTC(2026, 11, 4, Number(parts[1]), Number(parts[2])))
    .replace(/[\u00a0\u202f]/g, ' ')
}

/**
 * A time as typed: "14:30", "14.30", "1430", "9:05"; with a morning or afternoon word ("2:30 pm",
 * "2 p", the locale's own "p. m.", "du.") on any clock. Null when it is not a time of day.
 */
export function readEntryTime(text: string, locale: string): string | null {
  const trimmed = text.trim().toLowerCase()
  const digits = /(\d{1,2})(?:[:.h]?(\d{2}))?/.exec(trimmed)
  if (!digits) return null
  const marker = plain(trimmed.slice(0, digits.index) + trimmed.slice(digits.index + digits[0].length))
  let hour = Number(digits[1])
  const minute = digits[2] ? Number(digits[2]) : 0
  if (minute > 59) return null
  if (marker !== '') {
    const periods = twelveHour(locale)
    const period = (hourOfDay: number) =>
      plain(periods.formatToParts(SAMPLE(hourOfDay)).find((p) => p.type === 'dayPeriod')?.value ?? '')
    const morning = ['a', 'am', period(1)].includes(marker)
    const afternoon = ['p', 'pm', period(13)].includes(marker)
    if ((!morning && !afternoon) || hour < 1 || hour > 12) return null
    hour = (hour % 12) + (afternoon ? 12 : 0)
  }
  if (hour > 23) return null
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

/** The month order a month field uses, the region's date order without the day: "MM/YYYY", "YYYY. MM.". */
export function entryMonthFormat(format: EntryDateFormat): string {
  if (format.endsWith('DD.')) return format.replace(/ DD\.$/, '')
  return format.endsWith('DD') ? format.replace(/\W+DD$/, '') : format.replace(/DD\W+/, '')
}

/** "2027-09" as a month field shows it: "09/2027", "2027. 09.", "2027-09"; '' when not a month. */
export function writeEntryMonth(month: string, format: EntryDateFormat): string {
  const parts = /^(\d{4})-(\d{2})$/.exec(month)
  if (!parts) return ''
  return entryMonthFormat(format).replace('YYYY', parts[1]).replace('MM', parts[2])
}

/**
 * A month as typed ("2027-09", or a month and year in either order as a card prints it: "09/27",
 * "9/2027", "09.2027", "2027. 09."): "2027-09", '' for nothing typed, null when it is no month.
 * Four digits are the year wherever they stand; two digits after the month are a year of this century.
 */
export function readEntryMonth(text: string): string | null {
  const trimmed = text.trim()
  if (trimmed === '') return ''
  if (!/^\d+[\s./-]+\d+\.?$/.test(trimmed)) return null
  const [first, second] = Array.from(trimmed.matchAll(/\d+/g), (m) => m[0])
  const [y, m] = first.length === 4 ? [first, second] : [second, first]
  if ((y.length !== 4 && y.length !== 2) || m.length > 2) return null
  const month = Number(m)
  if (month < 1 || month > 12) return null
  const year = y.length === 2 ? 2000 + Number(y) : Number(y)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

/**
 * The days of a week as the region writes them: the month in words as the language writes a range
 * ("30 Nov – 6 Dec 2026", "30 nov – 6 dic 2026", "2026. nov. 30. – dec. 6.") when the region writes
 * words, else both days in its order ("30/11/2026 – 06/12/2026").
 */
export function writeDayRange(start: string, end: string, dateFormat: DateFormat, locale: string): string {
  if (dateFormat !== 'medium')
    return `${writeEntryDate(start, dateFormat)} – ${writeEntryDate(end, dateFormat)}`
  const days = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC'
  })
  // Plain spaces around the dash: ICU puts thin ones there, which nobody types or searches for.
  return days
    .formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`))
    .replace(/\s*[–-]\s*/, ' – ')
    .replace(/\u2009/g, ' ')
}

/**
 * A week as typed in a week field, in the year of `shown` (an ISO week, "2026-W49"): an ISO week
 * ("2026-W49", "2026w49"), a week number alone or with a word ("49", "W49", "49. hét"), or any day
 * of the week in the region's order or ISO. Null when it is none of them or no such week.
 */
export function readEntryWeek(text: string, shown: string, format: EntryDateFormat): string | null {
  const trimmed = text.trim()
  const iso = /^(\d{4})\s*-?\s*w\s*(\d{1,2})$/i.exec(trimmed)
  const year = iso ? Number(iso[1]) : Number(shown.slice(0, 4))
  const number = iso ? iso[2] : /^\D{0,12}?(\d{1,2})\.?\D{0,12}$/.exec(trimmed)?.[1]
  if (number !== undefined) {
    const week = Number(number)
    return week >= 1 && week <= weeksInYear(year) ? formatIsoWeek(year, week) : null
  }
  const day = readEntryDate(trimmed, format)
  return day.kind === 'date' ? isoWeekOf(day.iso) : null
}
