/**
 * The editor's form values (text as typed) and their conversion to the API's draft input
 * (cents, thousandths, basis points), checked with the same schema the API uses.
 */
import { centsToDecimalString, parseMoneyToCents, parseVatRateToBasisPoints } from '../../../shared/money'
import {
  documentDraftInput,
  type DocumentDraftInput,
  type DocumentType,
  type SalesDocument
} from '../../../shared/schemas/documents'
import type { PaymentMethod } from '../../../shared/schemas/customers'
import { formatQuantityMilli, parseQuantityToMilli, type TotalsLine } from '../../../shared/totals'

export interface LineValues {
  productId: number | null
  description: string
  unit: string
  quantity: string
  price: string
  discount: string
  vat: string
  promisedDate: string
  sourceLineId: number | null
}

export interface DraftValues {
  type: DocumentType
  customerId: number | null
  customerName: string
  executiveId: string
  issueDate: string
  validUntil: string
  promisedDate: string
  currency: string
  paymentMethod: PaymentMethod
  paymentInstructions: string
  notes: string
  terms: string
  reason: string
  lines: LineValues[]
}

export const emptyLine = (vatRateBp: number): LineValues => ({
  productId: null,
  description: '',
  unit: '',
  quantity: '1',
  price: '',
  discount: '0',
  vat: String(vatRateBp),
  promisedDate: '',
  sourceLineId: null
})

/** Basis points as typed percentages: 1250 -> "12.5". */
export function bpToText(bp: number, mark: string): string {
  const whole = Math.trunc(bp / 100)
  const fraction = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '')
  return fraction ? `${whole}${mark}${fraction}` : String(whole)
}

export const centsToText = (cents: number, mark: string) => centsToDecimalString(cents).replace('.', mark)

export function valuesFromDocument(doc: SalesDocument, mark: string): DraftValues {
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
    lines: doc.lines.map((l) => ({
      productId: l.productId,
      description: l.description,
      unit: l.unit,
      quantity: formatQuantityMilli(l.quantityMilli, mark),
      price: centsToText(l.unitPriceCents, mark),
      discount: bpToText(l.discountBp, mark),
      vat: String(l.vatRateBp),
      promisedDate: l.promisedDate ?? '',
      sourceLineId: l.sourceLineId
    }))
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
    lines: []
  }
}

/** A line's numbers, or null for the ones that are not numbers (yet). */
export function parseLine(
  line: LineValues
):
  | (TotalsLine & { quantityMilli: number | null; unitPriceCents: number | null; discountBp: number | null })
  | null {
  const quantityMilli = parseQuantityToMilli(line.quantity)
  const unitPriceCents = parseMoneyToCents(line.price)
  const discountBp = line.discount.trim() === '' ? 0 : parseVatRateToBasisPoints(line.discount)
  const vatRateBp = Number(line.vat)
  if (
    quantityMilli === null ||
    unitPriceCents === null ||
    discountBp === null ||
    !Number.isInteger(vatRateBp)
  )
    return null
  return { quantityMilli, unitPriceCents, discountBp, vatRateBp }
}

/** API field -> form field, for errors: "lines.0.unitPriceCents" -> "lines.0.price". */
const renamed: Record<string, string> = {
  quantityMilli: 'quantity',
  unitPriceCents: 'price',
  discountBp: 'discount',
  vatRateBp: 'vat',
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

const quantityMessage = 'Enter a quantity'
const priceMessage = 'Enter a price'
const percentMessage = 'Enter a percentage, e.g. 10 or 12.5'

export function toDraftInput(values: DraftValues): Converted {
  const fields: Record<string, string> = {}
  // In the order of the page, so the first problem gets the focus.
  if (values.customerId === null) fields.customerName = 'Pick a customer'
  const lines = values.lines.map((line, i) => {
    const quantityMilli = parseQuantityToMilli(line.quantity)
    const unitPriceCents = parseMoneyToCents(line.price)
    const discountBp = line.discount.trim() === '' ? 0 : parseVatRateToBasisPoints(line.discount)
    if (quantityMilli === null) fields[`lines.${i}.quantity`] = quantityMessage
    if (unitPriceCents === null) fields[`lines.${i}.price`] = priceMessage
    if (discountBp === null) fields[`lines.${i}.discount`] = percentMessage
    return {
      productId: line.productId,
      description: line.description,
      unit: line.unit,
      quantityMilli: quantityMilli ?? 0,
      unitPriceCents: unitPriceCents ?? 0,
      discountBp: discountBp ?? 0,
      vatRateBp: Number(line.vat),
      promisedDate: values.type === 'order' && line.promisedDate ? line.promisedDate : null,
      sourceLineId: line.sourceLineId
    }
  })
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
    lines
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
