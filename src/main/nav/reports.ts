/**
 * The NAV reports in the store: made in the issuing transaction (`reportIssued`, the one call
 * issuing makes), technical annulments, re-sending an aborted report, and the rows the
 * screens show with advice in plain words.
 */
import { activity } from '../../shared/activity'
import { conflict, notFound, type ErrorKey, type Message } from '../../shared/errors'
import {
  navAdviceKind,
  type NavAdviceKind,
  type NavMessage,
  type NavReportRow
} from '../../shared/schemas/nav'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import type { NavReportsTable } from '../db/types'
import { documentRecord } from '../documents/load'
import type { Selectable } from 'kysely'
import { buildAnnulment, type NavAnnulment } from './annulment'
import { buildInvoiceData, NavDataProblem, operationOf } from './invoice-data'
import { readNavSettings } from './settings'
import { navSource } from './source'
import { writeTransaction } from '../db/write-transaction'

const REPORTED_TYPES = new Set(['invoice', 'credit_note', 'debit_note'])

async function newReport(trx: Executor, ctx: ServiceContext, documentId: number) {
  const source = await navSource(trx, documentId)
  let xml: string
  try {
    xml = buildInvoiceData(source)
  } catch (error) {
    if (error instanceof NavDataProblem) throw conflict('navCannotReport', { reason: error.reason })
    throw error
  }
  const now = isoNow(ctx)
  const record = await documentRecord(trx, documentId)
  return {
    documentId,
    kind: 'invoice' as const,
    operation: operationOf(source),
    originalDocumentId: record.correctsId,
    modificationIndex: source.modification?.index ?? null,
    lineCount: source.lines.length,
    xml,
    createdAt: now,
    status: 'waiting' as const,
    nextAttemptAt: now,
    updatedAt: now
  }
}

/**
 * Called by issuing, inside its transaction, right after the number is given: with NAV
 * reporting on, an invoice, credit or debit note gets its InvoiceData and a place in the queue.
 * When the data cannot make a valid report (no Hungarian tax number, no HUF rate…), issuing
 * is refused with the reason, so no invoice exists that NAV never hears about.
 */
export async function reportIssued(trx: Executor, ctx: ServiceContext, documentId: number): Promise<void> {
  const settings = await readNavSettings(trx)
  if (!settings.enabled) return
  const record = await documentRecord(trx, documentId)
  if (!REPORTED_TYPES.has(record.type)) return
  await trx
    .insertInto('navReports')
    .values(await newReport(trx, ctx, documentId))
    .execute()
}

/** Queues the technical annulment of a document NAV has (or is receiving) the data of. */
export async function annulReport(
  ctx: ServiceContext,
  input: { id: number; code: NavAnnulment['code']; reason: string }
): Promise<NavReportRow> {
  const id = await writeTransaction(ctx.db, async (trx) => {
    const report = await trx
      .selectFrom('navReports')
      .selectAll()
      .where('documentId', '=', input.id)
      .where('kind', '=', 'invoice')
      .where('status', '<>', 'replaced')
      .executeTakeFirst()
    if (!report) throw conflict('navNothingToAnnul')
    if (report.status !== 'done') throw conflict('navAnnulOnlyAccepted')
    const record = await documentRecord(trx, input.id)
    const now = isoNow(ctx)
    const [row] = await trx
      .insertInto('navReports')
      .values({
        documentId: input.id,
        kind: 'annulment',
        operation: 'ANNUL',
        xml: buildAnnulment({
          number: record.number ?? '',
          timestamp: now,
          code: input.code,
          reason: input.reason
        }),
        createdAt: now,
        status: 'waiting',
        nextAttemptAt: now,
        updatedAt: now
      })
      .returning('id')
      .execute()
      .catch((error: unknown) => {
        throw String(error).includes('UNIQUE') ? conflict('navAnnulmentQueued') : error
      })
    await recordActivity(trx, ctx, {
      entity: 'document',
      entityId: input.id,
      action: 'nav_annul',
      summary: `Queued the technical annulment of ${record.number ?? ''} for NAV (${input.code})`,
      details: activity('navAnnulmentQueued', {
        number: record.number ?? '',
        code: { term: `navReporting.annulCodes.${input.code}` }
      })
    })
    return row.id
  })
  return reportRow(ctx.db, id)
}

/** An aborted report is made again from the document and today's settings, and queued. */
export async function resendReport(ctx: ServiceContext, reportId: number): Promise<NavReportRow> {
  const id = await writeTransaction(ctx.db, async (trx) => {
    const report = await trx
      .selectFrom('navReports')
      .selectAll()
      .where('id', '=', reportId)
      .executeTakeFirst()
    if (!report) throw notFound('navReport', reportId)
    if (report.status !== 'aborted') throw conflict('navResendOnlyRejected')
    const now = isoNow(ctx)
    await trx
      .updateTable('navReports')
      .set({ status: 'replaced', updatedAt: now })
      .where('id', '=', reportId)
      .execute()
    const values =
      report.kind === 'invoice'
        ? await newReport(trx, ctx, report.documentId)
        : {
            documentId: report.documentId,
            kind: report.kind,
            operation: report.operation,
            xml: report.xml,
            createdAt: now,
            status: 'waiting' as const,
            nextAttemptAt: now,
            updatedAt: now
          }
    const [row] = await trx.insertInto('navReports').values(values).returning('id').execute()
    await recordActivity(trx, ctx, {
      entity: 'document',
      entityId: report.documentId,
      action: 'nav_resend',
      summary: `Queued the NAV report again after NAV rejected it`,
      details: activity('navReportQueuedAgain')
    })
    return row.id
  })
  return reportRow(ctx.db, id)
}

type ReportRecord = Selectable<NavReportsTable> & { number: string | null }

function parseMessages(text: string): NavMessage[] {
  try {
    return JSON.parse(text) as NavMessage[]
  } catch {
    return []
  }
}

const adviceKey: Record<NavAdviceKind, ErrorKey> = {
  taxNumber: 'navAdviceTaxNumber',
  reference: 'navAdviceReference',
  annulment: 'navAdviceAnnulment',
  rejected: 'navAdviceRejected',
  credentials: 'navAdviceCredentials',
  connection: 'navAdviceConnection',
  noTransaction: 'navAdviceNoTransaction',
  service: 'navAdviceService'
}

/** What the user should do, by key, for a report that is not going well; null when all is well. */
function adviceFor(kind: NavAdviceKind | ''): Message | null {
  return kind === '' ? null : { key: adviceKey[kind] }
}

export function toReportRow(r: ReportRecord): NavReportRow {
  const messages = parseMessages(r.messages)
  const adviceKind = navAdviceKind(r, messages)
  return {
    id: r.id,
    documentId: r.documentId,
    number: r.number ?? '',
    kind: r.kind,
    operation: r.operation,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.nextAttemptAt,
    transactionId: r.transactionId,
    lastError: r.lastError,
    messages,
    advice: adviceFor(adviceKind),
    adviceKind,
    createdAt: r.createdAt,
    finishedAt: r.finishedAt
  }
}

export function reportQuery(db: Executor) {
  return db
    .selectFrom('navReports as r')
    .innerJoin('documents as d', 'd.id', 'r.documentId')
    .selectAll('r')
    .select('d.number')
}

export async function reportRow(db: Executor, id: number): Promise<NavReportRow> {
  const row = await reportQuery(db).where('r.id', '=', id).executeTakeFirstOrThrow()
  return toReportRow(row)
}

export async function documentReports(db: Executor, documentId: number): Promise<NavReportRow[]> {
  const rows = await reportQuery(db).where('r.documentId', '=', documentId).orderBy('r.id', 'desc').execute()
  return rows.map(toReportRow)
}
