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
import { readRegionFormat } from '../region/service'
import { languageOfLocale, localeForLanguage, type Language } from '../../shared/languages'
import type { RegionFormat } from '../../shared/region'
import type { CompanyProfile } from '../../shared/schemas/settings'
import { Converter, frozenRateJoin } from './convert'
import { countsByWeek } from './sources'
import { loadExecutives, weeklyFigures } from './weekly'
import { loadTargets, sumTargets, targetDayOfWeek, targetsOn } from './targets'
import { required } from '../../shared/required'
import { complaintFigures, type ComplaintFigures } from '../requests/weekly'

/** Amounts of a document in its own currency, and its net in the accounting currency. */
interface Converted {
  currency: string
  netCents: number
  /** Net in the accounting currency at the document's frozen rate (null: no rate, left out). */
  netInAccountingCents: number | null
}

export interface WeekInvoice extends Converted {
  number: string
  issueDate: string
  customerCode: string
  customerName: string
  executive: string
  totalCents: number
}

/** A credit or debit note issued in the week: a correction of revenue, or a fee passed on. */
export interface WeekCorrection extends Converted {
  number: string
  issueDate: string
  kind: 'credit_note' | 'price_correction' | 'fee'
  invoiceNumber: string
  invoiceDate: string
  customerCode: string
  customerName: string
  executive: string
}

export interface NewCustomer {
  code: string
  name: string
  city: string
  country: string
  executive: string
  createdAt: string
}

export interface OpenEstimate extends Converted {
  number: string
  issueDate: string
  validUntil: string
  customerName: string
  executive: string
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
  /** Still owed: total − credited − paid, in the document's currency. */
  openCents: number
  currency: string
  /** Still owed in the accounting currency at the document's frozen rate (null: no rate). */
  openInAccountingCents: number | null
}

export interface WeeklyReportData {
  figures: WeeklyFigures
  trend: TrendPoint[]
  topPerformers: TopPerformer[]
  invoices: WeekInvoice[]
  corrections: WeekCorrection[]
  newCustomers: NewCustomer[]
  openEstimates: OpenEstimate[]
  overdue: OverdueInvoice[]
  complaints: ComplaintFigures
  company: CompanyProfile
  currency: string
  /** The language the report is written in (the user's, or the one chosen at export). */
  language: Language
  /** The locale of its words (month names) and the region its dates and numbers follow. */
  locale: string
  region: RegionFormat
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
      conversionRate: r.conversionRate,
      estimatesAccepted: r.estimatesAccepted,
      estimatesDecided: r.estimatesAccepted + r.estimatesDeclined,
      cohortConversion: r.cohortConversion,
      cohortAccepted: r.cohortAccepted,
      cohortSent: r.cohortSent
    }))
}

interface Listed {
  id: number
  number: string | null
  currency: string
  rate: string | null
  issueDate: string
}

/** Each listed document with `amount` in the accounting currency, without the query's id and rate. */
async function inAccounting<T extends Listed>(
  converter: Converter,
  rows: T[],
  amount: (row: T) => number
): Promise<Array<Omit<T, 'id' | 'rate'> & { converted: number | null }>> {
  const out: Array<Omit<T, 'id' | 'rate'> & { converted: number | null }> = []
  for (const row of rows) {
    const converted = await converter.centsOrNull({
      day: row.issueDate,
      cents: amount(row),
      currency: row.currency,
      rate: row.rate,
      number: row.number
    })
    const { id: _id, rate: _rate, ...rest } = row
    out.push({ ...rest, converted })
  }
  return out
}

async function weekInvoices(
  db: Executor,
  converter: Converter,
  start: string,
  end: string
): Promise<WeekInvoice[]> {
  const { rows } = await sql<Omit<WeekInvoice, 'netInAccountingCents'> & { id: number; rate: string | null }>`
    select d.id as id, d.number as number, d.issue_date as issueDate, d.customer_code as customerCode,
      d.customer_name as customerName, coalesce(e.name, '') as executive, d.currency as currency, x.rate as rate,
      d.net_cents as netCents, d.total_cents as totalCents
    from documents d left join sales_executives e on e.id = d.executive_id ${frozenRateJoin(converter.accounting)}
    where d.type = 'invoice' and d.status = 'issued' and d.issue_date >= ${start} and d.issue_date <= ${end}
    order by d.issue_date, d.number`.execute(db)
  return (await inAccounting(converter, rows, (r) => r.netCents)).map(({ converted, ...r }) => ({
    ...r,
    netInAccountingCents: converted
  }))
}

async function weekCorrections(
  db: Executor,
  converter: Converter,
  start: string,
  end: string
): Promise<WeekCorrection[]> {
  const { rows } = await sql<
    Omit<WeekCorrection, 'netInAccountingCents'> & { id: number; rate: string | null }
  >`
    select d.id as id, d.number as number, d.issue_date as issueDate,
      case when d.type = 'credit_note' then 'credit_note' else coalesce(d.debit_kind, 'price_correction') end as kind,
      i.number as invoiceNumber, i.issue_date as invoiceDate, d.customer_code as customerCode,
      d.customer_name as customerName, coalesce(e.name, '') as executive, d.currency as currency, x.rate as rate,
      case d.type when 'credit_note' then -d.net_cents else d.net_cents end as netCents
    from documents d join documents i on i.id = d.corrects_id left join sales_executives e on e.id = i.executive_id
      ${frozenRateJoin(converter.accounting)}
    where d.type in ('credit_note', 'debit_note') and d.status = 'issued' and d.issue_date >= ${start} and d.issue_date <= ${end}
    order by d.issue_date, d.number`.execute(db)
  return (await inAccounting(converter, rows, (r) => r.netCents)).map(({ converted, ...r }) => ({
    ...r,
    netInAccountingCents: converted
  }))
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

async function openEstimates(db: Executor, converter: Converter, end: string): Promise<OpenEstimate[]> {
  const { rows } = await sql<
    Omit<OpenEstimate, 'netInAccountingCents'> & { id: number; rate: string | null }
  >`
    select d.id as id, d.number as number, d.issue_date as issueDate, d.valid_until as validUntil,
      d.customer_name as customerName, coalesce(e.name, '') as executive, d.currency as currency, x.rate as rate,
      d.net_cents as netCents
    from documents d left join sales_executives e on e.id = d.executive_id ${frozenRateJoin(converter.accounting)}
    where d.type = 'estimate' and d.status <> 'draft' and d.issue_date <= ${end} and d.issue_date >= ${addDaysIso(end, -400)}
      and d.valid_until >= ${end}
      and not exists (select 1 from activity_log a where a.entity = 'document' and a.entity_id = d.id
        and a.action in ('accept', 'decline') and a.at < ${addDaysIso(end, 1)})
    order by d.net_cents desc, d.number`.execute(db)
  const listed = await inAccounting(converter, rows, (r) => r.netCents)
  return listed
    .map(({ converted, ...r }) => ({ ...r, netInAccountingCents: converted }))
    .sort(
      (a, b) =>
        (b.netInAccountingCents ?? 0) - (a.netInAccountingCents ?? 0) || a.number.localeCompare(b.number)
    )
}

/** Open invoices and debit notes due before `end` and still open at its end (the payments area's ledger as of then). */
async function overdueInvoices(db: Executor, converter: Converter, end: string): Promise<OverdueInvoice[]> {
  const { rows } = await overdueAsOf(db, end, {
    search: '',
    customerId: null,
    offset: 0,
    limit: 1_000_000_000
  })
  const { rows: extra } = await sql<{ id: number; executive: string; rate: string | null }>`
    select d.id as id, coalesce(e.name, '') as executive, x.rate as rate
    from documents d left join sales_executives e on e.id = d.executive_id ${frozenRateJoin(converter.accounting)}
    where d.id in (select value from json_each(${JSON.stringify(rows.map((r) => r.documentId))}))`.execute(db)
  const byId = new Map(extra.map((r) => [r.id, r]))
  const listed = await inAccounting(
    converter,
    rows.map((r) => ({ ...r, id: r.documentId, rate: byId.get(r.documentId)?.rate ?? null })),
    (r) => r.openCents
  )
  return listed.map((r) => ({
    number: r.number,
    issueDate: r.issueDate,
    dueDate: r.dueDate,
    daysOverdue: r.daysOverdue,
    customerCode: r.customerCode,
    customerName: r.customerName,
    executive: byId.get(r.documentId)?.executive ?? '',
    totalCents: r.totalCents,
    creditedCents: r.creditedCents,
    paidCents: r.paidCents,
    openCents: r.openCents,
    currency: r.currency,
    openInAccountingCents: r.converted
  }))
}

/** Everything the report shows, in `language` (the company's print language when none is given). */
export async function weeklyReportData(
  db: Executor,
  week: string,
  language?: Language
): Promise<WeeklyReportData> {
  const { start, end } = isoWeekRange(week)
  const [settings, region] = await Promise.all([readSettings(db), readRegionFormat(db)])
  const reportLanguage = language ?? languageOfLocale(settings.documents.printLocale)
  const converter = new Converter(db, settings.documents.accountingCurrency)
  const [figures, trend, invoices, corrections, customers, estimates, overdue, complaints] =
    await Promise.all([
      weeklyFigures(db, week),
      revenueTrend(db, week),
      weekInvoices(db, converter, start, end),
      weekCorrections(db, converter, start, end),
      newCustomers(db, start, end),
      openEstimates(db, converter, end),
      overdueInvoices(db, converter, end),
      complaintFigures(db, start, end)
    ])
  return {
    figures,
    trend,
    topPerformers: topPerformers(figures),
    invoices,
    corrections,
    newCustomers: customers,
    openEstimates: estimates,
    overdue,
    complaints,
    company: settings.company,
    currency: settings.documents.accountingCurrency,
    language: reportLanguage,
    locale: localeForLanguage(reportLanguage, settings.documents.printLocale),
    region
  }
}
