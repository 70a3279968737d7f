/**
 * The editor's form values (text as typed) and their conversion to the API's draft input
 * (cents, thousandths, basis points), checked with the same schema the API uses.
 */
import { minorUnits } from '../../../shared/currencies'
import { parseVatRateToBasisPoints } from '../../../shared/money'
import {
  documentDraftInput,
  type DocumentAllowanceChargeInput,
  type DocumentDraftInput
} from '../../../shared/schemas/document-drafts'
import { type DocumentType, type SalesDocument } from '../../../shared/schemas/documents'
import {
  documentTotals,
  formatQuantityMilli,
  formatUnitPrice,
  parseQuantityToMilli,
  parseUnitPrice,
  type TotalsLine,
  type VatBreakdownRow
} from '../../../shared/totals'
import { EXEMPTION_REASON_CATEGORIES, isVatCategory, type VatCategory } from '../../../shared/vat'
import { bpToText } from '../components/number-text'
import type { CheckKey } from '../components/strings'

/**
 * What a line has that the editor does not show (yet) but must not lose on save: lines made
 * through the API or from another document with a price base quantity, a gross price, a fixed
 * allowance or charge.
 */
export interface CarriedLine {
  grossPriceTenThousandths: number | null
  priceBaseQuantityMilli: number
  allowanceCents: number
  allowanceReason: string
  chargeCents: number
  chargeReason: string
}

export interface LineValues {
  productId: number | null
  description: string
  unit: string
  quantity: string
  /** The unit price as typed, up to 4 decimals (0,0125). */
  price: string
  discount: string
  /** VAT category and rate together, as the select offers them: "S/2100", "AE/0". */
  vat: string
  /** Exempt, reverse charge, intra-EU, export, not subject: the VATEX code and the printed reason. */
  exemptionCode: string
  exemptionText: string
  promisedDate: string
  sourceLineId: number | null
  carried: CarriedLine
}

/** The same for the document: allowances and charges, references, prepaid amount, rounding. */
export interface CarriedDocument {
  allowancesCharges: DocumentAllowanceChargeInput[]
  supplyPeriodStart: string | null
  supplyPeriodEnd: string | null
  buyerReference: string
  orderReference: string
  prepaidCents: number
  roundingCents: number
  /** A credit note's VAT per rate as the store worked it out (what remained of the invoice's); not sent back. */
  storedVat: VatBreakdownRow[]
}

export const vatKey = (vatCategory: VatCategory, vatRateBp: number) => `${vatCategory}/${vatRateBp}`

/** "AE/0" -> category and rate; null when it is not one. */
export function parseVatKey(key: string): { vatCategory: VatCategory; vatRateBp: number } | null {
  const [category, rate] = key.split('/')
  const vatRateBp = Number(rate)
  if (!isVatCategory(category) || rate === '' || !Number.isInteger(vatRateBp)) return null
  return { vatCategory: category, vatRateBp }
}

/** The currency's decimals, 2 while the code is not (yet) a known one. */
export function currencyDigits(currency: string): number {
  try {
    return minorUnits(currency)
  } catch {
    // A currency code not (yet) valid while typed: the usual two decimals; saving checks the code.
    return 2
  }
}

const noCarriedLine = (): CarriedLine => ({
  grossPriceTenThousandths: null,
  priceBaseQuantityMilli: 1000,
  allowanceCents: 0,
  allowanceReason: '',
  chargeCents: 0,
  chargeReason: ''
})

const noCarriedDocument = (): CarriedDocument => ({
  allowancesCharges: [],
  supplyPeriodStart: null,
  supplyPeriodEnd: null,
  buyerReference: '',
  orderReference: '',
  prepaidCents: 0,
  roundingCents: 0,
  storedVat: []
})

/** The editor's fields: texts and terms as the document keeps them, dates and choices as inputs hold them. */
export interface DraftValues extends Pick<
  SalesDocument,
  'type' | 'currency' | 'paymentMethod' | 'paymentInstructions' | 'notes' | 'terms' | 'reason'
> {
  customerId: number | null
  customerName: string
  executiveId: string
  issueDate: string
  validUntil: string
  promisedDate: string
  /** Invoices: the date of supply; empty: the delivery dates of the order, else the issue date. */
  supplyDate: string
  lines: LineValues[]
  carried: CarriedDocument
}

export const emptyLine = (
  vatRateBp: number,
  vatCategory: VatCategory = vatRateBp === 0 ? 'Z' : 'S',
  exemptionCode: string | null = null
): LineValues => ({
  productId: null,
  description: '',
  unit: '',
  quantity: '1',
  price: '',
  discount: '0',
  vat: vatKey(vatCategory, vatRateBp),
  exemptionCode: exemptionCode ?? '',
  exemptionText: '',
  promisedDate: '',
  sourceLineId: null,
  carried: noCarriedLine()
})

export function valuesFromDocument(doc: SalesDocument, mark: string): DraftValues {
  const digits = currencyDigits(doc.currency)
  return {
    type: doc.type,
    customerId: doc.customerId,
    customerName: doc.customer.name,
    executiveId: doc.executiveId === null ? '' : String(doc.executiveId),
    issueDate: doc.issueDate ?? '',
    validUntil: doc.validUntil ?? '',
    promisedDate: doc.promisedDate ?? '',
    currency: doc.currency,
    paymentMethod: doc.paymentMethod,
    paymentInstructions: doc.paymentInstructions,
    notes: doc.notes,
    terms: doc.terms,
    reason: doc.reason,
    supplyDate: doc.supplyDate ?? '',
    lines: doc.lines.map((l) => ({
      productId: l.productId,
      description: l.description,
      unit: l.unit,
      quantity: formatQuantityMilli(l.quantityMilli, mark),
      // The stored price to its 4 decimals: saving again must not round 0.0125 to 0.01.
      price: formatUnitPrice(l.unitPriceTenThousandths, digits, mark),
      discount: bpToText(l.discountBp, mark),
      vat: vatKey(l.vatCategory, l.vatRateBp),
      exemptionCode: l.vatExemptionCode ?? '',
      exemptionText: l.vatExemptionText ?? '',
      promisedDate: l.promisedDate ?? '',
      sourceLineId: l.sourceLineId,
      carried: {
        grossPriceTenThousandths: l.grossPriceTenThousandths,
        priceBaseQuantityMilli: l.priceBaseQuantityMilli,
        allowanceCents: l.allowanceCents,
        allowanceReason: l.allowanceReason,
        chargeCents: l.chargeCents,
        chargeReason: l.chargeReason
      }
    })),
    carried: {
      allowancesCharges: doc.allowancesCharges.map((ac) => ({
        charge: ac.charge,
        amountCents: ac.amountCents,
        baseCents: ac.baseCents,
        percentBp: ac.percentBp,
        reason: ac.reason,
        reasonCode: ac.reasonCode,
        vatCategory: ac.vatCategory,
        vatRateBp: ac.vatRateBp
      })),
      supplyPeriodStart: doc.supplyPeriodStart,
      supplyPeriodEnd: doc.supplyPeriodEnd,
      buyerReference: doc.buyerReference,
      orderReference: doc.orderReference,
      prepaidCents: doc.prepaidCents,
      roundingCents: doc.roundingCents,
      storedVat: doc.type === 'credit_note' ? doc.vatBreakdown : []
    }
  }
}

export function newDraftValues(type: DocumentType, currency: string, terms: string): DraftValues {
  return {
    type,
    customerId: null,
    customerName: '',
    executiveId: '',
    issueDate: '',
    validUntil: '',
    promisedDate: '',
    currency,
    paymentMethod: 'bank_transfer',
    paymentInstructions: '',
    notes: '',
    terms,
    reason: '',
    supplyDate: '',
    lines: [],
    carried: noCarriedDocument()
  }
}

/** Live totals with the store's own arithmetic; amounts too large to compute show as zero until corrected. */
export function draftTotals(
  values: Pick<DraftValues, 'lines' | 'carried'>,
  minorUnits: number
): ReturnType<typeof documentTotals> {
  const lines = values.lines.map(parseLine).filter((l) => l !== null)
  try {
    const options = { minorUnits, allowancesCharges: values.carried.allowancesCharges }
    const computed = documentTotals(lines, options)
    // A credit note that finishes a rate credits what remained of its VAT (2.53 where base × rate
    // alone is 2.52): shown as the store has it while the rate's base is what the store worked on.
    const vatOverrides = new Map(
      values.carried.storedVat
        .filter((s) =>
          computed.vatBreakdown.some(
            (r) =>
              vatKey(r.vatCategory, r.vatRateBp) === vatKey(s.vatCategory, s.vatRateBp) &&
              r.netCents === s.netCents
          )
        )
        .map((s) => [vatKey(s.vatCategory, s.vatRateBp), s.vatCents])
    )
    return vatOverrides.size === 0 ? computed : documentTotals(lines, { ...options, vatOverrides })
  } catch {
    // Lines that cannot be totalled yet (mixed while typed): no totals; saving shows the problem.
    return documentTotals([])
  }
}

/** A line's numbers, or null for the ones that are not numbers (yet). */
export function parseLine(line: LineValues): (TotalsLine & { vatCategory: VatCategory }) | null {
  const quantityMilli = parseQuantityToMilli(line.quantity)
  const unitPriceTenThousandths = parseUnitPrice(line.price)
  const discountBp = line.discount.trim() === '' ? 0 : parseVatRateToBasisPoints(line.discount)
  const vat = parseVatKey(line.vat)
  if (quantityMilli === null || unitPriceTenThousandths === null || discountBp === null || vat === null)
    return null
  const { priceBaseQuantityMilli, allowanceCents, chargeCents } = line.carried
  return {
    quantityMilli,
    unitPriceTenThousandths,
    discountBp,
    ...vat,
    priceBaseQuantityMilli,
    allowanceCents,
    chargeCents
  }
}

/** API field -> form field, for errors: "lines.0.unitPriceCents" -> "lines.0.price". */
const renamed: Record<string, string> = {
  quantityMilli: 'quantity',
  unitPriceCents: 'price',
  unitPriceTenThousandths: 'price',
  discountBp: 'discount',
  vatRateBp: 'vat',
  vatCategory: 'vat',
  vatExemptionCode: 'exemptionCode',
  vatExemptionText: 'exemptionText',
  productId: 'description',
  sourceLineId: 'description'
}

export function formPath(apiPath: string): string {
  const parts = apiPath.split('.')
  if (parts[0] === 'document') parts.shift()
  if (parts[0] === 'lines' && parts.length === 3) parts[2] = renamed[parts[2]] ?? parts[2]
  if (parts[0] === 'customerId') return 'customerName'
  return parts.join('.')
}

export type Converted =
  { ok: true; input: DocumentDraftInput } | { ok: false; fields: Record<string, string> }

const quantityMessage: CheckKey = 'checks.enterQuantity'
const priceMessage: CheckKey = 'checks.enterPrice'
const percentMessage: CheckKey = 'checks.enterPercentage'

export function toDraftInput(values: DraftValues): Converted {
  const fields: Record<string, string> = {}
  // In the order of the page, so the first problem gets the focus.
  if (values.customerId === null) fields.customerName = 'checks.pickCustomer' satisfies CheckKey
  const lines = values.lines.map((line, i) => {
    const quantityMilli = parseQuantityToMilli(line.quantity)
    const unitPriceTenThousandths = parseUnitPrice(line.price)
    const discountBp = line.discount.trim() === '' ? 0 : parseVatRateToBasisPoints(line.discount)
    const vat = parseVatKey(line.vat)
    if (quantityMilli === null) fields[`lines.${i}.quantity`] = quantityMessage
    if (unitPriceTenThousandths === null) fields[`lines.${i}.price`] = priceMessage
    if (discountBp === null) fields[`lines.${i}.discount`] = percentMessage
    return {
      productId: line.productId,
      description: line.description,
      unit: line.unit,
      quantityMilli: quantityMilli ?? 0,
      unitPriceTenThousandths: unitPriceTenThousandths ?? 0,
      discountBp: discountBp ?? 0,
      vatCategory: vat?.vatCategory ?? 'S',
      vatRateBp: vat?.vatRateBp ?? -1,
      // Standard and zero-rated lines carry no exemption reason (EN 16931 BR-S-10, BR-Z-10).
      vatExemptionCode:
        vat && EXEMPTION_REASON_CATEGORIES.includes(vat.vatCategory) ? line.exemptionCode : null,
      vatExemptionText:
        vat && EXEMPTION_REASON_CATEGORIES.includes(vat.vatCategory) ? line.exemptionText : null,
      promisedDate: values.type === 'order' && line.promisedDate ? line.promisedDate : null,
      sourceLineId: line.sourceLineId,
      ...line.carried
    }
  })
  const invoiceLike =
    values.type === 'invoice' || values.type === 'credit_note' || values.type === 'debit_note'
  const { storedVat: _storedVat, ...carried } = values.carried
  const input: DocumentDraftInput = {
    type: values.type,
    customerId: values.customerId ?? 0,
    executiveId: values.executiveId === '' ? null : Number(values.executiveId),
    issueDate: values.issueDate || null,
    validUntil: values.type === 'estimate' ? values.validUntil || null : null,
    promisedDate: values.type === 'order' ? values.promisedDate || null : null,
    currency: values.currency,
    paymentMethod: values.paymentMethod,
    paymentInstructions: values.paymentInstructions,
    notes: values.notes,
    terms: values.terms,
    reason: values.reason,
    lines,
    ...carried,
    supplyDate: invoiceLike ? values.supplyDate || null : null
  }
  const parsed = documentDraftInput.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formPath(issue.path.map(String).join('.'))
      if (path !== 'customerName' || values.customerId !== null) fields[path] ??= issue.message
    }
  }
  if (Object.keys(fields).length > 0) {
    // Header fields before lines, the page's order.
    const entries = Object.entries(fields)
    return {
      ok: false,
      fields: Object.fromEntries([
        ...entries.filter(([k]) => !k.startsWith('lines.')),
        ...entries.filter(([k]) => k.startsWith('lines.'))
      ])
    }
  }
  return { ok: true, input }
}
