/**
 * Investigations of returned payments: open → customer contacted → resolved | written off,
 * with dated notes (append-only). Every step and note goes into the activity log.
 */
import { activity } from '../../shared/activity'
import type { Page } from '../../shared/schemas/common'
import {
  investigationSteps,
  type Investigation,
  type InvestigationListQuery,
  type InvestigationRow,
  type InvestigationStatus,
  type ReturnReason
} from '../../shared/schemas/payments'
import { invalid } from '../../shared/errors'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { notFound } from '../db/errors'
import { conflict, today } from '../documents/common'
import { writeTransaction } from '../db/write-transaction'

const statusLabels: Record<InvestigationStatus, string> = {
  open: 'open',
  contacted: 'customer contacted',
  resolved: 'resolved',
  written_off: 'written off'
}

function rowsQuery(db: Executor) {
  return db
    .selectFrom('paymentInvestigations as i')
    .innerJoin('paymentReturns as t', 't.id', 'i.returnId')
    .innerJoin('payments as p', 'p.id', 't.paymentId')
    .innerJoin('customers as c', 'c.id', 'i.customerId')
}

function selectRow(db: Executor) {
  return rowsQuery(db).select([
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

export async function listInvestigations(
  ctx: ServiceContext,
  query: Required<InvestigationListQuery>
): Promise<Page<InvestigationRow>> {
  let base = rowsQuery(ctx.db)
  if (query.status === 'active') base = base.where('i.status', 'in', ['open', 'contacted'])
  else if (query.status !== 'all') base = base.where('i.status', '=', query.status)
  if (query.customerId !== null) base = base.where('i.customerId', '=', query.customerId)
  const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()
  let select = selectRow(ctx.db)
  if (query.status === 'active') select = select.where('i.status', 'in', ['open', 'contacted'])
  else if (query.status !== 'all') select = select.where('i.status', '=', query.status)
  if (query.customerId !== null) select = select.where('i.customerId', '=', query.customerId)
  const rows = await select
    .orderBy('i.openedOn', 'desc')
    .orderBy('i.id', 'desc')
    .offset(query.offset)
    .limit(query.limit)
    .execute()
  return { total, rows: rows.map(toRow) }
}

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
      throw conflict(
        `An investigation that is ${statusLabels[before.status]} cannot become ${statusLabels[input.status]}.`
      )
    }
    if (input.status === before.status && input.outcome === before.outcome) return before
    if (closing && input.outcome.trim() === '') {
      throw invalid({
        outcome: 'Say how it ended'
      })
    }
    if (input.date < before.openedOn) {
      throw invalid({
        date: `The investigation was opened on ${before.openedOn}`
      })
    }
    if (input.date > today(ctx))
      throw invalid({
        date: 'Cannot be in the future'
      })
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
    if (input.noteDate > today(ctx))
      throw invalid({
        noteDate: 'Cannot be in the future'
      })
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
