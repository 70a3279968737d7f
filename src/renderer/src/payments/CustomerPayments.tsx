/**
 * On the customer page: balance, credit, overdue, payment reliability, open documents with
 * their payment status, statement and reminder PDFs, recording a payment, applying credit.
 * How the customer pays (IBAN and mandate, or card) is on the customer form itself.
 */
import { useEffect, useState, type ReactNode } from 'react'
import { Link, useLocation, useNavigate } from 'react-router-dom'
import type { ReliabilityRating } from '../../../shared/schemas/payments'
import { api } from '../api/client'
import { keys, useApiQuery, useInvalidate } from '../api/query'
import type { BadgeTone } from '../components/badge-tones'
import { ToneBadge } from '../components/ToneBadge'
import { Banner, type BannerMessage } from '../components/Banner'
import { useFormat } from '../components/format'
import { LoadFailure } from '../components/LoadFailure'
import { useDownload } from '../components/use-download'
import { usePageAction } from '../components/use-page-action'
import { LetterMailButtons } from '../mail/LetterMailButtons'
import { useT } from '../i18n'
import { InvestigationBadge, ItemStatusBadge, ReceivableNumber } from './common'
import { RecordPaymentButton } from './RecordPaymentButton'

/** One figure of the account's summary: its name above, the amount below. */
/** How reliably the customer has paid: good, fair, poor, or too new to say. */
const ratingTones: Record<ReliabilityRating, BadgeTone> = {
  good: 'good',
  fair: 'warning',
  poor: 'danger',
  no_history: 'muted'
}

function Figure({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <div>
      <span className="muted">{label}</span>
      <span className="figure" data-testid={testId}>
        {children}
      </span>
    </div>
  )
}

export function CustomerPayments({ customerId, customerName }: { customerId: number; customerName: string }) {
  const { t } = useT()
  const format = useFormat()
  const navigate = useNavigate()
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [busy, setBusy] = useState<'statement' | 'reminder' | 'credit' | null>(null)
  const download = useDownload(setMessage, setBusy)
  const invalidate = useInvalidate()
  // Under the payments key: a payment recorded, credit applied or a reminder sent (which all
  // invalidate the payments reads) shows here without a reload of the page.
  const accountRead = useApiQuery(keys.payments('account', customerId), () =>
    api.call('receivables.account', { customerId })
  )
  const account = accountRead.data ?? null
  // The reminder level and investigations show nothing of a failure, on purpose: the account read
  // just above fails the same way and its banner says so; the page then offers no reminder.
  const reminderLevel =
    useApiQuery(keys.payments('reminderLevel', customerId), () =>
      api.call('reminders.nextLevel', { customerId })
    ).data ?? null
  const investigations =
    useApiQuery(keys.payments('investigations', customerId), () =>
      api.call('investigations.list', { status: 'all', customerId, offset: 0, limit: 5 })
    ).data?.rows ?? []
  /** After a write here: the account, its documents' payment state and the reminder level load again. */
  const reload = () => invalidate(keys.payments(), keys.documents())
  const { hash } = useLocation()
  const loaded = account !== null
  useEffect(() => {
    if (loaded && hash === '#payments')
      document.getElementById('payments')?.scrollIntoView({ block: 'start' })
  }, [loaded, hash])

  const perform = usePageAction(setMessage, setBusy)
  const applyCredit = (documentId: number, number: string, currency: string) =>
    perform('credit', async () => {
      const applied = await api.call('credit.apply', { customerId, documentId, amountCents: null })
      reload()
      return t('payments.account.creditApplied', {
        amount: format.money(applied.appliedCents, currency),
        number
      })
    })

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
      <LoadFailure error={accountRead.error} />
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
                <Figure label={t('payments.account.balance')} testId="account-balance">
                  {format.money(b.balanceCents, b.currency)}
                </Figure>
                <Figure label={t('payments.account.overdue')} testId="account-overdue">
                  {format.money(b.overdueCents, b.currency)}
                </Figure>
                <Figure label={t('payments.account.credit')} testId="account-credit">
                  {format.money(b.creditCents + b.overSettledCents, b.currency)}
                </Figure>
              </div>
            ))}
            <div>
              <span className="muted">{t('payments.account.reliability')}</span>
              <span>
                <ToneBadge
                  status={account.reliability.rating}
                  tones={ratingTones}
                  words="payments.account.rating"
                  testId="account-reliability"
                />{' '}
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
            <RecordPaymentButton
              customer={{ id: customerId, name: customerName }}
              label={t('payments.account.recordPayment')}
              primary
              testId="account-record-payment"
              onRecorded={(id) => void navigate(`/payments/${id}`)}
            />
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
        </>
      )}
    </section>
  )
}
