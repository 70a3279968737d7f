import { recordActivity, type ActivityEvent } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { isForeignKeyViolation } from './errors'

/** What deleting a sales executive or a product did: the API's answer to `executives.delete` and `products.delete`. */
export type DeleteOutcome = { deleted: true } | { deleted: false; deactivated: true }

/**
 * Deletes a sales executive or a product nothing needs; one still in use (`inUse`: customers
 * assigned, a customer's preferred product), or that the store refuses to delete because other
 * records (visits, documents, document lines) refer to it, is deactivated instead, so that those
 * records keep their history. The activity log gets the entry (`log`) for what was done.
 */
export async function deleteOrDeactivate(
  trx: Executor,
  ctx: ServiceContext,
  row: { table: 'salesExecutives' | 'products'; entity: 'executive' | 'product'; id: number; inUse: boolean },
  log: Record<'deactivate' | 'delete', Pick<ActivityEvent, 'summary' | 'details'>>
): Promise<DeleteOutcome> {
  const { table, entity, id } = row
  if (row.inUse || !(await deletedUnlessReferenced(trx, table, id))) {
    await trx
      .updateTable(table)
      .set({ active: 0, updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    await recordActivity(trx, ctx, { entity, entityId: id, action: 'deactivate', ...log.deactivate })
    return { deleted: false, deactivated: true }
  }
  await recordActivity(trx, ctx, { entity, entityId: id, action: 'delete', ...log.delete })
  return { deleted: true }
}

/** Deletes the row unless the store refuses because other records refer to it. */
async function deletedUnlessReferenced(
  trx: Executor,
  table: 'salesExecutives' | 'products',
  id: number
): Promise<boolean> {
  try {
    await trx.deleteFrom(table).where('id', '=', id).execute()
    return true
  } catch (error) {
    if (isForeignKeyViolation(error)) return false
    throw error
  }
}
