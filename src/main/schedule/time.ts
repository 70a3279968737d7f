/**
 * Local wall-clock time in an IANA zone. Plan occurrences go through luxon (exact across
 * daylight-saving changes); the schedule's working-hours check, which runs for every event
 * of a month, uses a cached Intl offset per zone and hour so a month loads quickly.
 */
import { DateTime } from 'luxon'
import { required } from '../../shared/required'
import { wallClockIn } from '../../shared/today'

const HOUR = 3_600_000
export const DAY = 24 * HOUR

const offsets = new Map<string, Map<number, number>>()
const QUARTER_HOUR = HOUR / 4

/** Milliseconds to add to UTC to get local time in `zone` at instant `ms`. */
export function zoneOffsetMs(zone: string, ms: number): number {
  // Zones change offset on the hour or half hour; a 15-minute bucket is always exact.
  const bucket = Math.floor(ms / QUARTER_HOUR)
  let byBucket = offsets.get(zone)
  if (!byBucket) offsets.set(zone, (byBucket = new Map<number, number>()))
  let offset = byBucket.get(bucket)
  if (offset === undefined) {
    const at = bucket * QUARTER_HOUR
    const wall = wallClockIn(zone, at)
    offset = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - at
    if (byBucket.size > 100_000) byBucket.clear()
    byBucket.set(bucket, offset)
  }
  return offset
}

export interface LocalClock {
  /** Days since 1970-01-01 in local time. */
  day: number
  /** Minutes since local midnight. */
  minutes: number
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  weekday: number
}

/** The local day, minute and weekday of an instant, with plain arithmetic (fast: runs per event). */
export function localClockOf(ms: number, zone: string): LocalClock {
  const local = ms + zoneOffsetMs(zone, ms)
  const day = Math.floor(local / DAY)
  return { day, minutes: Math.floor((local - day * DAY) / 60_000), weekday: ((((day + 3) % 7) + 7) % 7) + 1 }
}

export interface LocalTime {
  /** "2026-03-29" */
  date: string
  /** Minutes since local midnight. */
  minutes: number
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  weekday: number
}

export function localTime(instant: string | number, zone: string): LocalTime {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant)
  const local = new Date(ms + zoneOffsetMs(zone, ms))
  return {
    date: local.toISOString().slice(0, 10),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
    weekday: local.getUTCDay() === 0 ? 7 : local.getUTCDay()
  }
}

/** "HH:MM" -> minutes since midnight. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
}

/** "HH:MM" local time of an instant in a zone. */
export function localClock(instant: string, zone: string): string {
  const { minutes } = localTime(instant, zone)
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/**
 * The UTC instant of a local date and time in a zone. A time that does not exist (skipped
 * by a spring-forward change) moves forward by the gap; a time that happens twice (the
 * autumn change) is its first occurrence, as RFC 5545 and calendar apps have it.
 */
export function zonedInstant(date: string, time: string, zone: string): string {
  const local = DateTime.fromISO(`${date}T${time}`, { zone })
  if (!local.isValid) throw new Error(`Invalid local time ${date} ${time} in ${zone}`)
  const wall = local.toFormat('yyyy-MM-dd HH:mm')
  for (const minutes of [60, 30]) {
    const earlier = local.minus({ minutes })
    if (earlier.toFormat('yyyy-MM-dd HH:mm') === wall) return earlier.toUTC().toISO()
  }
  return local.toUTC().toISO()
}

/** The UTC instants of the start and end of a local day. */
export function localDayBounds(date: string, zone: string): { from: string; to: string } {
  const start = DateTime.fromISO(date, { zone }).startOf('day')
  return {
    from: required(start.toUTC().toISO(), `start of ${date} in ${zone}`),
    to: required(start.plus({ days: 1 }).toUTC().toISO(), `end of ${date} in ${zone}`)
  }
}

/** Adds months to an ISO date, clamping to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: string, months: number): string {
  return required(
    DateTime.fromISO(date, { zone: 'UTC' }).plus({ months }).toISODate(),
    `${date} + ${months} months`
  )
}

let system: { zone: string; readAt: number } | null = null

/**
 * The local zone of this computer (the administrator's), used when nothing else is set. Asking
 * Intl builds a formatter (~0.3 ms), and "today" is asked several times per row of an import, so
 * the answer is kept for a minute: a laptop that changes zone is followed within that minute.
 */
export function systemTimeZone(): string {
  const now = Date.now()
  if (system === null || now - system.readAt > 60_000 || now < system.readAt)
    system = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', readAt: now }
  return system.zone
}
