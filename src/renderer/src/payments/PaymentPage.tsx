/** One payment: what it paid, its credit, its return; "Record a return" when it is still received. */
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { Link } from 'react-router-dom'
import { returnReasons, type Payment } from '../../../shared/schemas/payments'
import { api } from '../api/client'
import { applyFieldErrors } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { AmountField } from '../components/AmountField'
import { CheckboxField, SelectField, TextField } from '../components/fields'
import { DateField } from '../components/DateInput'
import { companyToday, useFormat } from '../components/format'
import { Fact, RecordLoader } from '../components/RecordFrame'
import { FormDialog, type DialogProps } from '../components/Dialog'
import { useBannerAction } from '../components/use-banner-action'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { useT } from '../i18n'
import { centsOrMark, CustomerEntry, PaymentBadge, PaymentRecordPage, ReceivableNumber } from './common'

const loadPayment = (id: number) => api.call('payments.get', { id })

export function PaymentPage() {
  return (
    <RecordLoader load={loadPayment}>
      {(payment) => (payment ? <PaymentView initial={payment} /> : null)}
    </RecordLoader>
  )
}

interface ReturnValues {
  returnDate: string
  reason: (typeof returnReasons)[number]
  fee: string
  rebill: boolean
  note: string
}

function ReturnDialog({ payment, onClose, onDone }: DialogProps<Payment> & { payment: Payment }) {
  const { t } = useT()
  const form = useForm<ReturnValues>({
    defaultValues: {
      returnDate: companyToday(),
      reason: payment.method === 'card' ? 'disputed_card_charge' : 'insufficient_funds',
      fee: '0',
      rebill: false,
      note: ''
    }
  })
  // A refusal stays in the dialog (its fields marked); the page says when the return is recorded.
  const { busy, message, act } = useBannerAction()
  async function submit(values: ReturnValues) {
    // An empty fee is no fee.
    const fee = centsOrMark(form.setError, 'fee', values.fee, t('payments.recordDialog.amountInvalid'), 0)
    if (fee === null) return
    await act(
      async () => {
        onDone(
          await api.call('payments.return', {
            id: payment.id,
            returnDate: values.returnDate,
            reason: values.reason,
            bankFeeCents: fee,
            rebill: values.rebill,
            note: values.note
          })
        )
        return null
      },
      (error) => applyFieldErrors(error, form.setError, '', { bankFeeCents: 'fee' })
    )
  }
  return (
    <FormDialog
      title={t('payments.returnDialog.title')}
      okLabel={t('payments.returnDialog.ok')}
      busy={busy}
      danger
      onSubmit={() => void form.handleSubmit(submit)()}
      onClose={onClose}
      testId="return-dialog"
    >
      <FormProvider {...form}>
        <Banner message={message} />
        <div className="pay-form-grid">
          <DateField
            name="returnDate"
            label={t('payments.returnDialog.date')}
            required
            data-testid="return-date"
          />
          <SelectField name="reason" label={t('payments.returnDialog.reason')} data-testid="return-reason">
            <ChoiceOptions choices={returnReasons} label={(r) => t(`payments.reasons.${r}`)} />
          </SelectField>
          <AmountField name="fee" label={t('payments.returnDialog.fee')} data-testid="return-fee" />
          <CheckboxField name="rebill" label={t('payments.returnDialog.rebill')} testId="return-rebill" />
          <TextField
            name="note"
            label={t('payments.returnDialog.note')}
            autoComplete="off"
            fieldClassName="span-2"
          />
        </div>
      </FormProvider>
    </FormDialog>
  )
}

function PaymentView({ initial }: { initial: Payment }) {
  const { t } = useT()
  const format = useFormat()
  const [payment, setPayment] = useState(initial)
  const [returning, setReturning] = useState(false)
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const ret = payment.return
  return (
    <PaymentRecordPage
      testId="payment-page"
      title={t('payments.detail.title', { amount: format.money(payment.amountCents, payment.currency) })}
      status={<PaymentBadge status={payment.status} testId="payment-status-badge" />}
      backTo="/payments"
      actions={
        payment.status === 'received' && (
          <button
            type="button"
            className="danger"
            onClick={() => setReturning(true)}
            data-testid="payment-return"
          >
            {t('payments.detail.recordReturn')}
          </button>
        )
      }
      message={message}
      onMessageClose={() => setMessage(null)}
      activity={{ entity: 'payment', entityId: payment.id, refreshKey: payment.status }}
    >
      <dl>
        <CustomerEntry id={payment.customerId} code={payment.customerCode} name={payment.customerName} />
        <dt>{t('payments.detail.date')}</dt>
        <dd>{format.date(payment.paymentDate)}</dd>
        <dt>{t('payments.detail.method')}</dt>
        <dd>{t(`payments.method.${payment.method}`)}</dd>
        <dt>{t('payments.detail.reference')}</dt>
        <dd className="mono">{payment.reference || t('common.notSet')}</dd>
        <Fact label={t('payments.detail.note')}>{payment.note}</Fact>
        <dt>{t('payments.detail.credit')}</dt>
        <dd className="num">{format.money(payment.unallocatedCents, payment.currency)}</dd>
        <dt />
        <dd className="muted">{t(`payments.detail.source.${payment.source}`)}</dd>
      </dl>
      {ret && (
        <p className="banner banner-error" data-testid="payment-returned">
          {t('payments.detail.returned', {
            date: format.date(ret.returnDate),
            reason: t(`payments.reasons.${ret.reason}`)
          })}
          {ret.bankFeeCents > 0 &&
            ` · ${t('payments.investigations.fee')} ${format.money(ret.bankFeeCents, payment.currency)}`}
          {ret.debitNoteNumber && ` · ${t('payments.investigations.debitNote')} ${ret.debitNoteNumber}`}{' '}
          {ret.investigationId && (
            <Link
              to={`/payments/investigations/${ret.investigationId}`}
              data-testid="payment-investigation-link"
            >
              {t('payments.detail.investigation')}
            </Link>
          )}
        </p>
      )}
      <h2>{t('payments.detail.allocations')}</h2>
      {payment.allocations.length === 0 ? (
        <p className="muted">{t('payments.detail.noAllocations')}</p>
      ) : (
        <ul className="pay-items" data-testid="payment-allocations">
          {payment.allocations.map((a) => (
            <li key={a.id}>
              <ReceivableNumber documentId={a.documentId} number={a.documentNumber} />
              <span className="muted">{format.date(a.allocatedOn)}</span>
              <span className="num">{format.money(a.amountCents, payment.currency)}</span>
            </li>
          ))}
        </ul>
      )}
      {returning && (
        <ReturnDialog
          payment={payment}
          onClose={() => setReturning(false)}
          onDone={(p) => {
            setReturning(false)
            setPayment(p)
            setMessage({ kind: 'success', text: t('payments.returnDialog.done') })
          }}
        />
      )}
    </PaymentRecordPage>
  )
}
