/**
 * Issuing: a draft gets its number, its dates and a fresh copy of the customer's details in
 * one write transaction; from then on the store refuses any change to it (triggers).
 */
import { activity } from '../../shared/activity'
import { DomainError, invalid, word, type Message } from '../../shared/errors'
import type { SalesDocument } from '../../shared/schemas/documents'
import type { Settings } from '../../shared/schemas/settings'
import { formatIban } from '../../shared/iban'
import { formatQuantityMilli } from '../../shared/totals'
import { BUYER_VAT_ID_CATEGORIES } from '../../shared/vat'
import { createHash } from 'node:crypto'
import type { Language } from '../../shared/languages'
import { printLanguageOf } from '../customers/language'
import { letterTranslator } from '../pdf/letter-strings'
import { recordActivity } from '../activity/log'
import { changeDocumentStatus } from './status'
import { appendToChain } from '../db/chain'
import { creditNoteAmounts } from './credit-prepaid'
import { checkRemainderAtIssue, isRemainderShape } from './credit-remainder'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { searchTextOf } from '../db/search'
import { readSettings } from '../settings/service'
import { addDaysIso } from '../../shared/iso-week'
import { conflict, documentLabel, statusWord, today, typeLabels, typeWord } from './common'
import { customerSnapshot } from './drafts'
import { sellerSnapshot } from './seller-snapshot'
import {
  documentRecord,
  lineRecords,
  loadDocument,
  quantitiesFrom,
  type DocumentRecord,
  type LineRecord
} from './load'
import { takeNextNumber } from './numbering'
import { paymentDetails, type PaymentDetails } from '../payments/setup'
import { checkSimplifiedInvoice, recordIssuedDocument } from '../verifactu/records'
import { reportIssued } from '../nav/reports'
import { freezeExchangeRate } from '../rates/service'
import { convertProspectOnIssue } from '../calls/prospects'
import { writeTransaction } from '../db/write-transaction'
import { distanceSaleAtIssue, recordDistanceSale } from './distance-sales'
import { defaultExemptionText } from './exemption-text'
import { freezeEInvoiceEmbed } from '../einvoice/settings'
import { freezePaymentMeans } from '../einvoice/payment-means'

const issuedStatus = {
  estimate: 'sent',
  order: 'confirmed',
  invoice: 'issued',
  credit_note: 'issued',
  debit_note: 'issued'
} as const

function paymentInstructions(
  record: DocumentRecord,
  settings: Settings,
  number: string,
  setup: PaymentDetails | null,
  language: Language
): string {
  if (record.paymentInstructions.trim() !== '') return record.paymentInstructions
  const { iban, bic } = settings.company
  const t = letterTranslator(language)
  switch (record.paymentMethod) {
    case 'bank_transfer':
      return iban
        ? t(bic ? 'instructionsIbanBic' : 'instructionsIban', { iban: formatIban(iban), bic, number })
        : t('instructionsTransfer', { number })
    case 'direct_debit':
      return setup?.directDebit ?? t('instructionsDirectDebit')
    case 'card':
      return setup?.card ?? t('instructionsCard')
  }
}

/** Quantities taken from another document's lines may not exceed what is left on them. */
async function checkQuantitiesLeft(
  trx: Executor,
  lines: LineRecord[],
  originLines: LineRecord[],
  usedBy: 'invoice' | 'credit_note'
) {
  const used = await quantitiesFrom(
    trx,
    originLines.map((l) => l.id),
    [usedBy]
  )
  const asked = new Map<number, number>()
  for (const line of lines)
    if (line.sourceLineId !== null)
      asked.set(line.sourceLineId, (asked.get(line.sourceLineId) ?? 0) + line.quantityMilli)
  for (const origin of originLines) {
    const total = (used.get(origin.id) ?? 0) + (asked.get(origin.id) ?? 0)
    if (total > origin.quantityMilli) {
      throw conflict(usedBy === 'invoice' ? 'lineInvoicedBeyond' : 'lineCreditedBeyond', {
        description: origin.description,
        used: formatQuantityMilli(used.get(origin.id) ?? 0),
        quantity: formatQuantityMilli(origin.quantityMilli)
      })
    }
  }
}

async function checkSource(
  trx: Executor,
  record: DocumentRecord,
  lines: LineRecord[]
): Promise<DocumentRecord | null> {
  if (record.sourceId === null) return null
  const source = await documentRecord(trx, record.sourceId)
  if (source.type === 'estimate') {
    if (source.status !== 'accepted')
      throw conflict('estimateNotAccepted', {
        number: source.number ?? '',
        status: statusWord(source.status),
        type: typeWord(record.type)
      })
  }
  if (source.type === 'order' && (source.status === 'draft' || source.status === 'cancelled')) {
    throw conflict('orderNotInvoiceable', { number: source.number ?? '', status: statusWord(source.status) })
  }
  if (record.type === 'invoice')
    await checkQuantitiesLeft(trx, lines, await lineRecords(trx, source.id), 'invoice')
  return source
}

/** Invoices, credit and debit notes are legal invoices: they need who issues them. */
const legalInvoiceTypes = new Set(['invoice', 'credit_note', 'debit_note'])

/** The seller's legal name, address and tax id must be there before an invoice can carry them. */
function checkSeller(record: DocumentRecord, settings: Settings): void {
  if (!legalInvoiceTypes.has(record.type)) return
  const c = settings.company
  const missing = [
    c.legalName === '' ? word('sellerLegalName') : null,
    c.addressLine1 === '' || c.city === '' || c.country === '' ? word('sellerAddress') : null,
    c.taxId === '' ? word('sellerTaxId') : null
  ].filter((m) => m !== null)
  if (missing.length === 0) return
  const [first, second, third] = missing
  const list: Message =
    missing.length === 3
      ? { key: 'listOfThree', params: { first, second, third } }
      : missing.length === 2
        ? { key: 'listOfTwo', params: { first, second } }
        : first
  throw new DomainError(
    'conflict',
    { key: 'sellerMissing', params: { missing: list } },
    { 'settings.company': { key: 'sellerMissingField', params: { missing: list } } }
  ).fixedAt('settings.company')
}

/** Reverse charge and intra-community supply print the buyer's VAT id: it must be there. */
function checkBuyer(record: DocumentRecord, lines: LineRecord[], buyerTaxId: string): void {
  const needing = lines.find((l) => BUYER_VAT_ID_CATEGORIES.includes(l.vatCategory))
  if (needing && buyerTaxId.trim() === '')
    throw new DomainError(
      'conflict',
      {
        key: 'buyerVatIdNeeded',
        params: {
          description: needing.description,
          treatment: word(needing.vatCategory === 'AE' ? 'reverseCharge' : 'intraCommunitySupply'),
          type: typeWord(record.type)
        }
      },
      { customerTaxId: { key: 'buyerVatIdField' } }
    )
}

/**
 * Split payment (VAT category B, Italy's scissione dei pagamenti) is only for a domestic Italian
 * invoice (EN 16931 BR-B-01) and does not sit beside standard-rated lines, allowances or charges
 * (BR-B-02): refused at issue, before the number is given.
 */
async function checkSplitPayment(
  trx: Executor,
  id: number,
  lines: LineRecord[],
  sellerCountry: string,
  buyerCountry: string
): Promise<void> {
  const adjustments = await trx
    .selectFrom('documentAllowancesCharges')
    .select('vatCategory')
    .where('documentId', '=', id)
    .execute()
  const categories = new Set([...lines, ...adjustments].map((l) => l.vatCategory))
  if (!categories.has('B')) return
  if (sellerCountry.toUpperCase() !== 'IT' || buyerCountry.toUpperCase() !== 'IT')
    throw conflict('einvoiceSplitPaymentDomestic')
  if (categories.has('S')) throw conflict('einvoiceSplitPaymentMixed')
}

/** Stores the logo once per distinct image; documents keep its hash. */
async function frozenLogo(trx: Executor, dataUrl: string): Promise<string> {
  if (dataUrl === '') return ''
  const sha256 = createHash('sha256').update(dataUrl).digest('hex')
  // Look first: the store refuses any insert that clashes with a recorded logo, even "do nothing" upserts.
  const known = await trx
    .selectFrom('documentLogos')
    .select('sha256')
    .where('sha256', '=', sha256)
    .executeTakeFirst()
  if (!known) await trx.insertInto('documentLogos').values({ sha256, dataUrl }).execute()
  return sha256
}

async function checkCorrected(
  trx: Executor,
  record: DocumentRecord,
  lines: LineRecord[],
  language: Language
): Promise<DocumentRecord | null> {
  if (record.type !== 'credit_note' && record.type !== 'debit_note') return null
  if (record.correctsId === null) throw conflict('mustCorrectIssuedInvoice')
  const invoice = await documentRecord(trx, record.correctsId)
  if (invoice.type !== 'invoice' || invoice.status !== 'issued') throw conflict('mustCorrectIssuedInvoice')
  if (record.reason.trim() === '') throw invalid({ reason: { key: 'sayWhyCorrected' } })
  if (record.type === 'credit_note' && isRemainderShape(lines))
    await checkRemainderAtIssue(trx, record.id, invoice, language)
  else if (record.type === 'credit_note') {
    if (lines.some((l) => l.sourceLineId === null)) throw conflict('creditLinesPicked')
    await checkQuantitiesLeft(trx, lines, await lineRecords(trx, invoice.id), 'credit_note')
  }
  return invoice
}

/** Invoice-like documents keep their dates in number order within a series. */
async function checkChronology(trx: Executor, record: DocumentRecord, issueDate: string): Promise<void> {
  if (record.type === 'estimate' || record.type === 'order') return
  const latest = await trx
    .selectFrom('documents')
    .select((eb) => eb.fn.max<string | null>('issueDate').as('latest'))
    .where('type', '=', record.type)
    .where('seriesYear', '=', Number(issueDate.slice(0, 4)))
    .executeTakeFirst()
  if (latest?.latest && latest.latest > issueDate) {
    throw conflict('numberedInDateOrder', {
      type: typeWord(record.type),
      date: issueDate,
      latest: latest.latest
    })
  }
}

/**
 * The date of supply an invoice made from an order prints when none was typed: the day its
 * lines were delivered, or the period from the first to the last of those deliveries.
 */
async function supplyFromDeliveries(
  trx: Executor,
  record: DocumentRecord,
  lines: LineRecord[]
): Promise<{ supplyDate: string | null; supplyPeriodStart: string | null; supplyPeriodEnd: string | null }> {
  const typed = {
    supplyDate: record.supplyDate,
    supplyPeriodStart: record.supplyPeriodStart,
    supplyPeriodEnd: record.supplyPeriodEnd
  }
  if (record.type !== 'invoice' || record.supplyDate !== null || record.supplyPeriodStart !== null)
    return typed
  const orderLineIds = lines.map((l) => l.sourceLineId).filter((lineId): lineId is number => lineId !== null)
  if (orderLineIds.length === 0) return typed
  const span = await trx
    .selectFrom('deliveryLines')
    .innerJoin('deliveries', 'deliveries.id', 'deliveryLines.deliveryId')
    .select((eb) => [
      eb.fn.min<string | null>('deliveries.deliveryDate').as('first'),
      eb.fn.max<string | null>('deliveries.deliveryDate').as('last')
    ])
    .where('deliveryLines.orderLineId', 'in', orderLineIds)
    .executeTakeFirst()
  if (!span?.first || !span.last) return typed
  return span.first === span.last
    ? { supplyDate: span.first, supplyPeriodStart: null, supplyPeriodEnd: null }
    : { supplyDate: null, supplyPeriodStart: span.first, supplyPeriodEnd: span.last }
}

/**
 * BT-120 in the document's language, frozen with the line (see exemption-text.ts): each line of an
 * exempt category whose reason the user left empty gets the wording the PDF prints for it.
 */
async function fillExemptionTexts(
  trx: Executor,
  lines: ReadonlyArray<{ id: number; vatCategory: string; vatExemptionText: string | null }>,
  language: Language
): Promise<void> {
  for (const line of lines) {
    if ((line.vatExemptionText ?? '').trim() !== '') continue
    const text = defaultExemptionText(line.vatCategory, language)
    if (text !== null)
      await trx
        .updateTable('documentLines')
        .set({ vatExemptionText: text })
        .where('id', '=', line.id)
        .execute()
  }
}

/** Issues the draft inside the caller's write transaction. */
export async function issueInTransaction(
  trx: Executor,
  ctx: ServiceContext,
  id: number,
  issueDateInput?: string
): Promise<DocumentRecord> {
  const record = await documentRecord(trx, id)
  if (record.status !== 'draft')
    throw conflict('alreadyIssuedAs', { type: typeWord(record.type), number: record.number ?? '' })
  const lines = await lineRecords(trx, id)
  if (lines.length === 0) throw conflict('addLineBeforeIssuing')
  const settings = await readSettings(trx)
  const { customer, columns } = await customerSnapshot(trx, record.customerId)
  const issueDate = issueDateInput ?? record.issueDate ?? today(ctx)
  const print = printLanguageOf(customer, settings)
  const language = print.language
  checkSeller(record, settings)
  checkBuyer(record, lines, columns.customerTaxId)
  await checkSplitPayment(trx, id, lines, settings.company.country, columns.billingCountry)
  const source = await checkSource(trx, record, lines)
  const corrected = await checkCorrected(trx, record, lines, language)
  await checkChronology(trx, record, issueDate)
  let validUntil = record.validUntil
  if (record.type === 'estimate') {
    validUntil ??= addDaysIso(issueDate, settings.documents.estimateValidityDays)
    if (validUntil < issueDate) throw invalid({ validUntil: { key: 'validUntilBeforeIssue' } })
  }
  // OSS: decided before this document counts among the issued ones, kept with it below.
  const distanceSale = await distanceSaleAtIssue(trx, record, lines, issueDate)
  // Spain: a simplified invoice (no buyer tax id) over its limit would be rejected by the AEAT.
  await checkSimplifiedInvoice(
    trx,
    id,
    { name: columns.customerName, taxId: columns.customerTaxId, country: columns.billingCountry },
    distanceSale !== null
  )
  const payable = record.type === 'invoice' || record.type === 'debit_note'
  // Worked out at draft; again here, as another credit note of the invoice may have been issued since.
  const amounts =
    corrected && record.type === 'credit_note'
      ? await creditNoteAmounts(trx, corrected.id, id, record)
      : { prepaidCents: record.prepaidCents, roundingCents: record.roundingCents }
  // Before the number freezes the lines: an exempt line without a reason gets the printed wording.
  await fillExemptionTexts(trx, lines, language)
  const year = Number(issueDate.slice(0, 4))
  const { number, sequence } = await takeNextNumber(trx, record.type, year)
  const now = isoNow(ctx)
  await trx
    .updateTable('documents')
    .set({
      ...columns,
      ...sellerSnapshot(settings, print, await frozenLogo(trx, settings.company.logoDataUrl)),
      ...(await supplyFromDeliveries(trx, record, lines)),
      correctedNumber: corrected?.number ?? null,
      correctedIssueDate: corrected?.issueDate ?? null,
      ...amounts,
      payableCents: record.totalCents - amounts.prepaidCents + amounts.roundingCents,
      number,
      seriesYear: year,
      sequence,
      status: issuedStatus[record.type],
      issueDate,
      validUntil,
      dueDate: payable ? addDaysIso(issueDate, customer.paymentTermsDays) : null,
      paymentInstructions: payable
        ? paymentInstructions(
            record,
            settings,
            number,
            await paymentDetails(trx, record.customerId, language),
            language
          )
        : record.paymentInstructions,
      searchText: searchTextOf([number, columns.customerCode, columns.customerName]),
      issuedAt: now,
      updatedAt: now
    })
    .where('id', '=', id)
    .execute()
  // Evidence of what was issued, in the same commit as the number (lines and frozen parties included).
  await appendToChain(trx, 'documents', id)
  await recordDistanceSale(trx, id, distanceSale)
  await freezeEInvoiceEmbed(trx, id, record.type)
  await freezePaymentMeans(trx, record)
  if (source?.type === 'estimate') {
    await changeDocumentStatus(
      trx,
      ctx,
      { id: source.id, status: 'converted', at: now },
      {
        action: 'convert',
        summary: `Estimate ${source.number} converted into ${typeLabels[record.type].toLowerCase()} ${number}`,
        details: activity('estimateConverted', {
          number: source.number ?? '',
          type: { term: `documents.type.${record.type}` },
          newNumber: number
        })
      }
    )
  }
  if (record.replacesId !== null) {
    // Sending a revision answers the estimate it replaces, if that was still open.
    const replaced = await documentRecord(trx, record.replacesId)
    if (replaced.type === 'estimate' && replaced.status === 'sent') {
      await changeDocumentStatus(
        trx,
        ctx,
        { id: replaced.id, status: 'declined', reason: `Replaced by ${number}`, at: now },
        {
          action: 'decline',
          summary: `Estimate ${replaced.number} replaced by ${number}`,
          details: activity('estimateReplaced', { number: replaced.number ?? '', newNumber: number })
        }
      )
      // Superseded, not declined: the weekly figures count it apart (issue 12).
      await trx
        .insertInto('estimateSupersessions')
        .values({ estimateId: replaced.id, supersededById: id, supersededOn: issueDate })
        .execute()
    }
  }
  await recordActivity(trx, ctx, {
    entity: 'document',
    entityId: id,
    action: 'issue',
    summary: `Issued ${typeLabels[record.type].toLowerCase()} ${number} for ${columns.customerCode} ${columns.customerName}`,
    details: activity('documentIssued', {
      type: { term: `documents.type.${record.type}` },
      number,
      code: columns.customerCode,
      name: columns.customerName
    })
  })
  // Spain: the VERI*FACTU record is made with the number, in this transaction (nothing when off).
  await recordIssuedDocument(trx, ctx, id)
  // Hungary: the NAV InvoiceData is made with the number, in this transaction (nothing when off).
  await reportIssued(trx, ctx, id)
  // A document in a foreign currency keeps the exchange rate of its issue date (nothing otherwise).
  await freezeExchangeRate(trx, ctx, id)
  // The customer desk: a prospect's first order or invoice makes them a customer (issue 18).
  await convertProspectOnIssue(trx, ctx, { id, type: record.type, customerId: record.customerId, number })
  return documentRecord(trx, id)
}

export async function issueDocument(
  ctx: ServiceContext,
  id: number,
  issueDate?: string
): Promise<SalesDocument> {
  return writeTransaction(ctx.db, async (trx) => {
    await issueInTransaction(trx, ctx, id, issueDate)
    return loadDocument(trx, id, today(ctx))
  })
}

export { documentLabel }
