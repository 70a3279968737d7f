/**
 * Making VERI*FACTU records: a RegistroAlta for every invoice, credit note and debit note issued
 * while VERI*FACTU is on (inside the issuing transaction), a RegistroAnulacion on request, and a
 * subsanación (a new alta for the same invoice) after a rejection or an admissible error.
 * Each record is chained to the previous record of the same issuer by its Huella.
 */
import { conflict, DomainError, invalid, notFound, word, type ErrorKey } from '../../shared/errors'
import { spanishNif, type VerifactuRecordStatus } from '../../shared/schemas/verifactu'
import type { Executor, ServiceContext } from '../context'
import { frozenDistanceSale } from '../documents/distance-sales'
import { storedVatBreakdown } from '../documents/load'
import { minorUnits } from '../../shared/currencies'
import type { VatBreakdownRow } from '../../shared/totals'
import type { DocumentsTable, VerifactuRecordsTable } from '../db/types'
import type { Selectable } from 'kysely'
import {
  amountText,
  breakdownRows,
  combineGroups,
  convertGroups,
  groupLines,
  negateGroups,
  type Group,
  type TaxedLine
} from './breakdown'
import { altaHashInput, anulacionHashInput, huella } from './hash'
import { activeVerifactu, type ActiveVerifactu } from './settings'
import { aeatDate, timestampWithOffset } from './time'
import {
  altaXml,
  anulacionXml,
  recordInvoiceId,
  recordRefOf,
  type InvoiceId,
  type Recipient,
  type RecordSeal
} from './xml'
import { systemOf } from './system'

/** A record's state with the AEAT, as a word by key ("The record of … is {{status}}"). */
const RECORD_STATUS_WORDS: Record<VerifactuRecordStatus, ErrorKey> = {
  pending: 'verifactuStatusPending',
  accepted: 'verifactuStatusAccepted',
  accepted_with_errors: 'verifactuStatusAcceptedWithErrors',
  rejected: 'verifactuStatusRejected',
  corrected: 'verifactuStatusCorrected'
}

type DocumentRow = Selectable<DocumentsTable>
type RecordRow = Selectable<VerifactuRecordsTable>

const RECORDED_TYPES = new Set(['invoice', 'credit_note', 'debit_note'])

async function documentRow(trx: Executor, id: number): Promise<DocumentRow> {
  const row = await trx.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('document', id)
  return row
}

/** The lines and the document-level allowances (negative) and charges, each with its VAT treatment. */
async function taxedLines(trx: Executor, documentId: number): Promise<TaxedLine[]> {
  const lines = await trx
    .selectFrom('documentLines')
    .select(['netCents', 'vatRateBp', 'vatCategory', 'vatExemptionCode'])
    .where('documentId', '=', documentId)
    .orderBy('position')
    .execute()
  const adjustments = await trx
    .selectFrom('documentAllowancesCharges')
    .select(['isCharge', 'amountCents', 'vatRateBp', 'vatCategory'])
    .where('documentId', '=', documentId)
    .orderBy('position')
    .execute()
  // Spanish VAT has no split payment (Italy's category B): such a document cannot be recorded.
  if ([...lines, ...adjustments].some((l) => l.vatCategory === 'B')) throw conflict('verifactuSplitPayment')
  return [
    ...lines,
    ...adjustments.map((a) => ({
      netCents: a.isCharge ? a.amountCents : -a.amountCents,
      vatRateBp: a.vatRateBp,
      vatCategory: a.vatCategory,
      vatExemptionCode: null
    }))
  ]
}

async function lastRecord(trx: Executor, issuerNif: string): Promise<RecordRow | undefined> {
  return trx
    .selectFrom('verifactuRecords')
    .selectAll()
    .where('issuerNif', '=', issuerNif)
    .orderBy('position', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** A new record's place in its issuer's chain, and the seal its XML ends with. */
interface ChainedRecord {
  position: number
  previousHash: string
  seal: RecordSeal
}

/**
 * Where a new record of the issuer joins its chain: its position after the issuer's last record,
 * that record's Huella (empty for the first) and its identification for the XML's Encadenamiento,
 * the record's own generation time, and its Huella over `hashInput` (its fields, that time and
 * the previous Huella, in the order of its kind).
 */
async function nextInChain(
  trx: Executor,
  ctx: ServiceContext,
  { settings, issuer }: ActiveVerifactu,
  hashInput: (generatedAt: string, previousHash: string) => string
): Promise<ChainedRecord> {
  const previous = await lastRecord(trx, issuer.nif)
  const previousHash = previous?.hash ?? ''
  const generatedAt = timestampWithOffset(ctx.now())
  return {
    position: (previous?.position ?? 0) + 1,
    previousHash,
    seal: {
      previous: previous ? recordRefOf(previous) : null,
      system: systemOf(settings),
      generatedAt,
      hash: huella(hashInput(generatedAt, previousHash))
    }
  }
}

/** The buyer as the AEAT identifies them; null when not identified (simplified invoice). */
export function recipientOf(name: string, taxId: string, country: string): Recipient | null {
  const compact = taxId.toUpperCase().replace(/[\s.\-/]/g, '')
  if (compact === '') return null
  const nif = spanishNif(compact, country)
  if (nif !== null) return { name: name || nif, nif }
  const prefix = compact.slice(0, 2)
  const euVat = /^[A-Z]{2}$/.test(prefix) && prefix !== 'ES' && EU_VAT_PREFIXES.has(prefix)
  const countryCode = euVat ? (prefix === 'EL' ? 'GR' : prefix) : country.toUpperCase()
  return {
    name: name || compact,
    country: /^[A-Z]{2}$/.test(countryCode) ? countryCode : 'ES',
    // 02: VAT number (NIF-IVA); 04: an official identity document of the country of residence.
    idType: euVat ? '02' : '04',
    id: compact.slice(0, 20)
  }
}

const EU_VAT_PREFIXES = new Set(
  'AT BE BG CY CZ DE DK EE EL FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI'.split(' ')
)

async function eurRateOf(trx: Executor, doc: DocumentRow): Promise<string | null> {
  if (doc.currency === 'EUR') return null
  const options = await trx
    .selectFrom('verifactuDocumentOptions')
    .select('eurRate')
    .where('documentId', '=', doc.id)
    .executeTakeFirst()
  if (options?.eurRate) return options.eurRate
  throw invalid({ eurRate: { key: 'verifactuEurRate', params: { currency: doc.currency } } })
}

/**
 * The record's breakdown in euros; an OSS distance sale as ClaveRegimen 17 (`distanceSale`: as
 * decided at issue; by default the decision frozen with the document).
 */
async function groupsInEuro(trx: Executor, doc: DocumentRow, distanceSale?: boolean): Promise<Group[]> {
  const rate = await eurRateOf(trx, doc)
  const oss = distanceSale ?? (await frozenDistanceSale(trx, doc.id)) !== null
  return convertGroups(
    withStoredCuota(
      groupLines(await taxedLines(trx, doc.id), oss),
      await storedVatBreakdown(trx, doc.id, minorUnits(doc.currency))
    ),
    doc.currency,
    rate
  )
}

/**
 * A rate's tax as the document stored it: the credit note that finishes a rate credits what
 * remained of the invoice's VAT (2.19 where its own base × rate alone is 2.18), and the record
 * states what the document says. Only where the stored base is the group's, else base × rate.
 */
function withStoredCuota(groups: Group[], stored: readonly VatBreakdownRow[]): Group[] {
  return groups.map((g) => {
    if (g.treatment.qualification !== 'S1' || g.treatment.regime !== '01') return g
    const rows = stored.filter(
      (r) => (r.vatCategory === 'S' || r.vatCategory === 'Z') && r.vatRateBp === g.vatRateBp
    )
    if (rows.length === 0 || rows.reduce((sum, r) => sum + r.netCents, 0) !== g.baseCents) return g
    return { ...g, cuotaCents: rows.reduce((sum, r) => sum + r.vatCents, 0) }
  })
}

/** ImporteTotal: the sum of the breakdown's bases (or amounts not subject) and taxes, in euro cents. */
const importeCents = (groups: readonly Group[]): number =>
  groups.reduce((s, g) => s + g.baseCents + g.cuotaCents, 0)

/**
 * A simplified invoice (F2) may not exceed 3 000.00 € including VAT (RD 1619/2012 art. 4.1.a). The
 * AEAT checks it on every F2 record (Validaciones v1.2.0 §15.8: Σ BaseImponibleOimporteNoSujeto +
 * CuotaRepercutida of the breakdown, in euros, not above 3 000.00; error 1150) and rejects the record
 * after the number is given, so the issue is refused before. The AEAT's +10.00 tolerance is for
 * rounding, not a higher limit: 3 000.00 passes, 3 000.01 does not. Corrections of a simplified
 * invoice (R5) are not checked by the AEAT, nor here.
 */
const SIMPLIFIED_INVOICE_LIMIT_CENTS = 300_000

function checkSimplifiedLimit(groups: readonly Group[], field: string): void {
  const total = importeCents(groups)
  if (total <= SIMPLIFIED_INVOICE_LIMIT_CENTS) return
  throw new DomainError(
    'conflict',
    { key: 'verifactuSimplifiedOverLimit', params: { total: `${amountText(total)} EUR` } },
    { [field]: { key: 'verifactuSimplifiedOverLimitField' } }
  )
}

/**
 * Before an invoice gets its number: when VERI*FACTU is on and the buyer (as issued: `buyer`) has
 * no tax id, its record would be a simplified invoice (F2); refuse it over the limit, nothing written.
 */
export async function checkSimplifiedInvoice(
  trx: Executor,
  documentId: number,
  buyer: { name: string; taxId: string; country: string },
  distanceSale: boolean
): Promise<void> {
  if ((await activeVerifactu(trx)) === null) return
  if (recipientOf(buyer.name, buyer.taxId, buyer.country) !== null) return
  const doc = await documentRow(trx, documentId)
  if (doc.type !== 'invoice') return
  checkSimplifiedLimit(await groupsInEuro(trx, doc, distanceSale), 'customerTaxId')
}

function description(doc: DocumentRow, fallback: string): string {
  return doc.reason.trim() || doc.notes.trim() || fallback
}

export interface AltaOptions {
  subsanacion: boolean
  rechazoPrevio: 'S' | 'X' | null
  recipient?: Recipient | null
}

/** The id of the issuer's invoice as the records name it. */
function invoiceIdOf(doc: DocumentRow, issuerNif: string): InvoiceId {
  if (doc.number === null || doc.issueDate === null) throw conflict('verifactuOnlyIssued')
  return { nif: issuerNif, number: doc.number, date: aeatDate(doc.issueDate) }
}

/** The columns only an alta has: an anulación names the invoice, not its type or amounts. */
type AltaColumns = Pick<
  RecordRow,
  'invoiceType' | 'rectificationKind' | 'subsanacion' | 'rechazoPrevio' | 'cuotaTotal' | 'importeTotal'
>

const NOT_AN_ALTA: AltaColumns = {
  invoiceType: null,
  rectificationKind: null,
  subsanacion: 0,
  rechazoPrevio: null,
  cuotaTotal: null,
  importeTotal: null
}

/** Stores a chained record with its submission, pending until the next send. */
async function insertRecord(
  trx: Executor,
  ctx: ServiceContext,
  { settings, issuer }: ActiveVerifactu,
  { position, previousHash, seal }: ChainedRecord,
  record: AltaColumns & Pick<RecordRow, 'kind' | 'documentId' | 'reason' | 'xml'> & { invoice: InvoiceId }
): Promise<RecordRow> {
  const { invoice, ...columns } = record
  const row = await trx
    .insertInto('verifactuRecords')
    .values({
      ...columns,
      issuerNif: issuer.nif,
      position,
      invoiceNumber: invoice.number,
      invoiceDate: invoice.date,
      previousHash,
      hash: seal.hash,
      generatedAt: seal.generatedAt,
      environment: settings.environment,
      createdAt: ctx.now().toISOString(),
      createdBy: ctx.actor
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  await trx
    .insertInto('verifactuSubmissions')
    .values({
      recordId: row.id,
      status: 'pending',
      errorCode: null,
      errorText: null,
      csv: null,
      batchId: null,
      updatedAt: ctx.now().toISOString()
    })
    .execute()
  return row
}

async function makeAlta(
  trx: Executor,
  ctx: ServiceContext,
  doc: DocumentRow,
  options: AltaOptions
): Promise<RecordRow | null> {
  const active = await activeVerifactu(trx)
  if (active === null) return null
  const { issuer } = active
  const id = invoiceIdOf(doc, issuer.nif)
  const recipient =
    options.recipient !== undefined
      ? options.recipient
      : recipientOf(doc.customerName, doc.customerTaxId, doc.billingCountry)
  let groups = await groupsInEuro(trx, doc)
  let invoiceType = recipient === null ? 'F2' : 'F1'
  let rectification: Parameters<typeof altaXml>[0]['rectification'] = null
  if (doc.type === 'credit_note' || doc.type === 'debit_note') {
    if (doc.correctsId === null) throw conflict('mustCorrectIssuedInvoice')
    const corrected = await documentRow(trx, doc.correctsId)
    const chosen = await trx
      .selectFrom('verifactuDocumentOptions')
      .select(['correctionCode', 'correctionKind'])
      .where('documentId', '=', doc.id)
      .executeTakeFirst()
    const kind = chosen?.correctionKind ?? 'I'
    const correctedRecord = await latestRecordOf(trx, corrected.id, 'alta')
    const correctedSimplified = correctedRecord ? correctedRecord.invoiceType === 'F2' : recipient === null
    invoiceType = correctedSimplified ? 'R5' : (chosen?.correctionCode ?? 'R1')
    const sign = doc.type === 'credit_note' ? -1 : 1
    const correctedGroups = await groupsInEuro(trx, corrected)
    const correctedId = invoiceIdOf(corrected, correctedRecord?.issuerNif ?? issuer.nif)
    if (kind === 'S') {
      // By substitution: the record carries the invoice's new amounts, and the replaced ones.
      rectification = {
        kind,
        corrected: [correctedId],
        base: amountText(correctedGroups.reduce((s, g) => s + g.baseCents, 0)),
        cuota: amountText(correctedGroups.reduce((s, g) => s + g.cuotaCents, 0))
      }
      groups = combineGroups(correctedGroups, groups, sign)
    } else {
      // By differences: the record carries the change itself (negative for a credit note).
      rectification = { kind, corrected: [correctedId], base: null, cuota: null }
      if (sign === -1) groups = negateGroups(groups)
    }
  }
  // Issuing checked it before the number (checkSimplifiedInvoice); a subsanación still has no buyer.
  if (invoiceType === 'F2')
    checkSimplifiedLimit(groups, options.subsanacion ? 'recipientTaxId' : 'customerTaxId')
  const cuota = groups.reduce((s, g) => s + g.cuotaCents, 0)
  const importe = importeCents(groups)
  const cuotaTotal = amountText(cuota)
  const importeTotal = amountText(importe)
  const chained = await nextInChain(trx, ctx, active, (generatedAt, previousHash) =>
    altaHashInput(
      {
        IDEmisorFactura: id.nif,
        NumSerieFactura: id.number,
        FechaExpedicionFactura: id.date,
        TipoFactura: invoiceType,
        CuotaTotal: cuotaTotal,
        ImporteTotal: importeTotal,
        FechaHoraHusoGenRegistro: generatedAt
      },
      previousHash
    )
  )
  const supplyDate = doc.supplyDate
  const xml = altaXml({
    id,
    issuerName: doc.sellerLegalName ?? issuer.name,
    subsanacion: options.subsanacion,
    rechazoPrevio: options.rechazoPrevio,
    invoiceType,
    rectification,
    operationDate: supplyDate !== null && supplyDate !== doc.issueDate ? aeatDate(supplyDate) : null,
    description: description(
      doc,
      `${doc.type === 'invoice' ? 'Factura' : 'Factura rectificativa'} ${id.number}`
    ),
    recipient,
    breakdown: breakdownRows(groups),
    cuotaTotal,
    importeTotal,
    ...chained.seal
  })
  return insertRecord(trx, ctx, active, chained, {
    kind: 'alta',
    documentId: doc.id,
    invoice: id,
    invoiceType,
    rectificationKind: rectification?.kind ?? null,
    subsanacion: options.subsanacion ? 1 : 0,
    rechazoPrevio: options.rechazoPrevio,
    cuotaTotal,
    importeTotal,
    reason: '',
    xml
  })
}

/**
 * The hook issuing calls inside its transaction: a RegistroAlta when VERI*FACTU is on and the
 * document is an invoice, credit note or debit note. Any failure aborts the issue.
 */
export async function recordIssuedDocument(
  trx: Executor,
  ctx: ServiceContext,
  documentId: number
): Promise<void> {
  const doc = await documentRow(trx, documentId)
  if (!RECORDED_TYPES.has(doc.type)) return
  await makeAlta(trx, ctx, doc, { subsanacion: false, rechazoPrevio: null })
}

/**
 * A document's latest record; with `kind` 'alta', its latest alta: the one its print's QR code shows
 * and a correcting note refers to.
 */
export function latestRecordOf(
  db: Executor,
  documentId: number,
  kind?: RecordRow['kind']
): Promise<RecordRow | undefined> {
  let records = db.selectFrom('verifactuRecords').selectAll().where('documentId', '=', documentId)
  if (kind !== undefined) records = records.where('kind', '=', kind)
  return records.orderBy('id', 'desc').limit(1).executeTakeFirst()
}

/** RegistroAnulacion of a document's record: an explicit act with a reason, chained like any record. */
export async function cancelRecordInTransaction(
  trx: Executor,
  ctx: ServiceContext,
  documentId: number,
  reason: string
): Promise<RecordRow> {
  const active = await activeVerifactu(trx)
  if (active === null) throw conflict('verifactuOffCancel')
  const latest = await latestRecordOf(trx, documentId)
  if (!latest) throw conflict('verifactuNoRecordToCancel')
  if (latest.kind === 'anulacion')
    throw conflict('verifactuRecordAlreadyCancelled', { number: latest.invoiceNumber })
  const id = recordInvoiceId(latest)
  const chained = await nextInChain(trx, ctx, active, (generatedAt, previousHash) =>
    anulacionHashInput(
      {
        IDEmisorFacturaAnulada: id.nif,
        NumSerieFacturaAnulada: id.number,
        FechaExpedicionFacturaAnulada: id.date,
        FechaHoraHusoGenRegistro: generatedAt
      },
      previousHash
    )
  )
  const status = await trx
    .selectFrom('verifactuSubmissions')
    .select('status')
    .where('recordId', '=', latest.id)
    .executeTakeFirst()
  const xml = anulacionXml({
    id,
    // The alta never reached the AEAT's register: say so, or the cancellation would be refused.
    rechazoPrevio: status?.status === 'rejected',
    ...chained.seal
  })
  return insertRecord(trx, ctx, active, chained, {
    ...NOT_AN_ALTA,
    kind: 'anulacion',
    documentId,
    invoice: id,
    reason,
    xml
  })
}

/**
 * Subsanación: a new alta for the same invoice (same number and date), with Subsanacion=S and,
 * after a rejection, RechazoPrevio=X (the invoice is not in the AEAT's register yet). The buyer's
 * identification may be corrected; the invoice itself is frozen.
 */
export async function correctRecordInTransaction(
  trx: Executor,
  ctx: ServiceContext,
  recordId: number,
  fix: { recipientName?: string; recipientTaxId?: string }
): Promise<RecordRow> {
  const record = await trx
    .selectFrom('verifactuRecords')
    .selectAll()
    .where('id', '=', recordId)
    .executeTakeFirst()
  if (!record)
    throw new DomainError('not_found', { key: 'verifactuRecordNotFound', params: { id: recordId } })
  if (record.kind !== 'alta') throw conflict('verifactuOnlyAltaCorrected')
  const submission = await trx
    .selectFrom('verifactuSubmissions')
    .selectAll()
    .where('recordId', '=', recordId)
    .executeTakeFirstOrThrow()
  if (submission.status !== 'rejected' && submission.status !== 'accepted_with_errors')
    throw conflict('verifactuRecordNotCorrectable', {
      number: record.invoiceNumber,
      status: word(RECORD_STATUS_WORDS[submission.status])
    })
  const latest = await latestRecordOf(trx, record.documentId)
  if (latest?.id !== record.id)
    throw conflict('verifactuRecordAlreadyCorrected', { number: record.invoiceNumber })
  const doc = await documentRow(trx, record.documentId)
  const recipient =
    fix.recipientTaxId !== undefined || fix.recipientName !== undefined
      ? recipientOf(
          fix.recipientName ?? doc.customerName,
          fix.recipientTaxId ?? doc.customerTaxId,
          doc.billingCountry
        )
      : undefined
  const made = await makeAlta(trx, ctx, doc, {
    subsanacion: true,
    rechazoPrevio: submission.status === 'rejected' ? 'X' : null,
    recipient
  })
  if (made === null) throw conflict('verifactuOffCorrect')
  await trx
    .updateTable('verifactuSubmissions')
    .set({ status: 'corrected', updatedAt: ctx.now().toISOString() })
    .where('recordId', '=', recordId)
    .execute()
  return made
}
