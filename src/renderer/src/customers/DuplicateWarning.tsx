/**
 * While a customer is typed in: the existing customers with the same tax id or nearly the same
 * name, each a link to open it (issue 13: duplicate customers were created without a word).
 */
import { useFormContext, useWatch } from 'react-hook-form'
import { Link } from 'react-router-dom'
import type { CustomerDuplicate, CustomerDuplicates, CustomerInput } from '../../../shared/schemas/customers'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { useDebounced } from '../components/use-debounced'
import { SEARCH_DELAY_MS } from '../components/use-list-params'
import { useT } from '../i18n'

const none: CustomerDuplicates = { sameTaxId: [], similarName: [] }

/** Asks the store now (before saving: the debounced answer may be late). */
export const findDuplicates = (name: string, taxId: string, excludeId: number | null) =>
  api.call('customers.duplicates', { name: name.slice(0, 200), taxId: taxId.slice(0, 30), excludeId })

function useDuplicates(excludeId: number | null): CustomerDuplicates {
  const { control } = useFormContext<CustomerInput>()
  const name = useDebounced(useWatch({ control, name: 'name' }), SEARCH_DELAY_MS)
  const taxId = useDebounced(useWatch({ control, name: 'taxId' }), SEARCH_DELAY_MS)
  // A failed look-up shows no warning, on purpose: the warning is advice while typing, and saving
  // asks again (findDuplicates) and shows that failure in the form's banner.
  const { data } = useApiQuery(
    keys.customers('duplicates', name, taxId, excludeId),
    () => findDuplicates(name, taxId, excludeId),
    { keepPrevious: true }
  )
  return data ?? none
}

function DuplicateList({ rows, testId }: { rows: CustomerDuplicate[]; testId: string }) {
  const { t } = useT()
  return (
    <ul className="duplicate-list">
      {rows.map((row) => (
        <li key={row.id} data-testid={testId}>
          <Link to={`/customers/${String(row.id)}`} target="_blank" rel="noopener">
            <span className="mono">{row.code}</span> {row.name}
          </Link>
          {[row.taxId, row.city].filter(Boolean).map((part) => ` · ${part}`)}
          {row.archived && ` · ${t('customerDuplicates.archived')}`}
        </li>
      ))}
    </ul>
  )
}

export function DuplicateWarning({ excludeId }: { excludeId: number | null }) {
  const { t } = useT()
  const { sameTaxId, similarName } = useDuplicates(excludeId)
  if (sameTaxId.length === 0 && similarName.length === 0) return null
  return (
    <div className="notice duplicate-warning" role="status" data-testid="customer-duplicates">
      {sameTaxId.length > 0 && (
        <>
          <p>
            <strong>{t('customerDuplicates.sameTaxId')}</strong>
          </p>
          <DuplicateList rows={sameTaxId} testId="duplicate-tax-id" />
        </>
      )}
      {similarName.length > 0 && (
        <>
          <p>{t('customerDuplicates.similarName')}</p>
          <DuplicateList rows={similarName} testId="duplicate-name" />
        </>
      )}
    </div>
  )
}
