/**
 * One SMTP connection per delivery run, through nodemailer. Errors are sorted into "try again
 * later" (no connection, the server busy: 4xx) and "this message cannot go" (5xx refusals).
 */
import nodemailer from 'nodemailer'
import type { MailSettings } from '../../shared/schemas/mail'
import { DomainError, keyed } from '../../shared/errors'
import { MAIL_PASSWORD_SECRET, type MailDeps } from './settings'

export interface OutgoingMessage {
  /** Our own Message-ID, recorded before an outbox message leaves (see deliverOne); nodemailer makes one otherwise. */
  messageId?: string
  to: string[]
  subject: string
  text: string
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>
}

export interface MailSender {
  send(message: OutgoingMessage): Promise<{ messageId: string }>
  close(): void
}

/**
 * Why the settings cannot be used yet, as keyed text ("§key {params}", shared/errors.ts): it is stored
 * in the outbox and shown in the reader's language; null when they can.
 */
export function settingsProblem(settings: MailSettings, deps: MailDeps): string | null {
  if (settings.host === '' || settings.fromAddress === '') return keyed('mailNotSetUp')
  if (settings.user !== '' && deps.secrets.get(MAIL_PASSWORD_SECRET) === null)
    return keyed(deps.secrets.persistent ? 'mailPasswordNeeded' : 'mailPasswordNeededSession')
  return null
}

export function createSender(settings: MailSettings, deps: MailDeps): MailSender {
  const problem = settingsProblem(settings, deps)
  if (problem) throw new DomainError('conflict', problem)
  const password = deps.secrets.get(MAIL_PASSWORD_SECRET) ?? ''
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.user ? { user: settings.user, pass: password } : undefined,
    tls: deps.ca ? { ca: deps.ca } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000
  })
  const from = settings.fromName
    ? { name: settings.fromName, address: settings.fromAddress }
    : settings.fromAddress
  return {
    async send(message) {
      const info = await transport.sendMail({
        messageId: message.messageId,
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        attachments: message.attachments
      })
      return { messageId: info.messageId }
    },
    close: () => transport.close()
  }
}

interface SmtpFailure {
  code?: string
  responseCode?: number
  response?: string
  message?: string
}

/** A refusal the server will repeat (5xx on the message or its recipients), not a passing problem. */
export function isPermanent(error: unknown): boolean {
  const failure = error as SmtpFailure
  return (
    typeof failure.responseCode === 'number' &&
    failure.responseCode >= 500 &&
    failure.code !== 'EAUTH' &&
    failure.code !== 'ECONNECTION'
  )
}

/** One sentence for the outbox and the settings' test button, as keyed text (see settingsProblem). */
export function describeFailure(error: unknown, settings: MailSettings): string {
  const failure = error as SmtpFailure
  const server = `${settings.host}:${String(settings.port)}`
  switch (failure.code) {
    case 'ECONNREFUSED':
    case 'ECONNECTION':
    case 'ESOCKET':
    case 'ETIMEDOUT':
    case 'EDNS':
    case 'ENOTFOUND':
      return keyed('mailServerUnreachable', { server, code: failure.code })
    case 'EAUTH':
      return keyed('mailLoginRefused', { server })
    case 'ETLS':
      return keyed('mailSecureConnectionFailed', { server })
    default:
      break
  }
  if (typeof failure.responseCode === 'number')
    return keyed('mailServerAnswered', { server, answer: (failure.response ?? '').slice(0, 300) })
  const text = failure.message ?? ''
  if (/certificate|self[- ]signed|TLS|SSL/i.test(text))
    return keyed('mailSecureConnectionFailedBecause', { server, detail: text.slice(0, 200) })
  return keyed('mailSendingFailed', { server, detail: text.slice(0, 200) })
}
