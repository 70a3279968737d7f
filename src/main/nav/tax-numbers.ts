/**
 * Tax numbers the way NAV's schema wants them: a Hungarian tax number split into taxpayer id
 * (8 digits), VAT code (1 digit, 1–5) and county code (2 digits); EU customers by their
 * community VAT number; anyone else by their own country's tax id.
 */

export interface HungarianTaxNumber {
  taxpayerId: string
  vatCode?: string
  countyCode?: string
}

/** "12345678-2-41", "12345678241", "HU12345678", "12345678"; null when it is not one. */
export function parseHungarianTaxNumber(text: string): HungarianTaxNumber | null {
  const compact = text.replace(/[\s.]/g, '').toUpperCase()
  const full = /^(?:HU)?(\d{8})-?([1-5])-?(\d{2})$/.exec(compact)
  if (full) return { taxpayerId: full[1], vatCode: full[2], countyCode: full[3] }
  const short = /^(?:HU)?(\d{8})$/.exec(compact)
  return short ? { taxpayerId: short[1] } : null
}

/** The company reporting to NAV needs its whole tax number (taxpayer id, VAT code, county). */
export function fullHungarianTaxNumber(text: string): Required<HungarianTaxNumber> | null {
  const parsed = parseHungarianTaxNumber(text)
  return parsed?.vatCode && parsed.countyCode
    ? { taxpayerId: parsed.taxpayerId, vatCode: parsed.vatCode, countyCode: parsed.countyCode }
    : null
}

/** EU member states by the country code customers' addresses use (Greece's VAT prefix is EL). */
export const EU_COUNTRIES = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ')
)

const vatPrefix = (country: string) => (country === 'GR' ? 'EL' : country)

/** "DE 123 456 789" with country DE -> "DE123456789"; null when it cannot be one. */
export function communityVatNumber(taxId: string, country: string): string | null {
  let compact = taxId.replace(/[\s.\-/]/g, '').toUpperCase()
  if (/^\d/.test(compact)) compact = vatPrefix(country) + compact
  return /^[A-Z]{2}[0-9A-Z]{2,13}$/.test(compact) ? compact : null
}

export type CustomerVatStatus =
  | { status: 'DOMESTIC'; taxNumber: HungarianTaxNumber | null }
  | { status: 'PRIVATE_PERSON' }
  | { status: 'OTHER'; eu: true; communityVatNumber: string | null }
  | { status: 'OTHER'; eu: false; thirdStateTaxId: string | null }

/** How NAV sees the customer: a Hungarian business, a private person, an EU or a non-EU business. */
export function customerVatStatus(taxId: string, country: string): CustomerVatStatus {
  const id = taxId.trim()
  const countryCode = country.trim().toUpperCase()
  if (id === '') return { status: 'PRIVATE_PERSON' }
  const hungarian = parseHungarianTaxNumber(id)
  if (countryCode === 'HU' || countryCode === '') return { status: 'DOMESTIC', taxNumber: hungarian }
  if (EU_COUNTRIES.has(countryCode))
    return { status: 'OTHER', eu: true, communityVatNumber: communityVatNumber(id, countryCode) }
  return { status: 'OTHER', eu: false, thirdStateTaxId: id.slice(0, 50) }
}
