/**
 * PDFs to files, for the command line: one document by its number, or every issued document
 * of a type in a date range into a folder, with progress.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DomainError, conflict } from '../../shared/errors'
import { documentTypes, type DocumentType } from '../../shared/schemas/documents'
import type { Executor } from '../context'
import { pdfFileName, renderDocumentPdf, type Paper } from './documents'

export interface PdfToFileOptions {
  paper?: Paper
  today: string
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/**
 * A command's choice of one document (`--number`) or a batch (`--from`, `--to`, `--out-dir`),
 * never both.
 */
export function batchRange(options: {
  number?: string
  from?: string
  to?: string
  outDir?: string
}): { number: string } | { from: string; to: string; outDir: string } {
  const { number, from, to, outDir } = options
  if ((number !== undefined) === (from !== undefined || to !== undefined || outDir !== undefined))
    throw new DomainError('invalid_input', { key: 'commandNumberOrBatch' })
  if (number !== undefined) return { number }
  if (!from || !to || !outDir || !isoDate.test(from) || !isoDate.test(to))
    throw new DomainError('invalid_input', { key: 'commandBatchNeeds' })
  return { from, to, outDir }
}

export async function documentIdByNumber(db: Executor, number: string, type?: DocumentType): Promise<number> {
  let query = db.selectFrom('documents').select(['id', 'type']).where('number', '=', number.trim())
  if (type) query = query.where('type', '=', type)
  const found = await query.execute()
  if (found.length === 0)
    throw new DomainError('not_found', { key: 'noIssuedDocumentNumbered', params: { number } })
  if (found.length > 1)
    throw conflict('severalDocumentsNumbered', { number, types: found.map((f) => f.type).join(', ') })
  return found[0].id
}

export async function writeDocumentPdf(
  db: Executor,
  id: number,
  outFile: string,
  options: PdfToFileOptions
): Promise<string> {
  const { bytes } = await renderDocumentPdf(db, id, options)
  writeFileSync(outFile, bytes)
  return outFile
}

export interface BatchOptions extends PdfToFileOptions {
  type: DocumentType
  from: string
  to: string
  outDir: string
  onProgress?: (done: number, total: number, fileName: string) => void
}

/** Writes every issued document of the type dated from..to (inclusive); returns the files written. */
export async function writeDocumentPdfs(db: Executor, options: BatchOptions): Promise<string[]> {
  if (!documentTypes.includes(options.type))
    throw new DomainError('invalid_input', {
      key: 'unknownDocumentType',
      params: { type: options.type, types: documentTypes.join(', ') }
    })
  const documents = await db
    .selectFrom('documents')
    .select(['id', 'type', 'number'])
    .where('type', '=', options.type)
    .where('number', 'is not', null)
    .where('issueDate', '>=', options.from)
    .where('issueDate', '<=', options.to)
    .orderBy('seriesYear')
    .orderBy('sequence')
    .execute()
  mkdirSync(options.outDir, { recursive: true })
  const written: string[] = []
  for (const [index, doc] of documents.entries()) {
    const file = join(options.outDir, pdfFileName(doc))
    await writeDocumentPdf(db, doc.id, file, options)
    written.push(file)
    options.onProgress?.(index + 1, documents.length, file)
  }
  return written
}
