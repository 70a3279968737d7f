/**
 * Money is integer minor units (cents). These helpers convert between what a user types
 * and cents without ever going through floating point arithmetic on amounts.
 */

/** Parses "1234.5", "1 234,50", "-3,2" into cents; returns null when it is not an amount. */
export function parseMoneyToCents(input: string): number | null {
  const text = input.trim().replace(/[\s\u00a0']/g, '')
  if (text === '') return null
  // The last "," or "." with 1-2 digits after it is the decimal separator; others group thousands.
  const match = /^(-?)([0-9.,]*?)(?:[.,]([0-9]{1,2}))?$/.exec(text)
  if (!match) return null
  const [, sign, wholeRaw, fraction = ''] = match
  const whole = wholeRaw.replace(/[.,]/g, '')
  if (!/^[0-9]*$/.test(whole) || (whole === '' && fraction === '')) return null
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) return null
  return sign === '-' ? -cents : cents
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
