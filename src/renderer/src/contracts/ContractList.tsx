/** The contracts list: search, status (with "expiring"), executive, sortable columns, Excel export. */
import { Link } from 'react-router-dom'
import { formatMoney } from '../../../shared/money'
import { contractStatuses, type ContractListQuery, type ContractRow } from '../../../shared/schemas/contracts'
import { api } from '../api/client'
import type { BadgeTone } from '../components/badge-tones'
import { FlagBadge, ToneBadge } from '../components/ToneBadge'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import { useExport } from '../components/ListPage'
import { AreaListScreen, StatusFilter } from '../components/AreaListScreen'
import { TeamFilter } from '../components/ListScreen'
import { useListParams } from '../components/use-list-params'
import { keys } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { useT } from '../i18n'
import './contracts.css'

const filterDefaults = { status: 'all', executive: '' }
const defaultSort = { field: 'number' as SortField, direction: 'desc' as const }
type SortField = ContractListQuery['sort']['field']

/** The status badge, with "expiring" beside an active contract that needs renewing. */
const contractTones: Record<ContractRow['status'], BadgeTone> = {
  draft: 'neutral',
  active: 'good',
  ended: 'muted',
  terminated: 'danger'
}

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
      <ToneBadge status={status} tones={contractTones} words="contracts.status" testId="contract-status" />
      {expiring && (
        <FlagBadge tone="warning" className="badge-expiring" testId="contract-expiring">
          {t('contracts.expiring')}
        </FlagBadge>
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
  const format = useFormat()
  const list = useListParams(filterDefaults, defaultSort)

  const query = {
    search: list.search,
    status: list.value('status') as ContractListQuery['status'],
    customerId: null,
    executiveId: list.chosenId('executive'),
    sort: list.sort
  }
  const { rows, queryKey } = useQueryRows(keys.contracts(), query, (window) =>
    api.call('contracts.list', window)
  )
  const exporter = useExport((language) => api.call('contracts.exportXlsx', { ...query, language }))

  return (
    <AreaListScreen
      area="contracts"
      actions={
        <>
          <Link className="button" to="/contracts/renewals" data-testid="contract-renewals">
            {t('contracts.renewals')}
          </Link>
          {exporter.button}
        </>
      }
      list={list}
      prefix="contract"
      filters={
        <>
          <StatusFilter
            area="contracts"
            statuses={contractStatuses}
            first={[{ value: 'expiring', label: t('contracts.expiring') }]}
          />
          <TeamFilter label={t('contracts.filterExecutive')} anyLabel={t('contracts.anyExecutive')} />
        </>
      }
      exporter={exporter}
      grid={{
        columns: contractColumns(t, format),
        rows,
        queryKey,
        openPath: (r) => `/contracts/${r.id}`
      }}
    />
  )
}
