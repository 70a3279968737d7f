/**
 * The company's VAT rates per country (issue 11), kept in Settings: each rate has a kind
 * (standard, reduced, super-reduced, zero) and the dates it applies from and to (either open).
 * The document editor offers the rates of the seller's country in force on the document's date.
 * An issued line keeps the rate it was issued with, so a rate that changes on a date changes
 * nothing already issued; only documents dated from then on are offered the new rate.
 */
import { z } from 'zod'
import { keyed } from '../errors'
import { VAT_RATES_BY_COUNTRY } from '../vat'
import { countryCode } from './common'
import { isoDate } from './schedule'

export const vatRateKinds = ['standard', 'reduced', 'superReduced', 'zero'] as const
export type VatRateKind = (typeof vatRateKinds)[number]

export const countryVatRate = z
  .object({
    country: countryCode,
    kind: z.enum(vatRateKinds),
    rateBp: z.number().int().min(0, keyed('vatNotNegative')).max(10000, keyed('vatAtMost100')),
    /** First day the rate applies; null: since always. */
    validFrom: isoDate.nullable(),
    /** Last day the rate applies; null: until further notice. */
    validTo: isoDate.nullable()
  })
  .strict()
  .superRefine((rate, ctx) => {
    // A zero rate is 0 % and nothing else is: the kind says how the rate prints and is offered.
    if ((rate.kind === 'zero') !== (rate.rateBp === 0))
      ctx.addIssue({ code: 'custom', path: ['rateBp'], message: keyed('vatRateZeroKind') })
    if (rate.validFrom !== null && rate.validTo !== null && rate.validTo < rate.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: keyed('vatRateEndsBeforeStart') })
  })
export type CountryVatRate = z.output<typeof countryVatRate>

const overlaps = (a: CountryVatRate, b: CountryVatRate) =>
  (a.validTo === null || b.validFrom === null || b.validFrom <= a.validTo) &&
  (b.validTo === null || a.validFrom === null || a.validFrom <= b.validTo)

export const vatRateTable = z
  .object({ rates: z.array(countryVatRate).max(2000) })
  .strict()
  .superRefine((table, ctx) => {
    // One country has one standard rate on a day; the same rate twice on one day is a typing slip.
    table.rates.forEach((rate, i) => {
      const clash = table.rates.findIndex(
        (other, j) =>
          j < i &&
          other.country === rate.country &&
          ((other.kind === 'standard' && rate.kind === 'standard') || other.rateBp === rate.rateBp) &&
          overlaps(other, rate)
      )
      if (clash >= 0)
        ctx.addIssue({
          code: 'custom',
          path: ['rates', i, 'validFrom'],
          message: keyed('vatRateOverlaps', { row: clash + 1 })
        })
    })
  })
export type VatRateTable = z.output<typeof vatRateTable>

/** Countries whose lowest positive rate is a super-reduced one (below 5 %, EU Directive art. 98–99). */
const SUPER_REDUCED = new Set(['ES', 'FR', 'IE', 'IT', 'LU', 'CY'])

/** The kind of each rate in a country's list (standard first, 0 last). */
function kindsOf(country: string, rates: readonly number[]): VatRateKind[] {
  const positive = rates.filter((r) => r > 0)
  const lowest = Math.min(...positive)
  return rates.map((rate, i) =>
    rate === 0
      ? 'zero'
      : i === 0
        ? 'standard'
        : SUPER_REDUCED.has(country) && rate === lowest && positive.length > 2
          ? 'superReduced'
          : 'reduced'
  )
}

/** The defaults: every country the app knows, with today's rates and no dates. */
export function defaultVatRateTable(): VatRateTable {
  const rates: CountryVatRate[] = []
  for (const [country, list] of Object.entries(VAT_RATES_BY_COUNTRY)) {
    const kinds = kindsOf(country, list)
    list.forEach((rateBp, i) =>
      rates.push({ country, kind: kinds[i], rateBp, validFrom: null, validTo: null })
    )
  }
  return { rates }
}

const kindOrder: Record<VatRateKind, number> = { standard: 0, reduced: 1, superReduced: 2, zero: 3 }

/** A country's rates in force on a date, standard first, then reduced (highest first), super-reduced, zero. */
export function ratesInForce(table: VatRateTable, country: string, date: string): CountryVatRate[] {
  const wanted = country.toUpperCase()
  return table.rates
    .filter(
      (r) =>
        r.country === wanted &&
        (r.validFrom === null || r.validFrom <= date) &&
        (r.validTo === null || date <= r.validTo)
    )
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || b.rateBp - a.rateBp)
}

/** The distinct rates (basis points) of a country in force on a date, in the order of ratesInForce. */
export function rateValuesInForce(table: VatRateTable, country: string, date: string): number[] {
  return [...new Set(ratesInForce(table, country, date).map((r) => r.rateBp))]
}

/**
 * The rates the editor offers on a document dated `date`: the rates in force then in the country
 * whose VAT the document charges (the seller's; the customer's for OSS distance sales), else (no
 * country, or none on record for it) the list kept in the document settings.
 */
export function offeredVatRates(
  table: VatRateTable,
  country: string,
  date: string,
  fallback: readonly number[]
): number[] {
  const inForce = rateValuesInForce(table, country, date)
  return inForce.length > 0 ? inForce : [...fallback]
}
