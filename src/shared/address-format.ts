/**
 * Postal addresses in the convention of the destination country (issue 14), as printed on
 * documents, letters and labels. Where the postcode goes and in which order the lines come differ:
 * - most of continental Europe: street, then "postcode city" (ES adds the province in brackets);
 * - Hungary: "postcode city" first, then the street (as on Hungarian invoices: 9021 Győr, Szőlő utca 5.);
 * - Russia and its neighbours (Почта России order): street, city, region, postcode last;
 * - the United Kingdom and Ireland: street, town, county, postcode on its own line;
 * - the United States, Canada and Australia: street, then "city, region postcode".
 * The country code is the last line whenever one is given.
 */

export interface PostalAddress {
  line1: string
  line2: string
  postalCode: string
  city: string
  region: string
  country: string
}

export type AddressOrder = 'postcodeCity' | 'spanish' | 'hungarian' | 'russian' | 'british' | 'american'

const orders: Partial<Record<string, AddressOrder>> = {
  ES: 'spanish',
  HU: 'hungarian',
  RU: 'russian',
  BY: 'russian',
  KZ: 'russian',
  KG: 'russian',
  GB: 'british',
  IE: 'british',
  US: 'american',
  CA: 'american',
  AU: 'american'
}

export function addressOrderOf(country: string): AddressOrder {
  return orders[country.trim().toUpperCase()] ?? 'postcodeCity'
}

const joined = (separator: string, ...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(separator)

/** The address's lines, without the addressee's name, blank ones left out. */
export function postalLines(a: PostalAddress): string[] {
  const street = [a.line1, a.line2]
  let lines: string[]
  switch (addressOrderOf(a.country)) {
    case 'spanish':
      lines = [...street, joined(' ', a.postalCode, a.city, a.region ? `(${a.region.trim()})` : '')]
      break
    case 'hungarian':
      lines = [joined(' ', a.postalCode, a.city), ...street, a.region]
      break
    case 'russian':
      lines = [...street, a.city, a.region, a.postalCode]
      break
    case 'british':
      lines = [...street, a.city, a.region, a.postalCode]
      break
    case 'american':
      lines = [...street, joined(', ', a.city, joined(' ', a.region, a.postalCode))]
      break
    case 'postcodeCity':
      lines = [...street, joined(' ', a.postalCode, a.city), a.region]
      break
  }
  return [...lines, a.country].map((l) => l.trim()).filter((l) => l !== '')
}

/** The same on one line ("Szőlő utca 5, 9021 Győr"), for lists and day sheets. */
export function postalLine(a: PostalAddress): string {
  return postalLines(a).join(', ')
}
