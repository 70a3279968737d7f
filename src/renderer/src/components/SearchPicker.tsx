/**
 * Type a few letters, pick with the mouse or Up/Down + Enter: a combobox over a list API
 * (customers, products). While a search is typed, Enter picks (it never submits the form around
 * it) and Escape or leaving the field drops the search (Escape does not close the dialog around
 * it); otherwise the field shows `value`, the choice so far, if any.
 */
import { useState, type KeyboardEvent } from 'react'
import { useApiQuery } from '../api/query'
import { Field } from './fields'
import { LoadFailure } from './LoadFailure'
import { useDebounced } from './use-debounced'
import { SEARCH_DELAY_MS } from './use-list-params'
import { useT } from '../i18n'

export interface PickerItem {
  id: number
  label: string
  /** Before the label, in a fixed-width font (a code, a SKU). */
  detail?: string
  /** After the label, muted (a city). */
  note?: string
}

export function SearchPicker({
  id,
  label,
  placeholder,
  noMatch,
  find,
  queryKey = ['picker', id],
  onChoose,
  exclude = [],
  value,
  error,
  errorTestId,
  required,
  disabled,
  className,
  testId,
  optionTestId = `${testId}-option`
}: {
  id: string
  label: string
  placeholder: string
  noMatch: string
  find: (text: string) => Promise<PickerItem[]>
  /** The query's key before the search text (an area's key, so a save there refreshes it). */
  queryKey?: readonly unknown[]
  onChoose: (item: PickerItem) => void
  exclude?: number[]
  value?: string
  /** A problem to show under the field (a message key or a message). */
  error?: string
  errorTestId?: string
  required?: boolean
  disabled?: boolean
  className?: string
  testId: string
  optionTestId?: string
}) {
  const { tm } = useT()
  // null while nothing is being searched (the field shows `value`).
  const [text, setText] = useState<string | null>(null)
  const search = useDebounced(text ?? '', SEARCH_DELAY_MS)
  const found = useApiQuery([...queryKey, search], () => find(search), { enabled: search.trim() !== '' })
  // The highlighted suggestion goes back to the first one for each new search.
  const [highlight, setHighlight] = useState({ search, index: 0 })
  const active = highlight.search === search ? highlight.index : 0
  const setActive = (next: (index: number) => number) => setHighlight({ search, index: next(active) })

  // Shown once the search typed is the one answered ("no match" only when it really found none).
  const open = text !== null && text.trim() !== '' && search === text && !found.isPending
  const suggestions = open ? (found.data ?? []).filter((m) => !exclude.includes(m.id)) : []
  const current = suggestions.at(Math.min(active, suggestions.length - 1))

  function choose(item: PickerItem) {
    onChoose(item)
    setText(null)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (text === null) return
    if (event.key === 'ArrowDown') setActive((a) => Math.min(suggestions.length - 1, a + 1))
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1))
    else if (event.key === 'Enter') {
      if (current) choose(current)
    } else if (event.key === 'Escape') setText(null)
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <Field
      id={id}
      label={label}
      required={required}
      error={error ? tm(error) : undefined}
      errorTestId={errorTestId}
      className={['picker', className].filter(Boolean).join(' ')}
    >
      {(aria) => (
        <>
          <input
            {...aria}
            type="search"
            role="combobox"
            aria-expanded={open}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={current ? `${id}-option-${String(current.id)}` : undefined}
            placeholder={placeholder}
            value={text ?? value ?? ''}
            disabled={disabled}
            autoComplete="off"
            onChange={(e) => setText(e.target.value)}
            onBlur={() => setText(null)}
            onKeyDown={onKeyDown}
            data-testid={testId}
          />
          {open && (
            <ul id={`${id}-list`} role="listbox" className="picker-list" aria-label={label}>
              {suggestions.length === 0 && <li className="picker-empty">{noMatch}</li>}
              {suggestions.map((item, index) => (
                <li
                  key={item.id}
                  id={`${id}-option-${String(item.id)}`}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'active' : undefined}
                  onMouseDown={(e) => {
                    e.preventDefault()
                    choose(item)
                  }}
                  data-testid={optionTestId}
                >
                  {item.detail && <span className="mono">{item.detail}</span>} {item.label}
                  {item.note && <span className="muted"> {item.note}</span>}
                </li>
              ))}
            </ul>
          )}
          <LoadFailure error={found.error} />
        </>
      )}
    </Field>
  )
}
