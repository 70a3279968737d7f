/** Settings: whether the issued documents, payments, returns and the activity log are still as recorded. */
import { useState } from 'react'
import type { RecordsIntegrity } from '../../../shared/schemas/records-api'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { useFormat } from '../components/format'
import { useAction } from '../components/use-action'
import { useT } from '../i18n'
import { translateKeyed } from '../i18n/errors'

/** The chain's problems Settings words itself; any other (a damaged file) shows its message. */
const problemKinds = [
  'content_changed',
  'lines_changed',
  'record_missing',
  'chain_edited',
  'not_chained',
  'unknown_version'
] as const
type ProblemKind = (typeof problemKinds)[number]
const isProblemKind = (kind: string): kind is ProblemKind =>
  (problemKinds as readonly string[]).includes(kind)

export function RecordsCheck() {
  const { t } = useT()
  const format = useFormat()
  const stored = useApiQuery(keys.settings('recordsIntegrity'), () => api.call('records.integrity', {}), {
    fresh: true
  })
  // A full check run here replaces the stored answer.
  const [verified, setIntegrity] = useState<RecordsIntegrity | null>(null)
  const integrity = verified ?? stored.data ?? null
  const { busy, error: ownError, run } = useAction()
  const error = ownError ?? (stored.error ? messageOf(stored.error) : null)

  const verifyAll = () =>
    run(async () => {
      setIntegrity(await api.call('records.verify', {}))
    })

  const problem = integrity?.problem ?? null
  return (
    <div className="records-check" data-testid="records-check">
      {integrity?.status === 'verified' && (
        <p className="records-verified" role="status" data-testid="records-verified">
          ✓ {t('settings.records.verified')}{' '}
          <span className="muted">
            {t('settings.records.verifiedDetail', {
              entries: format.number(integrity.entries),
              when: integrity.checkedAt ? format.dateTime(integrity.checkedAt) : ''
            })}
          </span>
        </p>
      )}
      {problem && (
        <div className="banner banner-error" role="alert" data-testid="records-broken">
          <strong>{t('settings.records.broken')}</strong>{' '}
          {isProblemKind(problem.kind) && problem.record
            ? t(`settings.records.problems.${problem.kind}`, { label: translateKeyed(problem.record) })
            : translateKeyed(problem.sentence)}{' '}
          {problem.seq !== null && (
            <span data-testid="records-broken-seq">
              {t('settings.records.atEntry', { seq: String(problem.seq) })}{' '}
            </span>
          )}
          {problem.kind !== 'file_damaged' && t('settings.records.advice')}
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void verifyAll()} disabled={busy} data-testid="records-verify">
          {busy ? t('settings.records.verifying') : t('settings.records.verifyAll')}
        </button>
      </div>
    </div>
  )
}
