/** The settings' part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { settingsInput, type Settings } from './settings'

export const settingsApiInputs = {
  'settings.get': z.object({}).strict(),
  'settings.update': z.object({ settings: settingsInput }).strict()
} as const

export interface SettingsApiOutputs {
  'settings.get': Settings
  'settings.update': Settings
}
