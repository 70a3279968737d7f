/** A document's move from one status to the next (accepted, declined, converted, cancelled), with its activity entry. */
import type { DocumentStatus } from '../../shared/schemas/documents'
import { recordActivity, type ActivityEvent } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'

export interface StatusChange {
  id: number
  status: DocumentStatus
  /** Why, when the change has a reason (a declined estimate, a cancelled order); the old reason stays otherwise. */
  reason?: string
  /** When the change is part of a larger one (issuing), that one's time; now otherwise. */
  at?: string
}

/**
 * Sets the document's status and writes the activity log's entry for it, in the caller's
 * transaction: the document and the log never disagree about what happened to it.
 */
export async function changeDocumentStatus(
  trx: Executor,
  ctx: ServiceContext,
  change: StatusChange,
  entry: Pick<ActivityEvent, 'action' | 'summary' | 'details'>
): Promise<void> {
  await trx
    .updateTable('documents')
    .set({
      status: change.status,
      ...(change.reason === undefined ? {} : { statusReason: change.reason }),
      updatedAt: change.at ?? isoNow(ctx)
    })
    .where('id', '=', change.id)
    .execute()
  await recordActivity(trx, ctx, { entity: 'document', entityId: change.id, ...entry })
}
