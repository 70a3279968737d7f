/** Numbers and dates as printed on documents, in the locale from the settings, exactly. */
import { minorUnits } from '../../shared/currencies'
import { formatQuantityMilli } from '../../shared/totals'

export interface PrintFormat {
  /** An amount in minor units of `currency` (EUR when left out), without the currency sign. */
  money(minor: number, currency?: string): string
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
  const money = (minor: number, currency = 'EUR') => {
    const digits = minorUnits(currency)
    const abs = BigInt(Math.abs(minor))
    const unit = 10n ** BigInt(digits)
    const fraction = digits === 0 ? '' : `${decimalMark}${String(abs % unit).padStart(digits, '0')}`
    return `${minor < 0 ? '-' : ''}${whole.format(abs / unit)}${fraction}`
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
    ratio: (value) => ratios.format(value),
    number,
    quantity: (milli) => formatQuantityMilli(milli, decimalMark),
    percent: (bp) => `${formatQuantityMilli(bp * 10, decimalMark)} %`,
    date: (iso) => (iso ? dates.format(new Date(`${iso}T00:00:00Z`)) : '')
  }
}
