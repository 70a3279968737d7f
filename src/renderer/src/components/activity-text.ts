/**
 * An activity-log entry in the reader's language: its stored key and parameters through the
 * `activityLog` strings, each parameter written the region's way (money with its currency, dates
 * and times on the office's clock, words of the interface). The names of changed fields
 * ("legalName, taxId") are read out as the forms call them. Entries older than the key, or with a
 * key this version does not know, show the English summary they were stored with. Only the
 * showing changes here: the entries themselves are chained records and stay as written.
 */
import type { TFunction } from 'i18next'
import type { ActivityParam } from '../../../shared/activity'
import type { ActivityEntry } from '../../../shared/schemas/activity'

export interface ActivityFormat {
  number: (n: number) => string
  date: (iso: string) => string
  dateTime: (iso: string) => string
  money: (minor: number, currency: string) => string
  /** The currency of an amount stored without one (the demo data's payments): the company's default. */
  currency: string
}

function formatParam(param: ActivityParam, t: TFunction, format: ActivityFormat): string {
  if (typeof param === 'string') return param
  if (typeof param === 'number') return format.number(param)
  if ('money' in param) return format.money(param.money, param.currency || format.currency)
  if ('date' in param) return format.date(param.date)
  if ('dateTime' in param) return format.dateTime(param.dateTime)
  return t(param.term)
}

/** "legalName, taxId" (the stored field names) as the reader's words: "Legal name, Tax id". */
function fieldNames(list: string, t: TFunction, exists: (key: string) => boolean): string {
  return list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => (exists(`activity.field.${name}`) ? t(`activity.field.${name}`) : name))
    .join(', ')
}

/** The kind of record an entry is about ("Site visit"), or the stored name when this version has no word for it. */
export function activityKind(entity: string, t: TFunction, exists: (key: string) => boolean): string {
  return exists(`activity.kind.${entity}`) ? t(`activity.kind.${entity}`) : entity
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
    Object.entries(details.params).map(([name, value]) => [
      name,
      name === 'fields' && typeof value === 'string'
        ? fieldNames(value, t, exists)
        : formatParam(value, t, format)
    ])
  )
  return t(`activityLog.${details.key}`, params)
}
