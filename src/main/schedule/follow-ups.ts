/**
 * One-click follow-ups from a visit: a customer request draft (here) or an estimate draft
 * (through the documents area, see `createEstimateDraftForVisit`).
 */
import { activity } from '../../shared/activity'
import { conflict } from '../../shared/errors'
import type { CustomerRequest } from '../../shared/schemas/schedule'
import { isoNow, type ServiceContext } from '../context'
import { recordRequestEvent } from '../requests/service'
import { loadVisit } from './visits'
import { writeTransaction } from '../db/write-transaction'

export async function createRequestFromVisit(
  ctx: ServiceContext,
  visitId: number,
  title: string,
  description: string
): Promise<CustomerRequest> {
  return writeTransaction(ctx.db, async (trx) => {
    const visit = await loadVisit(trx, visitId, ctx.now())
    if (visit.status === 'cancelled') throw conflict('cancelledVisitNoRequest')
    const now = isoNow(ctx)
    const followUps = visit.followUps
      .map((f) => `- ${f.text}${f.dueDate ? ` (${f.dueDate})` : ''}`)
      .join('\n')
    const values = {
      customerId: visit.customerId,
      title: title || `Follow-up of the visit on ${visit.startAt.slice(0, 10)}`,
      description: description || [visit.outcome, followUps].filter(Boolean).join('\n\n'),
      status: 'draft' as const,
      channel: 'visit' as const,
      visitId,
      createdAt: now,
      updatedAt: now
    }
    const { id } = await trx
      .insertInto('customerRequests')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordRequestEvent(trx, ctx, id, {
      action: 'create',
      summary: `Created a request draft "${values.title}" for ${visit.customerName} from the visit of ${visit.startAt.slice(0, 10)}`,
      details: activity('visitRequestDraft', { title: values.title, name: visit.customerName })
    })
    return {
      id,
      customerId: values.customerId,
      title: values.title,
      description: values.description,
      status: 'draft',
      visitId,
      createdAt: now
    }
  })
}
