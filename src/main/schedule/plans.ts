/**
 * Visit plans: a customer is visited every N weeks at a local time of day in the plan's time
 * zone. Generating creates the scheduled visits ahead, once per slot: each occurrence keeps
 * its plan and original slot (UTC instant) even when moved or cancelled, and the unique index
 * (plan_id, plan_slot) makes regeneration idempotent.
 */
import { activity } from '../../shared/activity'
import { today } from '../clock'
import type { z } from 'zod'
import type { PlanGeneration, VisitPlan, planInput } from '../../shared/schemas/schedule'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import {
  bookedOn,
  checkExecutives,
  customerForVisit,
  executivesOfEach,
  invalid,
  notFound
} from './references'
import { required } from '../../shared/required'
import { addDaysIso } from '../../shared/iso-week'
import { zonedInstant } from './time'
import { newVisitColumns } from './visits'
import { writeTransaction } from '../db/write-transaction'

export type PlanData = z.output<typeof planInput>

/** How far ahead a new or changed plan is filled in right away. */
export const DEFAULT_HORIZON_DAYS = 90
const MAX_HORIZON_DAYS = 3 * 366

/** The UTC start instants of a plan's occurrences from `from` (an instant) up to the local date `until`. */
export function planSlots(
  plan: Pick<PlanData, 'everyWeeks' | 'localTime' | 'timeZone' | 'startDate' | 'endDate'>,
  from: string,
  until: string
): string[] {
  const last = plan.endDate !== null && plan.endDate < until ? plan.endDate : until
  const slots: string[] = []
  for (let date = plan.startDate; date <= last; date = addDaysIso(date, plan.everyWeeks * 7)) {
    const slot = zonedInstant(date, plan.localTime, plan.timeZone)
    if (slot >= from) slots.push(slot)
  }
  return slots
}

/** Plans as the schedule shows them: every column of the plan (`p`) and its customer's name (`c`). */
const plansWithCustomer = (db: Executor) =>
  db
    .selectFrom('visitPlans as p')
    .innerJoin('customers as c', 'c.id', 'p.customerId')
    .selectAll('p')
    .select('c.name as customerName')
    .orderBy('p.id')

/**
 * The plans `pick` keeps, in id order, each with its executives: three queries however many plans
 * (the plans with their customers' names, their executives, the executives' names), for one plan's
 * page and the list alike, so that both show a plan the same way.
 */
async function readPlans(
  db: Executor,
  pick: (query: ReturnType<typeof plansWithCustomer>) => ReturnType<typeof plansWithCustomer>
): Promise<VisitPlan[]> {
  const rows = await pick(plansWithCustomer(db)).execute()
  const executives = await executivesOfEach(
    db,
    'plan',
    rows.map((p) => p.id)
  )
  return rows.map((p) => {
    const booked = required(executives.get(p.id), `the executives of plan ${String(p.id)}`)
    return { ...p, executiveIds: booked.ids, executives: booked.people }
  })
}

async function loadPlan(db: Executor, id: number): Promise<VisitPlan> {
  const plan = (await readPlans(db, (query) => query.where('p.id', '=', id))).at(0)
  if (!plan) throw notFound('visitPlan', id)
  return plan
}

export const getPlan = (ctx: ServiceContext, id: number) => loadPlan(ctx.db, id)

async function checkPlan(trx: Executor, input: PlanData) {
  const customer = await customerForVisit(trx, input.customerId)
  if (customer.archived) throw invalid({ customerId: { key: 'customerArchived' } })
  await checkExecutives(trx, input.executiveIds, 'executiveIds')
  return customer
}

async function savePlanExecutives(trx: Executor, planId: number, executiveIds: number[]) {
  await trx.deleteFrom('visitPlanExecutives').where('planId', '=', planId).execute()
  await trx
    .insertInto('visitPlanExecutives')
    .values(executiveIds.map((executiveId) => ({ planId, executiveId })))
    .execute()
}

/** Creates the missing occurrences of one plan up to `until` (inclusive, local date). */
async function fillPlan(
  trx: Executor,
  ctx: ServiceContext,
  plan: VisitPlan,
  until: string
): Promise<PlanGeneration> {
  const now = isoNow(ctx)
  const customer = await customerForVisit(trx, plan.customerId)
  const result: PlanGeneration = { created: 0, existing: 0 }
  for (const slot of planSlots(plan, now, until)) {
    const endAt = new Date(Date.parse(slot) + plan.durationMinutes * 60_000).toISOString()
    const inserted = await trx
      .insertInto('siteVisits')
      .values(
        newVisitColumns(
          {
            customerId: plan.customerId,
            planId: plan.id,
            planSlot: slot,
            startAt: slot,
            endAt,
            purpose: plan.purpose,
            address: customer.address
          },
          now
        )
      )
      .onConflict((oc) => oc.columns(['planId', 'planSlot']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!inserted) {
      result.existing++
      continue
    }
    result.created++
    await trx
      .insertInto('siteVisitExecutives')
      .values(plan.executiveIds.map((executiveId) => ({ visitId: inserted.id, executiveId, startAt: slot })))
      .execute()
  }
  return result
}

function checkHorizon(ctx: ServiceContext, until: string): void {
  const limit = addDaysIso(today(ctx), MAX_HORIZON_DAYS)
  if (until > limit)
    throw invalid({ until: { key: 'planHorizon', params: { max: MAX_HORIZON_DAYS, date: limit } } })
}

const defaultHorizon = (ctx: ServiceContext) => addDaysIso(today(ctx), DEFAULT_HORIZON_DAYS)

export async function createPlan(
  ctx: ServiceContext,
  input: PlanData
): Promise<VisitPlan & { generated: PlanGeneration }> {
  return writeTransaction(ctx.db, async (trx) => {
    const customer = await checkPlan(trx, input)
    const now = isoNow(ctx)
    const { executiveIds, ...columns } = input
    const { id } = await trx
      .insertInto('visitPlans')
      .values({ ...columns, createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await savePlanExecutives(trx, id, executiveIds)
    const plan = await loadPlan(trx, id)
    const generated = await fillPlan(trx, ctx, plan, defaultHorizon(ctx))
    await recordActivity(trx, ctx, {
      entity: 'visit_plan',
      entityId: id,
      action: 'create',
      summary: `Planned visits to ${customer.name} every ${input.everyWeeks} week(s) at ${input.localTime} (${input.timeZone}); ${generated.created} scheduled`,
      details: activity('planCreated', { name: customer.name, count: input.everyWeeks })
    })
    return { ...plan, generated }
  })
}

/**
 * Changes a plan. Future occurrences still untouched (scheduled, at their original slot and
 * length, nothing made from them) are replaced by the new pattern; moved, cancelled, past
 * ones and those a request was made from stay as they are.
 */
export async function updatePlan(
  ctx: ServiceContext,
  id: number,
  input: PlanData
): Promise<VisitPlan & { generated: PlanGeneration }> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await loadPlan(trx, id)
    if (input.customerId !== before.customerId) throw invalid({ customerId: { key: 'planSameCustomer' } })
    const customer = await checkPlan(trx, input)
    const now = isoNow(ctx)
    const untouched = await trx
      .selectFrom('siteVisits')
      .select(['id', 'startAt', 'endAt', 'planSlot'])
      .where('planId', '=', id)
      .where('status', '=', 'scheduled')
      .where('startAt', '>', now)
      // A visit a request was already made from is kept, like a moved one.
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('customerRequests as r').select('r.id').whereRef('r.visitId', '=', 'siteVisits.id')
          )
        )
      )
      .execute()
    const replaceable = untouched
      .filter(
        (v) =>
          v.startAt === v.planSlot &&
          Date.parse(v.endAt) - Date.parse(v.startAt) === before.durationMinutes * 60_000
      )
      .map((v) => v.id)
    const furthest = untouched.reduce((max, v) => (v.planSlot && v.planSlot > max ? v.planSlot : max), '')
    for (let i = 0; i < replaceable.length; i += 500) {
      await trx
        .deleteFrom('siteVisits')
        .where('id', 'in', replaceable.slice(i, i + 500))
        .execute()
    }
    const { executiveIds, ...columns } = input
    await trx
      .updateTable('visitPlans')
      .set({ ...columns, updatedAt: now })
      .where('id', '=', id)
      .execute()
    await savePlanExecutives(trx, id, executiveIds)
    const plan = await loadPlan(trx, id)
    const horizon = defaultHorizon(ctx)
    const generated = await fillPlan(
      trx,
      ctx,
      plan,
      furthest.slice(0, 10) > horizon ? furthest.slice(0, 10) : horizon
    )
    await recordActivity(trx, ctx, {
      entity: 'visit_plan',
      entityId: id,
      action: 'update',
      summary: `Changed the visit plan for ${customer.name}: every ${input.everyWeeks} week(s) at ${input.localTime} (${input.timeZone}); ${replaceable.length} future visits replaced by ${generated.created}`,
      details: activity('planEdited', { name: customer.name, count: input.everyWeeks })
    })
    return { ...plan, generated }
  })
}

export async function generatePlans(
  ctx: ServiceContext,
  planId: number | null,
  until: string
): Promise<PlanGeneration> {
  checkHorizon(ctx, until)
  return writeTransaction(ctx.db, async (trx) => {
    const ids =
      planId !== null
        ? [planId]
        : (await trx.selectFrom('visitPlans').select('id').orderBy('id').execute()).map((p) => p.id)
    const total: PlanGeneration = { created: 0, existing: 0 }
    for (const id of ids) {
      const plan = await loadPlan(trx, id)
      const result = await fillPlan(trx, ctx, plan, until)
      total.created += result.created
      total.existing += result.existing
      if (result.created > 0) {
        await recordActivity(trx, ctx, {
          entity: 'visit_plan',
          entityId: id,
          action: 'generate',
          summary: `Scheduled ${result.created} planned visit(s) to ${plan.customerName} up to ${until}`,
          details: activity('planFilled', {
            name: plan.customerName,
            count: result.created,
            date: { date: until }
          })
        })
      }
    }
    return total
  })
}

export async function listPlans(
  ctx: ServiceContext,
  q: { customerId: number | null; executiveId: number | null }
): Promise<VisitPlan[]> {
  return readPlans(ctx.db, (query) => {
    let base = query
    if (q.customerId !== null) base = base.where('p.customerId', '=', q.customerId)
    if (q.executiveId !== null) base = base.where('p.id', 'in', bookedOn(ctx.db, 'plan', q.executiveId))
    return base.limit(1000)
  })
}
