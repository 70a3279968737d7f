/** `salesdesk pdf`: one document by number, or a date range of one type into a folder. */
import { today } from '../clock'
import { resolve } from 'node:path'
import type { DocumentType } from '../../shared/schemas/documents'
import { withExistingDatabase } from '../runtime'
import { batchRange, documentIdByNumber, writeDocumentPdf, writeDocumentPdfs } from './batch'
import type { Paper } from './documents'
import { say, sayCount } from '../cli-language'
import { DomainError } from '../../shared/errors'

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

export async function pdfCommand(options: PdfCommandOptions): Promise<void> {
  // Every document this command prints is issued, and an issued document prints on its frozen paper.
  if (options.paper !== undefined) throw new DomainError('invalid_input', { key: 'pdfPaperDraftsOnly' })
  const choice = batchRange(options)
  // Never create an empty database just to find nothing in it.
  await withExistingDatabase(options.db, async (app) => {
    const on = today(app.api.context)
    if ('number' in choice) {
      const { number } = choice
      const id = await documentIdByNumber(app.store.db, number, options.type)
      const out = resolve(options.out ?? `${number}.pdf`)
      await writeDocumentPdf(app.store.db, id, out, { today: on })
      console.log(say('wroteFile', { path: out }))
      return
    }
    const outDir = resolve(choice.outDir)
    const files = await writeDocumentPdfs(app.store.db, {
      type: options.type ?? 'invoice',
      from: choice.from,
      to: choice.to,
      outDir,
      today: on,
      onProgress: (done, total) => process.stderr.write(`\r${say('pdfProgress', { done, total })}`)
    })
    if (files.length > 0) process.stderr.write('\n')
    console.log(sayCount('wrotePdfs', files.length, { folder: outDir }))
  })
}
