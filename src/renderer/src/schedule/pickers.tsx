/**
 * Pickers the schedule and campaign forms share: products to find (with components/SearchPicker)
 * and show as chips, and sales executives to tick from the (small) team.
 */
import { useQueries } from '@tanstack/react-query'
import { useFormContext } from 'react-hook-form'
import type { ExecutiveRow } from '../../../shared/schemas/executives'
import { api } from '../api/client'
import { keys } from '../api/query'
import type { PickerItem } from '../components/SearchPicker'
import { useT } from '../i18n'

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
  // The whole width of the dialog's form grid: one row of names, not squeezed into a column.
  return (
    <div className="span-all">
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
    </div>
  )
}
