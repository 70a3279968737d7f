/**
 * ISO 8601 weeks ("2026-W47"): weeks start on Monday, and week 1 is the week with the
 * year's first Thursday (so 2027-W01 starts on Monday 2027-01-04, and 2026 has a W53).
 * Pure date arithmetic on UTC calendar dates ("2026-11-22"); no time zones involved.
 */

export const ISO_WEEK_PATTERN = /^(\d{4})-W(\d{2})$/

const DAY = 86_400_000

function utc(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
}

const iso = (date: Date) => date.toISOString().slice(0, 10)

export function addDaysIso(isoDate: string, days: number): string {
  return iso(new Date(utc(isoDate).getTime() + days * DAY))
}

/** Whole days from `from` to `to` (negative when `to` comes first): how late a due date is on a given day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / DAY)
}

/** Monday = 1 … Sunday = 7. */
export function isoWeekday(isoDate: string): number {
  return ((utc(isoDate).getUTCDay() + 6) % 7) + 1
}

/** The Monday of ISO week 1 of the year. */
function firstMonday(year: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4))
  return new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY)
}

/** 52 or 53. */
export function weeksInYear(year: number): number {
  return Math.round((firstMonday(year + 1).getTime() - firstMonday(year).getTime()) / (7 * DAY))
}

export function formatIsoWeek(year: number, week: number): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`
}

/** The ISO week a calendar date (or an ISO timestamp, by its UTC date) belongs to. */
export function isoWeekOf(isoDate: string): string {
  const date = utc(isoDate)
  // The Thursday of the same week decides the year.
  const thursday = new Date(date.getTime() + (4 - (((date.getUTCDay() + 6) % 7) + 1)) * DAY)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - firstMonday(year).getTime()) / (7 * DAY)) + 1
  return formatIsoWeek(year, week)
}

/** Year and week number, or null when the text is not an existing ISO week. */
export function parseIsoWeek(text: string): { year: number; week: number } | null {
  const match = ISO_WEEK_PATTERN.exec(text)
  if (!match) return null
  const year = Number(match[1])
  const week = Number(match[2])
  if (year < 1900 || year > 2999 || week < 1 || week > weeksInYear(year)) return null
  return { year, week }
}

export function isIsoWeek(text: string): boolean {
  return parseIsoWeek(text) !== null
}

/** Monday and Sunday of the week, as calendar dates. */
export function isoWeekRange(week: string): { start: string; end: string } {
  const parsed = parseIsoWeek(week)
  if (!parsed) throw new RangeError(`Not an ISO week: ${week}`)
  const monday = new Date(firstMonday(parsed.year).getTime() + (parsed.week - 1) * 7 * DAY)
  return { start: iso(monday), end: iso(new Date(monday.getTime() + 6 * DAY)) }
}

export function addIsoWeeks(week: string, count: number): string {
  return isoWeekOf(addDaysIso(isoWeekRange(week).start, count * 7))
}

/** `count` weeks ending with `last`, oldest first. */
export function isoWeeksEndingWith(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addIsoWeeks(last, i - count + 1))
}
