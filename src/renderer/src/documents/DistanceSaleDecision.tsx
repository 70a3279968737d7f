/**
 * The OSS decision frozen with an issued invoice or note (issue 11): the country whose VAT it
 * charges, the year's distance sales in euros (with its own net) and last year's, the EU threshold
 * they were measured against, or the company's option below it. Read from the record, so a later
 * sale or setting never changes what the page says.
 */
import type { SalesDocument } from '../../../shared/schemas/documents'
import { OSS_CURRENCY } from '../../../shared/vat'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { useT } from '../i18n'
import { useDocumentFormat } from './common'

export function DistanceSaleDecision({ doc }: { doc: SalesDocument }) {
  const { t } = useT()
  const format = useDocumentFormat()
  const issued =
    doc.number !== null && (doc.type === 'invoice' || doc.type === 'credit_note' || doc.type === 'debit_note')
  const { data } = useApiQuery(
    keys.documents('distanceSale', doc.id, doc.number),
    () => api.call('documents.distanceSale', { id: doc.id }),
    { enabled: issued }
  )
  if (!issued || !data) return null
  const euros = (cents: number) => format.amount(cents, OSS_CURRENCY)
  return (
    <dl className="doc-frozen-rate" data-testid="oss-decision" data-voluntary={String(data.voluntary)}>
      <dt>{t('vat.ossCharged')}</dt>
      <dd data-testid="oss-decision-country">
        {t('vat.ossChargedValue', { country: data.vatCountry, seller: data.sellerCountry })}
      </dd>
      <dt>{t('vat.ossThisYear')}</dt>
      <dd className="num" data-testid="oss-decision-current">
        {euros(data.currentYearCents)}
      </dd>
      <dt>{t('vat.ossLastYear')}</dt>
      <dd className="num" data-testid="oss-decision-previous">
        {euros(data.previousYearCents)}
      </dd>
      <dt>{t('vat.ossThreshold')}</dt>
      <dd className="num" data-testid="oss-decision-threshold">
        {data.voluntary
          ? t('vat.ossThresholdOption', { threshold: euros(data.thresholdCents) })
          : euros(data.thresholdCents)}
      </dd>
    </dl>
  )
}
