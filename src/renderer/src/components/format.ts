/**
 * Numbers, dates and money on every screen: words in the chosen language, dates, times and
 * separators the way Settings → Region says (src/shared/region.ts, the one formatter).
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultRegionFormat, regionFormatter } from '../../../shared/region'
import { dateInZone } from '../../../shared/today'
import { companyZone, useRegion } from './use-region'

/**
 * Today for the company ("2026-03-02"): the date on the wall clock of the company's zone, the rule
 * the core's `today(ctx)` follows, so a date field starts on the day the store accepts as today.
 * `test/renderer/today.test.ts` fails when a screen works "today" out another way.
 */
export function companyToday(): string {
  return dateInZone(Date.now(), companyZone())
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
  const region = useRegion()
  return useMemo(() => {
    const f = regionFormatter(
      region?.format ?? defaultRegionFormat(locale),
      locale,
      region?.timeZone ?? companyZone()
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
