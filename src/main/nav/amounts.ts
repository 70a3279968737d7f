/**
 * Amounts as NAV writes them: decimal text from integer minor units, and the conversion to
 * HUF with the invoice's exchange rate (at most 6 decimals), rounded half away from zero,
 * all in BigInt so nothing goes through floating point.
 */
import { minorUnits } from '../../shared/currencies'
import { divideRoundHalfAwayFromZero } from '../../shared/totals'

/** Fillér: HUF amounts are written with two decimals. */
export const HUF_DIGITS = 2

/** 12345n, 2 -> "123.45"; -5n, 2 -> "-0.05"; 7n, 0 -> "7". */
export function decimalText(minor: bigint, digits: number): string {
  const negative = minor < 0n
  const abs = negative ? -minor : minor
  const scale = 10n ** BigInt(digits)
  const whole = abs / scale
  const fraction = digits > 0 ? `.${String(abs % scale).padStart(digits, '0')}` : ''
  return `${negative && abs !== 0n ? '-' : ''}${String(whole)}${fraction}`
}

/** "392.15" -> 392150000n (millionths); refuses more than 6 decimals or a non-positive rate. */
export function rateMicros(rate: string): bigint {
  const match = /^(\d{1,8})(?:\.(\d{1,6}))?$/.exec(rate.trim())
  if (!match) throw new RangeError(`Not an exchange rate: ${rate}`)
  const micros = BigInt(match[1]) * 1_000_000n + BigInt((match.at(2) ?? '').padEnd(6, '0'))
  if (micros <= 0n) throw new RangeError('An exchange rate must be above zero')
  return micros
}

/** The rate as NAV's ExchangeRateType wants it: no trailing zeros, at most 6 decimals ("392.15", "1"). */
export function rateText(micros: bigint): string {
  return decimalText(micros, 6).replace(/\.?0+$/, '')
}

/** An amount in the invoice currency's minor units, converted to HUF fillér. */
export function toHuf(minor: bigint, currency: string, micros: bigint): bigint {
  const digits = minorUnits(currency)
  return divideRoundHalfAwayFromZero(
    minor * micros * 10n ** BigInt(HUF_DIGITS),
    1_000_000n * 10n ** BigInt(digits)
  )
}
