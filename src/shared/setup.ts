/**
 * First run: what choosing a country presets (VAT rates, currency, language and number/date
 * formats of printed documents, paper size). The user can change each afterwards in Settings.
 */
import type { DocumentSettings } from './schemas/settings'

export type CountryPreset = Pick<
  DocumentSettings,
  'defaultCurrency' | 'vatRatesBp' | 'paperSize' | 'printLocale'
>

export const countryPresets: Record<string, CountryPreset> = {
  ES: { defaultCurrency: 'EUR', vatRatesBp: [2100, 1000, 400, 0], paperSize: 'A4', printLocale: 'es-ES' },
  AD: { defaultCurrency: 'EUR', vatRatesBp: [450, 1000, 100, 0], paperSize: 'A4', printLocale: 'ca-AD' },
  HU: { defaultCurrency: 'HUF', vatRatesBp: [2700, 1800, 500, 0], paperSize: 'A4', printLocale: 'hu-HU' },
  RU: { defaultCurrency: 'RUB', vatRatesBp: [2000, 1000, 0], paperSize: 'A4', printLocale: 'ru-RU' },
  GB: { defaultCurrency: 'GBP', vatRatesBp: [2000, 500, 0], paperSize: 'A4', printLocale: 'en-GB' },
  IE: { defaultCurrency: 'EUR', vatRatesBp: [2300, 1350, 900, 0], paperSize: 'A4', printLocale: 'en-IE' },
  FR: {
    defaultCurrency: 'EUR',
    vatRatesBp: [2000, 1000, 550, 210, 0],
    paperSize: 'A4',
    printLocale: 'fr-FR'
  },
  DE: { defaultCurrency: 'EUR', vatRatesBp: [1900, 700, 0], paperSize: 'A4', printLocale: 'de-DE' },
  PT: { defaultCurrency: 'EUR', vatRatesBp: [2300, 1300, 600, 0], paperSize: 'A4', printLocale: 'pt-PT' },
  IT: {
    defaultCurrency: 'EUR',
    vatRatesBp: [2200, 1000, 500, 400, 0],
    paperSize: 'A4',
    printLocale: 'it-IT'
  },
  US: { defaultCurrency: 'USD', vatRatesBp: [0], paperSize: 'Letter', printLocale: 'en-US' }
}

export const presetCountries = Object.keys(countryPresets)

/** The company-profile fields issuing requires (issue 11): the first-run form asks for these. */
export const requiredCompanyFields = [
  'legalName',
  'addressLine1',
  'postalCode',
  'city',
  'country',
  'taxId'
] as const
export type RequiredCompanyField = (typeof requiredCompanyFields)[number]

export interface SetupStatus {
  /** No customers, products, executives or documents yet. */
  empty: boolean
  /** Required company fields still blank. */
  missing: RequiredCompanyField[]
}
