/**
 * The invoice list's NAV column and filter: where each invoice's report stands. They show while
 * NAV reporting is on, or while the list is filtered by it, for the documents NAV is told about.
 */
import type { DocumentRow } from '../../../shared/schemas/document-list'
import type { DocumentType } from '../../../shared/schemas/documents'
import { navListStatuses, type NavListStatus } from '../../../shared/schemas/nav'
import { api } from '../api/client'
import { useApiQuery } from '../api/query'
import type { Column } from '../components/DataGrid'
import { FilterSelect } from '../components/ListPage'
import { useT } from '../i18n'
import { NavBadge, navKeys } from './common'

export type NavListFilter = NavListStatus | 'all'

const reported: readonly DocumentType[] = ['invoice', 'credit_note', 'debit_note']

/** The filter as the address has it; anything else is "all". */
export function navListFilter(value: string): NavListFilter {
  return navListStatuses.find((s) => s === value) ?? 'all'
}

/** Whether the list of `type` has the NAV column and filter. */
export function useNavInList(type: DocumentType, filter: NavListFilter): boolean {
  const status = useApiQuery(navKeys.status, () => api.call('nav.status', {}))
  return reported.includes(type) && (status.data?.enabled === true || filter !== 'all')
}

export function useNavColumn(shown: boolean): Column<DocumentRow>[] {
  const { t } = useT()
  if (!shown) return []
  return [
    {
      id: 'navStatus',
      label: t('navReporting.column.status'),
      min: 8,
      fits: NavBadge.fits(t),
      render: (r) => (r.navStatus ? <NavBadge status={r.navStatus} /> : null)
    }
  ]
}

export function NavFilter({ value, onChange }: { value: NavListFilter; onChange: (value: string) => void }) {
  const { t } = useT()
  return (
    <FilterSelect
      id="document-nav"
      label={t('navReporting.column.status')}
      value={value}
      onChange={onChange}
      testId="document-filter-nav"
    >
      <option value="all">{t('common.all')}</option>
      {navListStatuses.map((s) => (
        <option key={s} value={s}>
          {t(`navReporting.status.${s}`)}
        </option>
      ))}
    </FilterSelect>
  )
}
