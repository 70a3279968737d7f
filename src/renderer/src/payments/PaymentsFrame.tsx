/**
 * The payments area's frame: title with count and actions, the tabs, then the view. A payment
 * recorded or imported here refreshes the view through the query layer (the dialogs invalidate
 * the payments and documents reads).
 */
import { useState, type ReactNode } from 'react'
import { ListHeader } from '../components/ListPage'
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'
import { PaymentTabs } from './common'
import { ImportPaymentsDialog } from './ImportPaymentsDialog'
import { RecordPaymentDialog } from './RecordPaymentDialog'

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
  const [dialog, setDialog] = useState<'record' | 'import' | null>(null)
  usePageTitle(t('payments.title'))
  return (
    <div className="page page-list">
      <ListHeader
        title={t('payments.title')}
        count={count}
        actions={
          <>
            {actions}
            <button type="button" onClick={() => setDialog('import')} data-testid="payments-import">
              {t('payments.import')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => setDialog('record')}
              data-testid="payments-record"
            >
              {t('payments.record')}
            </button>
          </>
        }
      />
      <PaymentTabs />
      {children}
      {dialog === 'record' && (
        <RecordPaymentDialog
          customer={null}
          onClose={() => setDialog(null)}
          onRecorded={() => setDialog(null)}
        />
      )}
      {dialog === 'import' && <ImportPaymentsDialog onClose={() => setDialog(null)} />}
    </div>
  )
}
