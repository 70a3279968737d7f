/**
 * The schedule's links to the documents area (estimates, orders, invoices), kept in one place.
 */
import { activity } from '../../shared/activity'
import type { NotNull } from 'kysely'
import { conflict } from '../../shared/errors'
import type { ScheduleMarker } from '../../shared/schemas/schedule'
import type { Executor, ServiceContext } from '../context'
import { insertDraft, noLinks } from '../documents/drafts'
import { recordEventActivity } from './event-activity'
import { loadVisit } from './visits'
import { customerMarker } from './desk-markers'
import { writeTransaction } from '../db/write-transaction'

/** Confirmed orders not yet fully delivered, on their promised delivery date. */
export async function orderDeliveryMarkers(
  db: Executor,
  fromDate: string,
  toDate: string
): Promise<ScheduleMarker[]> {
  const rows = await db
    .selectFrom('documents as d')
    .select(['d.id', 'd.number', 'd.promisedDate', 'd.customerId', 'd.customerName'])
    .where('d.type', '=', 'order')
    .where('d.status', 'in', ['confirmed', 'partially_delivered'])
    .where('d.promisedDate', '>=', fromDate)
    .where('d.promisedDate', '<=', toDate)
    .orderBy('d.promisedDate')
    .limit(5000)
    // The date range above leaves out orders without a promised date.
    .$narrowType<{ promisedDate: NotNull }>()
    .execute()
  return rows.map((r) => customerMarker('order_delivery', r.promisedDate, r.number ?? `#${String(r.id)}`, r))
}

/**
 * Open invoices and debit notes of a customer for the day sheet: what is still to be paid after
 * payments, returns and credit notes (the receivables the payments area keeps), oldest due first.
 */
export async function openInvoicesForCustomer(
  db: Executor,
  customerId: number
): Promise<Array<{ number: string; dueDate: string; openCents: number; currency: string }>> {
  const rows = await db
    .selectFrom('receivables as r')
    .innerJoin('documents as d', 'd.id', 'r.documentId')
    .select(['d.number', 'r.dueDate', 'r.openCents', 'd.currency'])
    .where('r.customerId', '=', customerId)
    .where('r.openCents', '>', 0)
    .where('d.number', 'is not', null)
    .orderBy('r.dueDate')
    .orderBy('d.number')
    .limit(50)
    .execute()
  return rows.map((r) => ({
    number: r.number ?? '',
    dueDate: r.dueDate,
    openCents: r.openCents,
    currency: r.currency
  }))
}

/** An estimate draft for the visit's customer with one line per product discussed (list price, quantity 1). */
export async function createEstimateDraftForVisit(
  ctx: ServiceContext,
  visitId: number
): Promise<{ estimateId: number }> {
  return writeTransaction(ctx.db, async (trx) => {
    const visit = await loadVisit(trx, visitId, ctx.now())
    if (visit.status === 'cancelled') throw conflict('cancelledVisitNoEstimate')
    const products = visit.productIds.length
      ? await trx
          .selectFrom('products')
          .select(['id', 'name', 'unit', 'unitPriceCents', 'vatRateBp'])
          .where('id', 'in', visit.productIds)
          .orderBy('name')
          .execute()
      : []
    const day = visit.startAt.slice(0, 10)
    const estimateId = await insertDraft(
      trx,
      ctx,
      {
        type: 'estimate',
        customerId: visit.customerId,
        executiveId: visit.executiveIds[0] ?? null,
        issueDate: null,
        validUntil: null,
        promisedDate: null,
        paymentInstructions: '',
        notes: [`From the visit of ${day}.`, visit.outcome].filter(Boolean).join(' ').slice(0, 4000),
        reason: '',
        lines: products.map((p) => ({
          productId: p.id,
          description: p.name,
          unit: p.unit,
          quantityMilli: 1000,
          unitPriceCents: p.unitPriceCents,
          discountBp: 0,
          vatRateBp: p.vatRateBp,
          promisedDate: null,
          sourceLineId: null
        }))
      },
      noLinks,
      `Created a draft estimate for ${visit.customerName} from the visit of ${day}`
    )
    await recordEventActivity(trx, ctx, {
      type: 'visit',
      id: visitId,
      action: 'estimate',
      summary: `Estimate draft ${estimateId} created from the visit to ${visit.customerName} of ${day}`,
      details: activity('visitEstimateDraft', { name: visit.customerName })
    })
    return { estimateId }
  })
}
