/**
 * Builds the EN 16931 model of a stored document. An issued document is read from what was frozen
 * at its issue (seller snapshot, buyer, lines, totals, payment means), so its e-invoice never changes; a draft is
 * read with the current company profile, for the checks before issue.
 */
import { minorUnits } from '../../shared/currencies'
import { isEInvoiceType } from '../../shared/schemas/einvoice'
import { divideRoundHalfAwayFromZero, type VatBreakdownRow } from '../../shared/totals'
import { DomainError, notFound } from '../../shared/errors'
import { frozenRateFor } from '../rates/service'
import { readSettings } from '../settings/service'
import { allowanceChargeRecords, storedVatBreakdown, withFrozenSeller } from '../documents/load'
import { DEFAULT_EXEMPTION_CODE, isEuCountry, type VatCategory } from '../../shared/vat'
import type { Executor } from '../context'
import type {
  EAllowanceCharge,
  EInvoice,
  EInvoiceKind,
  ELine,
  EParty,
  EPaymentMeans,
  EVatBreakdown
} from './model'
import { paymentMeansOfDocument } from './payment-means'
import { unitCode } from './units'
import { addressOf } from '../customers/address-columns'
import { distanceSaleWording, frozenDistanceSale } from '../documents/distance-sales'

/**
 * The wording EN 16931 expects beside each exemption code when a line has none. Since issue 14 a
 * document gets its reason in its own language at issue (documents/exemption-text.ts), so this English
 * is for drafts and for documents issued before: they keep exactly the XML they gave (never change an
 * issued document's regenerated XML).
 */
const DEFAULT_EXEMPTION_TEXT: Partial<Record<VatCategory, string>> = {
  AE: 'Reverse charge',
  K: 'Intra-community supply',
  G: 'Export outside the EU',
  O: 'Not subject to VAT',
  E: 'Exempt from VAT'
}

/** "2100" basis points -> "21", "550" -> "5.5". */
export function percentFromBp(bp: number): string {
  return trimDecimal(bp, 2)
}

/** An integer scaled by 10^scale as a decimal without trailing zeros: (12500, 4) -> "1.25". */
function trimDecimal(value: number, scale: number): string {
  const negative = value < 0
  const digits = String(Math.abs(value)).padStart(scale + 1, '0')
  const whole = digits.slice(0, -scale)
  const fraction = digits.slice(-scale).replace(/0+$/, '')
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`
}

/** A VAT id carries its country prefix (BR-CO-09); Greece uses EL. */
function vatIdentifier(taxId: string, country: string): string | null {
  const compact = taxId.replace(/[\s.-]/g, '').toUpperCase()
  if (!compact) return null
  if (/^[A-Z]{2}/.test(compact) && (isEuCountry(compact.slice(0, 2)) || compact.startsWith('EL')))
    return compact
  if (!isEuCountry(country)) return null
  return `${country === 'GR' ? 'EL' : country}${compact}`
}

function party(name: string, taxId: string, address: EParty['address'], extra: Partial<EParty> = {}): EParty {
  const vatId = vatIdentifier(taxId, address.country)
  return {
    name,
    vatId,
    // Outside the EU the tax id is a tax registration, not a VAT id.
    taxRegistrationId: vatId || !taxId ? null : taxId,
    legalRegistrationId: null,
    legalInformation: null,
    contact: null,
    electronicAddress: null,
    address,
    ...extra
  }
}

export async function loadEInvoice(db: Executor, documentId: number, today: string): Promise<EInvoice> {
  const stored = await db.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirst()
  if (!stored) throw notFound('document', documentId)
  // Issued before 0007: the seller migration 0040 froze for it, never today's Settings.
  const doc = await withFrozenSeller(db, stored)
  if (!isEInvoiceType(doc.type)) throw new DomainError('invalid_input', { key: 'einvoiceOnlyInvoices' })
  const kind = doc.type as EInvoiceKind
  const issued = doc.number !== null
  const settings = await readSettings(db)
  const company = settings.company
  const digits = minorUnits(doc.currency)

  const lineRows = await db
    .selectFrom('documentLines')
    .leftJoin('products', 'products.id', 'documentLines.productId')
    .selectAll('documentLines')
    .select('products.sku')
    .where('documentId', '=', documentId)
    .orderBy('position')
    .execute()
  const acRows = await allowanceChargeRecords(db, documentId)
  // Creditor id, mandate, debited IBAN, card: frozen at issue (0047), current for a draft.
  const held = await paymentMeansOfDocument(db, doc)

  const sellerCountry = (issued ? doc.sellerCountry : company.country) ?? ''
  const sellerTaxId = (issued ? doc.sellerTaxId : company.taxId) ?? ''
  const onlyNotSubject = lineRows.length > 0 && lineRows.every((l) => l.vatCategory === 'O')
  let seller = party(
    (issued ? doc.sellerLegalName : company.legalName) ?? '',
    sellerTaxId,
    {
      line1: (issued ? doc.sellerAddressLine1 : company.addressLine1) ?? '',
      line2: (issued ? doc.sellerAddressLine2 : company.addressLine2) ?? '',
      city: (issued ? doc.sellerCity : company.city) ?? '',
      postalCode: (issued ? doc.sellerPostalCode : company.postalCode) ?? '',
      region: (issued ? doc.sellerRegion : company.region) ?? '',
      country: sellerCountry
    },
    {
      legalInformation: (issued ? doc.sellerRegistration : null) || null,
      electronicAddress: (issued ? doc.sellerEmail : company.email) || null,
      contact: null
    }
  )
  let buyer = party(doc.customerName, doc.customerTaxId, addressOf(doc, 'billing'))
  if (onlyNotSubject) {
    // BR-O-02..04: no VAT ids on a document not subject to VAT; the company is identified by its
    // registration instead (BR-CO-26).
    seller = {
      ...seller,
      vatId: null,
      taxRegistrationId: sellerTaxId || null,
      legalRegistrationId: sellerTaxId.replace(/^[A-Z]{2}(?=\d)/, '') || null
    }
    buyer = { ...buyer, vatId: null }
  }

  const lines: ELine[] = lineRows.map((row, i) => {
    const allowances: EAllowanceCharge[] = []
    if (row.discountCents !== 0)
      allowances.push(lineAc(false, row.discountCents, 'Discount', '95', row.grossCents, row.discountBp))
    if (row.allowanceCents !== 0)
      allowances.push(lineAc(false, row.allowanceCents, row.allowanceReason || 'Allowance', '95'))
    if (row.chargeCents !== 0)
      allowances.push(lineAc(true, row.chargeCents, row.chargeReason || 'Charge', 'ZZZ'))
    const gross = row.grossPriceTenThousandths
    return {
      id: String(i + 1),
      note: null,
      quantity: trimDecimal(row.quantityMilli, 3),
      unitCode: unitCode(row.unit),
      netAmount: BigInt(row.netCents),
      netPrice: trimDecimal(row.unitPriceTenThousandths, 4),
      baseQuantity: row.priceBaseQuantityMilli === 1000 ? null : trimDecimal(row.priceBaseQuantityMilli, 3),
      grossPrice: gross === null ? null : trimDecimal(gross, 4),
      priceDiscount: gross === null ? null : trimDecimal(gross - row.unitPriceTenThousandths, 4),
      allowancesCharges: allowances,
      vatCategory: row.vatCategory,
      vatRatePercent: row.vatCategory === 'O' ? null : percentFromBp(row.vatRateBp),
      itemName: firstLine(row.description),
      sellerItemId: row.sku ?? null,
      period: null
    }
  })

  const documentAc: EAllowanceCharge[] = acRows.map((row) => ({
    isCharge: row.charge,
    amount: BigInt(row.amountCents),
    baseAmount: row.baseCents === null ? null : BigInt(row.baseCents),
    percent: row.percentBp === null ? null : percentFromBp(row.percentBp),
    reason: row.reason || (row.charge ? 'Charge' : 'Allowance'),
    reasonCode: row.reasonCode || null,
    vatCategory: row.vatCategory,
    vatRatePercent: row.vatCategory === 'O' ? null : percentFromBp(row.vatRateBp)
  }))

  const vatBreakdown = withStoredVat(
    breakdown(lineRows, acRows),
    await storedVatBreakdown(db, doc.id, digits)
  )
  const taxTotal = vatBreakdown.reduce((sum, row) => sum + row.taxAmount, 0n)
  if (taxTotal !== BigInt(doc.vatCents))
    throw new DomainError(
      'conflict',
      doc.number === null
        ? { key: 'einvoiceDraftVatMismatch' }
        : { key: 'einvoiceVatMismatch', params: { number: doc.number } }
    )

  const paymentMeans = paymentMeansOf(doc.paymentMethod, {
    iban: (issued ? doc.sellerIban : company.iban) ?? '',
    bic: (issued ? doc.sellerBic : company.bic) || null,
    mandateReference: held.mandateReference,
    debitedIban: held.debitedIban || null,
    last4: held.cardLast4,
    creditorId: held.creditorId || null
  })
  const categories = new Set(vatBreakdown.map((r) => r.category))
  const distanceSale = issued ? await frozenDistanceSale(db, doc.id) : null

  return {
    kind,
    number: doc.number ?? `DRAFT-${doc.id}`,
    issueDate: doc.issueDate ?? today,
    dueDate: doc.dueDate,
    currency: doc.currency,
    currencyDigits: digits,
    accountingCurrency: await accountingCurrencyOf(db, doc.id),
    // One note (Peppol BIS allows one): an OSS distance sale's wording first, as printed.
    note:
      [distanceSale && distanceSaleWording(distanceSale, doc.documentLanguage ?? 'en'), doc.notes]
        .filter(Boolean)
        .join('\n') || null,
    buyerReference: doc.buyerReference || null,
    orderReference: doc.orderReference || null,
    precedingInvoices: doc.correctedNumber
      ? [{ number: doc.correctedNumber, issueDate: doc.correctedIssueDate }]
      : await precedingFromLink(db, doc.correctsId),
    supplyDate: doc.supplyDate,
    period:
      doc.supplyPeriodStart && doc.supplyPeriodEnd
        ? { start: doc.supplyPeriodStart, end: doc.supplyPeriodEnd }
        : null,
    seller,
    buyer,
    deliverToCountry: categories.has('K') ? doc.billingCountry || null : null,
    paymentReference: doc.number,
    paymentMeans,
    paymentTerms:
      doc.paymentInstructions ||
      doc.terms ||
      // BR-CO-25: a credit note owes the buyer its amount; say how it is settled.
      (kind === 'credit_note' && doc.correctedNumber
        ? `Credited against invoice ${doc.correctedNumber}: offset against open amounts or refunded.`
        : null),
    lines,
    allowancesCharges: documentAc,
    vatBreakdown,
    totals: {
      lineNet: BigInt(doc.lineNetCents),
      allowances: BigInt(doc.allowanceTotalCents),
      charges: BigInt(doc.chargeTotalCents),
      taxExclusive: BigInt(doc.netCents),
      tax: BigInt(doc.vatCents),
      taxInclusive: BigInt(doc.totalCents),
      prepaid: BigInt(doc.prepaidCents),
      rounding: BigInt(doc.roundingCents),
      payable: BigInt(doc.payableCents)
    }
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim() || text.trim()
}

function lineAc(
  isCharge: boolean,
  cents: number,
  reason: string,
  reasonCode: string,
  baseCents?: number,
  percentBp?: number
): EAllowanceCharge {
  return {
    isCharge,
    amount: BigInt(cents),
    baseAmount: baseCents === undefined ? null : BigInt(baseCents),
    percent: percentBp === undefined ? null : percentFromBp(percentBp),
    reason,
    reasonCode,
    vatCategory: null,
    vatRatePercent: null
  }
}

interface BreakdownLine {
  vatCategory: VatCategory
  vatRateBp: number
  netCents: number
  vatExemptionCode: string | null
  vatExemptionText: string | null
}

/** BG-23: per category and rate, taxable = line nets − allowances + charges; VAT rounded half away from zero. */
function breakdown(
  lines: readonly BreakdownLine[],
  allowancesCharges: readonly {
    charge: boolean
    amountCents: number
    vatCategory: VatCategory
    vatRateBp: number
  }[]
): EVatBreakdown[] {
  const rows = new Map<
    string,
    { category: VatCategory; rateBp: number; taxable: bigint; code: string | null; text: string | null }
  >()
  const add = (
    category: VatCategory,
    rateBp: number,
    amount: bigint,
    code: string | null,
    text: string | null
  ) => {
    const key = `${category}|${rateBp}`
    const row = rows.get(key) ?? { category, rateBp, taxable: 0n, code: null, text: null }
    row.taxable += amount
    row.code ??= code
    row.text ??= text
    rows.set(key, row)
  }
  for (const line of lines)
    add(line.vatCategory, line.vatRateBp, BigInt(line.netCents), line.vatExemptionCode, line.vatExemptionText)
  for (const ac of allowancesCharges)
    add(ac.vatCategory, ac.vatRateBp, BigInt(ac.charge ? ac.amountCents : -ac.amountCents), null, null)
  return [...rows.values()].map((row) => {
    // Split payment (B) is taxed at its rate like S: no exemption reason.
    const exempt = row.category !== 'S' && row.category !== 'Z' && row.category !== 'B'
    return {
      category: row.category,
      ratePercent: row.category === 'O' ? null : percentFromBp(row.rateBp),
      taxableAmount: row.taxable,
      taxAmount: divideRoundHalfAwayFromZero(row.taxable * BigInt(row.rateBp), 10_000n),
      exemptionCode: exempt ? (row.code ?? DEFAULT_EXEMPTION_CODE[row.category] ?? null) : null,
      exemptionText: exempt ? (row.text ?? DEFAULT_EXEMPTION_TEXT[row.category] ?? null) : null
    }
  })
}

/**
 * The VAT per category and rate as the document stored it: the credit note that finishes a rate
 * credits what remains of the invoice's VAT at that rate, which may be a cent from its own base ×
 * rate (BR-CO-17 allows that) and is what it printed and what the receivable counts.
 */
function withStoredVat(rows: EVatBreakdown[], stored: readonly VatBreakdownRow[]): EVatBreakdown[] {
  return rows.map((row) => {
    const same = stored.find(
      (s) =>
        s.vatCategory === row.category &&
        (row.ratePercent === null || percentFromBp(s.vatRateBp) === row.ratePercent)
    )
    return same ? { ...row, taxAmount: BigInt(same.vatCents) } : row
  })
}

function paymentMeansOf(
  method: string,
  held: {
    iban: string
    bic: string | null
    mandateReference: string
    debitedIban: string | null
    last4: string
    creditorId: string | null
  }
): EPaymentMeans | null {
  // A missing IBAN stays visible to the checks (BR-61) instead of silently dropping the means.
  if (method === 'bank_transfer')
    return { kind: 'credit_transfer', iban: held.iban, bic: held.bic, accountName: null }
  if (method === 'direct_debit')
    return {
      kind: 'direct_debit',
      mandateReference: held.mandateReference,
      creditorId: held.creditorId,
      debitedIban: held.debitedIban
    }
  if (method === 'card' && held.last4) return { kind: 'card', last4: held.last4, holder: null }
  return null
}

async function precedingFromLink(
  db: Executor,
  correctsId: number | null
): Promise<EInvoice['precedingInvoices']> {
  if (correctsId === null) return []
  const original = await db
    .selectFrom('documents')
    .select(['number', 'issueDate'])
    .where('id', '=', correctsId)
    .executeTakeFirst()
  return original?.number ? [{ number: original.number, issueDate: original.issueDate }] : []
}

/**
 * BT-6 and BT-111: an invoice in another currency than the company's accounting currency also states
 * its VAT total in the accounting currency (VAT Directive art. 230), at the rate frozen when it was
 * issued (the rates area keeps it). A draft, a document in the accounting currency or one issued
 * without a known rate has none, and the XML then carries neither element.
 */
async function accountingCurrencyOf(
  db: Executor,
  documentId: number
): Promise<EInvoice['accountingCurrency']> {
  const rate = await frozenRateFor(db, documentId)
  if (!rate || rate.accountingCurrency === rate.currency) return null
  return {
    code: rate.accountingCurrency,
    digits: minorUnits(rate.accountingCurrency),
    taxAmount: BigInt(rate.vatInAccountingCents)
  }
}
