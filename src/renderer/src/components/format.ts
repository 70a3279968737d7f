/** Numbers, dates and money shown in the chosen language, always through Intl. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatMoney, formatVatRate } from '../../../shared/money'

/** Today on the user's own calendar ("2026-03-02"): where a date field starts. */
export function localToday(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** The chosen language in the user's own regional variant when the system has one (en -> en-GB). */
export function regionalLocale(language: string): string {
  const systemLocales =
    typeof navigator === 'undefined'
      ? []
      : navigator.languages.length > 0
        ? navigator.languages
        : [navigator.language]
  return systemLocales.find((l) => l === language || l.startsWith(`${language}-`)) ?? language
}

export function useFormat() {
  const { i18n } = useTranslation()
  const locale = regionalLocale(i18n.language)
  return useMemo(() => {
    const numberFormat = new Intl.NumberFormat(locale)
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
    const valid = (iso: string | null | undefined) =>
      iso && !Number.isNaN(Date.parse(iso)) ? new Date(iso) : null
    return {
      locale,
      number: (n: number) => numberFormat.format(n),
      dateTime: (iso: string | null | undefined) => {
        const d = valid(iso)
        return d ? dateTimeFormat.format(d) : ''
      },
      date: (iso: string | null | undefined) => {
        const d = valid(iso)
        return d ? dateFormat.format(d) : ''
      },
      /** An amount in minor units of its currency (ISO 4217), in the user's locale. */
      money: (minor: number, currency: string) => {
        try {
          return formatMoney(minor, currency, locale)
        } catch {
          // A code Intl or ISO 4217 does not know (old data): the plain amount and the code.
          return `${numberFormat.format(minor / 100)} ${currency}`
        }
      },
      vat: (basisPoints: number) => formatVatRate(basisPoints, locale),
      bytes: (bytes: number) =>
        bytes >= 1024 * 1024
          ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
          : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.ceil(bytes / 1024))} KB`
    }
  }, [locale])
}
