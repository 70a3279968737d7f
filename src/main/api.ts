/**
 * Builds the one API object from the services. Electron IPC and the web host both call
 * `dispatch`, which validates the input with the shared zod schema, runs the handler and
 * turns every failure into a plain `{ code, message, fields }` — never a stack trace.
 */
import { mkdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { z } from 'zod'
import { apiInputs, isApiMethod, type ApiHandlers, type ApiMethod } from '../shared/api'
import { CARD_NUMBER_MESSAGE, TEXT_TOO_LONG_MESSAGE, findTextProblem } from '../shared/cards'
import { companyTimeZone } from './clock'
import { DomainError, invalidFields, type ApiError, type ApiResult } from '../shared/errors'
import { listActivity } from './activity/log'
import type { ServiceContext } from './context'
import { exportCustomers } from './customers/export'
import { findCustomerDuplicates } from './customers/duplicates'
import * as customers from './customers/service'
import type { Store } from './db/open'
import { isDamagedDatabase } from './db/errors'
import { exportExecutives } from './executives/export'
import * as executives from './executives/service'
import { JobRegistry } from './jobs/registry'
import { exportProducts } from './products/export'
import * as products from './products/service'
import * as drafts from './documents/drafts'
import * as estimates from './documents/estimates'
import * as invoices from './documents/invoices'
import { issueDocument } from './documents/issue'
import { exportDocuments, listDocuments } from './documents/list'
import { numberingReport } from './documents/numbering'
import * as orders from './documents/orders'
import { deliveryNotePdf } from './pdf/documents'
import { getSettings, updateSettings } from './settings/service'
import { figuresHandlers } from './figures/api'
import { scheduleHandlers } from './schedule/api'
import { contractHandlers } from './contracts/api'
import { paymentHandlers } from './payments/api'
import { rateHandlers } from './rates/api'
import { requestHandlers } from './requests/api'
import { callHandlers } from './calls/api'
import { campaignsHandlers } from './campaigns/api'
import { recordsHandlers } from './records/api'
import { RecordsWatch } from './records/integrity'
import { einvoiceHandlers } from './einvoice/api'
import { printedDocumentPdf } from './einvoice/facturx-pdf'
import { verifactuHandlers } from './verifactu/api'
import { sessionSecretStore, type SecretStore } from './verifactu/secrets'
import { navHandlers } from './nav/api'
import { navSecrets } from './nav/secrets'
import { mailHandlers } from './mail/api'
import { setupHandlers } from './setup/api'

export interface ApiOptions {
  store: Store
  dataFolder: string
  version: string
  actor: string
  now?: () => Date
  /** The company's time zone; by default read from the settings (clock.ts). */
  timeZone?: () => string
  /** Where unexpected errors are reported (a log file in the app; stderr in the CLI). */
  reportError?: (method: string, error: unknown) => void
  /** Where secrets go (the certificate password): OS-encrypted in the desktop app, this session only elsewhere. */
  secrets?: SecretStore
  /** Extra trusted CA (PEM) for the AEAT connection (tests, a company proxy). */
  verifactuCa?: string | Buffer
  /** Extra trusted CA (PEM) for the NAV address (a local test server's), and the wait between NAV status queries. */
  nav?: { ca?: string; pollDelayMs?: number }
  /** Extra trusted CA (PEM) for the SMTP server (a local test server's, a company proxy's). */
  mail?: { ca?: string }
}

export interface Api {
  handlers: ApiHandlers
  /** A plain function (no `this`), so transports can pass it around. */
  dispatch: (method: unknown, payload: unknown) => Promise<ApiResult<unknown>>
  context: ServiceContext
  /** The record chain's last check (the runtime checks at start). */
  records: RecordsWatch
}

function backupFileName(databasePath: string, at: Date): string {
  return `${basename(databasePath, '.db')}-${at.toISOString().replace(/[:.]/g, '-')}.db`
}

type Dispatch = Api['dispatch']

/** jobs.* : any method can run in the background, with progress, cancel and a result to collect. */
function jobHandlers(jobs: JobRegistry, dispatch: Dispatch) {
  return {
    'jobs.start': ({ method, input }: { method: string; input?: unknown }) => {
      if (!isApiMethod(method) || method.startsWith('jobs.')) {
        throw new DomainError(
          'invalid_input',
          { key: 'notBackgroundJob', params: { method } },
          { method: { key: 'unknownOperationField' } }
        )
      }
      // Refuse bad input now, not later in the job's status.
      const parsed = apiInputs[method].safeParse(input)
      if (!parsed.success) throw DomainError.from(validationError(parsed.error))
      return jobs.start(method, () => dispatch(method, input))
    },
    'jobs.status': ({ id }: { id: string }) => jobs.status(id),
    'jobs.cancel': ({ id }: { id: string }) => jobs.cancel(id),
    'jobs.result': ({ id }: { id: string }) => {
      const result = jobs.result(id)
      if (!result.ok) throw DomainError.from(result.error)
      return result.data
    }
  }
}

export function buildHandlers(
  options: ApiOptions,
  ctx: ServiceContext,
  jobs: JobRegistry,
  dispatch: Dispatch,
  records: RecordsWatch
): ApiHandlers {
  const { store } = options
  // One store for every secret (AEAT certificate password, NAV technical user).
  const secrets = options.secrets ?? sessionSecretStore()
  return {
    ...jobHandlers(jobs, dispatch),
    ...recordsHandlers(records),
    ...scheduleHandlers(ctx),
    ...contractHandlers(ctx, { dataFolder: options.dataFolder }),
    ...figuresHandlers(ctx),
    ...paymentHandlers(ctx),
    ...rateHandlers(ctx),
    ...requestHandlers(ctx),
    ...callHandlers(ctx),
    ...campaignsHandlers(ctx),
    ...einvoiceHandlers(ctx),
    ...verifactuHandlers(ctx, { secrets, ca: options.verifactuCa }),
    ...navHandlers(ctx, { secrets: navSecrets(secrets), ...options.nav }),
    ...mailHandlers(ctx, { secrets, ...options.mail }),
    ...setupHandlers(ctx, store),
    'app.info': () => ({
      version: options.version,
      databasePath: store.path,
      dataFolder: options.dataFolder,
      schemaVersion: store.schemaVersion
    }),
    'app.backup': async () => {
      const folder = join(options.dataFolder, 'backups')
      mkdirSync(folder, { recursive: true })
      const path = join(folder, backupFileName(store.path, ctx.now()))
      await store.sqlite.backup(path)
      return { path, bytes: statSync(path).size }
    },

    'customers.list': (q) => customers.listCustomers(ctx, q),
    'customers.get': ({ id }) => customers.getCustomer(ctx, id),
    'customers.create': ({ customer, confirmDuplicate }) =>
      customers.createCustomer(ctx, customer, confirmDuplicate === true),
    'customers.duplicates': (q) => findCustomerDuplicates(ctx.db, q),
    'customers.update': ({ id, customer, expectedUpdatedAt, confirmDuplicate }) =>
      customers.updateCustomer(ctx, id, customer, expectedUpdatedAt, confirmDuplicate === true),
    'customers.archive': ({ id }) => customers.archiveCustomer(ctx, id),
    'customers.restore': ({ id }) => customers.restoreCustomer(ctx, id),
    'customers.delete': ({ id }) => customers.deleteCustomer(ctx, id),
    'customers.exportXlsx': (q) => exportCustomers(ctx, q),

    'products.list': (q) => products.listProducts(ctx, q),
    'products.get': ({ id }) => products.getProduct(ctx, id),
    'products.create': ({ product }) => products.createProduct(ctx, product),
    'products.update': ({ id, product }) => products.updateProduct(ctx, id, product),
    'products.delete': ({ id }) => products.deleteProduct(ctx, id),
    'products.exportXlsx': (q) => exportProducts(ctx, q),

    'executives.list': (q) => executives.listExecutives(ctx, q),
    'executives.get': ({ id }) => executives.getExecutive(ctx, id),
    'executives.create': ({ executive }) => executives.createExecutive(ctx, executive),
    'executives.update': ({ id, executive }) => executives.updateExecutive(ctx, id, executive),
    'executives.delete': ({ id }) => executives.deleteExecutive(ctx, id),
    'executives.exportXlsx': (q) => exportExecutives(ctx, q),

    'activity.list': (q) => listActivity(ctx, q),

    'settings.get': () => getSettings(ctx),
    'settings.update': ({ settings }) => updateSettings(ctx, settings),

    'documents.list': (q) => listDocuments(ctx, q),
    'documents.get': ({ id }) => drafts.getDocument(ctx, id),
    'documents.createDraft': ({ document }) => drafts.createDraft(ctx, document),
    'documents.updateDraft': ({ id, document, expectedUpdatedAt }) =>
      drafts.updateDraft(ctx, id, document, expectedUpdatedAt),
    'documents.deleteDraft': ({ id }) => drafts.deleteDraft(ctx, id),
    'documents.issue': ({ id, issueDate }) => issueDocument(ctx, id, issueDate),
    'documents.pdf': ({ id, paper }) => printedDocumentPdf(ctx, id, paper),
    'documents.exportXlsx': (q) => exportDocuments(ctx, q),
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

/** Turns zod issues into one message per field path ("contacts.0.email"), by key where it has one. */
export function validationError(error: z.ZodError): ApiError {
  return invalidFields(error.issues).toApiError()
}

export function createApi(options: ApiOptions): Api {
  const context: ServiceContext = {
    db: options.store.db,
    actor: options.actor,
    now: options.now ?? (() => new Date()),
    timeZone: options.timeZone ?? companyTimeZone(options.store.sqlite)
  }
  const records = new RecordsWatch(options.store.sqlite, context.now)
  const handlers = buildHandlers(
    options,
    context,
    new JobRegistry(),
    (method, payload) => dispatch(method, payload),
    records
  )
  const report =
    options.reportError ?? ((method, error) => console.error(`[salesdesk] ${method} failed:`, error))

  async function dispatch(method: unknown, payload: unknown): Promise<ApiResult<unknown>> {
    if (!isApiMethod(method)) {
      const name = String(method).slice(0, 80)
      return {
        ok: false,
        error: new DomainError('unknown_method', {
          key: 'unknownOperation',
          params: { method: name }
        }).toApiError()
      }
    }
    // Before anything else: a full card number must never be stored, logged or echoed. Sizes are
    // checked first, so a huge text is refused before it is scanned.
    const textProblem = findTextProblem(payload)
    if (textProblem !== null) {
      const message = textProblem.problem === 'card_number' ? CARD_NUMBER_MESSAGE : TEXT_TOO_LONG_MESSAGE
      return {
        ok: false,
        error: { code: 'invalid_input', message, fields: { [textProblem.path]: message } }
      }
    }
    const parsed = apiInputs[method].safeParse(payload)
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) }
    try {
      const handler = handlers[method] as (input: unknown) => unknown
      return { ok: true, data: await handler(parsed.data) }
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toApiError() }
      report(method, error)
      // "Try again" cannot help when the file is damaged: say so, so the user restores a backup copy.
      const key = isDamagedDatabase(error) ? 'databaseDamaged' : 'somethingWentWrong'
      return { ok: false, error: new DomainError('internal', { key }).toApiError() }
    }
  }

  return { handlers, dispatch, context, records }
}

export type { ApiMethod }
