/**
 * Rows of a long list, fetched in windows (offset/limit) as the user scrolls: 100 000 customers
 * scroll smoothly because only the visible windows are loaded. Each window is a read of the query
 * layer (`api/query.ts`) under the area's key, so a write that invalidates the area (a payment
 * recorded, a visit saved) loads the shown windows again; no page keeps a reload counter.
 * A new query (other search, filter or sort) starts with its first window.
 */
import { useQueries, type QueryKey } from '@tanstack/react-query'
import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import type { Page } from '../../../shared/schemas/common'
import { messageOf } from './api-errors'

export const PAGE_SIZE = 200

/** Past this many windows kept loaded, the list keeps only those in view (a refresh stays cheap). */
const MAX_WINDOWS = 20

export interface PagedRows<Row> {
  total: number | null
  getRow: (index: number) => Row | undefined
  /** Asks for the windows covering rows first..last (inclusive). */
  ensureRange: (first: number, last: number) => void
  /** Why a window could not be loaded, in the reader's language (shown as a banner). */
  error: string | null
}

function windowsOf(first: number, last: number): number[] {
  const from = Math.floor(Math.max(0, first) / PAGE_SIZE)
  const to = Math.floor(Math.max(0, last) / PAGE_SIZE)
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

function usePagedRows<Row, P extends Page<Row>>(
  key: QueryKey,
  fetchPage: (offset: number, limit: number) => Promise<P>
): PagedRows<Row> & { first: P | undefined } {
  const fetchRef = useRef(fetchPage)
  // The latest fetch, kept after each render (before any effect asks for a window).
  useLayoutEffect(() => {
    fetchRef.current = fetchPage
  })
  const hash = JSON.stringify(key)
  const [wanted, setWanted] = useState<{ hash: string; windows: number[] }>({ hash, windows: [0] })
  const windows = wanted.hash === hash ? wanted.windows : [0]
  const results = useQueries({
    queries: windows.map((index) => ({
      queryKey: [...key, 'window', index],
      queryFn: () => fetchRef.current(index * PAGE_SIZE, PAGE_SIZE),
      // A list left and opened again loads afresh instead of showing rows from before.
      gcTime: 0
    }))
  })
  const loaded = new Map<number, P>()
  windows.forEach((index, i) => {
    const data = results[i]?.data
    if (data) loaded.set(index, data)
  })
  const failed = results.find((r) => r.error)?.error

  // The old total stays until the new query's first window arrives, so the list does not
  // flicker empty (kept in state, set during render when a window brings a new one).
  const total = loaded.values().next().value?.total ?? null
  const [shownTotal, setShownTotal] = useState<number | null>(null)
  if (total !== null && total !== shownTotal) setShownTotal(total)

  const ensureRange = useCallback(
    (first: number, last: number) => {
      const needed = windowsOf(first, last)
      setWanted((current) => {
        const kept = current.hash === hash ? current.windows : [0]
        const missing = needed.filter((w) => !kept.includes(w))
        if (missing.length === 0) return current
        const all = [...kept, ...missing]
        return { hash, windows: all.length > MAX_WINDOWS ? needed : all }
      })
    },
    [hash]
  )
  const getRow = (index: number) => loaded.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE]
  return {
    total: total ?? shownTotal,
    getRow,
    ensureRange,
    error: failed ? messageOf(failed) : null,
    first: loaded.get(0)
  }
}

/**
 * The rows of a list page for its current query (search, filters, sort): `fetch` gets the query
 * with the window to load. `area` is the query layer's key of the area (`keys.payments()`): a
 * write that invalidates it reloads the list. `queryKey` goes to the DataGrid (a new one scrolls
 * back to the top; a reload after a write does not). `first` is the current query's first window,
 * for lists whose answer also carries totals of the whole filtered list.
 */
export function useQueryRows<Query, P extends Page<unknown>>(
  area: QueryKey,
  query: Query,
  fetch: (window: Query & { offset: number; limit: number }) => Promise<P>
) {
  const queryKey = JSON.stringify(query)
  const { first, ...rows } = usePagedRows<P['rows'][number], P>([...area, 'rows', query], (offset, limit) =>
    fetch({ ...query, offset, limit })
  )
  return { rows, queryKey, first }
}
