/** Numbers and dates as printed on documents, in the locale from the settings, exactly. */
import { formatQuantityMilli } from '../../shared/totals'

export interface PrintFormat {
  /** An amount in minor units; `digits` is the currency's minor unit (2 when left out). */
  money(cents: number, digits?: number): string
  /** A unit price in ten-thousandths, with the currency's digits and up to 4 when needed. */
  price(tenThousandths: number, digits?: number): string
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
  const money = (cents: number, digits = 2) => fixed(cents, digits, digits)
  const price = (tenThousandths: number, digits = 2) => {
    let shown = 4
    while (shown > digits && tenThousandths % 10 ** (4 - shown + 1) === 0) shown--
    return fixed(tenThousandths, 4, shown)
  }
  return {
    money,
    price,
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
