/**
 * An activity-log entry in the reader's language: its stored key and parameters through the
 * `activityLog` strings, each parameter formatted in the reader's locale (money, dates, words of
 * the interface). Entries older than the key, or with a key this version does not know, show the
 * English summary they were stored with.
 */
import type { TFunction } from 'i18next'
import type { ActivityParam } from '../../../shared/activity'
import { minorUnits } from '../../../shared/currencies'
import type { ActivityEntry } from '../../../shared/schemas/activity'

export interface ActivityFormat {
  locale: string
  number: (n: number) => string
  date: (iso: string) => string
  dateTime: (iso: string) => string
}

function formatParam(param: ActivityParam, t: TFunction, format: ActivityFormat): string {
  if (typeof param === 'string') return param
  if (typeof param === 'number') return format.number(param)
  if ('money' in param) {
    const digits = param.currency ? minorUnits(param.currency) : 2
    const value = param.money / 10 ** digits
    return new Intl.NumberFormat(
      format.locale,
      param.currency
        ? { style: 'currency', currency: param.currency }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits }
    ).format(value)
  }
  if ('date' in param) return format.date(param.date)
  if ('dateTime' in param) return format.dateTime(param.dateTime)
  return t(param.term)
}

export function activityText(
  entry: ActivityEntry,
  t: TFunction,
  exists: (key: string) => boolean,
  format: ActivityFormat
) {
  const details = entry.details
  if (!details || !exists(`activityLog.${details.key}`)) return entry.summary
  const params = Object.fromEntries(
    Object.entries(details.params).map(([name, value]) => [name, formatParam(value, t, format)])
  )
  return t(`activityLog.${details.key}`, params)
}
