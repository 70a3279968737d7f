/** The sales documents' part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { keyed } from '../errors'
import { languages } from '../languages'
import { currencyCode, id, idInput, isoDate, optionalText, requiredText, type FileResult } from './common'
import { MAX_QUANTITY_MILLI, documentDraftInput } from './document-drafts'
import { documentListQuery, type DocumentPage } from './document-list'
import type { NumberingReport, SalesDocument } from './documents'

const documentPdfInput = z.object({ id, paper: z.enum(['A4', 'Letter']).optional() }).strict()

/** Lines picked from an order or an invoice, with how much of each. */
const pickedLines = z
  .array(z.object({ lineId: id, quantityMilli: z.number().int().min(1).max(MAX_QUANTITY_MILLI) }).strict())
  .max(1000)

const debitKinds = ['price_correction', 'fee'] as const

const issueInput = z.object({ id, issueDate: isoDate.optional() }).strict()
const reasonInput = z.object({ id, reason: requiredText(1000, 'reasonRequired') }).strict()
/** lines left out: everything not yet credited. */
const correctionInput = z
  .object({
    invoiceId: id,
    reason: requiredText(1000, 'reasonRequired'),
    lines: pickedLines.optional(),
    /** Debit notes: a price correction (sales revenue, the default) or a fee / charge passed on (not revenue). */
    debitKind: z.enum(debitKinds).optional()
  })
  .strict()

export const documentsApiInputs = {
  'documents.list': documentListQuery,
  'documents.get': idInput,
  'documents.createDraft': z.object({ document: documentDraftInput }).strict(),
  'documents.updateDraft': z
    .object({ id, document: documentDraftInput, expectedUpdatedAt: z.string().max(40).optional() })
    .strict(),
  'documents.deleteDraft': idInput,
  'documents.issue': issueInput,
  'documents.pdf': documentPdfInput,
  /** The workbook's words in `language` (the user's), else the company's document language. */
  'documents.exportXlsx': documentListQuery
    .omit({ offset: true, limit: true })
    .extend({ language: z.enum(languages).nullable().default(null) }),
  'estimates.send': issueInput,
  'estimates.accept': idInput,
  'estimates.decline': reasonInput,
  'estimates.duplicate': idInput,
  'estimates.revise': idInput,
  'estimates.convertToOrder': idInput,
  'orders.recordDelivery': z
    .object({
      orderId: id,
      deliveryDate: isoDate,
      note: optionalText(1000),
      lines: pickedLines.min(1, keyed('pickOneLine'))
    })
    .strict(),
  'orders.cancel': reasonInput,
  'deliveries.pdf': documentPdfInput,
  'invoices.createFromOrder': z.object({ orderId: id, quantities: z.enum(['all', 'delivered']) }).strict(),
  'invoices.createFromEstimate': z.object({ estimateId: id }).strict(),
  'invoices.createCreditNote': correctionInput,
  'invoices.createDebitNote': correctionInput,
  'numbering.report': z.object({}).strict(),
  'documents.distanceSale': idInput,
  'documents.distanceSales': z
    .object({
      customerId: z.number().int().positive(),
      date: isoDate,
      /** The draft's currency: when not the euro, the answer carries its rate to the euro on the date. */
      currency: currencyCode.optional()
    })
    .strict()
} as const

/**
 * A customer's place in the EU distance-sales rule (OSS): whether a sale to it is a distance sale
 * (a consumer in another EU country), what such sales came to in euros in the date's year (up to
 * the date) and the year before, and whether the threshold is passed, so its country's VAT applies.
 */
export interface DistanceSales {
  distanceSale: boolean
  applies: boolean
  /** The customer's country. */
  country: string
  thresholdCents: number
  previousYearCents: number
  currentYearCents: number
  /** Documents in a currency that cannot be put in euros (no frozen rate to the euro). */
  uncounted: number
  /** The company opted in to OSS below the threshold (Settings → Company). */
  voluntary: boolean
  /**
   * Units of the asked currency per euro on the date, the rate the issue freezes (null for the euro,
   * or when no rate is on record: the draft's own amount then cannot be counted).
   */
  euroRate: string | null
}

/**
 * Why an issued document charges the VAT of the consumer's country (OSS), as frozen with it at issue:
 * that country, the seller's, this year's figure (with the document's own net) and last year's, in
 * euro cents, and the threshold they were measured against.
 */
export interface DistanceSaleRecord {
  vatCountry: string
  sellerCountry: string
  previousYearCents: number
  currentYearCents: number
  thresholdCents: number
}

export interface DocumentsApiOutputs {
  /** One document type at a time; customerId gives a customer's documents. */
  'documents.list': DocumentPage
  'documents.get': SalesDocument
  'documents.createDraft': SalesDocument
  'documents.updateDraft': SalesDocument
  'documents.deleteDraft': { deleted: true }
  /** Numbers the draft (estimate -> sent, order -> confirmed, others -> issued). */
  'documents.issue': SalesDocument
  'documents.pdf': FileResult
  'documents.exportXlsx': FileResult
  /** Same as documents.issue, for an estimate draft. */
  'estimates.send': SalesDocument
  'estimates.accept': SalesDocument
  'estimates.decline': SalesDocument
  /** A new draft estimate. */
  'estimates.duplicate': SalesDocument
  /** A new draft estimate that replaces this one. */
  'estimates.revise': SalesDocument
  /** A draft order; confirming it marks the estimate converted. */
  'estimates.convertToOrder': SalesDocument
  /** The order, with the new delivery in deliveries. */
  'orders.recordDelivery': SalesDocument
  'orders.cancel': SalesDocument
  /** The delivery note of one delivery (id = delivery id). */
  'deliveries.pdf': FileResult
  /** Draft invoices and notes; issue them with documents.issue. */
  'invoices.createFromOrder': SalesDocument
  'invoices.createFromEstimate': SalesDocument
  'invoices.createCreditNote': SalesDocument
  'invoices.createDebitNote': SalesDocument
  'numbering.report': NumberingReport
  'documents.distanceSales': DistanceSales
  /**
   * An issued document's OSS decision (null: it charges the seller's VAT, or is a draft); voluntary
   * when the company had opted in below the threshold.
   */
  'documents.distanceSale': (DistanceSaleRecord & { voluntary: boolean }) | null
}
