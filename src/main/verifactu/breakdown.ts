/**
 * The record's Desglose: the document's lines grouped by VAT treatment and rate, mapped from
 * the EN 16931 categories (UNCL 5305) to the AEAT keys, converted to EUR when the document is
 * in another currency. Amounts are integer cents here; the XML gets canonical "123.45" strings.
 */
import { minorUnits } from '../../shared/currencies'
import { divideRoundHalfAwayFromZero } from '../../shared/totals'
import type { BreakdownRow } from './xml'

export interface TaxedLine {
  netCents: number
  vatRateBp: number
  /** UNCL 5305: S, Z, E, AE, K, G, O. */
  vatCategory: string
  vatExemptionCode: string | null
}

export interface Treatment {
  regime: string
  qualification: string | null
  exemption: string | null
  taxed: boolean
}

/** VATEX code → the AEAT exemption key (L10): E1 art. 20, E2 art. 21, E3 art. 22, E4 arts. 23–24, E5 art. 25, E6 other. */
function exemptionKey(code: string | null): string {
  const c = (code ?? '').toUpperCase()
  if (c.startsWith('VATEX-EU-132') || c === 'VATEX-ES-20') return 'E1'
  if (c === 'VATEX-EU-G' || c === 'VATEX-ES-21') return 'E2'
  if (c === 'VATEX-ES-22') return 'E3'
  if (c === 'VATEX-ES-23' || c === 'VATEX-ES-24') return 'E4'
  if (c === 'VATEX-EU-IC' || c === 'VATEX-ES-25') return 'E5'
  return 'E6'
}

export function treatmentOf(category: string, exemptionCode: string | null): Treatment {
  switch (category) {
    case 'S':
    case 'Z':
      return { regime: '01', qualification: 'S1', exemption: null, taxed: true }
    case 'AE':
      // Reverse charge: subject, the buyer pays the tax (inversión del sujeto pasivo).
      return { regime: '01', qualification: 'S2', exemption: null, taxed: true }
    case 'K':
      return { regime: '01', qualification: null, exemption: 'E5', taxed: false }
    case 'G':
      return { regime: '02', qualification: null, exemption: 'E2', taxed: false }
    case 'E':
      return { regime: '01', qualification: null, exemption: exemptionKey(exemptionCode), taxed: false }
    default:
      // 'O', outside the scope of VAT: for a Spanish seller, not subject by the place-of-supply rules.
      return { regime: '01', qualification: 'N2', exemption: null, taxed: false }
  }
}

/**
 * An OSS distance sale (document_distance_sales: Art. 33 and 59c Directive 2006/112/EC) charges the
 * consumer's country's VAT, so for Spanish VAT its taxed lines are not subject by the place-of-supply
 * rules: ClaveRegimen 17 (list L8A: the OSS and IOSS regimes of Title IX Chapter XI of Ley 37/1992)
 * with CalificacionOperacion N2, the net amount as BaseImponibleOimporteNoSujeto and no rate or tax
 * (Validaciones v1.2.0 §15.4: N1/N2 carry no TipoImpositivo or CuotaRepercutida; §15.1 admits only
 * Spanish rates under S1). The foreign VAT is not part of the Spanish record: CuotaTotal and
 * ImporteTotal are the sums of the breakdown (§16, §17), so the record is accepted without errors.
 */
const DISTANCE_SALE: Treatment = { regime: '17', qualification: 'N2', exemption: null, taxed: false }

function lineTreatment(line: TaxedLine, distanceSale: boolean): Treatment {
  if (distanceSale && (line.vatCategory === 'S' || line.vatCategory === 'Z')) return DISTANCE_SALE
  return treatmentOf(line.vatCategory, line.vatExemptionCode)
}

export interface Group {
  treatment: Treatment
  vatRateBp: number
  baseCents: number
  cuotaCents: number
}

/**
 * Groups lines by treatment and rate; the tax of a group is its base × rate, rounded half away from
 * zero. `distanceSale`: the document is an OSS distance sale (see DISTANCE_SALE).
 */
export function groupLines(lines: readonly TaxedLine[], distanceSale = false): Group[] {
  const groups = new Map<string, { treatment: Treatment; vatRateBp: number; base: bigint }>()
  for (const line of lines) {
    const treatment = lineTreatment(line, distanceSale)
    // Only S1 carries a rate and tax; reverse charge (S2) is declared at 0 %.
    const rate = treatment.qualification === 'S1' ? line.vatRateBp : 0
    const key = [treatment.regime, treatment.qualification, treatment.exemption, rate].join('|')
    const group = groups.get(key) ?? { treatment, vatRateBp: rate, base: 0n }
    group.base += BigInt(line.netCents)
    groups.set(key, group)
  }
  return [...groups.values()].map((g) => ({
    treatment: g.treatment,
    vatRateBp: g.vatRateBp,
    baseCents: Number(g.base),
    cuotaCents:
      g.treatment.qualification === 'S1'
        ? Number(divideRoundHalfAwayFromZero(g.base * BigInt(g.vatRateBp), 10_000n))
        : 0
  }))
}

/** A rate "1.0850" (units of the currency per EUR) as a fraction. */
function rateFraction(rate: string): { num: bigint; den: bigint } {
  const [whole, fraction = ''] = rate.split('.')
  return { num: BigInt(whole + fraction), den: 10n ** BigInt(fraction.length) }
}

/** Minor units of `currency` → euro cents at `eurRate` (null for EUR). */
export function toEuroCents(amount: number, currency: string, eurRate: string | null): number {
  if (currency === 'EUR' || eurRate === null) return amount
  const { num, den } = rateFraction(eurRate)
  const minor = 10n ** BigInt(minorUnits(currency))
  return Number(divideRoundHalfAwayFromZero(BigInt(amount) * 100n * den, minor * num))
}

export function convertGroups(groups: Group[], currency: string, eurRate: string | null): Group[] {
  return groups.map((g) => ({
    ...g,
    baseCents: toEuroCents(g.baseCents, currency, eurRate),
    cuotaCents: toEuroCents(g.cuotaCents, currency, eurRate)
  }))
}

/** Adds (sign 1) or subtracts (sign −1) `other`'s groups into `base`'s, matching treatment and rate. */
export function combineGroups(base: Group[], other: Group[], sign: 1 | -1): Group[] {
  const key = (g: Group) =>
    [g.treatment.regime, g.treatment.qualification, g.treatment.exemption, g.vatRateBp].join('|')
  const result = new Map(base.map((g) => [key(g), { ...g }]))
  for (const g of other) {
    const existing = result.get(key(g))
    if (existing) {
      existing.baseCents += sign * g.baseCents
      existing.cuotaCents += sign * g.cuotaCents
    } else result.set(key(g), { ...g, baseCents: sign * g.baseCents, cuotaCents: sign * g.cuotaCents })
  }
  return [...result.values()]
}

export const negateGroups = (groups: Group[]): Group[] =>
  groups.map((g) => ({ ...g, baseCents: -g.baseCents, cuotaCents: -g.cuotaCents }))

/** "21", "10.5", "0" from basis points. */
export function rateText(bp: number): string {
  const whole = Math.trunc(bp / 100)
  const fraction = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '')
  return fraction === '' ? String(whole) : `${whole}.${fraction}`
}

/** The canonical amount string written into the XML and hashed: always two decimals, "-" when negative. */
export function amountText(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

export function breakdownRows(groups: Group[]): BreakdownRow[] {
  return groups.map((g) => ({
    regime: g.treatment.regime,
    qualification: g.treatment.qualification,
    exemption: g.treatment.exemption,
    rate: g.treatment.taxed ? rateText(g.vatRateBp) : null,
    base: amountText(g.baseCents),
    cuota: g.treatment.taxed ? amountText(g.cuotaCents) : null
  }))
}
