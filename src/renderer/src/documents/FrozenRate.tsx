/**
 * The exchange rate frozen on a foreign-currency document at issue, with its VAT and total in
 * the accounting currency (VAT Directive art. 230, EN 16931 BT-111). A rate corrected later in
 * Settings does not change it: this is the rate the figures and the printed invoice use.
 */
import type { DocumentExchangeRate } from '../../../shared/schemas/rates'
import { useT } from '../i18n'
import { useDocumentFormat } from './common'

export function FrozenRate({ rate }: { rate: DocumentExchangeRate | null }) {
  const { t } = useT()
  const format = useDocumentFormat()
  if (!rate) return null
  return (
    <dl className="doc-frozen-rate" data-testid="frozen-rate">
      <dt>{t('rates.frozen')}</dt>
      <dd data-testid="frozen-rate-value">
        {t('rates.frozenValue', {
          accounting: rate.accountingCurrency,
          rate: rate.rate,
          currency: rate.currency,
          date: format.date(rate.rateDate)
        })}
      </dd>
      <dt>{t('rates.vatIn', { currency: rate.accountingCurrency })}</dt>
      <dd className="num" data-testid="frozen-rate-vat">
        {format.amount(rate.vatInAccountingCents, rate.accountingCurrency)}
      </dd>
      <dt>{t('rates.totalIn', { currency: rate.accountingCurrency })}</dt>
      <dd className="num" data-testid="frozen-rate-total">
        {format.amount(rate.totalInAccountingCents, rate.accountingCurrency)}
      </dd>
    </dl>
  )
}
