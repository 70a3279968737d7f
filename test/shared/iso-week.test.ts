/**
 * Calendar-date arithmetic shared by the core and the screens (src/shared/iso-week.ts): the days from
 * one date to another (how late a due date is, a reminder's wait) against counting the days one by one
 * with luxon, across a leap day, the end of a year and the days the clocks change.
 */
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { addDaysIso, daysBetween } from '../../src/shared/iso-week'

/** Counts the days from `from` to `to` by stepping one calendar day at a time (as a reader would). */
function countedDays(from: string, to: string): number {
  const step = from <= to ? 1 : -1
  let day = DateTime.fromISO(from, { zone: 'UTC' })
  let count = 0
  while (day.toISODate() !== to) {
    day = day.plus({ days: step })
    count += step
  }
  return count
}

const pairs: [string, string][] = [
  ['2026-03-01', '2026-03-01'],
  ['2024-02-28', '2024-03-01'],
  ['2026-03-28', '2026-03-30'],
  ['2026-10-24', '2026-10-26'],
  ['2025-12-31', '2026-01-01'],
  ['2026-11-30', '2025-11-30'],
  ['2023-01-15', '2026-12-06']
]

describe('daysBetween', () => {
  it.each(pairs)('from %s to %s is the number of days counted one by one', (from, to) => {
    expect(daysBetween(from, to)).toBe(countedDays(from, to))
  })

  it('undoes addDaysIso', () => {
    for (const [from] of pairs)
      for (const days of [-400, -1, 0, 1, 30, 366]) {
        expect(daysBetween(from, addDaysIso(from, days))).toBe(days)
      }
  })
})
