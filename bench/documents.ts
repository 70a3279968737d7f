/**
 * Issue 3 figures: invoice PDFs of 20 and 200 lines, a batch of 1 000 stored invoices to files,
 * and the ratio against bare pdfkit drawing the same text (same font, same pages, no layout).
 */
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import {
  documentPrintModel,
  printContextOf,
  pdfFontPaths,
  renderDocumentPdf,
  renderPdf,
  writeDocumentPdf,
  type PrintModel
} from '../src/main/pdf'
import { readSettings } from '../src/main/settings/service'
import type { Salesdesk } from '../src/main/runtime'
import type { DocumentLineInput } from '../src/shared/schemas/document-drafts'
import type { SalesDocument } from '../src/shared/schemas/documents'
import { heading, median, ms, report, timeOnce, timeRuns } from './stats'

const TODAY = new Date().toISOString().slice(0, 10)

async function call<T>(app: Salesdesk, method: string, input: unknown): Promise<T> {
  const result = await app.api.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.data as T
}

/** An issued invoice of `count` lines for the first demo customer, products from the catalogue. */
export async function invoiceWithLines(app: Salesdesk, count: number): Promise<SalesDocument> {
  const products = await app.store.db
    .selectFrom('products')
    .select(['id', 'name', 'unit', 'unitPriceCents', 'vatRateBp'])
    .orderBy('id')
    .limit(count)
    .execute()
  const customer = await app.store.db
    .selectFrom('customers')
    .select('id')
    .orderBy('id')
    .executeTakeFirstOrThrow()
  const lines: DocumentLineInput[] = Array.from({ length: count }, (_, i) => {
    const p = products[i % products.length]
    return {
      productId: p.id,
      description: `${p.name} — Lieferung ${i + 1}, Szállítás, доставка`,
      unit: p.unit,
      quantityMilli: 1_000 + ((i * 250) % 9_000),
      unitPriceCents: p.unitPriceCents,
      discountBp: i % 4 === 0 ? 500 : 0,
      vatRateBp: p.vatRateBp,
      promisedDate: null,
      sourceLineId: null
    }
  })
  const draft = await call<SalesDocument>(app, 'documents.createDraft', {
    document: {
      type: 'invoice',
      customerId: customer.id,
      issueDate: TODAY,
      validUntil: null,
      promisedDate: null,
      paymentInstructions: '',
      notes: '',
      reason: '',
      lines
    }
  })
  return call<SalesDocument>(app, 'documents.issue', { id: draft.id, issueDate: TODAY })
}

/** The same strings as the print model, drawn by pdfkit with no layout logic of ours. */
function barePdfkit(model: PrintModel, fontPath: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: model.paper, margin: 50 })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.font(fontPath).fontSize(9)
    const texts = [
      model.title,
      model.number,
      model.company.legalName,
      ...model.addressee.lines,
      ...model.meta.flat()
    ]
    let y = 50
    for (const text of texts) {
      doc.text(text, 50, y, { lineBreak: false })
      y += 12
    }
    for (const row of model.rows) {
      if (y > 760) {
        doc.addPage()
        y = 50
      }
      let x = 50
      for (const [i, cell] of row.entries()) {
        doc.text(cell.replace(/\n/g, ' '), x, y, { lineBreak: false })
        x += i === 0 ? 200 : 50
      }
      y += 12
    }
    for (const total of model.totals?.rows ?? [])
      doc.text(`${total.label} ${total.value}`, 300, (y += 12), { lineBreak: false })
    doc.end()
  })
}

export async function benchDocumentPdfs(app: Salesdesk, folder: string): Promise<void> {
  heading('Sales document PDFs')
  const db = app.store.db
  const settings = await readSettings(db)
  const fontPath = pdfFontPaths().regular
  for (const lines of [20, 200]) {
    const invoice = await invoiceWithLines(app, lines)
    await renderDocumentPdf(db, invoice.id, { today: TODAY }) // warm-up: fonts opened once per process
    const ours = await timeRuns(lines === 20 ? 60 : 20, () =>
      renderDocumentPdf(db, invoice.id, { today: TODAY })
    )
    const model = documentPrintModel(invoice, await printContextOf(db, invoice, settings))
    const drawOnly = await timeRuns(lines === 20 ? 60 : 20, () => renderPdf(model))
    await barePdfkit(model, fontPath)
    const bare = await timeRuns(lines === 20 ? 60 : 20, () => barePdfkit(model, fontPath))
    report(
      `invoice PDF, ${lines} lines (load + draw)`,
      ms(median(ours)),
      lines === 20 ? 'target < 15 ms' : ''
    )
    report(`  drawing only`, ms(median(drawOnly)))
    report(
      `  bare pdfkit, same text, no layout`,
      ms(median(bare)),
      `ours/bare ${(median(ours) / median(bare)).toFixed(2)}x (bare parses the font file per document; ours once per process)`
    )
  }

  const ids = await db
    .selectFrom('documents')
    .select('id')
    .where('type', '=', 'invoice')
    .where('number', 'is not', null)
    .orderBy('id')
    .limit(1000)
    .execute()
  const out = join(folder, 'pdf-batch')
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const { ms: batchMs } = await timeOnce(async () => {
    for (const { id } of ids) await writeDocumentPdf(db, id, join(out, `${id}.pdf`), { today: TODAY })
  })
  report(
    `batch of ${ids.length} stored invoices to files`,
    `${(batchMs / 1000).toFixed(1)} s`,
    `${ms(batchMs / ids.length)} per invoice`
  )
  rmSync(out, { recursive: true, force: true })
}
