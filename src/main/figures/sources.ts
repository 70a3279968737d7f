/**
 * The raw counts behind the weekly figures, read from the documents, the activity log, the
 * customers, the site visits and the weekly activity grid, grouped by executive and calendar
 * day (the days are then gathered into ISO weeks in JS: SQLite has no portable ISO week).
 * See src/shared/schemas/figures.ts for what each figure means.
 */
import { sql } from 'kysely'
import { activityMetrics, type ActivityMetric } from '../../shared/schemas/figures'
import { addDaysIso, isoWeekOf } from '../../shared/iso-week'
import type { Executor } from '../context'
import { loggedCallsByDay } from '../calls/figures'

export interface DayCounts {
  invoicedCents: number
  invoiceCount: number
  correctionsCents: number
  ordersWon: number
  ordersWonCents: number
  estimatesSent: number
  estimatesSentCents: number
  estimatesAccepted: number
  estimatesDeclined: number
  newCustomers: number
  visitsCompleted: number
  activity: Record<ActivityMetric, number>
}

export const emptyCounts = (): DayCounts => ({
  invoicedCents: 0,
  invoiceCount: 0,
  correctionsCents: 0,
  ordersWon: 0,
  ordersWonCents: 0,
  estimatesSent: 0,
  estimatesSentCents: 0,
  estimatesAccepted: 0,
  estimatesDeclined: 0,
  newCustomers: 0,
  visitsCompleted: 0,
  activity: { calls: 0, emails: 0, demos: 0 }
})

/** week -> executive id (null: no executive) -> counts. */
export type WeekCounts = Map<string, Map<number | null, DayCounts>>

interface Grouped {
  exec: number | null
  day: string
  n: number
  cents: number
}

type Field = Exclude<keyof DayCounts, 'activity'>

function add(target: WeekCounts, week: string, exec: number | null, apply: (c: DayCounts) => void): void {
  let byExec = target.get(week)
  if (!byExec) target.set(week, (byExec = new Map<number | null, DayCounts>()))
  let counts = byExec.get(exec)
  if (!counts) byExec.set(exec, (counts = emptyCounts()))
  apply(counts)
}

function collect(
  target: WeekCounts,
  rows: Grouped[],
  countField: Field | null,
  centsField: Field | null
): void {
  for (const row of rows) {
    add(target, isoWeekOf(row.day), row.exec, (c) => {
      if (countField) c[countField] += row.n
      if (centsField) c[centsField] += row.cents
    })
  }
}

/** Every figure the store knows, for the calendar days from..to (inclusive), by ISO week. */
export async function countsByWeek(
  db: Executor,
  from: string,
  to: string,
  options: { revenueOnly?: boolean } = {}
): Promise<WeekCounts> {
  const next = addDaysIso(to, 1)
  const result: WeekCounts = new Map()
  const run = async (query: ReturnType<typeof sql<Grouped>>) => (await query.execute(db)).rows

  collect(
    result,
    await run(sql<Grouped>`select executive_id as exec, issue_date as day, count(*) as n, sum(net_cents) as cents
      from documents where type = 'invoice' and status = 'issued' and issue_date >= ${from} and issue_date <= ${to}
      group by executive_id, issue_date`),
    'invoiceCount',
    'invoicedCents'
  )
  collect(
    result,
    await run(sql<Grouped>`select i.executive_id as exec, i.issue_date as day, count(*) as n,
        sum(case n.type when 'credit_note' then -n.net_cents else n.net_cents end) as cents
      from documents i join documents n on n.corrects_id = i.id
      where i.type = 'invoice' and i.status = 'issued' and i.issue_date >= ${from} and i.issue_date <= ${to}
        and n.type in ('credit_note', 'debit_note') and n.status = 'issued'
      group by i.executive_id, i.issue_date`),
    null,
    'correctionsCents'
  )
  if (options.revenueOnly) return result

  collect(
    result,
    await run(sql<Grouped>`select executive_id as exec, issue_date as day, count(*) as n, sum(net_cents) as cents
      from documents where type = 'order' and status in ('confirmed', 'partially_delivered', 'delivered')
        and issue_date >= ${from} and issue_date <= ${to}
      group by executive_id, issue_date`),
    'ordersWon',
    'ordersWonCents'
  )
  collect(
    result,
    await run(sql<Grouped>`select executive_id as exec, issue_date as day, count(*) as n, sum(net_cents) as cents
      from documents where type = 'estimate' and status <> 'draft' and issue_date >= ${from} and issue_date <= ${to}
      group by executive_id, issue_date`),
    'estimatesSent',
    'estimatesSentCents'
  )
  for (const action of ['accept', 'decline'] as const) {
    collect(
      result,
      await run(sql<Grouped>`select d.executive_id as exec, substr(a.at, 1, 10) as day, count(*) as n, 0 as cents
        from activity_log a join documents d on d.id = a.entity_id
        where a.action = ${action} and a.at >= ${from} and a.at < ${next} and a.entity = 'document' and d.type = 'estimate'
        group by d.executive_id, substr(a.at, 1, 10)`),
      action === 'accept' ? 'estimatesAccepted' : 'estimatesDeclined',
      null
    )
  }
  // New customers: counted when created, except prospects on the desk (issue 18), which count
  // in the week of their first order (prospects.converted_at).
  collect(
    result,
    await run(sql<Grouped>`select executive_id as exec, substr(created_at, 1, 10) as day, count(*) as n, 0 as cents
      from customers where created_at >= ${from} and created_at < ${next}
        and not exists (select 1 from prospects p where p.customer_id = customers.id)
      group by executive_id, substr(created_at, 1, 10)`),
    'newCustomers',
    null
  )
  collect(
    result,
    await run(sql<Grouped>`select c.executive_id as exec, substr(p.converted_at, 1, 10) as day, count(*) as n, 0 as cents
      from prospects p join customers c on c.id = p.customer_id
      where p.converted_at >= ${from} and p.converted_at < ${next}
      group by c.executive_id, substr(p.converted_at, 1, 10)`),
    'newCustomers',
    null
  )
  collect(
    result,
    await run(sql<Grouped>`select e.executive_id as exec, substr(v.end_at, 1, 10) as day, count(*) as n, 0 as cents
      from site_visits v join site_visit_executives e on e.visit_id = v.id
      where v.status = 'completed' and v.end_at >= ${from} and v.end_at < ${next}
      group by e.executive_id, substr(v.end_at, 1, 10)`),
    'visitsCompleted',
    null
  )
  const weeks = new Set<string>()
  for (let day = from; day <= to; day = addDaysIso(day, 7)) weeks.add(isoWeekOf(day))
  weeks.add(isoWeekOf(to))
  const activity = await db
    .selectFrom('weeklyActivity')
    .select(['executiveId', 'week', 'metric', 'value'])
    .where('week', 'in', [...weeks])
    .execute()
  for (const row of activity) {
    if (!activityMetrics.includes(row.metric)) continue
    add(result, row.week, row.executiveId, (c) => {
      c.activity[row.metric] += row.value
    })
  }
  // Calls logged in Salesdesk add to those imported for calls made outside it.
  for (const row of await loggedCallsByDay(db, from, to)) {
    add(result, isoWeekOf(row.day), row.exec, (c) => {
      c.activity.calls += row.n
    })
  }
  return result
}

export interface PipelineCounts {
  count: number
  cents: number
}

/** Estimates open at the end of `day`: sent by then, still valid then, not accepted or declined by then. */
export async function pipelineAt(db: Executor, day: string): Promise<Map<number | null, PipelineCounts>> {
  const next = addDaysIso(day, 1)
  const rows = (
    await sql<{
      exec: number | null
      n: number
      cents: number
    }>`select d.executive_id as exec, count(*) as n, sum(d.net_cents) as cents
      from documents d
      where d.type = 'estimate' and d.status <> 'draft' and d.issue_date <= ${day} and d.issue_date >= ${addDaysIso(day, -400)}
        and d.valid_until >= ${day}
        and not exists (select 1 from activity_log a where a.entity = 'document' and a.entity_id = d.id
          and a.action in ('accept', 'decline') and a.at < ${next})
      group by d.executive_id`.execute(db)
  ).rows
  return new Map(rows.map((r) => [r.exec, { count: r.n, cents: r.cents }]))
}
