/**
 * Record a payment: customer (picked, or given by the customer page), date, amount, method
 * (the customer's usual one), reference; what it pays: the oldest open documents first, or
 * amounts per open document. Field errors come from the API's shared schema.
 */
import { useEffect, useMemo, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { api } from '../api/client'
import { keys, useApiQuery, useInvalidate } from '../api/query'
import { fieldProblemsOf } from '../components/api-errors'
import { markFieldProblems } from '../components/field-problems'
import { Banner } from '../components/Banner'
import { AmountField } from '../components/AmountField'
import { SelectField, TextField } from '../components/fields'
import { DateField } from '../components/DateInput'
import { companyToday, useFormat } from '../components/format'
import { CustomerPicker } from '../components/CustomerPicker'
import { FormDialog } from '../components/Dialog'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { useBannerAction } from '../components/use-banner-action'
import { PaymentMethodField } from '../components/PaymentMethodField'
import { useT } from '../i18n'
import { centsOf, centsOrMark, decimalOf } from './common'

interface Values {
  customerId: number
  paymentDate: string
  amount: string
  method: 'bank_transfer' | 'card' | 'direct_debit'
  reference: string
  note: string
  /** Chosen only when the customer owes in more than one currency; '' lets the store decide. */
  currency: string
  mode: (typeof allocationModes)[number]
  picks: Record<string, { on: boolean; amount: string }>
}

/** What the payment pays: the oldest open documents first, or amounts chosen per document. */
const allocationModes = ['oldest', 'choose'] as const
const allocationModeLabels = {
  oldest: 'payments.recordDialog.oldestFirst',
  choose: 'payments.recordDialog.choose'
} as const

/** The invoice a payment is recorded from (its page): what it still owes, in its currency. */
export interface PaidDocument {
  documentId: number
  openCents: number
  currency: string
}

export function RecordPaymentDialog({
  customer,
  document,
  onClose,
  onRecorded
}: {
  customer: { id: number; name: string } | null
  /** Given on an invoice's page: the payment pays that invoice, for what it still owes. */
  document?: PaidDocument
  onClose: () => void
  onRecorded: (paymentId: number) => void
}) {
  const { t, tm } = useT()
  const format = useFormat()
  const form = useForm<Values>({
    defaultValues: {
      customerId: customer?.id ?? 0,
      paymentDate: companyToday(),
      amount: document ? decimalOf(document.openCents) : '',
      method: 'bank_transfer',
      reference: '',
      note: '',
      currency: document?.currency ?? '',
      mode: document ? 'choose' : 'oldest',
      picks: document ? { [document.documentId]: { on: true, amount: decimalOf(document.openCents) } } : {}
    }
  })
  const invalidate = useInvalidate()
  const [customerName, setCustomerName] = useState(customer?.name ?? '')
  const customerId = useWatch({ control: form.control, name: 'customerId' })
  const account = useApiQuery(
    keys.payments('account', customerId),
    () => api.call('receivables.account', { customerId }),
    { enabled: customerId > 0, fresh: true }
  )
  // A failed read of the customer's account is said until recording says something else.
  const { busy, message, setMessage, act } = useBannerAction(account.error)
  const openItems = useMemo(
    () =>
      account.data?.items
        // Opening balances are settled oldest first (mode "oldest"), not picked: picks name documents.
        .filter((i) => i.openCents > 0 && i.type !== 'opening_balance')
        .sort((a, b) =>
          a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.documentId - b.documentId
        ) ?? null,
    [account.data]
  )
  const mode = useWatch({ control: form.control, name: 'mode' })
  const chosenCurrency = useWatch({ control: form.control, name: 'currency' })
  // A payment is in one currency and pays only documents in it (the store enforces it): from an
  // invoice that is the invoice's; otherwise the customer's only open currency, or the one chosen.
  const openCurrencies = [...new Set((openItems ?? []).map((i) => i.currency))].sort()
  const askCurrency = document === undefined && openCurrencies.length > 1
  const currency = document?.currency ?? (askCurrency ? chosenCurrency : (openCurrencies[0] ?? ''))
  const items = openItems && openItems.filter((i) => currency === '' || i.currency === currency)

  // The customer's usual method, once their account has been read.
  const usualMethod = account.data?.setup.method
  useEffect(() => {
    if (usualMethod) form.setValue('method', usualMethod)
  }, [usualMethod, form])

  async function submit(values: Values) {
    setMessage(null)
    if (askCurrency && currency === '') {
      form.setError(
        'currency',
        { type: 'client', message: t('payments.recordDialog.currencyNeeded') },
        { shouldFocus: true }
      )
      return
    }
    const amountCents = centsOrMark(
      form.setError,
      'amount',
      values.amount,
      t('payments.recordDialog.amountInvalid')
    )
    if (amountCents === null) return
    const allocations =
      values.mode === 'oldest'
        ? null
        : (items ?? [])
            .filter((i) => Object.hasOwn(values.picks, i.documentId) && values.picks[i.documentId].on)
            .map((i) => ({
              documentId: i.documentId,
              amountCents: centsOf(values.picks[i.documentId].amount) ?? 0
            }))
    await act(async () => {
      try {
        const payment = await api.call('payments.record', {
          payment: {
            customerId: values.customerId,
            paymentDate: values.paymentDate,
            amountCents,
            method: values.method,
            reference: values.reference,
            note: values.note,
            allocations,
            ...(currency !== '' ? { currency } : {})
          }
        })
        // The payment pays documents: both areas' lists, totals and statuses change.
        invalidate(keys.payments(), keys.documents())
        onRecorded(payment.id)
        return null
      } catch (error) {
        const problems = fieldProblemsOf(error)
        // A problem of the n-th document picked ("payment.allocations.n.amountCents") is marked on
        // that document's amount, and said in the banner too (the list may be scrolled away from it).
        const pickOf = (path: string) => {
          const n = /^payment\.allocations\.(\d+)\./.exec(path)?.[1]
          const picked = n === undefined ? undefined : allocations?.[Number(n)]
          return picked && `picks.${String(picked.documentId)}.amount`
        }
        markFieldProblems(problems, form.setError, (path) => {
          const field = path.replace(/^payment\./, '')
          return pickOf(path) ?? (field === 'amountCents' ? 'amount' : field)
        })
        const onPicks = Object.entries(problems).filter(([path]) => path.startsWith('payment.allocations'))
        if (onPicks.length === 0) throw error
        return { kind: 'error', text: onPicks.map(([, text]) => tm(text)).join(' ') }
      }
    })
  }

  /** What the store said of the amount picked for a document, if it refused it. */
  const pickProblem = (documentId: number) =>
    form.getFieldState(`picks.${String(documentId)}.amount`, form.formState).error?.message

  return (
    <FormDialog
      title={t('payments.recordDialog.title')}
      okLabel={t('payments.recordDialog.ok')}
      busy={busy}
      onSubmit={() => void form.handleSubmit(submit)()}
      onClose={onClose}
      testId="record-payment-dialog"
    >
      <FormProvider {...form}>
        <div className="pay-dialog">
          <Banner message={message} />
          <div className="pay-form-grid">
            {customer === null ? (
              <CustomerPicker
                name="customerId"
                label={t('payments.recordDialog.customer')}
                value={customerName}
                onPick={(row) => {
                  setCustomerName(`${row.code} ${row.name}`)
                  form.setValue('customerId', row.id)
                  form.clearErrors('customerId')
                  form.setValue('picks', {})
                }}
              />
            ) : (
              <p className="span-2">
                <strong>{customer.name}</strong>
              </p>
            )}
            <DateField
              name="paymentDate"
              label={t('payments.recordDialog.date')}
              required
              data-testid="payment-date"
            />
            {askCurrency && (
              <SelectField
                name="currency"
                label={t('payments.recordDialog.currency')}
                options={{ onChange: () => form.setValue('picks', {}) }}
                data-testid="payment-currency"
              >
                <option value="" />
                <ChoiceOptions choices={openCurrencies} label={(code) => code} />
              </SelectField>
            )}
            <AmountField
              name="amount"
              label={t('payments.recordDialog.amount')}
              required
              data-testid="payment-amount"
            />
            <PaymentMethodField
              name="method"
              label={t('payments.recordDialog.method')}
              testId="payment-method"
            />
            <TextField
              name="reference"
              label={t('payments.recordDialog.reference')}
              autoComplete="off"
              data-testid="payment-reference"
            />
            <TextField
              name="note"
              label={t('payments.recordDialog.note')}
              autoComplete="off"
              fieldClassName="span-2"
            />
          </div>
          {customerId > 0 && items !== null && (
            <fieldset className="pay-allocation">
              <legend>{t('payments.recordDialog.allocation')}</legend>
              {items.length === 0 ? (
                <p className="muted">{t('payments.recordDialog.noOpen')}</p>
              ) : (
                <>
                  {allocationModes.map((m) => (
                    <label key={m}>
                      <input
                        type="radio"
                        value={m}
                        {...form.register('mode')}
                        data-testid={`payment-mode-${m}`}
                      />{' '}
                      {t(allocationModeLabels[m])}{' '}
                    </label>
                  ))}
                  {mode === 'choose' && (
                    <div className="pay-alloc">
                      {items.map((item, index) => {
                        const problem = pickProblem(item.documentId)
                        return (
                          <div key={item.documentId} style={{ display: 'contents' }}>
                            <input
                              type="checkbox"
                              id={`pick-${item.documentId}`}
                              {...form.register(`picks.${item.documentId}.on`, {
                                onChange: (e: { target: { checked: boolean } }) => {
                                  if (e.target.checked && !form.getValues(`picks.${item.documentId}.amount`))
                                    form.setValue(
                                      `picks.${item.documentId}.amount`,
                                      decimalOf(item.openCents)
                                    )
                                }
                              })}
                              data-testid="payment-pick"
                            />
                            <label htmlFor={`pick-${item.documentId}`}>
                              <span className="mono">{item.number}</span>{' '}
                              <span className="muted">
                                {t('payments.recordDialog.open', {
                                  amount: format.money(item.openCents, item.currency)
                                })}
                              </span>
                            </label>
                            <input
                              aria-label={t('payments.recordDialog.payThis', { number: item.number })}
                              aria-invalid={problem ? true : undefined}
                              aria-describedby={problem ? `pick-problem-${item.documentId}` : undefined}
                              inputMode="decimal"
                              {...form.register(`picks.${item.documentId}.amount`)}
                              data-testid={`payment-pick-amount-${index}`}
                            />
                            {problem && (
                              <p
                                className="field-error pay-alloc-problem"
                                id={`pick-problem-${item.documentId}`}
                                data-testid={`payment-pick-problem-${index}`}
                              >
                                {tm(problem)}
                              </p>
                            )}
                          </div>
                        )
                      })}
                    </div>
                  )}
                </>
              )}
            </fieldset>
          )}
        </div>
      </FormProvider>
    </FormDialog>
  )
}
