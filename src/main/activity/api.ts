/** The activity log's API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { ActivityApiOutputs } from '../../shared/schemas/activity-api'
import type { ServiceContext } from '../context'
import { listActivity } from './log'

export type ActivityHandlers = Pick<ApiHandlers, keyof ActivityApiOutputs>

export function activityHandlers(ctx: ServiceContext): ActivityHandlers {
  return {
    'activity.list': (q) => listActivity(ctx, q)
  }
}
