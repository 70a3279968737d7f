/**
 * Builds the one API object from the services. Electron IPC and the web host both call
 * `dispatch`, which validates the input with the shared zod schema, runs the handler and
 * turns every failure into a plain `{ code, message, fields }` — never a stack trace.
 */
import { importsHandlers } from './imports/api'
import type { z } from 'zod'
import { apiInputs, isApiMethod, type ApiHandlers, type ApiMethod } from '../shared/api'
import { MAX_TEXT_LENGTH, findTextProblem } from '../shared/cards'
import { companyTimeZone } from './clock'
import {
  DomainError,
  invalid,
  invalidFields,
  type ApiError,
  type ApiResult,
  type Message
} from '../shared/errors'
import type { ServiceContext } from './context'
import type { Store } from './db/open'
import { isDamagedDatabase } from './db/errors'
import { JobRegistry } from './jobs/registry'
import { jobsHandlers } from './jobs/api'
import { appHandlers } from './app/api'
import { customersHandlers } from './customers/api'
import { productsHandlers } from './products/api'
import { executivesHandlers } from './executives/api'
import { activityHandlers } from './activity/api'
import { settingsHandlers } from './settings/api'
import { regionHandlers } from './region/api'
import { documentsHandlers } from './documents/api'
import { figuresHandlers } from './figures/api'
import { scheduleHandlers } from './schedule/api'
import { contractsHandlers } from './contracts/api'
import { paymentsHandlers } from './payments/api'
import { ratesHandlers } from './rates/api'
import { requestsHandlers } from './requests/api'
import { callsHandlers } from './calls/api'
import { campaignsHandlers } from './campaigns/api'
import { recordsHandlers } from './records/api'
import { RecordsWatch } from './records/integrity'
import { einvoiceHandlers } from './einvoice/api'
import { verifactuHandlers } from './verifactu/api'
import { sessionSecretStore, type SecretStore } from './verifactu/secrets'
import { navHandlers } from './nav/api'
import { navSecrets } from './nav/secrets'
import { mailHandlers } from './mail/api'
import { setupHandlers } from './setup/api'
import { searchHandlers } from './search/api'

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

/**
 * The calls that post to an outside service (each with its own time limit): closing waits for
 * them, so the service never holds what the store still shows as waiting. Other calls are not
 * waited for (a call that never answered would keep the app from quitting).
 */
const SENDS = new Set(['verifactu.send', 'verifactu.sendDocument', 'nav.send', 'mail.deliver'])

export interface Api {
  handlers: ApiHandlers
  /** A plain function (no `this`), so transports can pass it around. */
  dispatch: (method: unknown, payload: unknown) => Promise<ApiResult<unknown>>
  context: ServiceContext
  /** The record chain's last check (the runtime checks at start). */
  records: RecordsWatch
  /** Resolves when every send under way has answered: closing waits for it (the answer is written). */
  settled(): Promise<void>
}

type Dispatch = Api['dispatch']

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
    ...jobsHandlers(jobs, dispatch),
    ...appHandlers(ctx, { store, dataFolder: options.dataFolder, version: options.version }),
    ...customersHandlers(ctx),
    ...importsHandlers(ctx),
    ...productsHandlers(ctx),
    ...executivesHandlers(ctx),
    ...activityHandlers(ctx),
    ...settingsHandlers(ctx),
    ...regionHandlers(ctx),
    ...documentsHandlers(ctx),
    ...recordsHandlers(records),
    ...scheduleHandlers(ctx),
    ...contractsHandlers(ctx, { dataFolder: options.dataFolder }),
    ...figuresHandlers(ctx),
    ...paymentsHandlers(ctx),
    ...ratesHandlers(ctx),
    ...requestsHandlers(ctx),
    ...callsHandlers(ctx),
    ...campaignsHandlers(ctx),
    ...einvoiceHandlers(ctx),
    ...verifactuHandlers(ctx, { secrets, ca: options.verifactuCa }),
    ...navHandlers(ctx, { secrets: navSecrets(secrets), ...options.nav }),
    ...mailHandlers(ctx, { secrets, ...options.mail }),
    ...setupHandlers(ctx, store),
    ...searchHandlers(ctx)
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
    if (textProblem?.problem === 'control_character' || textProblem?.problem === 'not_character') {
      const code = textProblem.code ?? ''
      const key = textProblem.problem === 'control_character' ? 'textControlCharacter' : 'textNotCharacter'
      return { ok: false, error: invalid({ [textProblem.path]: { key, params: { code } } }).toApiError() }
    }
    if (textProblem !== null) {
      // The refusal itself says what is wrong (the field may not be on the screen), and so does its field.
      const message: Message =
        textProblem.problem === 'card_number'
          ? { key: 'importCardNumber' }
          : { key: 'textTooLong', params: { max: MAX_TEXT_LENGTH } }
      return {
        ok: false,
        error: new DomainError('invalid_input', message, { [textProblem.path]: message }).toApiError()
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

  const underWay = new Set<Promise<ApiResult<unknown>>>()
  const tracked: Dispatch = (method, payload) => {
    const call = dispatch(method, payload)
    if (typeof method !== 'string' || !SENDS.has(method)) return call
    underWay.add(call)
    const done = () => underWay.delete(call)
    call.then(done, done)
    return call
  }
  async function settled(): Promise<void> {
    while (underWay.size > 0) await Promise.allSettled([...underWay])
  }

  return { handlers, dispatch: tracked, context, records, settled }
}

export type { ApiMethod }
