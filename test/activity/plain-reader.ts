/**
 * The activity page's text for an entry in one language, with plain formats the tests can write out:
 * numbers as typed, dates as <iso>, money as "<minor units> <currency>".
 */
import { createInstance, type TFunction } from 'i18next'
import { activityText } from '../../src/renderer/src/components/activity-text'
import { resources } from '../../src/renderer/src/i18n/resources'
import type { ActivityEntry } from '../../src/shared/schemas/activity'

export async function plainReader(language: string): Promise<(entry: ActivityEntry) => string> {
  const i18n = createInstance()
  await i18n.init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } })
  const format = {
    number: (n: number) => String(n),
    date: (iso: string) => `<${iso}>`,
    dateTime: (iso: string) => `<${iso}>`,
    money: (minor: number, currency: string) => `${String(minor)} ${currency}`,
    currency: 'EUR'
  }
  const t: TFunction = i18n.t
  return (entry: ActivityEntry) => activityText(entry, t, (key) => i18n.exists(key), format)
}
