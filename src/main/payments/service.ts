/**
 * Payments received: recorded against one or several issued invoices / debit notes (or the
 * oldest open ones), the rest kept as customer credit; credit applied to a later invoice;
 * returned payments, which reopen what they paid, may re-bill the bank fee as a debit note
 * (through the documents service) and open an investigation. One write transaction each,
 * with its activity-log entry; a refused call writes nothing.
 */
import { activity } from '../../shared/activity'
import { z } from 'zod'
import { invalid, type Message } from '../../shared/errors'
import { minorToDecimalString } from '../../shared/money'
import { readSettings } from '../settings/service'
import type { Page } from '../../shared/schemas/common'
import {
  paymentInput,
  paymentReturnInput,
  type CreditApplied,
  type Payment,
  type PaymentListQuery,
  type PaymentRow,
  type ReturnReason
} from '../../shared/schemas/payments'
import { searchWords } from '../../shared/text'
import { returnReasonWords } from '../../shared/words/payments'
import { recordActivity } from '../activity/log'
import { appendToChain } from '../db/chain'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { notFound } from '../db/errors'
import { chosenCustomer } from '../customers/references'
import { likeContains } from '../db/search'
import { conflict, today } from '../documents/common'
import { insertDraft, noLinks } from '../documents/drafts'
import { issueInTransaction } from '../documents/issue'
import { methodLabels } from './setup'
import {
  allocateToOpeningBalance,
  isOpeningItem,
  openingItemId,
  openingRecords,
  type OpeningRecord
} from './opening-balances'
import { openItems, receivableItem, unallocatedPayments } from './receivables'
import { sql } from 'kysely'
import { required } from '../../shared/required'
import { writeTransaction } from '../db/write-transaction'
import { customerPrintLanguage } from '../customers/language'
import { feeDebitNoteTexts, paymentReturnedDetails } from './fee-texts'

type PaymentInputData = z.output<typeof paymentInput>
type ReturnInputData = z.output<typeof paymentReturnInput>

/** An amount with its currency for messages and the activity log ("12.50 EUR", "2997 HUF"). */
export const money = (minor: number, currency: string) =>
  `${minorToDecimalString(minor, currency)} ${currency}`

const customerOf = (db: Executor, customerId: number, field = 'customerId') =>
  chosenCustomer(db, customerId, ['id', 'code', 'name'], field)

export interface AllocationPlan {
  documentId: number
  number: string
  amountCents: number
}

/**
 * What a batch of payments (an import) looks up once instead of once a row: the customers that
 * have opening balances at all (none is added while payments are recorded, so the others skip
 * the opening-balance queries) and the settings' default currency.
 */
export interface PaymentBatch {
  withOpening: ReadonlySet<number>
  defaultCurrency: string
}

export async function paymentBatch(db: Executor): Promise<PaymentBatch> {
  const rows = await db.selectFrom('openingBalances').select('customerId').distinct().execute()
  return {
    withOpening: new Set(rows.map((r) => r.customerId)),
    defaultCurrency: (await readSettings(db)).documents.defaultCurrency
  }
}

/** The customer's open opening balances, read at most once per payment (and not at all when the batch knows there are none). */
function openingOnce(db: Executor, customerId: number, batch: PaymentBatch | undefined) {
  let records: Promise<OpeningRecord[]> | null = null
  return () =>
    (records ??=
      batch && !batch.withOpening.has(customerId)
        ? Promise.resolve([])
        : openingRecords(db, { customerId, openOnly: true }))
}

/**
 * The payment's currency: as given, else that of the documents it names, else the one currency
 * the customer has open documents in, else the default currency of the settings.
 */
async function paymentCurrency(
  db: Executor,
  input: PaymentInputData,
  prefix: string,
  opening: () => Promise<OpeningRecord[]>,
  batch: PaymentBatch | undefined
): Promise<string> {
  if (input.currency !== undefined) return input.currency
  if (input.allocations !== null && input.allocations.length > 0) {
    const first = await db
      .selectFrom('documents')
      .select('currency')
      .where('id', '=', input.allocations[0].documentId)
      .executeTakeFirst()
    if (first) return first.currency
  }
  const open = await db
    .selectFrom('receivables as r')
    .innerJoin('documents as d', 'd.id', 'r.documentId')
    .select('d.currency')
    .distinct()
    .where('r.customerId', '=', input.customerId)
    .where('r.openCents', '>', 0)
    .orderBy('d.currency')
    .execute()
  for (const o of await opening())
    if (o.openCents > 0 && !open.some((d) => d.currency === o.currency)) open.push({ currency: o.currency })
  open.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0))
  if (open.length === 1) return open[0].currency
  if (open.length > 1)
    throw invalid({
      [`${prefix}currency`]: {
        key: 'customerOwesInCurrencies',
        params: { currencies: open.map((o) => o.currency).join(', ') }
      }
    })
  return batch?.defaultCurrency ?? (await readSettings(db)).documents.defaultCurrency
}

/** Checks the requested allocations, or plans the oldest open documents in the payment's currency first. */
async function planAllocations(
  db: Executor,
  input: PaymentInputData,
  currency: string,
  asOf: string,
  prefix: string,
  opening: () => Promise<OpeningRecord[]>
): Promise<AllocationPlan[]> {
  if (input.allocations === null) {
    let left = input.amountCents
    const plan: AllocationPlan[] = []
    for (const item of await openItems(db, input.customerId, asOf, currency, await opening())) {
      if (left === 0) break
      const amount = Math.min(left, item.openCents)
      plan.push({ documentId: item.documentId, number: item.number, amountCents: amount })
      left -= amount
    }
    return plan
  }
  const fields: Record<string, Message> = {}
  const plan: AllocationPlan[] = []
  const seen = new Set<number>()
  for (const [i, allocation] of input.allocations.entries()) {
    const item = await receivableItem(db, allocation.documentId, asOf)
    const path = `${prefix}allocations.${i}`
    if (!item || item.customerId !== input.customerId) {
      fields[`${path}.documentId`] = { key: 'notInvoiceOfCustomer' }
    } else if (item.currency !== currency) {
      fields[`${path}.documentId`] = {
        key: 'documentInOtherCurrency',
        params: { number: item.number, currency: item.currency, paymentCurrency: currency }
      }
    } else if (seen.has(item.documentId)) {
      fields[`${path}.documentId`] = { key: 'documentListedTwice', params: { number: item.number } }
    } else if (item.openCents <= 0) {
      fields[`${path}.documentId`] = { key: 'documentAlreadyPaid', params: { number: item.number } }
    } else if (allocation.amountCents > item.openCents) {
      fields[`${path}.amountCents`] = {
        key: 'onlyOwedOn',
        params: { amount: money(item.openCents, currency), number: item.number }
      }
    } else {
      plan.push({ documentId: item.documentId, number: item.number, amountCents: allocation.amountCents })
    }
    seen.add(allocation.documentId)
  }
  const allocated = input.allocations.reduce((sum, a) => sum + a.amountCents, 0)
  if (allocated > input.amountCents)
    fields[`${prefix}amountCents`] = {
      key: 'allocationsExceedPayment',
      params: { amount: money(allocated, currency) }
    }
  if (Object.keys(fields).length > 0) throw invalid(fields)
  return plan
}

/**
 * Records one payment inside the caller's transaction; returns its id and currency. An import
 * passes its batch and the customer it already looked up.
 */
export async function insertPayment(
  trx: Executor,
  ctx: ServiceContext,
  input: PaymentInputData,
  options: {
    source: 'manual' | 'import'
    fieldPrefix?: string
    batch?: PaymentBatch
    customer?: { id: number; code: string; name: string }
  }
): Promise<{ id: number; currency: string }> {
  const prefix = options.fieldPrefix ?? 'payment.'
  const customer =
    options.customer?.id === input.customerId
      ? options.customer
      : await customerOf(trx, input.customerId, `${prefix}customerId`)
  const todayDate = today(ctx)
  if (input.paymentDate > todayDate) throw invalid({ [`${prefix}paymentDate`]: { key: 'paymentInFuture' } })
  const opening = openingOnce(trx, input.customerId, options.batch)
  const currency = await paymentCurrency(trx, input, prefix, opening, options.batch)
  const plan = await planAllocations(trx, input, currency, todayDate, prefix, opening)
  const now = isoNow(ctx)
  const { id } = await trx
    .insertInto('payments')
    .values({
      customerId: input.customerId,
      paymentDate: input.paymentDate,
      amountCents: input.amountCents,
      currency,
      method: input.method,
      reference: input.reference,
      note: input.note,
      source: options.source,
      createdAt: now,
      createdBy: ctx.actor
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await appendToChain(trx, 'payments', id)
  // Opening balances (negative ids, from the oldest-first plan) are settled in their own table.
  for (const p of plan.filter((p) => isOpeningItem(p.documentId)))
    await allocateToOpeningBalance(trx, {
      paymentId: id,
      documentId: p.documentId,
      amountCents: p.amountCents,
      allocatedOn: input.paymentDate,
      createdAt: now
    })
  const toDocuments = plan.filter((p) => !isOpeningItem(p.documentId))
  if (toDocuments.length > 0) {
    await trx
      .insertInto('paymentAllocations')
      .values(
        toDocuments.map((p) => ({
          paymentId: id,
          documentId: p.documentId,
          amountCents: p.amountCents,
          allocatedOn: input.paymentDate,
          createdAt: now
        }))
      )
      .execute()
  }
  const allocated = plan.reduce((sum, p) => sum + p.amountCents, 0)
  const credit = input.amountCents - allocated
  const parts = [
    `Recorded a payment of ${money(input.amountCents, currency)} from ${customer.code} ${customer.name} on ${input.paymentDate} by ${methodLabels[input.method]}`,
    input.reference ? ` (reference ${input.reference})` : '',
    plan.length > 0
      ? `, for ${plan.map((p) => `${p.number} ${money(p.amountCents, currency)}`).join(', ')}`
      : '',
    credit > 0 ? `; ${money(credit, currency)} kept as customer credit` : '',
    options.source === 'import' ? ' [import]' : ''
  ]
  await recordActivity(trx, ctx, {
    entity: 'payment',
    entityId: id,
    action: 'record',
    summary: parts.join(''),
    details: activity(credit > 0 ? 'paymentRecordedWithCredit' : 'paymentRecorded', {
      amount: { money: input.amountCents, currency },
      code: customer.code,
      name: customer.name,
      date: { date: input.paymentDate },
      method: { term: `payments.method.${input.method}` },
      documents: plan.map((p) => p.number).join(', '),
      credit: { money: credit, currency }
    })
  })
  return { id, currency }
}

export async function recordPayment(ctx: ServiceContext, input: PaymentInputData): Promise<Payment> {
  return writeTransaction(ctx.db, async (trx) => {
    const { id } = await insertPayment(trx, ctx, input, { source: 'manual' })
    return loadPayment(trx, id)
  })
}

/** Payments with the customer each came from: every column of the payment (`p`), the customer's code and name. */
const paymentsWithCustomer = (db: Executor) =>
  db
    .selectFrom('payments as p')
    .innerJoin('customers as c', 'c.id', 'p.customerId')
    .selectAll('p')
    .select(['c.code as customerCode', 'c.name as customerName'])

export async function loadPayment(db: Executor, id: number): Promise<Payment> {
  const p = await paymentsWithCustomer(db).where('p.id', '=', id).executeTakeFirst()
  if (!p) throw notFound('payment', id)
  const allocations = await db
    .selectFrom('paymentAllocations as a')
    .innerJoin('documents as d', 'd.id', 'a.documentId')
    .select(['a.id', 'a.documentId', 'd.number as documentNumber', 'a.amountCents', 'a.allocatedOn'])
    .where('a.paymentId', '=', id)
    .orderBy('a.id')
    .execute()
  const toOpening = await db
    .selectFrom('openingBalanceAllocations as a')
    .innerJoin('openingBalances as o', 'o.id', 'a.openingBalanceId')
    .select(['a.id', 'a.openingBalanceId', 'o.number', 'a.amountCents', 'a.allocatedOn'])
    .where('a.paymentId', '=', id)
    .orderBy('a.id')
    .execute()
  for (const a of toOpening)
    allocations.push({
      id: -a.id,
      documentId: openingItemId(a.openingBalanceId),
      documentNumber: a.number,
      amountCents: a.amountCents,
      allocatedOn: a.allocatedOn
    })
  const ret = await db
    .selectFrom('paymentReturns as t')
    .leftJoin('documents as d', 'd.id', 't.debitNoteId')
    .leftJoin('paymentInvestigations as i', 'i.returnId', 't.id')
    .selectAll('t')
    .select(['d.number as debitNoteNumber', 'i.id as investigationId'])
    .where('t.paymentId', '=', id)
    .executeTakeFirst()
  return {
    id: p.id,
    customerId: p.customerId,
    customerCode: p.customerCode,
    customerName: p.customerName,
    paymentDate: p.paymentDate,
    amountCents: p.amountCents,
    currency: p.currency,
    method: p.method,
    reference: p.reference,
    note: p.note,
    status: p.status,
    source: p.source,
    allocatedCents: p.allocatedCents,
    unallocatedCents: p.status === 'received' ? p.amountCents - p.allocatedCents : 0,
    allocations: allocations.map((a) => ({ ...a, documentNumber: a.documentNumber ?? '' })),
    return: ret
      ? {
          id: ret.id,
          returnDate: ret.returnDate,
          reason: ret.reason as ReturnReason,
          bankFeeCents: ret.bankFeeCents,
          rebilled: ret.rebilled === 1,
          debitNoteId: ret.debitNoteId,
          debitNoteNumber: ret.debitNoteNumber ?? null,
          note: ret.note,
          investigationId: ret.investigationId ?? null,
          createdAt: ret.createdAt,
          createdBy: ret.createdBy
        }
      : null,
    createdAt: p.createdAt,
    createdBy: p.createdBy
  }
}

export const getPayment = (ctx: ServiceContext, id: number) => loadPayment(ctx.db, id)

const sortColumns = {
  paymentDate: 'p.paymentDate',
  amountCents: 'p.amountCents',
  customerName: 'c.sortName',
  id: 'p.id'
} as const

export async function listPayments(
  ctx: ServiceContext,
  query: Required<PaymentListQuery>
): Promise<Page<PaymentRow>> {
  let base = ctx.db.selectFrom('payments as p').innerJoin('customers as c', 'c.id', 'p.customerId')
  // Each word in the customer's search text (matching customers found once) or in the reference.
  for (const word of searchWords(query.search)) {
    const pattern = likeContains(word)
    base = base.where(
      sql<boolean>`(p.customer_id in (select id from customers where search_text like ${pattern} escape '\\') or lower(p.reference) like ${pattern} escape '\\')`
    )
  }
  if (query.customerId !== null) base = base.where('p.customerId', '=', query.customerId)
  if (query.status !== 'all') base = base.where('p.status', '=', query.status)
  if (query.method !== 'all') base = base.where('p.method', '=', query.method)
  if (query.dateFrom !== null) base = base.where('p.paymentDate', '>=', query.dateFrom)
  if (query.dateTo !== null) base = base.where('p.paymentDate', '<=', query.dateTo)
  const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()
  const rows = await base
    .select([
      'p.id',
      'p.customerId',
      'c.code as customerCode',
      'c.name as customerName',
      'p.paymentDate',
      'p.amountCents',
      'p.currency',
      'p.method',
      'p.reference',
      'p.status',
      'p.allocatedCents',
      sql<
        string | null
      >`(select group_concat(number, ', ') from (select d.number from payment_allocations a join documents d on d.id = a.document_id
        where a.payment_id = p.id group by d.id having sum(a.amount_cents) > 0 order by d.number))`.as(
        'documents'
      )
    ])
    .orderBy(sortColumns[query.sort.field], query.sort.direction)
    .orderBy('p.id', query.sort.direction)
    .offset(query.offset)
    .limit(query.limit)
    .execute()
  return { total, rows: rows.map((r) => ({ ...r, documents: r.documents ?? '' })) }
}

/** The invoice a re-billed fee's debit note corrects: one the payment paid, else the customer's latest. */
async function invoiceForFee(
  db: Executor,
  paymentId: number,
  customerId: number,
  currency: string
): Promise<number | null> {
  const paid = await db
    .selectFrom('paymentAllocations as a')
    .innerJoin('documents as d', 'd.id', 'a.documentId')
    .select('d.id')
    .where('a.paymentId', '=', paymentId)
    .where('d.type', '=', 'invoice')
    .where('a.amountCents', '>', 0)
    .orderBy('a.id')
    .executeTakeFirst()
  if (paid) return paid.id
  const latest = await db
    .selectFrom('documents')
    .select('id')
    .where('customerId', '=', customerId)
    .where('type', '=', 'invoice')
    .where('status', '=', 'issued')
    .where('currency', '=', currency)
    .orderBy('issueDate', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst()
  return latest?.id ?? null
}

export async function returnPayment(ctx: ServiceContext, input: ReturnInputData): Promise<Payment> {
  return writeTransaction(ctx.db, async (trx) => {
    const payment = await paymentsWithCustomer(trx).where('p.id', '=', input.id).executeTakeFirst()
    if (!payment) throw notFound('payment', input.id)
    if (payment.status === 'returned') throw conflict('paymentAlreadyReturned')
    const fields: Record<string, Message> = {}
    if (input.returnDate < payment.paymentDate)
      fields.returnDate = { key: 'returnBeforeReceived', params: { date: payment.paymentDate } }
    if (input.returnDate > today(ctx)) fields.returnDate = { key: 'returnInFuture' }
    if (input.rebill && input.bankFeeCents === 0) fields.bankFeeCents = { key: 'enterFeeToRebill' }
    if (Object.keys(fields).length > 0) throw invalid(fields)
    const reason = returnReasonWords.en[input.reason]
    const label = `payment of ${money(payment.amountCents, payment.currency)} from ${payment.customerCode} ${payment.customerName} received ${payment.paymentDate}${payment.reference ? ` (reference ${payment.reference})` : ''}`

    // The store reopens everything this payment paid (trigger on the status step).
    await trx.updateTable('payments').set({ status: 'returned' }).where('id', '=', payment.id).execute()

    let debitNoteId: number | null = null
    let debitNoteNumber = ''
    if (input.rebill) {
      const invoiceId = await invoiceForFee(trx, payment.id, payment.customerId, payment.currency)
      if (invoiceId === null) throw conflict('noInvoiceToRebill', { currency: payment.currency })
      // Printed on the customer's debit note: in their document language (issue 14).
      const print = await customerPrintLanguage(trx, payment.customerId, await readSettings(trx))
      const texts = feeDebitNoteTexts(print.language, print.locale, {
        amountCents: payment.amountCents,
        currency: payment.currency,
        paymentDate: payment.paymentDate,
        returnDate: input.returnDate,
        reason: input.reason,
        reference: payment.reference
      })
      debitNoteId = await insertDraft(
        trx,
        ctx,
        {
          type: 'debit_note',
          customerId: payment.customerId,
          issueDate: null,
          validUntil: null,
          promisedDate: null,
          currency: payment.currency,
          paymentInstructions: '',
          notes: texts.notes,
          reason: texts.reason,
          lines: [
            {
              productId: null,
              description: texts.line,
              unit: '',
              quantityMilli: 1000,
              unitPriceCents: input.bankFeeCents,
              discountBp: 0,
              // A fee passed on at cost is not a supply: no VAT.
              vatRateBp: 0,
              promisedDate: null,
              sourceLineId: null
            }
          ]
        },
        { ...noLinks, correctsId: invoiceId },
        `Draft debit note for the bank fee of a returned payment (${payment.customerCode} ${payment.customerName})`
      )
      // A fee passed on is not sales revenue (weekly figures leave it out).
      await trx.updateTable('documents').set({ debitKind: 'fee' }).where('id', '=', debitNoteId).execute()
      const issued = await issueInTransaction(trx, ctx, debitNoteId)
      debitNoteNumber = issued.number ?? ''
    }
    const now = isoNow(ctx)
    const { id: returnId } = await trx
      .insertInto('paymentReturns')
      .values({
        paymentId: payment.id,
        returnDate: input.returnDate,
        reason: input.reason,
        bankFeeCents: input.bankFeeCents,
        rebilled: input.rebill ? 1 : 0,
        debitNoteId,
        note: input.note,
        createdAt: now,
        createdBy: ctx.actor
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await appendToChain(trx, 'payment_returns', returnId)
    const { id: investigationId } = await trx
      .insertInto('paymentInvestigations')
      .values({
        returnId,
        customerId: payment.customerId,
        status: 'open',
        openedOn: input.returnDate,
        closedOn: null,
        outcome: '',
        createdAt: now,
        updatedAt: now
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const fee =
      input.bankFeeCents > 0
        ? `; bank fee ${money(input.bankFeeCents, payment.currency)}${input.rebill ? ` re-billed on debit note ${debitNoteNumber}` : ' not re-billed'}`
        : ''
    await recordActivity(trx, ctx, {
      entity: 'payment',
      entityId: payment.id,
      action: 'return',
      summary: `Returned ${label} on ${input.returnDate}: ${reason}${fee}. Its invoices are open again.`,
      details: paymentReturnedDetails(
        {
          amount: { money: payment.amountCents, currency: payment.currency },
          code: payment.customerCode,
          name: payment.customerName,
          date: input.returnDate,
          reason: input.reason
        },
        input.bankFeeCents > 0
          ? {
              amount: { money: input.bankFeeCents, currency: payment.currency },
              debitNote: input.rebill ? debitNoteNumber : null
            }
          : null
      )
    })
    await recordActivity(trx, ctx, {
      entity: 'investigation',
      entityId: investigationId,
      action: 'open',
      summary: `Opened an investigation into the returned ${label}`,
      details: activity('investigationOpened', {
        amount: { money: payment.amountCents, currency: payment.currency },
        code: payment.customerCode,
        name: payment.customerName
      })
    })
    return loadPayment(trx, payment.id)
  })
}

/**
 * Applies the customer's credit to an open invoice or debit note: unallocated payments first,
 * then money sitting on documents a credit note over-settled (moved off them, never deleted).
 */
export async function applyCredit(
  ctx: ServiceContext,
  input: { customerId: number; documentId: number; amountCents: number | null }
): Promise<CreditApplied> {
  return writeTransaction(ctx.db, async (trx) => {
    const customer = await customerOf(trx, input.customerId)
    const asOf = today(ctx)
    const target = await receivableItem(trx, input.documentId, asOf)
    if (!target || target.customerId !== input.customerId)
      throw invalid({ documentId: { key: 'notInvoiceOfCustomer' } })
    if (target.openCents <= 0) throw conflict('documentAlreadyPaidSentence', { number: target.number })
    const sources: Array<{ paymentId: number; fromDocumentId: number | null; available: number }> = []
    for (const p of await unallocatedPayments(trx, input.customerId, target.currency))
      sources.push({ paymentId: p.id, fromDocumentId: null, available: p.amountCents - p.allocatedCents })
    const overSettled = await trx
      .selectFrom('receivables')
      .innerJoin('documents as d', 'd.id', 'receivables.documentId')
      .select(['receivables.documentId', 'receivables.openCents'])
      .where('receivables.customerId', '=', input.customerId)
      .where('receivables.openCents', '<', 0)
      .where('d.currency', '=', target.currency)
      .orderBy('receivables.documentId')
      .execute()
    for (const item of overSettled) {
      let excess = -item.openCents
      const byPayment = await trx
        .selectFrom('paymentAllocations as a')
        .innerJoin('payments as p', 'p.id', 'a.paymentId')
        .select((eb) => ['a.paymentId', eb.fn.sum<number>('a.amountCents').as('net')])
        .where('a.documentId', '=', item.documentId)
        .where('p.status', '=', 'received')
        .groupBy('a.paymentId')
        .orderBy('a.paymentId')
        .execute()
      for (const row of byPayment) {
        const k = Math.min(excess, row.net)
        if (k <= 0) continue
        sources.push({ paymentId: row.paymentId, fromDocumentId: item.documentId, available: k })
        excess -= k
      }
    }
    const available = sources.reduce((sum, s) => sum + s.available, 0)
    if (available === 0)
      throw conflict('noCreditToApply', {
        code: customer.code,
        name: customer.name,
        currency: target.currency
      })
    if (input.amountCents !== null) {
      if (input.amountCents > target.openCents)
        throw invalid({
          amountCents: {
            key: 'onlyOwedOn',
            params: { amount: money(target.openCents, target.currency), number: target.number }
          }
        })
      if (input.amountCents > available)
        throw invalid({
          amountCents: { key: 'onlyCreditAvailable', params: { amount: money(available, target.currency) } }
        })
    }
    let left = input.amountCents ?? Math.min(available, target.openCents)
    const applied = left
    const now = isoNow(ctx)
    for (const source of sources) {
      if (left === 0) break
      const k = Math.min(left, source.available)
      if (source.fromDocumentId !== null) {
        await trx
          .insertInto('paymentAllocations')
          .values({
            paymentId: source.paymentId,
            documentId: source.fromDocumentId,
            amountCents: -k,
            allocatedOn: asOf,
            createdAt: now
          })
          .execute()
      }
      await trx
        .insertInto('paymentAllocations')
        .values({
          paymentId: source.paymentId,
          documentId: target.documentId,
          amountCents: k,
          allocatedOn: asOf,
          createdAt: now
        })
        .execute()
      left -= k
    }
    await recordActivity(trx, ctx, {
      entity: 'customer',
      entityId: customer.id,
      action: 'apply_credit',
      summary: `Applied ${money(applied, target.currency)} of ${customer.code} ${customer.name}'s credit to ${target.number}`,
      details: activity('creditApplied', {
        amount: { money: applied, currency: target.currency },
        code: customer.code,
        name: customer.name,
        number: target.number
      })
    })
    return {
      appliedCents: applied,
      creditLeftCents: available - applied,
      item: required(
        await receivableItem(trx, target.documentId, asOf),
        'receivable of the invoice just paid'
      )
    }
  })
}
