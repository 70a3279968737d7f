/**
 * VAT treatment of a document line after EN 16931: the VAT category (UNCL 5305 subset used by
 * EN 16931), the exemption reason codes (CEF VATEX list) and the rules that tie them together.
 * Shared by the store (checks at issue), the editor (choices) and the e-invoice / fiscal work.
 */
import { toAccounting } from './exchange'
import type { Message } from './errors'

/**
 * S standard rate, Z zero rated, E exempt, AE reverse charge, K intra-community supply,
 * G export outside the EU, O not subject to VAT, B split payment (Italy: the public buyer pays the VAT
 * to the treasury).
 */
export const VAT_CATEGORIES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'B'] as const
export type VatCategory = (typeof VAT_CATEGORIES)[number]

export function isVatCategory(value: string): value is VatCategory {
  return (VAT_CATEGORIES as readonly string[]).includes(value)
}

/** Categories taxed at 0 % by definition (EN 16931 BR-Z/E/AE/IC/G/O-05 and -06). */
export const ZERO_RATE_CATEGORIES: readonly VatCategory[] = ['Z', 'E', 'AE', 'K', 'G', 'O']

/** Categories whose lines need the buyer's VAT id (BR-AE-02, BR-IC-02). */
export const BUYER_VAT_ID_CATEGORIES: readonly VatCategory[] = ['AE', 'K']

/** Categories that need an exemption reason, code or text (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10). */
export const EXEMPTION_REASON_CATEGORIES: readonly VatCategory[] = ['E', 'AE', 'K', 'G', 'O']

/** The CEF VATEX exemption reason codes (EU codes and the French national ones). */
export const VATEX_CODES = [
  'VATEX-EU-79-C',
  'VATEX-EU-132',
  ...'ABCDEFGHIJKLMNOPQ'.split('').map((l) => `VATEX-EU-132-1${l}`),
  'VATEX-EU-143',
  ...'ABCDEF'.split('').map((l) => `VATEX-EU-143-1${l}`),
  'VATEX-EU-143-1FA',
  ...'GHIJKL'.split('').map((l) => `VATEX-EU-143-1${l}`),
  'VATEX-EU-148',
  ...'ABCDEFG'.split('').map((l) => `VATEX-EU-148-${l}`),
  'VATEX-EU-151',
  'VATEX-EU-151-1A',
  'VATEX-EU-151-1AA',
  ...'BCDE'.split('').map((l) => `VATEX-EU-151-1${l}`),
  'VATEX-EU-309',
  'VATEX-EU-AE',
  'VATEX-EU-D',
  'VATEX-EU-F',
  'VATEX-EU-G',
  'VATEX-EU-I',
  'VATEX-EU-IC',
  'VATEX-EU-J',
  'VATEX-EU-O',
  'VATEX-FR-FRANCHISE',
  'VATEX-FR-CNWVAT'
] as const
export type VatexCode = (typeof VATEX_CODES)[number]

export function isVatexCode(value: string): boolean {
  return (VATEX_CODES as readonly string[]).includes(value)
}

/** The code a category gets when the user picks none (EN 16931 expects these for AE/K/G/O). */
export const DEFAULT_EXEMPTION_CODE: Partial<Record<VatCategory, VatexCode>> = {
  AE: 'VATEX-EU-AE',
  K: 'VATEX-EU-IC',
  G: 'VATEX-EU-G',
  O: 'VATEX-EU-O'
}

/** The member states of the EU (ISO 3166 codes; VAT ids of Greece start with EL). */
export const EU_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK'
] as const

/**
 * The currency of the One-Stop Shop's figures: the EU threshold for distance sales is €10 000
 * (VAT Directive art. 59c), and a year's sales are added up against it in euros, whatever the
 * company invoices in.
 */
export const OSS_CURRENCY = 'EUR'

export const isEuCountry = (country: string): boolean =>
  (EU_COUNTRIES as readonly string[]).includes(country.toUpperCase())

/**
 * VAT rates per country (basis points), standard rate first, then the reduced ones and 0: the
 * defaults of the company's VAT rates table in Settings (which documents read), and the demo's prices.
 */
export const VAT_RATES_BY_COUNTRY: Record<string, readonly number[]> = {
  AT: [2000, 1300, 1000, 0],
  BE: [2100, 1200, 600, 0],
  BG: [2000, 900, 0],
  CY: [1900, 900, 500, 300, 0],
  CZ: [2100, 1200, 0],
  DE: [1900, 700, 0],
  DK: [2500, 0],
  EE: [2400, 1300, 900, 0],
  ES: [2100, 1000, 400, 0],
  FI: [2550, 1400, 1000, 0],
  FR: [2000, 1000, 550, 210, 0],
  GR: [2400, 1300, 600, 0],
  HR: [2500, 1300, 500, 0],
  HU: [2700, 1800, 500, 0],
  IE: [2300, 1350, 900, 480, 0],
  IT: [2200, 1000, 500, 400, 0],
  LT: [2100, 900, 500, 0],
  LU: [1700, 1400, 800, 300, 0],
  LV: [2100, 1200, 500, 0],
  MT: [1800, 700, 500, 0],
  NL: [2100, 900, 0],
  PL: [2300, 800, 500, 0],
  PT: [2300, 1300, 600, 0],
  RO: [2100, 1100, 0],
  SE: [2500, 1200, 600, 0],
  SI: [2200, 950, 500, 0],
  SK: [2300, 1900, 500, 0],
  GB: [2000, 500, 0],
  NO: [2500, 1500, 1200, 0],
  CH: [810, 380, 260, 0]
}

/**
 * The category a customer's lines get by default: a business with a VAT id in another EU
 * country than the seller's gets intra-community supply (K) — the editor also offers AE;
 * a customer outside the EU gets export (G); everyone else standard (S).
 */
export function defaultVatCategoryFor(
  sellerCountry: string,
  buyerCountry: string,
  buyerTaxId: string
): VatCategory {
  const seller = sellerCountry.toUpperCase()
  const buyer = buyerCountry.toUpperCase()
  if (seller === '' || buyer === '' || seller === buyer) return 'S'
  if (!isEuCountry(buyer)) return isEuCountry(seller) ? 'G' : 'S'
  if (isEuCountry(seller) && buyerTaxId.trim() !== '') return 'K'
  return 'S'
}

export interface VatLineCheck {
  vatCategory: VatCategory
  vatRateBp: number
  vatExemptionCode: string | null
  vatExemptionText: string | null
}

/**
 * What is wrong with a line's VAT treatment, by key (src/shared/error-messages/schemas.ts), so it
 * reads in the reader's language; null when it holds.
 */
export function vatLineProblem(line: VatLineCheck): Message | null {
  if (line.vatCategory === 'S' && line.vatRateBp <= 0) return { key: 'standardRateNeedsRate' }
  if (ZERO_RATE_CATEGORIES.includes(line.vatCategory) && line.vatRateBp !== 0)
    return { key: 'vatCategoryChargedAtZero', params: { category: line.vatCategory } }
  if (line.vatExemptionCode !== null && line.vatExemptionCode !== '' && !isVatexCode(line.vatExemptionCode))
    return { key: 'unknownVatexCode' }
  if (
    line.vatCategory === 'E' &&
    (line.vatExemptionCode ?? '') === '' &&
    (line.vatExemptionText ?? '').trim() === ''
  )
    return { key: 'exemptLineNeedsReason' }
  return null
}

/**
 * The treatment a customer's documents get: the one set on the customer, else the rule of
 * defaultVatCategoryFor (same country S, EU business K, outside the EU G).
 */
export function customerVatTreatment(
  sellerCountry: string,
  customer: { defaultVatCategory: VatCategory | null; taxId: string; billingAddress: { country: string } }
): VatCategory {
  return (
    customer.defaultVatCategory ??
    defaultVatCategoryFor(sellerCountry, customer.billingAddress.country, customer.taxId)
  )
}

export interface LineVat {
  vatCategory: VatCategory
  vatRateBp: number
  vatExemptionCode: VatexCode | null
}

/**
 * The VAT a new line gets: a customer treated as reverse charge, intra-community, export,
 * exempt, not subject or zero rated takes every line out of the standard rate; otherwise the
 * product's own category and rate apply (standard, or e.g. an exempt service).
 */
export function lineVatFor(
  treatment: VatCategory,
  product: { vatCategory: VatCategory; vatRateBp: number }
): LineVat {
  const own = product.vatCategory === 'S' && product.vatRateBp === 0 ? 'Z' : product.vatCategory
  const vatCategory = treatment === 'S' ? own : treatment
  const vatRateBp = ZERO_RATE_CATEGORIES.includes(vatCategory) ? 0 : product.vatRateBp
  return { vatCategory, vatRateBp, vatExemptionCode: DEFAULT_EXEMPTION_CODE[vatCategory] ?? null }
}

/** A product's default category and rate fit together (the reason comes on the document line). */
export function productVatProblem(product: { vatCategory: VatCategory; vatRateBp: number }): Message | null {
  return vatLineProblem({ ...product, vatExemptionCode: null, vatExemptionText: 'on the line' })
}

export type VatWarning =
  | { kind: 'foreignStandardRate'; line: number; rateBp: number; buyerCountry: string }
  | { kind: 'rateNotOfCountry'; line: number; rateBp: number; country: string }

/**
 * What to flag on a document's lines before it is issued (issue 11): seller-country VAT charged
 * at the standard rate to a business in another EU country (an intra-community supply or
 * reverse charge, usually), and standard rates that are not rates in force in the country whose
 * VAT the document charges (27 % on a Spanish invoice). `charged` is that country with its rates
 * on the document's date, read from the company's VAT rates table in Settings (an empty list:
 * none on record, nothing to compare with). Warnings, not refusals: the user may know better.
 */
export function vatWarnings(
  sellerCountry: string,
  buyer: { country: string; taxId: string },
  lines: readonly { vatCategory: VatCategory; vatRateBp: number }[],
  charged: { country: string; rates: readonly number[] }
): VatWarning[] {
  const seller = sellerCountry.toUpperCase()
  const buyerCountry = buyer.country.toUpperCase()
  const foreignBusiness =
    seller !== '' &&
    buyerCountry !== '' &&
    buyerCountry !== seller &&
    isEuCountry(seller) &&
    isEuCountry(buyerCountry) &&
    buyer.taxId.trim() !== ''
  const country = charged.country.toUpperCase()
  const warnings: VatWarning[] = []
  lines.forEach((line, index) => {
    if (line.vatCategory !== 'S') return
    if (foreignBusiness)
      warnings.push({ kind: 'foreignStandardRate', line: index, rateBp: line.vatRateBp, buyerCountry })
    else if (charged.rates.length > 0 && !charged.rates.includes(line.vatRateBp))
      warnings.push({ kind: 'rateNotOfCountry', line: index, rateBp: line.vatRateBp, country })
  })
  return warnings
}

/**
 * EU-wide threshold of distance sales to consumers in other member states (Art. 59c of
 * Directive 2006/112/EC): €10 000 in the current or the previous calendar year, net of VAT.
 * Above it, such a sale is taxed in the customer's country, at its rates (declared through the
 * One-Stop Shop, OSS).
 */
export const OSS_THRESHOLD_EUR_CENTS = 1_000_000

/**
 * Whether a distance sale charges the VAT of the consumer's country: the company opted in below
 * the threshold (Art. 59c(3), Settings → Company), or such sales passed the threshold last year,
 * or pass it this year with this sale's own net in euros (the rule applies from the supply that
 * exceeds it). The editor, the draft's PDF and the issue decide with this one rule.
 */
export function distanceSaleApplies(
  sales: { voluntary: boolean; previousYearCents: number; currentYearCents: number; thresholdCents: number },
  ownEuroCents: number
): boolean {
  return (
    sales.voluntary ||
    sales.previousYearCents > sales.thresholdCents ||
    sales.currentYearCents + ownEuroCents > sales.thresholdCents
  )
}

/**
 * A sale's own net in euro cents for the threshold: as it is in euros, or at `euroRate` (units of
 * its currency per euro, the rate its issue freezes); 0 when it cannot be put in euros.
 */
export function ownEuroCents(netCents: number, currency: string, euroRate: string | null): number {
  if (currency === 'EUR') return netCents
  return euroRate === null ? 0 : toAccounting(netCents, currency, euroRate, 'EUR')
}

/** A sale to a consumer (no VAT id) in another EU country than the EU seller's. */
export function isDistanceSale(sellerCountry: string, buyer: { country: string; taxId: string }): boolean {
  const seller = sellerCountry.toUpperCase()
  const buyerCountry = buyer.country.toUpperCase()
  return (
    isEuCountry(seller) && isEuCountry(buyerCountry) && seller !== buyerCountry && buyer.taxId.trim() === ''
  )
}
