/**
 * Numbers, dates and money on every screen: words in the chosen language, dates, times and
 * separators the way Settings → Region says (src/shared/region.ts, the one formatter).
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultRegionFormat, regionFormatter } from '../../../shared/region'
import { useRegion } from './use-region'

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

const systemZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

export function useFormat() {
  const { i18n } = useTranslation()
  const locale = regionalLocale(i18n.language)
  const region = useRegion()
  return useMemo(() => {
    const f = regionFormatter(
      region?.format ?? defaultRegionFormat(locale),
      locale,
      region?.timeZone ?? systemZone()
    )
    return {
      locale,
      /** The region's first day of the week (ISO: 1 Monday, 6 Saturday, 7 Sunday). */
      firstDayOfWeek: f.region.firstDayOfWeek,
      /** The region's formats themselves, for a screen that writes on another clock (the calendar). */
      region: f.region,
      number: (n: number) => f.number(n),
      dateTime: (iso: string | null | undefined) => f.dateTime(iso),
      date: (iso: string | null | undefined) => f.date(iso),
      time: (iso: string | null | undefined) => f.time(iso),
      /** An amount in minor units of its currency (ISO 4217), with the region's separators. */
      money: (minor: number, currency: string) => f.money(minor, currency),
      vat: (basisPoints: number) => `${f.number(basisPoints / 100, { maximumFractionDigits: 2 })} %`,
      bytes: (bytes: number) =>
        bytes >= 1024 * 1024
          ? `${f.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`
          : `${f.number(Math.ceil(bytes / 1024), { maximumFractionDigits: 0 })} KB`
    }
  }, [locale, region])
}
