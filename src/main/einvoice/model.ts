/**
 * The EN 16931 semantic model of one invoice, credit note or debit note, as our store holds it:
 * the business terms (BT-n) the UBL and CII writers need, already decided (VAT categories, totals,
 * payment means). Amounts are integers in the currency's minor unit; quantities, prices and rates
 * are exact decimal strings ("2.5", "0.0125", "21"), written to the XML as they are.
 */
import type { VatCategory } from '../../shared/vat'

export type { VatCategory }

export type EInvoiceKind = 'invoice' | 'credit_note' | 'debit_note'

/** UNTDID 1001: 380 commercial invoice, 381 credit note, 383 debit note. */
export const TYPE_CODES: Record<EInvoiceKind, string> = {
  invoice: '380',
  credit_note: '381',
  debit_note: '383'
}

export interface EAddress {
  line1: string
  line2: string
  city: string
  postalCode: string
  region: string
  /** ISO 3166-1 alpha-2. */
  country: string
}

export interface EParty {
  /** BT-27 / BT-44 */
  name: string
  /** BT-31 / BT-48: VAT identifier with its country prefix (ESB12345678). */
  vatId: string | null
  /** BT-32: a tax registration that is not a VAT id (local tax number). */
  taxRegistrationId: string | null
  /** BT-30 / BT-47: legal registration identifier (company register number). */
  legalRegistrationId: string | null
  /** BT-33: additional legal information (register, share capital). */
  legalInformation: string | null
  address: EAddress
  contact: { name: string; phone: string; email: string } | null
  /** BT-34 / BT-49: electronic address; we use the e-mail address (EAS scheme EM). */
  electronicAddress: string | null
}

export interface EAllowanceCharge {
  /** true: a charge (BG-21 / BG-28); false: an allowance (BG-20 / BG-27). */
  isCharge: boolean
  amount: bigint
  /** When the amount is a percentage of a base. */
  baseAmount: bigint | null
  percent: string | null
  reason: string
  /** UNTDID 5189 (allowances) or 7161 (charges). */
  reasonCode: string | null
  /** Document level only: the VAT category and rate the allowance or charge falls under. */
  vatCategory: VatCategory | null
  vatRatePercent: string | null
}

export interface ELine {
  id: string
  note: string | null
  /** BT-129, may be negative (a returned item, a deducted deposit). */
  quantity: string
  /** UN/ECE Recommendation 20 unit code (C62 one, HUR hour, KGM kilogram, ...). */
  unitCode: string
  /** BT-131: quantity × net price ÷ base quantity + line charges − line allowances. */
  netAmount: bigint
  /** BT-146: net price, never negative. */
  netPrice: string
  /** BT-149: the quantity the price is for (100 pieces); null = 1. */
  baseQuantity: string | null
  /** BT-148 and BT-147: gross price and the discount that makes it the net price. */
  grossPrice: string | null
  priceDiscount: string | null
  allowancesCharges: EAllowanceCharge[]
  vatCategory: VatCategory
  /** null for category O (not subject to VAT): no rate at all. */
  vatRatePercent: string | null
  itemName: string
  sellerItemId: string | null
  /** BG-26 line period, when the line covers one. */
  period: { start: string; end: string } | null
}

export interface EVatBreakdown {
  category: VatCategory
  ratePercent: string | null
  /** BT-116 */
  taxableAmount: bigint
  /** BT-117 */
  taxAmount: bigint
  /** BT-121 VATEX code and BT-120 text, for E, AE, K, G, O. */
  exemptionCode: string | null
  exemptionText: string | null
}

export type EPaymentMeans =
  | { kind: 'credit_transfer'; iban: string; bic: string | null; accountName: string | null }
  | {
      kind: 'direct_debit'
      mandateReference: string
      creditorId: string | null
      debitedIban: string | null
    }
  | { kind: 'card'; last4: string; holder: string | null }

export interface ETotals {
  /** BT-106 */
  lineNet: bigint
  /** BT-107, BT-108 */
  allowances: bigint
  charges: bigint
  /** BT-109 */
  taxExclusive: bigint
  /** BT-110 */
  tax: bigint
  /** BT-112 */
  taxInclusive: bigint
  /** BT-113 */
  prepaid: bigint
  /** BT-114 */
  rounding: bigint
  /** BT-115 */
  payable: bigint
}

export interface EInvoice {
  kind: EInvoiceKind
  /** BT-1 */
  number: string
  /** BT-2, ISO date */
  issueDate: string
  /** BT-9 */
  dueDate: string | null
  /** BT-5 */
  currency: string
  /** Digits after the decimal point for amounts in the document's currency. */
  currencyDigits: number
  /** BT-6 and BT-111: the VAT total in the accounting currency when the invoice is in another one. */
  accountingCurrency: { code: string; digits: number; taxAmount: bigint } | null
  /** BT-22 */
  note: string | null
  /** BT-10 */
  buyerReference: string | null
  /** BT-13 */
  orderReference: string | null
  /** BT-25 / BT-26: the invoices a credit or debit note corrects. */
  precedingInvoices: { number: string; issueDate: string | null }[]
  /** BT-72, or BG-14 invoicing period. */
  supplyDate: string | null
  period: { start: string; end: string } | null
  seller: EParty
  buyer: EParty
  /** BT-80 deliver-to country (required with intra-community supply). */
  deliverToCountry: string | null
  /** BT-83 remittance information: what the payer quotes. */
  paymentReference: string | null
  paymentMeans: EPaymentMeans | null
  /** BT-20 */
  paymentTerms: string | null
  lines: ELine[]
  allowancesCharges: EAllowanceCharge[]
  vatBreakdown: EVatBreakdown[]
  totals: ETotals
}

/** An amount in minor units as the XML writes it: "1234.50", "-0.01", "1500" (JPY). */
export function formatAmount(minor: bigint, digits: number): string {
  const negative = minor < 0n
  const abs = negative ? -minor : minor
  if (digits === 0) return `${negative ? '-' : ''}${abs}`
  const text = abs.toString().padStart(digits + 1, '0')
  return `${negative ? '-' : ''}${text.slice(0, -digits)}.${text.slice(-digits)}`
}
