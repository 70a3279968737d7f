/** Investigations of returned payments, the open ones first by default. */
import {
  investigationStatuses,
  type InvestigationListQuery,
  type InvestigationRow
} from '../../../shared/schemas/investigations'
import { api } from '../api/client'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import { useExport } from '../components/ListPage'
import { ChoiceFilter, TeamFilter } from '../components/ListScreen'
import { useListParams } from '../components/use-list-params'
import { keys } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { useT } from '../i18n'
import { InvestigationBadge, ListSums } from './common'
import { PaymentsListScreen } from './PaymentsFrame'

const defaultSort = { field: 'openedOn', direction: 'desc' as const }

const filterDefaults = { status: 'active', customer: '', executive: '' }

export function InvestigationList() {
  const { t } = useT()
  const format = useFormat()
  const list = useListParams(filterDefaults, defaultSort)
  const query = {
    status: list.value('status') as InvestigationListQuery['status'],
    customerId: list.chosenId('customer'),
    executiveId: list.chosenId('executive')
  }
  const { rows, queryKey, first } = useQueryRows(keys.payments(), query, (window) =>
    api.call('investigations.list', window)
  )
  const sums = first?.totals ?? []
  const exporter = useExport((language) => api.call('investigations.exportXlsx', { ...query, language }))
  const columns: Column<InvestigationRow>[] = [
    {
      id: 'opened',
      label: t('payments.investigations.col.opened'),
      min: 7,
      render: (r) => format.date(r.openedOn)
    },
    {
      id: 'customer',
      label: t('payments.investigations.col.customer'),
      min: 12,
      grow: 2,
      render: (r) => <span className="cell-main">{r.customerName}</span>
    },
    {
      id: 'amount',
      label: t('payments.investigations.col.amount'),
      min: 7,
      align: 'end',
      render: (r) => <span className="num">{format.money(r.amountCents, r.currency)}</span>
    },
    {
      id: 'reason',
      label: t('payments.investigations.col.reason'),
      min: 9,
      grow: 1,
      render: (r) => t(`payments.reasons.${r.reason}`)
    },
    {
      id: 'fee',
      label: t('payments.investigations.col.fee'),
      min: 6,
      align: 'end',
      optional: true,
      render: (r) => (
        <span className="num">{r.bankFeeCents ? format.money(r.bankFeeCents, r.currency) : ''}</span>
      )
    },
    {
      id: 'notes',
      label: t('payments.investigations.col.notes'),
      min: 4,
      align: 'end',
      optional: true,
      render: (r) => <span className="num">{r.notes}</span>
    },
    {
      id: 'status',
      label: t('payments.investigations.col.status'),
      min: 9,
      fits: InvestigationBadge.fits(t),
      render: (r) => <InvestigationBadge status={r.status} />
    }
  ]
  return (
    <PaymentsListScreen
      countKey="payments.investigations.count"
      list={list}
      prefix="investigation"
      filters={
        <>
          <ChoiceFilter
            param="status"
            label={t('payments.filterStatus')}
            first={[
              { value: 'active', label: t('payments.investigations.filterActive') },
              { value: 'all', label: t('common.all') }
            ]}
            choices={investigationStatuses}
            choiceLabel={(s) => t(`payments.investigations.status.${s}`)}
          />
          <TeamFilter label={t('payments.filterExecutive')} anyLabel={t('customers.anyExecutive')} />
        </>
      }
      notices={<ListSums sums={sums} testId="investigation-totals" />}
      exporter={exporter}
      fixedOrder
      grid={{
        label: t('payments.investigations.listLabel'),
        columns,
        rows,
        queryKey,
        openPath: (r) => `/payments/investigations/${r.id}`
      }}
    />
  )
}
