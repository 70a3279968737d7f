/** The append-only activity log: who did what, when, to which record. */
import { activityEntities, parseActivityDetails, type ActivityDetails } from '../../shared/activity'
import type { ActivityEntry, ActivityListQuery } from '../../shared/schemas/activity'
import type { Page } from '../../shared/schemas/common'
import { appendToChain } from '../db/chain'
import { isoNow, type Executor, type ServiceContext } from '../context'

export interface ActivityEvent {
  entity: string
  entityId: number | null
  action: string
  /** English, for the command line and any reader without the key. */
  summary: string
  /** The same in data: a key of the `activityLog` strings and its parameters. */
  details?: ActivityDetails
}

export async function recordActivity(
  trx: Executor,
  ctx: ServiceContext,
  event: ActivityEvent
): Promise<void> {
  const { id } = await trx
    .insertInto('activityLog')
    .values({
      at: isoNow(ctx),
      actor: ctx.actor,
      entity: event.entity,
      entityId: event.entityId,
      action: event.action,
      summary: event.summary,
      details: event.details ? JSON.stringify(event.details) : null
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await appendToChain(trx, 'activity_log', id)
}

export async function listActivity(
  ctx: ServiceContext,
  query: Required<ActivityListQuery>
): Promise<Page<ActivityEntry>> {
  let base = ctx.db.selectFrom('activityLog')
  if (query.entity !== null) base = base.where('entity', 'in', activityEntities(query.entity))
  if (query.entityId !== null) base = base.where('entityId', '=', query.entityId)
  const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()
  // Newest first by the time of the change: entries written together (demo data, imports) do not
  // come in time order, so the id only breaks ties between entries of the same instant.
  const rows = await base
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .offset(query.offset)
    .limit(query.limit)
    .execute()
  return { total, rows: rows.map((row) => ({ ...row, details: parseActivityDetails(row.details) })) }
}
