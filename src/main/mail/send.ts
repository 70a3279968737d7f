/**
 * Sending documents and letters by e-mail: the draft the send dialog starts with (the customer's
 * addresses, the text in the document's language), and sending, which puts the PDF in the outbox
 * and tries to deliver it at once. An estimate draft is sent (numbered, status "sent") in the same
 * step, so "Send estimate" really sends it.
 */
import { z } from 'zod'
import { conflict, DomainError } from '../../shared/errors'
import { customerById } from '../customers/references'
import { isLanguage, localeForLanguage, type Language } from '../../shared/languages'
import type { MailDraft, OutboxRow, letterInput, recipientsInput } from '../../shared/schemas/mail'
import type { FileResult } from '../../shared/schemas/common'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { today } from '../documents/common'
import { sendEstimate } from '../documents/estimates'
import { loadDocument } from '../documents/load'
import { printedDocumentPdf } from '../einvoice/facturx-pdf'
import { openItems } from '../payments/receivables'
import { reminderPdf, statementPdf } from '../payments/letters'
import { printFormat } from '../pdf/format'
import { customerPrintLanguage } from '../customers/language'
import { writeTransaction } from '../db/write-transaction'
import { readSettings } from '../settings/service'
import { deliverOutbox, outboxMessage, queueMessage, type QueuedMessage } from './outbox'
import { readMailSettings, type MailDeps } from './settings'
import { fillTemplate, readTemplate } from './templates'
import { settingsProblem } from './transport'

type Letter = z.output<typeof letterInput>
type Message = z.output<typeof recipientsInput>

const email = z.email()

/** The addresses kept for sending the customer documents, and the contacts' addresses to offer. */
export async function customerRecipients(
  db: Executor,
  customerId: number
): Promise<{ addresses: string[]; suggested: string[] }> {
  await customerById(db, customerId, ['id'])
  const kept = await db
    .selectFrom('customerMailRecipients')
    .select('addresses')
    .where('customerId', '=', customerId)
    .executeTakeFirst()
  const contacts = await db
    .selectFrom('customerContacts')
    .select('email')
    .where('customerId', '=', customerId)
    .where('email', '<>', '')
    .orderBy('id')
    .execute()
  const suggested = [...new Set(contacts.map((c) => c.email.trim().toLowerCase()))].filter(
    (a) => email.safeParse(a).success
  )
  return { addresses: kept ? (JSON.parse(kept.addresses) as string[]) : [], suggested }
}

export async function setCustomerRecipients(
  ctx: ServiceContext,
  customerId: number,
  addresses: string[]
): Promise<{ addresses: string[]; suggested: string[] }> {
  await customerRecipients(ctx.db, customerId)
  const unique = [...new Set(addresses)]
  const value = JSON.stringify(unique)
  await writeTransaction(ctx.db, (trx) =>
    trx
      .insertInto('customerMailRecipients')
      .values({ customerId, addresses: value, updatedAt: isoNow(ctx) })
      .onConflict((oc) => oc.column('customerId').doUpdateSet({ addresses: value, updatedAt: isoNow(ctx) }))
      .execute()
  )
  return customerRecipients(ctx.db, customerId)
}

async function toAddresses(db: Executor, customerId: number): Promise<string[]> {
  const { addresses, suggested } = await customerRecipients(db, customerId)
  return addresses.length > 0 ? addresses : suggested.slice(0, 1)
}

function amount(locale: string, cents: number, currency: string): string {
  return `${printFormat(locale).money(cents, currency)} ${currency}`
}

export async function draftForDocument(ctx: ServiceContext, id: number): Promise<MailDraft> {
  const doc = await loadDocument(ctx.db, id, today(ctx))
  const settings = await readSettings(ctx.db)
  // An issued document's language is frozen with it; a draft's is the customer's.
  const print = await customerPrintLanguage(ctx.db, doc.customerId, settings)
  const language: Language = isLanguage(doc.documentLanguage) ? doc.documentLanguage : print.language
  const locale = localeForLanguage(language, settings.documents.printLocale)
  const template = await readTemplate(ctx.db, doc.type, language)
  const values = {
    customer: doc.customer.name,
    company: doc.seller?.legalName ?? settings.company.legalName,
    // A draft estimate has no number yet: {number} stays and is filled when it is sent.
    number: doc.number ?? undefined,
    total: amount(locale, doc.payableCents, doc.currency)
  }
  return {
    to: await toAddresses(ctx.db, doc.customerId),
    subject: fillTemplate(template.subject, values),
    body: fillTemplate(template.body, values),
    language,
    attachment: doc.number ? `${doc.number}.pdf` : ''
  }
}

export async function draftForLetter(ctx: ServiceContext, letter: Letter): Promise<MailDraft> {
  const settings = await readSettings(ctx.db)
  const customer = await customerById(ctx.db, letter.customerId, ['id', 'name'])
  const { language, locale } = await customerPrintLanguage(ctx.db, customer.id, settings)
  const template = await readTemplate(ctx.db, letter.kind, language)
  const open = await openItems(ctx.db, customer.id, today(ctx))
  // Amounts in different currencies are never added: one total per currency ("1,00 EUR + 500 HUF").
  const byCurrency = new Map<string, number>()
  for (const i of letter.kind === 'reminder' ? open.filter((o) => o.overdue) : open)
    byCurrency.set(i.currency, (byCurrency.get(i.currency) ?? 0) + i.openCents)
  if (byCurrency.size === 0) byCurrency.set(settings.documents.defaultCurrency, 0)
  const values = {
    customer: customer.name,
    company: settings.company.legalName,
    number: '',
    total: [...byCurrency].map(([currency, minor]) => amount(locale, minor, currency)).join(' + ')
  }
  return {
    to: await toAddresses(ctx.db, customer.id),
    subject: fillTemplate(template.subject, values),
    body: fillTemplate(template.body, values),
    language,
    attachment: letter.kind === 'reminder' ? 'reminder.pdf' : 'statement.pdf'
  }
}

async function requireSetUp(ctx: ServiceContext, deps: MailDeps) {
  const settings = await readMailSettings(ctx.db)
  // A missing password (browser fallback after a restart) only delays the message; no server at all refuses.
  if (settings.host === '' || settings.fromAddress === '') {
    const problem = settingsProblem(settings, deps)
    if (problem) throw new DomainError('conflict', problem)
  }
}

/**
 * Puts the message as the user confirmed it in the outbox with its PDF, and tries to deliver it at
 * once (a failure leaves it queued for the next attempt).
 */
async function queueWithPdf(
  ctx: ServiceContext,
  deps: MailDeps,
  message: Message,
  pdf: FileResult,
  about: Pick<QueuedMessage, 'kind' | 'language' | 'documentId' | 'customerId'>
): Promise<OutboxRow> {
  const attachment = { fileName: pdf.fileName, mimeType: pdf.mimeType, bytes: pdf.bytes }
  const id = await writeTransaction(ctx.db, (trx) =>
    queueMessage(trx, ctx, { ...message, ...about, attachments: [attachment] })
  )
  await deliverOutbox(ctx, deps, { only: id })
  return outboxMessage(ctx.db, id)
}

const sendable = ['estimate', 'order', 'invoice', 'credit_note', 'debit_note'] as const

export async function sendDocumentByMail(
  ctx: ServiceContext,
  deps: MailDeps,
  id: number,
  message: Message
): Promise<OutboxRow> {
  await requireSetUp(ctx, deps)
  let doc = await loadDocument(ctx.db, id, today(ctx))
  if (doc.number === null) {
    if (doc.type !== 'estimate') throw conflict('mailIssueFirst')
    doc = await sendEstimate(ctx, id)
  }
  if (!(sendable as readonly string[]).includes(doc.type)) throw conflict('mailDocumentNotSendable')
  const pdf = await printedDocumentPdf(ctx, id)
  const draft = await draftForDocument(ctx, id)
  const number = { number: doc.number ?? '' }
  return queueWithPdf(
    ctx,
    deps,
    {
      to: message.to,
      subject: fillTemplate(message.subject, number),
      body: fillTemplate(message.body, number)
    },
    pdf,
    { kind: doc.type, language: draft.language, documentId: id, customerId: doc.customerId }
  )
}

export async function sendLetterByMail(
  ctx: ServiceContext,
  deps: MailDeps,
  letter: Letter,
  message: Message
): Promise<OutboxRow> {
  await requireSetUp(ctx, deps)
  const pdf =
    letter.kind === 'reminder'
      ? await reminderPdf(ctx, {
          customerId: letter.customerId,
          level: letter.level ?? null,
          asOf: null,
          paper: null
        })
      : await statementPdf(ctx, { customerId: letter.customerId, from: null, to: null, paper: null })
  const draft = await draftForLetter(ctx, letter)
  return queueWithPdf(ctx, deps, message, pdf, {
    kind: letter.kind,
    language: draft.language,
    customerId: letter.customerId
  })
}
