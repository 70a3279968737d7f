/**
 * The company's currencies from the settings: the default currency of new documents (what
 * product prices are in) and the accounting currency (what weekly figures are converted to).
 * One read of the settings through the query layer (the same key as the editor's settings);
 * EUR until they arrive.
 */
import { useMemo } from 'react'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'

export interface CompanyCurrencies {
  defaultCurrency: string
  accountingCurrency: string
}

/** The store's own default, shown until the settings arrive. */
const UNTIL_READ: CompanyCurrencies = { defaultCurrency: 'EUR', accountingCurrency: 'EUR' }

export function useCurrencies(): CompanyCurrencies {
  // A failed read keeps EUR without a banner of its own: these are formats on screens whose own
  // reads show a failing store, and Settings → Company (where they are set) shows its own failure.
  const { data } = useApiQuery(keys.settings('all'), () => api.call('settings.get', {}))
  return useMemo(
    () =>
      data
        ? {
            defaultCurrency: data.documents.defaultCurrency,
            accountingCurrency: data.documents.accountingCurrency
          }
        : UNTIL_READ,
    [data]
  )
}
