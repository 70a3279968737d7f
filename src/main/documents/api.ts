/** The sales documents' API handlers: drafts, issuing, estimates, orders, deliveries and invoices. */
import type { ApiHandlers } from '../../shared/api'
import type { DocumentsApiOutputs } from '../../shared/schemas/documents-api'
import type { ServiceContext } from '../context'
import { printedDocumentPdf } from '../einvoice/facturx-pdf'
import { deliveryNotePdf } from '../pdf/documents'
import { distanceSales, documentDistanceSale } from './distance-sales'
import * as drafts from './drafts'
import * as estimates from './estimates'
import * as invoices from './invoices'
import { issueDocument } from './issue'
import { exportDocuments, listDocuments } from './list'
import { numberingReport } from './numbering'
import * as orders from './orders'

export type DocumentsHandlers = Pick<ApiHandlers, keyof DocumentsApiOutputs>

export function documentsHandlers(ctx: ServiceContext): DocumentsHandlers {
  return {
    'documents.list': (q) => listDocuments(ctx, q),
    'documents.get': ({ id }) => drafts.getDocument(ctx, id),
    'documents.distanceSales': (input) => distanceSales(ctx.db, input),
    'documents.distanceSale': ({ id }) => documentDistanceSale(ctx.db, id),
    'documents.createDraft': ({ document }) => drafts.createDraft(ctx, document),
    'documents.updateDraft': ({ id, document, expectedUpdatedAt }) =>
      drafts.updateDraft(ctx, id, document, expectedUpdatedAt),
    'documents.deleteDraft': ({ id }) => drafts.deleteDraft(ctx, id),
    'documents.issue': ({ id, issueDate }) => issueDocument(ctx, id, issueDate),
    'documents.pdf': ({ id, paper }) => printedDocumentPdf(ctx, id, paper),
    'documents.exportXlsx': ({ language, ...q }) => exportDocuments(ctx, q, language),
    'estimates.send': ({ id, issueDate }) => estimates.sendEstimate(ctx, id, issueDate),
    'estimates.accept': ({ id }) => estimates.acceptEstimate(ctx, id),
    'estimates.decline': ({ id, reason }) => estimates.declineEstimate(ctx, id, reason),
    'estimates.duplicate': ({ id }) => estimates.duplicateEstimate(ctx, id),
    'estimates.revise': ({ id }) => estimates.reviseEstimate(ctx, id),
    'estimates.convertToOrder': ({ id }) => estimates.convertEstimateToOrder(ctx, id),
    'orders.recordDelivery': (input) => orders.recordDelivery(ctx, input),
    'orders.cancel': ({ id, reason }) => orders.cancelOrder(ctx, id, reason),
    'deliveries.pdf': ({ id, paper }) => deliveryNotePdf(ctx, id, paper),
    'invoices.createFromOrder': ({ orderId, quantities }) =>
      invoices.createInvoiceFromOrder(ctx, orderId, quantities),
    'invoices.createFromEstimate': ({ estimateId }) => invoices.createInvoiceFromEstimate(ctx, estimateId),
    'invoices.createCreditNote': (input) => invoices.createCreditNote(ctx, input),
    'invoices.createDebitNote': (input) => invoices.createDebitNote(ctx, input),
    'numbering.report': () => numberingReport(ctx)
  }
}
