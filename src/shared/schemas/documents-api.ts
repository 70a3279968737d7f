/** The sales documents' part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { languages } from '../languages'
import { idInput, type FileResult } from './common'
import {
  documentInputs,
  isoDate,
  type DocumentPage,
  type NumberingReport,
  type SalesDocument
} from './documents'

export const documentApiInputs = {
  'documents.list': documentInputs.listQuery,
  'documents.get': idInput,
  'documents.createDraft': documentInputs.create,
  'documents.updateDraft': documentInputs.update,
  'documents.deleteDraft': idInput,
  'documents.issue': documentInputs.issue,
  'documents.pdf': documentInputs.pdf,
  /** The workbook's words in `language` (the user's), else the company's document language. */
  'documents.exportXlsx': documentInputs.listQuery
    .omit({ offset: true, limit: true })
    .extend({ language: z.enum(languages).nullable().default(null) }),
  'estimates.send': documentInputs.issue,
  'estimates.accept': idInput,
  'estimates.decline': documentInputs.decline,
  'estimates.duplicate': idInput,
  'estimates.revise': idInput,
  'estimates.convertToOrder': idInput,
  'orders.recordDelivery': documentInputs.recordDelivery,
  'orders.cancel': documentInputs.cancel,
  'deliveries.pdf': documentInputs.deliveryPdf,
  'invoices.createFromOrder': documentInputs.createFromOrder,
  'invoices.createFromEstimate': documentInputs.createFromEstimate,
  'invoices.createCreditNote': documentInputs.correction,
  'invoices.createDebitNote': documentInputs.correction,
  'numbering.report': z.object({}).strict(),
  'documents.distanceSales': z.object({ customerId: z.number().int().positive(), date: isoDate }).strict()
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
}

export interface DocumentApiOutputs {
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
}
