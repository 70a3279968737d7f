/**
 * Document totals after the EN 16931 model, in integer minor units of the document's currency
 * ("cents" in names), with no floating point:
 *   line gross  = quantity × unit price / price base quantity
 *   line net    = gross − line discount (percentage) − line allowance + line charge,
 *                 rounded to the minor unit once (half away from zero)
 *   base(c, r)  = sum of the line nets in VAT category c at rate r
 *                 − document allowances + document charges in (c, r)
 *   VAT(c, r)   = base × rate, rounded to the minor unit (half away from zero)
 *   net total   = sum of line nets − allowances + charges       (BT-109)
 *   total       = net total + VAT                               (BT-112)
 *   amount due  = total − prepaid + rounding                    (BT-115)
 * Quantities are integer thousandths (1.5 pc = 1500), discounts and VAT rates integer basis
 * points (12.5 % = 1250), unit prices integer ten-thousandths of the major unit (0.0125 € = 125)
 * so small parts can be priced to 4 decimals while every amount stays in the minor unit.
 * Products can exceed 2^53, so the arithmetic runs on BigInt.
 * Shared by the main process (stored totals, PDFs) and the editor (live totals).
 */
import type { VatCategory } from './vat'

/** Unit prices carry 4 decimals of the major unit. */
export const PRICE_DECIMALS = 4
const PRICE_SCALE = 10_000n

export interface TotalsLine {
  /** Quantity in thousandths: 2.5 = 2500; negative for a deduction (deposit, rebate). */
  quantityMilli: number
  /** Net unit price in ten-thousandths of the major unit (12.50 = 125 000). */
  unitPriceTenThousandths?: number
  /** The same price in whole minor units, for callers that price in cents (used when the above is absent). */
  unitPriceCents?: number
  /** The quantity the price is for (per 100 pieces = 100 000); 1 unit when absent. */
  priceBaseQuantityMilli?: number
  /** Line discount in basis points: 1250 = 12.5 %. */
  discountBp: number
  /** A fixed line allowance in minor units (EN 16931 BT-136), on top of the percentage. */
  allowanceCents?: number
  /** A line charge in minor units (BT-141). */
  chargeCents?: number
  vatCategory?: VatCategory
  /** VAT rate in basis points: 2100 = 21 %. */
  vatRateBp: number
  /**
   * A net fixed from outside instead of computed: the stored net of an issued line, or what is
   * left to credit on an invoice line, so remainders come out exact to the cent.
   */
  netCentsOverride?: number
}

/** A document-level allowance (discount) or charge (freight, packing) with its VAT category. */
export interface TotalsAllowanceCharge {
  charge: boolean
  amountCents: number
  vatCategory?: VatCategory
  vatRateBp: number
}

export interface TotalsOptions {
  /** Digits of the currency's minor unit (minorUnits() of src/shared/currencies); 2 when absent. */
  minorUnits?: number
  allowancesCharges?: readonly TotalsAllowanceCharge[]
  /** Amount already paid (BT-113), e.g. a deposit invoice settled before. */
  prepaidCents?: number
  /** Rounding of the amount due (BT-114), e.g. to 0.05 for cash. */
  roundingCents?: number
  /** VAT fixed from outside per "category/rate" (e.g. "S/2100"): what is left to credit at that rate. */
  vatOverrides?: ReadonlyMap<string, number>
}

export const vatGroupKey = (vatCategory: VatCategory, vatRateBp: number) => `${vatCategory}/${vatRateBp}`

export interface LineAmounts {
  /** quantity × unit price / base quantity, rounded to the minor unit. */
  grossCents: number
  /** Percentage discount and fixed allowance together, as printed. */
  discountCents: number
  chargeCents: number
  /** gross − discount + charge. */
  netCents: number
}

export interface VatBreakdownRow {
  vatCategory: VatCategory
  vatRateBp: number
  /** The taxable base: line nets − allowances + charges in this category and rate. */
  netCents: number
  vatCents: number
}

export interface DocumentTotals {
  lines: LineAmounts[]
  /** One row per VAT category and rate present, highest rate first. */
  vatBreakdown: VatBreakdownRow[]
  /** Sum of the line nets (BT-106). */
  lineNetCents: number
  /** Document-level allowances (BT-107) and charges (BT-108). */
  allowanceTotalCents: number
  chargeTotalCents: number
  /** Total without VAT (BT-109). */
  netCents: number
  vatCents: number
  /** Total with VAT (BT-112). */
  totalCents: number
  prepaidCents: number
  roundingCents: number
  /** Amount due for payment: total − prepaid + rounding (BT-115). */
  payableCents: number
}

/** numerator / denominator rounded to the nearest integer, halves away from zero. */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive')
  const negative = numerator < 0n
  const abs = negative ? -numerator : numerator
  const rounded = (2n * abs + denominator) / (2n * denominator)
  return negative ? -rounded : rounded
}

function toSafeNumber(value: bigint): number {
  const n = Number(value)
  if (!Number.isSafeInteger(n)) throw new RangeError('Amount too large')
  // Never a negative zero: it would print as "-0.00".
  return n === 0 ? 0 : n
}

function checkInteger(value: number, name: string): bigint {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer`)
  return BigInt(value)
}

function checkMinorUnits(minorUnits: number): number {
  if (!Number.isInteger(minorUnits) || minorUnits < 0 || minorUnits > PRICE_DECIMALS)
    throw new RangeError('minorUnits must be 0 to 4')
  return minorUnits
}

/** A price in whole minor units as ten-thousandths of the major unit: 1250 cents -> 125 000. */
export function priceFromMinorUnits(minor: number, minorUnits = 2): number {
  return minor * 10 ** (PRICE_DECIMALS - checkMinorUnits(minorUnits))
}

/** A ten-thousandths price in minor units, rounded half away from zero (for lists and exports). */
export function priceToMinorUnits(tenThousandths: number, minorUnits = 2): number {
  const factor = BigInt(10 ** (PRICE_DECIMALS - checkMinorUnits(minorUnits)))
  return toSafeNumber(divideRoundHalfAwayFromZero(checkInteger(tenThousandths, 'price'), factor))
}

/** The line's net unit price in ten-thousandths. */
export function unitPriceOf(line: TotalsLine, minorUnits = 2): number {
  if (line.unitPriceTenThousandths !== undefined) return line.unitPriceTenThousandths
  if (line.unitPriceCents !== undefined) return priceFromMinorUnits(line.unitPriceCents, minorUnits)
  throw new RangeError('A line needs a unit price')
}

export function lineAmounts(line: TotalsLine, minorUnits = 2): LineAmounts {
  const quantity = checkInteger(line.quantityMilli, 'quantityMilli')
  const price = checkInteger(unitPriceOf(line, minorUnits), 'unitPrice')
  const base = checkInteger(line.priceBaseQuantityMilli ?? 1000, 'priceBaseQuantityMilli')
  if (base <= 0n) throw new RangeError('priceBaseQuantityMilli must be positive')
  const discount = checkInteger(line.discountBp, 'discountBp')
  const allowance = checkInteger(line.allowanceCents ?? 0, 'allowanceCents')
  const charge = checkInteger(line.chargeCents ?? 0, 'chargeCents')
  // gross in minor units = q/1000 × p/10^4 × 1000/base × 10^minor
  const exactGross = quantity * price * 10n ** BigInt(checkMinorUnits(minorUnits))
  const denominator = PRICE_SCALE * base
  const gross = divideRoundHalfAwayFromZero(exactGross, denominator)
  const afterPercent = divideRoundHalfAwayFromZero(exactGross * (10_000n - discount), denominator * 10_000n)
  const net =
    line.netCentsOverride === undefined
      ? afterPercent - allowance + charge
      : checkInteger(line.netCentsOverride, 'netCentsOverride')
  return {
    grossCents: toSafeNumber(gross),
    discountCents: toSafeNumber(gross - net + charge),
    chargeCents: toSafeNumber(charge),
    netCents: toSafeNumber(net)
  }
}

const categoryOrder = ['S', 'B', 'Z', 'E', 'AE', 'K', 'G', 'O']

export function documentTotals(lines: readonly TotalsLine[], options: TotalsOptions = {}): DocumentTotals {
  const minorUnits = options.minorUnits ?? 2
  const amounts = lines.map((line) => lineAmounts(line, minorUnits))
  const bases = new Map<string, { vatCategory: VatCategory; vatRateBp: number; base: bigint }>()
  const add = (vatCategory: VatCategory, vatRateBp: number, amount: bigint) => {
    checkInteger(vatRateBp, 'vatRateBp')
    const key = vatGroupKey(vatCategory, vatRateBp)
    const row = bases.get(key) ?? { vatCategory, vatRateBp, base: 0n }
    row.base += amount
    bases.set(key, row)
  }
  lines.forEach((line, i) => {
    add(line.vatCategory ?? 'S', line.vatRateBp, BigInt(amounts[i].netCents))
  })
  let allowances = 0n
  let charges = 0n
  for (const ac of options.allowancesCharges ?? []) {
    const amount = checkInteger(ac.amountCents, 'amountCents')
    if (ac.charge) charges += amount
    else allowances += amount
    add(ac.vatCategory ?? 'S', ac.vatRateBp, ac.charge ? amount : -amount)
  }
  const vatBreakdown = [...bases.values()]
    .sort(
      (a, b) =>
        b.vatRateBp - a.vatRateBp ||
        categoryOrder.indexOf(a.vatCategory) - categoryOrder.indexOf(b.vatCategory)
    )
    .map((row) => ({
      vatCategory: row.vatCategory,
      vatRateBp: row.vatRateBp,
      netCents: toSafeNumber(row.base),
      vatCents:
        options.vatOverrides?.get(vatGroupKey(row.vatCategory, row.vatRateBp)) ??
        toSafeNumber(divideRoundHalfAwayFromZero(row.base * BigInt(row.vatRateBp), 10_000n))
    }))
  const lineNet = amounts.reduce((sum, a) => sum + BigInt(a.netCents), 0n)
  const net = lineNet - allowances + charges
  const vat = vatBreakdown.reduce((sum, row) => sum + BigInt(row.vatCents), 0n)
  const prepaid = checkInteger(options.prepaidCents ?? 0, 'prepaidCents')
  const rounding = checkInteger(options.roundingCents ?? 0, 'roundingCents')
  return {
    lines: amounts,
    vatBreakdown,
    lineNetCents: toSafeNumber(lineNet),
    allowanceTotalCents: toSafeNumber(allowances),
    chargeTotalCents: toSafeNumber(charges),
    netCents: toSafeNumber(net),
    vatCents: toSafeNumber(vat),
    totalCents: toSafeNumber(net + vat),
    prepaidCents: toSafeNumber(prepaid),
    roundingCents: toSafeNumber(rounding),
    payableCents: toSafeNumber(net + vat - prepaid + rounding)
  }
}

/** Parses "0.0125", "12,5", "1 234.50" into ten-thousandths of the major unit; null when it is not a price. */
export function parseUnitPrice(input: string): number | null {
  const text = input.trim().replace(/[\s\u00a0']/g, '')
  const match = /^(-?)([0-9]*(?:[.,][0-9]{3})*?)(?:([.,])([0-9]{1,4}))?$/.exec(text)
  if (!match) return null
  const [, sign, wholeRaw, , fraction = ''] = match
  const whole = wholeRaw.replace(/[.,]/g, '')
  if (whole === '' && fraction === '') return null
  const value = Number(whole || '0') * 10_000 + Number(fraction.padEnd(4, '0'))
  if (!Number.isSafeInteger(value)) return null
  return sign === '-' && value !== 0 ? -value : value
}

/** Formats a ten-thousandths price as a plain decimal with at least the currency's digits: 125 -> "0.0125". */
export function formatUnitPrice(tenThousandths: number, minorUnits = 2, decimalMark = '.'): string {
  const sign = tenThousandths < 0 ? '-' : ''
  const abs = Math.abs(tenThousandths)
  const whole = Math.trunc(abs / 10_000)
  let fraction = String(abs % 10_000).padStart(4, '0')
  while (fraction.length > minorUnits && fraction.endsWith('0')) fraction = fraction.slice(0, -1)
  return `${sign}${whole}${fraction ? decimalMark + fraction : ''}`
}

/** Parses "2", "1.5", "1,25", "0.001" into thousandths; null when it is not a quantity. */
export function parseQuantityToMilli(input: string): number | null {
  const text = input.trim().replace(/[\s\u00a0]/g, '')
  const match = /^(-?)([0-9]{1,9})(?:[.,]([0-9]{0,3}))?$/.exec(text) ?? /^(-?)()[.,]([0-9]{1,3})$/.exec(text)
  if (!match) return null
  const [, sign, whole, fraction = ''] = match
  const milli = Number(whole || '0') * 1000 + Number(fraction.padEnd(3, '0'))
  return sign === '-' && milli !== 0 ? -milli : milli
}

/** Formats thousandths without trailing zeros: 1500 -> "1.5", 2000 -> "2". */
export function formatQuantityMilli(milli: number, decimalMark = '.'): string {
  const sign = milli < 0 ? '-' : ''
  const abs = Math.abs(milli)
  const whole = Math.trunc(abs / 1000)
  const fraction = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '')
  return `${sign}${whole}${fraction ? decimalMark + fraction : ''}`
}
