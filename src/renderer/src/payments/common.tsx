/** Pieces the payment screens share: the area's tabs, status badges, amounts typed by the user. */
import { NavLink } from 'react-router-dom'
import { parseMoneyToCents, centsToDecimalString } from '../../../shared/money'
import type { InvestigationStatus, InvoicePaymentStatus } from '../../../shared/schemas/payments'
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
        <NavLink key={tab.key} to={tab.path} end={tab.key === 'list'} className={({ isActive }) => (isActive ? 'tab active' : 'tab')} data-testid={`payments-tab-${tab.key}`}>
          {t(`payments.tabs.${tab.key}`)}
        </NavLink>
      ))}
    </nav>
  )
}

export function ItemStatusBadge({ status, overdue }: { status: InvoicePaymentStatus; overdue: boolean }) {
  const { t } = useT()
  return (
    <>
      <span className={`badge badge-pay-${status}`} data-testid="payment-status">
        {t(`payments.itemStatus.${status}`)}
      </span>
      {overdue && (
        <span className="badge badge-overdue" data-testid="payment-overdue">
          {t('payments.overdueBadge')}
        </span>
      )}
    </>
  )
}

export function InvestigationBadge({ status }: { status: InvestigationStatus }) {
  const { t } = useT()
  return (
    <span className={`badge badge-inv-${status}`} data-testid="investigation-status">
      {t(`payments.investigations.status.${status}`)}
    </span>
  )
}

/** Today as the user's calendar shows it ("2026-03-02"). */
export function localToday(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

export const centsOf = (text: string): number | null => parseMoneyToCents(text)
export const decimalOf = (cents: number): string => centsToDecimalString(cents)
