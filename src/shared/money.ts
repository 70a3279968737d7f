/**
 * Money is integer minor units of its currency (cents, fillér; none for JPY). These helpers
 * convert between what a user types and minor units without floating point arithmetic on
 * amounts, and format an amount in its own currency: the one money formatter of both sides.
 */
import { minorUnits } from './currencies'

/** Parses "1234.5", "1 234,50", "-3,2" into cents; returns null when it is not an amount. */
export function parseMoneyToCents(input: string): number | null {
  const text = input.trim().replace(/[\s\u00a0']/g, '')
  if (text === '') return null
  // The last "," or "." with 0-2 digits after it is the decimal separator; others group thousands.
  const match = /^(-?)([0-9.,]*?)(?:([.,])([0-9]{0,2}))?$/.exec(text)
  if (!match) return null
  const [, sign, wholeRaw, decimalMark, fraction = ''] = match
  // Thousands groups use one mark throughout, three digits each, never the decimal mark:
  // "1.2.3,456" or "0.001" are typing mistakes, not amounts.
  const grouping = /^(?:[0-9]*|[1-9][0-9]{0,2}(([.,])[0-9]{3})(?:\2[0-9]{3})*)$/.exec(wholeRaw)
  // An optional group that took no part in the match is undefined.
  const groupMark: string | undefined = grouping?.[2]
  if (!grouping || (groupMark !== undefined && groupMark === decimalMark)) return null
  const whole = wholeRaw.replace(/[.,]/g, '')
  if (whole === '' && fraction === '') return null
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) return null
  // "-0" is zero: a negative zero would display as "-0.00".
  return sign === '-' && cents !== 0 ? -cents : cents
}

/** Formats cents as a plain decimal string ("1234.50"), for inputs and files. */
export function centsToDecimalString(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** An amount in minor units as a plain decimal string in its currency ("1234.50", JPY "1234", KWD "1.250"). */
export function minorToDecimalString(minor: number | bigint, currency: string): string {
  const digits = minorUnits(currency)
  const value = BigInt(minor)
  const sign = value < 0n ? '-' : ''
  const abs = (value < 0n ? -value : value).toString().padStart(digits + 1, '0')
  if (digits === 0) return `${sign}${abs}`
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`
}

/**
 * Formats an amount in minor units in its currency for the locale ("1.234,50 €", "2 997 Ft",
 * "¥1,235"). The decimal string goes to Intl as text, so large amounts stay exact.
 */
export function formatMoney(minor: number | bigint, currency: string, locale?: string): string {
  const digits = minorUnits(currency)
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  })
  return format.format(minorToDecimalString(minor, currency) as `${number}`)
}

export function parseVatRateToBasisPoints(input: string): number | null {
  const text = input.trim().replace('%', '').replace(',', '.').trim()
  if (!/^[0-9]{1,3}(\.[0-9]{1,2})?$/.test(text)) return null
  const [whole, fraction = ''] = text.split('.')
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
}
