/**
 * The team's schedule: day, week, month and agenda views (react-big-calendar), filtered by
 * sales executive. Visits, meetings, order deliveries and contract ends each have their own
 * look; visits waiting for their outcome stand out. Drag to move, drag the lower edge to
 * resize; clashes are shown before anything is saved. Exports: day sheet, visit log, .ics.
 */
import { DateTime } from 'luxon'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { Calendar, Views } from 'react-big-calendar'
import withDragAndDropExport, { type EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop'
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css'
import 'react-big-calendar/lib/css/react-big-calendar.css'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import type { FileResult } from '../../../shared/schemas/common'
import type { ScheduleEvent, ScheduleMarker, ScheduleRange } from '../../../shared/schemas/schedule'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useFormat } from '../components/format'
import { LoadFailure } from '../components/LoadFailure'
import { ExecutiveFilter } from '../components/ListPage'
import { useDownload } from '../components/use-download'
import { usePageTitle } from '../components/use-page-title'
import { useExecutiveOptions } from '../components/use-executive-options'
import { useLanguage, useT } from '../i18n'
import { calendarFormats } from './calendar-formats'
import { MeetingDialog } from './MeetingDialog'
import './schedule.css'
import { isoDay, isoInstant, toIso } from './time'
import { useClashGuard } from './use-clash-guard'
import { VisitDialog, type VisitDraft } from './VisitDialog'
import { startOfWeek, endOfWeek, weekLocalizer, type FirstDay } from './weeks'

interface CalendarItem {
  key: string
  title: string
  start: Date
  end: Date
  allDay: boolean
  event: ScheduleEvent | null
  marker: ScheduleMarker | null
  draggable: boolean
}

// The addon is CommonJS only; the bundler may hand over its module object instead of its default export.
const withDragAndDrop =
  (withDragAndDropExport as unknown as { default?: typeof withDragAndDropExport }).default ??
  withDragAndDropExport
const DragAndDropCalendar = withDragAndDrop<CalendarItem>(Calendar)

const VIEWS = ['day', 'week', 'month', 'agenda'] as const
type ScheduleView = (typeof VIEWS)[number]
const AGENDA_DAYS = 30
/** What the calendar marks besides events, in the legend's order (each kind has its colour in schedule.css). */
const MARKER_KINDS: ScheduleMarker['type'][] = [
  'order_delivery',
  'contract_end',
  'call_next_step',
  'request_due'
]

/** The window a view shows around a date, in the computer's zone, weeks from the region's first day. */
function windowOf(view: ScheduleView, date: DateTime, first: FirstDay): { from: DateTime; to: DateTime } {
  const day = date.startOf('day')
  switch (view) {
    case 'day':
      return { from: day, to: day.plus({ days: 1 }) }
    case 'week':
      return { from: startOfWeek(day, first), to: startOfWeek(day, first).plus({ weeks: 1 }) }
    case 'month':
      return {
        from: startOfWeek(day.startOf('month'), first),
        to: endOfWeek(day.endOf('month'), first).plus({ days: 1 }).startOf('day')
      }
    case 'agenda':
      return { from: day, to: day.plus({ days: AGENDA_DAYS }) }
  }
}

function toItem(event: ScheduleEvent): CalendarItem {
  const people = event.executives.map((e) => e.name).join(', ')
  return {
    key: `${event.type}-${event.id}`,
    title: event.type === 'visit' ? `${event.title} — ${people}` : event.title,
    start: new Date(event.startAt),
    end: new Date(event.endAt),
    allDay: false,
    event,
    marker: null,
    draggable: event.status === 'scheduled'
  }
}

/** A marker carries only what it marks (a number, a title, the user's own words): its kind goes first, translated. */
function markerItem(marker: ScheduleMarker, kindLabel: string): CalendarItem {
  const day = DateTime.fromISO(marker.date)
  const title = `${kindLabel}: ${marker.title}`
  return {
    key: `${marker.type}-${marker.id}`,
    title: marker.customer ? `${title} · ${marker.customer.name}` : title,
    start: day.toJSDate(),
    end: day.plus({ days: 1 }).toJSDate(),
    allDay: true,
    event: null,
    marker,
    draggable: false
  }
}

function markerPath(marker: ScheduleMarker): string {
  switch (marker.type) {
    case 'contract_end':
      return `/contracts/${String(marker.id)}`
    case 'order_delivery':
      return `/orders/${String(marker.id)}`
    case 'request_due':
      return `/requests/${String(marker.id)}`
    case 'call_next_step':
      return `/customers/${String(marker.customer?.id ?? '')}`
  }
}

/** A day's heading without react-big-calendar's stray role="columnheader" (it has no grid around it). */
function DayHeader({ label }: { label: string }) {
  return <span>{label}</span>
}

/**
 * react-big-calendar marks the day and week views' all-day strip and its cell role="row" with no
 * cells inside and no grid around it (axe: aria-required-children, critical): those roles are
 * taken off as the calendar draws. The month view is a real table, but its weekday headings are
 * plain boxes inside a role="row" (aria-required-children/parent): they become its column
 * headers. The layout stays the library's. The scrolling hours of a day or week get a tab stop:
 * with no timed event in them (a day with only next steps) the keyboard could not scroll them
 * (axe: scrollable-region-focusable, serious); so does the agenda.
 */
function withoutBrokenGridRoles(element: HTMLDivElement | null) {
  if (!element) return
  const strip = () => {
    for (const row of element.querySelectorAll(
      '.rbc-time-view .rbc-row-content[role], .rbc-time-view .rbc-allday-cell[role]'
    ))
      row.removeAttribute('role')
    for (const heading of element.querySelectorAll('.rbc-month-header > .rbc-header:not([role])'))
      heading.setAttribute('role', 'columnheader')
    for (const hours of element.querySelectorAll('.rbc-time-content:not([tabindex])'))
      hours.setAttribute('tabindex', '0')
    // A month week's events (and its "+2 more" buttons) sit beside the date cells in the week's
    // row: they become one more cell of it (axe: aria-required-children, critical, seen with the
    // demo's busy weeks at 1920×1080).
    for (const events of element.querySelectorAll(
      '.rbc-month-view .rbc-row-content[role="row"] > :not(:first-child):not([role])'
    ))
      events.setAttribute('role', 'cell')
    // The agenda scrolls too (axe: scrollable-region-focusable, serious).
    for (const agenda of element.querySelectorAll('.rbc-agenda-view:not([tabindex])'))
      agenda.setAttribute('tabindex', '0')
  }
  strip()
  const observer = new MutationObserver(strip)
  observer.observe(element, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['role', 'tabindex']
  })
  return () => observer.disconnect()
}

function classesOf(item: CalendarItem): string {
  if (item.marker) return `ev-marker ev-${item.marker.type}`
  const e = item.event
  if (!e) return ''
  return [
    `ev-${e.type}`,
    `ev-status-${e.status}`,
    e.toRecord ? 'ev-to-record' : '',
    e.clashes.doubleBooked || e.clashes.outsideWorkingHours ? 'ev-clash' : ''
  ]
    .filter(Boolean)
    .join(' ')
}

function EventLabel({ event }: { event: CalendarItem }) {
  const { t } = useT()
  const e = event.event
  return (
    <span className="ev-label" data-testid="schedule-event" data-event-key={event.key}>
      {e?.toRecord && <strong className="ev-flag">{t('visit.status.to_record')} · </strong>}
      {/* Done, cancelled and no-show are said in words too, not by colour alone. */}
      {e && e.status !== 'scheduled' && (
        <span className="ev-flag" data-testid="schedule-event-status">
          {t(`visit.status.${e.status}`)} ·{' '}
        </span>
      )}
      {e && (e.clashes.doubleBooked || e.clashes.outsideWorkingHours) && (
        <span
          className="ev-flag"
          title={e.clashes.doubleBooked ? t('schedule.doubleBooked') : t('schedule.outsideHours')}
        >
          ⚠{' '}
        </span>
      )}
      {event.title}
    </span>
  )
}

type Dialog =
  | { kind: 'visit'; id: number | null; draft?: VisitDraft }
  | { kind: 'meeting'; id: number | null; draft?: { startAt: string; endAt: string; attendeeIds: number[] } }
  | null

export function SchedulePage({ only }: { only?: 'meeting' }) {
  const { t } = useT()
  const format = useFormat()
  const language = format.locale
  const formats = useMemo(() => calendarFormats(language, format.region), [language, format.region])
  const localizer = useMemo(() => weekLocalizer(format.firstDayOfWeek), [format.firstDayOfWeek])
  const executives = useExecutiveOptions()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const view: ScheduleView = (VIEWS as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as ScheduleView)
    : 'week'
  const dateParam = params.get('date')
  const date =
    dateParam && DateTime.fromISO(dateParam).isValid
      ? DateTime.fromISO(dateParam)
      : DateTime.local().startOf('day')
  const executive = params.get('exec') ?? ''
  const executiveId = executive ? Number(executive) : null
  const { from, to } = windowOf(view, date, format.firstDayOfWeek)
  const fromIso = isoInstant(from)
  const toIsoText = isoInstant(to)

  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  const guard = useClashGuard()

  const update = useCallback(
    (patch: Record<string, string>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(patch)) {
            if (value === '') next.delete(key)
            else next.set(key, value)
          }
          return next
        },
        { replace: true }
      ),
    [setParams]
  )

  usePageTitle(t(only ? 'nav.meetings' : 'nav.schedule'))

  // The shown window's events; the last window stays on screen while the next one loads.
  const client = useQueryClient()
  const rangeKey = keys.schedule('range', fromIso, toIsoText, executiveId)
  const range = useApiQuery(
    rangeKey,
    () =>
      api.call('schedule.range', {
        from: fromIso,
        to: toIsoText,
        executiveIds: executiveId ? [executiveId] : null
      }),
    { keepPrevious: true }
  )
  const loading = range.isFetching
  const items = useMemo(() => {
    if (!range.data) return []
    const events = range.data.events.filter((e) => (only ? e.type === only : true)).map(toItem)
    const markers = only ? [] : range.data.markers.map((m) => markerItem(m, t(`schedule.kind.${m.type}`)))
    return [...events, ...markers]
  }, [range.data, only, t])

  const reload = () => void client.invalidateQueries({ queryKey: keys.schedule() })

  async function move({ event: item, start, end }: EventInteractionArgs<CalendarItem>) {
    const e = item.event
    if (!e || e.status !== 'scheduled') return
    const startAt = toIso(new Date(start))
    const endAt = toIso(new Date(end))
    if (startAt === new Date(e.startAt).toISOString() && endAt === new Date(e.endAt).toISOString()) return
    setMessage(null)
    try {
      const decision = await guard.check({
        executiveIds: e.executives.map((x) => x.id),
        startAt,
        endAt,
        ignore: { type: e.type, id: e.id }
      })
      if (!decision) return
      // Shown at the new time at once; the reload afterwards shows what was stored.
      client.setQueryData<ScheduleRange>(
        rangeKey,
        (current) =>
          current && {
            ...current,
            events: current.events.map((x) =>
              x.type === e.type && x.id === e.id ? { ...x, startAt, endAt } : x
            )
          }
      )
      if (e.type === 'visit')
        await api.call('visits.move', { id: e.id, startAt, endAt, acceptClashes: decision.accept })
      else await api.call('meetings.move', { id: e.id, startAt, endAt, acceptClashes: decision.accept })
      setMessage({
        kind: 'success',
        text: t('schedule.moved', {
          title: e.title,
          when: DateTime.fromJSDate(new Date(start)).setLocale(language).toLocaleString(DateTime.DATETIME_MED)
        })
      })
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      reload()
    }
  }

  const closeDialog = (changed: boolean) => {
    setDialog(null)
    if (changed) reload()
  }

  const messages = useMemo(
    () => ({
      today: t('schedule.today'),
      previous: t('schedule.previous'),
      next: t('schedule.next'),
      day: t('schedule.view.day'),
      week: t('schedule.view.week'),
      month: t('schedule.view.month'),
      agenda: t('schedule.view.agenda'),
      date: t('schedule.date'),
      time: t('schedule.time'),
      event: t('schedule.event'),
      allDay: t('schedule.allDay'),
      noEventsInRange: t('schedule.nothing'),
      showMore: (count: number) => t('schedule.showMore', { count })
    }),
    [t]
  )

  const defaultExecutives = executiveId ? [executiveId] : []
  const newVisitAt = (start: DateTime) =>
    setDialog({
      kind: 'visit',
      id: null,
      draft: {
        startAt: isoInstant(start),
        endAt: isoInstant(start.plus({ hours: 1 })),
        executiveIds: defaultExecutives
      }
    })
  const newMeetingAt = (start: DateTime) =>
    setDialog({
      kind: 'meeting',
      id: null,
      draft: {
        startAt: isoInstant(start),
        endAt: isoInstant(start.plus({ hours: 1 })),
        attendeeIds: defaultExecutives
      }
    })
  const nextFullHour = () => {
    const base = date.hasSame(DateTime.local(), 'day') ? DateTime.local() : date.set({ hour: 9 })
    return base.startOf('hour').plus({ hours: base.minute > 0 || base.hour < 9 ? 1 : 0 })
  }

  return (
    <div className="page page-schedule" data-testid={only ? 'meetings-page' : 'schedule-page'}>
      <header className="page-header">
        <h1>{only ? t('meeting.pageTitle') : t('schedule.title')}</h1>
        <span className="count" aria-live="polite" data-testid="schedule-count">
          {loading
            ? t('common.loading')
            : t(only ? 'meeting.count' : 'schedule.count', { count: items.filter((i) => i.event).length })}
        </span>
        <div className="page-actions">
          {!only && (
            <Link className="button" to="/schedule/visits" data-testid="schedule-visit-log">
              {t('visitLog.open')}
            </Link>
          )}
          {!only && (
            <Link className="button" to="/schedule/plans" data-testid="schedule-plans">
              {t('plans.title')}
            </Link>
          )}
          <button
            type="button"
            onClick={() => newMeetingAt(nextFullHour())}
            className={only ? 'primary' : undefined}
            data-testid="schedule-new-meeting"
          >
            {t('meeting.new')}
          </button>
          {!only && (
            <button
              type="button"
              className="primary"
              onClick={() => newVisitAt(nextFullHour())}
              data-testid="schedule-new-visit"
            >
              {t('visit.new')}
            </button>
          )}
        </div>
      </header>
      <div className="toolbar">
        <ExecutiveFilter
          id="schedule-executive"
          label={t('schedule.executive')}
          anyLabel={t('schedule.wholeTeam')}
          executives={executives}
          value={executive}
          onChange={(v) => update({ exec: v })}
          testId="schedule-executive"
        />
        {!only && (
          <ScheduleExports
            executiveId={executiveId}
            day={isoDay(date)}
            from={fromIso}
            to={toIsoText}
            setMessage={setMessage}
          />
        )}
        {!only && (
          <ul className="schedule-legend" aria-label={t('schedule.legend')}>
            <li className="legend-visit">{t('schedule.kind.visit')}</li>
            <li className="legend-to-record">{t('visit.status.to_record')}</li>
            <li className="legend-completed" data-testid="legend-completed">
              {t('visit.status.completed')}
            </li>
            <li className="legend-cancelled">{t('visit.status.cancelled')}</li>
            <li className="legend-no_show">{t('visit.status.no_show')}</li>
            <li className="legend-meeting">{t('schedule.kind.meeting')}</li>
            {MARKER_KINDS.map((kind) => (
              <li key={kind} className={`legend-marker legend-${kind}`} data-testid={`legend-${kind}`}>
                {t(`schedule.kind.${kind}`)}
              </li>
            ))}
            <li className="legend-clash" data-testid="legend-clash">
              <span className="ev-flag" aria-hidden="true">
                ⚠
              </span>
              {t('schedule.clashLegend')}
            </li>
          </ul>
        )}
      </div>
      <Banner message={message} onClose={() => setMessage(null)} />
      <LoadFailure error={range.error} />
      <div
        ref={withoutBrokenGridRoles}
        className="schedule-calendar"
        data-testid="schedule-calendar"
        data-view={view}
        data-loading={loading ? 'true' : 'false'}
      >
        <DragAndDropCalendar
          localizer={localizer}
          culture={language}
          formats={formats}
          events={items}
          views={[Views.DAY, Views.WEEK, Views.MONTH, Views.AGENDA]}
          view={view}
          onView={(v) => update({ view: v })}
          date={date.toJSDate()}
          onNavigate={(d) => update({ date: isoDay(DateTime.fromJSDate(d)) })}
          length={AGENDA_DAYS}
          titleAccessor="title"
          allDayAccessor="allDay"
          draggableAccessor={(e) => e.draggable}
          resizableAccessor={(e) => e.draggable}
          onEventDrop={(args) => void move(args)}
          onEventResize={(args) => void move(args)}
          selectable
          onSelectSlot={(slot) => {
            const start = DateTime.fromJSDate(slot.start)
            const timed = view === 'day' || view === 'week'
            const at = timed ? start : start.set({ hour: 9 })
            const end = timed ? DateTime.fromJSDate(slot.end) : at.plus({ hours: 1 })
            const draft = { startAt: isoInstant(at), endAt: isoInstant(end) }
            if (only)
              setDialog({ kind: 'meeting', id: null, draft: { ...draft, attendeeIds: defaultExecutives } })
            else setDialog({ kind: 'visit', id: null, draft: { ...draft, executiveIds: defaultExecutives } })
          }}
          onSelectEvent={(item) => {
            if (item.event) setDialog({ kind: item.event.type, id: item.event.id })
            // A marker opens what it marks: the contract, the order to deliver, the request, the caller's customer.
            else if (item.marker) void navigate(markerPath(item.marker))
          }}
          onDoubleClickEvent={(item) => {
            if (item.event) setDialog({ kind: item.event.type, id: item.event.id })
          }}
          eventPropGetter={(item) => ({ className: classesOf(item) })}
          components={{ event: EventLabel, header: DayHeader }}
          // Events at the same time stand side by side, each with its own width (never text over text).
          dayLayoutAlgorithm="no-overlap"
          messages={messages}
          scrollToTime={DateTime.local().set({ hour: 7, minute: 30 }).toJSDate()}
          step={30}
          timeslots={2}
          popup
        />
      </div>
      {dialog?.kind === 'visit' && (
        <VisitDialog visitId={dialog.id} draft={dialog.draft} executives={executives} onClose={closeDialog} />
      )}
      {dialog?.kind === 'meeting' && (
        <MeetingDialog
          meetingId={dialog.id}
          draft={dialog.draft}
          executives={executives}
          onClose={closeDialog}
        />
      )}
      {guard.dialog}
    </div>
  )
}

export function MeetingsPage() {
  return <SchedulePage only="meeting" />
}

type ScheduleExport = 'daySheet' | 'visitLog' | 'ics'

/**
 * The files the schedule makes of what it shows: one executive's day sheet (PDF), the visit log of
 * the shown weeks (Excel) and their calendar (.ics) for the executive chosen, or the whole team.
 */
function ScheduleExports({
  executiveId,
  day,
  from,
  to,
  setMessage
}: {
  executiveId: number | null
  day: string
  from: string
  to: string
  setMessage: (message: BannerMessage | null) => void
}) {
  const { t } = useT()
  const language = useLanguage()
  const [busy, setBusy] = useState<ScheduleExport | null>(null)
  const download = useDownload(setMessage, setBusy)

  /**
   * One export's button: it reads "Exporting…" while its file is made, and the others wait. `make`
   * null: the file cannot be made of what is shown (`hint` says why).
   */
  const button = (
    kind: ScheduleExport,
    label: string,
    testId: string,
    make: (() => Promise<FileResult>) | null,
    hint?: string
  ) => (
    <button
      type="button"
      disabled={busy !== null || make === null}
      title={make === null ? hint : undefined}
      onClick={() => {
        if (make) void download(kind, make)
      }}
      data-testid={testId}
    >
      {busy === kind ? t('common.exporting') : label}
    </button>
  )

  return (
    <div className="export-buttons" role="group" aria-label={t('schedule.exports')}>
      {button(
        'daySheet',
        t('schedule.daySheet'),
        'export-day-sheet',
        executiveId === null
          ? null
          : () => api.call('schedule.daySheetPdf', { executiveId, date: day, language }),
        t('schedule.daySheetHint')
      )}
      {button('visitLog', t('schedule.visitLog'), 'export-visit-log', () =>
        api.call('visits.exportXlsx', {
          from,
          to,
          customerId: null,
          executiveId,
          status: 'all',
          sort: { field: 'startAt', direction: 'asc' },
          language
        })
      )}
      {button('ics', t(executiveId ? 'schedule.icsExecutive' : 'schedule.icsTeam'), 'export-ics', () =>
        api.call('schedule.ics', { executiveId, from, to })
      )}
    </div>
  )
}
