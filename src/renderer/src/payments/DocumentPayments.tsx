/** On an issued invoice or debit note: its payment status, what is still owed, and the payments on it. */
import { useState } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { LoadFailure } from '../components/LoadFailure'
import { TitledSection } from '../components/TitledSection'
import { useFormat } from '../components/format'
import { useT } from '../i18n'
import { ItemStatusBadge, PaymentBadge } from './common'
import { RecordPaymentButton } from './RecordPaymentButton'

export function DocumentPayments({ documentId, customerName }: { documentId: number; customerName: string }) {
  const { t } = useT()
  const format = useFormat()
  const navigate = useNavigate()
  const [recorded, setRecorded] = useState<number | null>(null)
  const { data, error } = useApiQuery(keys.payments('document', documentId), () =>
    api.call('receivables.document', { id: documentId })
  )
  if (error) return <LoadFailure error={error} />
  if (!data?.item) return null
  const { item } = data
  return (
    <TitledSection
      id="document-payments"
      title={t('payments.document.title')}
      className="document-payments"
      testId="document-payments"
    >
      <p>
        <ItemStatusBadge status={item.status} overdue={item.overdue} />{' '}
        <span data-testid="document-open">
          {t('payments.document.open', { amount: format.money(Math.max(0, item.openCents), item.currency) })}
        </span>
      </p>
      {data.payments.length > 0 && (
        <ul className="pay-items">
          {data.payments.map((p) => (
            <li key={p.paymentId}>
              <Link to={`/payments/${p.paymentId}`}>{format.date(p.paymentDate)}</Link>
              {p.status === 'returned' && <PaymentBadge status="returned" />}
              <span className="num">{format.money(p.amountCents, p.currency)}</span>
            </li>
          ))}
        </ul>
      )}
      {recorded !== null && (
        <p className="notice" role="status" data-testid="document-payment-recorded">
          {t('payments.document.recorded')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void navigate(`/payments/${recorded}`)}
          >
            {t('payments.document.openPayment')}
          </button>
        </p>
      )}
      <p className="document-payments-actions">
        {item.openCents > 0 && (
          <RecordPaymentButton
            customer={{ id: item.customerId, name: customerName }}
            document={{ documentId: item.documentId, openCents: item.openCents, currency: item.currency }}
            label={t('payments.record')}
            testId="document-record-payment"
            onRecorded={setRecorded}
          />
        )}{' '}
        <Link to={`/customers/${item.customerId}#payments`}>{t('payments.document.account')}</Link>
      </p>
    </TitledSection>
  )
}
