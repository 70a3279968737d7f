/**
 * "Today" for the company (issue 9): the date on the office's wall clock, not the UTC date. Near
 * midnight they differ: at 00:30 in Madrid it is still yesterday in UTC, so an invoice issued then
 * took yesterday's date and a payment dated today was refused as "in the future". Every service
 * asks here; the clock itself (`ctx.now`) stays injectable for tests.
 *
 * The company's zone is the one of its working hours (Settings → Schedule), else the computer's.
 * The date itself is worked out once for both sides: `dateInZone` (src/shared/today.ts), which the
 * screens' `companyToday()` uses too.
 */
import type BetterSqlite3 from 'better-sqlite3'
import { timeZone as timeZoneSchema } from '../shared/schemas/schedule'
import { dateInZone } from '../shared/today'
import type { ServiceContext } from './context'
import { WORKING_HOURS_KEY } from './schedule/working-hours'
import { systemTimeZone } from './schedule/time'

/** Today's date in the company's time zone, "2026-03-02". */
export const today = (ctx: Pick<ServiceContext, 'now' | 'timeZone'>): string =>
  dateInZone(ctx.now().getTime(), ctx.timeZone())

/**
 * Reads the company's time zone from the settings on each call (one indexed row: cheap, and a change
 * in Settings applies at once, also when another process such as the CLI made it). Checking a zone
 * builds an Intl formatter, so the answer for the same stored text is reused.
 */
export function companyTimeZone(sqlite: BetterSqlite3.Database): () => string {
  const read = sqlite.prepare<[string], string>('select value from settings where key = ?').pluck()
  let last: { value: string; zone: string | null } | null = null
  const zoneOf = (value: string): string | null => {
    try {
      const zone: unknown = (JSON.parse(value) as { timeZone?: unknown }).timeZone
      const parsed = timeZoneSchema.safeParse(zone)
      return parsed.success ? parsed.data : null
    } catch {
      // An unreadable setting falls back to the computer's zone, as the schedule does.
      return null
    }
  }
  return () => {
    const value = read.get(WORKING_HOURS_KEY)
    if (value === undefined) return systemTimeZone()
    if (last?.value !== value) last = { value, zone: zoneOf(value) }
    return last.zone ?? systemTimeZone()
  }
}
