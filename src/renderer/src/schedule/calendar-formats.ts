/**
 * The calendar's headings written the way each language writes dates, through Intl: the
 * calendar library's own patterns put the month first everywhere ("noviembre 30 – diciembre 06"),
 * while Spanish writes "30 nov – 6 dic", Hungarian "nov. 30. – dec. 6." and Russian "30 нояб. – 6 дек.".
 */
import type { Formats } from 'react-big-calendar'

interface Range {
  start: Date
  end: Date
}

export function calendarFormats(locale: string): Formats {
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' })
  const fullDay = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' })
  const shortDay = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric' })
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' })
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' })
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' })
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' })
  const range = (format: Intl.DateTimeFormat) => (r: Range) => format.formatRange(r.start, r.end)
  return {
    dayRangeHeaderFormat: range(dayMonth),
    agendaHeaderFormat: range(date),
    dayHeaderFormat: (d: Date) => fullDay.format(d),
    dayFormat: (d: Date) => shortDay.format(d),
    weekdayFormat: (d: Date) => weekday.format(d),
    monthHeaderFormat: (d: Date) => monthYear.format(d),
    agendaDateFormat: (d: Date) => shortDay.format(d),
    timeGutterFormat: (d: Date) => time.format(d),
    agendaTimeFormat: (d: Date) => time.format(d),
    eventTimeRangeFormat: range(time),
    agendaTimeRangeFormat: range(time),
    selectRangeFormat: range(time)
  }
}
