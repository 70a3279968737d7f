/**
 * First run: what choosing a country presets (VAT rates, currency, language and number/date
 * formats of printed documents, paper size). The user can change each afterwards in Settings.
 */
import type { DocumentSettings } from './schemas/settings'
import { VAT_RATES_BY_COUNTRY } from './vat'

export type CountryPreset = Pick<
  DocumentSettings,
  'defaultCurrency' | 'vatRatesBp' | 'paperSize' | 'printLocale'
>

/** A country's rates as the one table of them has them (shared/vat.ts), so first run and Settings agree. */
const tableRates = (country: string): number[] => [...VAT_RATES_BY_COUNTRY[country]]

export const countryPresets: Record<string, CountryPreset> = {
  ES: { defaultCurrency: 'EUR', vatRatesBp: tableRates('ES'), paperSize: 'A4', printLocale: 'es-ES' },
  // Andorra, Russia and the United States are not in the table of EU and European rates.
  AD: { defaultCurrency: 'EUR', vatRatesBp: [450, 1000, 100, 0], paperSize: 'A4', printLocale: 'ca-AD' },
  HU: { defaultCurrency: 'HUF', vatRatesBp: tableRates('HU'), paperSize: 'A4', printLocale: 'hu-HU' },
  RU: { defaultCurrency: 'RUB', vatRatesBp: [2000, 1000, 0], paperSize: 'A4', printLocale: 'ru-RU' },
  GB: { defaultCurrency: 'GBP', vatRatesBp: tableRates('GB'), paperSize: 'A4', printLocale: 'en-GB' },
  IE: { defaultCurrency: 'EUR', vatRatesBp: tableRates('IE'), paperSize: 'A4', printLocale: 'en-IE' },
  FR: { defaultCurrency: 'EUR', vatRatesBp: tableRates('FR'), paperSize: 'A4', printLocale: 'fr-FR' },
  DE: { defaultCurrency: 'EUR', vatRatesBp: tableRates('DE'), paperSize: 'A4', printLocale: 'de-DE' },
  PT: { defaultCurrency: 'EUR', vatRatesBp: tableRates('PT'), paperSize: 'A4', printLocale: 'pt-PT' },
  IT: { defaultCurrency: 'EUR', vatRatesBp: tableRates('IT'), paperSize: 'A4', printLocale: 'it-IT' },
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
