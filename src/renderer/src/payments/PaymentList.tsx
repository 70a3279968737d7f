/** Payments received: search (customer, reference), status and method filters, sortable, virtualised. */
import { paymentMethods, type PaymentListQuery, type PaymentRow } from '../../../shared/schemas/payments'
import { api } from '../api/client'
import type { Column } from '../components/DataGrid'
import { StatusFilter } from '../components/AreaListScreen'
import { useFormat } from '../components/format'
import { ChoiceFilter } from '../components/ListScreen'
import { useListParams } from '../components/use-list-params'
import { keys } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { useT } from '../i18n'
import { PaymentsListScreen } from './PaymentsFrame'
import { PaymentBadge } from './common'

const filterDefaults = { status: 'all', method: 'all' }
const paymentStatuses = ['received', 'returned'] as const
const defaultSort = { field: 'paymentDate' as PaymentListQuery['sort']['field'], direction: 'desc' as const }

export function PaymentList() {
  const { t } = useT()
  const format = useFormat()
  const list = useListParams(filterDefaults, defaultSort)
  const query = {
    search: list.search,
    customerId: null,
    status: list.value('status') as PaymentListQuery['status'],
    method: list.value('method') as PaymentListQuery['method'],
    dateFrom: null,
    dateTo: null,
    sort: list.sort
  }
  const { rows, queryKey } = useQueryRows(keys.payments(), query, (window) =>
    api.call('payments.list', window)
  )
  const columns: Column<PaymentRow>[] = [
    {
      id: 'date',
      label: t('payments.col.date'),
      min: 7,
      sortField: 'paymentDate',
      render: (r) => format.date(r.paymentDate)
    },
    {
      id: 'customer',
      label: t('payments.col.customer'),
      min: 12,
      grow: 2,
      sortField: 'customerName',
      render: (r) => <span className="cell-main">{r.customerName}</span>
    },
    {
      id: 'amount',
      label: t('payments.col.amount'),
      min: 7,
      align: 'end',
      sortField: 'amountCents',
      render: (r) => <span className="num">{format.money(r.amountCents, r.currency)}</span>
    },
    {
      id: 'method',
      label: t('payments.col.method'),
      min: 7,
      optional: true,
      render: (r) => t(`payments.method.${r.method}`)
    },
    {
      id: 'reference',
      label: t('payments.col.reference'),
      min: 8,
      grow: 1,
      optional: true,
      render: (r) => <span className="mono">{r.reference}</span>
    },
    {
      id: 'documents',
      label: t('payments.col.documents'),
      min: 10,
      grow: 1,
      optional: true,
      render: (r) => <span className="mono">{r.documents}</span>
    },
    {
      id: 'status',
      label: t('payments.col.status'),
      min: 6,
      fits: PaymentBadge.fits(t),
      render: (r) => <PaymentBadge status={r.status} testId="payment-row-status" />
    }
  ]
  return (
    <PaymentsListScreen
      countKey="payments.count"
      list={list}
      prefix="payment"
      searchPlaceholder={t('payments.searchPlaceholder')}
      filters={
        <>
          <StatusFilter area="payments" statuses={paymentStatuses} />
          <ChoiceFilter
            param="method"
            label={t('payments.filterMethod')}
            withAll
            choices={paymentMethods}
            choiceLabel={(m) => t(`payments.method.${m}`)}
          />
        </>
      }
      grid={{
        label: t('payments.listLabel'),
        columns,
        rows,
        queryKey,
        openPath: (r) => `/payments/${r.id}`
      }}
    />
  )
}
