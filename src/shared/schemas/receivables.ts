/**
 * Receivables: what is overdue, the aged receivables report and customer statements. Money is
 * integer cents; amounts in different currencies are never added.
 */
import { z } from 'zod'
import { currencyCode, id, paging, isoDate } from './common'
import type { ReceivableItem } from './payments'

export interface OverdueRow extends ReceivableItem {
  customerCode: string
  customerName: string
}

export const overdueQuery = z
  .object({
    search: z.string().max(200),
    customerId: id.nullable(),
    asOf: isoDate.nullable(),
    /** The sales executive of the documents. */
    executiveId: id.nullable().default(null),
    ...paging
  })
  .strict()
export type OverdueQuery = z.input<typeof overdueQuery>

/** A list's sum in one currency (amounts in different currencies are never added). */
export interface CurrencyTotal {
  currency: string
  amountCents: number
  count: number
}

/** The overdue list's window, with what is overdue in the whole filtered list per currency. */
export interface OverduePage {
  total: number
  rows: OverdueRow[]
  totals: CurrencyTotal[]
}

export const agedBuckets = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const
export type AgedBucket = (typeof agedBuckets)[number]

export type AgedAmounts = Record<AgedBucket, number>

export interface AgedRow extends AgedAmounts {
  customerId: number
  customerCode: string
  customerName: string
  /** A customer owing in two currencies has a row for each. */
  currency: string
  /** Sum of the buckets: what is open on invoices and debit notes. */
  totalCents: number
  /** Unallocated payments (shown apart, not in the buckets). */
  creditCents: number
}

export interface AgedReport {
  asOf: string
  rows: AgedRow[]
  /** All customers, not only the page. */
  total: number
  /** One per currency, of all customers (not only the page). */
  totals: AgedTotals[]
}

export type AgedTotals = AgedAmounts & { currency: string; totalCents: number; creditCents: number }

export const agedQuery = z
  .object({ asOf: isoDate.nullable(), search: z.string().max(200), ...paging })
  .strict()

/** The paper of a printed statement or reminder; null: the company's setting. */
export const paperChoice = z.enum(['A4', 'Letter']).nullable()
export const statementInput = z
  .object({
    customerId: id,
    from: isoDate.nullable(),
    to: isoDate.nullable(),
    paper: paperChoice,
    /** Null: every currency the customer has, each with its own balance. */
    currency: currencyCode.nullable().optional()
  })
  .strict()
