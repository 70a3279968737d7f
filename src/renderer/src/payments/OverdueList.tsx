/** Overdue invoices and debit notes, oldest due first; opening a row opens its customer's account. */
import type { OverdueRow } from '../../../shared/schemas/receivables'
import { api } from '../api/client'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import { useExport } from '../components/ListPage'
import { TeamFilter } from '../components/ListScreen'
import { useListParams } from '../components/use-list-params'
import { keys } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { useT } from '../i18n'
import { ItemBadge, ListSums } from './common'
import { PaymentsListScreen } from './PaymentsFrame'

const defaultSort = { field: 'dueDate', direction: 'asc' as const }

const filterDefaults = { executive: '' }

export function OverdueList() {
  const { t } = useT()
  const format = useFormat()
  const list = useListParams(filterDefaults, defaultSort)
  const query = { search: list.search, customerId: null, asOf: null, executiveId: list.chosenId('executive') }
  const { rows, queryKey, first } = useQueryRows(keys.payments(), query, (window) =>
    api.call('receivables.overdue', window)
  )
  const sums = first?.totals ?? []
  const exporter = useExport((language) => api.call('receivables.overdueXlsx', { ...query, language }))
  const columns: Column<OverdueRow>[] = [
    {
      id: 'number',
      label: t('payments.overdue.col.number'),
      min: 9,
      render: (r) => <span className="mono">{r.number}</span>
    },
    {
      id: 'customer',
      label: t('payments.overdue.col.customer'),
      min: 12,
      grow: 2,
      render: (r) => <span className="cell-main">{r.customerName}</span>
    },
    {
      id: 'dueDate',
      label: t('payments.overdue.col.dueDate'),
      min: 7,
      render: (r) => format.date(r.dueDate)
    },
    {
      id: 'days',
      label: t('payments.overdue.col.days'),
      min: 5,
      align: 'end',
      render: (r) => <span className="num">{format.number(r.daysOverdue)}</span>
    },
    {
      id: 'total',
      label: t('payments.overdue.col.total'),
      min: 7,
      align: 'end',
      optional: true,
      render: (r) => <span className="num">{format.money(r.totalCents, r.currency)}</span>
    },
    {
      id: 'open',
      label: t('payments.overdue.col.open'),
      min: 7,
      align: 'end',
      render: (r) => <span className="num">{format.money(r.openCents, r.currency)}</span>
    },
    {
      id: 'status',
      label: t('payments.overdue.col.status'),
      min: 8,
      optional: true,
      fits: ItemBadge.fits(t),
      render: (r) => <ItemBadge status={r.status} />
    }
  ]
  return (
    <PaymentsListScreen
      countKey="payments.overdue.count"
      list={list}
      prefix="overdue"
      searchPlaceholder={t('payments.overdue.searchPlaceholder')}
      filters={<TeamFilter label={t('payments.filterExecutive')} anyLabel={t('customers.anyExecutive')} />}
      notices={<ListSums sums={sums} testId="overdue-totals" />}
      exporter={exporter}
      fixedOrder
      grid={{
        label: t('payments.overdue.listLabel'),
        columns,
        rows,
        queryKey,
        getRowId: (r) => r.documentId,
        openPath: (r) => `/customers/${r.customerId}#payments`
      }}
    />
  )
}
