/**
 * The customer desk's dates in the schedule (issue 18): a call's next step on its date, and an
 * open request's next due time (the answer while nobody has answered, then the resolution), so
 * the agenda and the day view show them beside the visits. Like the visits, they follow the
 * executive filter: a call's next step belongs to its caller, a request to its owner.
 */
import { sql, type NotNull } from 'kysely'
import { addDaysIso } from '../../shared/iso-week'
import type { ScheduleMarker } from '../../shared/schemas/schedule'
import type { Executor } from '../context'
import { localTime } from './time'

/** More than a calendar can show in a month; the view is for a person or a small team. */
const LIMIT = 5000

/** A customer's record marked on a day of the schedule: a contract's end, an order's delivery, a next step. */
export function customerMarker(
  type: ScheduleMarker['type'],
  date: string,
  title: string,
  record: { id: number; customerId: number; customerName: string }
): ScheduleMarker {
  return { type, date, id: record.id, title, customer: { id: record.customerId, name: record.customerName } }
}

export async function callNextStepMarkers(
  db: Executor,
  fromDate: string,
  toDate: string,
  executiveIds: readonly number[] | null
): Promise<ScheduleMarker[]> {
  let query = db
    .selectFrom('calls as k')
    .innerJoin('customers as c', 'c.id', 'k.customerId')
    .select([
      'k.id',
      'k.nextStep',
      'k.nextStepDate',
      'k.executiveId',
      'c.id as customerId',
      'c.name as customerName'
    ])
    .where('k.nextStepDate', '>=', fromDate)
    .where('k.nextStepDate', '<=', toDate)
  if (executiveIds) query = query.where('k.executiveId', 'in', executiveIds)
  const rows = await query
    .orderBy('k.nextStepDate')
    .orderBy('k.id')
    .limit(LIMIT)
    // The date range above leaves out calls without a next step date.
    .$narrowType<{ nextStepDate: NotNull }>()
    .execute()
  return rows.map((r) => customerMarker('call_next_step', r.nextStepDate, r.nextStep, r))
}

/** An open request's next due time: the answer while nobody has answered, then the resolution. */
const nextDue = sql<
  string | null
>`coalesce(case when r.responded_at is null then r.respond_by end, r.resolve_by)`

/**
 * Open requests whose next due time falls on a day of the view. Due times are instants; the day
 * is the company's (its time zone, as "today" is), so a request due at 00:30 in Madrid is on that
 * Madrid day, not on the UTC day before. The query takes a day more on each side (no zone is more
 * than 14 hours from UTC) and the days are then kept to the view's.
 */
export async function requestDueMarkers(
  db: Executor,
  fromDate: string,
  toDate: string,
  executiveIds: readonly number[] | null,
  timeZone: string
): Promise<ScheduleMarker[]> {
  let query = db
    .selectFrom('customerRequests as r')
    .innerJoin('customers as c', 'c.id', 'r.customerId')
    .select(['r.id', 'r.title', 'c.id as customerId', 'c.name as customerName', nextDue.as('due')])
    .where('r.status', '=', 'open')
    .where(nextDue, '>=', addDaysIso(fromDate, -1))
    .where(nextDue, '<', addDaysIso(toDate, 2))
  if (executiveIds) query = query.where('r.ownerExecutiveId', 'in', executiveIds)
  const rows = await query
    .orderBy(nextDue)
    .orderBy('r.id')
    .limit(LIMIT)
    .$narrowType<{ due: NotNull }>()
    .execute()
  return rows
    .map((r) => customerMarker('request_due', localTime(r.due, timeZone).date, r.title, r))
    .filter((m) => m.date >= fromDate && m.date <= toDate)
}
