/**
 * The payments area's frame: title with count and actions, the tabs, then the view. A payment
 * recorded or imported here refreshes the view through the query layer (the dialogs invalidate
 * the payments and documents reads).
 */
import { useState, type ComponentProps, type ReactNode } from 'react'
import { useFormat } from '../components/format'
import { listCount, ListHeader, type useExport } from '../components/ListPage'
import { ListBody } from '../components/ListScreen'
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'
import { PaymentTabs } from './common'
import { ImportPaymentsDialog } from './ImportPaymentsDialog'
import { RecordPaymentButton } from './RecordPaymentButton'

export function PaymentsFrame({
  count,
  actions,
  children
}: {
  count: string
  actions?: ReactNode
  children: ReactNode
}) {
  const { t } = useT()
  const [importing, setImporting] = useState(false)
  usePageTitle(t('payments.title'))
  return (
    <div className="page page-list">
      <ListHeader
        title={t('payments.title')}
        count={count}
        actions={
          <>
            {actions}
            <button type="button" onClick={() => setImporting(true)} data-testid="payments-import">
              {t('payments.import')}
            </button>
            <RecordPaymentButton
              customer={null}
              label={t('payments.record')}
              primary
              testId="payments-record"
            />
          </>
        }
      />
      <PaymentTabs />
      {children}
      {importing && <ImportPaymentsDialog onClose={() => setImporting(false)} />}
    </div>
  )
}

type ListBodyProps<Row> = ComponentProps<typeof ListBody<Row>>

/**
 * A view of the payments area that is a list (the payments, the overdue receivables, the aged
 * receivables, the investigations): the frame with the list's count beside the title, then the
 * list's toolbar, messages and grid. Every view's search box has the same label; `searchPlaceholder`
 * says what this one searches (leave out for a list filtered by choices alone). A list that exports
 * (useExport) has its button beside the title and its problem or confirmation above the list.
 */
export function PaymentsListScreen<Row>({
  countKey,
  searchPlaceholder,
  exporter,
  ...body
}: Omit<ListBodyProps<Row>, 'search' | 'exporter'> & {
  countKey:
    'payments.count' | 'payments.overdue.count' | 'payments.aged.count' | 'payments.investigations.count'
  searchPlaceholder?: string
  exporter?: ReturnType<typeof useExport>
}) {
  const { t } = useT()
  const format = useFormat()
  const search =
    searchPlaceholder === undefined
      ? undefined
      : { label: t('payments.searchLabel'), placeholder: searchPlaceholder }
  return (
    <PaymentsFrame count={listCount(t, format, countKey, body.grid.rows.total)} actions={exporter?.button}>
      <ListBody {...body} search={search} exporter={exporter} />
    </PaymentsFrame>
  )
}
