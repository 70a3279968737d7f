/**
 * Invoices made from an order (everything not yet invoiced, or only what was delivered and
 * not yet invoiced) or from an accepted estimate, and credit/debit notes against an issued
 * invoice. Each makes a draft; the limits are checked again when it is issued.
 */
import type { SalesDocument } from '../../shared/schemas/documents'
import type { ServiceContext } from '../context'
import { conflict, requireStatus, today } from './common'
import { noLinks } from './drafts'
import { remainderNote } from './credit-remainder'
import { copyAsDraft, draftMadeFrom } from './estimates'
import { deliveredQuantities, documentRecord, lineRecords, loadDocument, quantitiesFrom } from './load'
import { required } from '../../shared/required'
import { writeTransaction } from '../db/write-transaction'

export async function createInvoiceFromOrder(
  ctx: ServiceContext,
  orderId: number,
  quantities: 'all' | 'delivered'
): Promise<SalesDocument> {
  return writeTransaction(ctx.db, async (trx) => {
    const order = await documentRecord(trx, orderId)
    if (order.type !== 'order') throw conflict('onlyOrderInvoiced')
    requireStatus(order, ['confirmed', 'partially_delivered', 'delivered'], 'orderNotInvoiceable')
    const lines = await lineRecords(trx, orderId)
    const ids = lines.map((l) => l.id)
    const invoiced = await quantitiesFrom(trx, ids, ['invoice'])
    const delivered = await deliveredQuantities(trx, ids)
    const left = new Map(
      lines.map((l) => [
        l.id,
        (quantities === 'all' ? l.quantityMilli : (delivered.get(l.id) ?? 0)) - (invoiced.get(l.id) ?? 0)
      ])
    )
    if (![...left.values()].some((q) => q > 0)) {
      throw conflict(quantities === 'all' ? 'orderFullyInvoiced' : 'nothingDeliveredToInvoice', {
        number: order.number ?? ''
      })
    }
    const summary = `Draft invoice made from order ${order.number} (${quantities === 'all' ? 'all open quantities' : 'delivered quantities'})`
    return draftMadeFrom(trx, ctx, order, 'invoice', summary, left)
  })
}

export async function createInvoiceFromEstimate(
  ctx: ServiceContext,
  estimateId: number
): Promise<SalesDocument> {
  return writeTransaction(ctx.db, async (trx) => {
    const estimate = await documentRecord(trx, estimateId)
    if (estimate.type !== 'estimate') throw conflict('onlyEstimateInvoiced')
    requireStatus(estimate, ['accepted'], 'estimateNotInvoiceable')
    return draftMadeFrom(trx, ctx, estimate, 'invoice', `Draft invoice made from estimate ${estimate.number}`)
  })
}

export interface CorrectionInput {
  invoiceId: number
  reason: string
  lines?: Array<{ lineId: number; quantityMilli: number }>
  debitKind?: 'price_correction' | 'fee'
}

async function createCorrection(
  ctx: ServiceContext,
  type: 'credit_note' | 'debit_note',
  input: CorrectionInput
): Promise<SalesDocument> {
  return writeTransaction(ctx.db, async (trx) => {
    const invoice = await documentRecord(trx, input.invoiceId)
    if (invoice.type !== 'invoice' || invoice.status !== 'issued') throw conflict('notesAgainstIssuedInvoice')
    const lines = await lineRecords(trx, invoice.id)
    const credited = await quantitiesFrom(
      trx,
      lines.map((l) => l.id),
      ['credit_note']
    )
    const open = new Map(
      lines.map((l) => [
        l.id,
        type === 'credit_note' ? l.quantityMilli - (credited.get(l.id) ?? 0) : l.quantityMilli
      ])
    )
    let quantities = open
    if (input.lines !== undefined) {
      quantities = new Map()
      for (const pick of input.lines) {
        const line = lines.find((l) => l.id === pick.lineId)
        if (!line) throw conflict('pickedLineNotOnInvoice')
        const picked = (quantities.get(pick.lineId) ?? 0) + pick.quantityMilli
        quantities.set(pick.lineId, picked)
        if (type === 'credit_note' && picked > required(open.get(pick.lineId), 'open quantity of the line')) {
          throw conflict('lineCreditBeyond', { description: line.description })
        }
      }
    }
    // Every line credited: what may be left is freight, charges or allowances (credit-remainder.ts).
    const remainder =
      type === 'credit_note' && ![...open.values()].some((q) => q > 0)
        ? await remainderNote(trx, invoice.id, null)
        : null
    if (!remainder && ![...quantities.values()].some((q) => q > 0))
      throw conflict('invoiceFullyCredited', { number: invoice.number ?? '' })
    const label = type === 'credit_note' ? 'credit note' : 'debit note'
    const id = await copyAsDraft(
      trx,
      ctx,
      invoice,
      type,
      { ...noLinks, correctsId: invoice.id },
      {
        linkLines: true,
        quantities,
        whenNothingLeft: remainder?.line,
        reason: input.reason,
        summary: `Draft ${label} against invoice ${invoice.number}: ${input.reason}`
      }
    )
    if (type === 'debit_note') {
      await trx
        .updateTable('documents')
        .set({ debitKind: input.debitKind ?? 'price_correction' })
        .where('id', '=', id)
        .execute()
    }
    return loadDocument(trx, id, today(ctx))
  })
}

export const createCreditNote = (ctx: ServiceContext, input: CorrectionInput) =>
  createCorrection(ctx, 'credit_note', input)
export const createDebitNote = (ctx: ServiceContext, input: CorrectionInput) =>
  createCorrection(ctx, 'debit_note', input)
