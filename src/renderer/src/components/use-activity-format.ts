/**
 * How the activity log writes an entry's amounts, dates and numbers: the region's one formatter,
 * with the company's default currency for amounts stored without one (the demo data's payments).
 */
import { useMemo } from 'react'
import type { ActivityFormat } from './activity-text'
import { useFormat } from './format'
import { useCurrencies } from './use-currencies'

export function useActivityFormat(): ActivityFormat {
  const format = useFormat()
  const { defaultCurrency } = useCurrencies()
  return useMemo(
    () => ({
      number: format.number,
      date: format.date,
      dateTime: format.dateTime,
      money: format.money,
      currency: defaultCurrency
    }),
    [format, defaultCurrency]
  )
}
