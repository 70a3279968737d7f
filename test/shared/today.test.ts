/**
 * The screens' "today" (src/shared/today.ts, used by the renderer's companyToday) and the core's
 * `today(ctx)` (src/main/clock.ts) give the same date for every instant and zone, including the
 * hours where the UTC date, the computer's date and the company's date differ.
 */
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { today } from '../../src/main/clock'
import { zoneOffsetMs } from '../../src/main/schedule/time'
import { dateInZone, wallClockIn } from '../../src/shared/today'

const zones = [
  'Europe/Madrid',
  'Europe/Budapest',
  'Europe/Moscow',
  'America/New_York',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'UTC'
]

describe('today in the company zone', () => {
  it('is the wall-clock date, not the UTC date', () => {
    // 23:30 UTC on 4 Dec: already the 5th in Madrid, still the 4th in New York.
    const at = Date.UTC(2026, 11, 4, 23, 30)
    expect(dateInZone(at, 'Europe/Madrid')).toBe('2026-12-05')
    expect(dateInZone(at, 'America/New_York')).toBe('2026-12-04')
    expect(dateInZone(at, 'UTC')).toBe('2026-12-04')
    // 10:30 UTC on 31 Dec: New Year's Day on Kiritimati (UTC+14), New Year's Eve in Pago Pago (UTC-11).
    const eve = Date.UTC(2026, 11, 31, 10, 30)
    expect(dateInZone(eve, 'Pacific/Kiritimati')).toBe('2027-01-01')
    expect(dateInZone(eve, 'Pacific/Pago_Pago')).toBe('2026-12-30')
  })

  it("agrees with the core's today(ctx) every 20 minutes across two DST changes", () => {
    const start = Date.UTC(2026, 2, 27)
    const differing: string[] = []
    for (const zone of zones) {
      for (let ms = start; ms < start + 4 * 86_400_000; ms += 20 * 60_000) {
        const core = today({ now: () => new Date(ms), timeZone: () => zone })
        if (dateInZone(ms, zone) !== core) differing.push(`${zone} ${new Date(ms).toISOString()}`)
      }
      for (let ms = Date.UTC(2026, 9, 24); ms < Date.UTC(2026, 10, 3); ms += 20 * 60_000) {
        const core = today({ now: () => new Date(ms), timeZone: () => zone })
        if (dateInZone(ms, zone) !== core) differing.push(`${zone} ${new Date(ms).toISOString()}`)
      }
    }
    expect(differing).toEqual([])
  })
})

describe('the wall clock in a zone', () => {
  // Every 20 minutes over the spring and autumn changes of 2026 (and Lord Howe's half-hour one).
  const instants: number[] = []
  for (let ms = Date.UTC(2026, 2, 27); ms < Date.UTC(2026, 3, 6); ms += 20 * 60_000) instants.push(ms)
  for (let ms = Date.UTC(2026, 9, 23); ms < Date.UTC(2026, 10, 3); ms += 20 * 60_000) instants.push(ms)

  it('reads what luxon reads, to the second, midnight as hour 0', () => {
    const differing: string[] = []
    for (const zone of zones)
      for (const ms of instants) {
        const l = DateTime.fromMillis(ms + 17_000, { zone })
        const expected = {
          year: l.year,
          month: l.month,
          day: l.day,
          hour: l.hour,
          minute: l.minute,
          second: 17
        }
        const read = wallClockIn(zone, ms + 17_000)
        if (JSON.stringify(read) !== JSON.stringify(expected))
          differing.push(`${zone} ${new Date(ms).toISOString()}`)
      }
    expect(differing).toEqual([])
  })

  it("gives the schedule's offset from UTC, as luxon has it", () => {
    const differing: string[] = []
    for (const zone of zones)
      for (const ms of instants) {
        const offset = DateTime.fromMillis(ms, { zone }).offset * 60_000
        if (zoneOffsetMs(zone, ms) !== offset) differing.push(`${zone} ${new Date(ms).toISOString()}`)
      }
    expect(differing).toEqual([])
  })
})
