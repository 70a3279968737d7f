/**
 * What customers owe: the receivables table (kept by the store's triggers) turned into
 * receivable items with their derived payment status, the customer's account (balances,
 * credit, reliability), the overdue list and the aged receivables in buckets. Amounts in
 * different currencies are never added: every balance and total is per currency.
 *
 * As of a past date means what was open at the end of that day: documents issued on or before
 * it, less credit notes issued and allocations made on or before it, except those of payments
 * returned by then (the ledger read). For today or later the receivables table already says so.
 */
import { sql } from 'kysely'
import { agedBuckets } from '../../shared/schemas/receivables'
import { addDaysIso, daysBetween } from '../../shared/iso-week'
import type {
  CurrencyBalance,
  CustomerAccount,
  DocumentPayments,
  InvoicePaymentStatus,
  PaymentReliability,
  ReceivableItem
} from '../../shared/schemas/payments'
import type {
  AgedAmounts,
  AgedBucket,
  AgedReport,
  AgedRow,
  AgedTotals,
  CurrencyTotal,
  OverduePage,
  OverdueQuery
} from '../../shared/schemas/receivables'
import { foldForSearch, searchWords } from '../../shared/text'
import type { Executor, ServiceContext } from '../context'
import { notFound } from '../db/errors'
import { customerById } from '../customers/references'
import { matchesAllWords } from '../db/search'
import { today } from '../documents/common'
import { readSettings } from '../settings/service'
import { openingLedgerAsOf, openingRecords, type OpeningRecord } from './opening-balances'
import { readPaymentSetup } from './setup'

const DAY_MS = 86_400_000

export function paymentStatusOf(r: { openCents: number; paidCents: number }): InvoicePaymentStatus {
  if (r.openCents <= 0) return 'paid'
  return r.paidCents > 0 ? 'partially_paid' : 'unpaid'
}

/**
 * A receivable as the receivables table (and an opening balance) holds it: the shared
 * `ReceivableItem` before `toItem` reads the document's type and number for the screens and works
 * out, as of a date, its status and the days it is overdue.
 */
export type ReceivableRecord = Omit<
  ReceivableItem,
  'type' | 'number' | 'status' | 'overdue' | 'daysOverdue'
> & {
  type: string
  number: string | null
}

export function toItem(r: ReceivableRecord, asOf: string): ReceivableItem {
  const overdue = r.openCents > 0 && r.dueDate < asOf
  return {
    documentId: r.documentId,
    type: r.type === 'debit_note' || r.type === 'opening_balance' ? r.type : 'invoice',
    number: r.number ?? '',
    customerId: r.customerId,
    currency: r.currency,
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

/** A `ReceivableRecord`'s columns from the receivables table (`r`) and its document (`d`). */
const receivableColumns = [
  'r.documentId',
  'd.type',
  'd.number',
  'r.customerId',
  'd.currency',
  'r.issueDate',
  'r.dueDate',
  'r.totalCents',
  'r.creditedCents',
  'r.paidCents',
  'r.openCents'
] as const

function receivableSelect(db: Executor) {
  return db
    .selectFrom('receivables as r')
    .innerJoin('documents as d', 'd.id', 'r.documentId')
    .select(receivableColumns)
}

/** A receivable with its customer's code and name as the document carries them. */
export interface LedgerRecord extends ReceivableRecord {
  customerCode: string
  customerName: string
}

/**
 * Every invoice and debit note open (or over-settled) at the end of `asOf`, as it stood then: from
 * the history itself (documents, credit notes, allocations and returns by their dates), optionally
 * for one customer. What is receivable is the amount due (total less prepaid, BT-115) and a credit
 * note takes off its own amount due, never more than the invoice's amount due in all; notes that
 * together credit the invoice's whole total take all of it (rounding included): the model of the
 * store's triggers (migrations 0036_money, 0043_money).
 */
export async function ledgerAsOf(
  db: Executor,
  asOf: string,
  filter: { customerId?: number | null } = {}
): Promise<LedgerRecord[]> {
  const customer = filter.customerId == null ? sql`` : sql`and d.customer_id = ${filter.customerId}`
  const columns = sql`d.id as "documentId", d.type, d.number, d.customer_id as "customerId", d.currency,
    d.issue_date as "issueDate", coalesce(d.due_date, d.issue_date) as "dueDate", d.payable_cents as "totalCents",
    d.customer_code as "customerCode", d.customer_name as "customerName"`
  // Unary + keeps these terms off the indexes: the documents are found by id (or customer). On a
  // file without planner statistics (a user's), SQLite otherwise read every invoice issued by then
  // through documents_type_issue_date to probe the ids, and for each credited amount every credit
  // note issued by then instead of the invoice's own through documents_corrects: minutes.
  const issuedBy = sql`+d.type in ('invoice', 'debit_note') and +d.status = 'issued' and +d.issue_date <= ${asOf} ${customer}`
  // Only documents that can have been open then are read: those open now, and those something
  // happened to after that day (a credit note or allocation dated later, or an allocation of a
  // returned payment: a return is its row and the payment's status, written together). Any other
  // one stands now as it stood then: the receivables table adds up the same credit notes and
  // allocations, less returned payments, by trigger (the same rules: migrations 0036_money,
  // 0043_money). So a settled one was settled then, and one open now owed then what it owes now:
  // its credited and paid amounts are read from the table. Only the documents found changed after
  // that day are summed from the history (on the large demo's last week 3 000 of 13 500), each sum
  // once: the open filter is applied below, as SQLite evaluated the sums again for a filter on them.
  const changed = sql`select c.corrects_id from documents c
      where c.type = 'credit_note' and c.status = 'issued' and c.issue_date > ${asOf}
    union select a.document_id from payment_allocations a where a.allocated_on > ${asOf}
    union select a.document_id from payment_returns t join payment_allocations a on a.payment_id = t.payment_id`
  const { rows } = await sql<Omit<LedgerRecord, 'openCents'>>`with changed(id) as materialized (${changed})
      select ${columns}, r.credited_cents as "creditedCents", r.paid_cents as "paidCents"
      from documents d cross join receivables r on r.document_id = d.id
      where d.id in (select document_id from receivables where open_cents <> 0 except select id from changed)
        and ${issuedBy}
      union all
      select ${columns},
        coalesce((select case when sum(c.total_cents) >= d.total_cents then max(0, d.payable_cents)
            else max(0, min(d.payable_cents, sum(max(c.payable_cents, 0)))) end from documents c
          where c.corrects_id = d.id and +c.type = 'credit_note' and +c.status = 'issued' and +c.issue_date <= ${asOf}), 0)
          as "creditedCents",
        coalesce((select sum(a.amount_cents) from payment_allocations a left join payment_returns t on t.payment_id = a.payment_id
          where a.document_id = d.id and a.allocated_on <= ${asOf} and (t.return_date is null or t.return_date > ${asOf})), 0)
          as "paidCents"
      from documents d where d.id in (select id from changed) and ${issuedBy}`.execute(
    // The columns are named as they are returned: the camel-case plugin would copy every row (13 500
    // on the large demo's last week, 6-18 ms of CPU) to rename nothing.
    db.withoutPlugins()
  )
  const documents: LedgerRecord[] = []
  for (const r of rows as LedgerRecord[]) {
    r.openCents = r.totalCents - r.creditedCents - r.paidCents
    if (r.openCents !== 0) documents.push(r)
  }
  for (const o of await openingLedgerAsOf(db, asOf, { ...filter, openOnly: true })) documents.push(o)
  return documents
}

/** Sorts receivable items oldest due first (what a payment without picks settles first). */
const byDueDate = (a: { dueDate: string; documentId: number }, b: { dueDate: string; documentId: number }) =>
  a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.documentId - b.documentId

/**
 * Received payments' money not allocated at the end of `asOf`, per customer and currency: paid
 * by then, not returned by then, less what was allocated by then (an allocation counts from
 * the later of its date and its document's issue date).
 */
export async function creditAsOf(
  db: Executor,
  asOf: string,
  customerId: number | null = null
): Promise<Array<{ customerId: number; currency: string; creditCents: number }>> {
  const customer = customerId === null ? sql`` : sql`and p.customer_id = ${customerId}`
  const rows = (
    await sql<{
      customerId: number
      currency: string
      creditCents: number
    }>`select p.customer_id as "customerId", p.currency,
        sum(p.amount_cents - coalesce((select sum(a.amount_cents) from payment_allocations a join documents d on d.id = a.document_id
          where a.payment_id = p.id and max(a.allocated_on, d.issue_date) <= ${asOf}), 0)) as "creditCents"
      from payments p left join payment_returns t on t.payment_id = p.id
      where p.payment_date <= ${asOf} and (t.return_date is null or t.return_date > ${asOf}) ${customer}
      group by p.customer_id, p.currency`.execute(db)
  ).rows
  return rows.filter((r) => r.creditCents !== 0)
}

/** Whether `asOf` is today or later, where the receivables table is the answer. */
const isCurrent = (ctxToday: string, asOf: string) => asOf >= ctxToday

export async function receivableItem(
  db: Executor,
  documentId: number,
  asOf: string
): Promise<ReceivableItem | null> {
  const row = await receivableSelect(db).where('r.documentId', '=', documentId).executeTakeFirst()
  return row ? toItem(row, asOf) : null
}

/** The receivable item of the invoice or debit note numbered `number` (one query: an import looks up every row's). */
export async function receivableItemByNumber(
  db: Executor,
  number: string,
  asOf: string
): Promise<ReceivableItem | null> {
  const row = await receivableSelect(db)
    .where('d.number', '=', number)
    .where('d.type', 'in', ['invoice', 'debit_note'])
    .orderBy('d.id')
    .executeTakeFirst()
  return row ? toItem(row, asOf) : null
}

/**
 * Open items of a customer today (in one currency when given), oldest due first (what a payment
 * without allocations pays). `openOpening`: the customer's open opening balances when the caller
 * has already read them (in every currency).
 */
export async function openItems(
  db: Executor,
  customerId: number,
  asOf: string,
  currency: string | null = null,
  openOpening?: readonly OpeningRecord[]
): Promise<ReceivableItem[]> {
  let query = receivableSelect(db).where('r.customerId', '=', customerId).where('r.openCents', '>', 0)
  if (currency !== null) query = query.where('d.currency', '=', currency)
  const rows = await query.orderBy('r.dueDate').orderBy('r.documentId').execute()
  const opening = (
    openOpening ?? (await openingRecords(db, { customerId, currency, openOnly: true }))
  ).filter((o) => o.openCents > 0 && (currency === null || o.currency === currency))
  return (opening.length === 0 ? rows : [...rows, ...opening].sort(byDueDate)).map((r) => toItem(r, asOf))
}

/** Open items of a customer at the end of `asOf` (a past date reads the ledger), oldest due first. */
export async function openItemsAsOf(
  ctx: ServiceContext,
  customerId: number,
  asOf: string
): Promise<ReceivableItem[]> {
  if (isCurrent(today(ctx), asOf)) {
    return (await openItems(ctx.db, customerId, asOf)).filter((i) => i.issueDate <= asOf)
  }
  const rows = await ledgerAsOf(ctx.db, asOf, { customerId })
  return rows
    .filter((r) => r.openCents > 0)
    .sort(byDueDate)
    .map((r) => toItem(r, asOf))
}

/** Received payments (in one currency when given) not (fully) allocated: the customer's credit. */
export async function unallocatedPayments(db: Executor, customerId: number, currency: string | null = null) {
  let query = db
    .selectFrom('payments')
    .select(['id', 'amountCents', 'allocatedCents', 'paymentDate', 'currency'])
    .where('customerId', '=', customerId)
    .where('status', '=', 'received')
    .where(sql<boolean>`allocated_cents < amount_cents`)
  if (currency !== null) query = query.where('currency', '=', currency)
  return query.orderBy('paymentDate').orderBy('id').execute()
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

/** Balances per currency from the items and the unallocated payments (the default currency first). */
export function balancesOf(
  items: ReceivableItem[],
  credit: Array<{ currency: string; creditCents: number }>,
  defaultCurrency: string
): CurrencyBalance[] {
  const byCurrency = new Map<string, CurrencyBalance>()
  const balanceFor = (currency: string) => {
    let balance = byCurrency.get(currency)
    if (!balance) {
      balance = {
        currency,
        balanceCents: 0,
        creditCents: 0,
        overSettledCents: 0,
        openCents: 0,
        overdueCents: 0
      }
      byCurrency.set(currency, balance)
    }
    return balance
  }
  for (const item of items) {
    const b = balanceFor(item.currency)
    b.balanceCents += item.openCents
    b.openCents += Math.max(0, item.openCents)
    b.overSettledCents += Math.max(0, -item.openCents)
    if (item.overdue) b.overdueCents += item.openCents
  }
  for (const c of credit) {
    const b = balanceFor(c.currency)
    b.creditCents += c.creditCents
    b.balanceCents -= c.creditCents
  }
  if (byCurrency.size === 0) balanceFor(defaultCurrency)
  return [...byCurrency.values()].sort((x, y) =>
    x.currency === defaultCurrency
      ? -1
      : y.currency === defaultCurrency
        ? 1
        : x.currency < y.currency
          ? -1
          : 1
  )
}

export async function customerAccount(
  ctx: ServiceContext,
  customerId: number,
  asOfInput?: string
): Promise<CustomerAccount> {
  const db = ctx.db
  const asOf = asOfInput ?? today(ctx)
  const customer = await customerById(db, customerId, ['id', 'code', 'name'])
  const rows = await receivableSelect(db)
    .where('r.customerId', '=', customerId)
    .orderBy('r.dueDate', 'desc')
    .orderBy('r.documentId', 'desc')
    .execute()
  const opening = await openingRecords(db, { customerId })
  const items = (opening.length === 0 ? rows : [...rows, ...opening].sort((a, b) => byDueDate(b, a))).map(
    (r) => toItem(r, asOf)
  )
  const credit = new Map<string, number>()
  for (const p of await unallocatedPayments(db, customerId))
    credit.set(p.currency, (credit.get(p.currency) ?? 0) + p.amountCents - p.allocatedCents)
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
    balances: balancesOf(
      items,
      [...credit].map(([currency, creditCents]) => ({ currency, creditCents })),
      settings.documents.defaultCurrency
    ),
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
      'p.currency',
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

export async function overdueList(ctx: ServiceContext, query: Required<OverdueQuery>): Promise<OverduePage> {
  const asOf = query.asOf ?? today(ctx)
  return isCurrent(today(ctx), asOf) ? overdueNow(ctx.db, asOf, query) : overdueAsOf(ctx.db, asOf, query)
}

interface OverdueFilter {
  search: string
  customerId: number | null
  /** The documents' sales executive. */
  executiveId?: number | null
  offset: number
  limit: number
}

/** Open amounts per currency (never added across currencies), added to totals already made. */
function totalsOf(
  rows: Array<{ currency: string; openCents: number }>,
  start: CurrencyTotal[] = []
): CurrencyTotal[] {
  const sums = new Map(start.map((t) => [t.currency, { ...t }]))
  for (const r of rows) {
    const sum = sums.get(r.currency) ?? { currency: r.currency, amountCents: 0, count: 0 }
    sum.amountCents += r.openCents
    sum.count++
    sums.set(r.currency, sum)
  }
  return [...sums.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0))
}

/** Open invoices and debit notes due before `asOf` (today or later), oldest due first, from the receivables table. */
async function overdueNow(db: Executor, asOf: string, query: OverdueFilter): Promise<OverduePage> {
  let base = db
    .selectFrom('receivables as r')
    .innerJoin('documents as d', 'd.id', 'r.documentId')
    .where('r.openCents', '>', 0)
    .where('r.dueDate', '<', asOf)
  for (const condition of matchesAllWords('d.search_text', query.search)) base = base.where(condition)
  if (query.customerId !== null) base = base.where('r.customerId', '=', query.customerId)
  if (query.executiveId != null) base = base.where('d.executiveId', '=', query.executiveId)
  const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()
  const opening = await openingOverdue(db, asOf, query)
  const totals =
    query.offset === 0
      ? await base
          .select((eb) => [
            'd.currency',
            eb.fn.sum<number>('r.openCents').as('amountCents'),
            eb.fn.countAll<number>().as('count')
          ])
          .groupBy('d.currency')
          .orderBy('d.currency')
          .execute()
      : []
  const rows = await base
    .select([...receivableColumns, 'd.customerCode', 'd.customerName'])
    .orderBy('r.dueDate')
    .orderBy('r.documentId')
    // With opening balances overdue the page is cut after merging them in, oldest due first.
    .offset(opening.length === 0 ? query.offset : 0)
    .limit(opening.length === 0 ? query.limit : query.offset + query.limit)
    .execute()
  const merged =
    opening.length === 0
      ? rows
      : [...rows, ...opening].sort(byDueDate).slice(query.offset, query.offset + query.limit)
  return {
    total: total + opening.length,
    rows: merged.map((r) => ({
      ...toItem(r, asOf),
      customerCode: r.customerCode,
      customerName: r.customerName
    })),
    totals: opening.length === 0 || query.offset > 0 ? totals : totalsOf(opening, totals)
  }
}

/** Opening balances overdue now that the overdue list's filter keeps (they have no sales executive). */
async function openingOverdue(db: Executor, asOf: string, query: OverdueFilter) {
  if (query.executiveId != null) return []
  const words = searchWords(query.search)
  return (await openingRecords(db, { customerId: query.customerId, openOnly: true })).filter((o) => {
    if (o.openCents <= 0 || o.dueDate >= asOf) return false
    const text = foldForSearch(`${o.number} ${o.customerCode} ${o.customerName}`)
    return words.every((w) => text.includes(w))
  })
}

/**
 * Invoices and debit notes overdue at the end of `asOf`, with what was open on them then (also
 * read by the weekly report, as of the week's end), oldest due first.
 */
export async function overdueAsOf(db: Executor, asOf: string, query: OverdueFilter): Promise<OverduePage> {
  const words = searchWords(query.search)
  const ofExecutive =
    query.executiveId == null
      ? null
      : new Set(
          (
            await db
              .selectFrom('documents')
              .select('id')
              .where('executiveId', '=', query.executiveId)
              .execute()
          ).map((d) => d.id)
        )
  const rows = (await ledgerAsOf(db, asOf, { customerId: query.customerId }))
    .filter((r) => r.openCents > 0 && r.dueDate < asOf)
    .filter((r) => ofExecutive === null || ofExecutive.has(r.documentId))
    .filter((r) => {
      if (words.length === 0) return true
      const text = foldForSearch(`${r.number ?? ''} ${r.customerCode} ${r.customerName}`)
      return words.every((w) => text.includes(w))
    })
    .sort(byDueDate)
  return {
    total: rows.length,
    rows: rows
      .slice(query.offset, query.offset + query.limit)
      .map((r) => ({ ...toItem(r, asOf), customerCode: r.customerCode, customerName: r.customerName })),
    totals: totalsOf(rows)
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
 * Aged receivables per customer and currency: what was open on each invoice and debit note at
 * the end of `asOf`, in buckets by days past its due date; unallocated payments and
 * over-settled documents are the customer's credit, shown apart. For today (or later) it reads
 * only open rows (partial indexes), so it stays fast however long the history is; a past date
 * reads the history up to that day.
 */
export async function agedReceivables(
  db: Executor,
  asOf: string,
  todayDate: string
): Promise<Omit<AgedReport, 'total'>> {
  type OpenRow = { customerId: number; currency: string; dueDate: string; openCents: number }
  let open: OpenRow[]
  let credit: Array<{ customerId: number; currency: string; creditCents: number }>
  if (isCurrent(todayDate, asOf)) {
    open = (
      await sql<OpenRow>`select r.customer_id as "customerId", d.currency, r.due_date as "dueDate", r.open_cents as "openCents"
      from receivables r join documents d on d.id = r.document_id where r.open_cents <> 0 and r.issue_date <= ${asOf}`.execute(
        db
      )
    ).rows
    for (const o of await openingRecords(db, { openOnly: true })) if (o.issueDate <= asOf) open.push(o)
    credit = (
      await sql<{ customerId: number; currency: string; creditCents: number }>`
      select p.customer_id as "customerId", p.currency, sum(p.amount_cents - p.allocated_cents) as "creditCents"
      from payments p where p.status = 'received' and p.allocated_cents < p.amount_cents
      group by p.customer_id, p.currency`.execute(db)
    ).rows
  } else {
    open = await ledgerAsOf(db, asOf)
    credit = await creditAsOf(db, asOf)
  }
  const customerIds = [...new Set([...open.map((r) => r.customerId), ...credit.map((c) => c.customerId)])]
  const names = new Map<number, { code: string; name: string }>()
  for (let i = 0; i < customerIds.length; i += 500) {
    const chunk = customerIds.slice(i, i + 500)
    for (const c of await db
      .selectFrom('customers')
      .select(['id', 'code', 'name'])
      .where('id', 'in', chunk)
      .execute())
      names.set(c.id, c)
  }
  const byKey = new Map<string, AgedRow>()
  const rowFor = (customerId: number, currency: string) => {
    const key = `${customerId} ${currency}`
    let row = byKey.get(key)
    if (!row) {
      const customer = names.get(customerId)
      row = {
        customerId,
        customerCode: customer?.code ?? '',
        customerName: customer?.name ?? '',
        currency,
        ...emptyAmounts(),
        totalCents: 0,
        creditCents: 0
      }
      byKey.set(key, row)
    }
    return row
  }
  const asOfMs = Date.parse(`${asOf}T00:00:00Z`)
  const dueMs = new Map<string, number>()
  for (const item of open) {
    const row = rowFor(item.customerId, item.currency)
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
  for (const c of credit) rowFor(c.customerId, c.currency).creditCents += c.creditCents
  const rows = [...byKey.values()].sort(
    (a, b) =>
      (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0) ||
      b.totalCents - a.totalCents ||
      (a.customerCode < b.customerCode ? -1 : a.customerCode > b.customerCode ? 1 : 0)
  )
  return { asOf, rows, totals: agedTotals(rows) }
}

/** One totals row per currency, in the rows' order. */
export function agedTotals(rows: AgedRow[]): AgedTotals[] {
  const byCurrency = new Map<string, AgedTotals>()
  for (const row of rows) {
    let totals = byCurrency.get(row.currency)
    if (!totals) {
      totals = { currency: row.currency, ...emptyAmounts(), totalCents: 0, creditCents: 0 }
      byCurrency.set(row.currency, totals)
    }
    for (const key of [...agedBuckets, 'totalCents', 'creditCents'] as const) totals[key] += row[key]
  }
  return [...byCurrency.values()]
}

export async function agedReport(
  ctx: ServiceContext,
  query: { asOf: string | null; search: string; offset: number; limit: number }
): Promise<AgedReport> {
  const todayDate = today(ctx)
  const report = await agedReceivables(ctx.db, query.asOf ?? todayDate, todayDate)
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
