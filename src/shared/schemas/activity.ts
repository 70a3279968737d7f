import { z } from 'zod'
import type { ActivityDetails } from '../activity'
import { id, paging } from './common'

export const activityListQuery = z
  .object({
    entity: z.string().max(40).nullable(),
    entityId: id.nullable(),
    ...paging
  })
  .strict()
export type ActivityListQuery = z.input<typeof activityListQuery>

export interface ActivityEntry {
  id: number
  at: string
  actor: string
  entity: string
  entityId: number | null
  action: string
  summary: string
  /** What happened as a key and parameters, shown in the reader's language; null: only the summary. */
  details: ActivityDetails | null
}
