/**
 * On the customer page: balance, credit, overdue, payment reliability, open documents with
 * their payment status, statement and reminder PDFs, recording a payment, applying credit,
 * and the payment set-up (bank transfer / card: brand, last four, expiry / direct debit:
 * IBAN, BIC, mandate). A full card number is refused by the API, never kept.
 */
import { useCallback, useEffect, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { Link, useLocation, useNavigate } from 'react-router-dom'
import {
  cardBrands,
  paymentMethods,
  type CustomerAccount,
  type PaymentSetup
} from '../../../shared/schemas/payments'
import { type InvestigationRow } from '../../../shared/schemas/investigations'
import { type ReminderLevel } from '../../../shared/schemas/reminders'
import { api } from '../api/client'
import { applyFieldErrors, messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { SelectField, TextField } from '../components/fields'
import { useFormat } from '../components/format'
import { useDownload } from '../components/use-download'
import { LetterMailButtons } from '../mail/LetterMailButtons'
import { useT } from '../i18n'
import { InvestigationBadge, ItemStatusBadge, ReceivableNumber } from './common'
import { RecordPaymentDialog } from './RecordPaymentDialog'

export function CustomerPayments({
  customerId,
  customerName,
  onCustomerChanged
}: {
  customerId: number
  customerName: string
  onCustomerChanged?: () => void
}) {
  const { t } = useT()
  const format = useFormat()
  const navigate = useNavigate()
  const [account, setAccount] = useState<CustomerAccount | null>(null)
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [recording, setRecording] = useState(false)
  const [busy, setBusy] = useState<'statement' | 'reminder' | 'credit' | null>(null)
  const download = useDownload(setMessage, setBusy)
  const [investigations, setInvestigations] = useState<InvestigationRow[]>([])
  const [reminderLevel, setReminderLevel] = useState<ReminderLevel | null>(null)
  const reload = useCallback(() => {
    api
      .call('receivables.account', { customerId })
      .then(setAccount, (error: unknown) => setMessage({ kind: 'error', text: messageOf(error) }))
    api.call('reminders.nextLevel', { customerId }).then(setReminderLevel, () => setReminderLevel(null))
    api.call('investigations.list', { status: 'all', customerId, offset: 0, limit: 5 }).then(
      (page) => setInvestigations(page.rows),
      () => setInvestigations([])
    )
  }, [customerId])
  useEffect(reload, [reload])
  const { hash } = useLocation()
  const loaded = account !== null
  useEffect(() => {
    if (loaded && hash === '#payments')
      document.getElementById('payments')?.scrollIntoView({ block: 'start' })
  }, [loaded, hash])

  async function applyCredit(documentId: number, number: string, currency: string) {
    setBusy('credit')
    try {
      const applied = await api.call('credit.apply', { customerId, documentId, amountCents: null })
      setMessage({
        kind: 'success',
        text: t('payments.account.creditApplied', {
          amount: format.money(applied.appliedCents, currency),
          number
        })
      })
      reload()
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(null)
    }
  }

  const open = account?.items.filter((i) => i.openCents > 0) ?? []
  const creditIn = new Map(
    (account?.balances ?? []).map((b) => [b.currency, b.creditCents + b.overSettledCents])
  )
  return (
    <section
      id="payments"
      className="customer-payments"
      aria-label={t('payments.account.title')}
      data-testid="customer-payments"
    >
      <h2>{t('payments.account.title')}</h2>
      <Banner message={message} onClose={() => setMessage(null)} />
      {account === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <div className="pay-summary">
            {/* One set of figures per currency: amounts in different currencies are never added. */}
            {account.balances.map((b) => (
              <div
                className="pay-balance"
                key={b.currency}
                data-testid="account-currency"
                data-currency={b.currency}
              >
                <div>
                  <span className="muted">{t('payments.account.balance')}</span>
                  <span className="figure" data-testid="account-balance">
                    {format.money(b.balanceCents, b.currency)}
                  </span>
                </div>
                <div>
                  <span className="muted">{t('payments.account.overdue')}</span>
                  <span className="figure" data-testid="account-overdue">
                    {format.money(b.overdueCents, b.currency)}
                  </span>
                </div>
                <div>
                  <span className="muted">{t('payments.account.credit')}</span>
                  <span className="figure" data-testid="account-credit">
                    {format.money(b.creditCents + b.overSettledCents, b.currency)}
                  </span>
                </div>
              </div>
            ))}
            <div>
              <span className="muted">{t('payments.account.reliability')}</span>
              <span>
                <span
                  className={`badge badge-rating-${account.reliability.rating}`}
                  data-testid="account-reliability"
                >
                  {t(`payments.account.rating.${account.reliability.rating}`)}
                </span>{' '}
                {account.reliability.rating !== 'no_history' && (
                  <span className="muted">
                    {t('payments.account.reliabilityDetail', {
                      returns: account.reliability.returns,
                      late: account.reliability.paidLate,
                      due: account.reliability.itemsDue,
                      days: account.reliability.averageDaysLate
                    })}
                  </span>
                )}
              </span>
            </div>
            {account.openInvestigations > 0 && (
              <div>
                <Link to={`/payments/investigations?customer=${customerId}`}>
                  {t('payments.account.openInvestigations', { count: account.openInvestigations })}
                </Link>
              </div>
            )}
          </div>
          <div className="pay-actions">
            <button
              type="button"
              className="primary"
              onClick={() => setRecording(true)}
              data-testid="account-record-payment"
            >
              {t('payments.account.recordPayment')}
            </button>
            <button
              type="button"
              disabled={busy !== null}
              onClick={() =>
                void download('statement', () =>
                  api.call('receivables.statementPdf', { customerId, from: null, to: null, paper: null })
                )
              }
              data-testid="account-statement"
            >
              {t('payments.account.statement')}
            </button>
            {/* One button: the level follows the invoices' previous reminders (the API works it out). */}
            <button
              type="button"
              disabled={busy !== null || reminderLevel === null}
              onClick={() =>
                void download('reminder', () =>
                  api.call('receivables.reminderPdf', { customerId, asOf: null, paper: null })
                ).then(reload)
              }
              data-testid="account-reminder"
              data-level={reminderLevel ?? ''}
            >
              {reminderLevel === null
                ? t('payments.account.reminderNone')
                : t('payments.account.reminder', { level: reminderLevel })}
            </button>
            <LetterMailButtons
              customerId={customerId}
              reminderLevel={reminderLevel}
              onMessage={setMessage}
              onSent={reload}
            />
          </div>
          <h3>{t('payments.account.openItems')}</h3>
          {open.length === 0 ? (
            <p className="muted">{t('payments.account.noOpenItems')}</p>
          ) : (
            <ul className="pay-items" data-testid="account-items">
              {open.map((item) => (
                <li key={item.documentId} data-testid="account-item">
                  <ReceivableNumber documentId={item.documentId} number={item.number} />
                  <span className="muted">{format.date(item.dueDate)}</span>
                  <ItemStatusBadge status={item.status} overdue={item.overdue} />
                  {(creditIn.get(item.currency) ?? 0) > 0 && item.documentId > 0 && (
                    <button
                      type="button"
                      className="link-button"
                      disabled={busy !== null}
                      onClick={() => void applyCredit(item.documentId, item.number, item.currency)}
                      data-testid="account-apply-credit"
                    >
                      {t('payments.account.applyCredit', { number: item.number })}
                    </button>
                  )}
                  <span className="num">{format.money(item.openCents, item.currency)}</span>
                </li>
              ))}
            </ul>
          )}
          {investigations.length > 0 && (
            <>
              <h3>{t('payments.tabs.investigations')}</h3>
              <ul className="pay-items" data-testid="account-investigations">
                {investigations.map((inv) => (
                  <li key={inv.id}>
                    <Link to={`/payments/investigations/${inv.id}`}>{format.date(inv.returnDate)}</Link>
                    <span>{t(`payments.reasons.${inv.reason}`)}</span>
                    <InvestigationBadge status={inv.status} />
                    <span className="num">{format.money(inv.amountCents, inv.currency)}</span>
                  </li>
                ))}
              </ul>
              <p>
                <Link to={`/payments/investigations?status=all&customer=${customerId}`}>
                  {t('payments.account.allInvestigations')}
                </Link>
              </p>
            </>
          )}
          <PaymentSetupForm
            customerId={customerId}
            initial={account.setup}
            onSaved={() => {
              reload()
              onCustomerChanged?.()
            }}
          />
        </>
      )}
      {recording && (
        <RecordPaymentDialog
          customer={{ id: customerId, name: customerName }}
          onClose={() => setRecording(false)}
          onRecorded={(id) => {
            setRecording(false)
            reload()
            void navigate(`/payments/${id}`)
          }}
        />
      )}
    </section>
  )
}

interface SetupValues {
  method: PaymentSetup['method']
  iban: string
  bic: string
  mandateReference: string
  mandateSignedOn: string
  cardBrand: string
  cardLast4: string
  cardExpiry: string
}

function valuesOf(setup: PaymentSetup): SetupValues {
  return {
    method: setup.method,
    iban: setup.iban,
    bic: setup.bic,
    mandateReference: setup.mandateReference,
    mandateSignedOn: setup.mandateSignedOn ?? '',
    cardBrand: setup.cardBrand ?? '',
    cardLast4: setup.cardLast4,
    cardExpiry: setup.cardExpiry
  }
}

function PaymentSetupForm({
  customerId,
  initial,
  onSaved
}: {
  customerId: number
  initial: PaymentSetup
  onSaved: () => void
}) {
  const { t } = useT()
  const form = useForm<SetupValues>({ defaultValues: valuesOf(initial) })
  const [saving, setSaving] = useState(false)
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const method = useWatch({ control: form.control, name: 'method' })
  async function save(values: SetupValues) {
    setSaving(true)
    setMessage(null)
    try {
      const saved = await api.call('paymentSetup.update', {
        customerId,
        setup: {
          method: values.method,
          iban: values.method === 'direct_debit' ? values.iban : '',
          bic: values.method === 'direct_debit' ? values.bic : '',
          mandateReference: values.method === 'direct_debit' ? values.mandateReference : '',
          mandateSignedOn:
            values.method === 'direct_debit' && values.mandateSignedOn ? values.mandateSignedOn : null,
          cardBrand:
            values.method === 'card' && values.cardBrand
              ? (values.cardBrand as PaymentSetup['cardBrand'])
              : null,
          cardLast4: values.method === 'card' ? values.cardLast4 : '',
          cardExpiry: values.method === 'card' ? values.cardExpiry : ''
        }
      })
      form.reset(valuesOf(saved))
      setMessage({ kind: 'success', text: t('payments.setup.saved') })
      onSaved()
    } catch (error) {
      applyFieldErrors(error, form.setError, 'setup.')
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setSaving(false)
    }
  }
  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          e.stopPropagation()
          void form.handleSubmit(save)()
        }}
        data-testid="payment-setup"
      >
        <h3>{t('payments.setup.title')}</h3>
        <Banner message={message} onClose={() => setMessage(null)} />
        <div className="pay-form-grid">
          <SelectField name="method" label={t('payments.setup.method')} data-testid="setup-method">
            {paymentMethods.map((m) => (
              <option key={m} value={m}>
                {t(`payments.method.${m}`)}
              </option>
            ))}
          </SelectField>
          {method === 'direct_debit' && (
            <>
              <TextField
                name="iban"
                label={t('payments.setup.iban')}
                required
                autoComplete="off"
                spellCheck={false}
                data-testid="setup-iban"
              />
              <TextField
                name="bic"
                label={t('payments.setup.bic')}
                autoComplete="off"
                spellCheck={false}
                data-testid="setup-bic"
              />
              <TextField
                name="mandateReference"
                label={t('payments.setup.mandateReference')}
                required
                autoComplete="off"
                data-testid="setup-mandate"
              />
              <TextField
                name="mandateSignedOn"
                type="date"
                label={t('payments.setup.mandateSignedOn')}
                required
                data-testid="setup-mandate-date"
              />
            </>
          )}
          {method === 'card' && (
            <>
              <SelectField
                name="cardBrand"
                label={t('payments.setup.cardBrand')}
                data-testid="setup-card-brand"
              >
                <option value="">{t('payments.setup.chooseBrand')}</option>
                {cardBrands.map((b) => (
                  <option key={b} value={b}>
                    {t(`payments.setup.brands.${b}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                name="cardLast4"
                label={t('payments.setup.cardLast4')}
                hint={t('payments.setup.cardLast4Hint')}
                required
                autoComplete="off"
                inputMode="numeric"
                maxLength={4}
                data-testid="setup-card-last4"
              />
              <TextField
                name="cardExpiry"
                type="month"
                label={t('payments.setup.cardExpiry')}
                required
                data-testid="setup-card-expiry"
              />
            </>
          )}
        </div>
        <div className="pay-actions">
          <button type="submit" disabled={saving || !form.formState.isDirty} data-testid="setup-save">
            {saving ? t('common.saving') : t('payments.setup.save')}
          </button>
        </div>
      </form>
    </FormProvider>
  )
}
