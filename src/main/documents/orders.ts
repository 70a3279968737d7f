/**
 * Orders: confirmed (issued) -> partially delivered -> delivered, or cancelled. Deliveries
 * record a date and quantities per line; they are append-only in the store.
 */
import { activity } from '../../shared/activity'
import type { Delivery, SalesDocument } from '../../shared/schemas/documents'
import { formatQuantityMilli } from '../../shared/totals'
import { recordActivity } from '../activity/log'
import { changeDocumentStatus } from './status'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { notFound } from '../db/errors'
import { conflict, requireStatus, today } from './common'
import {
  deliveredQuantities,
  documentOfType,
  documentRecord,
  lineRecords,
  loadDeliveries,
  loadDocument,
  type DocumentRecord
} from './load'
import { required } from '../../shared/required'
import { writeTransaction } from '../db/write-transaction'

export interface DeliveryInput {
  orderId: number
  deliveryDate: string
  note: string
  lines: Array<{ lineId: number; quantityMilli: number }>
}

export async function recordDelivery(ctx: ServiceContext, input: DeliveryInput): Promise<SalesDocument> {
  return writeTransaction(ctx.db, async (trx) => {
    const order = await documentOfType(trx, input.orderId, 'order')
    requireStatus(order, ['confirmed', 'partially_delivered'], 'orderNoDelivery')
    if (order.issueDate !== null && input.deliveryDate < order.issueDate) {
      throw conflict('deliveryBeforeOrder', { date: order.issueDate })
    }
    const lines = await lineRecords(trx, order.id)
    const delivered = await deliveredQuantities(
      trx,
      lines.map((l) => l.id)
    )
    const asked = new Map<number, number>()
    for (const pick of input.lines) asked.set(pick.lineId, (asked.get(pick.lineId) ?? 0) + pick.quantityMilli)
    for (const [lineId, quantity] of asked) {
      const line = lines.find((l) => l.id === lineId)
      if (!line) throw conflict('deliveredLineNotOnOrder')
      const left = line.quantityMilli - (delivered.get(lineId) ?? 0)
      if (quantity > left) {
        throw conflict('lineLeftToDeliver', {
          description: line.description,
          left: formatQuantityMilli(left),
          unit: line.unit,
          quantity: formatQuantityMilli(quantity)
        })
      }
    }
    const { maxSequence } = await trx
      .selectFrom('deliveries')
      .select((eb) => eb.fn.max<number | null>('sequence').as('maxSequence'))
      .where('orderId', '=', order.id)
      .executeTakeFirstOrThrow()
    const sequence = (maxSequence ?? 0) + 1
    const now = isoNow(ctx)
    const { id: deliveryId } = await trx
      .insertInto('deliveries')
      .values({
        orderId: order.id,
        sequence,
        deliveryDate: input.deliveryDate,
        note: input.note,
        createdAt: now
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('deliveryLines')
      .values([...asked].map(([orderLineId, quantityMilli]) => ({ deliveryId, orderLineId, quantityMilli })))
      .execute()
    const complete = lines.every(
      (l) => (delivered.get(l.id) ?? 0) + (asked.get(l.id) ?? 0) >= l.quantityMilli
    )
    const status = complete ? 'delivered' : 'partially_delivered'
    if (status !== order.status) {
      await trx.updateTable('documents').set({ status, updatedAt: now }).where('id', '=', order.id).execute()
    }
    await recordActivity(trx, ctx, {
      entity: 'document',
      entityId: order.id,
      action: 'deliver',
      summary: `Delivery ${sequence} of order ${order.number} on ${input.deliveryDate}${complete ? ' (order fully delivered)' : ''}`,
      details: activity(complete ? 'orderDelivered' : 'orderDelivery', {
        sequence,
        number: order.number ?? '',
        date: { date: input.deliveryDate }
      })
    })
    return loadDocument(trx, order.id, today(ctx))
  })
}

export async function cancelOrder(ctx: ServiceContext, id: number, reason: string): Promise<SalesDocument> {
  return writeTransaction(ctx.db, async (trx) => {
    const order = await documentOfType(trx, id, 'order')
    requireStatus(order, ['confirmed', 'partially_delivered'], 'orderNotCancellable')
    await changeDocumentStatus(
      trx,
      ctx,
      { id, status: 'cancelled', reason },
      {
        action: 'cancel',
        summary: `Cancelled order ${order.number}: ${reason}`,
        details: activity('orderCancelled', { number: order.number ?? '', reason })
      }
    )
    return loadDocument(trx, id, today(ctx))
  })
}

/** A delivery with its order, for the delivery note. */
export async function loadDelivery(
  db: Executor,
  deliveryId: number
): Promise<{ delivery: Delivery; order: DocumentRecord }> {
  const row = await db
    .selectFrom('deliveries')
    .select(['orderId'])
    .where('id', '=', deliveryId)
    .executeTakeFirst()
  if (!row) throw notFound('delivery', deliveryId)
  const delivery = required(
    (await loadDeliveries(db, row.orderId)).find((d) => d.id === deliveryId),
    `delivery ${deliveryId} of its order`
  )
  return { delivery, order: await documentRecord(db, row.orderId) }
}
