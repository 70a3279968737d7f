/** The contracts list: search, status (with "expiring"), executive, sortable columns, Excel export. */
import { useMemo } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import { formatMoney } from '../../../shared/money'
import { contractStatuses, type ContractListQuery, type ContractRow } from '../../../shared/schemas/contracts'
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
import { useListParams } from '../components/use-list-params'
import { keys } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { usePageTitle } from '../components/use-page-title'
import { useExecutiveOptions } from '../components/use-executive-options'
import { useLanguage, useT } from '../i18n'
import './contracts.css'

const filterDefaults = { status: 'all', executive: '' }
const defaultSort = { field: 'number', direction: 'desc' as const }
type SortField = ContractListQuery['sort']['field']

/** The status badge, with "expiring" beside an active contract that needs renewing. */
export function ContractStatusBadge({
  status,
  expiring
}: {
  status: ContractRow['status']
  expiring: boolean
}) {
  const { t } = useT()
  return (
    <>
      <span className={`badge badge-contract-${status}`} data-testid="contract-status">
        {t(`contracts.status.${status}`)}
      </span>
      {expiring && (
        <span className="badge badge-expiring" data-testid="contract-expiring">
          {t('contracts.expiring')}
        </span>
      )}
    </>
  )
}

export function contractColumns(
  t: ReturnType<typeof useT>['t'],
  format: ReturnType<typeof useFormat>
): Column<ContractRow>[] {
  return [
    {
      id: 'number',
      label: t('contracts.col.number'),
      min: 8,
      sortField: 'number',
      render: (r) => <span className="mono">{r.number}</span>
    },
    {
      id: 'title',
      label: t('contracts.col.title'),
      min: 10,
      grow: 2,
      sortField: 'title',
      render: (r) => <span className="cell-main">{r.title}</span>
    },
    {
      id: 'customerName',
      label: t('contracts.col.customerName'),
      min: 10,
      grow: 2,
      sortField: 'customerName',
      render: (r) => r.customerName
    },
    {
      id: 'executiveName',
      label: t('contracts.col.executiveName'),
      min: 8,
      grow: 1,
      optional: true,
      render: (r) => r.executiveName
    },
    {
      id: 'valueCents',
      label: t('contracts.col.valueCents'),
      min: 7,
      align: 'end',
      sortField: 'valueCents',
      render: (r) => <span className="num">{formatMoney(r.valueCents, r.currency, format.locale)}</span>
    },
    {
      id: 'billingFrequency',
      label: t('contracts.col.billingFrequency'),
      min: 6,
      optional: true,
      render: (r) => t(`contracts.frequency.${r.billingFrequency}`)
    },
    {
      id: 'startDate',
      label: t('contracts.col.startDate'),
      min: 6.5,
      sortField: 'startDate',
      render: (r) => format.date(r.startDate)
    },
    {
      id: 'endDate',
      label: t('contracts.col.endDate'),
      min: 6.5,
      sortField: 'endDate',
      render: (r) =>
        r.endDate ? format.date(r.endDate) : <span className="muted">{t('contracts.openEnded')}</span>
    },
    {
      id: 'noticeDate',
      label: t('contracts.col.noticeDate'),
      min: 6.5,
      optional: true,
      render: (r) => format.date(r.noticeDate)
    },
    {
      id: 'status',
      label: t('contracts.col.status'),
      min: 9,
      sortField: 'status',
      // "Expiring" stands beside an active contract's status.
      fits: contractStatuses.map((s) => ({
        badges: [t(`contracts.status.${s}`), ...(s === 'active' ? [t('contracts.expiring')] : [])]
      })),
      render: (r) => <ContractStatusBadge status={r.status} expiring={r.expiring} />
    }
  ]
}

export function ContractList() {
  const { t } = useT()
  const language = useLanguage()
  const format = useFormat()
  const navigate = useNavigate()
  const executives = useExecutiveOptions()
  const list = useListParams(filterDefaults, defaultSort)
  const [flash, setFlash] = useFlash()

  const status = list.value('status') as ContractListQuery['status']
  const executive = list.value('executive')
  const { field, direction } = list.sort
  const query = useMemo(
    () => ({
      search: list.search,
      status,
      customerId: null,
      executiveId: executive ? Number(executive) : null,
      sort: { field: field as SortField, direction }
    }),
    [list.search, status, executive, field, direction]
  )
  const { rows, queryKey } = useQueryRows(keys.contracts(), query, (window) =>
    api.call('contracts.list', window)
  )
  const exporter = useExport(() => api.call('contracts.exportXlsx', { ...query, language }))

  usePageTitle(t('contracts.title'))

  const total = rows.total
  return (
    <div className="page page-list">
      <ListHeader
        title={t('contracts.title')}
        count={listCount(t, format, 'contracts.count', total)}
        actions={
          <>
            <Link className="button" to="/contracts/renewals" data-testid="contract-renewals">
              {t('contracts.renewals')}
            </Link>
            {exporter.button}
            <button
              type="button"
              className="primary"
              onClick={() => void navigate('/contracts/new')}
              data-testid="contract-new"
            >
              {t('contracts.new')}
            </button>
          </>
        }
      />
      <div className="toolbar" role="search">
        <SearchBox
          id="contract-search"
          label={t('contracts.searchLabel')}
          placeholder={t('contracts.searchPlaceholder')}
          list={list}
        />
        <FilterSelect
          id="contract-status"
          label={t('contracts.filterStatus')}
          value={list.value('status')}
          onChange={(v) => list.update({ status: v })}
          testId="contract-filter-status"
        >
          <option value="all">{t('common.all')}</option>
          <option value="expiring">{t('contracts.expiring')}</option>
          {contractStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`contracts.status.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <ExecutiveFilter
          id="contract-executive"
          label={t('contracts.filterExecutive')}
          anyLabel={t('contracts.anyExecutive')}
          executives={executives}
          value={executive}
          onChange={(v) => list.update({ executive: v })}
          testId="contract-filter-executive"
        />
      </div>
      <Banner message={flash} onClose={() => setFlash(null)} />
      {exporter.banner}
      <ListGrid
        list={list}
        label={t('contracts.listLabel')}
        testId="contract-grid"
        rowTestId="contract-row"
        columns={contractColumns(t, format)}
        rows={rows}
        queryKey={queryKey}
        onOpen={(r) => void navigate(`/contracts/${r.id}`)}
      />
    </div>
  )
}
