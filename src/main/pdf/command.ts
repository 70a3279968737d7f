/** `salesdesk pdf`: one document by number, or a date range of one type into a folder. */
import { existsSync } from 'node:fs'
import { today } from '../clock'
import { resolve } from 'node:path'
import { DomainError } from '../../shared/errors'
import type { DocumentType } from '../../shared/schemas/documents'
import { startSalesdesk } from '../runtime'
import { documentIdByNumber, writeDocumentPdf, writeDocumentPdfs } from './batch'
import type { Paper } from './documents'
import { required } from '../../shared/required'

export interface PdfCommandOptions {
  db: string
  number?: string
  out?: string
  from?: string
  to?: string
  type?: DocumentType
  outDir?: string
  paper?: Paper
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

export async function pdfCommand(options: PdfCommandOptions): Promise<void> {
  const single = options.number !== undefined
  if (single === (options.from !== undefined || options.to !== undefined || options.outDir !== undefined)) {
    throw new DomainError('invalid_input', 'Give either --number and --out, or --from, --to and --out-dir.')
  }
  if (
    !single &&
    (!options.from ||
      !options.to ||
      !options.outDir ||
      !isoDate.test(options.from) ||
      !isoDate.test(options.to))
  ) {
    throw new DomainError(
      'invalid_input',
      'A batch needs --from and --to as dates like 2026-01-31, and --out-dir.'
    )
  }
  // Never create an empty database just to find nothing in it.
  if (!existsSync(resolve(options.db)))
    throw new DomainError('not_found', `${resolve(options.db)} does not exist.`)
  const app = await startSalesdesk({ databasePath: resolve(options.db) })
  try {
    const on = today(app.api.context)
    if (options.number !== undefined) {
      const id = await documentIdByNumber(app.store.db, options.number, options.type)
      const out = resolve(options.out ?? `${options.number}.pdf`)
      await writeDocumentPdf(app.store.db, id, out, { paper: options.paper, today: on })
      console.log(`Wrote ${out}.`)
      return
    }
    // Checked above: a batch has all three.
    const outDir = resolve(required(options.outDir, '--out-dir'))
    const files = await writeDocumentPdfs(app.store.db, {
      type: options.type ?? 'invoice',
      from: required(options.from, '--from'),
      to: required(options.to, '--to'),
      outDir,
      paper: options.paper,
      today: on,
      onProgress: (done, total) => process.stderr.write(`\rPDF ${done} / ${total}`)
    })
    if (files.length > 0) process.stderr.write('\n')
    console.log(`Wrote ${files.length} PDF file${files.length === 1 ? '' : 's'} to ${outDir}.`)
  } finally {
    await app.close()
  }
}
