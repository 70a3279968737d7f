/** The customer list: instant search, filters, sortable columns, 100 000 rows scroll smoothly. */
import {
  customerStatuses,
  type CustomerListQuery,
  type CustomerRow,
  type CustomerStatus
} from '../../../shared/schemas/customers'
import { api } from '../api/client'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import { useExport } from '../components/ListPage'
import { AreaListScreen, StatusFilter } from '../components/AreaListScreen'
import { ChoiceFilter, TeamFilter } from '../components/ListScreen'
import { keys } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { useListParams } from '../components/use-list-params'
import { FirstRunNotice, useFirstRun } from '../setup/FirstRunPage'
import { useT } from '../i18n'
import { ImportButton } from '../imports/ImportButton'
import type { BadgeTone } from '../components/badge-tones'
import { FlagBadge, statusBadge } from '../components/ToneBadge'

const filterDefaults = { status: 'all', archived: 'exclude', executive: '' }
const archivedChoices = ['exclude', 'include', 'only'] as const
const archivedLabels = {
  exclude: 'customers.archivedExclude',
  include: 'customers.archivedInclude',
  only: 'customers.archivedOnly'
} as const
const defaultSort = { field: 'name' as SortField, direction: 'asc' as const }
/** A customer who buys is good news, a prospect is worth a look, an inactive one has gone quiet. */
const customerTones: Record<CustomerStatus, BadgeTone> = {
  active: 'good',
  prospect: 'warning',
  inactive: 'muted'
}
const CustomerStatusBadge = statusBadge({ tones: customerTones, words: 'customers.status' })
type SortField = CustomerListQuery['sort']['field']

export function CustomerList() {
  const { t } = useT()
  const format = useFormat()
  const list = useListParams(filterDefaults, defaultSort)
  const firstRun = useFirstRun()

  const query = {
    search: list.search,
    status: list.value('status') as CustomerListQuery['status'],
    archived: list.value('archived') as CustomerListQuery['archived'],
    executiveId: list.chosenId('executive'),
    sort: list.sort
  }
  const { rows, queryKey } = useQueryRows(keys.customers(), query, (window) =>
    api.call('customers.list', window)
  )
  const exporter = useExport((language) => api.call('customers.exportXlsx', { ...query, language }))

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
          {r.archived && <FlagBadge tone="muted">{t('customers.archivedBadge')}</FlagBadge>}
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
      fits: CustomerStatusBadge.fits(t),
      render: (r) => <CustomerStatusBadge status={r.status} />
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

  return (
    <AreaListScreen
      area="customers"
      actions={
        <>
          {exporter.button}
          <ImportButton kind="customers" />
        </>
      }
      list={list}
      prefix="customer"
      filters={
        <>
          <StatusFilter area="customers" statuses={customerStatuses} />
          <ChoiceFilter
            param="archived"
            label={t('customers.filterArchived')}
            choices={archivedChoices}
            choiceLabel={(a) => t(archivedLabels[a])}
          />
          <TeamFilter label={t('customers.filterExecutive')} anyLabel={t('customers.anyExecutive')} />
        </>
      }
      exporter={exporter}
      notices={<FirstRunNotice />}
      grid={{
        columns,
        rows,
        queryKey,
        openPath: (r) => `/customers/${r.id}`,
        rowClassName: (r) => (r.archived ? 'archived' : ''),
        quietWhenEmpty: firstRun
      }}
    />
  )
}
