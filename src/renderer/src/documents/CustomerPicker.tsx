/** Type part of a customer's name, code or tax id, pick with the arrows and Enter. */
import { useState, type KeyboardEvent } from 'react'
import type { CustomerRow } from '../../../shared/schemas/customers'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { FieldFrame } from '../components/fields'
import { useDebounced } from '../components/use-debounced'
import { SEARCH_DELAY_MS } from '../components/use-list-params'
import { useT } from '../i18n'

export function CustomerPicker({
  name,
  label,
  value,
  disabled,
  onPick
}: {
  name: string
  label: string
  value: string
  disabled?: boolean
  onPick: (row: CustomerRow) => void
}) {
  const { t } = useT()
  const [text, setText] = useState<string | null>(null)
  const search = useDebounced(text ?? '', SEARCH_DELAY_MS)
  // A failed search offers no customers ("no match"), on purpose: the form's save shows a failing
  // store in its banner, and the picker cannot hold an error of its own beside the field's.
  const matches = useApiQuery(
    keys.customers('matches', search),
    () =>
      api.call('customers.list', {
        search,
        status: 'all',
        archived: 'exclude',
        executiveId: null,
        sort: { field: 'name', direction: 'asc' },
        offset: 0,
        limit: 8
      }),
    { enabled: search.trim() !== '' }
  )
  // The highlighted option, for the search it was chosen in (a new search starts at the first).
  const [activeAt, setActive] = useState({ search: '', index: 0 })
  const active = activeAt.search === search ? activeAt.index : 0

  const open = text !== null && text.trim() !== '' && search === text && !matches.isPending
  const rows = open ? (matches.data?.rows ?? []) : []

  function choose(row: CustomerRow) {
    onPick(row)
    setText(null)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && text !== null) {
      setText(null)
      event.preventDefault()
      return
    }
    if (event.key === 'Enter') event.preventDefault()
    if (!open || rows.length === 0) return
    if (event.key === 'ArrowDown') setActive({ search, index: Math.min(rows.length - 1, active + 1) })
    else if (event.key === 'ArrowUp') setActive({ search, index: Math.max(0, active - 1) })
    else if (event.key === 'Enter') choose(rows[Math.min(active, rows.length - 1)])
    else return
    event.preventDefault()
  }

  return (
    <FieldFrame name={name} label={label} required className="picker span-2">
      {(aria) => (
        <>
          <input
            {...aria}
            type="search"
            role="combobox"
            aria-expanded={open}
            aria-controls={`${aria.id}-list`}
            aria-autocomplete="list"
            autoComplete="off"
            placeholder={t('documents.customerPlaceholder')}
            value={text ?? value}
            disabled={disabled}
            onChange={(e) => setText(e.target.value)}
            onBlur={() => setText(null)}
            onKeyDown={onKeyDown}
            data-testid="customer-picker"
          />
          {open && (
            <ul id={`${aria.id}-list`} role="listbox" className="picker-list" aria-label={label}>
              {rows.length === 0 && <li className="picker-empty">{t('documents.noCustomerMatch')}</li>}
              {rows.map((row, index) => (
                <li
                  key={row.id}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'active' : undefined}
                  onMouseDown={(e) => {
                    e.preventDefault()
                    choose(row)
                  }}
                  data-testid="customer-option"
                >
                  <span className="mono">{row.code}</span> {row.name}{' '}
                  <span className="muted">{row.city}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </FieldFrame>
  )
}
