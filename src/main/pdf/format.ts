/** Numbers and dates as printed on documents, in the locale from the settings, exactly. */
import { currencyDigitsOrDefault } from '../documents/common'
import { formatQuantityMilli } from '../../shared/totals'

export interface PrintFormat {
  /** An amount in minor units of `currency` (EUR when left out; 2 digits for a code not in ISO 4217), without the sign. */
  money(minor: number, currency?: string): string
  /** A unit price in ten-thousandths, with the currency's minor digits and up to 4 when needed. */
  price(tenThousandths: number, currency?: string): string
  /** A ratio (0.235 → "23,5 %") with one decimal, in the locale. */
  ratio(value: number): string
  /** A plain number in the locale with at most `decimals` decimals. */
  number(value: number, decimals?: number): string
  quantity(milli: number): string
  percent(basisPoints: number): string
  date(isoDate: string | null): string
}

const formats = new Map<string, PrintFormat>()

/** One formatter per locale (building Intl formatters costs more than a page of text). */
export function printFormat(locale: string): PrintFormat {
  let format = formats.get(locale)
  if (!format) {
    format = buildPrintFormat(locale)
    formats.set(locale, format)
  }
  return format
}

function buildPrintFormat(locale: string): PrintFormat {
  let whole: Intl.NumberFormat
  let dates: Intl.DateTimeFormat
  try {
    // Group digits on every amount: es-ES leaves 4-digit numbers ungrouped by default (1404 beside 13.405).
    whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: 'always' })
    dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  } catch {
    whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, useGrouping: 'always' })
    dates = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })
  }
  const decimalMark =
    new Intl.NumberFormat(whole.resolvedOptions().locale).formatToParts(1.5).find((p) => p.type === 'decimal')
      ?.value ?? '.'
  // Integer part through Intl (grouping), fraction from the integer: no float rounding.
  const fixed = (value: number, scale: number, shown: number) => {
    const abs = BigInt(Math.abs(value))
    const unit = 10n ** BigInt(scale)
    const fraction = String(abs % unit)
      .padStart(scale, '0')
      .slice(0, shown)
    return `${value < 0 ? '-' : ''}${whole.format(abs / unit)}${shown > 0 ? decimalMark + fraction : ''}`
  }
  const money = (minor: number, currency = 'EUR') => {
    const digits = currencyDigitsOrDefault(currency)
    return fixed(minor, digits, digits)
  }
  const price = (tenThousandths: number, currency = 'EUR') => {
    const digits = Math.min(currencyDigitsOrDefault(currency), 4)
    let shown = 4
    while (shown > digits && tenThousandths % 10 ** (4 - shown + 1) === 0) shown--
    return fixed(tenThousandths, 4, shown)
  }
  const resolved = whole.resolvedOptions().locale
  const numbers = new Map<number, Intl.NumberFormat>()
  const number = (value: number, decimals = 0) => {
    let format = numbers.get(decimals)
    if (!format) {
      format = new Intl.NumberFormat(resolved, { maximumFractionDigits: decimals })
      numbers.set(decimals, format)
    }
    return format.format(value)
  }
  const ratios = new Intl.NumberFormat(resolved, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1
  })
  return {
    money,
    price,
    ratio: (value) => ratios.format(value),
    number,
    // Whole units grouped like amounts (1,000,000), thousandths only when there are any.
    quantity: (milli) => {
      const plain = formatQuantityMilli(Math.abs(milli), decimalMark)
      const [units, fraction] = plain.split(decimalMark)
      return `${milli < 0 ? '-' : ''}${whole.format(BigInt(units))}${fraction ? decimalMark + fraction : ''}`
    },
    percent: (bp) => `${formatQuantityMilli(bp * 10, decimalMark)} %`,
    date: (iso) => (iso ? dates.format(new Date(`${iso}T00:00:00Z`)) : '')
  }
}
