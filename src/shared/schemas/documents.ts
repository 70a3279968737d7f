/**
 * Sales documents as they are read back: estimates, orders, invoices, credit and debit notes, their
 * lines and deliveries, what can be done with each, and the numbering report. The editor's input is
 * in document-drafts.ts, the list in document-list.ts, the API methods in documents-api.ts.
 * Money is integer cents, quantities integer thousandths (1.5 = 1500), discounts and VAT rates
 * integer basis points (12.5 % = 1250).
 */
import type { DocumentTotals } from '../totals'
import type { VatCategory } from '../vat'
import type { Address, PaymentMethod } from './customers'
import type { DocumentExchangeRate } from './rates'
import { documentTypes, type DocumentType } from './settings'

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

/** A document and its totals, as `documentTotals` (../totals.ts) works them out from the lines. */
export interface SalesDocument extends Omit<DocumentTotals, 'lines'> {
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
