/** Loading one API answer for a view, with the error as a message and a way to reload. */
import { useCallback, useEffect, useMemo, useState } from 'react'
import { messageOf } from '../components/api-errors'
import { useFormat } from '../components/format'

export function useLoaded<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    let alive = true
    setError(null)
    load().then(
      (value) => alive && setData(value),
      (e: unknown) => alive && setError(messageOf(e))
    )
    return () => {
      alive = false
    }
    // The caller lists what the load depends on.
  }, [...deps, tick])
  const reload = useCallback(() => setTick((n) => n + 1), [])
  return { data, setData, error, reload }
}

/** Percentages and counts with decimals in the user's locale. */
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
