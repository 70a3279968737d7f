import { z } from 'zod'
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
}
