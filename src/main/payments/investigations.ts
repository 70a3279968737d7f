/**
 * Investigations of returned payments: open → customer contacted → resolved | written off,
 * with dated notes (append-only). Every step and note goes into the activity log.
 */
import { activity } from '../../shared/activity'
import type { ReturnReason } from '../../shared/schemas/payments'
import {
  investigationSteps,
  type InvestigationPage,
  type Investigation,
  type InvestigationListQuery,
  type InvestigationRow,
  type InvestigationStatus
} from '../../shared/schemas/investigations'
import { invalid, word, type ErrorKey } from '../../shared/errors'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { notFound } from '../db/errors'
import { conflict, today } from '../documents/common'
import { writeTransaction } from '../db/write-transaction'
import { customerColumns, listExport, moneyColumn } from '../export/list-sheet'
import type { ExportColumn } from '../export/xlsx'
import { returnedPaymentExportWords } from './export-words'

const statusLabels: Record<InvestigationStatus, string> = {
  open: 'open',
  contacted: 'customer contacted',
  resolved: 'resolved',
  written_off: 'written off'
}

/** The same words by key, for refusals that name a status in the user's language. */
const statusWords: Record<InvestigationStatus, ErrorKey> = {
  open: 'investigationOpen',
  contacted: 'investigationContacted',
  resolved: 'investigationResolved',
  written_off: 'investigationWrittenOff'
}

function rowsQuery(db: Executor) {
  return db
    .selectFrom('paymentInvestigations as i')
    .innerJoin('paymentReturns as t', 't.id', 'i.returnId')
    .innerJoin('payments as p', 'p.id', 't.paymentId')
    .innerJoin('customers as c', 'c.id', 'i.customerId')
}

function selectRow(db: Executor, base = rowsQuery(db)) {
  return base.select([
    'i.id',
    'i.status',
    'i.openedOn',
    'i.closedOn',
    'i.customerId',
    'c.code as customerCode',
    'c.name as customerName',
    'p.id as paymentId',
    'p.paymentDate',
    'p.amountCents',
    'p.currency',
    't.reason',
    't.returnDate',
    't.bankFeeCents',
    'i.updatedAt',
    (eb) =>
      eb
        .selectFrom('investigationNotes as n')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('n.investigationId', '=', 'i.id')
        .as('notes')
  ])
}

type RawRow = Awaited<ReturnType<ReturnType<typeof selectRow>['execute']>>[number]

const toRow = (r: RawRow): InvestigationRow => ({
  ...r,
  reason: r.reason as ReturnReason,
  notes: r.notes ?? 0
})

type InvestigationFilters = Omit<Required<InvestigationListQuery>, 'offset' | 'limit'>

/** The returned payments the filters pick (the executive is the customer's). */
function filteredQuery(db: Executor, query: InvestigationFilters) {
  let base = rowsQuery(db)
  if (query.status === 'active') base = base.where('i.status', 'in', ['open', 'contacted'])
  else if (query.status !== 'all') base = base.where('i.status', '=', query.status)
  if (query.customerId !== null) base = base.where('i.customerId', '=', query.customerId)
  if (query.executiveId !== null) base = base.where('c.executiveId', '=', query.executiveId)
  return base
}

/** Returned payments (newest first) of the filters, in a window or all of them. */
async function investigationRows(
  db: Executor,
  query: InvestigationFilters,
  window?: { offset: number; limit: number }
): Promise<InvestigationRow[]> {
  let select = selectRow(db, filteredQuery(db, query)).orderBy('i.openedOn', 'desc').orderBy('i.id', 'desc')
  if (window) select = select.offset(window.offset).limit(window.limit)
  return (await select.execute()).map(toRow)
}

export async function listInvestigations(
  ctx: ServiceContext,
  query: Required<InvestigationListQuery>
): Promise<InvestigationPage> {
  const base = filteredQuery(ctx.db, query)
  const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()
  // The sums belong to the whole filtered list: the first window brings them.
  const totals =
    query.offset === 0
      ? await base
          .select((eb) => [
            'p.currency',
            eb.fn.sum<number>('p.amountCents').as('amountCents'),
            eb.fn.countAll<number>().as('count')
          ])
          .groupBy('p.currency')
          .orderBy('p.currency')
          .execute()
      : []
  return {
    total,
    rows: await investigationRows(ctx.db, query, { offset: query.offset, limit: query.limit }),
    totals
  }
}

/**
 * The returned payments of the list's filters to Excel: the screens' words in `language` (the
 * user's; the company's document language when none is given), amounts as numbers.
 */
export const exportInvestigations = listExport(
  returnedPaymentExportWords,
  'returned-payments.xlsx',
  async (ctx, query: InvestigationFilters, words) => {
    const rows = await investigationRows(ctx.db, query)
    const columns: ExportColumn<InvestigationRow>[] = [
      { header: words.returnedOn, kind: 'date', width: 12, value: (r) => r.returnDate },
      ...customerColumns(words),
      { header: words.paidOn, kind: 'date', width: 12, value: (r) => r.paymentDate },
      { header: words.currency, kind: 'text', width: 9, value: (r) => r.currency },
      moneyColumn(words.amount, 14, (r) => r.amountCents),
      moneyColumn(words.bankFee, 12, (r) => r.bankFeeCents),
      { header: words.reason, kind: 'text', width: 24, value: (r) => words.reasons[r.reason] },
      { header: words.investigation, kind: 'text', width: 20, value: (r) => words.statuses[r.status] },
      { header: words.opened, kind: 'date', width: 12, value: (r) => r.openedOn },
      { header: words.closed, kind: 'date', width: 12, value: (r) => r.closedOn },
      { header: words.notes, kind: 'integer', width: 8, value: (r) => r.notes }
    ]
    return { columns, rows }
  }
)

export async function loadInvestigation(db: Executor, id: number): Promise<Investigation> {
  const row = await selectRow(db)
    .leftJoin('documents as d', 'd.id', 't.debitNoteId')
    .select(['i.outcome', 'p.reference as paymentReference', 'd.number as debitNoteNumber'])
    .where('i.id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('investigation', id)
  const notes = await db
    .selectFrom('investigationNotes')
    .select(['id', 'noteDate', 'text', 'actor', 'createdAt'])
    .where('investigationId', '=', id)
    .orderBy('noteDate')
    .orderBy('id')
    .execute()
  return {
    ...toRow(row),
    outcome: row.outcome,
    paymentReference: row.paymentReference,
    debitNoteNumber: row.debitNoteNumber ?? null,
    notesList: notes
  }
}

export const getInvestigation = (ctx: ServiceContext, id: number) => loadInvestigation(ctx.db, id)

export async function updateInvestigation(
  ctx: ServiceContext,
  input: { id: number; status: InvestigationStatus; outcome: string; date: string }
): Promise<Investigation> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await loadInvestigation(trx, input.id)
    const closing = input.status === 'resolved' || input.status === 'written_off'
    if (input.status !== before.status && !investigationSteps[before.status].includes(input.status)) {
      throw conflict('investigationStepRefused', {
        from: word(statusWords[before.status]),
        to: word(statusWords[input.status])
      })
    }
    if (input.status === before.status && input.outcome === before.outcome) return before
    if (closing && input.outcome.trim() === '') {
      throw invalid({ outcome: { key: 'sayHowItEnded' } })
    }
    if (input.date < before.openedOn) {
      throw invalid({ date: { key: 'investigationOpenedOn', params: { date: before.openedOn } } })
    }
    if (input.date > today(ctx)) throw invalid({ date: { key: 'notInFuture' } })
    await trx
      .updateTable('paymentInvestigations')
      .set({
        status: input.status,
        outcome: input.outcome,
        closedOn: closing ? (before.closedOn ?? input.date) : null,
        updatedAt: isoNow(ctx)
      })
      .where('id', '=', input.id)
      .execute()
    const step =
      input.status === before.status
        ? `outcome edited`
        : `${statusLabels[before.status]} → ${statusLabels[input.status]} on ${input.date}`
    await recordActivity(trx, ctx, {
      entity: 'investigation',
      entityId: input.id,
      action: input.status === before.status ? 'update' : input.status,
      summary: `Investigation of the returned payment from ${before.customerCode} ${before.customerName}: ${step}${input.outcome ? ` — ${input.outcome}` : ''}`,
      details: activity('investigationStep', {
        code: before.customerCode,
        name: before.customerName,
        status: { term: `payments.investigations.status.${input.status}` }
      })
    })
    return loadInvestigation(trx, input.id)
  })
}

export async function addInvestigationNote(
  ctx: ServiceContext,
  input: { id: number; noteDate: string; text: string }
): Promise<Investigation> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await loadInvestigation(trx, input.id)
    if (input.noteDate > today(ctx)) throw invalid({ noteDate: { key: 'notInFuture' } })
    const now = isoNow(ctx)
    await trx
      .insertInto('investigationNotes')
      .values({
        investigationId: input.id,
        noteDate: input.noteDate,
        text: input.text,
        actor: ctx.actor,
        createdAt: now
      })
      .execute()
    await trx
      .updateTable('paymentInvestigations')
      .set({ updatedAt: now })
      .where('id', '=', input.id)
      .execute()
    await recordActivity(trx, ctx, {
      entity: 'investigation',
      entityId: input.id,
      action: 'note',
      summary: `Note on the investigation of ${before.customerCode} ${before.customerName}'s returned payment (${input.noteDate}): ${input.text.slice(0, 200)}`,
      details: activity('investigationNote', {
        code: before.customerCode,
        name: before.customerName,
        date: { date: input.noteDate }
      })
    })
    return loadInvestigation(trx, input.id)
  })
}
