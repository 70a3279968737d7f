/**
 * Sales documents: estimates, orders, invoices, credit and debit notes, their lines and
 * deliveries. Money is integer cents, quantities integer thousandths (1.5 = 1500),
 * discounts and VAT rates integer basis points (12.5 % = 1250).
 */
import { z } from 'zod'
import type { VatBreakdownRow } from '../totals'
import type { DocumentExchangeRate } from './rates'
import { VAT_CATEGORIES, isVatexCode, vatLineProblem, type VatCategory } from '../vat'
import { id, optionalText, paging, requiredText, sortDirection, currencyCode } from './common'
import { paymentMethods, type Address, type PaymentMethod } from './customers'
import { documentTypes, type DocumentType } from './settings'
import { navListStatuses, type NavListStatus } from './nav'

export { documentTypes, type DocumentType }

export const documentStatuses = [
  'draft',
  // estimates
  'sent',
  'accepted',
  'declined',
  'converted',
  // orders
  'confirmed',
  'partially_delivered',
  'delivered',
  'cancelled',
  // invoices, credit and debit notes
  'issued'
] as const
export type DocumentStatus = (typeof documentStatuses)[number]

export const statusesByType: Record<DocumentType, readonly DocumentStatus[]> = {
  estimate: ['draft', 'sent', 'accepted', 'declined', 'converted'],
  order: ['draft', 'confirmed', 'partially_delivered', 'delivered', 'cancelled'],
  invoice: ['draft', 'issued'],
  credit_note: ['draft', 'issued'],
  debit_note: ['draft', 'issued']
}

/** An ISO calendar date, "2026-03-02". */
export const isoDate = z.iso.date('Use a date like 2026-03-02')

/** At most 1 000 000 units per line, in thousandths (negative for a deduction). */
export const MAX_QUANTITY_MILLI = 1_000_000_000
/** At most 10 000 000.00 per unit. */
export const MAX_UNIT_PRICE_CENTS = 1_000_000_000
/** The same limit with 4 decimals: 10 000 000.0000. */
export const MAX_UNIT_PRICE_TEN_THOUSANDTHS = 100_000_000_000
/** Fixed line allowances and charges, document allowances and charges: at most 10 000 000 000.00. */
export const MAX_AMOUNT_CENTS = 1_000_000_000_000

const amountCents = (label: string) =>
  z
    .number(`Enter ${label}`)
    .int('Amounts are whole cents')
    .min(0, 'Enter the amount without a sign')
    .max(MAX_AMOUNT_CENTS, 'The amount is too large')
const unitPriceTenThousandths = z
  .number('Enter a price')
  .int('At most four decimals')
  .min(0, 'A price cannot be negative: make the quantity negative to deduct')
  .max(MAX_UNIT_PRICE_TEN_THOUSANDTHS)

export const vatCategory = z.enum(VAT_CATEGORIES)
const exemptionCode = z
  .string()
  .trim()
  .toUpperCase()
  .max(30)
  .refine((v) => v === '' || isVatexCode(v), 'Unknown exemption reason code (VATEX list)')
  .transform((v) => (v === '' ? null : v))
const exemptionText = z
  .string()
  .trim()
  .max(300)
  .transform((v) => (v === '' ? null : v))

/** The category when none is given: what a line at that rate was before categories existed. */
const defaultCategory = (vatRateBp: number): VatCategory => (vatRateBp === 0 ? 'Z' : 'S')

export const documentLineInput = z
  .object({
    /** Filled from the product (editable), or null for a free-text line. */
    productId: id.nullable(),
    description: requiredText(1000, 'descriptionRequired'),
    unit: optionalText(20),
    quantityMilli: z
      .number('Enter a quantity')
      .int('At most three decimals')
      .min(-MAX_QUANTITY_MILLI, 'At least -1 000 000')
      .max(MAX_QUANTITY_MILLI, 'At most 1 000 000')
      .refine((q) => q !== 0, 'The quantity cannot be zero'),
    /** The net unit price in whole minor units (cents); give this or unitPriceTenThousandths. */
    unitPriceCents: z
      .number('Enter a price')
      .int('Prices are whole cents')
      .min(0, 'A price cannot be negative: make the quantity negative to deduct')
      .max(MAX_UNIT_PRICE_CENTS)
      .optional(),
    /** The net unit price to 4 decimals, in ten-thousandths of the major unit (0.0125 = 125). */
    unitPriceTenThousandths: unitPriceTenThousandths.optional(),
    /** The price before the price discount (EN 16931 BT-148); left out when there is none. */
    grossPriceTenThousandths: unitPriceTenThousandths.nullable().optional(),
    /** The quantity the price is for, in thousandths: 100 000 = per 100 pieces. */
    priceBaseQuantityMilli: z
      .number()
      .int('At most three decimals')
      .min(1, 'The base quantity must be more than zero')
      .max(MAX_QUANTITY_MILLI)
      .default(1000),
    discountBp: z.number().int().min(0, 'A discount cannot be negative').max(10000, 'At most 100 %'),
    /** A fixed allowance on the line (in minor units), besides the percentage discount. */
    allowanceCents: amountCents('an allowance').default(0),
    allowanceReason: optionalText(200).default(''),
    /** A charge on the line (in minor units): handling, a surcharge. */
    chargeCents: amountCents('a charge').default(0),
    chargeReason: optionalText(200).default(''),
    /** Left out: standard (S), or zero-rated (Z) at 0 %. */
    vatCategory: vatCategory.optional(),
    vatRateBp: z.number().int().min(0, 'VAT cannot be negative').max(10000, 'VAT is at most 100 %'),
    /** Exempt and zero-rated lines: the VATEX reason code and text printed under the VAT breakdown. */
    vatExemptionCode: exemptionCode.nullable().default(null),
    vatExemptionText: exemptionText.nullable().default(null),
    /** Orders: a delivery date for this line when it differs from the order's. */
    promisedDate: isoDate.nullable(),
    /** The line this one comes from (order line for an invoice, invoice line for a credit note). */
    sourceLineId: id.nullable()
  })
  .strict()
  .transform((line) => ({ ...line, vatCategory: line.vatCategory ?? defaultCategory(line.vatRateBp) }))
  .superRefine((line, ctx) => {
    if (line.unitPriceCents === undefined && line.unitPriceTenThousandths === undefined)
      ctx.addIssue({ code: 'custom', path: ['unitPriceCents'], message: 'Enter a price' })
    if (
      line.grossPriceTenThousandths != null &&
      line.unitPriceTenThousandths !== undefined &&
      line.grossPriceTenThousandths < line.unitPriceTenThousandths
    )
      ctx.addIssue({
        code: 'custom',
        path: ['grossPriceTenThousandths'],
        message: 'The price before discount cannot be below the net price'
      })
    const problem = vatLineProblem(line)
    if (problem) ctx.addIssue({ code: 'custom', path: ['vatCategory'], message: problem })
  })
export type DocumentLineInput = z.input<typeof documentLineInput>

export const documentAllowanceChargeInput = z
  .object({
    /** true: a charge (freight, packing); false: an allowance (discount on the whole document). */
    charge: z.boolean(),
    amountCents: amountCents('the amount'),
    /** When the amount is a percentage of a base: both, for the print and the e-invoice. */
    baseCents: z.number().int().min(0).max(MAX_AMOUNT_CENTS).nullable().default(null),
    percentBp: z.number().int().min(0).max(1_000_000).nullable().default(null),
    reason: optionalText(200).default(''),
    /** UNCL 5189 (allowances) or UNCL 7161 (charges) code, e.g. 95 or FC. */
    reasonCode: z
      .string()
      .trim()
      .max(3)
      .regex(/^[A-Z0-9]*$/, 'A code of letters and digits')
      .default(''),
    vatCategory: vatCategory.optional(),
    vatRateBp: z.number().int().min(0, 'VAT cannot be negative').max(10000, 'VAT is at most 100 %')
  })
  .strict()
  .transform((ac) => ({ ...ac, vatCategory: ac.vatCategory ?? defaultCategory(ac.vatRateBp) }))
  .superRefine((ac, ctx) => {
    if (ac.reason === '' && ac.reasonCode === '')
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say what the allowance or charge is for' })
    const problem = vatLineProblem({ ...ac, vatExemptionCode: null, vatExemptionText: 'n/a' })
    if (problem) ctx.addIssue({ code: 'custom', path: ['vatCategory'], message: problem })
  })
export type DocumentAllowanceChargeInput = z.input<typeof documentAllowanceChargeInput>

export const documentDraftInput = z
  .object({
    type: z.enum(documentTypes),
    customerId: id,
    /** Left out: the customer's sales executive. */
    executiveId: id.nullable().optional(),
    /** Left empty: the day the document is issued. */
    issueDate: isoDate.nullable(),
    /** Estimates; left empty: issue date + the estimate validity from the settings. */
    validUntil: isoDate.nullable(),
    /** Orders: the promised delivery date. */
    promisedDate: isoDate.nullable(),
    /** Left out: the default currency from the settings. */
    currency: currencyCode.optional(),
    /** Invoices; left out: the customer's preferred payment method. */
    paymentMethod: z.enum(paymentMethods).optional(),
    paymentInstructions: optionalText(1000),
    notes: optionalText(4000),
    /** Left out: the default terms from the settings. */
    terms: optionalText(4000).optional(),
    /** Credit and debit notes: why the invoice is corrected. */
    reason: optionalText(1000),
    lines: z.array(documentLineInput).max(1000, 'At most 1000 lines'),
    /** Document-level allowances and charges, each with its VAT category and rate. */
    allowancesCharges: z.array(documentAllowanceChargeInput).max(100).default([]),
    /** Invoices: the date of supply, or the period of supply; left empty: from the order's deliveries. */
    supplyDate: isoDate.nullable().default(null),
    supplyPeriodStart: isoDate.nullable().default(null),
    supplyPeriodEnd: isoDate.nullable().default(null),
    /** The buyer's own reference (EN 16931 BT-10) and purchase order number (BT-13). */
    buyerReference: optionalText(200).default(''),
    orderReference: optionalText(200).default(''),
    /** Amount already paid before this invoice (a settled deposit), in minor units. */
    prepaidCents: z.number().int().min(0).max(MAX_AMOUNT_CENTS).default(0),
    /** Rounding of the amount due (e.g. cash to 0.05), in minor units. */
    roundingCents: z.number().int().min(-1_000_000).max(1_000_000).default(0)
  })
  .strict()
export type DocumentDraftInput = z.input<typeof documentDraftInput>

export const documentActions = [
  'edit',
  'delete',
  'issue',
  'accept',
  'decline',
  'duplicate',
  'revise',
  'convertToOrder',
  'invoice',
  'recordDelivery',
  'cancel',
  'creditNote',
  'debitNote',
  'pdf'
] as const
export type DocumentAction = (typeof documentActions)[number]

export interface DocumentLine {
  id: number
  position: number
  productId: number | null
  description: string
  unit: string
  quantityMilli: number
  /** The net unit price rounded to the minor unit (lists, exports); exact in unitPriceTenThousandths. */
  unitPriceCents: number
  unitPriceTenThousandths: number
  grossPriceTenThousandths: number | null
  priceBaseQuantityMilli: number
  discountBp: number
  allowanceCents: number
  allowanceReason: string
  chargeCents: number
  chargeReason: string
  vatCategory: VatCategory
  vatExemptionCode: string | null
  vatExemptionText: string | null
  vatRateBp: number
  promisedDate: string | null
  sourceLineId: number | null
  grossCents: number
  discountCents: number
  netCents: number
  /** Orders: quantity delivered so far. */
  deliveredMilli: number
  /** Orders and estimates: quantity on issued invoices; invoices: on issued credit notes. */
  invoicedMilli: number
  creditedMilli: number
}

export interface DocumentAllowanceCharge {
  id: number
  position: number
  charge: boolean
  amountCents: number
  baseCents: number | null
  percentBp: number | null
  reason: string
  reasonCode: string
  vatCategory: VatCategory
  vatRateBp: number
}

/** The seller as printed: frozen at issue, the current settings on drafts. */
export interface SellerParty {
  legalName: string
  taxId: string
  address: Address
  iban: string
  bic: string
  phone: string
  email: string
  website: string
  registration: string
  footer: string
}

export interface DocumentRef {
  id: number
  type: DocumentType
  number: string | null
  status: DocumentStatus
  issueDate: string | null
  totalCents: number
}

export interface DeliveryLine {
  orderLineId: number
  description: string
  unit: string
  quantityMilli: number
}

export interface Delivery {
  id: number
  orderId: number
  /** 1, 2, ... per order; the delivery note is printed as ORD-2026-00004/2. */
  sequence: number
  deliveryDate: string
  note: string
  lines: DeliveryLine[]
  createdAt: string
}

export interface SalesDocument {
  id: number
  /** Issued in a foreign currency: the rate frozen at issue, with VAT and total in the accounting currency. */
  exchangeRate: DocumentExchangeRate | null
  type: DocumentType
  number: string | null
  status: DocumentStatus
  customerId: number
  /** The customer's details as they were when the document was last edited or issued. */
  customer: { code: string; name: string; taxId: string; billingAddress: Address }
  executiveId: number | null
  executiveName: string
  issueDate: string | null
  validUntil: string | null
  dueDate: string | null
  promisedDate: string | null
  currency: string
  paymentMethod: PaymentMethod
  paymentInstructions: string
  notes: string
  terms: string
  reason: string
  /** Why an estimate was declined or an order cancelled. */
  statusReason: string
  source: DocumentRef | null
  corrects: DocumentRef | null
  replaces: DocumentRef | null
  /** Documents made from this one (orders, invoices, credit notes, revisions). */
  related: DocumentRef[]
  lines: DocumentLine[]
  allowancesCharges: DocumentAllowanceCharge[]
  vatBreakdown: VatBreakdownRow[]
  /** Sum of line nets (BT-106), document allowances (BT-107) and charges (BT-108). */
  lineNetCents: number
  allowanceTotalCents: number
  chargeTotalCents: number
  netCents: number
  vatCents: number
  totalCents: number
  prepaidCents: number
  roundingCents: number
  /** Amount due for payment: total − prepaid + rounding (BT-115). */
  payableCents: number
  supplyDate: string | null
  supplyPeriodStart: string | null
  supplyPeriodEnd: string | null
  buyerReference: string
  orderReference: string
  /** The seller as it prints: frozen at issue (null for documents issued before the snapshot existed). */
  seller: SellerParty | null
  /** Language of the printed labels, frozen at issue. */
  documentLanguage: string | null
  /** Estimates: sent, valid-until passed, not answered. */
  expired: boolean
  /** Orders: promised date passed and not fully delivered. */
  late: boolean
  deliveries: Delivery[]
  /** What can be done now; anything else is refused by the API. */
  actions: DocumentAction[]
  issuedAt: string | null
  createdAt: string
  updatedAt: string
}

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
    sort: z
      .object({
        /** keyDate: valid until (estimates), promised delivery (orders), due date (invoices, notes). */
        field: z.enum([
          'number',
          'issueDate',
          'keyDate',
          'customerName',
          'totalCents',
          'status',
          'updatedAt'
        ]),
        direction: sortDirection
      })
      .strict(),
    ...paging
  })
  .strict()
export type DocumentListQuery = z.input<typeof documentListQuery>

const paper = z.enum(['A4', 'Letter']).optional()
export const documentPdfInput = z.object({ id, paper }).strict()

export const pickedLines = z
  .array(z.object({ lineId: id, quantityMilli: z.number().int().min(1).max(MAX_QUANTITY_MILLI) }).strict())
  .max(1000)

export const debitKinds = ['price_correction', 'fee'] as const

export const documentInputs = {
  listQuery: documentListQuery,
  create: z.object({ document: documentDraftInput }).strict(),
  update: z
    .object({ id, document: documentDraftInput, expectedUpdatedAt: z.string().max(40).optional() })
    .strict(),
  issue: z.object({ id, issueDate: isoDate.optional() }).strict(),
  decline: z.object({ id, reason: requiredText(1000, 'reasonRequired') }).strict(),
  cancel: z.object({ id, reason: requiredText(1000, 'reasonRequired') }).strict(),
  recordDelivery: z
    .object({
      orderId: id,
      deliveryDate: isoDate,
      note: optionalText(1000),
      lines: pickedLines.min(1, 'Pick at least one line')
    })
    .strict(),
  createFromOrder: z.object({ orderId: id, quantities: z.enum(['all', 'delivered']) }).strict(),
  createFromEstimate: z.object({ estimateId: id }).strict(),
  /** lines left out: everything not yet credited. */
  correction: z
    .object({
      invoiceId: id,
      reason: requiredText(1000, 'reasonRequired'),
      lines: pickedLines.optional(),
      /** Debit notes: a price correction (sales revenue, the default) or a fee / charge passed on (not revenue). */
      debitKind: z.enum(debitKinds).optional()
    })
    .strict(),
  pdf: documentPdfInput,
  deliveryPdf: documentPdfInput
}

export interface NumberingSeries {
  type: DocumentType
  year: number
  /** Numbers issued: first and last, e.g. INV-2026-00001 .. INV-2026-00042. */
  first: string
  last: string
  firstSequence: number
  lastSequence: number
  count: number
  /** The counter's next sequence number. */
  nextSequence: number
  /** Sequences missing between first and last (empty when gap-free). */
  missing: number[]
  duplicates: number
  gapFree: boolean
}

export interface NumberingReport {
  series: NumberingSeries[]
  gapFree: boolean
}
