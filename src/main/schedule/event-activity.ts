/** The activity log's entry of a visit or a meeting (the log names a visit `site_visit`). */
import type { EventType } from '../../shared/schemas/schedule'
import { recordActivity, type ActivityEvent } from '../activity/log'
import type { Executor, ServiceContext } from '../context'

const EVENT_ENTITY: Record<EventType, string> = { visit: 'site_visit', meeting: 'meeting' }

/** Writes the entry of the event (`type`, `id`) inside the caller's write transaction. */
export function recordEventActivity(
  trx: Executor,
  ctx: ServiceContext,
  { type, id, ...entry }: { type: EventType; id: number } & Omit<ActivityEvent, 'entity' | 'entityId'>
): Promise<void> {
  return recordActivity(trx, ctx, { entity: EVENT_ENTITY[type], entityId: id, ...entry })
}
