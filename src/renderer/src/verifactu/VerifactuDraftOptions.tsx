/**
 * On a credit or debit note draft (and a draft in another currency than the euro) of a
 * VERI*FACTU company: the choices its record needs at issue — the rectification type R1–R4 by
 * its legal ground, correction by difference or by substitution, and the rate to EUR.
 */
import { useState } from 'react'
import type { SalesDocument } from '../../../shared/schemas/documents'
import {
  correctionCodes,
  correctionKinds,
  type CorrectionCode,
  type CorrectionKind,
  type VerifactuDocumentOptions
} from '../../../shared/schemas/verifactu'
import { api } from '../api/client'
import { useApiMutation, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useT } from '../i18n'
import { verifactuKeys } from './common'

export function VerifactuDraftOptions({ doc }: { doc: SalesDocument }) {
  const { t } = useT()
  const corrects = doc.type === 'credit_note' || doc.type === 'debit_note'
  const foreign = doc.currency !== 'EUR'
  const wanted = doc.status === 'draft' && (corrects || foreign)
  const status = useApiQuery([...verifactuKeys.all, 'status'], () => api.call('verifactu.status', {}), {
    enabled: wanted
  })
  const info = useApiQuery(
    verifactuKeys.document(doc.id),
    () => api.call('verifactu.document', { id: doc.id }),
    {
      enabled: wanted
    }
  )
  // What the user has chosen here, else what is stored, else the usual choice (R1, by difference).
  const [edited, setOptions] = useState<VerifactuDocumentOptions | null>(null)
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const stored = info.data?.options
  const options: VerifactuDocumentOptions | null =
    edited ??
    (info.data
      ? {
          correctionCode: stored?.correctionCode ?? (corrects ? 'R1' : null),
          correctionKind: stored?.correctionKind ?? (corrects ? 'I' : null),
          eurRate: stored?.eurRate ?? null
        }
      : null)
  const save = useApiMutation(
    (chosen: VerifactuDocumentOptions) =>
      api.call('verifactu.setDocumentOptions', { documentId: doc.id, options: chosen }),
    {
      invalidates: [verifactuKeys.document(doc.id)],
      onSuccess: () => setMessage({ kind: 'success', text: t('verifactuRecords.draft.saved') })
    }
  )
  // A choice is stored at once, so issuing right after it uses it; the rate when it is left.
  const choose = (chosen: VerifactuDocumentOptions) => {
    setOptions(chosen)
    setMessage(null)
    save.mutate(chosen, { onError: (error) => setMessage({ kind: 'error', text: messageOf(error) }) })
  }
  if (!wanted || !status.data?.enabled || status.data.issuerNif === null || !options) return null
  return (
    <section className="form-section" aria-labelledby="verifactu-draft" data-testid="verifactu-draft-options">
      <h2 id="verifactu-draft">{t('verifactuRecords.draft.title')}</h2>
      <div className="form-grid">
        {corrects && (
          <>
            <div className="field span-2">
              <label htmlFor="verifactu-correction-code">{t('verifactuRecords.draft.correctionCode')}</label>
              <select
                id="verifactu-correction-code"
                value={options.correctionCode ?? 'R1'}
                onChange={(e) => choose({ ...options, correctionCode: e.target.value as CorrectionCode })}
                data-testid="verifactu-correction-code"
              >
                {correctionCodes.map((code) => (
                  <option key={code} value={code}>
                    {t(`verifactuRecords.draft.codes.${code}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field span-2">
              <label htmlFor="verifactu-correction-kind">{t('verifactuRecords.draft.correctionKind')}</label>
              <select
                id="verifactu-correction-kind"
                value={options.correctionKind ?? 'I'}
                onChange={(e) => choose({ ...options, correctionKind: e.target.value as CorrectionKind })}
                data-testid="verifactu-correction-kind"
              >
                {correctionKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`verifactuRecords.draft.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        {foreign && (
          <div className="field">
            <label htmlFor="verifactu-eur-rate">
              {t('verifactuRecords.draft.eurRate', { currency: doc.currency })}
            </label>
            <input
              id="verifactu-eur-rate"
              inputMode="decimal"
              value={options.eurRate ?? ''}
              onChange={(e) => setOptions({ ...options, eurRate: e.target.value.trim() || null })}
              onBlur={() => choose(options)}
              data-testid="verifactu-eur-rate"
            />
          </div>
        )}
      </div>
      <Banner message={message} onClose={() => setMessage(null)} />
    </section>
  )
}
