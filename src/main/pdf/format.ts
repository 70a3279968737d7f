/**
 * Numbers and dates as printed on documents, exactly: words in the locale, separators and date order
 * from the region (src/shared/region.ts; the locale's own when none is given).
 */
import { currencyDigitsOrDefault } from '../documents/common'
import { formatQuantityMilli } from '../../shared/totals'
import { defaultRegionFormat, regionFormatter, type RegionFormat } from '../../shared/region'

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

/** One formatter per locale and region (building Intl formatters costs more than a page of text). */
export function printFormat(locale: string, region?: RegionFormat): PrintFormat {
  const key = region ? `${locale} ${JSON.stringify(region)}` : locale
  let format = formats.get(key)
  if (!format) {
    format = buildPrintFormat(locale, region ?? defaultRegionFormat(locale))
    formats.set(key, format)
  }
  return format
}

function buildPrintFormat(locale: string, region: RegionFormat): PrintFormat {
  // Dates are calendar days: the zone does not move them. Digits are grouped on every amount
  // (es-ES alone leaves 4-digit numbers ungrouped: 1404 beside 13.405).
  const r = regionFormatter(region, locale, 'UTC')
  const whole = { format: (n: bigint) => r.number(n, { maximumFractionDigits: 0 }) }
  const decimalMark = region.decimalSeparator
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
  return {
    money,
    price,
    ratio: (value) =>
      r.number(value, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    number: (value, decimals = 0) => r.number(value, { maximumFractionDigits: decimals }),
    // Whole units grouped like amounts (1,000,000), thousandths only when there are any.
    quantity: (milli) => {
      const plain = formatQuantityMilli(Math.abs(milli), decimalMark)
      const [units, fraction] = plain.split(decimalMark)
      return `${milli < 0 ? '-' : ''}${whole.format(BigInt(units))}${fraction ? decimalMark + fraction : ''}`
    },
    percent: (bp) => `${formatQuantityMilli(bp * 10, decimalMark)} %`,
    date: (iso) => r.date(iso)
  }
}
