/**
 * Reads what NAV needs about an issued document from the store: the frozen seller and customer
 * snapshot (falling back to the company settings where the document has no seller snapshot),
 * the lines with their VAT category ('S' when the column is not there), the delivery date,
 * the HUF rate and, for credit and debit notes, which modification of the invoice this is.
 */
import { conflict } from '../../shared/errors'
import { minorUnits } from '../../shared/currencies'
import { priceFromMinorUnits } from '../../shared/totals'
import type { Executor } from '../context'
import {
  allowanceChargeRecords,
  documentRecord,
  lineRecords,
  storedVatBreakdown,
  type DocumentRecord
} from '../documents/load'
import { readSettings } from '../settings/service'
import type { NavInvoiceSource, NavLine, NavModification, VatCategory } from './invoice-data'
import { hufRate } from './rates'
import { isDefaultExemptionText } from '../documents/exemption-text'

const categories = new Set<string>(['S', 'Z', 'E', 'AE', 'K', 'G', 'O'])

/** Columns other areas add (seller snapshot, supply date, VAT category): read when present. */
function optional(record: object, column: string): string | null {
  const value = (record as Record<string, unknown>)[column]
  return typeof value === 'string' ? value : null
}

async function modificationOf(db: Executor, record: DocumentRecord): Promise<NavModification | null> {
  if (record.correctsId === null) return null
  const original = await documentRecord(db, record.correctsId)
  const reported = await db
    .selectFrom('navReports')
    .select(['documentId', 'lineCount', 'originalDocumentId'])
    .where('kind', '=', 'invoice')
    .where('status', '<>', 'replaced')
    .where((eb) => eb.or([eb('documentId', '=', original.id), eb('originalDocumentId', '=', original.id)]))
    .where('documentId', '<>', record.id)
    .execute()
  const originalReport = reported.find((r) => r.documentId === original.id)
  const modifications = reported.filter((r) => r.originalDocumentId === original.id)
  const originalLines = originalReport?.lineCount ?? (await lineRecords(db, original.id)).length
  return {
    originalNumber: original.number ?? '',
    index: modifications.length + 1,
    linesBefore: originalLines + modifications.reduce((sum, r) => sum + r.lineCount, 0)
  }
}

/** The line's own reason; the wording written at issue when the user gave none is NAV's reason for the case instead. */
const givenExemptionText = (category: string, text: string | null): string | null =>
  isDefaultExemptionText(category, text) ? null : text

export async function navSource(db: Executor, documentId: number): Promise<NavInvoiceSource> {
  const record = await documentRecord(db, documentId)
  if (record.type !== 'invoice' && record.type !== 'credit_note' && record.type !== 'debit_note')
    throw conflict('navOnlyInvoices')
  if (record.number === null || record.issueDate === null) throw conflict('navDraftNotReported')
  const { company } = await readSettings(db)
  const seller = (column: string, fallback: string) => optional(record, column) ?? fallback
  const lines: NavLine[] = (await lineRecords(db, documentId)).map((line) => {
    const category = optional(line, 'vatCategory') ?? 'S'
    // Hungarian VAT has no split payment (Italy's category B): such a document is not reported.
    if (category === 'B') throw conflict('navSplitPayment')
    return {
      description: line.description,
      unit: line.unit,
      productId: line.productId,
      quantityMilli: line.quantityMilli,
      unitPriceTenThousandths: line.unitPriceTenThousandths,
      priceBaseQuantityMilli: line.priceBaseQuantityMilli,
      discountBp: line.discountBp,
      vatRateBp: line.vatRateBp,
      vatCategory: (categories.has(category) ? category : 'S') as VatCategory,
      exemptionCode: optional(line, 'vatExemptionCode'),
      exemptionText: givenExemptionText(category, optional(line, 'vatExemptionText')),
      grossCents: line.grossCents,
      discountCents: line.discountCents,
      netCents: line.netCents
    }
  })
  // NAV has no document-level allowance or charge: each becomes a line of its own (1 × ±amount).
  for (const a of await allowanceChargeRecords(db, documentId)) {
    if (a.vatCategory === 'B') throw conflict('navSplitPayment')
    const amount = a.charge ? a.amountCents : -a.amountCents
    lines.push({
      description: (a.reason || (a.charge ? 'Pótdíj (charge)' : 'Engedmény (allowance)')).slice(0, 512),
      unit: '',
      productId: null,
      quantityMilli: 1000,
      unitPriceTenThousandths: priceFromMinorUnits(amount, minorUnits(record.currency)),
      priceBaseQuantityMilli: 1000,
      discountBp: 0,
      vatRateBp: a.vatRateBp,
      vatCategory: a.vatCategory,
      exemptionCode: null,
      exemptionText: null,
      grossCents: amount,
      discountCents: 0,
      netCents: amount
    })
  }
  const deliveryDate = optional(record, 'supplyDate') ?? record.issueDate
  return {
    type: record.type,
    number: record.number,
    issueDate: record.issueDate,
    deliveryDate,
    currency: record.currency,
    // Hungarian VAT law converts at the rate of the supply date.
    exchangeRate: await hufRate(db, record.id, record.currency, deliveryDate),
    paymentMethod: record.paymentMethod,
    dueDate: record.dueDate,
    supplier: {
      name: seller('sellerLegalName', company.legalName),
      taxId: seller('sellerTaxId', company.taxId),
      addressLine1: seller('sellerAddressLine1', company.addressLine1),
      addressLine2: seller('sellerAddressLine2', company.addressLine2),
      postalCode: seller('sellerPostalCode', company.postalCode),
      city: seller('sellerCity', company.city),
      region: seller('sellerRegion', company.region),
      country: seller('sellerCountry', company.country),
      bankAccount: seller('sellerIban', company.iban)
    },
    customer: {
      name: record.customerName,
      taxId: record.customerTaxId,
      addressLine1: record.billingLine1,
      addressLine2: record.billingLine2,
      postalCode: record.billingPostalCode,
      city: record.billingCity,
      region: record.billingRegion,
      country: record.billingCountry
    },
    lines,
    modification: await modificationOf(db, record),
    storedVat: (await storedVatBreakdown(db, record.id, minorUnits(record.currency))).filter(
      (r) => r.vatCategory === 'S' || r.vatCategory === 'Z'
    )
  }
}
