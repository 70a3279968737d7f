/**
 * Printed receivables: the statement of account (invoices, debit and credit notes, payments
 * and returned payments with a running balance) and payment reminder letters at three levels
 * whose wording is kept in the settings table (key "reminders"). Both are drawn by the PDF
 * module's layout (company header, DejaVu Sans, page numbers).
 */
import { activity } from '../../shared/activity'
import { formatIban } from '../../shared/iban'
import { PDF_MIME } from '../pdf/documents'
import type { FileResult } from '../../shared/schemas/common'
import { reminderWording, type ReminderLevel, type ReminderWording } from '../../shared/schemas/reminders'
import { languageOfLocale, type Language } from '../../shared/languages'
import { footerIn, type DocumentType, type Settings } from '../../shared/schemas/settings'
import { recordActivity } from '../activity/log'
import type { Executor, ServiceContext } from '../context'
import { customerById } from '../customers/references'
import type { CustomerRecord } from '../db/types'
import { conflict, today } from '../documents/common'
import { addressLines } from '../pdf/documents'
import { addressOf } from '../customers/address-columns'
import { printFormat } from '../pdf/format'
import { printRegion } from '../region/service'
import { renderPdf, type PrintModel, type TableColumn } from '../pdf/layout'
import { readSettings } from '../settings/service'
import { saveJsonSettings } from '../settings/saved-settings'
import { openingRecords } from './opening-balances'
import { openItemsAsOf } from './receivables'
import { customerPrintLanguage } from '../customers/language'
import { letterTranslator, type LetterLabel } from '../pdf/letter-strings'
import { label } from '../pdf/strings'
import { defaultReminderTexts } from './reminder-texts'
import { writeTransaction } from '../db/write-transaction'
import { isoNow } from '../context'
import { nextLevel, previousReminders, recordReminderItems, takeReminderNumber } from './reminders'

/**
 * The wording is kept per language ("reminders:es", …): a customer's reminder is in their language.
 * The single "reminders" row of earlier versions is the wording of the company's print language.
 */
const LEGACY_WORDING_KEY = 'reminders'
const wordingKey = (language: Language) => `reminders:${language}`

function parsedWording(value: string, language: Language): ReminderWording | null {
  try {
    const parsed = reminderWording.safeParse({
      ...defaultReminderTexts[language],
      ...(JSON.parse(value) as object)
    })
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export async function readReminderWording(db: Executor, language?: Language): Promise<ReminderWording> {
  const settings = await readSettings(db)
  const companyLanguage = languageOfLocale(settings.documents.printLocale)
  const wanted = language ?? companyLanguage
  const keys = wanted === companyLanguage ? [wordingKey(wanted), LEGACY_WORDING_KEY] : [wordingKey(wanted)]
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', keys).execute()
  for (const key of keys) {
    const row = rows.find((r) => r.key === key)
    const wording = row ? parsedWording(row.value, wanted) : null
    if (wording) return wording
  }
  return defaultReminderTexts[wanted]
}

export async function updateReminderWording(
  ctx: ServiceContext,
  wording: ReminderWording,
  language?: Language
): Promise<ReminderWording> {
  return writeTransaction(ctx.db, async (trx) => {
    const wanted = language ?? languageOfLocale((await readSettings(trx)).documents.printLocale)
    const before = await readReminderWording(trx, wanted)
    const changed = (['level1', 'level2', 'level3'] as const).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(wording[k])
    )
    await saveJsonSettings(trx, ctx, wordingKey(wanted), wording, {
      summary: `Edited the payment reminder wording${changed.length ? ` (${changed.map((k) => `level ${k.slice(-1)}`).join(', ')})` : ' (no changes)'}`,
      details: activity('reminderWordingEdited')
    })
    return readReminderWording(trx, wanted)
  })
}

const tableWidth = (paper: 'A4' | 'Letter') => (paper === 'A4' ? 495 : 512)

type Translate = ReturnType<typeof letterTranslator>

function addressee(customer: CustomerRecord, heading: string, language: Language): PrintModel['addressee'] {
  const useMailing = customer.mailingSameAsBilling === 0 && customer.mailingLine1 !== ''
  const address = useMailing ? addressOf(customer, 'mailing') : addressOf(customer, 'billing')
  return {
    heading,
    lines: [
      customer.name,
      ...addressLines(address),
      ...(customer.taxId ? [label(language, 'vatId', { id: customer.taxId })] : [])
    ]
  }
}

function howToPay(settings: Settings, t: Translate): string {
  const { iban, bic, legalName } = settings.company
  if (!iban) return ''
  return t(bic ? 'payToIbanBic' : 'payToIban', { company: legalName, iban: formatIban(iban), bic })
}

export interface StatementEntry {
  /** A returned payment is a line of its own, never counted as invoiced or debited. */
  kind: 'document' | 'payment' | 'return'
  currency: string
  date: string
  /** Documents before payments on the same day. */
  order: number
  reference: string
  details: string
  dueDate: string | null
  debitCents: number
  creditCents: number
}

/** How the statement describes an issued document: its kind, and for a note the document it corrects. */
function documentDetails(d: { type: DocumentType; correctsNumber: string | null }, t: Translate): string {
  if (d.type === 'invoice') return t('entryInvoice')
  if (d.type === 'credit_note')
    return d.correctsNumber ? t('entryCreditNoteFor', { number: d.correctsNumber }) : t('entryCreditNote')
  return d.correctsNumber ? t('entryDebitNoteFor', { number: d.correctsNumber }) : t('entryDebitNote')
}

/** Everything that moved the customer's balance, in date order, described in the letter's language. */
export async function statementEntries(
  db: Executor,
  customerId: number,
  t: Translate = letterTranslator('en')
): Promise<StatementEntry[]> {
  const documents = await db
    .selectFrom('documents as d')
    .leftJoin('documents as c', 'c.id', 'd.correctsId')
    .select([
      'd.id',
      'd.type',
      'd.number',
      'd.issueDate',
      'd.dueDate',
      'd.payableCents',
      'd.currency',
      'd.correctsId',
      'c.number as correctsNumber',
      'd.totalCents',
      'c.payableCents as correctsPayableCents',
      'c.totalCents as correctsTotalCents'
    ])
    .where('d.customerId', '=', customerId)
    .where('d.type', 'in', ['invoice', 'credit_note', 'debit_note'])
    .where('d.status', '=', 'issued')
    .orderBy('d.issuedAt')
    .orderBy('d.id')
    .execute()
  // What is owed is each document's amount due (total less prepaid); a credit note takes off its
  // own amount due, never more than its invoice's in all (notes issued before 0036_money took the
  // whole total), and the note that completes the credit of the invoice's whole total takes the rest
  // of it (notes issued before the rounding went with the last one carry none): the receivables'
  // model (0036_money, 0043_money), so the closing balance is the customer's balance.
  const creditedSoFar = new Map<number, { taken: number; totals: number }>()
  const creditOf = (note: {
    correctsId: number | null
    payableCents: number
    totalCents: number
    correctsPayableCents: number | null
    correctsTotalCents: number | null
  }) => {
    if (note.correctsId === null || note.correctsPayableCents === null || note.correctsTotalCents === null)
      return note.payableCents
    const before = creditedSoFar.get(note.correctsId) ?? { taken: 0, totals: 0 }
    const totals = before.totals + note.totalCents
    const taken =
      totals >= note.correctsTotalCents
        ? Math.max(0, note.correctsPayableCents - before.taken)
        : Math.max(0, Math.min(note.payableCents, note.correctsPayableCents - before.taken))
    creditedSoFar.set(note.correctsId, { taken: before.taken + taken, totals })
    return taken
  }
  const payments = await db
    .selectFrom('payments as p')
    .leftJoin('paymentReturns as t', 't.paymentId', 'p.id')
    .select([
      'p.id',
      'p.paymentDate',
      'p.amountCents',
      'p.currency',
      'p.method',
      'p.reference',
      't.returnDate',
      't.reason'
    ])
    .where('p.customerId', '=', customerId)
    .execute()
  const entries: StatementEntry[] = []
  for (const d of documents) {
    // A credit note takes off what it credits (and is due on no day of its own); an invoice or a
    // debit note adds what is due on it.
    const credit = d.type === 'credit_note'
    entries.push({
      kind: 'document',
      currency: d.currency,
      date: d.issueDate ?? '',
      order: 0,
      reference: d.number ?? '',
      details: documentDetails(d, t),
      dueDate: credit ? null : d.dueDate,
      debitCents: credit ? 0 : d.payableCents,
      creditCents: credit ? creditOf(d) : 0
    })
  }
  // What was open at the cut-over enters on its own date, as the invoice did in the previous system.
  for (const o of await openingRecords(db, { customerId }))
    entries.push({
      kind: 'document',
      currency: o.currency,
      date: o.issueDate,
      order: 0,
      reference: o.number,
      details: t('entryOpeningBalance'),
      dueDate: o.dueDate,
      debitCents: o.totalCents,
      creditCents: 0
    })
  for (const p of payments) {
    const reference = p.reference || t('paymentNumber', { id: p.id })
    entries.push({
      kind: 'payment',
      currency: p.currency,
      date: p.paymentDate,
      order: 1,
      reference,
      details: t('entryPayment', { method: t(`method_${p.method}`) }),
      dueDate: null,
      debitCents: 0,
      creditCents: p.amountCents
    })
    if (p.returnDate) {
      const reason = p.reason === null ? '' : t(`reason_${p.reason}` as LetterLabel)
      entries.push({
        kind: 'return',
        currency: p.currency,
        date: p.returnDate,
        order: 2,
        reference,
        details: t('entryReturned', { reason }),
        dueDate: null,
        debitCents: p.amountCents,
        creditCents: 0
      })
    }
  }
  return entries.sort((a, b) =>
    a.date < b.date
      ? -1
      : a.date > b.date
        ? 1
        : a.order - b.order || (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0)
  )
}

/** A customer's currencies in the order they print: the default currency first. */
function currenciesOf(entries: Array<{ currency: string }>, defaultCurrency: string): string[] {
  const found = [...new Set(entries.map((e) => e.currency))]
  if (found.length === 0) found.push(defaultCurrency)
  return found.sort((a, b) => (a === defaultCurrency ? -1 : b === defaultCurrency ? 1 : a < b ? -1 : 1))
}

export async function statementPdf(
  ctx: ServiceContext,
  input: {
    customerId: number
    from: string | null
    to: string | null
    paper: 'A4' | 'Letter' | null
    currency?: string | null
  }
): Promise<FileResult> {
  const db = ctx.db
  const settings = await readSettings(db)
  const customer = await customerById(db, input.customerId, 'all')
  const to = input.to ?? today(ctx)
  const from = input.from
  if (from !== null && from > to) throw conflict('statementPeriodReversed')
  const { language, locale } = await customerPrintLanguage(db, customer.id, settings)
  const t = letterTranslator(language)
  const f = printFormat(locale, await printRegion(db, language, 'customer'))
  const paper = input.paper ?? settings.documents.paperSize
  const all = (await statementEntries(db, customer.id, t)).filter((e) => e.date <= to)
  const currencies =
    input.currency != null ? [input.currency] : currenciesOf(all, settings.documents.defaultCurrency)
  // What was overdue at the end of `to`, with what was open on it then.
  const openThen = await openItemsAsOf(ctx, customer.id, to)
  const rows: string[][] = []
  const totals: Array<{ label: string; value: string; bold?: boolean }> = []
  const meta: Array<[string, string]> = []
  let owed = false
  for (const currency of currencies) {
    const money = (minor: number) => f.money(minor, currency)
    if (currencies.length > 1) rows.push(['', '', currency, '', '', ''])
    let opening = 0
    const inPeriod: StatementEntry[] = []
    for (const e of all) {
      if (e.currency !== currency) continue
      if (from !== null && e.date < from) opening += e.debitCents - e.creditCents
      else inPeriod.push(e)
    }
    if (from !== null) rows.push([f.date(from), '', t('openingBalance'), '', '', money(opening)])
    let balance = opening
    let debits = 0
    let returned = 0
    let credits = 0
    for (const e of inPeriod) {
      balance += e.debitCents - e.creditCents
      if (e.kind === 'return') returned += e.debitCents
      else debits += e.debitCents
      credits += e.creditCents
      const details = e.dueDate ? t('entryDue', { details: e.details, date: f.date(e.dueDate) }) : e.details
      rows.push([
        f.date(e.date),
        e.reference,
        details,
        e.debitCents ? money(e.debitCents) : '',
        e.creditCents ? money(e.creditCents) : '',
        money(balance)
      ])
    }
    if (from === null && inPeriod.length === 0) rows.push([f.date(to), '', t('noEntries'), '', '', money(0)])
    const closing = opening + debits + returned - credits
    if (closing > 0) owed = true
    const overdue = openThen
      .filter((i) => i.currency === currency && i.overdue)
      .reduce((sum, i) => sum + i.openCents, 0)
    meta.push([t('balanceDueIn', { currency }), `${money(closing)} ${currency}`])
    totals.push(
      ...(from !== null ? [{ label: t('openingBalanceIn', { currency }), value: money(opening) }] : []),
      { label: t('invoicedAndDebited', { currency }), value: money(debits) },
      ...(returned > 0 ? [{ label: t('paymentsReturned', { currency }), value: money(returned) }] : []),
      { label: t('creditedAndPaid', { currency }), value: money(credits) },
      { label: t('closingBalance', { currency }), value: money(closing), bold: true },
      ...(overdue > 0 ? [{ label: t('overdueOn', { date: f.date(to) }), value: money(overdue) }] : [])
    )
  }
  const width = tableWidth(paper)
  const columns: TableColumn[] = [
    { header: label(language, 'date'), width: 68, align: 'left' },
    { header: t('reference'), width: 92, align: 'left' },
    { header: t('details'), width: width - 68 - 92 - 62 - 62 - 68, align: 'left' },
    { header: t('debit'), width: 62, align: 'right' },
    { header: t('credit'), width: 62, align: 'right' },
    { header: t('balance'), width: 68, align: 'right' }
  ]
  const model: PrintModel = {
    paper,
    language,
    title: t('statement'),
    number: `${customer.code} · ${f.date(to)}`,
    company: settings.company,
    addressee: addressee(customer, t('customer'), language),
    meta: [
      [label(language, 'date'), f.date(to)],
      [t('period'), from !== null ? `${f.date(from)} – ${f.date(to)}` : t('upTo', { date: f.date(to) })],
      [label(language, 'customerNo'), customer.code],
      ...meta
    ],
    columns,
    rows,
    totals: { rows: totals },
    sections: [{ heading: t('payment'), text: owed ? howToPay(settings, t) : '' }],
    footer: footerIn(settings.company, language)
  }
  const bytes = await renderPdf(model)
  return {
    kind: 'file',
    fileName: `statement-${customer.code}-${to}${input.currency != null ? `-${input.currency}` : ''}.pdf`,
    mimeType: PDF_MIME,
    bytes: new Uint8Array(bytes)
  }
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(customer|company|total|date|days)\}/g, (_, key: string) => values[key] ?? '')
}

/** The overdue items a reminder on `asOf` names: overdue for at least the days of level 1. */
async function remindableItems(
  ctx: ServiceContext,
  customerId: number,
  asOf: string,
  wording: ReminderWording
) {
  return (await openItemsAsOf(ctx, customerId, asOf))
    .filter((i) => i.overdue && i.daysOverdue >= wording.level1.days)
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0))
}

/** Each item's next level after its previous reminders, and the letter's: the highest of them. */
async function levelsDue(
  db: Executor,
  overdue: readonly { documentId: number }[],
  asOf: string,
  wording: ReminderWording
) {
  const previous = await previousReminders(
    db,
    overdue.map((i) => i.documentId)
  )
  const due = overdue.map((i) => nextLevel(previous.get(i.documentId), asOf, wording))
  return { due, reached: Math.max(...due) as ReminderLevel }
}

/**
 * The level the customer's next reminder gets today (what the one reminder button prints), or
 * null when nothing is overdue long enough to remind.
 */
export async function nextReminderLevel(
  ctx: ServiceContext,
  customerId: number
): Promise<ReminderLevel | null> {
  const wording = await readReminderWording(ctx.db)
  const asOf = today(ctx)
  const overdue = await remindableItems(ctx, customerId, asOf, wording)
  if (overdue.length === 0) return null
  return (await levelsDue(ctx.db, overdue, asOf, wording)).reached
}

export async function reminderPdf(
  ctx: ServiceContext,
  input: {
    customerId: number
    level?: ReminderLevel | null
    asOf: string | null
    paper: 'A4' | 'Letter' | null
  }
): Promise<FileResult> {
  const db = ctx.db
  const settings = await readSettings(db)
  // The days between levels are the company's (its own language's wording); the text is the customer's.
  const allWording = await readReminderWording(db)
  const customer = await customerById(db, input.customerId, 'all')
  const { language, locale } = await customerPrintLanguage(db, customer.id, settings)
  const t = letterTranslator(language)
  const customerWording = await readReminderWording(db, language)
  const asOf = input.asOf ?? today(ctx)
  const overdue = await remindableItems(ctx, customer.id, asOf, allWording)
  if (overdue.length === 0)
    throw conflict('nothingOverdue', { code: customer.code, name: customer.name, date: asOf })
  const f = printFormat(locale, await printRegion(db, language, 'customer'))
  const paper = input.paper ?? settings.documents.paperSize
  // Amounts in different currencies are never added: one total per currency.
  const totals = new Map<string, number>()
  for (const i of overdue) totals.set(i.currency, (totals.get(i.currency) ?? 0) + i.openCents)
  const totalText = [...totals]
    .map(([currency, minor]) => `${f.money(minor, currency)} ${currency}`)
    .join(' + ')
  const several = totals.size > 1
  const values = {
    customer: customer.name,
    company: settings.company.legalName,
    total: totalText,
    date: f.date(asOf),
    days: String(Math.max(...overdue.map((i) => i.daysOverdue)))
  }
  const width = tableWidth(paper)
  // The number, the levels and the record are taken in one transaction with the letter, so a
  // letter that fails to print leaves no number behind (the series stays gap-free).
  const { bytes, number, level } = await writeTransaction(ctx.db, async (trx) => {
    const { due, reached } = await levelsDue(trx, overdue, asOf, allWording)
    if (input.level != null && input.level > reached) {
      const blocking = overdue[due.indexOf(reached)]
      throw conflict('reminderLevelNotReached', {
        level: input.level,
        reached,
        number: blocking.number
      })
    }
    const level = input.level ?? reached
    const itemLevels = due.map((d) => Math.min(d, level) as ReminderLevel)
    const wording = customerWording[`level${level}`]
    const taken = await takeReminderNumber(trx, Number(asOf.slice(0, 4)))
    const reminder = await trx
      .insertInto('reminders')
      .values({
        number: taken.number,
        seriesYear: Number(asOf.slice(0, 4)),
        sequence: taken.sequence,
        customerId: customer.id,
        level,
        asOf,
        createdAt: isoNow(ctx),
        createdBy: ctx.actor
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordReminderItems(
      trx,
      reminder.id,
      overdue.map((i, n) => ({
        documentId: i.documentId,
        level: itemLevels[n],
        currency: i.currency,
        openCents: i.openCents,
        daysOverdue: i.daysOverdue
      }))
    )
    const model: PrintModel = {
      paper,
      language,
      title: fill(wording.title, values),
      number: taken.number,
      company: settings.company,
      addressee: addressee(customer, t('to'), language),
      meta: [
        [t('reminderNo'), taken.number],
        [label(language, 'date'), f.date(asOf)],
        [label(language, 'customerNo'), customer.code],
        [t('reminder'), t('level', { level })],
        [t('amountOverdue'), totalText]
      ],
      columns: [
        { header: t('document'), width: width - 5 * 72 - 40, align: 'left' },
        { header: label(language, 'date'), width: 72, align: 'left' },
        { header: t('due'), width: 72, align: 'left' },
        { header: t('daysOverdue'), width: 72, align: 'right' },
        { header: t('levelColumn'), width: 40, align: 'right' },
        { header: t('amount'), width: 72, align: 'right' },
        { header: t('stillOwed'), width: 72, align: 'right' }
      ],
      rows: overdue.map((i, n) => [
        several ? `${i.number} (${i.currency})` : i.number,
        f.date(i.issueDate),
        f.date(i.dueDate),
        String(i.daysOverdue),
        String(itemLevels[n]),
        f.money(i.totalCents, i.currency),
        f.money(i.openCents, i.currency)
      ]),
      totals: {
        rows: [...totals].map(([currency, minor]) => ({
          label: t('totalOverdue', { currency }),
          value: f.money(minor, currency),
          bold: true
        }))
      },
      sections: [
        { heading: '', text: fill(wording.body, values) },
        { heading: t('howToPay'), text: howToPay(settings, t) },
        { heading: '', text: fill(wording.closing, values) }
      ],
      footer: footerIn(settings.company, language)
    }
    const bytes = await renderPdf(model)
    await recordActivity(trx, ctx, {
      entity: 'customer',
      entityId: customer.id,
      action: 'reminder',
      summary: `Printed payment reminder ${taken.number} (level ${level}) for ${customer.code} ${customer.name}: ${overdue.length} overdue, ${totalText}`,
      details: activity('reminderPrinted', {
        number: taken.number,
        level,
        code: customer.code,
        name: customer.name,
        count: overdue.length,
        // One currency reads in the reader's locale; several are listed as printed.
        amount:
          totals.size === 1 ? { money: [...totals.values()][0], currency: [...totals.keys()][0] } : totalText
      })
    })
    return { bytes, number: taken.number, level }
  })
  return {
    kind: 'file',
    fileName: `reminder-${level}-${customer.code}-${asOf}-${number}.pdf`,
    mimeType: PDF_MIME,
    bytes: new Uint8Array(bytes)
  }
}
