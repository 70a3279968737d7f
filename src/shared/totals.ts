/**
 * Document totals after the EN 16931 model, in integer cents, with no floating point:
 *   line net  = quantity × unit price − line discount, rounded to cents (half away from zero)
 *   VAT(rate) = (sum of the line nets at that rate) × rate, rounded to cents (half away from zero)
 *   total     = net + VAT
 * Quantities are integer thousandths (1.5 pc = 1500), discounts and VAT rates integer basis
 * points (12.5 % = 1250). Products can exceed 2^53, so the arithmetic runs on BigInt.
 * Shared by the main process (stored totals, PDFs) and the editor (live totals).
 */

export interface TotalsLine {
  /** Quantity in thousandths: 2.5 = 2500. */
  quantityMilli: number
  unitPriceCents: number
  /** Line discount in basis points: 1250 = 12.5 %. */
  discountBp: number
  /** VAT rate in basis points: 2100 = 21 %. */
  vatRateBp: number
}

export interface LineAmounts {
  /** quantity × unit price, rounded to cents. */
  grossCents: number
  /** gross − net: the discount as printed. */
  discountCents: number
  netCents: number
}

export interface VatBreakdownRow {
  vatRateBp: number
  /** Sum of the line nets at this rate (the taxable base). */
  netCents: number
  vatCents: number
}

export interface DocumentTotals {
  lines: LineAmounts[]
  /** One row per VAT rate present, highest rate first. */
  vatBreakdown: VatBreakdownRow[]
  netCents: number
  vatCents: number
  totalCents: number
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

export function lineAmounts(line: TotalsLine): LineAmounts {
  const quantity = checkInteger(line.quantityMilli, 'quantityMilli')
  const price = checkInteger(line.unitPriceCents, 'unitPriceCents')
  const discount = checkInteger(line.discountBp, 'discountBp')
  const exactGross = quantity * price // in cents × 1000
  const gross = divideRoundHalfAwayFromZero(exactGross, 1000n)
  const net = divideRoundHalfAwayFromZero(exactGross * (10_000n - discount), 10_000_000n)
  return {
    grossCents: toSafeNumber(gross),
    discountCents: toSafeNumber(gross - net),
    netCents: toSafeNumber(net)
  }
}

export function documentTotals(lines: readonly TotalsLine[]): DocumentTotals {
  const amounts = lines.map(lineAmounts)
  const baseByRate = new Map<number, bigint>()
  lines.forEach((line, i) => {
    checkInteger(line.vatRateBp, 'vatRateBp')
    baseByRate.set(line.vatRateBp, (baseByRate.get(line.vatRateBp) ?? 0n) + BigInt(amounts[i].netCents))
  })
  const vatBreakdown = [...baseByRate.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([rate, base]) => ({
      vatRateBp: rate,
      netCents: toSafeNumber(base),
      vatCents: toSafeNumber(divideRoundHalfAwayFromZero(base * BigInt(rate), 10_000n))
    }))
  const net = vatBreakdown.reduce((sum, row) => sum + BigInt(row.netCents), 0n)
  const vat = vatBreakdown.reduce((sum, row) => sum + BigInt(row.vatCents), 0n)
  return {
    lines: amounts,
    vatBreakdown,
    netCents: toSafeNumber(net),
    vatCents: toSafeNumber(vat),
    totalCents: toSafeNumber(net + vat)
  }
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
