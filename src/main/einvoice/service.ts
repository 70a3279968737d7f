/**
 * E-invoices of issued documents: one file (UBL, CII or Factur-X), the checks of a draft, and a
 * period's documents in one zip with progress. Everything is built from what the store froze at issue.
 */
import JSZip from 'jszip'
import type { FileResult } from '../../shared/schemas/common'
import type { EInvoiceFormat, EInvoiceProblem } from '../../shared/schemas/einvoice'
import { DomainError, sentences } from '../../shared/errors'
import type { Executor, ServiceContext } from '../context'
import { today } from '../documents/common'
import { reportProgress, yieldToOthers } from '../jobs/context'
import { einvoiceProblems } from './checks'
import { toCii } from './cii'
import { CURRENT_FACTURX_PROFILE } from './facturx'
import { facturXPdf } from './facturx-pdf'
import { loadEInvoice } from './from-document'
import { toUbl } from './ubl'

const XML_MIME = 'application/xml'
const ZIP_MIME = 'application/zip'

export interface EInvoiceFile {
  fileName: string
  mimeType: string
  bytes: Uint8Array
}

/** The e-invoice of one issued document in the chosen format. */
export async function einvoiceFile(
  db: Executor,
  id: number,
  format: EInvoiceFormat,
  now: string
): Promise<EInvoiceFile> {
  const invoice = await loadEInvoice(db, id, now)
  if (invoice.number.startsWith('DRAFT-'))
    throw new DomainError('invalid_input', { key: 'einvoiceIssueFirst' })
  const problems = einvoiceProblems(invoice)
  if (problems.length > 0)
    throw new DomainError('invalid_input', {
      key: 'einvoiceProblems',
      params: {
        number: invoice.number,
        problems: sentences(problems.map(({ key, params }) => ({ key, params })))
      }
    })
  const base = invoice.number.replace(/[^\w.-]/g, '_')
  if (format === 'ubl')
    return { fileName: `${base}.ubl.xml`, mimeType: XML_MIME, bytes: utf8(toUbl(invoice)) }
  if (format === 'cii')
    return { fileName: `${base}.cii.xml`, mimeType: XML_MIME, bytes: utf8(toCii(invoice)) }
  return {
    fileName: `${base}.pdf`,
    mimeType: 'application/pdf',
    // Asked for as a file: the profile this version writes.
    bytes: await facturXPdf(db, id, invoice, now, CURRENT_FACTURX_PROFILE)
  }
}

export async function einvoiceFileResult(
  ctx: ServiceContext,
  id: number,
  format: EInvoiceFormat
): Promise<FileResult> {
  return { kind: 'file', ...(await einvoiceFile(ctx.db, id, format, today(ctx))) }
}

export async function einvoiceCheck(
  ctx: ServiceContext,
  id: number
): Promise<{ problems: EInvoiceProblem[] }> {
  return { problems: einvoiceProblems(await loadEInvoice(ctx.db, id, today(ctx))) }
}

export interface BatchQuery {
  type: 'invoice' | 'credit_note' | 'debit_note' | 'all'
  from: string
  to: string
  format: EInvoiceFormat
}

/** The ids of the issued documents of a period, in number order. */
export async function issuedInPeriod(db: Executor, query: Omit<BatchQuery, 'format'>): Promise<number[]> {
  const types = query.type === 'all' ? ['invoice', 'credit_note', 'debit_note'] : [query.type]
  const rows = await db
    .selectFrom('documents')
    .select('id')
    .where('type', 'in', types as ('invoice' | 'credit_note' | 'debit_note')[])
    .where('number', 'is not', null)
    .where('issueDate', '>=', query.from)
    .where('issueDate', '<=', query.to)
    .orderBy('type')
    .orderBy('seriesYear')
    .orderBy('sequence')
    .execute()
  return rows.map((r) => r.id)
}

/** Every file of the period, handed one by one to `write` (a zip entry, a file in a folder). */
export async function eachEInvoice(
  db: Executor,
  query: BatchQuery,
  now: string,
  write: (file: EInvoiceFile) => Promise<void> | void
): Promise<number> {
  const ids = await issuedInPeriod(db, query)
  for (const [i, id] of ids.entries()) {
    await write(await einvoiceFile(db, id, query.format, now))
    reportProgress(i + 1, ids.length, 'e-invoices')
    if (i % 20 === 19) await yieldToOthers()
  }
  return ids.length
}

export async function einvoiceBatch(
  ctx: ServiceContext,
  query: BatchQuery
): Promise<FileResult & { count: number }> {
  const zip = new JSZip()
  const count = await eachEInvoice(ctx.db, query, today(ctx), (file) => {
    zip.file(file.fileName, file.bytes)
  })
  if (count === 0) throw new DomainError('not_found', { key: 'noDocumentsInPeriod' })
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
  return {
    kind: 'file',
    fileName: `e-invoices-${query.format}-${query.from}-${query.to}.zip`,
    mimeType: ZIP_MIME,
    bytes,
    count
  }
}

function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'))
}
