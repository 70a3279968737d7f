/**
 * The one API contract. Each method has a zod schema for its input (checked at every
 * boundary: IPC, web host) and a TypeScript type for its output. The main process serves
 * it; the renderer calls it through `createApiClient`, whatever the transport.
 */
import { z } from 'zod'
import { activityListQuery, type ActivityEntry } from './schemas/activity'
import { idInput, type FileResult, type Page } from './schemas/common'
import {
  customerDuplicatesQuery,
  customerInput,
  customerListQuery,
  customerUpdate,
  type Customer,
  type CustomerDuplicates,
  type CustomerRow
} from './schemas/customers'
import { jobId, jobStart, type JobStatus } from './schemas/jobs'
import { executiveInput, executiveListQuery, type Executive, type ExecutiveRow } from './schemas/executives'
import { productInput, productListQuery, type Product } from './schemas/products'
import { scheduleApiInputs, type ScheduleApiOutputs } from './schemas/schedule-api'
import { contractApiInputs, type ContractApiOutputs } from './schemas/contracts-api'
import {
  documentInputs,
  type DocumentRow,
  type NumberingReport,
  type SalesDocument
} from './schemas/documents'
import { settingsInput, type Settings } from './schemas/settings'
import { figuresApiInputs, type FiguresApiOutputs } from './schemas/figures'
import { paymentApiInputs, type PaymentApiOutputs } from './schemas/payments-api'
import { rateApiInputs, type RateApiOutputs } from './schemas/rates-api'
import { einvoiceApiInputs, type EInvoiceApiOutputs } from './schemas/einvoice'
import { requestApiInputs, type RequestApiOutputs } from './schemas/requests-api'
import { callApiInputs, type CallApiOutputs } from './schemas/calls'
import { campaignApiInputs, type CampaignApiOutputs } from './schemas/campaigns-api'
import { recordsApiInputs, type RecordsApiOutputs } from './schemas/records-api'
import { navApiInputs, type NavApiOutputs } from './schemas/nav-api'
import { verifactuApiInputs, type VerifactuApiOutputs } from './schemas/verifactu-api'
import { mailApiInputs, type MailApiOutputs } from './schemas/mail'
import { setupApiInputs, type SetupApiOutputs } from './setup'

const nothing = z.object({}).strict()

export interface AppInfo {
  version: string
  databasePath: string
  dataFolder: string
  schemaVersion: number
  transport?: 'ipc' | 'http'
}

export interface BackupResult {
  path: string
  bytes: number
}

export const apiInputs = {
  'app.info': nothing,
  'app.backup': nothing,

  'customers.list': customerListQuery,
  'customers.get': idInput,
  'customers.create': z
    .object({ customer: customerInput, confirmDuplicate: z.boolean().optional() })
    .strict(),
  'customers.duplicates': customerDuplicatesQuery,
  'customers.update': customerUpdate,
  'customers.archive': idInput,
  'customers.restore': idInput,
  'customers.delete': idInput,
  'customers.exportXlsx': customerListQuery.omit({ offset: true, limit: true }),

  'products.list': productListQuery,
  'products.get': idInput,
  'products.create': z.object({ product: productInput }).strict(),
  'products.update': z.object({ id: idInput.shape.id, product: productInput }).strict(),
  'products.delete': idInput,
  'products.exportXlsx': productListQuery.omit({ offset: true, limit: true }),

  'executives.list': executiveListQuery,
  'executives.get': idInput,
  'executives.create': z.object({ executive: executiveInput }).strict(),
  'executives.update': z.object({ id: idInput.shape.id, executive: executiveInput }).strict(),
  'executives.delete': idInput,
  'executives.exportXlsx': executiveListQuery.omit({ offset: true, limit: true }),

  'activity.list': activityListQuery,

  'settings.get': nothing,
  'settings.update': z.object({ settings: settingsInput }).strict(),

  'documents.list': documentInputs.listQuery,
  'documents.get': idInput,
  'documents.createDraft': documentInputs.create,
  'documents.updateDraft': documentInputs.update,
  'documents.deleteDraft': idInput,
  'documents.issue': documentInputs.issue,
  'documents.pdf': documentInputs.pdf,
  'documents.exportXlsx': documentInputs.listQuery.omit({ offset: true, limit: true }),
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
  'numbering.report': nothing,

  ...scheduleApiInputs,
  ...contractApiInputs,
  ...figuresApiInputs,
  ...paymentApiInputs,
  ...rateApiInputs,
  ...requestApiInputs,
  ...callApiInputs,
  ...campaignApiInputs,
  ...recordsApiInputs,
  ...einvoiceApiInputs,
  ...verifactuApiInputs,
  ...navApiInputs,
  ...mailApiInputs,
  ...setupApiInputs,

  'jobs.start': jobStart,
  'jobs.status': jobId,
  'jobs.cancel': jobId,
  'jobs.result': jobId
} as const

export interface ApiOutputs
  extends
    ScheduleApiOutputs,
    ContractApiOutputs,
    FiguresApiOutputs,
    PaymentApiOutputs,
    RateApiOutputs,
    RequestApiOutputs,
    CallApiOutputs,
    CampaignApiOutputs,
    RecordsApiOutputs,
    EInvoiceApiOutputs,
    VerifactuApiOutputs,
    NavApiOutputs,
    MailApiOutputs,
    SetupApiOutputs {
  'app.info': AppInfo
  'app.backup': BackupResult

  'customers.list': Page<CustomerRow>
  'customers.get': Customer
  'customers.create': Customer
  'customers.duplicates': CustomerDuplicates
  'customers.update': Customer
  'customers.archive': Customer
  'customers.restore': Customer
  'customers.delete': { deleted: true }
  'customers.exportXlsx': FileResult

  'products.list': Page<Product>
  'products.get': Product
  'products.create': Product
  'products.update': Product
  'products.delete': { deleted: true } | { deleted: false; deactivated: true }
  'products.exportXlsx': FileResult

  'executives.list': Page<ExecutiveRow>
  'executives.get': Executive
  'executives.create': Executive
  'executives.update': Executive
  'executives.delete': { deleted: true } | { deleted: false; deactivated: true }
  'executives.exportXlsx': FileResult

  'activity.list': Page<ActivityEntry>

  'settings.get': Settings
  'settings.update': Settings

  /** One document type at a time; customerId gives a customer's documents. */
  'documents.list': Page<DocumentRow>
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

  /** Runs any method in the background with progress and cancel (exports, batches, reports). */
  'jobs.start': JobStatus
  'jobs.status': JobStatus
  'jobs.cancel': JobStatus
  /** The finished method's own output (see jobs.start's method). */
  'jobs.result': unknown
}

export type ApiMethod = keyof typeof apiInputs
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputs)[M]>
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M]

/** What the main process implements: one function per method, given already-validated input. */
export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>
}

export const apiMethods = Object.keys(apiInputs) as ApiMethod[]

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiInputs, name)
}

export { IPC_CHANNEL, TOKEN_HEADER } from './transport'
