/**
 * "Today" on the company's wall clock (issue 9): the calendar date of an instant in an IANA zone.
 * This is the one implementation: the core's `today(ctx)` (src/main/clock.ts) calls it with the
 * company's zone and the context's clock, the screens' `companyToday()` with the company's zone
 * (Settings → Region), so a form opened at 00:30 in Madrid starts on the date the store will
 * accept, not on the UTC date nor on the computer's own zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

/** What a wall clock in a zone reads at an instant: month 1–12, hour 0–23. */
export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/**
 * The wall clock of `zone` at instant `ms`, from Intl with one formatter per zone (building one costs
 * ~0.3 ms, and the schedule's offsets and "today" ask for the same few zones again and again).
 */
export function wallClockIn(zone: string, ms: number): WallClock {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(zone, f)
  }
  const read: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {}
  for (const p of f.formatToParts(new Date(ms))) if (p.type !== 'literal') read[p.type] = Number(p.value)
  return {
    year: read.year ?? 0,
    month: read.month ?? 0,
    day: read.day ?? 0,
    hour: read.hour ?? 0,
    minute: read.minute ?? 0,
    second: read.second ?? 0
  }
}

/** The calendar date ("2026-03-02") on the wall clock of `zone` at instant `ms`. */
export function dateInZone(ms: number, zone: string): string {
  const { year, month, day } = wallClockIn(zone, ms)
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}
