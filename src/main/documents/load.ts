/** Reads a document with its lines, quantities delivered/invoiced/credited, links and actions. */
import type { Selectable } from 'kysely'
import type {
  Delivery,
  DocumentAction,
  DocumentLine,
  DocumentRef,
  DocumentStatus,
  DocumentType,
  SalesDocument
} from '../../shared/schemas/documents'
import type { DocumentAllowanceCharge, SellerParty } from '../../shared/schemas/documents'
import type { ErrorKey } from '../../shared/errors'
import { conflict, currencyDigitsOrDefault } from './common'
import { documentTotals, priceToMinorUnits, vatGroupKey, type VatBreakdownRow } from '../../shared/totals'
import { documentExchangeRate } from '../rates/service'
import type { Executor } from '../context'
import { notFound } from '../db/errors'
import { addressOf } from '../customers/address-columns'
import type { DocumentLinesTable, DocumentSellerBackfillsTable, DocumentsTable } from '../db/types'

export type DocumentRecord = Selectable<DocumentsTable>
export type LineRecord = Selectable<DocumentLinesTable>

/**
 * What a line says apart from its quantity: the product and its text, the price terms and the VAT.
 * A copy of a document keeps them as they were, and a credit note's line is the invoiced line's.
 */
export function lineTerms(l: LineRecord) {
  return {
    productId: l.productId,
    description: l.description,
    unit: l.unit,
    unitPriceTenThousandths: l.unitPriceTenThousandths,
    grossPriceTenThousandths: l.grossPriceTenThousandths,
    priceBaseQuantityMilli: l.priceBaseQuantityMilli,
    discountBp: l.discountBp,
    allowanceCents: l.allowanceCents,
    allowanceReason: l.allowanceReason,
    chargeCents: l.chargeCents,
    chargeReason: l.chargeReason,
    vatCategory: l.vatCategory,
    vatRateBp: l.vatRateBp,
    vatExemptionCode: l.vatExemptionCode,
    vatExemptionText: l.vatExemptionText
  }
}

export async function documentRecord(db: Executor, id: number): Promise<DocumentRecord> {
  const record = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst()
  if (!record) throw notFound('document', id)
  return record
}

/** What a step that needs an estimate or an order says when it is given another document. */
const notOfTypeRefusals = {
  estimate: 'documentNotEstimate',
  order: 'documentNotOrder'
} as const satisfies Partial<Record<DocumentType, ErrorKey>>

/** The document `id` when it is of `type`; else refused as not that kind of document, by its number (a draft by its id). */
export async function documentOfType(
  db: Executor,
  id: number,
  type: keyof typeof notOfTypeRefusals
): Promise<DocumentRecord> {
  const record = await documentRecord(db, id)
  if (record.type !== type) throw conflict(notOfTypeRefusals[type], { number: record.number ?? `#${id}` })
  return record
}

/** A document's allowances and charges in their order, as the screens, the e-invoice and the NAV report read them. */
export async function allowanceChargeRecords(
  db: Executor,
  documentId: number
): Promise<DocumentAllowanceCharge[]> {
  const rows = await db
    .selectFrom('documentAllowancesCharges')
    .selectAll()
    .where('documentId', '=', documentId)
    .orderBy('position')
    .execute()
  return rows.map(({ documentId: _document, isCharge, ...row }) => ({ ...row, charge: isCharge === 1 }))
}

/** A document allowance or charge as a new document takes it over (no id, no position of its own). */
export type AllowanceChargeRow = Omit<DocumentAllowanceCharge, 'id' | 'position'>

/** The credit notes issued against an invoice (drafts do not count), but `except` (the one being written). */
export async function issuedCreditNotes(
  db: Executor,
  invoiceId: number,
  except: number | null
): Promise<number[]> {
  const notes = await db
    .selectFrom('documents')
    .select('id')
    .where('correctsId', '=', invoiceId)
    .where('type', '=', 'credit_note')
    .where('status', '<>', 'draft')
    .execute()
  return notes.map((n) => n.id).filter((id) => id !== except)
}

/**
 * What is left to credit of an invoice's document allowances and charges, per VAT category and
 * rate (`vatGroupKey`; rates with nothing left are not in the map): the invoice's own rows where no
 * credit note took any of that rate, else one charge and one allowance for what remains.
 */
export async function openAllowancesCharges(
  db: Executor,
  invoiceId: number,
  notes: readonly number[]
): Promise<Map<string, AllowanceChargeRow[]>> {
  const invoiced = await allowanceChargeRecords(db, invoiceId)
  const credited: DocumentAllowanceCharge[] = []
  for (const note of notes) credited.push(...(await allowanceChargeRecords(db, note)))
  const key = (ac: DocumentAllowanceCharge) => vatGroupKey(ac.vatCategory, ac.vatRateBp)
  const open = new Map<string, AllowanceChargeRow[]>()
  for (const group of new Set([...invoiced, ...credited].map(key))) {
    const rows = remainingCharges(
      invoiced.filter((ac) => key(ac) === group),
      credited.filter((ac) => key(ac) === group)
    )
    if (rows.length > 0) open.set(group, rows)
  }
  return open
}

function remainingCharges(
  invoiced: readonly DocumentAllowanceCharge[],
  credited: readonly DocumentAllowanceCharge[]
): AllowanceChargeRow[] {
  const asRow = ({ id: _id, position: _position, ...ac }: DocumentAllowanceCharge): AllowanceChargeRow => ac
  if (credited.length === 0) return invoiced.map(asRow)
  const left = (charge: boolean) =>
    invoiced.filter((ac) => ac.charge === charge).reduce((sum, ac) => sum + ac.amountCents, 0) -
    credited.filter((ac) => ac.charge === charge).reduce((sum, ac) => sum + ac.amountCents, 0)
  return [true, false].flatMap((charge) => {
    const amount = left(charge)
    const model = invoiced.find((ac) => ac.charge === charge) ?? credited.find((ac) => ac.charge === charge)
    if (amount === 0 || !model) return []
    // More credited than invoiced (a note written by hand): what is left goes the other way.
    const sign = amount > 0 ? charge : !charge
    return [
      { ...asRow(model), charge: sign, amountCents: Math.abs(amount), baseCents: null, percentBp: null }
    ]
  })
}

type SellerSnapshot = Pick<DocumentRecord, 'number' | 'sellerLegalName' | keyof FrozenSeller>
type FrozenSeller = Omit<Selectable<DocumentSellerBackfillsTable>, 'documentId' | 'frozenAt'>

/**
 * An issued document's record with its frozen seller, language, locale and paper: its own columns,
 * or, for a document issued before 0007 had them, what migration 0040 froze for it. Never Settings.
 */
export async function withFrozenSeller<R extends SellerSnapshot & { id: number }>(
  db: Executor,
  record: R
): Promise<R> {
  if (record.number === null || record.sellerLegalName !== null) return record
  const backfill = await db
    .selectFrom('documentSellerBackfills')
    .selectAll()
    .where('documentId', '=', record.id)
    .executeTakeFirst()
  if (!backfill) return record
  const { documentId: _document, frozenAt: _at, ...seller } = backfill
  return { ...record, ...seller }
}

/**
 * The VAT breakdown as stored when the document was written (exact credit-note remainders
 * included); documents written before it was stored get it computed from their stored line nets.
 */
export async function storedVatBreakdown(
  db: Executor,
  documentId: number,
  digits: number
): Promise<VatBreakdownRow[]> {
  const rows = await db
    .selectFrom('documentVatBreakdown')
    .selectAll()
    .where('documentId', '=', documentId)
    .execute()
  if (rows.length > 0)
    return rows
      .map((r) => ({
        vatCategory: r.vatCategory,
        vatRateBp: r.vatRateBp,
        netCents: r.baseCents,
        vatCents: r.vatCents
      }))
      .sort((a, b) => b.vatRateBp - a.vatRateBp || a.vatCategory.localeCompare(b.vatCategory))
  const lines = await lineRecords(db, documentId)
  const allowancesCharges = await allowanceChargeRecords(db, documentId)
  return documentTotals(
    lines.map((l) => ({ ...l, netCentsOverride: l.netCents })),
    { minorUnits: digits, allowancesCharges }
  ).vatBreakdown
}

/** The seller as frozen at issue; null when the document has no snapshot (drafts, issued before 0007). */
export function sellerOf(record: DocumentRecord): SellerParty | null {
  if (record.sellerLegalName === null) return null
  return {
    legalName: record.sellerLegalName,
    taxId: record.sellerTaxId ?? '',
    address: {
      line1: record.sellerAddressLine1 ?? '',
      line2: record.sellerAddressLine2 ?? '',
      postalCode: record.sellerPostalCode ?? '',
      city: record.sellerCity ?? '',
      region: record.sellerRegion ?? '',
      country: record.sellerCountry ?? ''
    },
    iban: record.sellerIban ?? '',
    bic: record.sellerBic ?? '',
    phone: record.sellerPhone ?? '',
    email: record.sellerEmail ?? '',
    website: record.sellerWebsite ?? '',
    registration: record.sellerRegistration ?? '',
    footer: record.sellerFooter ?? ''
  }
}

export function lineRecords(db: Executor, documentId: number): Promise<LineRecord[]> {
  return db
    .selectFrom('documentLines')
    .selectAll()
    .where('documentId', '=', documentId)
    .orderBy('position')
    .execute()
}

/** Sum of quantities on issued documents of `type` whose lines come from the given lines. */
export async function quantitiesFrom(
  db: Executor,
  sourceLineIds: number[],
  types: DocumentType[]
): Promise<Map<number, number>> {
  const sums = new Map<number, number>()
  if (sourceLineIds.length === 0) return sums
  const rows = await db
    .selectFrom('documentLines as l')
    .innerJoin('documents as d', 'd.id', 'l.documentId')
    .select((eb) => ['l.sourceLineId', eb.fn.sum<number>('l.quantityMilli').as('quantity')])
    .where('l.sourceLineId', 'in', sourceLineIds)
    .where('d.type', 'in', types)
    .where('d.status', '<>', 'draft')
    .groupBy('l.sourceLineId')
    .execute()
  for (const row of rows) if (row.sourceLineId !== null) sums.set(row.sourceLineId, row.quantity)
  return sums
}

export async function deliveredQuantities(
  db: Executor,
  orderLineIds: number[]
): Promise<Map<number, number>> {
  const sums = new Map<number, number>()
  if (orderLineIds.length === 0) return sums
  const rows = await db
    .selectFrom('deliveryLines')
    .select((eb) => ['orderLineId', eb.fn.sum<number>('quantityMilli').as('quantity')])
    .where('orderLineId', 'in', orderLineIds)
    .groupBy('orderLineId')
    .execute()
  for (const row of rows) sums.set(row.orderLineId, row.quantity)
  return sums
}

export async function loadDeliveries(db: Executor, orderId: number): Promise<Delivery[]> {
  const deliveries = await db
    .selectFrom('deliveries')
    .selectAll()
    .where('orderId', '=', orderId)
    .orderBy('sequence')
    .execute()
  if (deliveries.length === 0) return []
  const lines = await db
    .selectFrom('deliveryLines as dl')
    .innerJoin('documentLines as l', 'l.id', 'dl.orderLineId')
    .select(['dl.deliveryId', 'dl.orderLineId', 'dl.quantityMilli', 'l.description', 'l.unit', 'l.position'])
    .where(
      'dl.deliveryId',
      'in',
      deliveries.map((d) => d.id)
    )
    .orderBy('l.position')
    .execute()
  return deliveries.map((d) => ({
    ...d,
    lines: lines
      .filter((l) => l.deliveryId === d.id)
      .map((l) => ({
        orderLineId: l.orderLineId,
        description: l.description,
        unit: l.unit,
        quantityMilli: l.quantityMilli
      }))
  }))
}

function toRef(
  record: Pick<DocumentRecord, 'id' | 'type' | 'number' | 'status' | 'issueDate' | 'totalCents'>
): DocumentRef {
  return {
    id: record.id,
    type: record.type,
    number: record.number,
    status: record.status as DocumentStatus,
    issueDate: record.issueDate,
    totalCents: record.totalCents
  }
}

async function refOf(db: Executor, id: number | null): Promise<DocumentRef | null> {
  if (id === null) return null
  const record = await db
    .selectFrom('documents')
    .select(['id', 'type', 'number', 'status', 'issueDate', 'totalCents'])
    .where('id', '=', id)
    .executeTakeFirst()
  return record ? toRef(record) : null
}

export const isExpired = (r: Pick<DocumentRecord, 'type' | 'status' | 'validUntil'>, today: string) =>
  r.type === 'estimate' && r.status === 'sent' && r.validUntil !== null && r.validUntil < today

export const isLate = (r: Pick<DocumentRecord, 'type' | 'status' | 'promisedDate'>, today: string) =>
  r.type === 'order' &&
  (r.status === 'confirmed' || r.status === 'partially_delivered') &&
  r.promisedDate !== null &&
  r.promisedDate < today

/** What the sales administrator can do with the document now (the API refuses the rest). */
export function allowedActions(
  record: DocumentRecord,
  lines: DocumentLine[],
  today: string,
  hasOpenCredit: boolean
): DocumentAction[] {
  const actions: DocumentAction[] = ['pdf']
  if (record.status === 'draft')
    return [
      'edit',
      'delete',
      'issue',
      ...actions,
      ...(record.type === 'estimate' ? (['duplicate'] as const) : [])
    ]
  const notInvoiced = lines.some((l) => l.invoicedMilli < l.quantityMilli)
  switch (record.type) {
    case 'estimate':
      actions.push('duplicate')
      if (record.status === 'sent') {
        if (!isExpired(record, today)) actions.push('accept')
        actions.push('decline', 'revise')
      }
      if (record.status === 'declined') actions.push('revise')
      if (record.status === 'accepted') actions.push('convertToOrder', 'invoice')
      break
    case 'order':
      if (record.status === 'confirmed' || record.status === 'partially_delivered')
        actions.push('recordDelivery', 'cancel')
      if (record.status !== 'cancelled' && notInvoiced) actions.push('invoice')
      break
    case 'invoice':
      if (hasOpenCredit) actions.push('creditNote')
      actions.push('debitNote')
      break
  }
  return actions
}

export async function loadDocument(db: Executor, id: number, today: string): Promise<SalesDocument> {
  const record = await withFrozenSeller(db, await documentRecord(db, id))
  const lineRows = await lineRecords(db, id)
  const lineIds = lineRows.map((l) => l.id)
  const delivered =
    record.type === 'order' ? await deliveredQuantities(db, lineIds) : new Map<number, number>()
  const invoiced =
    record.type === 'order' || record.type === 'estimate'
      ? await quantitiesFrom(db, lineIds, ['invoice'])
      : new Map<number, number>()
  const credited =
    record.type === 'invoice' ? await quantitiesFrom(db, lineIds, ['credit_note']) : new Map<number, number>()
  const digits = currencyDigitsOrDefault(record.currency)
  const lines: DocumentLine[] = lineRows.map((l) => ({
    id: l.id,
    position: l.position,
    ...lineTerms(l),
    quantityMilli: l.quantityMilli,
    unitPriceCents: priceToMinorUnits(l.unitPriceTenThousandths, digits),
    promisedDate: l.promisedDate,
    sourceLineId: l.sourceLineId,
    grossCents: l.grossCents,
    discountCents: l.discountCents,
    netCents: l.netCents,
    deliveredMilli: delivered.get(l.id) ?? 0,
    invoicedMilli: invoiced.get(l.id) ?? 0,
    creditedMilli: credited.get(l.id) ?? 0
  }))
  const executive =
    record.executiveId === null
      ? undefined
      : await db
          .selectFrom('salesExecutives')
          .select('name')
          .where('id', '=', record.executiveId)
          .executeTakeFirst()
  const related = await db
    .selectFrom('documents')
    .select(['id', 'type', 'number', 'status', 'issueDate', 'totalCents'])
    .where((eb) => eb.or([eb('sourceId', '=', id), eb('correctsId', '=', id), eb('replacesId', '=', id)]))
    .orderBy('id')
    .execute()
  const allowancesCharges = await allowanceChargeRecords(db, id)
  const vatBreakdown = await storedVatBreakdown(db, id, digits)
  // Lines left to credit, or (every line credited) freight, charges or allowances left: see credit-remainder.ts.
  const hasOpenCredit =
    lines.some((l) => l.creditedMilli < l.quantityMilli) ||
    (record.type === 'invoice' &&
      allowancesCharges.length > 0 &&
      (await openAllowancesCharges(db, id, await issuedCreditNotes(db, id, null))).size > 0)
  return {
    id: record.id,
    type: record.type,
    number: record.number,
    status: record.status as DocumentStatus,
    customerId: record.customerId,
    customer: {
      code: record.customerCode,
      name: record.customerName,
      taxId: record.customerTaxId,
      billingAddress: addressOf(record, 'billing')
    },
    executiveId: record.executiveId,
    executiveName: executive?.name ?? '',
    issueDate: record.issueDate,
    validUntil: record.validUntil,
    dueDate: record.dueDate,
    promisedDate: record.promisedDate,
    currency: record.currency,
    paymentMethod: record.paymentMethod,
    paymentInstructions: record.paymentInstructions,
    notes: record.notes,
    terms: record.terms,
    reason: record.reason,
    statusReason: record.statusReason,
    source: await refOf(db, record.sourceId),
    corrects: await refOf(db, record.correctsId),
    replaces: await refOf(db, record.replacesId),
    related: related.map(toRef),
    lines,
    allowancesCharges,
    vatBreakdown,
    lineNetCents: record.lineNetCents,
    allowanceTotalCents: record.allowanceTotalCents,
    chargeTotalCents: record.chargeTotalCents,
    netCents: record.netCents,
    vatCents: record.vatCents,
    totalCents: record.totalCents,
    exchangeRate: record.number === null ? null : await documentExchangeRate(db, record),
    prepaidCents: record.prepaidCents,
    roundingCents: record.roundingCents,
    payableCents: record.payableCents,
    supplyDate: record.supplyDate,
    supplyPeriodStart: record.supplyPeriodStart,
    supplyPeriodEnd: record.supplyPeriodEnd,
    buyerReference: record.buyerReference ?? '',
    orderReference: record.orderReference ?? '',
    seller: sellerOf(record),
    documentLanguage: record.documentLanguage,
    expired: isExpired(record, today),
    late: isLate(record, today),
    deliveries: record.type === 'order' ? await loadDeliveries(db, id) : [],
    actions: allowedActions(record, lines, today, hasOpenCredit),
    issuedAt: record.issuedAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt
  }
}
