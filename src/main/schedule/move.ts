/**
 * Moving a meeting or a visit in the calendar (drag or resize) takes the same steps for both: the
 * new time must not clash for the people booked on it (unless the user accepted the clashes), the
 * event and its people's rows take the new time together (the agenda index reads the people's
 * rows, which carry the start), and the activity log tells from when to when.
 */
import type { Clash, EventType } from '../../shared/schemas/schedule'
import type { ActivityEvent } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { guardClashes } from './clashes'
import { recordEventActivity } from './event-activity'

export interface CalendarMove {
  type: EventType
  id: number
  /** The people booked on the event: their other bookings are what it could clash with. */
  executiveIds: number[]
  startAt: string
  endAt: string
}

/** Moves the event inside the caller's write transaction; returns the clashes the user accepted. */
export async function moveInCalendar(
  trx: Executor,
  ctx: ServiceContext,
  move: CalendarMove,
  acceptClashes: boolean | undefined,
  entry: Pick<ActivityEvent, 'summary' | 'details'>
): Promise<Clash[]> {
  const { type, id, startAt, endAt } = move
  const clashes = await guardClashes(
    trx,
    { executiveIds: move.executiveIds, startAt, endAt, ignore: { type, id } },
    acceptClashes
  )
  const updatedAt = isoNow(ctx)
  if (type === 'meeting') {
    await trx.updateTable('meetings').set({ startAt, endAt, updatedAt }).where('id', '=', id).execute()
    await trx.updateTable('meetingAttendees').set({ startAt }).where('meetingId', '=', id).execute()
  } else {
    await trx.updateTable('siteVisits').set({ startAt, endAt, updatedAt }).where('id', '=', id).execute()
    await trx.updateTable('siteVisitExecutives').set({ startAt }).where('visitId', '=', id).execute()
  }
  await recordEventActivity(trx, ctx, { type, id, action: 'move', ...entry })
  return clashes
}
