/**
 * The call log (issue 18): calls logged from anywhere (Ctrl+L) or a customer page, an unknown
 * caller entered as a new prospect in the same transaction, the callers' next steps (their
 * agenda) and calls per executive per day, which feed the weekly figures (sources.ts adds them
 * to the calls imported for calls made outside Salesdesk).
 *
 * Days are the call's UTC calendar day, like every other figure of the week (figures/sources.ts).
 */
import type { z } from 'zod'
import { activity } from '../../shared/activity'
import { invalid } from '../../shared/errors'
import { chosenCustomer } from '../customers/references'
import { addDaysIso, isoWeekRange } from '../../shared/iso-week'
import type { CallRow, CallsPerDay, callInput, callListQuery } from '../../shared/schemas/calls'
import { emptyCustomer } from '../../shared/schemas/customers'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'
import { customerListIndex } from '../customers/list-index'
import { createCustomerIn, customerAdded } from '../customers/service'
import { checkExecutive } from '../executives/references'
import { insertProspect } from './prospects'
import { loadExecutives } from '../figures/weekly'
import { loadTargets, targetDayOfWeek, targetsOn } from '../figures/targets'
import { loggedCallsByDay } from './figures'

type NewCall = z.output<typeof callInput>
type ListQuery = z.output<typeof callListQuery>

/** Calls (`k`) with their customer (`c`) and executive (`e`): what the list filters, counts and shows. */
function callsWithNames(db: Executor) {
  return db
    .selectFrom('calls as k')
    .innerJoin('customers as c', 'c.id', 'k.customerId')
    .leftJoin('salesExecutives as e', 'e.id', 'k.executiveId')
}

const callColumns = [
  'k.id',
  'k.at',
  'k.customerId',
  'c.name as customerName',
  'c.status as customerStatus',
  'k.executiveId',
  'e.name as executiveName',
  'k.direction',
  'k.contactName',
  'k.contactPhone',
  'k.outcome',
  'k.notes',
  'k.nextStep',
  'k.nextStepDate',
  'k.campaignId'
] as const

const selectCalls = (db: Executor) => callsWithNames(db).select(callColumns)

const toRow = (
  r: Awaited<ReturnType<ReturnType<typeof selectCalls>['executeTakeFirstOrThrow']>>
): CallRow => ({
  ...r,
  executiveName: r.executiveName ?? null
})

async function loadCall(db: Executor, id: number): Promise<CallRow> {
  // Only read back right after the call was written, in the same transaction.
  return toRow(await selectCalls(db).where('k.id', '=', id).executeTakeFirstOrThrow())
}

/** The references a call names, checked before anything is written. */
async function checkReferences(db: Executor, input: NewCall): Promise<void> {
  await checkExecutive(db, input.executiveId)
  if (input.campaignId !== null) {
    const campaign = await db
      .selectFrom('campaigns')
      .select('id')
      .where('id', '=', input.campaignId)
      .executeTakeFirst()
    if (!campaign) throw invalid({ campaignId: { key: 'campaignDoesNotExist' } })
  }
}

/**
 * Logs a call; an unknown caller becomes a prospect (customer + prospect record) first, in the same
 * write transaction as the call, so a call that fails leaves no prospect behind.
 */
export async function logCall(ctx: ServiceContext, input: NewCall): Promise<CallRow> {
  const logged = await writeTransaction(ctx.db, async (trx) => {
    await checkReferences(trx, input)
    let customerId = input.customerId
    if (input.newProspect !== null) {
      // Through the customers service (code, duplicate checks, activity log).
      const p = input.newProspect
      const created = await createCustomerIn(trx, ctx, {
        ...emptyCustomer(),
        name: p.name,
        status: 'prospect',
        billingAddress: { ...emptyCustomer().billingAddress, city: p.city },
        contacts:
          input.contactName !== '' || p.phone !== '' || p.email !== ''
            ? [{ name: input.contactName || p.name, role: '', phone: p.phone, email: p.email }]
            : [],
        executiveId: input.executiveId
      })
      customerId = created.id
      await insertProspect(trx, ctx, customerId, p.source)
    }
    return insertCall(trx, ctx, input, customerId ?? 0)
  })
  if (input.newProspect !== null) await customerAdded(ctx, logged.customerId)
  return logged
}

async function insertCall(
  trx: Executor,
  ctx: ServiceContext,
  input: NewCall,
  forCustomer: number
): Promise<CallRow> {
  const customer = await chosenCustomer(trx, forCustomer, ['id', 'name'])
  const now = isoNow(ctx)
  const { id } = await trx
    .insertInto('calls')
    .values({
      customerId: customer.id,
      executiveId: input.executiveId,
      at: input.at ?? now,
      direction: input.direction,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      outcome: input.outcome,
      notes: input.notes,
      nextStep: input.nextStep,
      nextStepDate: input.nextStepDate,
      campaignId: input.campaignId,
      createdAt: now,
      createdBy: ctx.actor
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  // A call about a campaign is a response to it.
  if (input.campaignId !== null)
    await trx
      .insertInto('campaignResponses')
      .values({
        campaignId: input.campaignId,
        customerId: customer.id,
        kind: 'call',
        date: (input.at ?? now).slice(0, 10),
        note: input.notes,
        createdAt: now
      })
      .execute()
  await recordActivity(trx, ctx, {
    entity: 'customer',
    entityId: customer.id,
    action: 'call',
    summary: `Logged a${input.direction === 'incoming' ? 'n incoming' : 'n outgoing'} call with ${customer.name}: ${input.outcome}`,
    details: activity('callLogged', {
      name: customer.name,
      outcome: { term: `calls.outcomes.${input.outcome}` }
    })
  })
  return loadCall(trx, id)
}

export async function listCalls(
  ctx: ServiceContext,
  q: ListQuery
): Promise<{ total: number; rows: CallRow[] }> {
  // One filtered base for the count and the page (every call has its customer: the join counts the same).
  let base = callsWithNames(ctx.db)
  if (q.customerId !== null) base = base.where('k.customerId', '=', q.customerId)
  if (q.executiveId !== null) base = base.where('k.executiveId', '=', q.executiveId)
  if (q.from !== null) base = base.where('k.at', '>=', q.from)
  if (q.to !== null) base = base.where('k.at', '<', addDaysIso(q.to, 1))
  const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()
  const found = await base
    .select(callColumns)
    .orderBy('k.at', 'desc')
    .orderBy('k.id', 'desc')
    .offset(q.offset)
    .limit(q.limit)
    .execute()
  return { total, rows: found.map(toRow) }
}

/** The callers' agenda: next steps dated in from..to, earliest first. */
export async function nextSteps(
  ctx: ServiceContext,
  q: { executiveId: number | null; from: string; to: string }
): Promise<CallRow[]> {
  let rows = selectCalls(ctx.db).where('k.nextStepDate', '>=', q.from).where('k.nextStepDate', '<=', q.to)
  if (q.executiveId !== null) rows = rows.where('k.executiveId', '=', q.executiveId)
  return (await rows.orderBy('k.nextStepDate').orderBy('k.at').limit(1000).execute()).map(toRow)
}

export async function callsPerDay(ctx: ServiceContext, week: string): Promise<CallsPerDay> {
  const { start, end } = isoWeekRange(week)
  const days = Array.from({ length: 7 }, (_, i) => addDaysIso(start, i))
  const [counts, executives, targets] = await Promise.all([
    loggedCallsByDay(ctx.db, start, end),
    loadExecutives(ctx.db),
    loadTargets(ctx.db)
  ])
  const targetDay = targetDayOfWeek(week)
  const rowOf = (executiveId: number | null, name: string) => {
    const perDay = days.map((d) => counts.find((c) => c.exec === executiveId && c.day === d)?.n ?? 0)
    const weekly = executiveId === null ? null : targetsOn(targets, executiveId, targetDay).calls
    return {
      executiveId,
      name,
      perDay,
      total: perDay.reduce((a, b) => a + b, 0),
      // The weekly target is calls per day × 5 working days (targets.ts).
      targetPerDay: weekly === null ? null : weekly / 5
    }
  }
  const rows = executives
    .filter((e) => e.active || counts.some((c) => c.exec === e.id))
    .map((e) => rowOf(e.id, e.name))
  if (counts.some((c) => c.exec === null)) rows.push(rowOf(null, ''))
  return { week, days, rows }
}

/** Keeps the customer list's in-memory index right after a customer's status changed in a transaction. */
export function customerStatusChanged(ctx: ServiceContext): void {
  customerListIndex(ctx.db).invalidate()
}
