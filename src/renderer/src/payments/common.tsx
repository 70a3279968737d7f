/** Pieces the payment screens share: the area's tabs, the record page frame, status badges, amounts typed by the user. */
import type { ReactNode } from 'react'
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { Link, NavLink } from 'react-router-dom'
import { parseMoneyToCents, centsToDecimalString } from '../../../shared/money'
import type { InvoicePaymentStatus } from '../../../shared/schemas/payments'
import type { CurrencyTotal } from '../../../shared/schemas/receivables'
import type { InvestigationStatus } from '../../../shared/schemas/investigations'
import type { BadgeTone } from '../components/badge-tones'
import { Banner, type BannerMessage } from '../components/Banner'
import { FlagBadge, statusBadge } from '../components/ToneBadge'
import { useFormat } from '../components/format'
import { RecordActivity } from '../components/RecordActivity'
import { useT } from '../i18n'
import './payments.css'

export const paymentTabs = [
  { key: 'list', path: '/payments' },
  { key: 'overdue', path: '/payments/overdue' },
  { key: 'aged', path: '/payments/aged' },
  { key: 'investigations', path: '/payments/investigations' },
  { key: 'reminders', path: '/payments/reminders' }
] as const

export function PaymentTabs() {
  const { t } = useT()
  return (
    <nav className="tabs" aria-label={t('payments.tabsLabel')}>
      {paymentTabs.map((tab) => (
        <NavLink
          key={tab.key}
          to={tab.path}
          end={tab.key === 'list'}
          className={({ isActive }) => (isActive ? 'tab active' : 'tab')}
          data-testid={`payments-tab-${tab.key}`}
        >
          {t(`payments.tabs.${tab.key}`)}
        </NavLink>
      ))}
    </nav>
  )
}

/**
 * One payment or investigation: its title and status, Back to its list (and the page's own
 * actions), the area's tabs and the page's banner; the details go in between; its activity ends the page.
 */
export function PaymentRecordPage({
  testId,
  title,
  status,
  backTo,
  actions,
  message,
  onMessageClose,
  activity,
  children
}: {
  testId: string
  title: string
  status: ReactNode
  backTo: string
  actions?: ReactNode
  message: BannerMessage | null
  onMessageClose: () => void
  activity: { entity: string; entityId: number; refreshKey: unknown }
  children: ReactNode
}) {
  const { t } = useT()
  return (
    <div className="page pay-detail" data-testid={testId}>
      <header className="page-header">
        <h1>{title}</h1>
        {status}
        <div className="page-actions">
          <Link className="button" to={backTo}>
            {t('common.back')}
          </Link>
          {actions}
        </div>
      </header>
      <PaymentTabs />
      <Banner message={message} onClose={onMessageClose} />
      {children}
      <h2>{t('customer.sections.activity')}</h2>
      <RecordActivity {...activity} />
    </div>
  )
}

/** The "Customer" line of a payment's details, opening the payments part of the customer page. */
export function CustomerEntry({ id, code, name }: { id: number; code: string; name: string }) {
  const { t } = useT()
  return (
    <>
      <dt>{t('payments.detail.customer')}</dt>
      <dd>
        <Link to={`/customers/${id}#payments`}>
          {code} {name}
        </Link>
      </dd>
    </>
  )
}

const itemTones: Record<InvoicePaymentStatus, BadgeTone> = {
  unpaid: 'neutral',
  partially_paid: 'warning',
  paid: 'good'
}

/** An invoice's or a debit note's payment status (the overdue list's column takes its `fits`). */
export const ItemBadge = statusBadge({
  tones: itemTones,
  words: 'payments.itemStatus',
  testId: 'payment-status'
})

export function ItemStatusBadge({ status, overdue }: { status: InvoicePaymentStatus; overdue: boolean }) {
  const { t } = useT()
  return (
    <>
      <ItemBadge status={status} />
      {overdue && (
        <FlagBadge tone="danger" testId="payment-overdue">
          {t('payments.overdueBadge')}
        </FlagBadge>
      )}
    </>
  )
}

/** A payment received, or one the bank returned. */
const paymentTones: Record<'received' | 'returned', BadgeTone> = { received: 'good', returned: 'danger' }

export const PaymentBadge = statusBadge({ tones: paymentTones, words: 'payments.status' })

/** Open is a problem, contacted waits on the customer, resolved is done, written off is closed. */
const investigationTones: Record<InvestigationStatus, BadgeTone> = {
  open: 'danger',
  contacted: 'warning',
  resolved: 'good',
  written_off: 'muted'
}

export const InvestigationBadge = statusBadge({
  tones: investigationTones,
  words: 'payments.investigations.status',
  testId: 'investigation-status'
})

export const centsOf = (text: string): number | null => parseMoneyToCents(text)

/**
 * The amount typed in a dialog's field `name`, in cents. When it is not an amount the field shows
 * `problem` and takes the focus, and the answer is null: the dialog does not send. `whenEmpty` is
 * what an empty field means where it may be left empty (a return's bank fee: none).
 */
export function centsOrMark<V extends FieldValues>(
  setError: UseFormSetError<V>,
  name: Path<V>,
  text: string,
  problem: string,
  whenEmpty: number | null = null
): number | null {
  const cents = whenEmpty !== null && text.trim() === '' ? whenEmpty : centsOf(text)
  if (cents === null) setError(name, { type: 'client', message: problem }, { shouldFocus: true })
  return cents
}
export const decimalOf = (cents: number): string => centsToDecimalString(cents)

/** A list's sums per currency ("Total of this list: €1,480.00 · HUF 9,990.00"), never added across currencies. */
export function ListSums({ sums, testId }: { sums: CurrencyTotal[]; testId: string }) {
  const { t } = useT()
  const format = useFormat()
  if (sums.length === 0) return null
  return (
    <p className="list-sums" data-testid={testId}>
      {t('payments.listTotal', {
        amounts: sums.map((s) => format.money(s.amountCents, s.currency)).join(' · ')
      })}
    </p>
  )
}

/**
 * A receivable's number: a link to the invoice or debit note, or, for an opening balance (an
 * invoice of the previous system, negative id), its number there marked as such.
 */
export function ReceivableNumber({ documentId, number }: { documentId: number; number: string }) {
  const { t } = useT()
  if (documentId > 0)
    return (
      <Link className="mono" to={`/invoices/${String(documentId)}`}>
        {number}
      </Link>
    )
  return (
    <span data-testid="opening-balance">
      <span className="mono">{number}</span>{' '}
      <span className="muted">({t('payments.account.openingBalance')})</span>
    </span>
  )
}
