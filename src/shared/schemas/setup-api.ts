/** The first run's part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import type { SetupStatus } from '../setup'
import { settingsInput } from './settings'

export const setupApiInputs = {
  'setup.status': z.object({}).strict(),
  'setup.complete': z.object({ settings: settingsInput }).strict(),
  'setup.demo': z.object({}).strict()
} as const

export interface SetupApiOutputs {
  'setup.status': SetupStatus
  /** The same as settings.update, refused while a field issuing needs is blank. */
  'setup.complete': SetupStatus
  /** Fills an empty database with a small demo company (customers, products, documents, visits). */
  'setup.demo': SetupStatus
}
