/** VERI*FACTU as the screens and the command line see it: status, a document's records, the actions. */
import { activity } from '../../shared/activity'
import { conflict, decodeMessage, englishMessage, notFound } from '../../shared/errors'
import type {
  VerifactuBatchRow,
  VerifactuDocumentInfo,
  VerifactuDocumentOptions,
  VerifactuRecordRow,
  VerifactuStatus
} from '../../shared/schemas/verifactu'
import { recordActivity } from '../activity/log'
import type { Executor, ServiceContext } from '../context'
import { cancelRecordInTransaction, correctRecordInTransaction, latestRecordOf } from './records'
import { verifactuQrUrl } from './qr-url'
import { issuerOf, readVerifactuSettings } from './settings'
import { writeTransaction } from '../db/write-transaction'

const recordColumns = [
  'r.id',
  'r.position',
  'r.kind',
  'r.documentId',
  'r.invoiceNumber',
  'r.invoiceDate',
  'r.invoiceType',
  'r.importeTotal',
  'r.hash',
  'r.generatedAt',
  'r.environment',
  'r.subsanacion',
  'r.reason',
  's.status',
  's.errorCode',
  's.errorText',
  's.csv',
  's.attempts'
] as const

function recordsQuery(db: Executor) {
  return db
    .selectFrom('verifactuRecords as r')
    .innerJoin('verifactuSubmissions as s', 's.recordId', 'r.id')
    .select(recordColumns)
}

type RecordQueryRow = Awaited<ReturnType<ReturnType<typeof recordsQuery>['execute']>>[number]

const toRow = (r: RecordQueryRow): VerifactuRecordRow => ({ ...r, subsanacion: r.subsanacion === 1 })

export async function lastBatch(db: Executor): Promise<VerifactuBatchRow | null> {
  const row = await db
    .selectFrom('verifactuBatches')
    .select([
      'id',
      'sentAt',
      'recordCount',
      'outcome',
      'accepted',
      'acceptedWithErrors',
      'rejected',
      'csv',
      'waitSeconds',
      'message'
    ])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  if (!row) return null
  // A failed send keeps its reason as keyed text; older rows hold English, shown as it is.
  const failure = row.outcome === 'failed' ? decodeMessage(row.message) : null
  return { ...row, message: failure ? englishMessage(failure) : row.message, failure }
}

/** When the AEAT allows the next request: the last request's time plus the waiting time it returned. */
export function nextSendAt(batch: VerifactuBatchRow | null, now: Date): string | null {
  if (batch === null) return null
  const at = new Date(Date.parse(batch.sentAt) + batch.waitSeconds * 1000)
  return at > now ? at.toISOString() : null
}

export async function verifactuStatus(
  ctx: ServiceContext,
  options: { certificateUnlocked: boolean; limit?: number }
): Promise<VerifactuStatus> {
  const settings = await readVerifactuSettings(ctx.db)
  const issuer = await issuerOf(ctx.db)
  const counts = await ctx.db
    .selectFrom('verifactuSubmissions')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute()
  const count = (status: string) => counts.find((c) => c.status === status)?.n ?? 0
  const batch = await lastBatch(ctx.db)
  const records = await recordsQuery(ctx.db)
    .orderBy('r.id', 'desc')
    .limit(options.limit ?? 200)
    .execute()
  return {
    enabled: settings.enabled,
    environment: settings.environment,
    issuerNif: issuer?.nif ?? null,
    waiting: count('pending'),
    rejected: count('rejected'),
    lastBatch: batch,
    nextSendAt: nextSendAt(batch, ctx.now()),
    certificateUnlocked: options.certificateUnlocked,
    records: records.map(toRow)
  }
}

/** The QR URL of a document: from its latest alta record (the one the invoice prints). */
export async function documentQrUrl(db: Executor, documentId: number): Promise<string | null> {
  const record = await latestRecordOf(db, documentId, 'alta')
  if (!record || record.importeTotal === null) return null
  return verifactuQrUrl(
    {
      nif: record.issuerNif,
      numserie: record.invoiceNumber,
      fecha: record.invoiceDate,
      importe: record.importeTotal
    },
    record.environment
  )
}

export async function documentInfo(db: Executor, documentId: number): Promise<VerifactuDocumentInfo> {
  const records = await recordsQuery(db).where('r.documentId', '=', documentId).orderBy('r.id').execute()
  const options = await db
    .selectFrom('verifactuDocumentOptions')
    .select(['correctionCode', 'correctionKind', 'eurRate'])
    .where('documentId', '=', documentId)
    .executeTakeFirst()
  return { records: records.map(toRow), qrUrl: await documentQrUrl(db, documentId), options: options ?? null }
}

/** Options are chosen on a draft: the rectification code and kind, the exchange rate to EUR. */
export async function setDocumentOptions(
  ctx: ServiceContext,
  documentId: number,
  options: VerifactuDocumentOptions
): Promise<VerifactuDocumentInfo> {
  return writeTransaction(ctx.db, async (trx) => {
    const doc = await trx
      .selectFrom('documents')
      .select(['status', 'type'])
      .where('id', '=', documentId)
      .executeTakeFirst()
    if (!doc) throw notFound('document', documentId)
    if (doc.status !== 'draft') throw conflict('verifactuOptionsBeforeIssue')
    const values = { ...options, updatedAt: ctx.now().toISOString() }
    await trx
      .insertInto('verifactuDocumentOptions')
      .values({ documentId, ...values })
      .onConflict((oc) => oc.column('documentId').doUpdateSet(values))
      .execute()
    return documentInfo(trx, documentId)
  })
}

export async function cancelRecord(
  ctx: ServiceContext,
  documentId: number,
  reason: string
): Promise<VerifactuDocumentInfo> {
  return writeTransaction(ctx.db, async (trx) => {
    const record = await cancelRecordInTransaction(trx, ctx, documentId, reason)
    await recordActivity(trx, ctx, {
      entity: 'document',
      entityId: documentId,
      action: 'verifactu_cancel',
      summary: `VERI*FACTU record of ${record.invoiceNumber} cancelled: ${reason}`,
      details: activity('verifactuCancelled', { number: record.invoiceNumber, reason })
    })
    return documentInfo(trx, documentId)
  })
}

export async function correctRecord(
  ctx: ServiceContext,
  recordId: number,
  fix: { recipientName?: string; recipientTaxId?: string }
): Promise<VerifactuDocumentInfo> {
  return writeTransaction(ctx.db, async (trx) => {
    const record = await correctRecordInTransaction(trx, ctx, recordId, fix)
    await recordActivity(trx, ctx, {
      entity: 'document',
      entityId: record.documentId,
      action: 'verifactu_correct',
      summary: `VERI*FACTU record of ${record.invoiceNumber} corrected (subsanación) and queued to send again`,
      details: activity('verifactuCorrected', { number: record.invoiceNumber })
    })
    return documentInfo(trx, record.documentId)
  })
}
