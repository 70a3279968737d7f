/**
 * Rows of a long list, fetched in windows (offset/limit) as the user scrolls and kept in a
 * cache: 100 000 customers scroll smoothly because only the visible windows are loaded.
 * A new `queryKey` (other search, filter or sort) starts a fresh cache.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Page } from '../../../shared/schemas/common'
import { ApiCallError } from '../api/client'

export const PAGE_SIZE = 200

export interface PagedRows<Row> {
  total: number | null
  getRow: (index: number) => Row | undefined
  /** Asks for the windows covering rows first..last (inclusive). */
  ensureRange: (first: number, last: number) => void
  error: string | null
  version: number
}

export function usePagedRows<Row>(
  queryKey: string,
  fetchPage: (offset: number, limit: number) => Promise<Page<Row>>
): PagedRows<Row> {
  const [total, setTotal] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const pages = useRef(new Map<number, Row[]>())
  const pending = useRef(new Set<number>())
  const fetchRef = useRef(fetchPage)
  // The latest fetch, kept after each render (before any effect asks for a window).
  useLayoutEffect(() => {
    fetchRef.current = fetchPage
  })
  const keyRef = useRef('')
  // A new query clears the old error and bumps the version at once (during render, not in an
  // effect). The old total stays until the first window arrives, so the list does not flicker
  // empty; the grid scrolls back to the top for a new query.
  const [shownKey, setShownKey] = useState(queryKey)
  if (shownKey !== queryKey) {
    setShownKey(queryKey)
    setError(null)
    setVersion((v) => v + 1)
  }

  const loadPage = useCallback((pageIndex: number, key: string) => {
    if (pages.current.has(pageIndex) || pending.current.has(pageIndex)) return
    pending.current.add(pageIndex)
    fetchRef
      .current(pageIndex * PAGE_SIZE, PAGE_SIZE)
      .then((page) => {
        if (keyRef.current !== key) return
        pages.current.set(pageIndex, page.rows)
        setTotal(page.total)
        setError(null)
        setVersion((v) => v + 1)
      })
      .catch((e: unknown) => {
        if (keyRef.current !== key) return
        setError(e instanceof ApiCallError || e instanceof Error ? e.message : String(e))
      })
      .finally(() => {
        if (keyRef.current === key) pending.current.delete(pageIndex)
      })
  }, [])

  const ensureRange = useCallback(
    (first: number, last: number) => {
      const key = keyRef.current
      for (
        let p = Math.floor(Math.max(0, first) / PAGE_SIZE);
        p <= Math.floor(Math.max(0, last) / PAGE_SIZE);
        p++
      )
        loadPage(p, key)
    },
    [loadPage]
  )

  useEffect(() => {
    const key = queryKey
    keyRef.current = key
    pages.current = new Map()
    pending.current = new Set()
    loadPage(0, key)
  }, [queryKey, loadPage])

  const getRow = useCallback(
    (index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    []
  )
  return { total, getRow, ensureRange, error, version }
}

/**
 * The rows of a list page for its current query (search, filters, sort): `fetch` gets the query
 * with the window to load. A new query, or a new `revision` after a change made elsewhere on
 * the page (a payment recorded, a visit saved), starts afresh. `queryKey` goes to the DataGrid.
 */
export function useQueryRows<Query, Row>(
  query: Query,
  fetch: (window: Query & { offset: number; limit: number }) => Promise<Page<Row>>,
  revision = 0
) {
  const queryKey = JSON.stringify({ query, revision })
  // usePagedRows keeps the latest fetch itself, so a new function each render is fine.
  const rows = usePagedRows<Row>(queryKey, (offset, limit) => fetch({ ...query, offset, limit }))
  return { rows, queryKey }
}

/**
 * useQueryRows for a list whose first window also sums the whole filtered list (per currency):
 * `sums` picks them from that answer; they are shown only while they belong to the current query.
 */
export function useQueryRowsWithSums<Query, Row, P extends Page<Row>, Sum>(
  query: Query,
  fetch: (window: Query & { offset: number; limit: number }) => Promise<P>,
  sums: (page: P) => Sum[],
  revision = 0
) {
  const key = JSON.stringify({ query, revision })
  const [shown, setShown] = useState<{ key: string; sums: Sum[] }>({ key: '', sums: [] })
  const result = useQueryRows<Query, Row>(
    query,
    async (window) => {
      const page = await fetch(window)
      if (window.offset === 0) setShown({ key, sums: sums(page) })
      return page
    },
    revision
  )
  return { ...result, sums: shown.key === key ? shown.sums : [] }
}
