/**
 * One executive's page (issue 13 item 8): their weekly figures against their targets for 12 weeks,
 * what is open now (estimates and orders), their visits and their customers. The weekly counts and
 * targets come from the same sources as the weekly figures, so the two pages always agree.
 */
import { sql } from 'kysely'
import { isoWeekOf, isoWeekRange, isoWeeksEndingWith } from '../../shared/iso-week'
import type { ExecutiveFigures, ExecutiveWeek } from '../../shared/schemas/executives'
import { today } from '../clock'
import type { ServiceContext } from '../context'
import { loadExecutive } from './service'
import {
  conversionColumns,
  Converter,
  frozenRateJoin,
  perForeignDocument,
  type AmountRow
} from '../figures/convert'
import { countsByWeek, emptyCounts, pipelineAt } from '../figures/sources'
import { loadTargets, targetDayOfWeek, targetsOn } from '../figures/targets'
import { readSettings } from '../settings/service'

export const EXECUTIVE_WEEKS = 12
const UPCOMING_VISITS = 5

export async function executiveFigures(
  ctx: ServiceContext,
  executiveId: number,
  week: string | null
): Promise<ExecutiveFigures> {
  const { db } = ctx
  await loadExecutive(db, executiveId)
  const day = today(ctx)
  const last = week ?? isoWeekOf(day)
  const weekList = isoWeeksEndingWith(last, EXECUTIVE_WEEKS)
  const from = isoWeekRange(weekList[0]).start
  const to = isoWeekRange(last).end
  const settings = await readSettings(db)
  const converter = new Converter(db, settings.documents.accountingCurrency)
  const [counts, targets, estimates] = await Promise.all([
    countsByWeek(db, from, to, { converter }),
    loadTargets(db),
    pipelineAt(db, day, converter)
  ])
  const weeks = weekList.map((w): ExecutiveWeek => {
    const c = counts.get(w)?.get(executiveId) ?? emptyCounts()
    const t = targetsOn(targets, executiveId, targetDayOfWeek(w))
    return {
      week: w,
      start: isoWeekRange(w).start,
      revenueCents: c.invoicedCents + c.correctionsCents,
      revenueTargetCents: t.revenueCents,
      ordersWon: c.ordersWon,
      estimatesSent: c.estimatesSent,
      newCustomers: c.newCustomers,
      newCustomersTarget: t.newCustomers,
      visitsCompleted: c.visitsCompleted,
      visitsTarget: t.visits,
      calls: c.activity.calls,
      callsTarget: t.calls
    }
  })
  return {
    executiveId,
    currency: converter.accounting,
    weeks,
    pipeline: {
      estimates: estimates.get(executiveId) ?? { count: 0, cents: 0 },
      orders: await openOrders(ctx, executiveId, converter)
    },
    visits: {
      completed: weeks.reduce((sum, w) => sum + w.visitsCompleted, 0),
      ...(await upcomingVisits(ctx, executiveId))
    },
    customers: await customersOf(ctx, executiveId),
    unconverted: converter.unconverted()
  }
}

/** Orders confirmed or partly delivered (not yet all delivered, not cancelled). */
async function openOrders(ctx: ServiceContext, executiveId: number, converter: Converter) {
  const acc = converter.accounting
  const { rows } =
    await sql<AmountRow>`select d.executive_id as exec, min(d.issue_date) as day, count(*) as n,
      sum(d.net_cents) as cents, ${conversionColumns}
    from documents d ${frozenRateJoin(acc)}
    where d.type = 'order' and d.status in ('confirmed', 'partially_delivered') and d.executive_id = ${executiveId}
    group by d.executive_id, ${perForeignDocument(acc)}`.execute(ctx.db)
  let count = 0
  let cents = 0
  for (const row of rows) {
    count += row.n
    cents += await converter.cents(row)
  }
  return { count, cents }
}

async function upcomingVisits(ctx: ServiceContext, executiveId: number) {
  const now = ctx.now().toISOString()
  const mine = ctx.db
    .selectFrom('siteVisits as v')
    .innerJoin('siteVisitExecutives as e', 'e.visitId', 'v.id')
    .where('e.executiveId', '=', executiveId)
  const upcoming = mine.where('v.status', '=', 'scheduled').where('v.startAt', '>=', now)
  const { n: upcomingCount } = await upcoming
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const next = await upcoming
    .innerJoin('customers as c', 'c.id', 'v.customerId')
    .select(['v.id', 'v.startAt', 'v.customerId', 'c.name as customerName'])
    .orderBy('v.startAt')
    .orderBy('v.id')
    .limit(UPCOMING_VISITS)
    .execute()
  return { upcoming: next, upcomingCount }
}

async function customersOf(ctx: ServiceContext, executiveId: number) {
  const rows = await ctx.db
    .selectFrom('customers')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('executiveId', '=', executiveId)
    .where('archivedAt', 'is', null)
    .groupBy('status')
    .execute()
  const out = { active: 0, prospect: 0, inactive: 0 }
  for (const r of rows) out[r.status] = r.n
  return out
}
