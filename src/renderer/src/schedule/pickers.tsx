/**
 * Pickers the schedule and contract forms share: type to find a customer or a product
 * (a combobox over the list APIs), and tick sales executives from the (small) team.
 */
import { useQueries } from '@tanstack/react-query'
import { useState, type KeyboardEvent } from 'react'
import { useFormContext } from 'react-hook-form'
import { Link } from 'react-router-dom'
import type { ExecutiveRow } from '../../../shared/schemas/executives'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { LoadFailure } from '../components/LoadFailure'
import { useDebounced } from '../components/use-debounced'
import { SEARCH_DELAY_MS } from '../components/use-list-params'
import { useT } from '../i18n'

export interface PickerItem {
  id: number
  label: string
  detail?: string
}

interface SearchPickerProps {
  id: string
  label: string
  placeholder: string
  noMatch: string
  find: (text: string) => Promise<PickerItem[]>
  onChoose: (item: PickerItem) => void
  exclude?: number[]
  error?: string
  required?: boolean
  testId: string
}

/** Type a few letters, pick with the mouse or Up/Down + Enter. */
export function SearchPicker({
  id,
  label,
  placeholder,
  noMatch,
  find,
  onChoose,
  exclude = [],
  error,
  required,
  testId
}: SearchPickerProps) {
  const { t, tm } = useT()
  const [text, setText] = useState('')
  const search = useDebounced(text, SEARCH_DELAY_MS)
  const found = useApiQuery(['picker', id, search], () => find(search), { enabled: search.trim() !== '' })
  const matches = found.data ?? []
  // The highlighted suggestion goes back to the first one for each new search.
  const [highlight, setHighlight] = useState({ search, index: 0 })
  const active = highlight.search === search ? highlight.index : 0
  const setActive = (next: (index: number) => number) => setHighlight({ search, index: next(active) })

  const suggestions = matches.filter((m) => !exclude.includes(m.id))
  const open = text.trim() !== '' && search === text
  const current = suggestions[Math.min(active, suggestions.length - 1)]

  function choose(item: PickerItem) {
    onChoose(item)
    setText('')
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!open || suggestions.length === 0) return
    if (event.key === 'ArrowDown') setActive((a) => Math.min(suggestions.length - 1, a + 1))
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1))
    else if (event.key === 'Enter') choose(current)
    else if (event.key === 'Escape') setText('')
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div className={`field picker${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required-mark" aria-label={t('common.required')}>
            {' '}
            *
          </span>
        )}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && suggestions.length > 0 ? `${id}-option-${current.id}` : undefined}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        placeholder={placeholder}
        value={text}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        data-testid={testId}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" className="picker-list" aria-label={label}>
          {suggestions.length === 0 && <li className="picker-empty">{noMatch}</li>}
          {suggestions.map((item, index) => (
            <li
              key={item.id}
              id={`${id}-option-${item.id}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault()
                choose(item)
              }}
              data-testid={`${testId}-option`}
            >
              {item.detail && <span className="mono">{item.detail}</span>} {item.label}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {tm(error)}
        </p>
      )}
      <LoadFailure error={found.error} />
    </div>
  )
}

export const findCustomers = (search: string): Promise<PickerItem[]> =>
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
    .then((page) =>
      page.rows.map((r) => ({ id: r.id, label: r.city ? `${r.name} · ${r.city}` : r.name, detail: r.code }))
    )

/**
 * The customer a visit, plan or contract is for: its name once chosen (a link to the customer
 * when `link` is given) and, while it may still change, a search to choose it. `onChoose` gets
 * the customer's id and name (the picker's label also carries the city).
 */
export function CustomerChoice({
  pickerId,
  name,
  nameTestId,
  link,
  canChoose,
  label,
  error,
  className,
  onChoose
}: {
  pickerId: string
  name: string
  nameTestId?: string
  link?: string
  canChoose: boolean
  label: string
  error?: string
  className: string
  onChoose: (id: number, name: string) => void
}) {
  const { t } = useT()
  return (
    <div className={className}>
      {name && (
        <p className="chosen-customer" data-testid={nameTestId}>
          {link ? <Link to={link}>{name}</Link> : <strong>{name}</strong>}
        </p>
      )}
      {canChoose && (
        <SearchPicker
          id={pickerId}
          label={label}
          placeholder={t('visit.customerPlaceholder')}
          noMatch={t('visit.customerNoMatch')}
          find={findCustomers}
          onChoose={(item) => onChoose(item.id, item.label.split(' · ')[0])}
          error={error}
          // With a customer chosen, searching for another is optional: no "required" mark.
          required={!name}
          testId={pickerId}
        />
      )}
    </div>
  )
}

export const findProducts = (search: string): Promise<PickerItem[]> =>
  api
    .call('products.list', {
      search,
      active: 'active',
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 8
    })
    .then((page) => page.rows.map((p) => ({ id: p.id, label: p.name, detail: p.sku })))

/** Names of products by id, fetched once each (for chips of products already chosen). */
export function useProductLabels(ids: number[]): { labels: Map<number, string>; error: Error | null } {
  const products = useQueries({
    queries: ids.map((id) => ({
      queryKey: keys.products('get', id),
      queryFn: () => api.call('products.get', { id }),
      staleTime: Infinity
    }))
  })
  const labels = new Map<number, string>()
  for (const { data } of products) if (data) labels.set(data.id, `${data.name} (${data.sku})`)
  return { labels, error: products.find((p) => p.error)?.error ?? null }
}

/** Chosen items as removable chips. */
export function Chips({
  items,
  label,
  onRemove,
  testId
}: {
  items: PickerItem[]
  label: string
  onRemove?: (id: number) => void
  testId: string
}) {
  const { t } = useT()
  if (items.length === 0) return null
  return (
    <ul className="chips" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="chip" data-testid={testId}>
          <span>{item.label}</span>
          {onRemove && (
            <button
              type="button"
              className="chip-remove"
              aria-label={t('schedule.removeItem', { name: item.label })}
              onClick={() => onRemove(item.id)}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}

/** Tick the sales executives taking part; inactive ones only show when already chosen. */
export function ExecutiveChecklist({
  executives,
  value,
  onChange,
  label,
  error,
  testId
}: {
  executives: ExecutiveRow[]
  value: number[]
  onChange: (ids: number[]) => void
  label: string
  error?: string
  testId: string
}) {
  const { tm } = useT()
  const shown = executives.filter((e) => e.active || value.includes(e.id))
  return (
    <fieldset className={`field executive-checklist${error ? ' has-error' : ''}`} data-testid={testId}>
      <legend>
        {label} <span className="required-mark">*</span>
      </legend>
      <div className="checklist" aria-invalid={Boolean(error)}>
        {shown.map((e) => (
          <label key={e.id} className="checklist-item">
            <input
              type="checkbox"
              checked={value.includes(e.id)}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, e.id] : value.filter((v) => v !== e.id))
              }
              data-testid={`${testId}-${e.id}`}
            />
            {e.name}
          </label>
        ))}
      </div>
      {error && <p className="field-error">{tm(error)}</p>}
    </fieldset>
  )
}

/**
 * The executives checklist as a field of the surrounding form (`name` holds the ids): ticking
 * counts as a change for the close guard and clears the field's problem.
 */
export function ExecutiveChecklistField({
  name,
  executives,
  label,
  testId
}: {
  name: string
  executives: ExecutiveRow[]
  label: string
  testId: string
}) {
  const { watch, setValue, clearErrors, formState } = useFormContext()
  // An array field's own problem (e.g. "choose at least one") sits on `root` or on the field.
  const problem = formState.errors[name] as { message?: string; root?: { message?: string } } | undefined
  return (
    <ExecutiveChecklist
      executives={executives}
      value={watch(name) as number[]}
      onChange={(ids) => {
        setValue(name, ids, { shouldDirty: true })
        clearErrors(name)
      }}
      label={label}
      error={problem?.message ?? problem?.root?.message}
      testId={testId}
    />
  )
}
