/**
 * On a saved draft invoice, credit note or debit note: what the EN 16931 rules would reject, so it
 * is fixed before the number is given. Checked again whenever the draft is saved (`version`).
 */
import { useEffect, useState } from 'react'
import type { EInvoiceProblem } from '../../../shared/schemas/einvoice'
import { api } from '../api/client'
import { messageOf } from '../components/api-errors'
import { useT } from '../i18n'
import { translateKeyed } from '../i18n/errors'

export function EInvoiceChecks({ documentId, version }: { documentId: number; version: string }) {
  const { t, tm } = useT()
  // The answer for the draft as last saved; an answer for an older version means "checking".
  const [answer, setAnswer] = useState<{ version: string; problems?: EInvoiceProblem[]; failure?: string }>()

  useEffect(() => {
    let live = true
    api.call('einvoice.check', { id: documentId }).then(
      (result) => live && setAnswer({ version, problems: result.problems }),
      (error: unknown) => live && setAnswer({ version, failure: messageOf(error) })
    )
    return () => {
      live = false
    }
  }, [documentId, version])

  const current = answer?.version === version ? answer : undefined
  const problems = current?.problems ?? null
  const failure = current?.failure ?? null

  return (
    <section
      className="einvoice-checks"
      aria-labelledby="einvoice-checks-title"
      data-testid="einvoice-checks"
    >
      <h3 id="einvoice-checks-title">{t('einvoice.checksTitle')}</h3>
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
    </section>
  )
}
