/**
 * The calendar's weeks start on the region's first day (issue 14): the window of events it loads
 * and its month grid, for Monday, Saturday and Sunday. Expected days are written out by hand.
 */
import { DateTime } from 'luxon'
import { luxonLocalizer } from 'react-big-calendar'
import { describe, expect, it } from 'vitest'
import { endOfWeek, startOfWeek, weekLocalizer } from '../../src/renderer/src/schedule/weeks'

const day = (iso: string) => DateTime.fromISO(iso)
const iso = (d: Date) => DateTime.fromJSDate(d).toISODate()

describe('weeks from the region', () => {
  it.each([
    [1, '2026-11-30', '2026-12-06'],
    [7, '2026-11-29', '2026-12-05'],
    [6, '2026-12-05', '2026-12-11']
  ] as const)('first day %i: Saturday 5 December 2026 is in the week %s – %s', (first, from, to) => {
    expect(startOfWeek(day('2026-12-05T15:00'), first).toISO()).toBe(day(`${from}T00:00`).toISO())
    expect(endOfWeek(day('2026-12-05T15:00'), first).toISODate()).toBe(to)
    // Every day of that week gives the same week.
    for (let i = 0; i < 7; i++)
      expect(startOfWeek(day(from).plus({ days: i, hours: 23 }), first).toISODate()).toBe(from)
  })

  it.each([
    // October 2026 runs from a Thursday to a Saturday.
    [1, '2026-09-28', '2026-11-01', 35],
    [7, '2026-09-27', '2026-10-31', 35],
    [6, '2026-09-26', '2026-11-06', 42]
  ] as const)('first day %i: the October 2026 grid runs %s – %s (%i days)', (first, from, to, count) => {
    const days = weekLocalizer(first).visibleDays(new Date(2026, 9, 15), null)
    expect(days.map(iso)).toHaveLength(count)
    expect(iso(days[0])).toBe(from)
    expect(iso(days[days.length - 1])).toBe(to)
    expect(days.map((d) => DateTime.fromJSDate(d).weekday).slice(0, 7)[0]).toBe(first)
  })

  it('mends the library on a Saturday-first month ending on a Saturday (why the grid is ours)', () => {
    const library = luxonLocalizer(DateTime, { firstDayOfWeek: 6 }).visibleDays(new Date(2026, 9, 15), null)
    expect(library.map(iso)).not.toContain('2026-10-31')
    const ours = weekLocalizer(6)
    expect(iso(ours.endOf(new Date(2026, 9, 31, 12), 'week' as 'day'))).toBe('2026-11-06')
  })
})
