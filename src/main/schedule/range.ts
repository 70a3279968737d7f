/**
 * The schedule for a calendar view: every visit and meeting overlapping [from, to), with
 * executives, customer, status and clash flags, plus date markers (contract end dates, order
 * delivery dates, calls' next steps and open requests' due dates). Clash flags are computed over a slightly wider window so an event at the
 * edge still sees its neighbours outside the view.
 */
import { sql, type NotNull } from 'kysely'
import type { z } from 'zod'
import {
  MAX_MEETING_HOURS,
  MAX_VISIT_HOURS,
  type ScheduleEvent,
  type ScheduleMarker,
  type ScheduleRange,
  type scheduleRange
} from '../../shared/schemas/schedule'
import type { Executor, ServiceContext } from '../context'
import { markDoubleBookings } from './clashes'
import { callNextStepMarkers, customerMarker, requestDueMarkers } from './desk-markers'
import { orderDeliveryMarkers } from './links'
import { executiveNames, people } from './references'
import { getWorkingHours, withinWorkingHours } from './working-hours'

const HOUR = 3_600_000
const shift = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString()

type Working = ScheduleEvent & { executiveIds: number[]; busy: boolean; doubleBooked: boolean }

/** Visits starting in [visitsFrom, startTo) and meetings starting in [meetingsFrom, startTo). */
async function eventsStarting(
  db: Executor,
  visitsFrom: string,
  meetingsFrom: string,
  startTo: string,
  now: string
): Promise<Working[]> {
  const [visits, meetings] = await Promise.all([
    db
      .selectFrom('siteVisits as v')
      .innerJoin('customers as c', 'c.id', 'v.customerId')
      .select([
        'v.id',
        'v.customerId',
        'c.name as customerName',
        'v.startAt',
        'v.endAt',
        'v.status',
        'v.purpose',
        'v.addressCity',
        'v.planId'
      ])
      .select(
        sql<string>`(select group_concat(ve.executive_id) from site_visit_executives ve where ve.visit_id = v.id)`.as(
          'people'
        )
      )
      .where('v.startAt', '>=', visitsFrom)
      .where('v.startAt', '<', startTo)
      .execute(),
    db
      .selectFrom('meetings as m')
      .select(['m.id', 'm.title', 'm.startAt', 'm.endAt', 'm.status', 'm.place'])
      .select(
        sql<string>`(select group_concat(a.executive_id) from meeting_attendees a where a.meeting_id = m.id)`.as(
          'people'
        )
      )
      .where('m.startAt', '>=', meetingsFrom)
      .where('m.startAt', '<', startTo)
      .execute()
  ])
  const ids = (people: string | null) => (people ? people.split(',').map(Number) : [])
  const noClash = () => ({ doubleBooked: false, outsideWorkingHours: false })
  return [
    ...visits.map((v): Working => ({
      type: 'visit',
      id: v.id,
      title: v.customerName,
      startAt: v.startAt,
      endAt: v.endAt,
      status: v.status,
      toRecord: v.status === 'scheduled' && v.endAt <= now,
      executives: [],
      executiveIds: ids(v.people),
      customer: { id: v.customerId, name: v.customerName },
      place: [v.purpose, v.addressCity].filter(Boolean).join(' · '),
      planId: v.planId,
      clashes: noClash(),
      busy: v.status === 'scheduled' || v.status === 'completed',
      doubleBooked: false
    })),
    ...meetings.map((m): Working => ({
      type: 'meeting',
      id: m.id,
      title: m.title,
      startAt: m.startAt,
      endAt: m.endAt,
      status: m.status,
      toRecord: false,
      executives: [],
      executiveIds: ids(m.people),
      customer: null,
      place: m.place,
      planId: null,
      clashes: noClash(),
      busy: m.status === 'scheduled',
      doubleBooked: false
    }))
  ]
}

async function contractEndMarkers(db: Executor, fromDate: string, toDate: string): Promise<ScheduleMarker[]> {
  const rows = await db
    .selectFrom('contracts as k')
    .innerJoin('customers as c', 'c.id', 'k.customerId')
    .select(['k.id', 'k.number', 'k.title', 'k.endDate', 'c.id as customerId', 'c.name as customerName'])
    .where('k.endDate', '>=', fromDate)
    .where('k.endDate', '<=', toDate)
    .where('k.status', 'in', ['active', 'draft'])
    .orderBy('k.endDate')
    // The date range above leaves out contracts without an end date.
    .$narrowType<{ endDate: NotNull }>()
    .execute()
  return rows.map((r) => customerMarker('contract_end', r.endDate, `${r.number} ${r.title}`, r))
}

/**
 * The events overlapping [from, to), plus every event that overlaps one of those that sticks
 * out of the window (so their clash flags are right); the extra queries only run for such edges.
 */
async function eventsAround(db: Executor, from: string, to: string, now: string): Promise<Working[]> {
  const visitFrom = shift(from, -MAX_VISIT_HOURS)
  const meetingFrom = shift(from, -MAX_MEETING_HOURS)
  const found = new Map<string, Working>()
  const add = (events: Working[]) => events.forEach((e) => found.set(`${e.type}:${e.id}`, e))
  add(await eventsStarting(db, visitFrom, meetingFrom, to, now))
  const busy = [...found.values()].filter((e) => e.busy && e.endAt > from)
  const left = busy
    .filter((e) => e.startAt < from)
    .reduce((min, e) => (e.startAt < min ? e.startAt : min), from)
  if (left < from)
    add(
      await eventsStarting(
        db,
        shift(left, -MAX_MEETING_HOURS),
        shift(left, -MAX_MEETING_HOURS),
        visitFrom,
        now
      )
    )
  const right = busy.filter((e) => e.endAt > to).reduce((max, e) => (e.endAt > max ? e.endAt : max), to)
  if (right > to) add(await eventsStarting(db, to, to, right, now))
  return [...found.values()]
}

export async function scheduleRangeOf(
  ctx: ServiceContext,
  q: z.output<typeof scheduleRange>
): Promise<ScheduleRange> {
  const db = ctx.db
  const now = ctx.now().toISOString()
  const [hours, names, all] = await Promise.all([
    getWorkingHours(db),
    executiveNames(db),
    eventsAround(db, q.from, q.to, now)
  ])
  markDoubleBookings(all)
  const wanted = q.executiveIds && q.executiveIds.length > 0 ? new Set(q.executiveIds) : null
  const events: ScheduleEvent[] = []
  for (const e of all) {
    if (!(e.startAt < q.to && e.endAt > q.from)) continue
    if (wanted && !e.executiveIds.some((id) => wanted.has(id))) continue
    const { executiveIds, busy, doubleBooked, ...event } = e
    event.executives = people(executiveIds, names)
    event.clashes = {
      doubleBooked,
      outsideWorkingHours: busy && !withinWorkingHours(hours, e.startAt, e.endAt)
    }
    events.push(event)
  }
  events.sort((a, b) =>
    a.startAt < b.startAt ? -1 : a.startAt > b.startAt ? 1 : a.type.localeCompare(b.type) || a.id - b.id
  )
  // Markers are whole days: every day the view touches.
  const fromDate = q.from.slice(0, 10)
  const toDate = shift(q.to, -1 / 3600).slice(0, 10)
  const markers = [
    ...(await contractEndMarkers(db, fromDate, toDate)),
    ...(await orderDeliveryMarkers(db, fromDate, toDate)),
    ...(await callNextStepMarkers(db, fromDate, toDate, wanted && [...wanted])),
    ...(await requestDueMarkers(db, fromDate, toDate, wanted && [...wanted], ctx.timeZone()))
  ]
  markers.sort((a, b) => a.date.localeCompare(b.date) || a.type.localeCompare(b.type) || a.id - b.id)
  return { events, markers }
}
