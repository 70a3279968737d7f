/**
 * The products a customer prefers: type to find a product (products.list search), pick it,
 * and it shows as a removable chip. Free notes below.
 */
import { useQueries, useQueryClient } from '@tanstack/react-query'
import { useState, type KeyboardEvent } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import type { CustomerInput } from '../../../shared/schemas/customers'
import type { Product } from '../../../shared/schemas/products'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { LoadFailure } from '../components/LoadFailure'
import { errorAt, TextAreaField } from '../components/fields'
import { useDebounced } from '../components/use-debounced'
import { SEARCH_DELAY_MS } from '../components/use-list-params'
import { useT } from '../i18n'
import { FormSection } from './CustomerSections'

/** Products already chosen, fetched once per id (and kept: a product picked here is known at once). */
function useProductNames(ids: number[]) {
  const client = useQueryClient()
  const products = useQueries({
    queries: ids.map((id) => ({
      queryKey: keys.products('get', id),
      queryFn: () => api.call('products.get', { id }),
      staleTime: Infinity
    }))
  })
  const names = new Map<number, Product>()
  for (const { data } of products) if (data) names.set(data.id, data)
  const failed = products.find((p) => p.error)?.error ?? null
  const remember = (product: Product) => client.setQueryData(keys.products('get', product.id), product)
  return { names, remember, failed }
}

export function ProductPreferencesSection() {
  const { t, tm } = useT()
  const { setValue, formState } = useFormContext<CustomerInput>()
  const chosen = useWatch<CustomerInput, 'preferredProductIds'>({ name: 'preferredProductIds' })
  const { names, remember, failed } = useProductNames(chosen)
  const [text, setText] = useState('')
  const search = useDebounced(text, SEARCH_DELAY_MS)
  const found = useApiQuery(
    keys.products('search', search),
    () =>
      api.call('products.list', {
        search,
        active: 'active',
        sort: { field: 'name', direction: 'asc' },
        offset: 0,
        limit: 8
      }),
    { enabled: search.trim() !== '' }
  )
  const matches = found.data?.rows ?? []
  // The highlighted suggestion goes back to the first one for each new search.
  const [highlight, setHighlight] = useState({ search, index: 0 })
  const active = highlight.search === search ? highlight.index : 0
  const setActive = (next: (index: number) => number) => setHighlight({ search, index: next(active) })
  const error = errorAt(formState.errors, 'preferredProductIds')

  const suggestions = matches.filter((p) => !chosen.includes(p.id))
  const open = text.trim() !== '' && search === text

  function choose(product: Product) {
    remember(product)
    setValue('preferredProductIds', [...chosen, product.id], { shouldDirty: true })
    setText('')
  }

  function unchoose(id: number) {
    setValue(
      'preferredProductIds',
      chosen.filter((c) => c !== id),
      { shouldDirty: true }
    )
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!open || suggestions.length === 0) return
    if (event.key === 'ArrowDown') setActive((a) => Math.min(suggestions.length - 1, a + 1))
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1))
    else if (event.key === 'Enter') choose(suggestions[Math.min(active, suggestions.length - 1)])
    else if (event.key === 'Escape') setText('')
    else return
    event.preventDefault()
  }

  return (
    <FormSection id="products" title={t('customer.sections.products')}>
      {chosen.length === 0 ? (
        <p className="muted">{t('customer.productNone')}</p>
      ) : (
        <ul className="chips" aria-label={t('customer.sections.products')}>
          {chosen.map((id) => {
            const product = names.get(id)
            const label = product ? `${product.name} (${product.sku})` : `#${id}`
            return (
              <li key={id} className="chip" data-testid="product-chip">
                <span>{label}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('customer.productRemove', { name: label })}
                  onClick={() => unchoose(id)}
                >
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <div className={`field picker${error ? ' has-error' : ''}`}>
        <label htmlFor="product-picker">{t('customer.productPicker')}</label>
        <input
          id="product-picker"
          type="search"
          role="combobox"
          aria-expanded={open}
          aria-controls="product-picker-list"
          aria-autocomplete="list"
          aria-activedescendant={
            open && suggestions.length > 0
              ? `product-option-${suggestions[Math.min(active, suggestions.length - 1)].id}`
              : undefined
          }
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'product-picker-error' : undefined}
          placeholder={t('customer.productPickerPlaceholder')}
          value={text}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="product-picker"
        />
        {open && (
          <ul
            ref={(list) => list?.scrollIntoView({ block: 'nearest' })}
            id="product-picker-list"
            role="listbox"
            className="picker-list"
            aria-label={t('customer.productPicker')}
          >
            {suggestions.length === 0 && <li className="picker-empty">{t('customer.productNoMatch')}</li>}
            {suggestions.map((p, index) => (
              <li
                key={p.id}
                id={`product-option-${p.id}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault()
                  choose(p)
                }}
                data-testid="product-option"
              >
                <span className="mono">{p.sku}</span> {p.name}
              </li>
            ))}
          </ul>
        )}
        {error && (
          <p id="product-picker-error" className="field-error">
            {tm(error)}
          </p>
        )}
      </div>
      <LoadFailure error={found.error ?? failed} />
      <TextAreaField name="productNotes" label={t('customer.productNotes')} rows={3} />
    </FormSection>
  )
}
