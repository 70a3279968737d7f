/**
 * The company's currencies from the settings: the default currency of new documents (what
 * product prices are in) and the accounting currency (what weekly figures are converted to).
 * Read once per page load and shared; EUR until the settings arrive.
 */
import { useEffect, useState } from 'react'
import { api } from '../api/client'

export interface CompanyCurrencies {
  defaultCurrency: string
  accountingCurrency: string
}

/** The store's own default, shown until the settings arrive (or when they cannot be read). */
const UNTIL_READ: CompanyCurrencies = { defaultCurrency: 'EUR', accountingCurrency: 'EUR' }

let cached: Promise<CompanyCurrencies> | null = null

function loadCurrencies(): Promise<CompanyCurrencies> {
  cached ??= api
    .call('settings.get', {})
    .then((s) => ({
      defaultCurrency: s.documents.defaultCurrency,
      accountingCurrency: s.documents.accountingCurrency
    }))
    .catch(() => {
      cached = null
      return UNTIL_READ
    })
  return cached
}

/** Settings changed: the next reader fetches them again. */
export function forgetCurrencies(): void {
  cached = null
}

export function useCurrencies(): CompanyCurrencies {
  const [currencies, setCurrencies] = useState<CompanyCurrencies>(UNTIL_READ)
  useEffect(() => {
    let live = true
    void loadCurrencies().then((c) => {
      if (live) setCurrencies(c)
    })
    return () => {
      live = false
    }
  }, [])
  return currencies
}
