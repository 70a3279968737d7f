/**
 * On a saved draft invoice, credit note or debit note: what the EN 16931 rules would reject, so it
 * is fixed before the number is given. Checked again whenever the draft is saved (`version`).
 */
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { useT } from '../i18n'
import { translateKeyed } from '../i18n/errors'
import { TitledSection } from '../components/TitledSection'

export function EInvoiceChecks({ documentId, version }: { documentId: number; version: string }) {
  const { t, tm } = useT()
  // The answer for the draft as last saved (the version is in the key); none yet means "checking".
  const check = useApiQuery(keys.documents('einvoiceCheck', documentId, version), () =>
    api.call('einvoice.check', { id: documentId })
  )
  const problems = check.data?.problems ?? null
  const failure = check.error ? messageOf(check.error) : null

  return (
    <TitledSection
      id="einvoice-checks-title"
      title={t('einvoice.checksTitle')}
      level={3}
      className="einvoice-checks"
      testId="einvoice-checks"
    >
      {failure && (
        <p className="banner banner-error" role="alert">
          {tm(failure)}
        </p>
      )}
      {!failure && problems === null && <p className="muted">{t('einvoice.checksLoading')}</p>}
      {problems?.length === 0 && (
        <p className="muted" data-testid="einvoice-checks-ok">
          {t('einvoice.checksNone')}
        </p>
      )}
      {problems && problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li key={`${p.rule}-${p.key}-${JSON.stringify(p.params)}`} data-testid="einvoice-problem">
              {translateKeyed({ key: p.key, params: p.params })}{' '}
              <span className="muted">({t('einvoice.rule', { rule: p.rule })})</span>
            </li>
          ))}
        </ul>
      )}
    </TitledSection>
  )
}
