/**
 * The one API contract. Each method has a zod schema for its input (checked at every
 * boundary: IPC, web host) and a TypeScript type for its output. The main process serves
 * it; the renderer calls it through `createApiClient`, whatever the transport.
 */
import type { z } from 'zod'
import { activityApiInputs, type ActivityApiOutputs } from './schemas/activity-api'
import { appApiInputs, type AppApiOutputs } from './schemas/app-api'
import { customerApiInputs, type CustomerApiOutputs } from './schemas/customers-api'
import { importApiInputs, type ImportApiOutputs } from './schemas/imports-api'
import { documentApiInputs, type DocumentApiOutputs } from './schemas/documents-api'
import { executiveApiInputs, type ExecutiveApiOutputs } from './schemas/executives-api'
import { jobApiInputs, type JobApiOutputs } from './schemas/jobs-api'
import { productApiInputs, type ProductApiOutputs } from './schemas/products-api'
import { settingsApiInputs, type SettingsApiOutputs } from './schemas/settings-api'
import { regionApiInputs, type RegionApiOutputs } from './schemas/region-api'
import { scheduleApiInputs, type ScheduleApiOutputs } from './schemas/schedule-api'
import { contractApiInputs, type ContractApiOutputs } from './schemas/contracts-api'
import { figuresApiInputs, type FiguresApiOutputs } from './schemas/figures-api'
import { paymentApiInputs, type PaymentApiOutputs } from './schemas/payments-api'
import { rateApiInputs, type RateApiOutputs } from './schemas/rates-api'
import { einvoiceApiInputs, type EInvoiceApiOutputs } from './schemas/einvoice-api'
import { requestApiInputs, type RequestApiOutputs } from './schemas/requests-api'
import { callApiInputs, type CallApiOutputs } from './schemas/calls-api'
import { campaignApiInputs, type CampaignApiOutputs } from './schemas/campaigns-api'
import { recordsApiInputs, type RecordsApiOutputs } from './schemas/records-api'
import { navApiInputs, type NavApiOutputs } from './schemas/nav-api'
import { verifactuApiInputs, type VerifactuApiOutputs } from './schemas/verifactu-api'
import { mailApiInputs, type MailApiOutputs } from './schemas/mail-api'
import { setupApiInputs, type SetupApiOutputs } from './schemas/setup-api'
import { searchApiInputs, type SearchApiOutputs } from './schemas/search-api'

export type { AppInfo, BackupResult } from './schemas/app-api'

export const apiInputs = {
  ...appApiInputs,
  ...customerApiInputs,
  ...importApiInputs,
  ...productApiInputs,
  ...executiveApiInputs,
  ...activityApiInputs,
  ...settingsApiInputs,
  ...regionApiInputs,
  ...documentApiInputs,
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
  ...searchApiInputs,
  ...jobApiInputs
} as const

export interface ApiOutputs
  extends
    AppApiOutputs,
    CustomerApiOutputs,
    ImportApiOutputs,
    ProductApiOutputs,
    ExecutiveApiOutputs,
    ActivityApiOutputs,
    SettingsApiOutputs,
    RegionApiOutputs,
    DocumentApiOutputs,
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
    SetupApiOutputs,
    SearchApiOutputs,
    JobApiOutputs {}

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
