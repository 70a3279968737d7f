/**
 * Sending by e-mail: the SMTP settings (the password goes in separately and never comes out),
 * the editable texts per document type and language, each customer's addresses, the outbox as
 * the screens show it (the API's inputs and outputs are in mail-api.ts).
 */
import { z } from 'zod'
import { languages, type Language } from '../languages'
import { keyed } from '../errors'
import { id, optionalEmail, optionalText, requiredText } from './common'

export const mailSecurities = ['starttls', 'tls', 'none'] as const

export const mailSettingsInput = z
  .object({
    host: optionalText(253).regex(/^[A-Za-z0-9.-]*$/, keyed('serverNameExample')),
    port: z
      .number(keyed('enterPortNumber'))
      .int(keyed('expectedWholeNumber'))
      .min(1)
      .max(65535, keyed('atMostNumber', { max: 65535 })),
    /** STARTTLS (usually 587), TLS from the start (465), or none (only for a server on this computer). */
    security: z.enum(mailSecurities),
    user: optionalText(200),
    fromAddress: optionalEmail,
    fromName: optionalText(200)
  })
  .strict()
export type MailSettings = z.output<typeof mailSettingsInput>

export const defaultMailSettings = (): MailSettings => ({
  host: '',
  port: 587,
  security: 'starttls',
  user: '',
  fromAddress: '',
  fromName: ''
})

export interface MailSettingsView {
  settings: MailSettings
  passwordSet: boolean
  /** 'os': sealed by the system and kept; 'session': asked again after a restart. */
  secretStore: 'os' | 'session'
}

/** The texts a user can edit: one per kind of document or letter, in each language. */
export const mailTemplateKinds = [
  'estimate',
  'order',
  'invoice',
  'credit_note',
  'debit_note',
  'reminder',
  'statement'
] as const
export type MailTemplateKind = (typeof mailTemplateKinds)[number]

/** A message's subject and text, as a template and as the e-mail sent. */
const mailSubject = requiredText(300, 'subjectRequired')
const mailBody = requiredText(10_000, 'textRequired')

export const mailTemplate = z
  .object({
    kind: z.enum(mailTemplateKinds),
    language: z.enum(languages),
    subject: mailSubject,
    body: mailBody
  })
  .strict()
export type MailTemplate = z.output<typeof mailTemplate> & { edited: boolean }

export const addressList = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email(keyed('invalidEmail')))
  )
  .max(20, keyed('atMostAddresses', { max: 20 }))

export const recipientsInput = z
  .object({
    to: addressList.min(1, keyed('atLeastOneAddress')),
    subject: mailSubject,
    body: mailBody
  })
  .strict()

export const mailStatuses = ['waiting', 'sent', 'failed', 'cancelled'] as const
export type MailStatus = (typeof mailStatuses)[number]

export interface OutboxRow {
  id: number
  kind: string
  documentId: number | null
  documentNumber: string | null
  customerId: number | null
  customerName: string | null
  to: string[]
  subject: string
  language: Language
  attachments: string[]
  status: MailStatus
  attempts: number
  nextAttemptAt: string
  lastError: string
  sentAt: string | null
  createdAt: string
  createdBy: string
}

/** What the send dialog starts with: the customer's addresses and the text in the document's language. */
export interface MailDraft {
  to: string[]
  subject: string
  body: string
  language: Language
  attachment: string
}

export const letterInput = z
  .object({
    customerId: id,
    kind: z.enum(['reminder', 'statement']),
    /** Reminder level 1–3 (reminders only). */
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional()
  })
  .strict()
export interface MailRun {
  sent: number
  waiting: number
  failed: number
  /** The last connection problem, if the server could not be reached. */
  error: string
}
