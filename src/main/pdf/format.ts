/** Numbers and dates as printed on documents, in the locale from the settings, exactly. */
import { formatQuantityMilli } from '../../shared/totals'

export interface PrintFormat {
  money(cents: number): string
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
    whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
    dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  } catch {
    whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
    dates = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })
  }
  const decimalMark =
    new Intl.NumberFormat(whole.resolvedOptions().locale).formatToParts(1.5).find((p) => p.type === 'decimal')
      ?.value ?? '.'
  // Integer part through Intl (grouping), fraction from the integer: no float rounding.
  const money = (cents: number) => {
    const abs = BigInt(Math.abs(cents))
    return `${cents < 0 ? '-' : ''}${whole.format(abs / 100n)}${decimalMark}${String(abs % 100n).padStart(2, '0')}`
  }
  return {
    money,
    quantity: (milli) => formatQuantityMilli(milli, decimalMark),
    percent: (bp) => `${formatQuantityMilli(bp * 10, decimalMark)} %`,
    date: (iso) => (iso ? dates.format(new Date(`${iso}T00:00:00Z`)) : '')
  }
}
