/**
 * The printed invoice with its e-invoice inside: the same PDF as always, written as PDF/A-3b with the
 * CII XML attached (Factur-X). Invoices, credit and debit notes issued while the company had it on in
 * Settings print this way for good (decided at issue, migration 0040); the plain PDF stays available
 * from the API and CLI.
 */
import type { FileResult } from '../../shared/schemas/common'
import { isEInvoiceType } from '../../shared/schemas/einvoice'
import type { Executor, ServiceContext } from '../context'
import { today } from '../documents/common'
import { documentPdf, pdfFileName, renderDocumentPdf, type Paper } from '../pdf/documents'
import { toCii } from './cii'
import { embedFacturX, PDFA3_OPTIONS, type FacturXProfile } from './facturx'
import { einvoiceProblems } from './checks'
import { loadEInvoice } from './from-document'
import type { EInvoice } from './model'
import { embeddedProfile } from './settings'

export async function facturXPdf(
  db: Executor,
  id: number,
  invoice: EInvoice,
  now: string,
  profile: FacturXProfile
): Promise<Uint8Array> {
  const cii = toCii(invoice)
  const { bytes } = await renderDocumentPdf(db, id, {
    today: now,
    extras: { options: PDFA3_OPTIONS, finish: (doc) => embedFacturX(doc, cii, invoice.issueDate, profile) }
  })
  return new Uint8Array(bytes)
}

/** The PDF the app prints for a document: Factur-X when it was issued so and the invoice allows it. */
export async function printedDocumentPdf(
  ctx: ServiceContext,
  id: number,
  paper?: Paper
): Promise<FileResult> {
  const doc = await ctx.db
    .selectFrom('documents')
    .select(['type', 'number'])
    .where('id', '=', id)
    .executeTakeFirst()
  // Decided at issue (Settings → E-invoice then), profile included, and kept with the document; a
  // draft prints plain.
  const profile = doc?.number && isEInvoiceType(doc.type) ? await embeddedProfile(ctx.db, id) : null
  if (!doc?.number || profile === null) return documentPdf(ctx, id, paper)
  const invoice = await loadEInvoice(ctx.db, id, today(ctx))
  // An invoice the EN 16931 rules would reject still prints, as a plain PDF.
  if (einvoiceProblems(invoice).length > 0) return documentPdf(ctx, id, paper)
  return {
    kind: 'file',
    fileName: pdfFileName({ type: doc.type, number: doc.number, id }),
    mimeType: 'application/pdf',
    bytes: await facturXPdf(ctx.db, id, invoice, today(ctx), profile)
  }
}
