/**
 * The outbox: every e-mail the app sends goes through it, so nothing is lost while the
 * computer is offline or the server is down. `queueMessage` stores a message (any area may call
 * it, inside its own transaction); `deliverOutbox` sends what is due, one SMTP connection per
 * run. A connection problem leaves the messages waiting and tries again after 1, 2, 4 … minutes
 * (at most an hour); a refusal by the server (5xx) marks the message failed. Sent messages stay
 * as the log of what went to whom and when.
 */
import { activity } from '../../shared/activity'
import { randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { MailOutboxTable } from '../db/types'
import { isLanguage, type Language } from '../../shared/languages'
import { conflict, DomainError, keyed } from '../../shared/errors'
import type { MailRun, MailStatus, OutboxRow } from '../../shared/schemas/mail'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'
import { readMailSettings, type MailDeps } from './settings'
import { createSender, describeFailure, isPermanent, settingsProblem, type MailSender } from './transport'

export interface MailAttachment {
  fileName: string
  mimeType: string
  bytes: Uint8Array
}

export interface QueuedMessage {
  /** What it is: a document type, 'reminder', 'statement', 'campaign', … */
  kind: string
  to: string[]
  subject: string
  body: string
  language?: Language
  attachments?: MailAttachment[]
  documentId?: number | null
  customerId?: number | null
}

interface StoredAttachment {
  fileName: string
  mimeType: string
  base64: string
}

const MINUTE = 60_000

/** 1, 2, 4 … minutes after each failed attempt, at most an hour. */
export function mailBackoffMs(attempts: number): number {
  return Math.min(MINUTE * 2 ** Math.max(0, attempts - 1), 60 * MINUTE)
}

/** Puts a message in the outbox (due now) and returns its id. Call it inside the caller's transaction. */
export async function queueMessage(
  trx: Executor,
  ctx: ServiceContext,
  message: QueuedMessage
): Promise<number> {
  if (message.to.length === 0) throw new DomainError('invalid_input', { key: 'mailNeedsAddress' })
  const at = isoNow(ctx)
  const attachments: StoredAttachment[] = (message.attachments ?? []).map((a) => ({
    fileName: a.fileName,
    mimeType: a.mimeType,
    base64: Buffer.from(a.bytes).toString('base64')
  }))
  const row = await trx
    .insertInto('mailOutbox')
    .values({
      kind: message.kind,
      documentId: message.documentId ?? null,
      customerId: message.customerId ?? null,
      recipients: JSON.stringify(message.to),
      subject: message.subject,
      body: message.body,
      language: message.language ?? 'en',
      attachments: JSON.stringify(attachments),
      nextAttemptAt: at,
      createdBy: ctx.actor,
      createdAt: at,
      updatedAt: at
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

function outboxQuery(db: Executor) {
  return db
    .selectFrom('mailOutbox as m')
    .leftJoin('documents as d', 'd.id', 'm.documentId')
    .leftJoin('customers as c', 'c.id', 'm.customerId')
    .select([
      'm.id',
      'm.kind',
      'm.documentId',
      'd.number as documentNumber',
      'm.customerId',
      'c.name as customerName',
      'm.recipients',
      'm.subject',
      'm.language',
      'm.attachments',
      'm.status',
      'm.attempts',
      'm.nextAttemptAt',
      'm.lastError',
      'm.sentAt',
      'm.createdAt',
      'm.createdBy'
    ])
}

type OutboxRecord = Awaited<ReturnType<ReturnType<typeof outboxQuery>['executeTakeFirstOrThrow']>>

function toRow(r: OutboxRecord): OutboxRow {
  return {
    id: r.id,
    kind: r.kind,
    documentId: r.documentId,
    documentNumber: r.documentNumber,
    customerId: r.customerId,
    customerName: r.customerName,
    to: JSON.parse(r.recipients) as string[],
    subject: r.subject,
    language: isLanguage(r.language) ? r.language : 'en',
    attachments: (JSON.parse(r.attachments) as StoredAttachment[]).map((a) => a.fileName),
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.nextAttemptAt,
    lastError: r.lastError,
    sentAt: r.sentAt,
    createdAt: r.createdAt,
    createdBy: r.createdBy
  }
}

export async function outboxMessage(db: Executor, id: number): Promise<OutboxRow> {
  const row = await outboxQuery(db).where('m.id', '=', id).executeTakeFirst()
  if (!row) throw new DomainError('not_found', { key: 'mailNotInOutbox', params: { id } })
  return toRow(row)
}

/** The outbox, newest first (the last 500 of a status). */
export async function listOutbox(db: Executor, status: MailStatus | 'all'): Promise<OutboxRow[]> {
  let query = outboxQuery(db)
  if (status !== 'all') query = query.where('m.status', '=', status)
  return (await query.orderBy('m.id', 'desc').limit(500).execute()).map(toRow)
}

/** Everything e-mailed about one document, newest first. */
export async function documentMailLog(db: Executor, documentId: number): Promise<OutboxRow[]> {
  return (await outboxQuery(db).where('m.documentId', '=', documentId).orderBy('m.id', 'desc').execute()).map(
    toRow
  )
}

export async function cancelMessage(ctx: ServiceContext, id: number): Promise<OutboxRow> {
  return writeTransaction(ctx.db, async (trx) => {
    const message = await outboxMessage(trx, id)
    if (message.status === 'sent') throw conflict('mailAlreadySent')
    if (message.status !== 'cancelled') {
      await trx
        .updateTable('mailOutbox')
        .set({ status: 'cancelled', updatedAt: isoNow(ctx) })
        .where('id', '=', id)
        .execute()
      await recordActivity(trx, ctx, {
        entity: message.documentId !== null ? 'document' : 'mail',
        entityId: message.documentId ?? id,
        action: 'update',
        summary: `Cancelled the e-mail "${message.subject}" to ${message.to.join(', ')}`,
        details: activity('mailCancelled', { subject: message.subject, to: message.to.join(', ') })
      })
    }
    return outboxMessage(trx, id)
  })
}

/** A waiting or failed message is due again now. */
export async function retryMessage(ctx: ServiceContext, deps: MailDeps, id: number): Promise<OutboxRow> {
  const message = await outboxMessage(ctx.db, id)
  if (message.status === 'sent') throw conflict('mailAlreadySent')
  await writeTransaction(ctx.db, (trx) =>
    trx
      .updateTable('mailOutbox')
      .set({ status: 'waiting', nextAttemptAt: isoNow(ctx), messageId: null, updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
  )
  await deliverOutbox(ctx, deps, { only: id })
  return outboxMessage(ctx.db, id)
}

// One delivery at a time per store, so the background worker and a button never send twice.
const running = new WeakMap<object, Promise<unknown>>()

/** Sends the messages that are due (or just `only`). */
export async function deliverOutbox(
  ctx: ServiceContext,
  deps: MailDeps,
  options: { only?: number } = {}
): Promise<MailRun> {
  const before = running.get(ctx.db) ?? Promise.resolve()
  const run = before.catch(() => undefined).then(() => deliverNow(ctx, deps, options))
  running.set(ctx.db, run)
  return run
}

/**
 * A waiting message that already has a Message-ID was being handed to the server when
 * Salesdesk stopped (deliverOne records the ID before sending and clears it when the server
 * could not be reached). The server may have accepted it, so it is not sent again on its own:
 * it becomes failed with a sentence, and "Send again" is the user's decision. Stored as keyed text, as
 * every reason in `last_error` is since issue 14 (older rows keep their English and show it as it is).
 */
export const INTERRUPTED_SENDING = keyed('mailInterrupted')

async function holdInterrupted(ctx: ServiceContext): Promise<void> {
  await writeTransaction(ctx.db, (trx) =>
    trx
      .updateTable('mailOutbox')
      .set({ status: 'failed', lastError: INTERRUPTED_SENDING, updatedAt: isoNow(ctx) })
      .where('status', '=', 'waiting')
      .where('messageId', 'is not', null)
      .execute()
  )
}

async function deliverNow(ctx: ServiceContext, deps: MailDeps, options: { only?: number }): Promise<MailRun> {
  // Runs are serialised per store (deliverOutbox), so no other run of this process is mid-send.
  await holdInterrupted(ctx)
  const now = isoNow(ctx)
  let query = ctx.db
    .selectFrom('mailOutbox')
    .selectAll()
    .where('status', '=', 'waiting')
    .where('nextAttemptAt', '<=', now)
  if (options.only !== undefined) query = query.where('id', '=', options.only)
  const due = await query.orderBy('id').limit(200).execute()
  const result: MailRun = { sent: 0, waiting: 0, failed: 0, error: '' }
  if (due.length > 0) {
    const settings = await readMailSettings(ctx.db)
    const problem = settingsProblem(settings, deps)
    if (problem) {
      // Not a failed attempt: the messages wait for the user, with the reason shown.
      await writeTransaction(ctx.db, (trx) =>
        trx
          .updateTable('mailOutbox')
          .set({ lastError: problem, updatedAt: now })
          .where(
            'id',
            'in',
            due.map((m) => m.id)
          )
          .execute()
      )
      result.error = problem
    } else {
      const sender = createSender(settings, deps)
      const idDomain = settings.fromAddress.split('@')[1] ?? 'salesdesk.invalid'
      try {
        for (const message of due) {
          const outcome = await deliverOne(ctx, sender, message, idDomain)
          if (outcome === 'sent') result.sent++
          else if (outcome === 'failed') result.failed++
          else {
            // The server cannot be reached: everything still due waits for the next attempt.
            result.error = outcome.error
            await postpone(
              ctx,
              due.filter((m) => m.id >= message.id),
              outcome.error
            )
            break
          }
        }
      } finally {
        sender.close()
      }
    }
  }
  const waiting = await ctx.db
    .selectFrom('mailOutbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'waiting')
    .executeTakeFirstOrThrow()
  result.waiting = waiting.n
  return result
}

type DueMessage = Selectable<MailOutboxTable>

async function deliverOne(
  ctx: ServiceContext,
  sender: MailSender,
  message: DueMessage,
  idDomain: string
): Promise<'sent' | 'failed' | { error: string }> {
  const to = JSON.parse(message.recipients) as string[]
  const attachments = (JSON.parse(message.attachments) as StoredAttachment[]).map((a) => ({
    filename: a.fileName,
    contentType: a.mimeType,
    content: Buffer.from(a.base64, 'base64')
  }))
  // Recorded (committed) before the server sees the message: if Salesdesk stops between the
  // server's acceptance and the "sent" mark below, the next run knows and does not send it twice.
  const outgoingId = `<${randomUUID()}@${idDomain}>`
  await writeTransaction(ctx.db, (trx) =>
    trx.updateTable('mailOutbox').set({ messageId: outgoingId }).where('id', '=', message.id).execute()
  )
  try {
    const { messageId } = await sender.send({
      messageId: outgoingId,
      to,
      subject: message.subject,
      text: message.body,
      attachments
    })
    const at = isoNow(ctx)
    await writeTransaction(ctx.db, async (trx) => {
      await trx
        .updateTable('mailOutbox')
        .set({
          status: 'sent',
          sentAt: at,
          messageId,
          attempts: message.attempts + 1,
          lastError: '',
          updatedAt: at
        })
        .where('id', '=', message.id)
        .execute()
      await recordActivity(trx, ctx, {
        entity: message.documentId !== null ? 'document' : 'mail',
        entityId: message.documentId ?? message.id,
        action: 'email',
        summary: `E-mailed "${message.subject}" to ${to.join(', ')}`,
        details: activity('mailSent', { subject: message.subject, to: to.join(', ') })
      })
    })
    return 'sent'
  } catch (error) {
    const settings = await readMailSettings(ctx.db)
    const text = describeFailure(error, settings)
    if (!isPermanent(error)) return { error: text }
    const at = isoNow(ctx)
    await writeTransaction(ctx.db, (trx) =>
      trx
        .updateTable('mailOutbox')
        .set({ status: 'failed', attempts: message.attempts + 1, lastError: text, updatedAt: at })
        .where('id', '=', message.id)
        .execute()
    )
    return 'failed'
  }
}

async function postpone(ctx: ServiceContext, messages: DueMessage[], error: string) {
  const now = ctx.now().getTime()
  await writeTransaction(ctx.db, async (trx) => {
    for (const message of messages) {
      const attempts = message.attempts + 1
      await trx
        .updateTable('mailOutbox')
        .set({
          attempts,
          messageId: null,
          lastError: error,
          nextAttemptAt: new Date(now + mailBackoffMs(attempts)).toISOString(),
          updatedAt: new Date(now).toISOString()
        })
        .where('id', '=', message.id)
        .execute()
    }
  })
}
