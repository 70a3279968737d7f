/**
 * What customers owe: the receivables table (kept by the store's triggers) turned into
 * receivable items with their derived payment status, the customer's account (balance,
 * credit, reliability), the overdue list and the aged receivables in buckets.
 */
import { sql } from 'kysely'
import type { Page } from '../../shared/schemas/common'
import type {
  AgedAmounts,
  AgedBucket,
  AgedReport,
  AgedRow,
  CustomerAccount,
  DocumentPayments,
  InvoicePaymentStatus,
  OverdueQuery,
  OverdueRow,
  PaymentReliability,
  ReceivableItem
} from '../../shared/schemas/payments'
import { foldForSearch, searchWords } from '../../shared/text'
import type { Executor, ServiceContext } from '../context'
import { notFound } from '../db/errors'
import { matchesAllWords } from '../db/search'
import { today } from '../documents/common'
import { readSettings } from '../settings/service'
import { readPaymentSetup } from './setup'

const DAY_MS = 86_400_000

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

export function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

export function paymentStatusOf(r: { openCents: number; paidCents: number }): InvoicePaymentStatus {
  if (r.openCents <= 0) return 'paid'
  return r.paidCents > 0 ? 'partially_paid' : 'unpaid'
}

export interface ReceivableRecord {
  documentId: number
  type: string
  number: string | null
  customerId: number
  issueDate: string
  dueDate: string
  totalCents: number
  creditedCents: number
  paidCents: number
  openCents: number
}

export function toItem(r: ReceivableRecord, asOf: string): ReceivableItem {
  const overdue = r.openCents > 0 && r.dueDate < asOf
  return {
    documentId: r.documentId,
    type: r.type === 'debit_note' ? 'debit_note' : 'invoice',
    number: r.number ?? '',
    customerId: r.customerId,
    issueDate: r.issueDate,
    dueDate: r.dueDate,
    totalCents: r.totalCents,
    creditedCents: r.creditedCents,
    paidCents: r.paidCents,
    openCents: r.openCents,
    status: paymentStatusOf(r),
    overdue,
    daysOverdue: overdue ? daysBetween(r.dueDate, asOf) : 0
  }
}

function receivableSelect(db: Executor) {
  return db
    .selectFrom('receivables as r')
    .innerJoin('documents as d', 'd.id', 'r.documentId')
    .select([
      'r.documentId',
      'd.type',
      'd.number',
      'r.customerId',
      'r.issueDate',
      'r.dueDate',
      'r.totalCents',
      'r.creditedCents',
      'r.paidCents',
      'r.openCents'
    ])
}

export async function receivableItem(
  db: Executor,
  documentId: number,
  asOf: string
): Promise<ReceivableItem | null> {
  const row = await receivableSelect(db).where('r.documentId', '=', documentId).executeTakeFirst()
  return row ? toItem(row, asOf) : null
}

/** Open items of a customer, oldest due first (what a payment without allocations pays). */
export async function openItems(db: Executor, customerId: number, asOf: string): Promise<ReceivableItem[]> {
  const rows = await receivableSelect(db)
    .where('r.customerId', '=', customerId)
    .where('r.openCents', '>', 0)
    .orderBy('r.dueDate')
    .orderBy('r.documentId')
    .execute()
  return rows.map((r) => toItem(r, asOf))
}

/** Received payments not (fully) allocated: the customer's credit. */
export async function unallocatedPayments(db: Executor, customerId: number) {
  return db
    .selectFrom('payments')
    .select(['id', 'amountCents', 'allocatedCents', 'paymentDate'])
    .where('customerId', '=', customerId)
    .where('status', '=', 'received')
    .where(sql<boolean>`allocated_cents < amount_cents`)
    .orderBy('paymentDate')
    .orderBy('id')
    .execute()
}

export async function creditOf(db: Executor, customerId: number): Promise<number> {
  const rows = await unallocatedPayments(db, customerId)
  return rows.reduce((sum, p) => sum + p.amountCents - p.allocatedCents, 0)
}

/** Over the last 12 months: returns, and how late the documents due in that time were paid (or still are); older documents still open count too. */
export async function paymentReliability(
  db: Executor,
  customerId: number,
  asOf: string
): Promise<PaymentReliability> {
  const from = addDaysIso(asOf, -365)
  const [{ returns }] = await db
    .selectFrom('paymentReturns as t')
    .innerJoin('payments as p', 'p.id', 't.paymentId')
    .select((eb) => eb.fn.countAll<number>().as('returns'))
    .where('p.customerId', '=', customerId)
    .where('t.returnDate', '>=', from)
    .where('t.returnDate', '<=', asOf)
    .execute()
  const items = await db
    .selectFrom('receivables as r')
    .select([
      'r.documentId',
      'r.dueDate',
      'r.openCents',
      (eb) =>
        eb
          .selectFrom('paymentAllocations as a')
          .innerJoin('payments as p', 'p.id', 'a.paymentId')
          .select((e) => e.fn.max('a.allocatedOn').as('last'))
          .whereRef('a.documentId', '=', 'r.documentId')
          .where('p.status', '=', 'received')
          .as('lastPaidOn')
    ])
    .where('r.customerId', '=', customerId)
    .where('r.dueDate', '<', asOf)
    // Due in the last 12 months, or due earlier and still not paid (that lateness is current).
    .where((eb) => eb.or([eb('r.dueDate', '>=', from), eb('r.openCents', '>', 0)]))
    .execute()
  let late = 0
  let totalDays = 0
  let maxDays = 0
  for (const item of items) {
    const settledOn = item.openCents > 0 ? asOf : (item.lastPaidOn ?? item.dueDate)
    const days = Math.max(0, daysBetween(item.dueDate, settledOn))
    if (days > 0) late++
    totalDays += days
    maxDays = Math.max(maxDays, days)
  }
  const averageDaysLate = items.length === 0 ? 0 : Math.round(totalDays / items.length)
  const count = returns
  const rating =
    items.length === 0 && count === 0
      ? 'no_history'
      : count >= 2 || averageDaysLate > 30
        ? 'poor'
        : count === 1 || averageDaysLate > 7
          ? 'fair'
          : 'good'
  return {
    rating,
    returns: count,
    itemsDue: items.length,
    paidLate: late,
    averageDaysLate,
    maxDaysLate: maxDays
  }
}

export async function customerAccount(
  ctx: ServiceContext,
  customerId: number,
  asOfInput?: string
): Promise<CustomerAccount> {
  const db = ctx.db
  const asOf = asOfInput ?? today(ctx)
  const customer = await db
    .selectFrom('customers')
    .select(['id', 'code', 'name'])
    .where('id', '=', customerId)
    .executeTakeFirst()
  if (!customer) throw notFound('customer', customerId)
  const rows = await receivableSelect(db)
    .where('r.customerId', '=', customerId)
    .orderBy('r.dueDate', 'desc')
    .orderBy('r.documentId', 'desc')
    .execute()
  const items = rows.map((r) => toItem(r, asOf))
  const creditCents = await creditOf(db, customerId)
  const openCents = items.reduce((sum, i) => sum + Math.max(0, i.openCents), 0)
  const overSettledCents = items.reduce((sum, i) => sum + Math.max(0, -i.openCents), 0)
  const [{ investigations }] = await db
    .selectFrom('paymentInvestigations')
    .select((eb) => eb.fn.countAll<number>().as('investigations'))
    .where('customerId', '=', customerId)
    .where('status', 'in', ['open', 'contacted'])
    .execute()
  const settings = await readSettings(db)
  return {
    customerId,
    customerCode: customer.code,
    customerName: customer.name,
    currency: settings.documents.defaultCurrency,
    balanceCents: items.reduce((sum, i) => sum + i.openCents, 0) - creditCents,
    creditCents,
    overSettledCents,
    openCents,
    overdueCents: items.reduce((sum, i) => sum + (i.overdue ? i.openCents : 0), 0),
    items,
    reliability: await paymentReliability(db, customerId, asOf),
    setup: await readPaymentSetup(db, customerId),
    openInvestigations: investigations
  }
}

export async function documentPayments(ctx: ServiceContext, documentId: number): Promise<DocumentPayments> {
  const item = await receivableItem(ctx.db, documentId, today(ctx))
  if (!item) {
    const exists = await ctx.db
      .selectFrom('documents')
      .select('id')
      .where('id', '=', documentId)
      .executeTakeFirst()
    if (!exists) throw notFound('document', documentId)
    return { item: null, payments: [] }
  }
  const rows = await ctx.db
    .selectFrom('paymentAllocations as a')
    .innerJoin('payments as p', 'p.id', 'a.paymentId')
    .select((eb) => [
      'p.id as paymentId',
      'p.paymentDate',
      'p.method',
      'p.reference',
      'p.status',
      eb.fn.sum<number>('a.amountCents').as('amountCents')
    ])
    .where('a.documentId', '=', documentId)
    .groupBy('p.id')
    .orderBy('p.paymentDate')
    .orderBy('p.id')
    .execute()
  return {
    item,
    payments: rows.map((r) => ({ ...r, amountCents: r.amountCents })).filter((r) => r.amountCents !== 0)
  }
}

export async function overdueList(
  ctx: ServiceContext,
  query: Required<OverdueQuery>
): Promise<Page<OverdueRow>> {
  return overdueAsOf(ctx.db, query.asOf ?? today(ctx), query)
}

/** Open invoices and debit notes due before `asOf`, oldest due first (also read by the weekly report). */
export async function overdueAsOf(
  db: Executor,
  asOf: string,
  query: { search: string; customerId: number | null; offset: number; limit: number }
): Promise<Page<OverdueRow>> {
  let base = db
    .selectFrom('receivables as r')
    .innerJoin('documents as d', 'd.id', 'r.documentId')
    .where('r.openCents', '>', 0)
    .where('r.dueDate', '<', asOf)
  for (const condition of matchesAllWords('d.search_text', query.search)) base = base.where(condition)
  if (query.customerId !== null) base = base.where('r.customerId', '=', query.customerId)
  const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()
  const rows = await base
    .select([
      'r.documentId',
      'd.type',
      'd.number',
      'r.customerId',
      'r.issueDate',
      'r.dueDate',
      'r.totalCents',
      'r.creditedCents',
      'r.paidCents',
      'r.openCents',
      'd.customerCode',
      'd.customerName'
    ])
    .orderBy('r.dueDate')
    .orderBy('r.documentId')
    .offset(query.offset)
    .limit(query.limit)
    .execute()
  return {
    total,
    rows: rows.map((r) => ({
      ...toItem(r, asOf),
      customerCode: r.customerCode,
      customerName: r.customerName
    }))
  }
}

export function bucketOf(daysPastDue: number): AgedBucket {
  if (daysPastDue <= 0) return 'current'
  if (daysPastDue <= 30) return 'days1to30'
  if (daysPastDue <= 60) return 'days31to60'
  if (daysPastDue <= 90) return 'days61to90'
  return 'over90'
}

const emptyAmounts = (): AgedAmounts => ({
  current: 0,
  days1to30: 0,
  days31to60: 0,
  days61to90: 0,
  over90: 0
})

/**
 * Aged receivables per customer: what is open on each invoice and debit note, in buckets by
 * days past its due date on `asOf`; unallocated payments and over-settled documents are the
 * customer's credit, shown apart. Reads only open rows (partial indexes), so it stays fast
 * however long the history is.
 */
export async function agedReceivables(db: Executor, asOf: string): Promise<Omit<AgedReport, 'total'>> {
  // Both reads use partial indexes (open receivables, payments with money left unallocated).
  const open = (
    await sql<{ customerId: number; dueDate: string; openCents: number; code: string; name: string }>`
    select r.customer_id as "customerId", r.due_date as "dueDate", r.open_cents as "openCents", c.code, c.name
    from receivables r join customers c on c.id = r.customer_id where r.open_cents <> 0`.execute(db)
  ).rows
  const credit = (
    await sql<{ customerId: number; creditCents: number; code: string; name: string }>`
    select p.customer_id as "customerId", sum(p.amount_cents - p.allocated_cents) as "creditCents", c.code, c.name
    from payments p join customers c on c.id = p.customer_id
    where p.status = 'received' and p.allocated_cents < p.amount_cents group by p.customer_id`.execute(db)
  ).rows
  const byCustomer = new Map<number, AgedRow>()
  const rowFor = (customerId: number, code: string, name: string) => {
    let row = byCustomer.get(customerId)
    if (!row) {
      row = {
        customerId,
        customerCode: code,
        customerName: name,
        ...emptyAmounts(),
        totalCents: 0,
        creditCents: 0
      }
      byCustomer.set(customerId, row)
    }
    return row
  }
  const asOfMs = Date.parse(`${asOf}T00:00:00Z`)
  const dueMs = new Map<string, number>()
  for (const item of open) {
    const row = rowFor(item.customerId, item.code, item.name)
    if (item.openCents < 0) {
      row.creditCents += -item.openCents
      continue
    }
    let due = dueMs.get(item.dueDate)
    if (due === undefined) {
      due = Date.parse(`${item.dueDate}T00:00:00Z`)
      dueMs.set(item.dueDate, due)
    }
    row[bucketOf(Math.round((asOfMs - due) / DAY_MS))] += item.openCents
    row.totalCents += item.openCents
  }
  for (const c of credit) rowFor(c.customerId, c.code, c.name).creditCents += c.creditCents
  const rows = [...byCustomer.values()].sort(
    (a, b) =>
      b.totalCents - a.totalCents ||
      (a.customerCode < b.customerCode ? -1 : a.customerCode > b.customerCode ? 1 : 0)
  )
  const totals = { ...emptyAmounts(), totalCents: 0, creditCents: 0 }
  for (const row of rows) {
    for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += row[key]
  }
  return { asOf, rows, totals }
}

export async function agedReport(
  ctx: ServiceContext,
  query: { asOf: string | null; search: string; offset: number; limit: number }
): Promise<AgedReport> {
  const report = await agedReceivables(ctx.db, query.asOf ?? today(ctx))
  const words = searchWords(query.search)
  const rows =
    words.length === 0
      ? report.rows
      : report.rows.filter((r) => {
          const text = foldForSearch(`${r.customerCode} ${r.customerName}`)
          return words.every((w) => text.includes(w))
        })
  return {
    asOf: report.asOf,
    totals: report.totals,
    total: rows.length,
    rows: rows.slice(query.offset, query.offset + query.limit)
  }
}
