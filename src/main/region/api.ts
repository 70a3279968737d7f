/** The region settings' API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { RegionApiOutputs } from '../../shared/schemas/region-api'
import type { ServiceContext } from '../context'
import { getRegion, updateRegion } from './service'

export type RegionHandlers = Pick<ApiHandlers, keyof RegionApiOutputs>

export function regionHandlers(ctx: ServiceContext): RegionHandlers {
  return {
    'region.get': () => getRegion(ctx.db),
    'region.update': ({ region }) => updateRegion(ctx, region)
  }
}
