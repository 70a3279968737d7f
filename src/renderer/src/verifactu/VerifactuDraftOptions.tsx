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
  type VerifactuDocumentOptions
} from '../../../shared/schemas/verifactu'
import { api } from '../api/client'
import { useApiMutation, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { LabelledInput, LabelledSelect } from '../components/fields'
import { useT } from '../i18n'
import { verifactuKeys } from './common'

/** The values of one of the record's choices. */
type Choice<K extends keyof VerifactuDocumentOptions> = NonNullable<VerifactuDocumentOptions[K]>

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
  /**
   * One of the two choices a correcting record needs, stored as soon as it is made (its test id is
   * its id). Shown only on a credit or debit note, where both are set (R1, by difference, unless chosen).
   */
  const correction = <K extends 'correctionCode' | 'correctionKind'>(
    name: K,
    id: string,
    choices: readonly Choice<K>[],
    choiceLabel: (choice: Choice<K>) => string
  ) =>
    options && (
      <LabelledSelect
        id={id}
        fieldClassName="span-2"
        label={t(`verifactuRecords.draft.${name}`)}
        value={options[name] ?? choices[0]}
        options={choices}
        optionLabel={choiceLabel}
        onValue={(choice) => choose({ ...options, [name]: choice })}
        data-testid={id}
      />
    )
  if (!wanted || !status.data?.enabled || status.data.issuerNif === null || !options) return null
  return (
    <section className="form-section" aria-labelledby="verifactu-draft" data-testid="verifactu-draft-options">
      <h2 id="verifactu-draft">{t('verifactuRecords.draft.title')}</h2>
      <div className="form-grid">
        {corrects && (
          <>
            {correction('correctionCode', 'verifactu-correction-code', correctionCodes, (code) =>
              t(`verifactuRecords.draft.codes.${code}`)
            )}
            {correction('correctionKind', 'verifactu-correction-kind', correctionKinds, (kind) =>
              t(`verifactuRecords.draft.kinds.${kind}`)
            )}
          </>
        )}
        {foreign && (
          <LabelledInput
            id="verifactu-eur-rate"
            label={t('verifactuRecords.draft.eurRate', { currency: doc.currency })}
            inputMode="decimal"
            value={options.eurRate ?? ''}
            onValue={(rate) => setOptions({ ...options, eurRate: rate.trim() || null })}
            onBlur={() => choose(options)}
            data-testid="verifactu-eur-rate"
          />
        )}
      </div>
      <Banner message={message} onClose={() => setMessage(null)} />
    </section>
  )
}
