/**
 * The list of sales documents: its filter and sort (the query), its rows, and where an issued
 * invoice's payment stands.
 */
import { z } from 'zod'
import { id, isoDate, paging, listSort } from './common'
import { documentStatuses, type DocumentStatus } from './documents'
import { navListStatuses, type NavListStatus } from './nav'
import { documentTypes, type DocumentType } from './settings'

export interface DocumentRow {
  id: number
  type: DocumentType
  number: string | null
  status: DocumentStatus
  customerId: number
  customerName: string
  executiveName: string
  issueDate: string | null
  /** valid-until (estimates), promised date (orders), due date (invoices). */
  keyDate: string | null
  currency: string
  netCents: number
  vatCents: number
  totalCents: number
  expired: boolean
  late: boolean
  /** Invoices and debit notes once issued: where their payment stands today (null otherwise). */
  paymentStatus: PaymentStatus | null
  /** What is still to be paid, in the document's currency (null where paymentStatus is). */
  openCents: number | null
  updatedAt: string
  /** Where the invoice's NAV report stands (null when it was never reported to NAV). */
  navStatus: NavListStatus | null
}

/**
 * Where an issued invoice or debit note stands: credited (credit notes cover it all), paid,
 * overdue (something open past the due date, paid in part or not), part paid (by payments or
 * credit notes) or unpaid.
 */
export const paymentStatuses = ['unpaid', 'part_paid', 'paid', 'overdue', 'credited'] as const
export type PaymentStatus = (typeof paymentStatuses)[number]

/** A list's open amount in one currency (amounts in different currencies are never added). */
export interface OpenTotal {
  currency: string
  openCents: number
  count: number
}

/** A document list window; the first window of an invoice list also sums what is open. */
export interface DocumentPage {
  total: number
  rows: DocumentRow[]
  openTotals: OpenTotal[]
}

/** List filter statuses: the stored ones plus the derived "expired" and "late". */
export const documentListStatuses = ['all', ...documentStatuses, 'expired', 'late'] as const

export const documentListQuery = z
  .object({
    type: z.enum(documentTypes),
    /** Words of the number or the customer's name or code. */
    search: z.string().max(200),
    status: z.enum(documentListStatuses),
    /** Invoices and debit notes only: where their payment stands. */
    payment: z.enum(['all', ...paymentStatuses]).default('all'),
    customerId: id.nullable(),
    executiveId: id.nullable(),
    dateFrom: isoDate.nullable(),
    dateTo: isoDate.nullable(),
    /** Invoices and notes reported to NAV: where their report stands. */
    nav: z.enum(['all', ...navListStatuses]).default('all'),
    /** keyDate: valid until (estimates), promised delivery (orders), due date (invoices, notes). */
    sort: listSort(['number', 'issueDate', 'keyDate', 'customerName', 'totalCents', 'status', 'updatedAt']),
    ...paging
  })
  .strict()
export type DocumentListQuery = z.input<typeof documentListQuery>
