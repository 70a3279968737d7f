/**
 * The one API contract. Each method has a zod schema for its input (checked at every
 * boundary: IPC, web host) and a TypeScript type for its output. The main process serves
 * it; the renderer calls it through `createApiClient`, whatever the transport.
 */
import type { z } from 'zod'
import { activityApiInputs, type ActivityApiOutputs } from './schemas/activity-api'
import { appApiInputs, type AppApiOutputs } from './schemas/app-api'
import { customersApiInputs, type CustomersApiOutputs } from './schemas/customers-api'
import { importsApiInputs, type ImportsApiOutputs } from './schemas/imports-api'
import { documentsApiInputs, type DocumentsApiOutputs } from './schemas/documents-api'
import { executivesApiInputs, type ExecutivesApiOutputs } from './schemas/executives-api'
import { jobsApiInputs, type JobsApiOutputs } from './schemas/jobs-api'
import { productsApiInputs, type ProductsApiOutputs } from './schemas/products-api'
import { settingsApiInputs, type SettingsApiOutputs } from './schemas/settings-api'
import { regionApiInputs, type RegionApiOutputs } from './schemas/region-api'
import { scheduleApiInputs, type ScheduleApiOutputs } from './schemas/schedule-api'
import { contractsApiInputs, type ContractsApiOutputs } from './schemas/contracts-api'
import { figuresApiInputs, type FiguresApiOutputs } from './schemas/figures-api'
import { paymentsApiInputs, type PaymentsApiOutputs } from './schemas/payments-api'
import { ratesApiInputs, type RatesApiOutputs } from './schemas/rates-api'
import { einvoiceApiInputs, type EInvoiceApiOutputs } from './schemas/einvoice-api'
import { requestsApiInputs, type RequestsApiOutputs } from './schemas/requests-api'
import { callsApiInputs, type CallsApiOutputs } from './schemas/calls-api'
import { campaignsApiInputs, type CampaignsApiOutputs } from './schemas/campaigns-api'
import { recordsApiInputs, type RecordsApiOutputs } from './schemas/records-api'
import { navApiInputs, type NavApiOutputs } from './schemas/nav-api'
import { verifactuApiInputs, type VerifactuApiOutputs } from './schemas/verifactu-api'
import { mailApiInputs, type MailApiOutputs } from './schemas/mail-api'
import { setupApiInputs, type SetupApiOutputs } from './schemas/setup-api'
import { searchApiInputs, type SearchApiOutputs } from './schemas/search-api'

export type { AppInfo, BackupResult } from './schemas/app-api'

export const apiInputs = {
  ...appApiInputs,
  ...customersApiInputs,
  ...importsApiInputs,
  ...productsApiInputs,
  ...executivesApiInputs,
  ...activityApiInputs,
  ...settingsApiInputs,
  ...regionApiInputs,
  ...documentsApiInputs,
  ...scheduleApiInputs,
  ...contractsApiInputs,
  ...figuresApiInputs,
  ...paymentsApiInputs,
  ...ratesApiInputs,
  ...requestsApiInputs,
  ...callsApiInputs,
  ...campaignsApiInputs,
  ...recordsApiInputs,
  ...einvoiceApiInputs,
  ...verifactuApiInputs,
  ...navApiInputs,
  ...mailApiInputs,
  ...setupApiInputs,
  ...searchApiInputs,
  ...jobsApiInputs
} as const

export interface ApiOutputs
  extends
    AppApiOutputs,
    CustomersApiOutputs,
    ImportsApiOutputs,
    ProductsApiOutputs,
    ExecutivesApiOutputs,
    ActivityApiOutputs,
    SettingsApiOutputs,
    RegionApiOutputs,
    DocumentsApiOutputs,
    ScheduleApiOutputs,
    ContractsApiOutputs,
    FiguresApiOutputs,
    PaymentsApiOutputs,
    RatesApiOutputs,
    RequestsApiOutputs,
    CallsApiOutputs,
    CampaignsApiOutputs,
    RecordsApiOutputs,
    EInvoiceApiOutputs,
    VerifactuApiOutputs,
    NavApiOutputs,
    MailApiOutputs,
    SetupApiOutputs,
    SearchApiOutputs,
    JobsApiOutputs {}

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

export { FILE_DETAILS_HEADER, IPC_CHANNEL, TOKEN_HEADER } from './transport'
