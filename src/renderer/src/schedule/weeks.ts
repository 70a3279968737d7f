/**
 * Weeks start on the region's first day (Settings → Region: Monday, Saturday or Sunday; issue 14),
 * in the calendar's grid and in the window of events it loads.
 */
import { DateTime } from 'luxon'
import { luxonLocalizer, type DateLocalizer } from 'react-big-calendar'
import type { RegionFormat } from '../../../shared/region'

export type FirstDay = RegionFormat['firstDayOfWeek']

/** The first day (at midnight) of the week `day` is in, weeks starting on ISO weekday `first`. */
export function startOfWeek(day: DateTime, first: FirstDay): DateTime {
  return day.startOf('day').minus({ days: (day.weekday - first + 7) % 7 })
}

/** The last moment of that week. */
export function endOfWeek(day: DateTime, first: FirstDay): DateTime {
  return startOfWeek(day, first).plus({ days: 6 }).endOf('day')
}

/**
 * react-big-calendar's Luxon localizer with the region's first day. Its own end of a week that
 * starts on Saturday is wrong on a Saturday (1.20 takes the Friday before), which drops a month's
 * last row when the month ends on one: the week's end and the month grid come from here instead.
 */
export function weekLocalizer(first: FirstDay): DateLocalizer {
  const localizer = luxonLocalizer(DateTime, { firstDayOfWeek: first })
  const libraryEndOf = localizer.endOf.bind(localizer)
  const lastVisibleDay = (date: Date) => endOfWeek(DateTime.fromJSDate(date).endOf('month'), first).toJSDate()
  const firstVisibleDay = (date: Date) =>
    startOfWeek(DateTime.fromJSDate(date).startOf('month'), first).toJSDate()
  return Object.assign(localizer, {
    // The library asks for 'week' although its types leave it out.
    endOf: (date: Date, unit: Parameters<typeof libraryEndOf>[1] | 'week') =>
      unit === 'week' ? endOfWeek(DateTime.fromJSDate(date), first).toJSDate() : libraryEndOf(date, unit),
    firstVisibleDay,
    lastVisibleDay,
    visibleDays: (date: Date) => {
      const days: Date[] = []
      const last = DateTime.fromJSDate(lastVisibleDay(date))
      for (let d = DateTime.fromJSDate(firstVisibleDay(date)); d <= last; d = d.plus({ days: 1 }))
        days.push(d.toJSDate())
      return days
    }
  })
}
