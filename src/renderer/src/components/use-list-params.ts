/**
 * List state (search, filters, sort) kept in the address's query string, so Back from a
 * record returns to the very same list. The search box writes to the address after a short pause.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import type { SortState } from './DataGrid'
import { useDebounced } from './use-debounced'

export const SEARCH_DELAY_MS = 120

/**
 * `defaultSort` names the list's sort fields' type (`SortField`): the field in the address is taken
 * as one of them, unchecked here, since the core checks the query and refuses another (the list then
 * shows the problem).
 */
export function useListParams<Defaults extends Record<string, string>, SortField extends string = string>(
  defaults: Defaults,
  defaultSort: SortState & { field: SortField }
) {
  const [params, setParams] = useSearchParams()

  const value = (key: keyof Defaults & string): string => params.get(key) ?? defaults[key]
  /** The record a filter chose (an executive, a customer) by its id in the address; null for any. */
  const chosenId = (key: keyof Defaults & string): number | null => Number(value(key)) || null
  const sort: SortState & { field: SortField } = {
    field: (params.get('sort') ?? defaultSort.field) as SortField,
    direction:
      params.get('dir') === 'desc' ? 'desc' : params.get('dir') === 'asc' ? 'asc' : defaultSort.direction
  }
  const search = params.get('q') ?? ''

  const update = useCallback(
    (patch: Record<string, string>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, v] of Object.entries(patch)) {
            const fallback =
              key === 'q'
                ? ''
                : key === 'sort'
                  ? defaultSort.field
                  : key === 'dir'
                    ? defaultSort.direction
                    : defaults[key]
            if (v === fallback) next.delete(key)
            else next.set(key, v)
          }
          return next
        },
        { replace: true }
      )
    },
    // `defaults` are module constants of the calling list, so `update` stays the same function.
    [setParams, defaults, defaultSort.field, defaultSort.direction]
  )

  const toggleSort = (field: string) =>
    update({ sort: field, dir: sort.field === field && sort.direction === 'asc' ? 'desc' : 'asc' })

  return { value, chosenId, sort, search, update, toggleSort }
}

/**
 * The search box's own text, pushed to the address after SEARCH_DELAY_MS. When the address
 * changes by other means (Back, a link), the box follows it.
 */
export function useSearchBox(search: string, update: (patch: Record<string, string>) => void) {
  const [text, setText] = useState(search)
  const settled = useDebounced(text, SEARCH_DELAY_MS)
  const inAddress = useRef(search)
  useEffect(() => {
    if (search !== inAddress.current) {
      inAddress.current = search
      setText(search)
    }
  }, [search])
  useEffect(() => {
    // Only text the user has stopped typing goes to the address.
    if (settled === text && settled !== inAddress.current) {
      inAddress.current = settled
      update({ q: settled })
    }
  }, [settled, text, update])
  return { text, setText }
}
