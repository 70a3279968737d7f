/**
 * The calendar's headings and times. Week and month titles are written the way each language
 * writes dates, through Intl: the calendar library's own patterns put the month first everywhere
 * ("noviembre 30 – diciembre 06"), while Spanish writes "30 nov – 6 dic", Hungarian
 * "nov. 30. – dec. 6." and Russian "30 нояб. – 6 дек.". Dates and clock times (the agenda, the
 * hours of a day or week, an event's time) go through the region's one formatter
 * (src/shared/region.ts), so the agenda and the week write "04/12/2026" and "14:30" alike.
 */
import type { Formats } from 'react-big-calendar'
import { type RegionFormat, regionFormatter } from '../../../shared/region'

interface Range {
  start: Date
  end: Date
}

/** The calendar lays events out on the computer's clock, so its times are written in that zone. */
const computerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

/** The calendar day a local Date falls on ("2026-12-04"): the region writes it as a calendar day. */
function localDay(d: Date): string {
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function calendarFormats(locale: string, region: RegionFormat, timeZone = computerZone()): Formats {
  const write = regionFormatter(region, locale, timeZone)
  const dayMonth = new Intl.DateTimeFormat(write.locale, { day: 'numeric', month: 'short' })
  const fullDay = new Intl.DateTimeFormat(write.locale, { weekday: 'long', day: 'numeric', month: 'long' })
  const shortDay = new Intl.DateTimeFormat(write.locale, { weekday: 'short', day: 'numeric' })
  const weekday = new Intl.DateTimeFormat(write.locale, { weekday: 'short' })
  const monthYear = new Intl.DateTimeFormat(write.locale, { month: 'long', year: 'numeric' })
  const date = (d: Date) => write.date(localDay(d))
  const time = (d: Date) => write.time(d.toISOString())
  const timeRange = (r: Range) => `${time(r.start)} – ${time(r.end)}`
  return {
    dayRangeHeaderFormat: (r: Range) => dayMonth.formatRange(r.start, r.end),
    agendaHeaderFormat: (r: Range) => `${date(r.start)} – ${date(r.end)}`,
    dayHeaderFormat: (d: Date) => fullDay.format(d),
    dayFormat: (d: Date) => shortDay.format(d),
    weekdayFormat: (d: Date) => weekday.format(d),
    monthHeaderFormat: (d: Date) => monthYear.format(d),
    agendaDateFormat: (d: Date) => `${weekday.format(d)} ${date(d)}`,
    timeGutterFormat: time,
    agendaTimeFormat: time,
    eventTimeRangeFormat: timeRange,
    eventTimeRangeStartFormat: (r: Range) => `${time(r.start)} –`,
    eventTimeRangeEndFormat: (r: Range) => `– ${time(r.end)}`,
    agendaTimeRangeFormat: timeRange,
    selectRangeFormat: timeRange
  }
}
