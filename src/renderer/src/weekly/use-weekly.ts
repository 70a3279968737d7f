/** Loading one API answer for a view, with the error as a message, on the renderer's query layer. */
import { useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { useFormat } from '../components/format'

/**
 * The answer under `key` (the last one stays shown while a new key loads); `setData` puts a
 * write's answer in its place without asking again.
 */
export function useLoaded<T>(key: QueryKey, load: () => Promise<T>) {
  const client = useQueryClient()
  const query = useApiQuery(key, load, { keepPrevious: true })
  return {
    data: query.data ?? null,
    setData: (value: T) => client.setQueryData(key, value),
    error: query.error ? messageOf(query.error) : null
  }
}

/** Numbers of the weekly figures; amounts are in `currency` (the accounting currency the figures are converted to). */
export function useFigureFormat(currency: string) {
  const format = useFormat()
  return useMemo(() => {
    const percent = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 })
    const decimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 })
    const whole = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 0 })
    return {
      ...format,
      money: (minor: number) => format.money(minor, currency),
      percent: (ratio: number | null | undefined) =>
        ratio === null || ratio === undefined ? '—' : percent.format(ratio),
      decimal: (n: number | null | undefined) => (n === null || n === undefined ? '—' : decimal.format(n)),
      /** Whole currency units for chart axes (no cents). */
      units: (cents: number) => whole.format(Math.round(cents / 100))
    }
  }, [format, currency])
}
