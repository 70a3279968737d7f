/** Between the API's UTC instants and the local wall clock the user types and sees. */
import { DateTime } from 'luxon'

/** "2026-03-02T08:00:00.000Z" -> "2026-03-02T09:00" in the computer's zone, for a date-and-time field (DateTimeField). */
export function toLocalInput(iso: string): string {
  const dt = DateTime.fromISO(iso)
  return dt.isValid ? dt.toLocal().toFormat("yyyy-MM-dd'T'HH:mm") : ''
}

/** The local wall clock typed by the user -> ISO instant with its zone; '' when not a time. */
export function fromLocalInput(value: string): string {
  const dt = DateTime.fromISO(value)
  return dt.isValid ? dt.toUTC().toISO() : ''
}

export const toIso = (date: Date): string => DateTime.fromJSDate(date).toUTC().toISO() ?? ''

/** A point in time as the API takes it (UTC ISO); a time Luxon cannot represent is a programming error. */
export function isoInstant(dt: DateTime): string {
  const iso = dt.toUTC().toISO()
  if (iso === null) throw new Error(`Not a valid time: ${dt.invalidExplanation ?? dt.invalidReason ?? ''}`)
  return iso
}

/** The calendar day of `dt` (yyyy-MM-dd). */
export function isoDay(dt: DateTime): string {
  const iso = dt.toISODate()
  if (iso === null) throw new Error(`Not a valid day: ${dt.invalidExplanation ?? dt.invalidReason ?? ''}`)
  return iso
}

/** A visit's or meeting's start and end as its form's date-and-time fields show them ('' for none yet). */
export function localStartEnd(times: { startAt: string; endAt: string } | undefined) {
  return { startAt: times ? toLocalInput(times.startAt) : '', endAt: times ? toLocalInput(times.endAt) : '' }
}

/** The form's start and end, typed on the local clock, as the API's instants. */
export function isoStartEnd(values: { startAt: string; endAt: string }) {
  return { startAt: fromLocalInput(values.startAt), endAt: fromLocalInput(values.endAt) }
}
