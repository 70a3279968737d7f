/**
 * The raw counts behind the weekly figures, read from the documents, the activity log, the
 * customers, the site visits and the weekly activity grid, grouped by executive and calendar
 * day (the days are then gathered into ISO weeks in JS: SQLite has no portable ISO week).
 * See src/shared/schemas/figures.ts for what each figure means.
 */
import { sql } from 'kysely'
import { activityMetrics, type FiguresRow } from '../../shared/schemas/figures'
import { addDaysIso, isoWeekOf } from '../../shared/iso-week'
import type { Executor } from '../context'
import { loggedCallsByDay } from '../calls/figures'
import { readSettings } from '../settings/service'
import { conversionColumns, Converter, frozenRateJoin, perForeignDocument, type AmountRow } from './convert'

/**
 * What one day adds to an executive's weekly figures: the figures the store counts (the rest of a
 * figures row is derived from them), and how many corrections were issued.
 */
export type DayCounts = Pick<
  FiguresRow,
  | 'invoicedCents'
  | 'invoiceCount'
  | 'correctionsCents'
  | 'feesCents'
  | 'ordersWon'
  | 'ordersWonCents'
  | 'estimatesSent'
  | 'estimatesSentCents'
  | 'estimatesAccepted'
  | 'estimatesDeclined'
  | 'estimatesSuperseded'
  | 'newCustomers'
  | 'visitsCompleted'
  | 'activity'
> & { correctionCount: number }

export const emptyCounts = (): DayCounts => ({
  invoicedCents: 0,
  invoiceCount: 0,
  correctionsCents: 0,
  correctionCount: 0,
  feesCents: 0,
  ordersWon: 0,
  ordersWonCents: 0,
  estimatesSent: 0,
  estimatesSentCents: 0,
  estimatesAccepted: 0,
  estimatesDeclined: 0,
  estimatesSuperseded: 0,
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

/** Amount rows with their cents in the accounting currency (see convert.ts). */
async function converted(converter: Converter, rows: AmountRow[]): Promise<Grouped[]> {
  const out: Grouped[] = []
  for (const row of rows) out.push({ ...row, cents: await converter.cents(row) })
  return out
}

/** Every figure the store knows, for the calendar days from..to (inclusive), by ISO week. */
export async function countsByWeek(
  db: Executor,
  from: string,
  to: string,
  options: { revenueOnly?: boolean; converter?: Converter } = {}
): Promise<WeekCounts> {
  const next = addDaysIso(to, 1)
  const result: WeekCounts = new Map()
  const converter =
    options.converter ?? new Converter(db, (await readSettings(db)).documents.accountingCurrency)
  const acc = converter.accounting
  const run = async (query: ReturnType<typeof sql<Grouped>>) => (await query.execute(db)).rows
  const amounts = async (query: ReturnType<typeof sql<AmountRow>>) =>
    converted(converter, (await query.execute(db)).rows)

  collect(
    result,
    await amounts(sql<AmountRow>`select d.executive_id as exec, d.issue_date as day, count(*) as n,
        sum(d.net_cents) as cents, ${conversionColumns}
      from documents d ${frozenRateJoin(acc)}
      where d.type = 'invoice' and d.status = 'issued' and d.issue_date >= ${from} and d.issue_date <= ${to}
      group by d.executive_id, d.issue_date, ${perForeignDocument(acc)}`),
    'invoiceCount',
    'invoicedCents'
  )
  // Corrections count in the week they are issued (a report once sent stays true), for the
  // executive of the invoice they correct; a fee passed on by a debit note is not revenue.
  for (const fee of [false, true]) {
    collect(
      result,
      await amounts(sql<AmountRow>`select i.executive_id as exec, d.issue_date as day, count(*) as n,
          sum(case d.type when 'credit_note' then -d.net_cents else d.net_cents end) as cents, ${conversionColumns}
        from documents d join documents i on i.id = d.corrects_id ${frozenRateJoin(acc)}
        where d.type in ('credit_note', 'debit_note') and d.status = 'issued'
          and d.issue_date >= ${from} and d.issue_date <= ${to}
          and (d.type = 'debit_note' and coalesce(d.debit_kind, 'price_correction') = 'fee') = ${fee ? 1 : 0}
        group by i.executive_id, d.issue_date, ${perForeignDocument(acc)}`),
      fee ? null : 'correctionCount',
      fee ? 'feesCents' : 'correctionsCents'
    )
  }
  if (options.revenueOnly) return result

  collect(
    result,
    await amounts(sql<AmountRow>`select d.executive_id as exec, d.issue_date as day, count(*) as n,
        sum(d.net_cents) as cents, ${conversionColumns}
      from documents d ${frozenRateJoin(acc)}
      where d.type = 'order' and d.status in ('confirmed', 'partially_delivered', 'delivered')
        and d.issue_date >= ${from} and d.issue_date <= ${to}
      group by d.executive_id, d.issue_date, ${perForeignDocument(acc)}`),
    'ordersWon',
    'ordersWonCents'
  )
  // A revision of an estimate is the same quote sent again: it is not counted as sent once more.
  collect(
    result,
    await amounts(sql<AmountRow>`select d.executive_id as exec, d.issue_date as day, count(*) as n,
        sum(d.net_cents) as cents, ${conversionColumns}
      from documents d ${frozenRateJoin(acc)}
      where d.type = 'estimate' and d.status <> 'draft' and d.issue_date >= ${from} and d.issue_date <= ${to}
        and not exists (select 1 from documents r where r.id = d.replaces_id and r.type = 'estimate')
      group by d.executive_id, d.issue_date, ${perForeignDocument(acc)}`),
    'estimatesSent',
    'estimatesSentCents'
  )
  // An estimate replaced by its revision is superseded, not declined.
  for (const action of ['accept', 'decline'] as const) {
    collect(
      result,
      await run(sql<Grouped>`select d.executive_id as exec, substr(a.at, 1, 10) as day, count(*) as n, 0 as cents
        from activity_log a join documents d on d.id = a.entity_id
        where a.action = ${action} and a.at >= ${from} and a.at < ${next} and a.entity = 'document' and d.type = 'estimate'
          and not exists (select 1 from estimate_supersessions s where s.estimate_id = d.id)
        group by d.executive_id, substr(a.at, 1, 10)`),
      action === 'accept' ? 'estimatesAccepted' : 'estimatesDeclined',
      null
    )
  }
  collect(
    result,
    // CROSS JOIN: the supersessions outside, each finding its estimate by key (with a plain join
    // SQLite read every document's executive to probe a table it had no statistics for).
    await run(sql<Grouped>`select d.executive_id as exec, s.superseded_on as day, count(*) as n, 0 as cents
      from estimate_supersessions s cross join documents d on d.id = s.estimate_id
      where s.superseded_on >= ${from} and s.superseded_on <= ${to}
      group by d.executive_id, s.superseded_on`),
    'estimatesSuperseded',
    null
  )
  // New customers: counted when created, except prospects on the desk (issue 18), which count
  // in the week of their first order (prospects.converted_at).
  collect(
    result,
    await run(sql<Grouped>`select executive_id as exec, substr(created_at, 1, 10) as day, count(*) as n, 0 as cents
      from customers where created_at >= ${from} and created_at < ${next}
        and not exists (select 1 from prospects p where p.customer_id = customers.id)
      group by executive_id, substr(created_at, 1, 10)
      union all
      select c.executive_id, substr(p.converted_at, 1, 10), count(*), 0
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

/**
 * Estimates open at the end of `day`: sent by then, still valid then, not accepted, declined or
 * superseded by then: found by how long they are valid (documents_estimates_valid_until, 0045_speed),
 * named, as SQLite preferred every estimate (or 400 days of them) with planner statistics or without.
 * Unary + keeps each estimate's decisions on activity_log_entity: without statistics SQLite read
 * every acceptance and refusal logged before the day for each estimate (15 s on the large demo).
 */
export async function pipelineAt(
  db: Executor,
  day: string,
  converter: Converter
): Promise<Map<number | null, PipelineCounts>> {
  const next = addDaysIso(day, 1)
  const acc = converter.accounting
  const { rows } =
    await sql<AmountRow>`select d.executive_id as exec, min(d.issue_date) as day, count(*) as n,
      sum(d.net_cents) as cents, ${conversionColumns}
    from documents d indexed by documents_estimates_valid_until ${frozenRateJoin(acc)}
    where d.type = 'estimate' and d.status <> 'draft' and d.issue_date <= ${day} and d.issue_date >= ${addDaysIso(day, -400)}
      and d.valid_until >= ${day}
      and not exists (select 1 from activity_log a where a.entity = 'document' and a.entity_id = d.id
        and +a.action in ('accept', 'decline') and +a.at < ${next})
    group by d.executive_id, ${perForeignDocument(acc)}`.execute(db)
  const out = new Map<number | null, PipelineCounts>()
  for (const row of rows) {
    const sum = out.get(row.exec) ?? { count: 0, cents: 0 }
    out.set(row.exec, { count: sum.count + row.n, cents: sum.cents + (await converter.cents(row)) })
  }
  return out
}

export interface CohortCounts {
  sent: number
  accepted: number
}

/**
 * Cohort conversion: the quotes first sent from..to (a revision belongs to the estimate it
 * revises, so a quote revised twice is one quote), per executive, and how many of them were
 * accepted or turned into an order, in any of their versions, by the end of `asOf`.
 */
export async function cohortAt(
  db: Executor,
  from: string,
  to: string,
  asOf: string
): Promise<Map<number | null, CohortCounts>> {
  const { rows } = await sql<{ exec: number | null; sent: number; accepted: number }>`
    with recursive quotes(root, id) as (
      select d.id, d.id from documents d
      where d.type = 'estimate' and d.status <> 'draft' and d.issue_date >= ${from} and d.issue_date <= ${to}
        and not exists (select 1 from documents r where r.id = d.replaces_id and r.type = 'estimate')
      union all
      -- Unary + keeps SQLite on documents_replaces: by type it read every estimate for each quote
      -- (minutes on the large demo, where the recursion found the revisions of 3 600 quotes).
      select q.root, v.id from quotes q join documents v on v.replaces_id = q.id
      where +v.type = 'estimate' and +v.status <> 'draft'
    ),
    -- CROSS JOIN keeps the quotes outside: each looks up its own entries through activity_log_entity
    -- (entity, entity_id). With a plain join SQLite read every document entry of the log (entity = ?
    -- only) and probed the quotes: 68 ms of CPU on the large demo's 12 weeks instead of 8 ms. Unary +
    -- keeps it there without planner statistics, where SQLite read for each quote every acceptance
    -- and conversion logged before the day through activity_log_action_at (45 s).
    won as (
      select distinct q.root from quotes q cross join activity_log a on a.entity = 'document' and a.entity_id = q.id
      where +a.action in ('accept', 'convert') and +a.at < ${addDaysIso(asOf, 1)}
    )
    select d.executive_id as exec, count(*) as sent, count(w.root) as accepted
    from documents d left join won w on w.root = d.id
    where d.id in (select root from quotes)
    group by d.executive_id`.execute(db)
  return new Map(rows.map((r) => [r.exec, { sent: r.sent, accepted: r.accepted }]))
}
