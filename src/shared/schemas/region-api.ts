/** The region settings' part of the API contract (issue 14), spread into src/shared/api.ts. */
import { z } from 'zod'
import { paperSizes, regionFormat, type RegionSettings } from '../region'
import { timeZone } from './schedule'

export const regionInput = z
  .object({ format: regionFormat, paperSize: z.enum(paperSizes), timeZone })
  .strict()
export type RegionInput = z.input<typeof regionInput>

export const regionApiInputs = {
  'region.get': z.object({}).strict(),
  'region.update': z.object({ region: regionInput }).strict()
} as const

export interface RegionApiOutputs {
  'region.get': RegionSettings
  'region.update': RegionSettings
}
