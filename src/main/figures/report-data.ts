/**
 * Everything the weekly report shows, read once and shared by the Excel and PDF builders:
 * the figures, the 12-week trend, top performers and the week's lists (invoices, new
 * customers, open estimates, overdue invoices).
 *
 * Overdue receivables come from the payments area's ledger as of the week's end (invoices, debit
 * notes and opening balances still open at the end of that day and due before it: payments,
 * returns and credit notes dated later do not count) and are shown per customer and currency:
 * management reads who owes how much and since when; the invoices one by one are in the aged
 * receivables export, which the report names.
 */
import { sql } from 'kysely'
import { addDaysIso, isoWeekRange, isoWeeksEndingWith } from '../../shared/iso-week'
import type { TopPerformer, TrendPoint, WeeklyFigures } from '../../shared/schemas/figures'
import type { Executor } from '../context'
import { overdueAsOf } from '../payments/receivables'
import { isOpeningItem } from '../payments/opening-balances'
import { rateOn } from '../rates/service'
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

/**
 * What one customer owed overdue in one currency at the end of the week: the invoices, debit
 * notes and opening balances due before that day and still open then, added up.
 */
export interface OverdueCustomer {
  customerCode: string
  customerName: string
  /** The customer's sales executive. */
  executive: string
  currency: string
  /** How many items (invoices, debit notes, opening balances) are overdue. */
  count: number
  oldestDueDate: string
  /** Days the oldest item is overdue at the week's end. */
  daysOverdue: number
  /** Still owed, in `currency`. */
  openCents: number
  /**
   * Still owed in the accounting currency: each item converted on its own at its frozen rate and
   * rounded before adding (null when an item has no rate at all).
   */
  openInAccountingCents: number | null
}

/** The customers after the listed ones, added up per currency. */
export interface OverdueOthers extends Omit<OverdueCustomer, 'customerCode' | 'customerName' | 'executive'> {
  customers: number
}

/**
 * The overdue section: the customers owing most (in the accounting currency) listed one by one,
 * a customer's currencies together; the rest added up per currency; every customer and item
 * counted in the totals.
 */
export interface OverdueSection {
  listed: OverdueCustomer[]
  others: OverdueOthers[]
  /** Customers with anything overdue, listed or not. */
  customers: number
  /** Items overdue, listed or not. */
  count: number
  /** Everything overdue in the accounting currency (an item without any rate left out: its row shows none). */
  openInAccountingCents: number
}

/** How many customers the report lists one by one (the whole list is the aged receivables export). */
export const OVERDUE_CUSTOMERS_LISTED = 50

export interface WeeklyReportData {
  figures: WeeklyFigures
  trend: TrendPoint[]
  topPerformers: TopPerformer[]
  invoices: WeekInvoice[]
  corrections: WeekCorrection[]
  newCustomers: NewCustomer[]
  openEstimates: OpenEstimate[]
  overdue: OverdueSection
  complaints: ComplaintFigures
  company: CompanyProfile
  currency: string
  /** The company's paper (Settings → Documents), as the documents and the day sheet print on. */
  paper: 'A4' | 'Letter'
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

/**
 * Customers created in the week (prospects on the desk aside), and prospects whose first order
 * came in the week. Two index searches joined by UNION: written with OR, SQLite read all 100 000
 * customers of the large demo (13 ms of CPU for 385 rows).
 */
async function newCustomers(db: Executor, start: string, end: string): Promise<NewCustomer[]> {
  const rows =
    await sql<NewCustomer>`select c.code as code, c.name as name, c.billing_city as city, c.billing_country as country,
      coalesce(e.name, '') as executive, c.created_at as createdAt
    from customers c left join sales_executives e on e.id = c.executive_id
    where c.id in (
      select n.id from customers n where n.created_at >= ${start} and n.created_at < ${addDaysIso(end, 1)}
        and not exists (select 1 from prospects p where p.customer_id = n.id)
      union select p.customer_id from prospects p
      where p.converted_at >= ${start} and p.converted_at < ${addDaysIso(end, 1)})
    order by c.created_at, c.code`.execute(db)
  return rows.rows
}

/** The estimates open at the week's end, as `pipelineAt` counts them (and found as it finds them). */
async function openEstimates(db: Executor, converter: Converter, end: string): Promise<OpenEstimate[]> {
  const { rows } = await sql<
    Omit<OpenEstimate, 'netInAccountingCents'> & { id: number; rate: string | null }
  >`
    select d.id as id, d.number as number, d.issue_date as issueDate, d.valid_until as validUntil,
      d.customer_name as customerName, coalesce(e.name, '') as executive, d.currency as currency, x.rate as rate,
      d.net_cents as netCents
    from documents d indexed by documents_estimates_valid_until left join sales_executives e on e.id = d.executive_id
      ${frozenRateJoin(converter.accounting)}
    where d.type = 'estimate' and d.status <> 'draft' and d.issue_date <= ${end} and d.issue_date >= ${addDaysIso(end, -400)}
      and d.valid_until >= ${end}
      and not exists (select 1 from activity_log a where a.entity = 'document' and a.entity_id = d.id
        and +a.action in ('accept', 'decline') and +a.at < ${addDaysIso(end, 1)})
    order by d.net_cents desc, d.number`.execute(db)
  const listed = await inAccounting(converter, rows, (r) => r.netCents)
  return listed
    .map(({ converted, ...r }) => ({ ...r, netInAccountingCents: converted }))
    .sort(
      (a, b) =>
        (b.netInAccountingCents ?? 0) - (a.netInAccountingCents ?? 0) || a.number.localeCompare(b.number)
    )
}

/**
 * The rate an opening balance is converted at: none was frozen (it was issued in the previous
 * system), so the rates table's rate on its issue date, as for a document issued before its
 * currency had a rate; an opening balance older than the table's first rate takes the rate in
 * force at the week's end (what it is worth on the report's day), which the report states.
 */
async function openingBalanceRate(
  db: Executor,
  accounting: string,
  item: { currency: string; issueDate: string },
  end: string
): Promise<string | null> {
  if (item.currency === accounting) return null
  const rate =
    (await rateOn(db, item.currency, accounting, item.issueDate)) ??
    (await rateOn(db, item.currency, accounting, end))
  return rate?.rate ?? null
}

/** One overdue item as the section adds it up (a ledger row with its amount in the accounting currency). */
export interface OverdueItem {
  customerId: number
  customerCode: string
  customerName: string
  currency: string
  dueDate: string
  daysOverdue: number
  openCents: number
  openInAccountingCents: number | null
}

type Group = Omit<OverdueCustomer, 'customerCode' | 'customerName' | 'executive'>

/** Adds `b` to the group `into` of the same currency (the oldest due date of both), in place. */
function addTo(into: Group, b: Omit<Group, 'currency'>): void {
  if (b.oldestDueDate < into.oldestDueDate) {
    into.oldestDueDate = b.oldestDueDate
    into.daysOverdue = b.daysOverdue
  }
  into.count += b.count
  into.openCents += b.openCents
  into.openInAccountingCents =
    into.openInAccountingCents === null || b.openInAccountingCents === null
      ? null
      : into.openInAccountingCents + b.openInAccountingCents
}

const byCurrency = (a: { currency: string }, b: { currency: string }) =>
  a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0

/**
 * Overdue items added up per customer and currency; the `listed` customers owing most in the
 * accounting currency one by one (ties by customer number), the others per currency.
 * `executivesOf` names the sales executives of the listed customers (only theirs are read: on the
 * large demo's last week the executives of all 8 400 customers overdue took 24 ms of CPU). The sums
 * are kept in place, a customer's currencies in a list (one or two): a map per customer and a new
 * object per item took twice the time.
 */
export async function overdueByCustomer(
  items: OverdueItem[],
  executivesOf: (customerIds: number[]) => Promise<Map<number, string>>,
  listed = OVERDUE_CUSTOMERS_LISTED
): Promise<OverdueSection> {
  const customers = new Map<number, { id: number; first: OverdueItem; total: number; groups: Group[] }>()
  for (const item of items) {
    let customer = customers.get(item.customerId)
    if (customer === undefined) {
      customer = { id: item.customerId, first: item, total: 0, groups: [] }
      customers.set(item.customerId, customer)
    }
    customer.total += item.openInAccountingCents ?? 0
    const one = {
      count: 1,
      oldestDueDate: item.dueDate,
      daysOverdue: item.daysOverdue,
      openCents: item.openCents,
      openInAccountingCents: item.openInAccountingCents
    }
    const group = customer.groups.find((g) => g.currency === item.currency)
    if (group === undefined) customer.groups.push({ currency: item.currency, ...one })
    else addTo(group, one)
  }
  const ranked = [...customers.values()].sort(
    (a, b) => b.total - a.total || a.first.customerCode.localeCompare(b.first.customerCode) || a.id - b.id
  )
  const executives = await executivesOf(ranked.slice(0, listed).map((c) => c.id))
  const others = new Map<string, OverdueOthers>()
  for (const customer of ranked.slice(listed))
    for (const group of customer.groups) {
      const sum = others.get(group.currency)
      if (sum === undefined) others.set(group.currency, { ...group, customers: 1 })
      else {
        addTo(sum, group)
        sum.customers++
      }
    }
  return {
    listed: ranked.slice(0, listed).flatMap((customer) =>
      [...customer.groups].sort(byCurrency).map((group) => ({
        customerCode: customer.first.customerCode,
        customerName: customer.first.customerName,
        executive: executives.get(customer.id) ?? '',
        ...group
      }))
    ),
    others: [...others.values()].sort(byCurrency),
    customers: customers.size,
    count: items.length,
    openInAccountingCents: items.reduce((s, i) => s + (i.openInAccountingCents ?? 0), 0)
  }
}

/**
 * Receivables due before `end` and still open at its end (the payments area's ledger as of then),
 * each converted to the accounting currency on its own, then added up per customer and currency.
 */
async function overdueSection(db: Executor, converter: Converter, end: string): Promise<OverdueSection> {
  const { rows } = await overdueAsOf(db, end, {
    search: '',
    customerId: null,
    offset: 0,
    limit: 1_000_000_000
  })
  // Frozen rates only for the documents in another currency (an amount in the accounting currency
  // needs none): on the large demo, all in euros, this read 12 600 ids through json_each for nothing.
  const foreign = rows.filter((r) => r.currency !== converter.accounting && !isOpeningItem(r.documentId))
  const { rows: rates } =
    foreign.length === 0
      ? { rows: [] }
      : await sql<{ id: number; rate: string | null }>`
    select d.id as id, x.rate as rate
    from documents d ${frozenRateJoin(converter.accounting)}
    where d.id in (select value from json_each(${JSON.stringify(foreign.map((r) => r.documentId))}))`.execute(
          db
        )
  const rateOf = new Map(rates.map((r) => [r.id, r.rate]))
  const items: OverdueItem[] = []
  for (const r of rows) {
    // An amount in the accounting currency is itself (no rate, nothing awaited: 12 600 items).
    const inAccounting = r.currency === converter.accounting
    const rate = inAccounting
      ? null
      : isOpeningItem(r.documentId)
        ? await openingBalanceRate(db, converter.accounting, r, end)
        : (rateOf.get(r.documentId) ?? null)
    items.push({
      customerId: r.customerId,
      customerCode: r.customerCode,
      customerName: r.customerName,
      currency: r.currency,
      dueDate: r.dueDate,
      daysOverdue: r.daysOverdue,
      openCents: r.openCents,
      openInAccountingCents: inAccounting
        ? r.openCents
        : await converter.centsOrNull({
            day: r.issueDate,
            cents: r.openCents,
            currency: r.currency,
            rate,
            number: r.number
          })
    })
  }
  return overdueByCustomer(items, async (ids) => {
    const { rows } = await sql<{ id: number; executive: string }>`
      select c.id as id, coalesce(e.name, '') as executive
      from customers c left join sales_executives e on e.id = c.executive_id
      where c.id in (select value from json_each(${JSON.stringify(ids)}))`.execute(db)
    return new Map(rows.map((e) => [e.id, e.executive]))
  })
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
      overdueSection(db, converter, end),
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
    paper: settings.documents.paperSize,
    language: reportLanguage,
    locale: localeForLanguage(reportLanguage, settings.documents.printLocale),
    region
  }
}
