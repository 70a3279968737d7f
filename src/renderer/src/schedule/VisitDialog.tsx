/**
 * One site visit: plan it (customer, address from the customer, executives, time, purpose),
 * record what came out of it (outcome, notes, products discussed, follow-ups) and turn that
 * into an estimate or request draft in one click; or cancel it / mark a no-show.
 */
import { useEffect, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { emptyAddress, type Address } from '../../../shared/schemas/customers'
import type { ExecutiveRow } from '../../../shared/schemas/executives'
import { visitCompletion, visitInput, type FollowUp, type SiteVisit } from '../../../shared/schemas/schedule'
import { api } from '../api/client'
import { applyFieldErrors, messageOf } from '../components/apiErrors'
import { Banner, type BannerMessage } from '../components/Banner'
import { applyIssues, checkInput } from '../components/formChecks'
import { useFormat } from '../components/format'
import { TextAreaField, TextField } from '../components/fields'
import { saveShortcutOf } from '../components/useSaveShortcut'
import { useT } from '../i18n'
import { Modal, useGuardedClose } from './Modal'
import { Chips, CustomerChoice, ExecutiveChecklistField, findProducts, SearchPicker, useProductLabels } from './pickers'
import { fromLocalInput, toLocalInput } from './time'
import { useClashGuard } from './useClashGuard'

interface VisitFormValues {
  customerId: number | null
  customerName: string
  executiveIds: number[]
  startAt: string
  endAt: string
  purpose: string
  address: Address
}

/** The address to visit: the customer's delivery address when it has its own, else the billing address. */
async function customerAddress(customerId: number): Promise<Address> {
  const c = await api.call('customers.get', { id: customerId })
  return !c.deliverySameAsBilling && (c.deliveryAddress.line1 || c.deliveryAddress.city) ? c.deliveryAddress : c.billingAddress
}

export interface VisitDraft {
  startAt: string
  endAt: string
  executiveIds: number[]
  customerId?: number
  customerName?: string
}

export function VisitDialog({ visitId, draft, executives, onClose }: { visitId: number | null; draft?: VisitDraft; executives: ExecutiveRow[]; onClose(changed: boolean): void }) {
  const { t } = useT()
  const [visit, setVisit] = useState<SiteVisit | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [changed, setChanged] = useState(false)
  const [flash, setFlash] = useState<BannerMessage | null>(null)
  useEffect(() => {
    if (visitId === null) return
    api.call('visits.get', { id: visitId }).then(setVisit, (error: unknown) => setFailure(messageOf(error)))
  }, [visitId])
  const guard = useGuardedClose(() => onClose(changed))
  const title = visitId === null ? t('visit.newTitle') : visit ? t('visit.title', { customer: visit.customerName }) : t('common.loading')
  return (
    <Modal title={title} onClose={guard.close} testId="visit-dialog" wide>
      {failure && <Banner message={{ kind: 'error', text: failure }} />}
      {(visitId === null || visit) && (
        <VisitEditor
          key={visit?.updatedAt ?? 'new'}
          visit={visit}
          draft={draft}
          executives={executives}
          flash={flash}
          dirty={guard.dirty}
          onSaved={(saved, closeNow, text) => {
            setChanged(true)
            setFlash(text ?? null)
            if (closeNow) onClose(true)
            else setVisit(saved)
          }}
          onCancel={guard.close}
        />
      )}
      {guard.dialog}
    </Modal>
  )
}

function VisitEditor({
  visit,
  draft,
  executives,
  flash,
  dirty,
  onSaved,
  onCancel
}: {
  visit: SiteVisit | null
  draft?: VisitDraft
  executives: ExecutiveRow[]
  flash: BannerMessage | null
  dirty: { current: boolean }
  onSaved(visit: SiteVisit, closeNow: boolean, flash?: BannerMessage): void
  onCancel(): void
}) {
  const { t } = useT()
  const format = useFormat()
  const guard = useClashGuard()
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [saving, setSaving] = useState(false)
  const editable = visit === null || visit.status === 'scheduled'
  const form = useForm<VisitFormValues>({
    defaultValues: visit
      ? {
          customerId: visit.customerId,
          customerName: visit.customerName,
          executiveIds: visit.executiveIds,
          startAt: toLocalInput(visit.startAt),
          endAt: toLocalInput(visit.endAt),
          purpose: visit.purpose,
          address: visit.address
        }
      : {
          customerId: draft?.customerId ?? null,
          customerName: draft?.customerName ?? '',
          executiveIds: draft?.executiveIds ?? [],
          startAt: draft ? toLocalInput(draft.startAt) : '',
          endAt: draft ? toLocalInput(draft.endAt) : '',
          purpose: '',
          address: emptyAddress()
        }
  })
  const { watch, setValue, setError, clearErrors, handleSubmit, formState } = form
  const customerName = watch('customerName')
  dirty.current = formState.isDirty && !saving

  useEffect(() => {
    // A visit started from a customer: fill its address.
    if (!visit && draft?.customerId) customerAddress(draft.customerId).then((a) => setValue('address', a), () => undefined)
  }, [visit, draft, setValue])

  async function chooseCustomer(id: number, name: string) {
    setValue('customerId', id, { shouldDirty: true })
    setValue('customerName', name, { shouldDirty: true })
    clearErrors('customerId')
    try {
      setValue('address', await customerAddress(id), { shouldDirty: true })
    } catch {
      // The address stays as it was; the visit can still be saved.
    }
  }

  async function save(values: VisitFormValues) {
    setMessage(null)
    const input = {
      customerId: values.customerId ?? 0,
      executiveIds: values.executiveIds,
      startAt: fromLocalInput(values.startAt),
      endAt: fromLocalInput(values.endAt),
      purpose: values.purpose,
      address: values.address
    }
    if (!checkInput(visitInput, input, { values, setError }, { t, setMessage })) return
    setSaving(true)
    try {
      const decision = await guard.check({ executiveIds: input.executiveIds, startAt: input.startAt, endAt: input.endAt, ignore: visit ? { type: 'visit', id: visit.id } : null })
      if (!decision) return
      const acceptClashes = decision.accept
      const result = visit
        ? await api.call('visits.update', { id: visit.id, visit: input, acceptClashes })
        : await api.call('visits.create', { visit: input, acceptClashes })
      onSaved(result.saved, visit === null)
    } catch (error) {
      applyFieldErrors(error, setError, 'visit.')
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setSaving(false)
    }
  }

  const submit = handleSubmit(save)
  const customerError = formState.errors.customerId?.message
  return (
    <>
      <FormProvider {...form}>
        <form
          className="dialog-form"
          noValidate
          onSubmit={(e) => void submit(e)}
          onKeyDown={saveShortcutOf(() => {
            if (editable && !saving) void submit()
          })}
          data-testid="visit-form"
        >
          {visit && (
            <p className="visit-status">
              <span className={`badge badge-visit-${visit.toRecord ? 'to_record' : visit.status}`} data-testid="visit-status">
                {visit.toRecord ? t('visit.status.to_record') : t(`visit.status.${visit.status}`)}
              </span>
              {visit.planId !== null && <span className="muted"> {t('visit.fromPlan')}</span>}
            </p>
          )}
          <fieldset disabled={!editable} className="plain-fieldset">
            <div className="form-grid">
              <CustomerChoice
                className="span-all"
                pickerId="visit-customer-picker"
                name={customerName}
                nameTestId="visit-customer"
                canChoose={editable}
                label={customerName ? t('visit.changeCustomer') : t('visit.customer')}
                error={customerError}
                onChoose={(id, name) => void chooseCustomer(id, name)}
              />
              <TextField name="startAt" label={t('visit.start')} type="datetime-local" required data-testid="visit-start" />
              <TextField name="endAt" label={t('visit.end')} type="datetime-local" required data-testid="visit-end" />
              <div className="span-all">
                <ExecutiveChecklistField name="executiveIds" executives={executives} label={t('visit.executives')} testId="visit-executive" />
              </div>
              <TextField name="purpose" label={t('visit.purpose')} fieldClassName="span-all" data-testid="visit-purpose" />
            </div>
            <h3>{t('visit.address')}</h3>
            <div className="form-grid">
              <TextField name="address.line1" label={t('visit.addressLine1')} fieldClassName="span-2" data-testid="visit-address-line1" />
              <TextField name="address.line2" label={t('visit.addressLine2')} fieldClassName="span-2" />
              <TextField name="address.postalCode" label={t('visit.postalCode')} />
              <TextField name="address.city" label={t('visit.city')} data-testid="visit-address-city" />
              <TextField name="address.region" label={t('visit.region')} />
              <TextField name="address.country" label={t('visit.country')} className="mono" maxLength={2} />
            </div>
          </fieldset>
          <Banner message={message} onClose={() => setMessage(null)} />
          {editable && (
            <div className="dialog-buttons">
              <button type="button" onClick={onCancel}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="primary" disabled={saving} title={t('common.shortcutSave')} data-testid="visit-save">
                {saving ? t('common.saving') : visit ? t('common.save') : t('visit.schedule')}
              </button>
            </div>
          )}
          {visit && (
            <p className="muted small">
              {t('common.updated')}: {format.dateTime(visit.updatedAt)}
            </p>
          )}
        </form>
      </FormProvider>
      {visit && visit.status === 'scheduled' && <RecordOutcome visit={visit} onDone={(v, text) => onSaved(v, false, text)} />}
      {visit && visit.status !== 'scheduled' && <VisitResult visit={visit} flash={flash} onChanged={(v) => onSaved(v, false)} />}
      {guard.dialog}
    </>
  )
}

interface OutcomeValues {
  outcome: string
  notes: string
  productIds: number[]
  followUps: FollowUp[]
}

/** Completing a visit: what came out of it; optionally an estimate draft with the products discussed in the same click. */
function RecordOutcome({ visit, onDone }: { visit: SiteVisit; onDone(v: SiteVisit, flash?: BannerMessage): void }) {
  const { t } = useT()
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [busy, setBusy] = useState(false)
  const [closing, setClosing] = useState<'cancel' | 'no_show' | null>(null)
  const [closeText, setCloseText] = useState('')
  const form = useForm<OutcomeValues>({ defaultValues: { outcome: '', notes: '', productIds: [], followUps: [] } })
  const { watch, setValue, setError, handleSubmit } = form
  const productIds = watch('productIds')
  const followUps = watch('followUps')
  const labels = useProductLabels(productIds)

  async function complete(values: OutcomeValues, then: 'estimate' | 'request' | null) {
    setMessage(null)
    const input = { id: visit.id, ...values, followUps: values.followUps.map((f) => ({ text: f.text, dueDate: f.dueDate || null })) }
    const parsed = visitCompletion.safeParse(input)
    if (!parsed.success) {
      applyIssues(parsed.error.issues, setError)
      setMessage({ kind: 'error', text: t('errors.checkFields') })
      return
    }
    setBusy(true)
    try {
      const completed = await api.call('visits.complete', input)
      let flash: BannerMessage = { kind: 'success', text: t('visit.completed') }
      try {
        if (then === 'estimate') {
          const { estimateId } = await api.call('visits.createEstimateFromVisit', { id: visit.id })
          flash = { kind: 'success', text: t('visit.estimateCreated', { id: estimateId }) }
        } else if (then === 'request') {
          const request = await api.call('visits.createRequestFromVisit', { id: visit.id, title: '', description: '' })
          flash = { kind: 'success', text: t('visit.requestCreated', { id: request.id }) }
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

  return (
    <FormProvider {...form}>
      <form className="dialog-form outcome-form" noValidate onSubmit={(e) => void handleSubmit((v) => complete(v, null))(e)} data-testid="visit-outcome-form">
        <h3>{t('visit.recordOutcome')}</h3>
        <TextAreaField name="outcome" label={t('visit.outcome')} rows={2} />
        <TextAreaField name="notes" label={t('visit.notes')} rows={2} />
        <Chips
          items={productIds.map((id) => ({ id, label: labels.get(id) ?? `#${id}` }))}
          label={t('visit.products')}
          onRemove={(id) => setValue('productIds', productIds.filter((p) => p !== id))}
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
              <TextField name={`followUps.${index}.text`} label={t('visit.followUpText')} data-testid="visit-follow-up-text" />
              <TextField name={`followUps.${index}.dueDate`} label={t('visit.followUpDue')} type="date" />
              <button type="button" className="link-button" onClick={() => setValue('followUps', followUps.filter((__, i) => i !== index))}>
                {t('common.remove')}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setValue('followUps', [...followUps, { text: '', dueDate: null }])} data-testid="visit-add-follow-up">
            {t('visit.addFollowUp')}
          </button>
        </div>
        <Banner message={message} onClose={() => setMessage(null)} />
        <div className="dialog-buttons">
          <button type="button" disabled={busy} onClick={() => void handleSubmit((v) => complete(v, 'request'))()} data-testid="visit-complete-request">
            {t('visit.completeAndRequest')}
          </button>
          <button type="button" disabled={busy} onClick={() => void handleSubmit((v) => complete(v, 'estimate'))()} data-testid="visit-complete-estimate">
            {t('visit.completeAndEstimate')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="visit-complete">
            {t('visit.complete')}
          </button>
        </div>
      </form>
      <div className="dialog-form close-visit">
        <div className="button-row">
          <button type="button" className={closing === 'no_show' ? 'pressed' : ''} onClick={() => setClosing(closing === 'no_show' ? null : 'no_show')} data-testid="visit-no-show">
            {t('visit.noShow')}
          </button>
          <button type="button" className={`danger-outline${closing === 'cancel' ? ' pressed' : ''}`} onClick={() => setClosing(closing === 'cancel' ? null : 'cancel')} data-testid="visit-cancel">
            {t('visit.cancelVisit')}
          </button>
        </div>
        {closing && (
          <div className="field">
            <label htmlFor="visit-close-text">{closing === 'cancel' ? t('visit.cancelReason') : t('visit.noShowNotes')}</label>
            <input id="visit-close-text" type="text" value={closeText} onChange={(e) => setCloseText(e.target.value)} maxLength={500} />
            <div className="button-row">
              <button type="button" className={closing === 'cancel' ? 'danger' : 'primary'} disabled={busy} onClick={() => void close()} data-testid="visit-close-confirm">
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
function VisitResult({ visit, flash, onChanged }: { visit: SiteVisit; flash: BannerMessage | null; onChanged(v: SiteVisit): void }) {
  const { t } = useT()
  const format = useFormat()
  const labels = useProductLabels(visit.productIds)
  const [message, setMessage] = useState<BannerMessage | null>(flash)
  const [busy, setBusy] = useState(false)

  async function create(kind: 'estimate' | 'request') {
    setBusy(true)
    setMessage(null)
    try {
      if (kind === 'estimate') {
        const { estimateId } = await api.call('visits.createEstimateFromVisit', { id: visit.id })
        setMessage({ kind: 'success', text: t('visit.estimateCreated', { id: estimateId }) })
      } else {
        const request = await api.call('visits.createRequestFromVisit', { id: visit.id, title: '', description: '' })
        setMessage({ kind: 'success', text: t('visit.requestCreated', { id: request.id }) })
        onChanged({ ...visit, requestIds: [...visit.requestIds, request.id] })
      }
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
            {visit.notes && (
              <>
                <dt>{t('visit.notes')}</dt>
                <dd>{visit.notes}</dd>
              </>
            )}
            <dt>{t('visit.products')}</dt>
            <dd>{visit.productIds.length ? visit.productIds.map((id) => labels.get(id) ?? `#${id}`).join(', ') : t('common.notSet')}</dd>
            <dt>{t('visit.followUps')}</dt>
            <dd>{visit.followUps.length ? visit.followUps.map((f) => (f.dueDate ? `${f.text} (${format.date(f.dueDate)})` : f.text)).join('; ') : t('common.notSet')}</dd>
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
      {visit.status === 'completed' && (
        <div className="dialog-buttons">
          <button type="button" disabled={busy} onClick={() => void create('request')} data-testid="visit-create-request">
            {t('visit.createRequest')}
          </button>
          <button type="button" disabled={busy} onClick={() => void create('estimate')} data-testid="visit-create-estimate">
            {t('visit.createEstimate')}
          </button>
        </div>
      )}
    </section>
  )
}
