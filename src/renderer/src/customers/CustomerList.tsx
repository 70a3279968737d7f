/** The customer list: instant search, filters, sortable columns, 100 000 rows scroll smoothly. */
import { useMemo } from 'react'
import { useNavigate } from 'react-router-dom'
import { customerStatuses, type CustomerListQuery, type CustomerRow } from '../../../shared/schemas/customers'
import { api } from '../api/client'
import { Banner } from '../components/Banner'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import {
  ExecutiveFilter,
  FilterSelect,
  listCount,
  ListGrid,
  ListHeader,
  SearchBox,
  useExport
} from '../components/ListPage'
import { useFlash } from '../components/use-flash'
import { keys } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { useListParams } from '../components/use-list-params'
import { usePageTitle } from '../components/use-page-title'
import { FirstRunNotice, useFirstRun } from '../setup/FirstRunPage'
import { useLanguage, useT } from '../i18n'
import { ImportButton } from '../imports/ImportButton'
import { useExecutiveOptions } from '../components/use-executive-options'

const filterDefaults = { status: 'all', archived: 'exclude', executive: '' }
const defaultSort = { field: 'name', direction: 'asc' as const }
type SortField = CustomerListQuery['sort']['field']

export function CustomerList() {
  const { t } = useT()
  const language = useLanguage()
  const format = useFormat()
  const navigate = useNavigate()
  const executives = useExecutiveOptions()
  const list = useListParams(filterDefaults, defaultSort)
  const [flash, setFlash] = useFlash()
  const firstRun = useFirstRun()

  const status = list.value('status') as CustomerListQuery['status']
  const archived = list.value('archived') as CustomerListQuery['archived']
  const executive = list.value('executive')
  const { field, direction } = list.sort
  const query = useMemo(
    () => ({
      search: list.search,
      status,
      archived,
      executiveId: executive ? Number(executive) : null,
      sort: { field: field as SortField, direction }
    }),
    [list.search, status, archived, executive, field, direction]
  )
  const { rows, queryKey } = useQueryRows(keys.customers(), query, (window) =>
    api.call('customers.list', window)
  )
  const exporter = useExport(() => api.call('customers.exportXlsx', { ...query, language }))

  usePageTitle(t('customers.title'))

  const columns: Column<CustomerRow>[] = [
    {
      id: 'code',
      label: t('customers.col.code'),
      min: 6.5,
      sortField: 'code',
      render: (r) => <span className="mono">{r.code}</span>
    },
    {
      id: 'name',
      label: t('customers.col.name'),
      min: 12,
      grow: 3,
      sortField: 'name',
      render: (r) => (
        <>
          <span className="cell-main">{r.name}</span>
          {r.archived && <span className="badge badge-muted">{t('customers.archivedBadge')}</span>}
        </>
      )
    },
    {
      id: 'city',
      label: t('customers.col.city'),
      min: 7,
      grow: 1.4,
      sortField: 'city',
      render: (r) => r.city
    },
    {
      id: 'country',
      label: t('customers.col.country'),
      min: 4.5,
      sortField: 'country',
      render: (r) => r.country
    },
    {
      id: 'status',
      label: t('customers.col.status'),
      min: 6.5,
      sortField: 'status',
      fits: customerStatuses.map((s) => ({ badges: [t(`customers.status.${s}`)] })),
      render: (r) => <span className={`badge badge-${r.status}`}>{t(`customers.status.${r.status}`)}</span>
    },
    {
      id: 'contact',
      label: t('customers.col.contact'),
      min: 8,
      grow: 1.4,
      optional: true,
      render: (r) => r.contactName
    },
    {
      id: 'executiveName',
      label: t('customers.col.executiveName'),
      min: 8,
      grow: 1.2,
      optional: true,
      sortField: 'executiveName',
      render: (r) => r.executiveName
    },
    {
      id: 'updatedAt',
      label: t('customers.col.updatedAt'),
      min: 8,
      optional: true,
      sortField: 'updatedAt',
      render: (r) => format.date(r.updatedAt)
    }
  ]

  const total = rows.total
  return (
    <div className="page page-list">
      <ListHeader
        title={t('customers.title')}
        count={listCount(t, format, 'customers.count', total)}
        actions={
          <>
            {exporter.button}
            <ImportButton kind="customers" />
            <button
              type="button"
              className="primary"
              onClick={() => void navigate('/customers/new')}
              data-testid="customer-new"
            >
              {t('customers.new')}
            </button>
          </>
        }
      />
      <div className="toolbar" role="search">
        <SearchBox
          id="customer-search"
          label={t('customers.searchLabel')}
          placeholder={t('customers.searchPlaceholder')}
          list={list}
        />
        <FilterSelect
          id="customer-status"
          label={t('customers.filterStatus')}
          value={list.value('status')}
          onChange={(v) => list.update({ status: v })}
          testId="customer-filter-status"
        >
          <option value="all">{t('common.all')}</option>
          {customerStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`customers.status.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="customer-archived"
          label={t('customers.filterArchived')}
          value={list.value('archived')}
          onChange={(v) => list.update({ archived: v })}
          testId="customer-filter-archived"
        >
          <option value="exclude">{t('customers.archivedExclude')}</option>
          <option value="include">{t('customers.archivedInclude')}</option>
          <option value="only">{t('customers.archivedOnly')}</option>
        </FilterSelect>
        <ExecutiveFilter
          id="customer-executive"
          label={t('customers.filterExecutive')}
          anyLabel={t('customers.anyExecutive')}
          executives={executives}
          value={list.value('executive')}
          onChange={(v) => list.update({ executive: v })}
          testId="customer-filter-executive"
        />
      </div>
      <Banner message={flash} onClose={() => setFlash(null)} />
      {exporter.banner}
      <FirstRunNotice />
      <ListGrid
        list={list}
        label={t('customers.listLabel')}
        testId="customer-grid"
        rowTestId="customer-row"
        columns={columns}
        rows={rows}
        queryKey={queryKey}
        onOpen={(r) => void navigate(`/customers/${r.id}`)}
        rowClassName={(r) => (r.archived ? 'archived' : '')}
        quietWhenEmpty={firstRun}
      />
    </div>
  )
}
