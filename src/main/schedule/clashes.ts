/**
 * Clashes: an executive booked twice (overlapping visits or meetings) or an event outside the
 * team's working hours. Intervals are half-open [start, end): a visit ending at 10:00 and the
 * next starting at 10:00 do not clash. Cancelled and no-show visits and cancelled meetings
 * take no time.
 */
import { sql } from 'kysely'
import { DomainError, decodeMessage, keyed, wordList, type ErrorKey, type Message } from '../../shared/errors'
import {
  MAX_MEETING_HOURS,
  MAX_VISIT_HOURS,
  type Clash,
  type EventType,
  type WorkingHours
} from '../../shared/schemas/schedule'
import type { Executor } from '../context'
import { localClock } from './time'
import { getWorkingHours, withinWorkingHours } from './working-hours'

const HOUR = 3_600_000

export interface Proposal {
  executiveIds: number[]
  startAt: string
  endAt: string
  ignore: { type: EventType; id: number } | null
}

interface Booking {
  type: EventType
  id: number
  title: string
  /** A visit's customer (its title in the reader's language is "Visit to …"); null for a meeting. */
  customerName: string | null
  startAt: string
  endAt: string
  executiveId: number
}

const shift = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString()

/** The executives' visits and meetings that overlap [startAt, endAt). */
async function overlappingBookings(db: Executor, p: Proposal): Promise<Booking[]> {
  // The event being edited does not clash with itself.
  const ignoredVisit = p.ignore?.type === 'visit' ? p.ignore.id : null
  const ignoredMeeting = p.ignore?.type === 'meeting' ? p.ignore.id : null
  const visits = await db
    .selectFrom('siteVisitExecutives as ve')
    .innerJoin('siteVisits as v', 'v.id', 've.visitId')
    .innerJoin('customers as c', 'c.id', 'v.customerId')
    .select([
      'v.id',
      'v.startAt',
      'v.endAt',
      've.executiveId',
      sql<string>`'Visit to ' || c.name`.as('title'),
      'c.name as customerName'
    ])
    .where('ve.executiveId', 'in', p.executiveIds)
    // Visits last at most a day, so the index on (executive, start) bounds the scan.
    .where('ve.startAt', '>', shift(p.startAt, -MAX_VISIT_HOURS))
    .where('ve.startAt', '<', p.endAt)
    .where('v.endAt', '>', p.startAt)
    .where('v.status', 'in', ['scheduled', 'completed'])
    .$call((q) => (ignoredVisit === null ? q : q.where('v.id', '!=', ignoredVisit)))
    .execute()
  const meetings = await db
    .selectFrom('meetingAttendees as a')
    .innerJoin('meetings as m', 'm.id', 'a.meetingId')
    .select(['m.id', 'm.startAt', 'm.endAt', 'a.executiveId', 'm.title'])
    .where('a.executiveId', 'in', p.executiveIds)
    .where('a.startAt', '>', shift(p.startAt, -MAX_MEETING_HOURS))
    .where('a.startAt', '<', p.endAt)
    .where('m.endAt', '>', p.startAt)
    .where('m.status', '=', 'scheduled')
    .$call((q) => (ignoredMeeting === null ? q : q.where('m.id', '!=', ignoredMeeting)))
    .execute()
  return [
    ...visits.map((v) => ({ ...v, type: 'visit' as const })),
    ...meetings.map((m) => ({ ...m, customerName: null, type: 'meeting' as const }))
  ].sort((a, b) => a.startAt.localeCompare(b.startAt) || a.executiveId - b.executiveId)
}

export async function findClashes(db: Executor, p: Proposal, hours?: WorkingHours): Promise<Clash[]> {
  const workingHours = hours ?? (await getWorkingHours(db))
  const bookings = await overlappingBookings(db, p)
  const names = new Map(
    (
      await db
        .selectFrom('salesExecutives')
        .select(['id', 'name'])
        .where('id', 'in', p.executiveIds)
        .execute()
    ).map((e) => [e.id, e.name])
  )
  const zone = workingHours.timeZone
  const clashes: Clash[] = bookings.map((b) => {
    const name = names.get(b.executiveId) ?? `Executive ${b.executiveId}`
    return {
      kind: 'double_booking',
      executiveId: b.executiveId,
      executiveName: name,
      other: { type: b.type, id: b.id, title: b.title, startAt: b.startAt, endAt: b.endAt },
      message: keyed('clashDoubleBooked', {
        name,
        title:
          b.customerName === null ? b.title : { key: 'clashVisitTo', params: { customer: b.customerName } },
        date: b.startAt.slice(0, 10),
        start: localClock(b.startAt, zone),
        end: localClock(b.endAt, zone)
      })
    }
  })
  if (!withinWorkingHours(workingHours, p.startAt, p.endAt)) {
    clashes.push({
      kind: 'outside_working_hours',
      message: keyed('clashOutsideWorkingHours', {
        start: workingHours.start,
        end: workingHours.end,
        days: wordList([...workingHours.days].sort().flatMap((d) => DAY_NAMES[d - 1] ?? [])),
        zone
      })
    })
  }
  return clashes
}

const DAY_NAMES: readonly ErrorKey[] = [
  'weekdayMon',
  'weekdayTue',
  'weekdayWed',
  'weekdayThu',
  'weekdayFri',
  'weekdaySat',
  'weekdaySun'
]

/** The clashes as one parameter, "a; b; c" in the reader's language. */
function clashList(clashes: Clash[]): Message | string {
  const messages = clashes.map((c) => decodeMessage(c.message) ?? c.message)
  const last = messages.at(-1)
  if (last === undefined) return ''
  return messages
    .slice(0, -1)
    .reduceRight<Message | string>(
      (rest, first) => ({ key: 'clashListOfTwo', params: { first, second: rest } }),
      last
    )
}

/**
 * Refuses a save that clashes unless the caller accepted the clashes; returns them so the
 * saved result can carry them as warnings.
 */
export async function guardClashes(
  db: Executor,
  p: Proposal,
  acceptClashes: boolean | undefined
): Promise<Clash[]> {
  const clashes = await findClashes(db, p)
  if (clashes.length > 0 && acceptClashes !== true) {
    const fields: Record<string, string> = {}
    clashes.forEach((c, i) => (fields[`clashes.${i}`] = c.message))
    throw new DomainError(
      'conflict',
      { key: 'scheduleClashes', params: { clashes: clashList(clashes) } },
      fields
    )
  }
  return clashes
}

export interface TimedEvent {
  startAt: string
  endAt: string
  executiveIds: number[]
  busy: boolean
  doubleBooked: boolean
}

/** Marks every busy event that overlaps another busy event of one of its executives. */
export function markDoubleBookings(events: TimedEvent[]): void {
  const byExecutive = new Map<number, TimedEvent[]>()
  for (const e of events) {
    if (!e.busy) continue
    for (const id of e.executiveIds) {
      let list = byExecutive.get(id)
      if (!list) byExecutive.set(id, (list = []))
      list.push(e)
    }
  }
  for (const list of byExecutive.values()) {
    list.sort((a, b) => (a.startAt < b.startAt ? -1 : a.startAt > b.startAt ? 1 : 0))
    let active: TimedEvent[] = []
    for (const e of list) {
      active = active.filter((a) => a.endAt > e.startAt)
      if (active.length > 0) {
        e.doubleBooked = true
        for (const a of active) a.doubleBooked = true
      }
      active.push(e)
    }
  }
}
