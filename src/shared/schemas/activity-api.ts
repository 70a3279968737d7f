/** The activity log's part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import type { Page } from './common'
import { activityListQuery, type ActivityEntry } from './activity'

export const activityApiInputs = {
  'activity.list': activityListQuery
} as const

export interface ActivityApiOutputs {
  'activity.list': Page<ActivityEntry>
}
