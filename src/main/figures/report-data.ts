/**
 * Everything the weekly report shows, read once and shared by the Excel and PDF builders:
 * the figures, the 12-week trend, top performers and the week's lists (invoices, new
 * customers, open estimates, overdue invoices).
 *
 * Overdue invoices come from the payments area (receivables: what is credited, paid and still
 * owed on each invoice and debit note, kept by the store): every one still open and due before
 * the week's end, with its days overdue counted to that day. The amounts are those recorded when
 * the report is made (a payment, return or credit note after the week counts); a sent report
 * keeps the files as they were sent.
 */
import { sql } from 'kysely'
import { addDaysIso, isoWeekRange, isoWeeksEndingWith } from '../../shared/iso-week'
import type { TopPerformer, TrendPoint, WeeklyFigures } from '../../shared/schemas/figures'
import type { Executor } from '../context'
import { overdueAsOf } from '../payments/receivables'
import { readSettings } from '../settings/service'
import type { CompanyProfile } from '../../shared/schemas/settings'
import { countsByWeek } from './sources'
import { loadExecutives, weeklyFigures } from './weekly'
import { loadTargets, sumTargets, targetDayOfWeek, targetsOn } from './targets'
import { required } from '../../shared/required'
import { complaintFigures, type ComplaintFigures } from '../requests/weekly'

export interface WeekInvoice {
  number: string
  issueDate: string
  customerCode: string
  customerName: string
  executive: string
  netCents: number
  correctionsCents: number
  totalCents: number
}

export interface NewCustomer {
  code: string
  name: string
  city: string
  country: string
  executive: string
  createdAt: string
}

export interface OpenEstimate {
  number: string
  issueDate: string
  validUntil: string
  customerName: string
  executive: string
  netCents: number
}

/** An open invoice or debit note due before the week's end (from receivables.overdue's query). */
export interface OverdueInvoice {
  number: string
  issueDate: string
  dueDate: string
  daysOverdue: number
  customerCode: string
  customerName: string
  executive: string
  totalCents: number
  creditedCents: number
  paidCents: number
  /** Still owed: total − credited − paid. */
  openCents: number
}

export interface WeeklyReportData {
  figures: WeeklyFigures
  trend: TrendPoint[]
  topPerformers: TopPerformer[]
  invoices: WeekInvoice[]
  newCustomers: NewCustomer[]
  openEstimates: OpenEstimate[]
  overdue: OverdueInvoice[]
  complaints: ComplaintFigures
  company: CompanyProfile
  currency: string
  locale: string
}

/** Team revenue (and per executive) for the `count` weeks ending with `week`, with the team target. */
export async function revenueTrend(db: Executor, week: string, count = 12): Promise<TrendPoint[]> {
  const weeks = isoWeeksEndingWith(week, count)
  const from = isoWeekRange(weeks[0]).start
  const [counts, executives, targets] = await Promise.all([
    countsByWeek(db, from, isoWeekRange(week).end, { revenueOnly: true }),
    loadExecutives(db),
    loadTargets(db)
  ])
  return weeks.map((w) => {
    const byExecutive: Record<string, number> = {}
    let revenue = 0
    for (const [exec, c] of counts.get(w) ?? []) {
      const cents = c.invoicedCents + c.correctionsCents
      revenue += cents
      byExecutive[exec === null ? 'none' : String(exec)] = cents
    }
    const day = targetDayOfWeek(w)
    const team = sumTargets(executives.filter((e) => e.active).map((e) => targetsOn(targets, e.id, day)))
    return { week: w, revenueCents: revenue, targetCents: team.revenueCents, byExecutive }
  })
}

/** The best three by revenue, with their % of target (recognition panel). */
export function topPerformers(figures: WeeklyFigures, count = 3): TopPerformer[] {
  return figures.rows
    .filter((r) => r.kind === 'executive' && r.revenueCents > 0)
    .sort((a, b) => b.revenueCents - a.revenueCents || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((r) => ({
      executiveId: required(r.executiveId, 'executive of an executive row'),
      name: r.name,
      revenueCents: r.revenueCents,
      percentOfTarget: r.targets.revenueCents ? r.revenueCents / r.targets.revenueCents : null,
      conversionRate: r.conversionRate
    }))
}

async function weekInvoices(db: Executor, start: string, end: string): Promise<WeekInvoice[]> {
  const rows =
    await sql<WeekInvoice>`select i.number as number, i.issue_date as issueDate, i.customer_code as customerCode,
      i.customer_name as customerName, coalesce(e.name, '') as executive, i.net_cents as netCents, i.total_cents as totalCents,
      coalesce((select sum(case n.type when 'credit_note' then -n.net_cents else n.net_cents end) from documents n
        where n.corrects_id = i.id and n.status = 'issued' and n.type in ('credit_note', 'debit_note')), 0) as correctionsCents
    from documents i left join sales_executives e on e.id = i.executive_id
    where i.type = 'invoice' and i.status = 'issued' and i.issue_date >= ${start} and i.issue_date <= ${end}
    order by i.issue_date, i.number`.execute(db)
  return rows.rows
}

async function newCustomers(db: Executor, start: string, end: string): Promise<NewCustomer[]> {
  const rows =
    await sql<NewCustomer>`select c.code as code, c.name as name, c.billing_city as city, c.billing_country as country,
      coalesce(e.name, '') as executive, c.created_at as createdAt
    from customers c left join sales_executives e on e.id = c.executive_id
    where (c.created_at >= ${start} and c.created_at < ${addDaysIso(end, 1)}
        and not exists (select 1 from prospects p where p.customer_id = c.id))
      or exists (select 1 from prospects p where p.customer_id = c.id
        and p.converted_at >= ${start} and p.converted_at < ${addDaysIso(end, 1)})
    order by c.created_at, c.code`.execute(db)
  return rows.rows
}

async function openEstimates(db: Executor, end: string): Promise<OpenEstimate[]> {
  const rows =
    await sql<OpenEstimate>`select d.number as number, d.issue_date as issueDate, d.valid_until as validUntil,
      d.customer_name as customerName, coalesce(e.name, '') as executive, d.net_cents as netCents
    from documents d left join sales_executives e on e.id = d.executive_id
    where d.type = 'estimate' and d.status <> 'draft' and d.issue_date <= ${end} and d.issue_date >= ${addDaysIso(end, -400)}
      and d.valid_until >= ${end}
      and not exists (select 1 from activity_log a where a.entity = 'document' and a.entity_id = d.id
        and a.action in ('accept', 'decline') and a.at < ${addDaysIso(end, 1)})
    order by d.net_cents desc, d.number`.execute(db)
  return rows.rows
}

async function overdueInvoices(db: Executor, end: string): Promise<OverdueInvoice[]> {
  const { rows } = await overdueAsOf(db, end, {
    search: '',
    customerId: null,
    offset: 0,
    limit: 1_000_000_000
  })
  // The executive of each open document due by then (same partial index as the list).
  const executives = await sql<{ id: number; executive: string }>`select d.id as id, e.name as executive
    from receivables r join documents d on d.id = r.document_id join sales_executives e on e.id = d.executive_id
    where r.open_cents > 0 and r.due_date < ${end}`.execute(db)
  const executiveOf = new Map(executives.rows.map((r) => [r.id, r.executive]))
  return rows.map((r) => ({
    number: r.number,
    issueDate: r.issueDate,
    dueDate: r.dueDate,
    daysOverdue: r.daysOverdue,
    customerCode: r.customerCode,
    customerName: r.customerName,
    executive: executiveOf.get(r.documentId) ?? '',
    totalCents: r.totalCents,
    creditedCents: r.creditedCents,
    paidCents: r.paidCents,
    openCents: r.openCents
  }))
}

export async function weeklyReportData(db: Executor, week: string): Promise<WeeklyReportData> {
  const { start, end } = isoWeekRange(week)
  const [figures, trend, invoices, customers, estimates, overdue, settings, complaints] = await Promise.all([
    weeklyFigures(db, week),
    revenueTrend(db, week),
    weekInvoices(db, start, end),
    newCustomers(db, start, end),
    openEstimates(db, end),
    overdueInvoices(db, end),
    readSettings(db),
    complaintFigures(db, start, end)
  ])
  return {
    figures,
    trend,
    topPerformers: topPerformers(figures),
    invoices,
    newCustomers: customers,
    openEstimates: estimates,
    overdue,
    complaints,
    company: settings.company,
    currency: settings.documents.defaultCurrency,
    locale: settings.documents.printLocale
  }
}
