/** Drafts: created, edited and deleted freely; they have no number until issued. */
import { activity } from '../../shared/activity'
import { z } from 'zod'
import { DomainError, invalidFields, invalid } from '../../shared/errors'
import { documentDraftInput, type DocumentDraftInput } from '../../shared/schemas/document-drafts'
import { type DocumentType, type SalesDocument } from '../../shared/schemas/documents'
import type { VatCategory } from '../../shared/vat'
import {
  documentTotals,
  priceFromMinorUnits,
  vatGroupKey,
  type DocumentTotals,
  type VatBreakdownRow
} from '../../shared/totals'
import { recordActivity, type ActivityEvent } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { notFound } from '../db/errors'
import { checkExecutive } from '../executives/references'
import { searchTextOf } from '../db/search'
import { termsIn } from '../../shared/schemas/settings'
import { printLanguageOf } from '../customers/language'
import { chosenCustomer } from '../customers/references'
import { readSettings } from '../settings/service'
import { conflict, currencyDigits, documentLabel, today, typeLabels, typeWord } from './common'
import { creditNoteAmounts } from './credit-prepaid'
import { isRemainderShape, remainderNote } from './credit-remainder'
import {
  documentRecord,
  issuedCreditNotes,
  lineRecords,
  lineTerms,
  loadDocument,
  openAllowancesCharges,
  storedVatBreakdown
} from './load'
import { writeTransaction } from '../db/write-transaction'

export type DraftInput = z.output<typeof documentDraftInput>

/** Drafts made by other areas (contracts, payments, visits) go through the same schema as the API's. */
export function parseDraft(input: DocumentDraftInput): DraftInput {
  const parsed = documentDraftInput.safeParse(input)
  if (parsed.success) return parsed.data
  throw invalidFields(parsed.error.issues)
}

export interface DraftLinks {
  sourceId: number | null
  correctsId: number | null
  replacesId: number | null
}

export const noLinks: DraftLinks = { sourceId: null, correctsId: null, replacesId: null }

/** The customer's details copied onto the document, so later edits of the customer leave it alone. */
export async function customerSnapshot(db: Executor, customerId: number) {
  const c = await chosenCustomer(db, customerId, 'all')
  return {
    customer: c,
    columns: {
      customerId: c.id,
      customerCode: c.code,
      customerName: c.name,
      customerTaxId: c.taxId,
      billingLine1: c.billingLine1,
      billingLine2: c.billingLine2,
      billingPostalCode: c.billingPostalCode,
      billingCity: c.billingCity,
      billingRegion: c.billingRegion,
      billingCountry: c.billingCountry
    }
  }
}

type InputLine = DraftInput['lines'][number]
type InputAllowanceCharge = DraftInput['allowancesCharges'][number]
/** A line as stored: the price always to 4 decimals, whatever the caller gave. */
export type StoredLineInput = Omit<
  InputLine,
  'unitPriceCents' | 'unitPriceTenThousandths' | 'grossPriceTenThousandths'
> & {
  unitPriceTenThousandths: number
  grossPriceTenThousandths: number | null
  /** Set for exact credit-note remainders (see creditRemainders). */
  netCentsOverride?: number
}

export function storedLines(lines: readonly InputLine[], digits: number): StoredLineInput[] {
  return lines.map(({ unitPriceCents, unitPriceTenThousandths, grossPriceTenThousandths, ...line }) => ({
    ...line,
    unitPriceTenThousandths: unitPriceTenThousandths ?? priceFromMinorUnits(unitPriceCents ?? 0, digits),
    grossPriceTenThousandths: grossPriceTenThousandths ?? null
  }))
}

export interface TotalsExtras {
  allowancesCharges?: readonly InputAllowanceCharge[]
  prepaidCents?: number
  roundingCents?: number
  vatOverrides?: ReadonlyMap<string, number>
}

/**
 * A credit note that brings an invoice line, a VAT rate or the whole invoice to zero credits
 * exactly what remains of it (never 2.10 + 4.20 against 6.31): the last credit of a line gets
 * the line's net less what earlier credit notes took, and when every line of a rate is credited,
 * that rate's VAT is the invoice's less what earlier credit notes took.
 */
async function creditRemainders(
  trx: Executor,
  invoiceId: number,
  documentId: number | null,
  lines: StoredLineInput[],
  digits: number
): Promise<{
  lines: StoredLineInput[]
  vatOverrides: Map<string, number>
  allowancesCharges: InputAllowanceCharge[]
}> {
  const invoiceLines = await lineRecords(trx, invoiceId)
  const notes = await issuedCreditNotes(trx, invoiceId, documentId)
  const noteLines =
    notes.length === 0
      ? []
      : await trx
          .selectFrom('documentLines')
          .select(['sourceLineId', 'quantityMilli', 'netCents'])
          .where('documentId', 'in', notes)
          .execute()
  const creditedQuantity = new Map<number, number>()
  const creditedNet = new Map<number, number>()
  for (const l of noteLines) {
    if (l.sourceLineId === null) continue
    creditedQuantity.set(l.sourceLineId, (creditedQuantity.get(l.sourceLineId) ?? 0) + l.quantityMilli)
    creditedNet.set(l.sourceLineId, (creditedNet.get(l.sourceLineId) ?? 0) + l.netCents)
  }
  const asked = new Map<number, number>()
  for (const l of lines)
    if (l.sourceLineId !== null) asked.set(l.sourceLineId, (asked.get(l.sourceLineId) ?? 0) + l.quantityMilli)
  const origin = new Map(invoiceLines.map((l) => [l.id, l]))
  const fullyCredited = (lineId: number) => {
    const o = origin.get(lineId)
    return (
      o !== undefined && (creditedQuantity.get(lineId) ?? 0) + (asked.get(lineId) ?? 0) === o.quantityMilli
    )
  }
  // The last line of this note for a fully credited invoice line takes the exact remainder.
  const lastIndex = new Map<number, number>()
  lines.forEach((l, i) => {
    if (l.sourceLineId !== null) lastIndex.set(l.sourceLineId, i)
  })
  const computed = documentTotals(lines, { minorUnits: digits }).lines
  const exact = lines.map((l, i) => {
    if (l.sourceLineId === null || lastIndex.get(l.sourceLineId) !== i || !fullyCredited(l.sourceLineId))
      return l
    const o = origin.get(l.sourceLineId)
    if (!o) return l
    const earlierHere = lines.reduce(
      (sum, other, j) =>
        j !== i && other.sourceLineId === l.sourceLineId ? sum + computed[j].netCents : sum,
      0
    )
    return { ...l, netCentsOverride: o.netCents - (creditedNet.get(l.sourceLineId) ?? 0) - earlierHere }
  })
  const invoiceVat = await storedVatBreakdown(trx, invoiceId, digits)
  const open = await openAllowancesCharges(trx, invoiceId, notes)
  const creditedVat = new Map<string, number>()
  for (const note of notes) {
    for (const row of await storedVatBreakdown(trx, note, digits)) {
      const key = vatGroupKey(row.vatCategory, row.vatRateBp)
      creditedVat.set(key, (creditedVat.get(key) ?? 0) + row.vatCents)
    }
  }
  const inGroup = (key: string) => (item: { vatCategory?: VatCategory | null; vatRateBp: number }) =>
    vatGroupKey(item.vatCategory ?? 'S', item.vatRateBp) === key
  // The line-less remainder (every line credited before, rows still open): its one line names the
  // invoice, and it takes every rate that still has rows open (credit-remainder.ts).
  const remainder = isRemainderShape(lines) ? await remainderNote(trx, invoiceId, documentId) : null
  // A rate whose lines this note finishes (or, for a rate with only allowances or charges, the
  // note that finishes the whole invoice) takes that rate's remaining allowances and charges and VAT.
  const finishesInvoice = lines.length > 0 && invoiceLines.every((l) => fullyCredited(l.id))
  const vatOverrides = new Map<string, number>()
  const allowancesCharges: InputAllowanceCharge[] = []
  for (const row of invoiceVat) {
    const key = vatGroupKey(row.vatCategory, row.vatRateBp)
    const group = invoiceLines.filter(inGroup(key))
    const finished = remainder
      ? open.has(key)
      : group.length === 0
        ? finishesInvoice
        : lines.some(inGroup(key)) && group.every((l) => fullyCredited(l.id))
    if (!finished) continue
    vatOverrides.set(key, row.vatCents - (creditedVat.get(key) ?? 0))
    allowancesCharges.push(...(open.get(key) ?? []))
  }
  return { lines: remainder ? [remainder.line] : exact, vatOverrides, allowancesCharges }
}

export function computeTotals(
  lines: readonly StoredLineInput[],
  digits: number,
  extras: TotalsExtras = {}
): DocumentTotals {
  try {
    return documentTotals(lines, {
      minorUnits: digits,
      allowancesCharges: extras.allowancesCharges,
      prepaidCents: extras.prepaidCents,
      roundingCents: extras.roundingCents,
      vatOverrides: extras.vatOverrides
    })
  } catch (error) {
    if (error instanceof RangeError)
      throw new DomainError(
        'invalid_input',
        { key: 'amountsTooLargeToCompute' },
        { lines: { key: 'amountsTooLarge' } }
      )
    throw error
  }
}

/** Lines that come from another document must come from that document; credit notes copy prices from the invoice. */
async function checkLines(
  db: Executor,
  type: DocumentType,
  lines: StoredLineInput[],
  links: DraftLinks
): Promise<StoredLineInput[]> {
  const fields: Record<string, string> = {}
  const productIds = [...new Set(lines.map((l) => l.productId).filter((p): p is number => p !== null))]
  if (productIds.length > 0) {
    const found = new Set(
      (await db.selectFrom('products').select('id').where('id', 'in', productIds).execute()).map((p) => p.id)
    )
    lines.forEach((l, i) => {
      if (l.productId !== null && !found.has(l.productId))
        fields[`lines.${i}.productId`] = 'This product does not exist'
    })
  }
  const origin = links.correctsId ?? links.sourceId
  const originLines = origin === null ? [] : await lineRecords(db, origin)
  const byId = new Map(originLines.map((l) => [l.id, l]))
  const checked = lines.map((line, i) => {
    if (line.sourceLineId !== null && !byId.has(line.sourceLineId)) {
      fields[`lines.${i}.sourceLineId`] = 'This line does not belong to the document this one is made from'
      return line
    }
    if (type !== 'credit_note') return line
    const original = line.sourceLineId === null ? undefined : byId.get(line.sourceLineId)
    // The line-less remainder's one line is written by creditRemainders, whatever was sent.
    if (!original && isRemainderShape(lines)) return line
    if (!original) {
      fields[`lines.${i}.sourceLineId`] = 'A credit note line must be picked from the invoice'
      return line
    }
    // What is credited is the invoiced line itself: only the quantity can be chosen.
    return { ...line, ...lineTerms(original) }
  })
  if (Object.keys(fields).length > 0) throw invalid(fields)
  return checked
}

async function writeVatBreakdown(trx: Executor, documentId: number, rows: VatBreakdownRow[]): Promise<void> {
  await trx.deleteFrom('documentVatBreakdown').where('documentId', '=', documentId).execute()
  if (rows.length > 0)
    await trx
      .insertInto('documentVatBreakdown')
      .values(
        rows.map((r) => ({
          documentId,
          vatCategory: r.vatCategory,
          vatRateBp: r.vatRateBp,
          baseCents: r.netCents,
          vatCents: r.vatCents
        }))
      )
      .execute()
}

/** Replaces the draft's lines, allowances and charges and stores their amounts and the document's totals. */
async function writeLines(
  trx: Executor,
  documentId: number,
  lines: StoredLineInput[],
  digits: number,
  extras: TotalsExtras
): Promise<void> {
  const totals = computeTotals(lines, digits, extras)
  await writeVatBreakdown(trx, documentId, totals.vatBreakdown)
  await trx.deleteFrom('documentLines').where('documentId', '=', documentId).execute()
  if (lines.length > 0) {
    await trx
      .insertInto('documentLines')
      .values(
        lines.map(({ netCentsOverride: _override, ...l }, position) => {
          const { chargeCents: _lineCharge, ...amounts } = totals.lines[position]
          return { documentId, position, ...l, ...amounts }
        })
      )
      .execute()
  }
  await trx.deleteFrom('documentAllowancesCharges').where('documentId', '=', documentId).execute()
  const allowancesCharges = extras.allowancesCharges ?? []
  if (allowancesCharges.length > 0) {
    await trx
      .insertInto('documentAllowancesCharges')
      .values(
        allowancesCharges.map(({ charge, ...ac }, position) => ({
          documentId,
          position,
          isCharge: charge ? (1 as const) : (0 as const),
          ...ac
        }))
      )
      .execute()
  }
  await trx
    .updateTable('documents')
    .set({
      lineNetCents: totals.lineNetCents,
      allowanceTotalCents: totals.allowanceTotalCents,
      chargeTotalCents: totals.chargeTotalCents,
      netCents: totals.netCents,
      vatCents: totals.vatCents,
      totalCents: totals.totalCents,
      prepaidCents: totals.prepaidCents,
      roundingCents: totals.roundingCents,
      payableCents: totals.payableCents
    })
    .where('id', '=', documentId)
    .execute()
}

/**
 * What creating and editing a draft both end with: its lines and totals written, and the change
 * recorded in the activity log in the same transaction.
 */
async function writeDraftLines(
  trx: Executor,
  ctx: ServiceContext,
  documentId: number,
  prepared: PreparedLines,
  change: Pick<ActivityEvent, 'action' | 'summary' | 'details'>
): Promise<void> {
  await writeLines(trx, documentId, prepared.lines, prepared.digits, prepared.extras)
  await recordActivity(trx, ctx, { entity: 'document', entityId: documentId, ...change })
}

async function draftColumns(
  trx: Executor,
  input: DraftInput,
  previous?: { terms: string; currency: string }
) {
  const settings = await readSettings(trx)
  const { customer, columns } = await customerSnapshot(trx, input.customerId)
  const executiveId = input.executiveId === undefined ? customer.executiveId : input.executiveId
  await checkExecutive(trx, executiveId)
  if (input.validUntil !== null && input.issueDate !== null && input.validUntil < input.issueDate) {
    throw invalid({ validUntil: { key: 'validUntilBeforeIssue' } })
  }
  return {
    ...columns,
    executiveId,
    issueDate: input.issueDate,
    validUntil: input.type === 'estimate' ? input.validUntil : null,
    promisedDate: input.type === 'order' ? input.promisedDate : null,
    currency: input.currency ?? previous?.currency ?? settings.documents.defaultCurrency,
    paymentMethod: input.paymentMethod ?? customer.preferredPaymentMethod,
    paymentInstructions: input.paymentInstructions,
    notes: input.notes,
    // A new document starts with the terms of the customer's document language (or the default).
    terms:
      input.terms ??
      previous?.terms ??
      termsIn(settings.company, printLanguageOf(customer, settings).language),
    reason: input.reason,
    supplyDate: input.supplyDate,
    supplyPeriodStart: input.supplyPeriodStart,
    supplyPeriodEnd: input.supplyPeriodEnd,
    buyerReference: input.buyerReference,
    orderReference: input.orderReference,
    searchText: searchTextOf([columns.customerCode, columns.customerName])
  }
}

/** A draft's lines as they will be stored, in its currency's digits, with what its totals take besides. */
interface PreparedLines {
  lines: StoredLineInput[]
  digits: number
  extras: TotalsExtras
}

/** The draft's lines as stored, checked against the document they come from, in the draft's currency. */
async function preparedLines(
  trx: Executor,
  input: DraftInput,
  links: DraftLinks,
  currency: string,
  documentId: number | null
): Promise<PreparedLines> {
  const digits = currencyDigits(currency)
  let lines = await checkLines(trx, input.type, storedLines(input.lines, digits), links)
  let vatOverrides: Map<string, number> | undefined
  let allowancesCharges = input.allowancesCharges
  // A credit note's allowances and charges are the invoice's, taken by the note that finishes their rate.
  if (input.type === 'credit_note' && links.correctsId !== null)
    ({ lines, vatOverrides, allowancesCharges } = await creditRemainders(
      trx,
      links.correctsId,
      documentId,
      lines,
      digits
    ))
  const extras = {
    allowancesCharges,
    prepaidCents: input.prepaidCents,
    roundingCents: input.roundingCents,
    vatOverrides
  }
  // A credit note credits its invoice's amount due first; the rest of its total is prepaid.
  if (input.type === 'credit_note' && links.correctsId !== null)
    Object.assign(
      extras,
      await creditNoteAmounts(trx, links.correctsId, documentId, {
        totalCents: computeTotals(lines, digits, { ...extras, prepaidCents: 0 }).totalCents,
        roundingCents: input.roundingCents
      })
    )
  return { lines, digits, extras }
}

/** Creates a draft inside the caller's transaction (used by every "make from" flow too). */
export async function insertDraft(
  trx: Executor,
  ctx: ServiceContext,
  draft: DocumentDraftInput,
  links: DraftLinks,
  summary?: string
): Promise<number> {
  const input = parseDraft(draft)
  const columns = await draftColumns(trx, input)
  const prepared = await preparedLines(trx, input, links, columns.currency, null)
  const now = isoNow(ctx)
  const { id } = await trx
    .insertInto('documents')
    .values({
      type: input.type,
      number: null,
      seriesYear: null,
      sequence: null,
      status: 'draft',
      ...columns,
      statusReason: '',
      ...links,
      netCents: 0,
      vatCents: 0,
      totalCents: 0,
      issuedAt: null,
      createdAt: now,
      updatedAt: now
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await writeDraftLines(trx, ctx, id, prepared, {
    action: 'create',
    summary: summary ?? `Created a draft ${typeLabels[input.type].toLowerCase()} for ${input.customerId}`,
    details: activity('draftCreated', { type: { term: `documents.type.${input.type}` } })
  })
  return id
}

export async function createDraft(ctx: ServiceContext, input: DraftInput): Promise<SalesDocument> {
  if (input.type === 'credit_note' || input.type === 'debit_note') {
    throw conflict(input.type === 'credit_note' ? 'creditNoteFromInvoice' : 'debitNoteFromInvoice')
  }
  return writeTransaction(ctx.db, async (trx) => {
    const { columns } = await customerSnapshot(trx, input.customerId)
    const id = await insertDraft(
      trx,
      ctx,
      input,
      noLinks,
      `Created a draft ${typeLabels[input.type].toLowerCase()} for ${columns.customerCode} ${columns.customerName}`
    )
    return loadDocument(trx, id, today(ctx))
  })
}

export async function requireDraft(trx: Executor, id: number) {
  const record = await documentRecord(trx, id)
  if (record.status !== 'draft') {
    throw conflict('documentIssuedUnchangeable', {
      type: typeWord(record.type),
      number: record.number ?? `#${id}`
    })
  }
  return record
}

export async function updateDraft(
  ctx: ServiceContext,
  id: number,
  input: DraftInput,
  expectedUpdatedAt?: string
): Promise<SalesDocument> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await requireDraft(trx, id)
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== before.updatedAt) {
      throw conflict('draftChangedElsewhere')
    }
    if (input.type !== before.type) throw conflict('draftTypeCannotChange', { type: typeWord(before.type) })
    if (before.correctsId !== null && input.customerId !== before.customerId) {
      throw conflict('noteSameCustomer')
    }
    if (before.correctsId !== null && input.currency !== undefined && input.currency !== before.currency) {
      throw invalid({ currency: { key: 'noteInInvoiceCurrency', params: { currency: before.currency } } })
    }
    const links = { sourceId: before.sourceId, correctsId: before.correctsId, replacesId: before.replacesId }
    const columns = await draftColumns(trx, input, before)
    const prepared = await preparedLines(trx, input, links, columns.currency, id)
    await trx
      .updateTable('documents')
      .set({ ...columns, updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    await writeDraftLines(trx, ctx, id, prepared, {
      action: 'update',
      summary: `Edited ${documentLabel(before)}`,
      details: activity('draftEdited', { type: { term: `documents.type.${before.type}` } })
    })
    return loadDocument(trx, id, today(ctx))
  })
}

export async function deleteDraft(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await requireDraft(trx, id)
    await trx.deleteFrom('documents').where('id', '=', id).execute()
    await recordActivity(trx, ctx, {
      entity: 'document',
      entityId: id,
      action: 'delete',
      summary: `Deleted ${documentLabel(before)} for ${before.customerCode} ${before.customerName}`,
      details: activity('draftDeleted', {
        type: { term: `documents.type.${before.type}` },
        code: before.customerCode,
        name: before.customerName
      })
    })
    return { deleted: true as const }
  })
}

export async function getDocument(ctx: ServiceContext, id: number): Promise<SalesDocument> {
  return loadDocument(ctx.db, id, today(ctx))
}

export { notFound }
