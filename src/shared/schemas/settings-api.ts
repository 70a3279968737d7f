/** The settings' part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { languages, type Language } from '../languages'
import { settingsInput, type Settings } from './settings'
import { vatRateTable, type VatRateTable } from './vat-rates'

export const settingsApiInputs = {
  'settings.get': z.object({}).strict(),
  'settings.update': z.object({ settings: settingsInput }).strict(),
  'settings.setInterfaceLanguage': z.object({ language: z.enum(languages) }).strict(),
  'settings.interfaceLanguage': z.object({}).strict(),
  'vatRates.get': z.object({}).strict(),
  'vatRates.update': z.object({ table: vatRateTable }).strict()
} as const

export interface SettingsApiOutputs {
  'settings.get': Settings
  'settings.update': Settings
  /** The interface language chosen in Settings, kept with the data for the command line. */
  'settings.setInterfaceLanguage': { language: Language }
  /** The interface language last chosen in Settings (null: none yet): a browser without its own choice starts in it. */
  'settings.interfaceLanguage': { language: Language | null }
  /** The company's VAT rates per country (the defaults until changed). */
  'vatRates.get': VatRateTable
  'vatRates.update': VatRateTable
}
