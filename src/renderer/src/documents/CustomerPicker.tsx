/** Type part of a customer's name, code or tax id, pick with the arrows and Enter. */
import { useEffect, useState, type KeyboardEvent } from 'react'
import type { CustomerRow } from '../../../shared/schemas/customers'
import { api } from '../api/client'
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
  const [matches, setMatches] = useState<{ search: string; rows: CustomerRow[] }>({ search: '', rows: [] })
  const [active, setActive] = useState(0)

  useEffect(() => {
    if (search.trim() === '') return
    let live = true
    api
      .call('customers.list', {
        search,
        status: 'all',
        archived: 'exclude',
        executiveId: null,
        sort: { field: 'name', direction: 'asc' },
        offset: 0,
        limit: 8
      })
      .then((page) => {
        if (!live) return
        setMatches({ search, rows: page.rows })
        setActive(0)
      })
      .catch(() => live && setMatches({ search, rows: [] }))
    return () => {
      live = false
    }
  }, [search])

  const open = text !== null && text.trim() !== '' && matches.search === text
  const rows = open ? matches.rows : []

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
    if (event.key === 'ArrowDown') setActive((a) => Math.min(rows.length - 1, a + 1))
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1))
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
