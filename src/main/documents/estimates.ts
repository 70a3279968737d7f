/**
 * Estimates: sent (issued) -> accepted | declined (with a reason); expired is derived from
 * valid-until; accepted -> converted when an order or invoice made from it is issued.
 * Duplicate makes a fresh draft; revise makes a draft that records which estimate it replaces.
 */
import { activity } from '../../shared/activity'
import type { DocumentDraftInput, DocumentLineInput } from '../../shared/schemas/document-drafts'
import type { DocumentStatus, SalesDocument } from '../../shared/schemas/documents'
import { changeDocumentStatus } from './status'
import type { Executor, ServiceContext } from '../context'
import { conflict, requireStatus, statusWord, today } from './common'
import { insertDraft, noLinks, type DraftInput, type DraftLinks } from './drafts'
import { issueInTransaction } from './issue'
import {
  allowanceChargeRecords,
  documentOfType,
  isExpired,
  lineRecords,
  lineTerms,
  loadDocument,
  type DocumentRecord
} from './load'
import { writeTransaction } from '../db/write-transaction'

/** A draft with the same customer, texts and lines; `linkLines` keeps each line's origin. */
export async function copyAsDraft(
  trx: Executor,
  ctx: ServiceContext,
  from: DocumentRecord,
  type: DraftInput['type'],
  links: DraftLinks,
  options: {
    linkLines: boolean
    quantities?: Map<number, number>
    /** The one line of a note when no line is left to take over (credit-remainder.ts). */
    whenNothingLeft?: DocumentLineInput
    summary: string
    reason?: string
  }
): Promise<number> {
  const lines = (await lineRecords(trx, from.id))
    .map((l) => ({
      ...lineTerms(l),
      quantityMilli: options.quantities ? (options.quantities.get(l.id) ?? 0) : l.quantityMilli,
      promisedDate: type === 'order' ? l.promisedDate : null,
      sourceLineId: options.linkLines ? l.id : null
    }))
    .filter((l) => l.quantityMilli !== 0)
  if (lines.length === 0 && !options.whenNothingLeft) throw conflict('nothingToTakeOver')
  const allowancesCharges =
    type === 'credit_note' || type === 'debit_note' || options.quantities
      ? []
      : (await allowanceChargeRecords(trx, from.id)).map(({ id: _id, position: _position, ...ac }) => ac)
  const input: DocumentDraftInput = {
    type,
    customerId: from.customerId,
    executiveId: from.executiveId,
    issueDate: null,
    validUntil: null,
    promisedDate: type === 'order' ? from.promisedDate : null,
    currency: from.currency,
    paymentMethod: from.paymentMethod,
    paymentInstructions: '',
    notes: from.notes,
    terms: from.terms,
    reason: options.reason ?? '',
    lines: lines.length === 0 && options.whenNothingLeft ? [options.whenNothingLeft] : lines,
    allowancesCharges,
    supplyDate: from.supplyDate,
    supplyPeriodStart: from.supplyPeriodStart,
    supplyPeriodEnd: from.supplyPeriodEnd,
    buyerReference: from.buyerReference ?? '',
    orderReference: from.orderReference ?? ''
  }
  return insertDraft(trx, ctx, input, links, options.summary)
}

/**
 * A draft `type` made from `from` (an order or invoice from an estimate, an invoice from an order),
 * as the editor opens it: linked to `from`, each line to the line it takes over, so that issuing it
 * moves `from` on. `quantities`: what each line takes over, when not all of it.
 */
export async function draftMadeFrom(
  trx: Executor,
  ctx: ServiceContext,
  from: DocumentRecord,
  type: 'order' | 'invoice',
  summary: string,
  quantities?: Map<number, number>
): Promise<SalesDocument> {
  const links = { ...noLinks, sourceId: from.id }
  const id = await copyAsDraft(trx, ctx, from, type, links, { linkLines: true, quantities, summary })
  return loadDocument(trx, id, today(ctx))
}

async function setStatus(
  ctx: ServiceContext,
  id: number,
  to: DocumentStatus,
  allowedFrom: DocumentStatus[],
  reason = ''
) {
  return writeTransaction(ctx.db, async (trx) => {
    const record = await documentOfType(trx, id, 'estimate')
    requireStatus(record, allowedFrom, 'estimateCannotBeMarked', { to: statusWord(to) })
    if (to === 'accepted' && isExpired(record, today(ctx))) {
      throw conflict('estimateExpired', { number: record.number ?? '', date: record.validUntil ?? '' })
    }
    await changeDocumentStatus(
      trx,
      ctx,
      { id, status: to, reason },
      {
        action: to === 'accepted' ? 'accept' : 'decline',
        summary: `Estimate ${record.number} ${to}${reason ? `: ${reason}` : ''}`,
        details: activity(to === 'accepted' ? 'estimateAccepted' : 'estimateDeclined', {
          number: record.number ?? '',
          reason
        })
      }
    )
    return loadDocument(trx, id, today(ctx))
  })
}

export const acceptEstimate = (ctx: ServiceContext, id: number) => setStatus(ctx, id, 'accepted', ['sent'])
export const declineEstimate = (ctx: ServiceContext, id: number, reason: string) =>
  setStatus(ctx, id, 'declined', ['sent'], reason)

export async function duplicateEstimate(ctx: ServiceContext, id: number): Promise<SalesDocument> {
  return writeTransaction(ctx.db, async (trx) => {
    const record = await documentOfType(trx, id, 'estimate')
    const copy = await copyAsDraft(trx, ctx, record, 'estimate', noLinks, {
      linkLines: false,
      summary: `Duplicated estimate ${record.number ?? `#${id}`} as a new draft`
    })
    return loadDocument(trx, copy, today(ctx))
  })
}

export async function reviseEstimate(ctx: ServiceContext, id: number): Promise<SalesDocument> {
  return writeTransaction(ctx.db, async (trx) => {
    const record = await documentOfType(trx, id, 'estimate')
    requireStatus(record, ['sent', 'declined'], 'estimateNotRevisable')
    const revision = await copyAsDraft(
      trx,
      ctx,
      record,
      'estimate',
      { ...noLinks, replacesId: id },
      {
        linkLines: false,
        summary: `Started a revision of estimate ${record.number}`
      }
    )
    return loadDocument(trx, revision, today(ctx))
  })
}

/** A draft order from an accepted estimate; issuing (confirming) it marks the estimate converted. */
export async function convertEstimateToOrder(ctx: ServiceContext, id: number): Promise<SalesDocument> {
  return writeTransaction(ctx.db, async (trx) => {
    const record = await documentOfType(trx, id, 'estimate')
    requireStatus(record, ['accepted'], 'estimateNotToOrder')
    return draftMadeFrom(trx, ctx, record, 'order', `Draft order made from estimate ${record.number}`)
  })
}

/** Sending an estimate is issuing it: it gets its number and valid-until date. */
export async function sendEstimate(
  ctx: ServiceContext,
  id: number,
  issueDate?: string
): Promise<SalesDocument> {
  return writeTransaction(ctx.db, async (trx) => {
    await documentOfType(trx, id, 'estimate')
    await issueInTransaction(trx, ctx, id, issueDate)
    return loadDocument(trx, id, today(ctx))
  })
}
