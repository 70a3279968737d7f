/**
 * The screens' "today" (src/shared/today.ts, used by the renderer's companyToday) and the core's
 * `today(ctx)` (src/main/clock.ts) give the same date for every instant and zone, including the
 * hours where the UTC date, the computer's date and the company's date differ.
 */
import { describe, expect, it } from 'vitest'
import { today } from '../../src/main/clock'
import { dateInZone } from '../../src/shared/today'

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
