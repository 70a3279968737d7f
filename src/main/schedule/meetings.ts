/** Team meetings: title, attendees (executives), time, place, agenda; in the same schedule as visits. */
import { activity } from '../../shared/activity'
import type { z } from 'zod'
import { conflict } from '../../shared/errors'
import type { Meeting, Saved, meetingInput } from '../../shared/schemas/schedule'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { guardClashes } from './clashes'
import { checkExecutives, executiveNames, notFound, people } from './references'
import { writeTransaction } from '../db/write-transaction'

export type MeetingData = z.output<typeof meetingInput>

export async function loadMeeting(db: Executor, id: number): Promise<Meeting> {
  const m = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst()
  if (!m) throw notFound('meeting', id)
  const attendees = await db
    .selectFrom('meetingAttendees')
    .select('executiveId')
    .where('meetingId', '=', id)
    .orderBy('executiveId')
    .execute()
  const attendeeIds = attendees.map((a) => a.executiveId)
  return { ...m, attendeeIds, attendees: people(attendeeIds, await executiveNames(db)) }
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

export async function createMeeting(
  ctx: ServiceContext,
  input: MeetingData,
  acceptClashes?: boolean
): Promise<Saved<Meeting>> {
  return writeTransaction(ctx.db, async (trx) => {
    await checkExecutives(trx, input.attendeeIds, 'attendeeIds')
    const clashes = await guardClashes(
      trx,
      { executiveIds: input.attendeeIds, startAt: input.startAt, endAt: input.endAt, ignore: null },
      acceptClashes
    )
    const now = isoNow(ctx)
    const { attendeeIds, ...columns } = input
    const { id } = await trx
      .insertInto('meetings')
      .values({ ...columns, status: 'scheduled', createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await saveAttendees(trx, id, attendeeIds, input.startAt)
    await recordActivity(trx, ctx, {
      entity: 'meeting',
      entityId: id,
      action: 'create',
      summary: `Organised the meeting "${input.title}" at ${when(input.startAt)} UTC`,
      details: activity('meetingOrganised', { title: input.title, at: { dateTime: input.startAt } })
    })
    return { saved: await loadMeeting(trx, id), clashes }
  })
}

async function scheduledMeeting(trx: Executor, id: number): Promise<Meeting> {
  const meeting = await loadMeeting(trx, id)
  if (meeting.status !== 'scheduled') throw conflict('meetingCancelledUnchangeable')
  return meeting
}

export async function updateMeeting(
  ctx: ServiceContext,
  id: number,
  input: MeetingData,
  acceptClashes?: boolean
): Promise<Saved<Meeting>> {
  return writeTransaction(ctx.db, async (trx) => {
    await scheduledMeeting(trx, id)
    await checkExecutives(trx, input.attendeeIds, 'attendeeIds')
    const clashes = await guardClashes(
      trx,
      {
        executiveIds: input.attendeeIds,
        startAt: input.startAt,
        endAt: input.endAt,
        ignore: { type: 'meeting', id }
      },
      acceptClashes
    )
    const { attendeeIds, ...columns } = input
    await trx
      .updateTable('meetings')
      .set({ ...columns, updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    await saveAttendees(trx, id, attendeeIds, input.startAt)
    await recordActivity(trx, ctx, {
      entity: 'meeting',
      entityId: id,
      action: 'update',
      summary: `Edited the meeting "${input.title}" at ${when(input.startAt)} UTC`,
      details: activity('meetingEdited', { title: input.title, at: { dateTime: input.startAt } })
    })
    return { saved: await loadMeeting(trx, id), clashes }
  })
}

export async function moveMeeting(
  ctx: ServiceContext,
  id: number,
  startAt: string,
  endAt: string,
  acceptClashes?: boolean
): Promise<Saved<Meeting>> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await scheduledMeeting(trx, id)
    const clashes = await guardClashes(
      trx,
      { executiveIds: before.attendeeIds, startAt, endAt, ignore: { type: 'meeting', id } },
      acceptClashes
    )
    await trx
      .updateTable('meetings')
      .set({ startAt, endAt, updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    await trx.updateTable('meetingAttendees').set({ startAt }).where('meetingId', '=', id).execute()
    await recordActivity(trx, ctx, {
      entity: 'meeting',
      entityId: id,
      action: 'move',
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
    await recordActivity(trx, ctx, {
      entity: 'meeting',
      entityId: id,
      action: 'cancel',
      summary: `Cancelled the meeting "${before.title}" of ${when(before.startAt)} UTC`,
      details: activity('meetingCancelled', { title: before.title, at: { dateTime: before.startAt } })
    })
    return loadMeeting(trx, id)
  })
}
