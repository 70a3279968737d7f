/**
 * Prospects (issue 18): their qualification (need, budget, timing, decision maker), the
 * hand-over to a sales executive, and the step to customer: the first order (or invoice) issued
 * for a customer whose status is "prospect" makes them active, and a prospect on the desk (one
 * with a prospect record) counts as a new customer in the week of that order (figures/sources.ts).
 */
import { activity } from '../../shared/activity'
import type { Prospect, ProspectQualification } from '../../shared/schemas/calls'
import type { Updateable } from 'kysely'
import { required } from '../../shared/required'
import { recordActivity, type ActivityEvent } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { customerById } from '../customers/references'
import type { ProspectsTable } from '../db/types'
import { chosenExecutiveName } from '../executives/references'
import { writeTransaction } from '../db/write-transaction'
import { conflict } from '../../shared/errors'
import { customerStatusChanged } from './service'

export async function loadProspect(db: Executor, customerId: number): Promise<Prospect | null> {
  const row = await db
    .selectFrom('prospects as p')
    .leftJoin('salesExecutives as e', 'e.id', 'p.handedOverTo')
    .select([
      'p.customerId',
      'p.source',
      'p.need',
      'p.budget',
      'p.timing',
      'p.decisionMaker',
      'p.handedOverTo',
      'e.name as handedOverToName',
      'p.handedOverAt',
      'p.convertedAt',
      'p.convertedDocumentId',
      'p.createdAt'
    ])
    .where('p.customerId', '=', customerId)
    .executeTakeFirst()
  return row ? { ...row, handedOverToName: row.handedOverToName ?? null } : null
}

const customerOf = (db: Executor, customerId: number) =>
  customerById(db, customerId, ['id', 'name', 'status'])

/** The prospect record, made on first use for a customer entered as a prospect elsewhere. */
async function ensureProspect(trx: Executor, ctx: ServiceContext, customerId: number): Promise<void> {
  const c = await customerOf(trx, customerId)
  if ((await loadProspect(trx, customerId)) !== null) return
  if (c.status !== 'prospect') throw conflict('alreadyCustomerNotProspect', { name: c.name })
  await insertProspect(trx, ctx, customerId, '')
}

/** A new prospect record for a customer entered as a prospect, with where they came from. */
export async function insertProspect(
  trx: Executor,
  ctx: ServiceContext,
  customerId: number,
  source: string
): Promise<void> {
  const now = isoNow(ctx)
  await trx
    .insertInto('prospects')
    .values({
      customerId,
      source,
      need: '',
      budget: '',
      timing: '',
      decisionMaker: '',
      handedOverTo: null,
      handedOverAt: null,
      convertedAt: null,
      convertedDocumentId: null,
      createdAt: now,
      updatedAt: now
    })
    .execute()
}

/**
 * A step on the desk's prospect record (qualified, handed over): the step's columns are set and
 * the customer's activity entry, written with the customer's name, says what was done. Answers
 * the prospect as it now is.
 */
async function prospectStep(
  trx: Executor,
  ctx: ServiceContext,
  customerId: number,
  set: Updateable<ProspectsTable>,
  entry: (customerName: string) => Pick<ActivityEvent, 'action' | 'summary' | 'details'>
): Promise<Prospect> {
  await trx.updateTable('prospects').set(set).where('customerId', '=', customerId).execute()
  const c = await customerOf(trx, customerId)
  await recordActivity(trx, ctx, { entity: 'customer', entityId: customerId, ...entry(c.name) })
  return required(await loadProspect(trx, customerId), 'the prospect record just changed')
}

export async function qualifyProspect(
  ctx: ServiceContext,
  customerId: number,
  q: Required<ProspectQualification>
): Promise<Prospect> {
  return writeTransaction(ctx.db, async (trx) => {
    await ensureProspect(trx, ctx, customerId)
    return prospectStep(trx, ctx, customerId, { ...q, updatedAt: isoNow(ctx) }, (name) => ({
      action: 'qualify',
      summary: `Qualified the prospect ${name}`,
      details: activity('prospectQualified', { name })
    }))
  })
}

/** Hands the prospect over to a sales executive, who becomes the customer's executive. */
export async function handOverProspect(
  ctx: ServiceContext,
  customerId: number,
  executiveId: number
): Promise<Prospect> {
  const result = await writeTransaction(ctx.db, async (trx) => {
    await ensureProspect(trx, ctx, customerId)
    const executive = await chosenExecutiveName(trx, executiveId)
    const now = isoNow(ctx)
    await trx
      .updateTable('customers')
      .set({ executiveId, updatedAt: now })
      .where('id', '=', customerId)
      .execute()
    const handedOver = { handedOverTo: executiveId, handedOverAt: now, updatedAt: now }
    return prospectStep(trx, ctx, customerId, handedOver, (name) => ({
      action: 'hand_over',
      summary: `Handed the prospect ${name} over to ${executive}`,
      details: activity('prospectHandedOver', { name, executive })
    }))
  })
  customerStatusChanged(ctx)
  return result
}

/**
 * Called by issueDocument in the issuing transaction: an order or invoice for a prospect makes
 * them an active customer, and marks the desk's prospect record converted by that document.
 */
export async function convertProspectOnIssue(
  trx: Executor,
  ctx: ServiceContext,
  document: { id: number; type: string; customerId: number; number: string | null }
): Promise<void> {
  if (document.type !== 'order' && document.type !== 'invoice') return
  const c = await customerOf(trx, document.customerId)
  if (c.status !== 'prospect') return
  const now = isoNow(ctx)
  await trx
    .updateTable('customers')
    .set({ status: 'active', updatedAt: now })
    .where('id', '=', c.id)
    .execute()
  await trx
    .updateTable('prospects')
    .set({ convertedAt: now, convertedDocumentId: document.id, updatedAt: now })
    .where('customerId', '=', c.id)
    .where('convertedAt', 'is', null)
    .execute()
  await recordActivity(trx, ctx, {
    entity: 'customer',
    entityId: c.id,
    action: 'convert',
    summary: `${c.name} became a customer with ${document.number ?? 'their first order'}`,
    details: activity('prospectConverted', { name: c.name, number: document.number ?? '' })
  })
  customerStatusChanged(ctx)
}
