/**
 * Money is integer minor units (cents). These helpers convert between what a user types
 * and cents without ever going through floating point arithmetic on amounts.
 */

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

/** Formats cents for display in the user's locale. */
export function formatMoney(cents: number, currency = 'EUR', locale?: string): string {
  // Intl takes a number; cents/100 is exact enough for display of safe integers.
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100)
}

/** VAT rates are integer basis points: 2100 = 21 %, 550 = 5.5 %. */
export function formatVatRate(basisPoints: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(basisPoints / 100) + ' %'
}

export function parseVatRateToBasisPoints(input: string): number | null {
  const text = input.trim().replace('%', '').replace(',', '.').trim()
  if (!/^[0-9]{1,3}(\.[0-9]{1,2})?$/.test(text)) return null
  const [whole, fraction = ''] = text.split('.')
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
}
