/** Sending by e-mail, the API contract's part: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { keyed } from '../errors'
import { languages } from '../languages'
import { id, idInput } from './common'
import {
  addressList,
  letterInput,
  mailSettingsInput,
  mailStatuses,
  mailTemplate,
  mailTemplateKinds,
  recipientsInput,
  type MailDraft,
  type MailRun,
  type MailSettingsView,
  type MailTemplate,
  type OutboxRow
} from './mail'

export const mailApiInputs = {
  'mail.settings': z.object({}).strict(),
  'mail.updateSettings': z.object({ settings: mailSettingsInput }).strict(),
  'mail.setPassword': z.object({ password: z.string().min(1, keyed('enterPassword')).max(500) }).strict(),
  'mail.sendTest': z
    .object({
      to: z
        .string()
        .trim()
        .pipe(z.email(keyed('invalidEmail')))
    })
    .strict(),
  'mail.templates': z.object({}).strict(),
  'mail.updateTemplate': z.object({ template: mailTemplate }).strict(),
  'mail.resetTemplate': z.object({ kind: z.enum(mailTemplateKinds), language: z.enum(languages) }).strict(),
  'mail.recipients': z.object({ customerId: id }).strict(),
  'mail.setRecipients': z.object({ customerId: id, addresses: addressList }).strict(),
  'mail.draftForDocument': idInput,
  'mail.draftForLetter': letterInput,
  /** Queues the document's PDF (an estimate draft is sent, i.e. numbered, first) and tries to deliver it now. */
  'mail.sendDocument': z.object({ id, message: recipientsInput }).strict(),
  'mail.sendLetter': z.object({ letter: letterInput, message: recipientsInput }).strict(),
  'mail.outbox': z.object({ status: z.enum(['all', ...mailStatuses]) }).strict(),
  'mail.documentLog': idInput,
  'mail.deliver': z.object({}).strict(),
  'mail.retry': idInput,
  'mail.cancel': idInput
} as const

export interface MailApiOutputs {
  'mail.settings': MailSettingsView
  'mail.updateSettings': MailSettingsView
  'mail.setPassword': MailSettingsView
  /** Sent straight away (not through the outbox), so the settings can be checked. */
  'mail.sendTest': { sent: true; to: string }
  'mail.templates': MailTemplate[]
  'mail.updateTemplate': MailTemplate
  'mail.resetTemplate': MailTemplate
  'mail.recipients': { addresses: string[]; suggested: string[] }
  'mail.setRecipients': { addresses: string[]; suggested: string[] }
  'mail.draftForDocument': MailDraft
  'mail.draftForLetter': MailDraft
  'mail.sendDocument': OutboxRow
  'mail.sendLetter': OutboxRow
  'mail.outbox': OutboxRow[]
  /** Messages about one document, newest first ("sent to … at …"). */
  'mail.documentLog': OutboxRow[]
  /** Sends what is due now. */
  'mail.deliver': MailRun
  'mail.retry': OutboxRow
  'mail.cancel': OutboxRow
}
