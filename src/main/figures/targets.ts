/**
 * Sales targets with their history. A target row is effective from its valid-from date until
 * the next row for the same executive and metric, so setting this quarter's target adds a row
 * and never rewrites an earlier week. A week uses the targets effective on its Thursday (the
 * day that decides which year an ISO week belongs to). Setting a target again for the same
 * valid-from date corrects that row.
 *
 * Per-week equivalents: revenue and new customers: a week target as is, a month target × 12 / 52,
 * a quarter target × 4 / 52; calls per day × 5 working days; visits per week as is.
 */
import { activity } from '../../shared/activity'
import { DomainError } from '../../shared/errors'
import { addDaysIso, isoWeekRange } from '../../shared/iso-week'
import type {
  TargetInput,
  TargetMetric,
  TargetPeriod,
  TargetRecord,
  WeekTargets
} from '../../shared/schemas/figures'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'

export interface TargetRow {
  id: number
  executiveId: number
  metric: TargetMetric
  period: TargetPeriod
  value: number
  validFrom: string
}

/** Every target row, oldest valid-from first (the table stays small: a few per executive and quarter). */
export async function loadTargets(db: Executor): Promise<TargetRow[]> {
  return db
    .selectFrom('salesTargets')
    .select(['id', 'executiveId', 'metric', 'period', 'value', 'validFrom'])
    .orderBy('validFrom')
    .orderBy('id')
    .execute()
}

const perWeekShare: Record<TargetPeriod, [number, number]> = {
  week: [1, 1],
  month: [12, 52],
  quarter: [4, 52]
}

/** The per-week value of one target row (revenue in cents, rounded half up; counts to 2 decimals). */
export function weeklyEquivalent(row: Pick<TargetRow, 'metric' | 'period' | 'value'>): number {
  switch (row.metric) {
    case 'revenue': {
      const [num, den] = perWeekShare[row.period]
      return Math.floor((row.value * num * 2 + den) / (2 * den))
    }
    case 'new_customers': {
      const [num, den] = perWeekShare[row.period]
      return Math.round((row.value * num * 100) / den) / 100
    }
    case 'calls_per_day':
      return row.value * 5
    case 'visits_per_week':
      return row.value
  }
}

/** The targets of one executive effective on `day`. */
export function targetsOn(rows: readonly TargetRow[], executiveId: number, day: string): WeekTargets {
  const effective = new Map<TargetMetric, TargetRow>()
  for (const row of rows) {
    if (row.executiveId === executiveId && row.validFrom <= day) effective.set(row.metric, row)
  }
  const value = (metric: TargetMetric) => {
    const row = effective.get(metric)
    return row ? weeklyEquivalent(row) : null
  }
  return {
    revenueCents: value('revenue'),
    newCustomers: value('new_customers'),
    calls: value('calls_per_day'),
    visits: value('visits_per_week')
  }
}

/** The day a week's targets are read on: its Thursday. */
export const targetDayOfWeek = (week: string): string => addDaysIso(isoWeekRange(week).start, 3)

export function sumTargets(list: readonly WeekTargets[]): WeekTargets {
  const sum = (key: keyof WeekTargets) => {
    const values = list.map((t) => t[key]).filter((v): v is number => v !== null)
    return values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100
  }
  return {
    revenueCents: sum('revenueCents'),
    newCustomers: sum('newCustomers'),
    calls: sum('calls'),
    visits: sum('visits')
  }
}

export async function listTargets(ctx: ServiceContext, executiveId: number | null): Promise<TargetRecord[]> {
  let query = ctx.db
    .selectFrom('salesTargets as t')
    .innerJoin('salesExecutives as e', 'e.id', 't.executiveId')
    .select([
      't.id',
      't.executiveId',
      'e.name as executiveName',
      't.metric',
      't.period',
      't.value',
      't.validFrom',
      't.createdAt',
      't.createdBy'
    ])
  if (executiveId !== null) query = query.where('t.executiveId', '=', executiveId)
  return query.orderBy('e.name').orderBy('t.metric').orderBy('t.validFrom', 'desc').execute()
}

/** Adds (or corrects, for the same valid-from date) a target inside the caller's transaction. */
export async function setTargetIn(trx: Executor, ctx: ServiceContext, target: TargetInput): Promise<void> {
  const executive = await trx
    .selectFrom('salesExecutives')
    .select(['id', 'name'])
    .where('id', '=', target.executiveId)
    .executeTakeFirst()
  if (!executive)
    throw new DomainError(
      'not_found',
      { key: 'salesExecutiveNotFound', params: { id: target.executiveId } },
      { executiveId: { key: 'executiveDoesNotExist' } }
    )
  await trx
    .insertInto('salesTargets')
    .values({ ...target, createdAt: isoNow(ctx), createdBy: ctx.actor })
    .onConflict((oc) =>
      oc.columns(['executiveId', 'metric', 'validFrom']).doUpdateSet({
        period: target.period,
        value: target.value,
        createdAt: isoNow(ctx),
        createdBy: ctx.actor
      })
    )
    .execute()
  await recordActivity(trx, ctx, {
    entity: 'executive',
    entityId: target.executiveId,
    action: 'target',
    summary: `Target for ${executive.name}: ${target.metric.replace(/_/g, ' ')} ${target.value} per ${target.period} from ${target.validFrom}`,
    details: activity('targetSet', {
      name: executive.name,
      metric: { term: `weekly.targets.metrics.${target.metric}` },
      date: { date: target.validFrom }
    })
  })
}

export async function setTarget(ctx: ServiceContext, target: TargetInput): Promise<TargetRecord[]> {
  await writeTransaction(ctx.db, (trx) => setTargetIn(trx, ctx, target))
  return listTargets(ctx, target.executiveId)
}
