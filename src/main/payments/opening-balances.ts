/**
 * Opening balances among the receivables (issue 13 item 11; the model and why it is a side table:
 * migration 0029_imports). Every receivable reader adds these rows to the issued invoices and
 * debit notes: an opening balance is a receivable item of type 'opening_balance' whose
 * `documentId` is the negative of its own id, so no list key, link, allocation or reminder item
 * can take it for a Salesdesk document, and a reader tells the two apart by the sign alone.
 *
 * As of a past date, an opening balance counts from its issue date with the amount open at the
 * cut-over, less what payments recorded in Salesdesk had settled by then (and not returned).
 */
import { sql } from 'kysely'
import type { Executor } from '../context'
import type { LedgerRecord } from './receivables'

/** The receivable item id of an opening balance, and back. */
export const openingItemId = (openingBalanceId: number) => -openingBalanceId
export const isOpeningItem = (documentId: number) => documentId < 0
export const openingBalanceIdOf = (documentId: number) => -documentId

/** An opening balance as a receivable item (its id made negative, see `openingItemId`). */
export interface OpeningRecord extends LedgerRecord {
  type: 'opening_balance'
  number: string
}

interface OpeningFilter {
  customerId?: number | null
  currency?: string | null
  /** Only those still open (or over-settled). */
  openOnly?: boolean
}

/** Opening balances as they stand now (the table's paid amount is kept by the triggers). */
export async function openingRecords(db: Executor, filter: OpeningFilter = {}): Promise<OpeningRecord[]> {
  let query = db
    .selectFrom('openingBalances as o')
    .innerJoin('customers as c', 'c.id', 'o.customerId')
    .select([
      'o.id',
      'o.number',
      'o.customerId',
      'o.currency',
      'o.issueDate',
      'o.dueDate',
      'o.amountCents',
      'o.paidCents',
      'o.openCents',
      'c.code as customerCode',
      'c.name as customerName'
    ])
  if (filter.customerId != null) query = query.where('o.customerId', '=', filter.customerId)
  if (filter.currency != null) query = query.where('o.currency', '=', filter.currency)
  if (filter.openOnly === true) query = query.where('o.openCents', '<>', 0)
  const rows = await query.orderBy('o.dueDate').orderBy('o.id').execute()
  return rows.map((r) => ({
    documentId: openingItemId(r.id),
    type: 'opening_balance',
    number: r.number,
    customerId: r.customerId,
    currency: r.currency,
    issueDate: r.issueDate,
    dueDate: r.dueDate,
    totalCents: r.amountCents,
    creditedCents: 0,
    paidCents: r.paidCents,
    openCents: r.openCents,
    customerCode: r.customerCode,
    customerName: r.customerName
  }))
}

/** Opening balances as they stood at the end of `asOf`, from their allocations and returns by date. */
export async function openingLedgerAsOf(
  db: Executor,
  asOf: string,
  filter: OpeningFilter = {}
): Promise<OpeningRecord[]> {
  const customer = filter.customerId == null ? sql`` : sql`and o.customer_id = ${filter.customerId}`
  // CROSS JOIN keeps the opening balances outside, each finding its customer by key: with a plain
  // join SQLite went through all 100 000 customers of the large demo looking for balances it has
  // none of (25 ms of CPU for no row; the table has no statistics while it is empty).
  const rows = (
    await sql<Omit<OpeningRecord, 'openCents' | 'type' | 'creditedCents'> & { id: number }>`select o.id,
        o.number, o.customer_id as "customerId", o.currency, o.issue_date as "issueDate", o.due_date as "dueDate",
        o.amount_cents as "totalCents", c.code as "customerCode", c.name as "customerName",
        coalesce((select sum(a.amount_cents) from opening_balance_allocations a left join payment_returns t on t.payment_id = a.payment_id
          where a.opening_balance_id = o.id and a.allocated_on <= ${asOf} and (t.return_date is null or t.return_date > ${asOf})), 0) as "paidCents"
      from opening_balances o cross join customers c on c.id = o.customer_id
      where o.issue_date <= ${asOf} ${customer}`.execute(db)
  ).rows
  const records = rows.map(({ id, ...r }) => ({
    ...r,
    documentId: openingItemId(id),
    type: 'opening_balance' as const,
    creditedCents: 0,
    openCents: r.totalCents - r.paidCents
  }))
  return records.filter(
    (r) =>
      (filter.currency == null || r.currency === filter.currency) &&
      (filter.openOnly !== true || r.openCents !== 0)
  )
}

/** Settles part of an opening balance with a received payment (the triggers check and keep the sums). */
export async function allocateToOpeningBalance(
  trx: Executor,
  allocation: {
    paymentId: number
    documentId: number
    amountCents: number
    allocatedOn: string
    createdAt: string
  }
): Promise<void> {
  await trx
    .insertInto('openingBalanceAllocations')
    .values({
      paymentId: allocation.paymentId,
      openingBalanceId: openingBalanceIdOf(allocation.documentId),
      amountCents: allocation.amountCents,
      allocatedOn: allocation.allocatedOn,
      createdAt: allocation.createdAt
    })
    .execute()
}
