/**
 * A site visit's outcome: recording it (outcome, notes, products discussed, follow-ups with
 * one-click drafts) and showing it once recorded.
 */
import { useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { visitCompletion, type FollowUp, type SiteVisit } from '../../../shared/schemas/schedule'
import { api } from '../api/client'
import { applyFieldErrors, messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { applyIssues } from '../components/form-checks'
import { useFormat } from '../components/format'
import { LoadFailure } from '../components/LoadFailure'
import { Fact } from '../components/RecordFrame'
import { TextAreaField, TextField } from '../components/fields'
import { DateField } from '../components/DateInput'
import { useT } from '../i18n'
import { SearchPicker } from '../components/SearchPicker'
import { Chips, findProducts, useProductLabels } from './pickers'

/**
 * The drafts a visit can be turned into, in the order their buttons come (request first): where a
 * draft opens, the link that opens it, the button that completes the visit with it, the one that
 * makes it of a completed visit.
 */
const visitDrafts = {
  request: {
    path: '/requests/',
    open: 'visit.openRequestDraft',
    completeWith: 'visit.completeAndRequest',
    create: 'visit.createRequest'
  },
  estimate: {
    path: '/estimates/',
    open: 'visit.openEstimateDraft',
    completeWith: 'visit.completeAndEstimate',
    create: 'visit.createEstimate'
  }
} as const
type VisitDraftKind = keyof typeof visitDrafts
const draftKinds: VisitDraftKind[] = ['request', 'estimate']

/** "Estimate draft created" with a link that opens it (the store's id means nothing to a user). */
function draftMessage(
  t: ReturnType<typeof useT>['t'],
  kind: VisitDraftKind,
  id: number,
  text: string
): BannerMessage {
  return {
    kind: 'success',
    text,
    link: {
      label: t(visitDrafts[kind].open),
      to: `${visitDrafts[kind].path}${String(id)}`
    }
  }
}

/** The kinds of draft a message says were just made from this visit: their buttons are not offered twice. */
const madeIn = (message: BannerMessage | null) =>
  new Set(draftKinds.filter((kind) => message?.link?.to.startsWith(visitDrafts[kind].path)))

interface OutcomeValues {
  outcome: string
  notes: string
  productIds: number[]
  followUps: FollowUp[]
}

/** Completing a visit: what came out of it; optionally an estimate draft with the products discussed in the same click. */
export function RecordOutcome({
  visit,
  onDone
}: {
  visit: SiteVisit
  onDone: (v: SiteVisit, flash?: BannerMessage) => void
}) {
  const { t } = useT()
  const format = useFormat()
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [busy, setBusy] = useState(false)
  const [closing, setClosing] = useState<'cancel' | 'no_show' | null>(null)
  const [closeText, setCloseText] = useState('')
  const form = useForm<OutcomeValues>({
    defaultValues: { outcome: '', notes: '', productIds: [], followUps: [] }
  })
  const { setValue, setError, handleSubmit } = form
  const productIds = useWatch({ control: form.control, name: 'productIds' })
  const followUps = useWatch({ control: form.control, name: 'followUps' })
  const { labels, error: labelsFailed } = useProductLabels(productIds)

  async function complete(values: OutcomeValues, then: VisitDraftKind | null) {
    setMessage(null)
    const input = {
      id: visit.id,
      ...values,
      followUps: values.followUps.map((f) => ({ text: f.text, dueDate: f.dueDate || null }))
    }
    const parsed = visitCompletion.safeParse(input)
    if (!parsed.success) {
      applyIssues(parsed.error.issues, setError)
      setMessage({ kind: 'error', text: t('messages.correctMarkedFields') })
      return
    }
    setBusy(true)
    try {
      const completed = await api.call('visits.complete', input)
      let flash: BannerMessage = { kind: 'success', text: t('visit.completed') }
      try {
        if (then === 'estimate') {
          const { estimateId } = await api.call('visits.createEstimateFromVisit', { id: visit.id })
          flash = draftMessage(t, 'estimate', estimateId, t('visit.completedWithEstimate'))
        } else if (then === 'request') {
          const request = await api.call('visits.createRequestFromVisit', {
            id: visit.id,
            title: '',
            description: ''
          })
          flash = draftMessage(t, 'request', request.id, t('visit.requestDraftCreated'))
        }
      } catch (error) {
        flash = { kind: 'error', text: t('visit.completedDraftFailed', { message: messageOf(error) }) }
      }
      onDone(completed, flash)
    } catch (error) {
      applyFieldErrors(error, setError, '')
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }

  async function close() {
    if (!closing) return
    setBusy(true)
    setMessage(null)
    try {
      const changed =
        closing === 'cancel'
          ? await api.call('visits.cancel', { id: visit.id, reason: closeText })
          : await api.call('visits.noShow', { id: visit.id, notes: closeText })
      onDone(changed)
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }

  // The store refuses to complete (or mark as no-show) a visit that has not begun.
  const notStarted = visit.startAt > new Date().toISOString()
  return (
    <FormProvider {...form}>
      {notStarted && (
        <p className="notice" data-testid="visit-not-started">
          {t('visit.notStartedYet', { start: format.dateTime(visit.startAt) })}
        </p>
      )}
      {!notStarted && (
        <form
          className="dialog-form outcome-form"
          noValidate
          onSubmit={(e) => void handleSubmit((v) => complete(v, null))(e)}
          data-testid="visit-outcome-form"
        >
          <h3>{t('visit.recordOutcome')}</h3>
          <TextAreaField name="outcome" label={t('visit.outcome')} rows={2} />
          <TextAreaField name="notes" label={t('visit.notes')} rows={2} />
          <Chips
            items={productIds.map((id) => ({ id, label: labels.get(id) ?? `#${id}` }))}
            label={t('visit.products')}
            onRemove={(id) =>
              setValue(
                'productIds',
                productIds.filter((p) => p !== id)
              )
            }
            testId="visit-product-chip"
          />
          <SearchPicker
            id="visit-product-picker"
            label={t('visit.products')}
            placeholder={t('visit.productPlaceholder')}
            noMatch={t('visit.productNoMatch')}
            find={findProducts}
            exclude={productIds}
            onChoose={(item) => setValue('productIds', [...productIds, item.id])}
            testId="visit-product-picker"
          />
          <div className="follow-ups">
            <span className="field-label">{t('visit.followUps')}</span>
            {followUps.map((_, index) => (
              <div key={index} className="follow-up-row">
                <TextField
                  name={`followUps.${index}.text`}
                  label={t('visit.followUpText')}
                  data-testid="visit-follow-up-text"
                />
                <DateField name={`followUps.${index}.dueDate`} label={t('visit.followUpDue')} />
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    setValue(
                      'followUps',
                      followUps.filter((__, i) => i !== index)
                    )
                  }
                >
                  {t('common.remove')}
                </button>
              </div>
            ))}
            <button
              type="button"
              onClick={() => setValue('followUps', [...followUps, { text: '', dueDate: null }])}
              data-testid="visit-add-follow-up"
            >
              {t('visit.addFollowUp')}
            </button>
          </div>
          <Banner message={message} onClose={() => setMessage(null)} />
          <LoadFailure error={labelsFailed} />
          <div className="dialog-buttons">
            {draftKinds.map((kind) => (
              <button
                key={kind}
                type="button"
                disabled={busy}
                onClick={() => void handleSubmit((v) => complete(v, kind))()}
                data-testid={`visit-complete-${kind}`}
              >
                {t(visitDrafts[kind].completeWith)}
              </button>
            ))}
            <button type="submit" className="primary" disabled={busy} data-testid="visit-complete">
              {t('visit.complete')}
            </button>
          </div>
        </form>
      )}
      <div className="dialog-form close-visit">
        <div className="button-row">
          {!notStarted && (
            <button
              type="button"
              className={closing === 'no_show' ? 'pressed' : ''}
              onClick={() => setClosing(closing === 'no_show' ? null : 'no_show')}
              data-testid="visit-no-show"
            >
              {t('visit.noShow')}
            </button>
          )}
          <button
            type="button"
            className={`danger-outline${closing === 'cancel' ? ' pressed' : ''}`}
            onClick={() => setClosing(closing === 'cancel' ? null : 'cancel')}
            data-testid="visit-cancel"
          >
            {t('visit.cancelVisit')}
          </button>
        </div>
        {closing && (
          <div className="field">
            <label htmlFor="visit-close-text">
              {closing === 'cancel' ? t('visit.cancelReason') : t('visit.noShowNotes')}
            </label>
            <input
              id="visit-close-text"
              type="text"
              value={closeText}
              onChange={(e) => setCloseText(e.target.value)}
              maxLength={500}
            />
            <div className="button-row">
              <button
                type="button"
                className={closing === 'cancel' ? 'danger' : 'primary'}
                disabled={busy}
                onClick={() => void close()}
                data-testid="visit-close-confirm"
              >
                {closing === 'cancel' ? t('visit.confirmCancel') : t('visit.confirmNoShow')}
              </button>
            </div>
          </div>
        )}
      </div>
    </FormProvider>
  )
}

/** A visit that is closed: what was recorded, and drafts that can still come from it. */
export function VisitResult({
  visit,
  flash,
  onChanged
}: {
  visit: SiteVisit
  flash: BannerMessage | null
  onChanged: (v: SiteVisit) => void
}) {
  const { t } = useT()
  const format = useFormat()
  const { labels, error: labelsFailed } = useProductLabels(visit.productIds)
  const [message, setMessage] = useState<BannerMessage | null>(flash)
  const [busy, setBusy] = useState(false)
  const [made, setMade] = useState(() => madeIn(flash))

  async function create(kind: VisitDraftKind) {
    setBusy(true)
    setMessage(null)
    try {
      if (kind === 'estimate') {
        const { estimateId } = await api.call('visits.createEstimateFromVisit', { id: visit.id })
        setMessage(draftMessage(t, 'estimate', estimateId, t('visit.estimateDraftCreated')))
      } else {
        const request = await api.call('visits.createRequestFromVisit', {
          id: visit.id,
          title: '',
          description: ''
        })
        setMessage(draftMessage(t, 'request', request.id, t('visit.requestDraftCreated')))
        onChanged({ ...visit, requestIds: [...visit.requestIds, request.id] })
      }
      setMade((before) => new Set([...before, kind]))
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="dialog-form visit-result" data-testid="visit-result">
      <h3>{t('visit.result')}</h3>
      <dl className="record-meta">
        {visit.status === 'completed' && (
          <>
            <dt>{t('visit.outcome')}</dt>
            <dd data-testid="visit-outcome">{visit.outcome}</dd>
            <Fact label={t('visit.notes')}>{visit.notes}</Fact>
            <dt>{t('visit.products')}</dt>
            <dd>
              {visit.productIds.length
                ? visit.productIds.map((id) => labels.get(id) ?? `#${id}`).join(', ')
                : t('common.notSet')}
            </dd>
            <dt>{t('visit.followUps')}</dt>
            <dd>
              {visit.followUps.length
                ? visit.followUps
                    .map((f) => (f.dueDate ? `${f.text} (${format.date(f.dueDate)})` : f.text))
                    .join('; ')
                : t('common.notSet')}
            </dd>
          </>
        )}
        {visit.status === 'cancelled' && (
          <>
            <dt>{t('visit.cancelReason')}</dt>
            <dd>{visit.cancelReason || t('common.notSet')}</dd>
          </>
        )}
        {visit.status === 'no_show' && (
          <>
            <dt>{t('visit.noShowNotes')}</dt>
            <dd>{visit.notes || t('common.notSet')}</dd>
          </>
        )}
      </dl>
      <Banner message={message} onClose={() => setMessage(null)} />
      <LoadFailure error={labelsFailed} />
      {visit.status === 'completed' && (
        <div className="dialog-buttons">
          {draftKinds.map((kind) => (
            <button
              key={kind}
              type="button"
              disabled={busy || made.has(kind)}
              onClick={() => void create(kind)}
              data-testid={`visit-create-${kind}`}
            >
              {t(visitDrafts[kind].create)}
            </button>
          ))}
        </div>
      )}
    </section>
  )
}
