/**
 * NAV Online Számla (Hungary) reporting: settings, credentials, the queue's state as the
 * screens show it, and the API's inputs. Credentials go in, but only "is it set" comes out.
 */
import { z } from 'zod'
import { keyed, type Message } from '../errors'
import { id, requiredText } from './common'

export const NAV_TEST_URL = 'https://api-test.onlineszamla.nav.gov.hu/invoiceService/v3'
export const NAV_PRODUCTION_URL = 'https://api.onlineszamla.nav.gov.hu/invoiceService/v3'

const httpsUrl = z
  .string()
  .trim()
  .max(300)
  .refine((v) => /^https:\/\/[^\s/]+(\/\S*)?$/.test(v), keyed('useHttpsAddress'))
  .transform((v) => v.replace(/\/+$/, ''))

export const navSoftware = z
  .object({
    softwareId: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-Z-]{18}$/, keyed('navSoftwareIdForm')),
    softwareName: requiredText(50, 'softwareNameRequired'),
    softwareMainVersion: requiredText(15, 'versionRequired'),
    softwareDevName: requiredText(512, 'developerRequired'),
    softwareDevContact: requiredText(200, 'developerContactRequired'),
    softwareDevCountryCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^([A-Z]{2})?$/, keyed('twoLetterCountry')),
    softwareDevTaxNumber: z.string().trim().max(50)
  })
  .strict()
export type NavSoftware = z.output<typeof navSoftware>

export const navSettingsInput = z
  .object({
    enabled: z.boolean(),
    environment: z.enum(['test', 'production']),
    testUrl: httpsUrl,
    productionUrl: httpsUrl,
    software: navSoftware
  })
  .strict()
export type NavSettingsInput = z.input<typeof navSettingsInput>
export type NavSettings = z.output<typeof navSettingsInput>

export const defaultNavSettings = (): NavSettings => ({
  enabled: false,
  environment: 'test',
  testUrl: NAV_TEST_URL,
  productionUrl: NAV_PRODUCTION_URL,
  software: {
    softwareId: 'SALESDESK-00000001',
    softwareName: 'Salesdesk',
    softwareMainVersion: '0.1',
    softwareDevName: 'Salesdesk',
    softwareDevContact: 'support@salesdesk.example',
    softwareDevCountryCode: 'ES',
    softwareDevTaxNumber: ''
  }
})

export const navSecretNames = ['login', 'passwordHash', 'signatureKey', 'exchangeKey'] as const
export type NavSecretName = (typeof navSecretNames)[number]

/** Each field: a new value, or absent to keep the current one. The password is hashed before it is kept. */
export const navCredentialsInput = z
  .object({
    login: z
      .string()
      .trim()
      .min(6, keyed('atLeastCharacters', { min: 6 }))
      .max(15, keyed('atMostCharacters', { max: 15 }))
      .optional(),
    password: z.string().min(1, keyed('passwordRequired')).max(200).optional(),
    signatureKey: z.string().trim().min(8, keyed('signatureKeyTooShort')).max(100).optional(),
    exchangeKey: z
      .string()
      .trim()
      .refine((v) => new TextEncoder().encode(v).length === 16, keyed('exchangeKeyLength'))
      .optional()
  })
  .strict()
export type NavCredentialsInput = z.input<typeof navCredentialsInput>

export interface NavSettingsView {
  settings: NavSettings
  /** Which credentials are set (never their values). */
  credentials: Record<NavSecretName, boolean>
  /** 'os': kept sealed by the operating system; 'session': asked again each time Salesdesk starts. */
  secretStore: 'os' | 'session'
  /** Why reporting cannot be switched on, e.g. the company has no Hungarian tax number. */
  blocker: string | null
}

export type NavReportStatus = 'waiting' | 'sent' | 'done' | 'aborted' | 'replaced'

/**
 * An invoice's NAV state in the document list: its live report's status, with "accepted with
 * warnings" told apart from plain "done" (the user should still read NAV's warnings).
 */
export const navListStatuses = ['waiting', 'sent', 'done', 'warnings', 'aborted'] as const
export type NavListStatus = (typeof navListStatuses)[number]

export interface NavMessage {
  severity: 'ERROR' | 'WARN' | 'INFO'
  code: string
  message: string
  pointer: string | null
}

export interface NavReportRow {
  id: number
  documentId: number
  number: string
  kind: 'invoice' | 'annulment'
  operation: 'CREATE' | 'MODIFY' | 'STORNO' | 'ANNUL'
  status: NavReportStatus
  attempts: number
  nextAttemptAt: string
  transactionId: string | null
  lastError: string
  messages: NavMessage[]
  /** What to do about it, by key, when something is wrong (aborted, or failing to send); null when all is well. */
  advice: Message | null
  /** Which advice that is, for the screens to say it in the user's language ('' when all is well). */
  adviceKind: NavAdviceKind | ''
  createdAt: string
  finishedAt: string | null
}

export type NavAdviceKind =
  | 'taxNumber'
  | 'reference'
  | 'annulment'
  | 'rejected'
  | 'credentials'
  | 'connection'
  | 'noTransaction'
  | 'service'

/**
 * What kind of trouble a report is in, from its state, NAV's validation codes and the last
 * technical error ("INVALID_REQUEST_SIGNATURE: …"): one decision for the advice (a message by key)
 * the core gives and the screens and the command line say in the reader's language.
 */
export function navAdviceKind(
  report: { status: NavReportStatus; lastError: string; kind: 'invoice' | 'annulment' },
  messages: readonly Pick<NavMessage, 'code'>[]
): NavAdviceKind | '' {
  if (report.status === 'aborted') {
    const codes = messages.map((m) => m.code).join(' ')
    if (/TAX_NUMBER|TAXNUMBER|TAXPAYER/.test(codes)) return 'taxNumber'
    if (/INVOICE_NUMBER|ORIGINAL_INVOICE|INVOICE_REFERENCE/.test(codes)) return 'reference'
    if (report.kind === 'annulment') return 'annulment'
    return 'rejected'
  }
  if (report.lastError === '') return ''
  const { code } = navFailure(report.lastError)
  if (code === 'NO_TRANSACTION') return 'noTransaction'
  // NAV's web server answered, but not as NAV's API does: NAV's side, or the NAV address.
  if (code === 'HTTP') return 'service'
  return /signature|INVALID_REQUEST_SIGNATURE|INVALID_SECURITY_USER|NOT_REGISTERED|INVALID_EXCHANGE_TOKEN|TOKEN_DECRYPT|credential|password|login/i.test(
    `${code} ${report.lastError}`
  )
    ? 'credentials'
    : 'connection'
}

/**
 * The NAV error code a technical failure starts with ("INVALID_SECURITY_USER: …"), or null.
 * Failures recorded before they carried their code are known by their English words.
 */
export function navErrorCode(error: string): string | null {
  const code = /^([A-Z][A-Z0-9_]+): /.exec(error)?.[1]
  if (code) return code
  if (error.startsWith('The exchange token from NAV could not be decrypted')) return 'TOKEN_DECRYPT'
  if (error.startsWith('NAV did not return a transaction id')) return 'NO_TRANSACTION'
  const status = /^NAV answered with something that is not XML \(HTTP (\d+)\)/.exec(error)?.[1]
  return status ? `HTTP_${status}` : null
}

/**
 * A technical failure as the queue recorded it, as the key of its sentence in the NAV screens' words
 * (`navReporting.code.<code>`) and that sentence's parameters: NAV's own code ("INVALID_SECURITY_USER"),
 * or Salesdesk's (TOKEN_DECRYPT, NO_TRANSACTION, HTTP with the status), NETWORK when it has none.
 */
export function navFailure(error: string): { code: string; params: Record<string, string> } {
  const code = navErrorCode(error) ?? 'NETWORK'
  const status = /^HTTP_(\d+)$/.exec(code)?.[1]
  return status ? { code: 'HTTP', params: { status } } : { code, params: {} }
}

export interface NavRun {
  startedAt: string
  finishedAt: string
  sent: number
  done: number
  aborted: number
  waiting: number
  error: string
}

export interface NavStatus {
  enabled: boolean
  environment: 'test' | 'production'
  counts: Record<'waiting' | 'sent' | 'done' | 'aborted', number>
  lastRun: NavRun | null
  /** Aborted reports and reports that could not be sent yet, oldest first. */
  problems: NavReportRow[]
  /** The latest reports, newest first. */
  recent: NavReportRow[]
}

export interface NavTaxpayer {
  valid: boolean
  name: string
  taxNumber: string
  addressLine1: string
  postalCode: string
  city: string
  country: string
}

export const navAnnulmentCodes = [
  'ERRATIC_DATA',
  'ERRATIC_INVOICE_NUMBER',
  'ERRATIC_INVOICE_ISSUE_DATE',
  'ERRATIC_ELECTRONIC_HASH_VALUE'
] as const

export const navInputs = {
  /** retryNow: the user asked, so reports waiting out a back-off after a failure go now too. */
  send: z.object({ retryNow: z.boolean().optional() }).strict(),
  updateSettings: z.object({ settings: navSettingsInput }).strict(),
  setCredentials: z.object({ credentials: navCredentialsInput }).strict(),
  annul: z
    .object({
      id,
      code: z.enum(navAnnulmentCodes),
      reason: z.string().trim().min(1, keyed('sayWhyAnnulled')).max(1024)
    })
    .strict(),
  checkTaxpayer: z
    .object({
      taxNumber: z
        .string()
        .trim()
        .regex(/^(HU)?\d{8}(-?\d-?\d{2})?$/i, keyed('hungarianTaxNumberExample'))
    })
    .strict()
}
