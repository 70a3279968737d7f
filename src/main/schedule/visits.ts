/**
 * Site visits: schedule, edit, move (drag), complete with outcome and follow-ups, cancel,
 * no-show. Status: scheduled -> completed | cancelled | no_show; nothing else. A scheduled
 * visit whose end has passed shows as "to record".
 */
import { activity } from '../../shared/activity'
import type { z } from 'zod'
import { conflict, word, type ErrorKey } from '../../shared/errors'
import {
  MAX_VISIT_HOURS,
  type Saved,
  type SiteVisit,
  type VisitStatus,
  type visitCompletion,
  type visitInput
} from '../../shared/schemas/schedule'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { guardClashes } from './clashes'
import { recordEventActivity } from './event-activity'
import { moveInCalendar } from './move'
import {
  checkExecutives,
  checkProducts,
  customerForVisit,
  executivesOf,
  invalid,
  notFound,
  visitsWithCustomer
} from './references'
import { writeTransaction } from '../db/write-transaction'
import { addressColumns, addressOf } from '../customers/address-columns'

export type VisitData = z.output<typeof visitInput>
export type VisitCompletionData = z.output<typeof visitCompletion>

/** A visit that is no longer scheduled, as a word by key ("This visit is already {{status}}"). */
const STATUS_WORDS: Record<Exclude<VisitStatus, 'scheduled'>, ErrorKey> = {
  completed: 'visitStatusCompleted',
  cancelled: 'visitStatusCancelled',
  no_show: 'visitStatusNoShow'
}

/** What was refused, as a word by key: "it cannot be {{doing}}". */
type VisitAction = 'Edited' | 'Moved' | 'Completed' | 'Cancelled' | 'NoShow'

export async function loadVisit(db: Executor, id: number, now: Date): Promise<SiteVisit> {
  const v = await visitsWithCustomer(db).where('v.id', '=', id).executeTakeFirst()
  if (!v) throw notFound('siteVisit', id)
  const [executives, products, followUps, requests] = await Promise.all([
    executivesOf(db, 'visit', id),
    db
      .selectFrom('siteVisitProducts')
      .select('productId')
      .where('visitId', '=', id)
      .orderBy('productId')
      .execute(),
    db
      .selectFrom('siteVisitFollowUps')
      .select(['text', 'dueDate'])
      .where('visitId', '=', id)
      .orderBy('position')
      .execute(),
    db.selectFrom('customerRequests').select('id').where('visitId', '=', id).orderBy('id').execute()
  ])
  return {
    id: v.id,
    customerId: v.customerId,
    customerName: v.customerName,
    executiveIds: executives.ids,
    executives: executives.people,
    startAt: v.startAt,
    endAt: v.endAt,
    purpose: v.purpose,
    address: addressOf(v, 'address'),
    status: v.status,
    toRecord: isToRecord(v.status, v.endAt, now),
    outcome: v.outcome,
    notes: v.notes,
    productIds: products.map((p) => p.productId),
    followUps,
    cancelReason: v.cancelReason,
    planId: v.planId,
    planSlot: v.planSlot,
    closedAt: v.closedAt,
    requestIds: requests.map((r) => r.id),
    createdAt: v.createdAt,
    updatedAt: v.updatedAt
  }
}

export const isToRecord = (status: VisitStatus, endAt: string, now: Date) =>
  status === 'scheduled' && endAt <= now.toISOString()

export const getVisit = (ctx: ServiceContext, id: number) => loadVisit(ctx.db, id, ctx.now())

/** Replaces a visit's executives (the join rows carry the start for the agenda index). */
export async function saveVisitExecutives(
  trx: Executor,
  visitId: number,
  executiveIds: number[],
  startAt: string
): Promise<void> {
  await trx.deleteFrom('siteVisitExecutives').where('visitId', '=', visitId).execute()
  await trx
    .insertInto('siteVisitExecutives')
    .values(executiveIds.map((executiveId) => ({ visitId, executiveId, startAt })))
    .execute()
}

const when = (v: { startAt: string }) => v.startAt.slice(0, 16).replace('T', ' ')

/** The columns of a visit just scheduled, by hand or from a plan: nothing is recorded on it yet. */
export function newVisitColumns(
  visit: Pick<SiteVisit, 'customerId' | 'planId' | 'planSlot' | 'startAt' | 'endAt' | 'purpose' | 'address'>,
  now: string
) {
  const { address, ...columns } = visit
  return {
    ...columns,
    ...addressColumns('address', address),
    status: 'scheduled' as const,
    outcome: '',
    notes: '',
    cancelReason: '',
    closedAt: null,
    createdAt: now,
    updatedAt: now
  }
}

async function scheduledVisit(
  trx: Executor,
  ctx: ServiceContext,
  id: number,
  doing: VisitAction
): Promise<SiteVisit> {
  const visit = await loadVisit(trx, id, ctx.now())
  if (visit.status !== 'scheduled') {
    throw conflict('visitStatusRefused', {
      status: word(STATUS_WORDS[visit.status]),
      doing: word(`visitAction${doing}`)
    })
  }
  return visit
}

export const createVisit = (ctx: ServiceContext, input: VisitData, acceptClashes?: boolean) =>
  saveVisit(ctx, null, input, acceptClashes)

export const updateVisit = (ctx: ServiceContext, id: number, input: VisitData, acceptClashes?: boolean) =>
  saveVisit(ctx, id, input, acceptClashes)

/**
 * A visit scheduled by hand (`id` null) or the edit of a scheduled one: the same checks of its
 * customer, its executives and their clashes, then the visit, its executives and the activity
 * entry written together. A new visit is not for an archived customer; a planned one keeps its
 * customer. Without an address of its own it goes to the customer's (delivery, else billing).
 */
async function saveVisit(
  ctx: ServiceContext,
  id: number | null,
  input: VisitData,
  acceptClashes?: boolean
): Promise<Saved<SiteVisit>> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = id === null ? null : await scheduledVisit(trx, ctx, id, 'Edited')
    const customer = await customerForVisit(trx, input.customerId)
    if (before === null && customer.archived) throw invalid({ customerId: { key: 'customerArchivedVisit' } })
    if (before !== null && before.planId !== null && input.customerId !== before.customerId) {
      throw invalid({ customerId: { key: 'plannedVisitSameCustomer' } })
    }
    await checkExecutives(trx, input.executiveIds, 'executiveIds')
    const ignore = id === null ? null : { type: 'visit' as const, id }
    const clashes = await guardClashes(trx, { ...input, ignore }, acceptClashes)
    const { executiveIds, ...visit } = { ...input, address: input.address ?? customer.address }
    const visitId = await writeVisit(trx, id, visit, isoNow(ctx))
    await saveVisitExecutives(trx, visitId, executiveIds, input.startAt)
    await recordEventActivity(trx, ctx, {
      type: 'visit',
      id: visitId,
      ...(id === null
        ? {
            action: 'create',
            summary: `Scheduled a visit to ${customer.name} at ${when(input)} UTC${clashes.length ? ` (clashes accepted: ${clashes.length})` : ''}`
          }
        : { action: 'update', summary: `Edited the visit to ${customer.name} at ${when(input)} UTC` }),
      details: activity(id === null ? 'visitScheduled' : 'visitEdited', {
        name: customer.name,
        at: { dateTime: input.startAt }
      })
    })
    return { saved: await loadVisit(trx, visitId, ctx.now()), clashes }
  })
}

/**
 * Inserts a new visit scheduled by hand, or sets an existing one's customer, time, purpose and
 * address; answers its id.
 */
async function writeVisit(
  trx: Executor,
  id: number | null,
  visit: Pick<SiteVisit, 'customerId' | 'startAt' | 'endAt' | 'purpose' | 'address'>,
  now: string
): Promise<number> {
  if (id === null) {
    const created = await trx
      .insertInto('siteVisits')
      .values(newVisitColumns({ ...visit, planId: null, planSlot: null }, now))
      .returning('id')
      .executeTakeFirstOrThrow()
    return created.id
  }
  const { address, ...columns } = visit
  await trx
    .updateTable('siteVisits')
    .set({ ...columns, ...addressColumns('address', address), updatedAt: now })
    .where('id', '=', id)
    .execute()
  return id
}

/** Drag or resize in the calendar. A planned occurrence keeps its plan and original slot. */
export async function moveVisit(
  ctx: ServiceContext,
  id: number,
  startAt: string,
  endAt: string,
  acceptClashes?: boolean
): Promise<Saved<SiteVisit>> {
  if (Date.parse(endAt) - Date.parse(startAt) > MAX_VISIT_HOURS * 3_600_000)
    throw invalid({ endAt: { key: 'atMostHoursLong', params: { max: MAX_VISIT_HOURS } } })
  return writeTransaction(ctx.db, async (trx) => {
    const before = await scheduledVisit(trx, ctx, id, 'Moved')
    const move = { type: 'visit' as const, id, executiveIds: before.executiveIds, startAt, endAt }
    const clashes = await moveInCalendar(trx, ctx, move, acceptClashes, {
      summary: `Moved the visit to ${before.customerName} from ${when(before)} to ${when({ startAt })} UTC`,
      details: activity('visitMoved', {
        name: before.customerName,
        from: { dateTime: before.startAt },
        to: { dateTime: startAt }
      })
    })
    return { saved: await loadVisit(trx, id, ctx.now()), clashes }
  })
}

/** What happened at a visit can be told only once it has begun (issue 13: next week's visit was "completed" today). */
function refuseNotStarted(visit: SiteVisit, now: Date, doing: VisitAction): void {
  if (visit.startAt > now.toISOString())
    throw conflict('visitNotStarted', { time: when(visit), doing: word(`visitAction${doing}`) })
}

export async function completeVisit(ctx: ServiceContext, input: VisitCompletionData): Promise<SiteVisit> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await scheduledVisit(trx, ctx, input.id, 'Completed')
    refuseNotStarted(before, ctx.now(), 'Completed')
    await checkProducts(trx, input.productIds, 'productIds')
    const now = isoNow(ctx)
    await trx
      .updateTable('siteVisits')
      .set({ status: 'completed', outcome: input.outcome, notes: input.notes, closedAt: now, updatedAt: now })
      .where('id', '=', input.id)
      .execute()
    if (input.productIds.length > 0) {
      await trx
        .insertInto('siteVisitProducts')
        .values(input.productIds.map((productId) => ({ visitId: input.id, productId })))
        .execute()
    }
    if (input.followUps.length > 0) {
      await trx
        .insertInto('siteVisitFollowUps')
        .values(
          input.followUps.map((f, position) => ({
            visitId: input.id,
            position,
            text: f.text,
            dueDate: f.dueDate
          }))
        )
        .execute()
    }
    await recordEventActivity(trx, ctx, {
      type: 'visit',
      id: input.id,
      action: 'complete',
      summary: `Recorded the visit to ${before.customerName} of ${when(before)} UTC: ${input.outcome.slice(0, 120)}`,
      details: activity('visitCompleted', { name: before.customerName, at: { dateTime: before.startAt } })
    })
    return loadVisit(trx, input.id, ctx.now())
  })
}

async function close(
  ctx: ServiceContext,
  id: number,
  status: 'cancelled' | 'no_show',
  text: string
): Promise<SiteVisit> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await scheduledVisit(trx, ctx, id, status === 'cancelled' ? 'Cancelled' : 'NoShow')
    if (status === 'no_show') refuseNotStarted(before, ctx.now(), 'NoShow')
    const now = isoNow(ctx)
    await trx
      .updateTable('siteVisits')
      .set(
        status === 'cancelled'
          ? { status, cancelReason: text, closedAt: now, updatedAt: now }
          : { status, notes: text, closedAt: now, updatedAt: now }
      )
      .where('id', '=', id)
      .execute()
    await recordEventActivity(trx, ctx, {
      type: 'visit',
      id,
      action: status === 'cancelled' ? 'cancel' : 'no_show',
      summary: `${status === 'cancelled' ? 'Cancelled' : 'No-show at'} the visit to ${before.customerName} of ${when(before)} UTC${text ? `: ${text.slice(0, 120)}` : ''}`,
      details: activity(status === 'cancelled' ? 'visitCancelled' : 'visitNoShow', {
        name: before.customerName,
        at: { dateTime: before.startAt }
      })
    })
    return loadVisit(trx, id, ctx.now())
  })
}

export const cancelVisit = (ctx: ServiceContext, id: number, reason: string) =>
  close(ctx, id, 'cancelled', reason)
export const markNoShow = (ctx: ServiceContext, id: number, notes: string) => close(ctx, id, 'no_show', notes)
