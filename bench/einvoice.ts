/** E-invoices: UBL, CII and Factur-X for a 20-line invoice and a batch of 1 000, beside the plain PDF. */
import { toCii } from '../src/main/einvoice/cii'
import { loadEInvoice } from '../src/main/einvoice/from-document'
import { einvoiceFile } from '../src/main/einvoice/service'
import { toUbl } from '../src/main/einvoice/ubl'
import { renderDocumentPdf } from '../src/main/pdf/documents'
import type { Salesdesk } from '../src/main/runtime'
import { invoiceWithLines } from './documents'
import { heading, median, ms, report, timeOnce, timeRuns } from './stats'

const TODAY = new Date().toISOString().slice(0, 10)

export async function benchEInvoices(app: Salesdesk): Promise<void> {
  heading('E-invoices (EN 16931)')
  const db = app.store.db
  const invoice = await invoiceWithLines(app, 20)
  const model = await loadEInvoice(db, invoice.id, TODAY)
  toUbl(model)
  toCii(model)
  const ubl = await timeRuns(200, () => toUbl(model))
  const cii = await timeRuns(200, () => toCii(model))
  const load = await timeRuns(100, () => loadEInvoice(db, invoice.id, TODAY))
  await renderDocumentPdf(db, invoice.id, { today: TODAY })
  await einvoiceFile(db, invoice.id, 'facturx', TODAY)
  const plain = await timeRuns(40, () => renderDocumentPdf(db, invoice.id, { today: TODAY }))
  const facturx = await timeRuns(40, () => einvoiceFile(db, invoice.id, 'facturx', TODAY))
  report('UBL XML, 20 lines (model -> XML)', ms(median(ubl)), 'goal < 2 ms')
  report('CII XML, 20 lines (model -> XML)', ms(median(cii)), 'goal < 2 ms')
  report('  reading the model from the store', ms(median(load)))
  report('plain invoice PDF, 20 lines', ms(median(plain)))
  report(
    'Factur-X PDF/A-3 with CII, 20 lines',
    ms(median(facturx)),
    `${(median(facturx) / median(plain)).toFixed(2)}x the plain PDF (goal < 1.5x)`
  )

  const ids = (
    await db
      .selectFrom('documents')
      .select('id')
      .where('type', '=', 'invoice')
      .where('number', 'is not', null)
      .orderBy('id')
      .limit(1000)
      .execute()
  ).map((r) => r.id)
  for (const format of ['ubl', 'cii', 'facturx'] as const) {
    let refused = 0
    const { ms: total } = await timeOnce(async () => {
      for (const id of ids) {
        // A stored invoice the EN 16931 rules reject (e.g. made before dates of supply were kept) is counted, not fatal.
        await einvoiceFile(db, id, format, TODAY).catch(() => refused++)
      }
    })
    if (refused > 0) report(`  refused by the EN 16931 checks (${format})`, String(refused))
    report(
      `batch of ${ids.length} stored invoices, ${format}`,
      `${(total / 1000).toFixed(2)} s`,
      `${ms(total / ids.length)} each`
    )
  }
  const { ms: plainBatch } = await timeOnce(async () => {
    for (const id of ids) await renderDocumentPdf(db, id, { today: TODAY })
  })
  report(
    `  the same ${ids.length} as plain PDFs`,
    `${(plainBatch / 1000).toFixed(2)} s`,
    `${ms(plainBatch / ids.length)} each`
  )
}
