/**
 * Payments: customer payment set-up, payments and their allocation to invoices, customer credit,
 * returned payments, a customer's account and the payments import. Money is integer cents.
 * Receivables (overdue, aged, statements), investigations and reminders have files of their own.
 */
import { z } from 'zod'
import { keyed } from '../errors'
import { currencyCode, id, optionalText, paging, listSort, isoDate } from './common'
import { paymentMethods, type PaymentMethod } from './customers'
import { cardBrands, paymentDetailsFields, paymentDetailsProblems, type CardBrand } from './payment-setup'
import { importFile, type FileEncoding } from './imports'

export { paymentMethods, type PaymentMethod }

/** At most 100 000 000.00 in one payment. */
export const MAX_PAYMENT_CENTS = 10_000_000_000

const cents = () =>
  z
    .number(keyed('enterAmount'))
    .int(keyed('amountsWholeCents'))
    .min(1, keyed('amountMoreThanZero'))
    .max(MAX_PAYMENT_CENTS, keyed('amountTooLarge'))

export { cardBrands, type CardBrand }

/**
 * How a customer pays. Only what the method needs is kept: for direct debit the IBAN, BIC,
 * mandate reference and signature date; for a card its brand, last four digits and expiry.
 */
export const paymentSetupInput = z
  .object({ method: z.enum(paymentMethods), ...paymentDetailsFields })
  .strict()
  .superRefine(({ method, ...details }, ctx) =>
    paymentDetailsProblems(method, details, (path, message) =>
      ctx.addIssue({ code: 'custom', path: [path], message })
    )
  )
export type PaymentSetupInput = z.input<typeof paymentSetupInput>

export interface PaymentSetup {
  customerId: number
  method: PaymentMethod
  iban: string
  bic: string
  mandateReference: string
  mandateSignedOn: string | null
  cardBrand: CardBrand | null
  cardLast4: string
  cardExpiry: string
  /** Null when never set up (the method is then the customer's preferred one). */
  updatedAt: string | null
}

export const allocationInput = z.object({ documentId: id, amountCents: cents() }).strict()

export const paymentInput = z
  .object({
    customerId: id,
    paymentDate: isoDate,
    amountCents: cents(),
    /** Left out: the currency of the documents it pays, else the default currency of the settings. */
    currency: currencyCode.optional(),
    method: z.enum(paymentMethods),
    reference: optionalText(200),
    note: optionalText(1000),
    /** Null: the oldest open invoices first. Anything left over becomes the customer's credit. */
    allocations: z
      .array(allocationInput)
      .max(500, keyed('atMostInvoices', { max: 500 }))
      .nullable()
  })
  .strict()
export type PaymentInput = z.input<typeof paymentInput>

export const returnReasons = [
  'insufficient_funds',
  'mandate_cancelled',
  'disputed_card_charge',
  'wrong_account',
  'account_closed',
  'other'
] as const
export type ReturnReason = (typeof returnReasons)[number]

export const paymentReturnInput = z
  .object({
    id,
    returnDate: isoDate,
    reason: z.enum(returnReasons),
    bankFeeCents: z
      .number(keyed('enterBankFee'))
      .int(keyed('amountsWholeCents'))
      .min(0, keyed('feeNotNegative'))
      .max(100_000_00, keyed('feeTooLarge')),
    /** Re-bill the fee to the customer as a debit note. */
    rebill: z.boolean(),
    note: optionalText(1000)
  })
  .strict()

export type InvoicePaymentStatus = 'unpaid' | 'partially_paid' | 'paid'

/**
 * An issued invoice or debit note, or an opening balance (an invoice still open in the previous
 * system at the cut-over, whose `documentId` is the negative of its own id), and what is still owed on it.
 */
export interface ReceivableItem {
  documentId: number
  type: 'invoice' | 'debit_note' | 'opening_balance'
  number: string
  customerId: number
  /** ISO 4217; every amount of the item is in its minor unit. */
  currency: string
  issueDate: string
  dueDate: string
  totalCents: number
  creditedCents: number
  paidCents: number
  /** total − credited − paid; negative when a credit note came after payment. */
  openCents: number
  status: InvoicePaymentStatus
  overdue: boolean
  daysOverdue: number
}

/** An invoice's or debit note's payment status and the payments allocated to it. */
export interface DocumentPayments {
  item: ReceivableItem | null
  payments: Array<{
    paymentId: number
    paymentDate: string
    method: PaymentMethod
    reference: string
    status: 'received' | 'returned'
    amountCents: number
    currency: string
  }>
}

export interface PaymentAllocation {
  id: number
  documentId: number
  documentNumber: string
  amountCents: number
  allocatedOn: string
}

export interface PaymentReturn {
  id: number
  returnDate: string
  reason: ReturnReason
  bankFeeCents: number
  rebilled: boolean
  debitNoteId: number | null
  debitNoteNumber: string | null
  note: string
  investigationId: number | null
  createdAt: string
  createdBy: string
}

export interface Payment {
  id: number
  customerId: number
  customerCode: string
  customerName: string
  paymentDate: string
  amountCents: number
  method: PaymentMethod
  reference: string
  note: string
  status: 'received' | 'returned'
  source: 'manual' | 'import'
  currency: string
  /** Net amount allocated to documents; the rest is customer credit (while received). */
  allocatedCents: number
  unallocatedCents: number
  allocations: PaymentAllocation[]
  return: PaymentReturn | null
  createdAt: string
  createdBy: string
}

/** A row of the payments list: the payment's columns, and the documents it pays. */
export interface PaymentRow extends Pick<
  Payment,
  | 'id'
  | 'customerId'
  | 'customerCode'
  | 'customerName'
  | 'paymentDate'
  | 'amountCents'
  | 'currency'
  | 'method'
  | 'reference'
  | 'status'
  | 'allocatedCents'
> {
  /** Document numbers it pays, e.g. "INV-2026-00012, INV-2026-00015". */
  documents: string
}

export const paymentListQuery = z
  .object({
    search: z.string().max(200),
    customerId: id.nullable(),
    status: z.enum(['all', 'received', 'returned']),
    method: z.enum(['all', ...paymentMethods]),
    dateFrom: isoDate.nullable(),
    dateTo: isoDate.nullable(),
    sort: listSort(['paymentDate', 'amountCents', 'customerName', 'id']),
    ...paging
  })
  .strict()
export type PaymentListQuery = z.input<typeof paymentListQuery>

export const creditApplyInput = z
  .object({
    customerId: id,
    documentId: id,
    /** Null: as much as the credit and the document's open amount allow. */
    amountCents: cents().nullable()
  })
  .strict()

export interface CreditApplied {
  appliedCents: number
  creditLeftCents: number
  item: ReceivableItem
}

export type ReliabilityRating = 'good' | 'fair' | 'poor' | 'no_history'

export interface PaymentReliability {
  rating: ReliabilityRating
  /** Over the last 12 months. */
  returns: number
  itemsDue: number
  paidLate: number
  /** Average days late over the documents due in the period (paid late or still open past due). */
  averageDaysLate: number
  maxDaysLate: number
}

/** What a customer owes in one currency. */
export interface CurrencyBalance {
  currency: string
  /** issued − credited − paid + returned: what the customer owes (negative: we owe them). */
  balanceCents: number
  /** Received payments not allocated to anything: can be applied to a later invoice in this currency. */
  creditCents: number
  /** Credit notes that came after payment and left an invoice over-settled (also usable as credit). */
  overSettledCents: number
  openCents: number
  overdueCents: number
}

export interface CustomerAccount {
  customerId: number
  customerCode: string
  customerName: string
  /** One per currency the customer has documents or payments in (the default currency first); never added up. */
  balances: CurrencyBalance[]
  items: ReceivableItem[]
  reliability: PaymentReliability
  setup: PaymentSetup
  openInvestigations: number
}

/** The file as every import takes it (messages by key). */
export const paymentImportInput = importFile

export interface PaymentImportProblem {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number
  column: string
  /** English, or keyed text ("§key {params}") the renderer translates. */
  message: string
}

export interface PaymentImportResult {
  applied: boolean
  rows: number
  payments: number
  /** What was recorded, per currency. */
  totals: Array<{ currency: string; totalCents: number }>
  /** The first MAX_LISTED_PROBLEMS problems, in row order. */
  problems: PaymentImportProblem[]
  /** Problems found beyond the listed ones. */
  moreProblems: number
  /** How a CSV was decoded (Windows-1252 when it was not UTF-8: the user is told). */
  encoding: FileEncoding
}
