/** The e-mail API handlers: settings, texts, recipients, sending and the outbox. */
import type { ApiHandlers } from '../../shared/api'
import { DomainError } from '../../shared/errors'
import type { MailApiOutputs } from '../../shared/schemas/mail-api'
import type { ServiceContext } from '../context'
import { cancelMessage, deliverOutbox, documentMailLog, listOutbox, retryMessage } from './outbox'
import {
  customerRecipients,
  draftForDocument,
  draftForLetter,
  sendDocumentByMail,
  sendLetterByMail,
  setCustomerRecipients
} from './send'
import {
  mailSettingsView,
  readMailSettings,
  setMailPassword,
  updateMailSettings,
  type MailDeps
} from './settings'
import { listTemplates, resetTemplate, saveTemplate } from './templates'
import { createSender, describeFailure } from './transport'

export type MailHandlers = Pick<ApiHandlers, keyof MailApiOutputs>

/** Sends one short message straight away, so the settings can be checked; the failure is the answer. */
async function sendTestMessage(ctx: ServiceContext, deps: MailDeps, to: string) {
  const settings = await readMailSettings(ctx.db)
  const sender = createSender(settings, deps)
  try {
    await sender.send({
      to: [to],
      subject: 'Salesdesk test message',
      text: `This test message was sent by Salesdesk through ${settings.host}:${String(settings.port)}. E-mail works.`,
      attachments: []
    })
    return { sent: true as const, to }
  } catch (error) {
    throw new DomainError('conflict', describeFailure(error, settings))
  } finally {
    sender.close()
  }
}

export function mailHandlers(ctx: ServiceContext, deps: MailDeps): MailHandlers {
  return {
    'mail.settings': () => mailSettingsView(ctx.db, deps),
    'mail.updateSettings': ({ settings }) => updateMailSettings(ctx, deps, settings),
    'mail.setPassword': ({ password }) => setMailPassword(ctx, deps, password),
    'mail.sendTest': ({ to }) => sendTestMessage(ctx, deps, to),
    'mail.templates': () => listTemplates(ctx.db),
    'mail.updateTemplate': ({ template }) => saveTemplate(ctx, template),
    'mail.resetTemplate': ({ kind, language }) => resetTemplate(ctx, kind, language),
    'mail.recipients': ({ customerId }) => customerRecipients(ctx.db, customerId),
    'mail.setRecipients': ({ customerId, addresses }) => setCustomerRecipients(ctx, customerId, addresses),
    'mail.draftForDocument': ({ id }) => draftForDocument(ctx, id),
    'mail.draftForLetter': (letter) => draftForLetter(ctx, letter),
    'mail.sendDocument': ({ id, message }) => sendDocumentByMail(ctx, deps, id, message),
    'mail.sendLetter': ({ letter, message }) => sendLetterByMail(ctx, deps, letter, message),
    'mail.outbox': ({ status }) => listOutbox(ctx.db, status),
    'mail.documentLog': ({ id }) => documentMailLog(ctx.db, id),
    'mail.deliver': () => deliverOutbox(ctx, deps),
    'mail.retry': ({ id }) => retryMessage(ctx, deps, id),
    'mail.cancel': ({ id }) => cancelMessage(ctx, id)
  }
}
