/**
 * Exchange rates as exact decimals: a rate says how many units of a currency one unit of the
 * accounting currency buys (the ECB's way: 1 EUR = 1.0823 USD). Converting an amount divides by
 * the rate in integer arithmetic (BigInt) and rounds half away from zero to the accounting
 * currency's minor unit, so a converted figure is the same on every run and every machine.
 */
import { minorUnits } from './currencies'

/** Rates keep up to 10 decimals. */
export const RATE_DECIMALS = 10
const RATE_SCALE = 10n ** BigInt(RATE_DECIMALS)

const ratePattern = /^(?:0|[1-9][0-9]{0,11})(?:\.[0-9]{1,10})?$/

/** Normalises "1,0823" / " 1.08230 " to "1.0823"; null when it is not a positive rate. */
export function normaliseRate(input: string): string | null {
  const text = input.trim().replace(',', '.')
  if (!ratePattern.test(text)) return null
  const scaled = rateToScaled(text)
  if (scaled <= 0n) return null
  return scaledToRate(scaled)
}

export function rateToScaled(rate: string): bigint {
  const [whole, fraction = ''] = rate.split('.')
  return BigInt(whole) * RATE_SCALE + BigInt(fraction.padEnd(RATE_DECIMALS, '0').slice(0, RATE_DECIMALS))
}

export function scaledToRate(scaled: bigint): string {
  const whole = scaled / RATE_SCALE
  const fraction = (scaled % RATE_SCALE).toString().padStart(RATE_DECIMALS, '0').replace(/0+$/, '')
  return fraction === '' ? whole.toString() : `${whole.toString()}.${fraction}`
}

/** numerator / denominator rounded half away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const q = (n * 2n + d) / (d * 2n)
  return negative ? -q : q
}

/**
 * An amount in minor units of `currency` converted to minor units of the accounting currency
 * at `rate` (units of `currency` per one accounting unit).
 */
export function toAccounting(
  minor: number,
  currency: string,
  rate: string,
  accountingCurrency: string
): number {
  if (currency === accountingCurrency) return minor
  const from = minorUnits(currency)
  const to = minorUnits(accountingCurrency)
  // minor / 10^from / rate * 10^to
  const numerator = BigInt(minor) * RATE_SCALE * 10n ** BigInt(to)
  const denominator = rateToScaled(rate) * 10n ** BigInt(from)
  return Number(divideRounded(numerator, denominator))
}

/**
 * A cross rate through a common base (the ECB quotes everything per EUR): units of `currency`
 * per unit of the accounting currency = (currency per base) / (accounting per base).
 */
export function crossRate(currencyPerBase: string, accountingPerBase: string): string {
  const scaled = divideRounded(rateToScaled(currencyPerBase) * RATE_SCALE, rateToScaled(accountingPerBase))
  return scaledToRate(scaled)
}
