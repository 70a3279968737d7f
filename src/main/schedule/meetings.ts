/** Team meetings: title, attendees (executives), time, place, agenda; in the same schedule as visits. */
import { activity } from '../../shared/activity'
import type { z } from 'zod'
import { conflict } from '../../shared/errors'
import type { Meeting, Saved, meetingInput } from '../../shared/schemas/schedule'
import { recordEventActivity } from './event-activity'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { guardClashes } from './clashes'
import { moveInCalendar } from './move'
import { checkExecutives, executivesOf, notFound } from './references'
import { writeTransaction } from '../db/write-transaction'

export type MeetingData = z.output<typeof meetingInput>

export async function loadMeeting(db: Executor, id: number): Promise<Meeting> {
  const m = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst()
  if (!m) throw notFound('meeting', id)
  const attendees = await executivesOf(db, 'meeting', id)
  return { ...m, attendeeIds: attendees.ids, attendees: attendees.people }
}

export const getMeeting = (ctx: ServiceContext, id: number) => loadMeeting(ctx.db, id)

async function saveAttendees(trx: Executor, meetingId: number, ids: number[], startAt: string) {
  await trx.deleteFrom('meetingAttendees').where('meetingId', '=', meetingId).execute()
  await trx
    .insertInto('meetingAttendees')
    .values(ids.map((executiveId) => ({ meetingId, executiveId, startAt })))
    .execute()
}

const when = (startAt: string) => startAt.slice(0, 16).replace('T', ' ')

async function scheduledMeeting(trx: Executor, id: number): Promise<Meeting> {
  const meeting = await loadMeeting(trx, id)
  if (meeting.status !== 'scheduled') throw conflict('meetingCancelledUnchangeable')
  return meeting
}

/**
 * A new meeting (`id` null) or the edit of a scheduled one: the same checks of its attendees and
 * their clashes, then the meeting, its attendees and the activity entry written together.
 */
async function saveMeeting(
  ctx: ServiceContext,
  id: number | null,
  input: MeetingData,
  acceptClashes?: boolean
): Promise<Saved<Meeting>> {
  return writeTransaction(ctx.db, async (trx) => {
    if (id !== null) await scheduledMeeting(trx, id)
    await checkExecutives(trx, input.attendeeIds, 'attendeeIds')
    const { attendeeIds, ...columns } = input
    const { startAt, endAt } = input
    const ignore = id === null ? null : { type: 'meeting' as const, id }
    const clashes = await guardClashes(
      trx,
      { executiveIds: attendeeIds, startAt, endAt, ignore },
      acceptClashes
    )
    const meetingId = await writeMeeting(trx, id, columns, isoNow(ctx))
    await saveAttendees(trx, meetingId, attendeeIds, startAt)
    const at = `"${input.title}" at ${when(startAt)} UTC`
    await recordEventActivity(trx, ctx, {
      type: 'meeting',
      id: meetingId,
      ...(id === null
        ? { action: 'create', summary: `Organised the meeting ${at}` }
        : { action: 'update', summary: `Edited the meeting ${at}` }),
      details: activity(id === null ? 'meetingOrganised' : 'meetingEdited', {
        title: input.title,
        at: { dateTime: startAt }
      })
    })
    return { saved: await loadMeeting(trx, meetingId), clashes }
  })
}

/** Inserts a new scheduled meeting, or sets an existing one's columns; answers its id. */
async function writeMeeting(
  trx: Executor,
  id: number | null,
  columns: Omit<MeetingData, 'attendeeIds'>,
  now: string
): Promise<number> {
  if (id !== null) {
    await trx
      .updateTable('meetings')
      .set({ ...columns, updatedAt: now })
      .where('id', '=', id)
      .execute()
    return id
  }
  const created = await trx
    .insertInto('meetings')
    .values({ ...columns, status: 'scheduled', createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return created.id
}

export const createMeeting = (ctx: ServiceContext, input: MeetingData, acceptClashes?: boolean) =>
  saveMeeting(ctx, null, input, acceptClashes)

export const updateMeeting = (ctx: ServiceContext, id: number, input: MeetingData, acceptClashes?: boolean) =>
  saveMeeting(ctx, id, input, acceptClashes)

export async function moveMeeting(
  ctx: ServiceContext,
  id: number,
  startAt: string,
  endAt: string,
  acceptClashes?: boolean
): Promise<Saved<Meeting>> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await scheduledMeeting(trx, id)
    const move = { type: 'meeting' as const, id, executiveIds: before.attendeeIds, startAt, endAt }
    const clashes = await moveInCalendar(trx, ctx, move, acceptClashes, {
      summary: `Moved the meeting "${before.title}" from ${when(before.startAt)} to ${when(startAt)} UTC`,
      details: activity('meetingMoved', {
        title: before.title,
        from: { dateTime: before.startAt },
        to: { dateTime: startAt }
      })
    })
    return { saved: await loadMeeting(trx, id), clashes }
  })
}

export async function cancelMeeting(ctx: ServiceContext, id: number): Promise<Meeting> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await scheduledMeeting(trx, id)
    await trx
      .updateTable('meetings')
      .set({ status: 'cancelled', updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    await recordEventActivity(trx, ctx, {
      type: 'meeting',
      id,
      action: 'cancel',
      summary: `Cancelled the meeting "${before.title}" of ${when(before.startAt)} UTC`,
      details: activity('meetingCancelled', { title: before.title, at: { dateTime: before.startAt } })
    })
    return loadMeeting(trx, id)
  })
}
