/**
 * The schedule for a calendar view: every visit and meeting overlapping [from, to), with
 * executives, customer, status and clash flags, plus date markers (contract end dates, order
 * delivery dates). Clash flags are computed over a slightly wider window so an event at the
 * edge still sees its neighbours outside the view.
 */
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
import { orderDeliveryMarkers } from './links'
import { executiveNames, people } from './references'
import { getWorkingHours, withinWorkingHours } from './working-hours'

const HOUR = 3_600_000
const shift = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString()

type Working = ScheduleEvent & { executiveIds: number[]; busy: boolean; doubleBooked: boolean }

async function eventsBetween(db: Executor, from: string, to: string, now: string): Promise<Working[]> {
  // An event's neighbours can reach back at most one event length before `from`.
  const reach = MAX_MEETING_HOURS
  const visits = await db
    .selectFrom('siteVisits as v')
    .innerJoin('customers as c', 'c.id', 'v.customerId')
    .select(['v.id', 'v.customerId', 'c.name as customerName', 'v.startAt', 'v.endAt', 'v.status', 'v.purpose', 'v.addressCity', 'v.planId'])
    .where('v.startAt', '>', shift(from, -(reach + MAX_VISIT_HOURS)))
    .where('v.startAt', '<', shift(to, reach))
    .execute()
  const visitExecutives = await db
    .selectFrom('siteVisitExecutives as ve')
    .innerJoin('siteVisits as v', 'v.id', 've.visitId')
    .select(['ve.visitId', 've.executiveId'])
    .where('v.startAt', '>', shift(from, -(reach + MAX_VISIT_HOURS)))
    .where('v.startAt', '<', shift(to, reach))
    .execute()
  const meetings = await db
    .selectFrom('meetings')
    .select(['id', 'title', 'startAt', 'endAt', 'status', 'place'])
    .where('startAt', '>', shift(from, -2 * reach))
    .where('startAt', '<', shift(to, reach))
    .execute()
  const attendees = await db
    .selectFrom('meetingAttendees as a')
    .innerJoin('meetings as m', 'm.id', 'a.meetingId')
    .select(['a.meetingId', 'a.executiveId'])
    .where('m.startAt', '>', shift(from, -2 * reach))
    .where('m.startAt', '<', shift(to, reach))
    .execute()

  const byVisit = group(visitExecutives.map((r) => [r.visitId, r.executiveId]))
  const byMeeting = group(attendees.map((r) => [r.meetingId, r.executiveId]))
  const noClash = () => ({ doubleBooked: false, outsideWorkingHours: false })
  return [
    ...visits.map(
      (v): Working => ({
        type: 'visit',
        id: v.id,
        title: v.customerName,
        startAt: v.startAt,
        endAt: v.endAt,
        status: v.status,
        toRecord: v.status === 'scheduled' && v.endAt <= now,
        executives: [],
        executiveIds: byVisit.get(v.id) ?? [],
        customer: { id: v.customerId, name: v.customerName },
        place: [v.purpose, v.addressCity].filter(Boolean).join(' · '),
        planId: v.planId,
        clashes: noClash(),
        busy: v.status === 'scheduled' || v.status === 'completed',
        doubleBooked: false
      })
    ),
    ...meetings.map(
      (m): Working => ({
        type: 'meeting',
        id: m.id,
        title: m.title,
        startAt: m.startAt,
        endAt: m.endAt,
        status: m.status,
        toRecord: false,
        executives: [],
        executiveIds: byMeeting.get(m.id) ?? [],
        customer: null,
        place: m.place,
        planId: null,
        clashes: noClash(),
        busy: m.status === 'scheduled',
        doubleBooked: false
      })
    )
  ]
}

function group(pairs: Array<[number, number]>): Map<number, number[]> {
  const map = new Map<number, number[]>()
  for (const [key, value] of pairs) {
    const list = map.get(key)
    if (list) list.push(value)
    else map.set(key, [value])
  }
  return map
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
    .execute()
  return rows.map((r) => ({
    type: 'contract_end',
    date: r.endDate!,
    id: r.id,
    title: `${r.number} ${r.title} ends`,
    customer: { id: r.customerId, name: r.customerName }
  }))
}

export async function scheduleRangeOf(ctx: ServiceContext, q: z.output<typeof scheduleRange>): Promise<ScheduleRange> {
  const db = ctx.db
  const [hours, names, all] = await Promise.all([getWorkingHours(db), executiveNames(db), eventsBetween(db, q.from, q.to, ctx.now().toISOString())])
  markDoubleBookings(all)
  const wanted = q.executiveIds && q.executiveIds.length > 0 ? new Set(q.executiveIds) : null
  const events: ScheduleEvent[] = []
  for (const e of all) {
    if (!(e.startAt < q.to && e.endAt > q.from)) continue
    if (wanted && !e.executiveIds.some((id) => wanted.has(id))) continue
    const { executiveIds, busy, doubleBooked, ...event } = e
    event.executives = people(executiveIds, names)
    event.clashes = { doubleBooked, outsideWorkingHours: busy && !withinWorkingHours(hours, e.startAt, e.endAt) }
    events.push(event)
  }
  events.sort((a, b) => (a.startAt < b.startAt ? -1 : a.startAt > b.startAt ? 1 : a.type.localeCompare(b.type) || a.id - b.id))
  // Markers are whole days: every day the view touches.
  const fromDate = q.from.slice(0, 10)
  const toDate = shift(q.to, -1 / 3600).slice(0, 10)
  const markers = [...(await contractEndMarkers(db, fromDate, toDate)), ...(await orderDeliveryMarkers(db, fromDate, toDate))]
  markers.sort((a, b) => a.date.localeCompare(b.date) || a.type.localeCompare(b.type) || a.id - b.id)
  return { events, markers }
}
