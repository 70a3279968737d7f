/**
 * Spain, VERI*FACTU: the settings (on/off, AEAT host, certificate, the system's own
 * identification) and what the status view shows. Shared by the main process and the renderer.
 */
import { z } from 'zod'
import { keyed, type Message } from '../errors'
import { optionalText, requiredText } from './common'

export const verifactuEnvironments = ['test', 'production'] as const
export type VerifactuEnvironment = (typeof verifactuEnvironments)[number]

/** A Spanish NIF/CIF/NIE as the AEAT writes it: 9 letters and digits, no country prefix. */
export const NIF_PATTERN = /^[0-9A-Z]{9}$/

/** "ESB12345678", "B-12345678", "b12345678" → "B12345678"; null when it is not a Spanish tax id. */
export function spanishNif(taxId: string, country = ''): string | null {
  const compact = taxId.toUpperCase().replace(/[\s.\-/]/g, '')
  if (compact.length === 11 && compact.startsWith('ES'))
    return NIF_PATTERN.test(compact.slice(2)) ? compact.slice(2) : null
  if (compact.length === 9 && (country === '' || country.toUpperCase() === 'ES') && NIF_PATTERN.test(compact))
    return /[0-9]/.test(compact) ? compact : null
  return null
}

export const verifactuSettings = z
  .object({
    enabled: z.boolean(),
    environment: z.enum(verifactuEnvironments),
    /** Empty: the AEAT's own address for the environment. Set for a proxy or a test server. */
    endpoint: optionalText(300).refine(
      (v) => v === '' || /^https:\/\/[^\s]+$/.test(v),
      keyed('httpsAddressOrEmpty')
    ),
    /** The company's qualified certificate: a PKCS#12 file (.p12 / .pfx). Its password is never stored here. */
    certificatePath: optionalText(500),
    softwareName: requiredText(30, 'softwareNameRequired'),
    softwareId: z
      .string()
      .trim()
      .min(1, keyed('softwareIdRequired'))
      .max(2, keyed('verifactuSystemIdLength')),
    softwareVersion: requiredText(50, 'versionRequired'),
    installationNumber: requiredText(100, 'installationNumberRequired'),
    /** Who produces the software (SistemaInformatico NombreRazon / NIF). */
    producerName: requiredText(120, 'producerNameRequired'),
    producerNif: z.string().trim().toUpperCase().regex(NIF_PATTERN, keyed('spanishNifForm'))
  })
  .strict()
export type VerifactuSettings = z.output<typeof verifactuSettings>
export type VerifactuSettingsInput = z.input<typeof verifactuSettings>

export const defaultVerifactuSettings = (version = '1.0.0'): VerifactuSettings => ({
  enabled: false,
  environment: 'test',
  endpoint: '',
  certificatePath: '',
  softwareName: 'Salesdesk',
  softwareId: 'SD',
  softwareVersion: version,
  installationNumber: '1',
  producerName: 'Salesdesk',
  producerNif: 'B00000000'
})

export const correctionCodes = ['R1', 'R2', 'R3', 'R4'] as const
/** I: by differences (the note carries the change); S: by substitution (the note carries the new totals). */
export const correctionKinds = ['I', 'S'] as const

/** Choices made on a credit or debit note draft (or a foreign-currency invoice) before issue. */
export const verifactuDocumentOptions = z
  .object({
    correctionCode: z.enum(correctionCodes).nullable(),
    correctionKind: z.enum(correctionKinds).nullable(),
    /** Units of the document's currency per 1 EUR, e.g. "1.0850" for USD. */
    eurRate: z
      .string()
      .trim()
      .regex(/^\d{1,6}\.\d{1,6}$/, keyed('rateWithPoint'))
      .refine((v) => Number(v) > 0, keyed('rateAboveZero'))
      .nullable()
  })
  .strict()
export type VerifactuDocumentOptions = z.output<typeof verifactuDocumentOptions>

export type VerifactuRecordStatus = 'pending' | 'accepted' | 'accepted_with_errors' | 'rejected' | 'corrected'

export interface VerifactuRecordRow {
  id: number
  position: number
  kind: 'alta' | 'anulacion'
  documentId: number
  invoiceNumber: string
  /** DD-MM-YYYY, as in the record. */
  invoiceDate: string
  invoiceType: string | null
  /** The amount exactly as written in the XML and hashed ("123.45"). */
  importeTotal: string | null
  hash: string
  /** FechaHoraHusoGenRegistro, with its offset. */
  generatedAt: string
  environment: VerifactuEnvironment
  subsanacion: boolean
  reason: string
  status: VerifactuRecordStatus
  errorCode: string | null
  errorText: string | null
  csv: string | null
  /** Requests that carried the record; more than 0 while pending means the sends failed. */
  attempts: number
}

export interface VerifactuBatchRow {
  id: number
  sentAt: string
  recordCount: number
  outcome: 'Correcto' | 'ParcialmenteCorrecto' | 'Incorrecto' | 'failed'
  accepted: number
  acceptedWithErrors: number
  rejected: number
  csv: string | null
  waitSeconds: number
  /** English: the AEAT's rejections ("number: [code] text"), or why the send failed. */
  message: string
  /** Why the send failed, by key, for the reader's language (null for answers, and sends before it was kept). */
  failure: Message | null
}

export interface VerifactuStatus {
  enabled: boolean
  environment: VerifactuEnvironment
  issuerNif: string | null
  /** Records still to send (pending), e.g. "12 records waiting to be sent". */
  waiting: number
  rejected: number
  lastBatch: VerifactuBatchRow | null
  /** When the AEAT allows the next send (its waiting time), ISO; null when it may be now. */
  nextSendAt: string | null
  /** Whether the certificate password is known for this session (never the password itself). */
  certificateUnlocked: boolean
  records: VerifactuRecordRow[]
}

export interface VerifactuDocumentInfo {
  records: VerifactuRecordRow[]
  /** The QR's URL of the document's current record, when there is one. */
  qrUrl: string | null
  options: VerifactuDocumentOptions | null
}

export interface VerifactuSendResult {
  sent: number
  accepted: number
  acceptedWithErrors: number
  rejected: number
  waiting: number
  outcome: VerifactuBatchRow['outcome'] | 'nothing_to_send' | 'waiting'
  /** English, for logs and older callers. */
  message: string
  /** Why it failed (outcome 'failed'), by key: the screens and the command line say it in the reader's language. */
  failure?: Message
  nextSendAt: string | null
}

/** What an integrity check can find in a chain (the AEAT's TipoAnomalia 04, 08, 01, 11, 13). */
export type VerifactuAnomalyProblem = 'missing' | 'link' | 'hash' | 'earlier' | 'future'

/** An anomaly as the screens word it: which record (its invoice number) or event (its type), and what. */
export interface VerifactuAnomaly {
  of: 'record' | 'event'
  problem: VerifactuAnomalyProblem
  position: number
  /** The record's invoice number, or the event's summary. */
  name: string
  /** The event's TipoEvento (events only). */
  eventType: string | null
}

export interface VerifactuVerifyResult {
  records: number
  events: number
  ok: boolean
  /** The first broken link, named in English for the command line ("record 12 (INV-2026-00012): …"). */
  firstBroken: string | null
  /** The same, for the screen to word in the reader's language. */
  firstAnomaly: VerifactuAnomaly | null
}

/** What happened, in the application's words: the event log's screen says each in the reader's language. */
export const verifactuEventKinds = [
  'app_started',
  'host_started',
  'system_stopped',
  'verifactu_on',
  'verifactu_off',
  'environment_changed',
  'records_checked',
  'records_anomaly',
  'events_checked',
  'events_anomaly',
  'backup_restored',
  'records_exported',
  'events_exported',
  'send_failed',
  'send_recovered',
  'records_rejected'
] as const
export type VerifactuEventKind = (typeof verifactuEventKinds)[number]

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, keyed('useDateExample'))

/** The event log's filter: a period (dates of generation, Spanish time) and the AEAT event type. */
export const verifactuEventFilter = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** TipoEvento, e.g. "03"; empty for every type. */
    type: z
      .string()
      .regex(/^(0[1-9]|10|90)?$/, keyed('chooseEventType'))
      .optional()
  })
  .strict()
export type VerifactuEventFilter = z.output<typeof verifactuEventFilter>

export const verifactuEventExport = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((r) => r.from <= r.to, { error: keyed('firstDateAfterLast'), path: ['to'] })

export interface VerifactuEventRow {
  id: number
  position: number
  /** The AEAT's TipoEvento ("03", "90", …). */
  type: string
  /** Null for events written before the log took its official form: then `summary` says it. */
  kind: VerifactuEventKind | null
  summary: string
  /** The facts shown with the kind (counts, the period, the failure). */
  detail: Record<string, unknown>
  generatedAt: string
  hash: string
  createdBy: string
}

export interface VerifactuEventList {
  events: VerifactuEventRow[]
  /** How many match the filter (the list shows the newest 500). */
  total: number
}

export interface VerifactuEventExportResult {
  fileName: string
  xml: string
  count: number
}
