/**
 * Logging a call in a few keystrokes (issue 18): Ctrl+L from anywhere, or "Log a call" on a
 * customer page. Who (a customer, or a new prospect for an unknown caller), contact, direction,
 * outcome, notes, and a next step with its date (it shows in the caller's agenda on the Calls
 * page). Focus starts on the customer search; Enter in any field logs the call.
 */
import { useEffect, useState } from 'react'
import { Link } from 'react-router-dom'
import {
  callDirections,
  callOutcomes,
  type CallDirection,
  type CallOutcome
} from '../../../shared/schemas/calls'
import { api } from '../api/client'
import { keys, useInvalidate } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { FormDialog } from '../components/Dialog'
import { useExecutiveOptions } from '../components/use-executive-options'
import { useT } from '../i18n'
import { CustomerChoice } from '../components/CustomerPicker'
import './calls.css'
import { DateInput } from '../components/DateInput'

/** Asks the app's call dialog to open, for a customer if given (the customer page's button). */
export const LOG_CALL_EVENT = 'salesdesk:log-call'
export interface LogCallDetail {
  customerId: number
  customerName: string
}
export function openCallDialog(detail?: LogCallDetail): void {
  window.dispatchEvent(new CustomEvent(LOG_CALL_EVENT, { detail }))
}

interface Draft {
  customerId: number | null
  customerName: string
  prospect: boolean
  prospectName: string
  prospectPhone: string
  prospectEmail: string
  prospectCity: string
  source: string
  executive: string
  direction: CallDirection
  contactName: string
  contactPhone: string
  outcome: CallOutcome
  notes: string
  nextStep: string
  nextStepDate: string
}

const emptyDraft = (preset?: LogCallDetail): Draft => ({
  customerId: preset?.customerId ?? null,
  customerName: preset?.customerName ?? '',
  prospect: false,
  prospectName: '',
  prospectPhone: '',
  prospectEmail: '',
  prospectCity: '',
  source: '',
  executive: '',
  direction: 'incoming',
  contactName: '',
  contactPhone: '',
  outcome: 'call_back',
  notes: '',
  nextStep: '',
  nextStepDate: ''
})

/** Mounted once in the shell: listens for Ctrl+L and for the customer page's button. */
export function CallShortcut() {
  const [preset, setPreset] = useState<LogCallDetail | 'none' | null>(null)
  const [done, setDone] = useState<BannerMessage | null>(null)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.altKey &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'l'
      ) {
        event.preventDefault()
        setPreset((current) => current ?? 'none')
      }
    }
    const onOpen = (event: Event) => {
      const detail = (event as CustomEvent<LogCallDetail | undefined>).detail
      setPreset(detail ?? 'none')
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener(LOG_CALL_EVENT, onOpen)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener(LOG_CALL_EVENT, onOpen)
    }
  }, [])
  return (
    <>
      {done && (
        <div className="call-flash">
          <Banner message={done} onClose={() => setDone(null)} />
        </div>
      )}
      {preset !== null && (
        <CallDialog
          preset={preset === 'none' ? undefined : preset}
          onClose={() => setPreset(null)}
          onLogged={(message) => {
            setPreset(null)
            setDone(message)
          }}
        />
      )}
    </>
  )
}

function CallDialog({
  preset,
  onClose,
  onLogged
}: {
  preset?: LogCallDetail
  onClose: () => void
  onLogged: (message: BannerMessage) => void
}) {
  const { t } = useT()
  const executives = useExecutiveOptions()
  const invalidate = useInvalidate()
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(preset))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }))

  async function submit() {
    setBusy(true)
    setError(null)
    try {
      const call = await api.call('calls.log', {
        call: {
          customerId: draft.prospect ? null : draft.customerId,
          newProspect: draft.prospect
            ? {
                name: draft.prospectName,
                phone: draft.prospectPhone,
                email: draft.prospectEmail,
                city: draft.prospectCity,
                source: draft.source
              }
            : null,
          executiveId: draft.executive === '' ? null : Number(draft.executive),
          direction: draft.direction,
          contactName: draft.contactName,
          contactPhone: draft.contactPhone,
          outcome: draft.outcome,
          notes: draft.notes,
          nextStep: draft.nextStep,
          nextStepDate: draft.nextStepDate === '' ? null : draft.nextStepDate
        }
      })
      invalidate(keys.calls(), keys.customers())
      onLogged({
        kind: 'success',
        text: t(draft.prospect ? 'calls.loggedProspect' : 'calls.logged', { name: call.customerName })
      })
    } catch (e) {
      setError(messageOf(e))
      setBusy(false)
    }
  }

  return (
    <FormDialog
      title={t('calls.dialogTitle')}
      okLabel={t('calls.log')}
      busy={busy}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="call-dialog"
    >
      <div className="call-form">
        <fieldset className="call-who span-2">
          <legend>{t('calls.who')}</legend>
          <label className="inline-choice">
            <input
              type="radio"
              name="call-who"
              checked={!draft.prospect}
              onChange={() => set('prospect', false)}
              data-testid="call-existing"
            />{' '}
            {t('calls.existing')}
          </label>
          <label className="inline-choice">
            <input
              type="radio"
              name="call-who"
              checked={draft.prospect}
              onChange={() => set('prospect', true)}
              data-testid="call-new-prospect"
            />{' '}
            {t('calls.newProspect')}
          </label>
          {!draft.prospect && (
            <CustomerChoice
              className="span-2"
              pickerId="call-customer-picker"
              name={draft.customerName}
              nameTestId="call-customer"
              canChoose
              label={draft.customerName ? t('calls.changeCustomer') : t('calls.customer')}
              onChoose={(id, name) => setDraft((d) => ({ ...d, customerId: id, customerName: name }))}
            />
          )}
          {draft.prospect && (
            <div className="call-grid">
              <TextInput
                id="call-prospect-name"
                label={t('calls.prospectName')}
                value={draft.prospectName}
                onChange={(v) => set('prospectName', v)}
                required
              />
              <TextInput
                id="call-prospect-phone"
                label={t('calls.phone')}
                value={draft.prospectPhone}
                onChange={(v) => set('prospectPhone', v)}
                type="tel"
              />
              <TextInput
                id="call-prospect-email"
                label={t('calls.email')}
                value={draft.prospectEmail}
                onChange={(v) => set('prospectEmail', v)}
                type="email"
              />
              <TextInput
                id="call-prospect-city"
                label={t('calls.city')}
                value={draft.prospectCity}
                onChange={(v) => set('prospectCity', v)}
              />
              <TextInput
                id="call-prospect-source"
                label={t('calls.source')}
                value={draft.source}
                onChange={(v) => set('source', v)}
              />
            </div>
          )}
        </fieldset>
        <div className="call-grid">
          <TextInput
            id="call-contact-name"
            label={t('calls.contactName')}
            value={draft.contactName}
            onChange={(v) => set('contactName', v)}
          />
          <TextInput
            id="call-contact-phone"
            label={t('calls.contactPhone')}
            value={draft.contactPhone}
            onChange={(v) => set('contactPhone', v)}
            type="tel"
          />
          <div className="field">
            <label htmlFor="call-direction">{t('calls.direction')}</label>
            <select
              id="call-direction"
              value={draft.direction}
              onChange={(e) => set('direction', e.target.value as CallDirection)}
            >
              {callDirections.map((d) => (
                <option key={d} value={d}>
                  {t(`calls.directions.${d}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="call-outcome">{t('calls.outcome')}</label>
            <select
              id="call-outcome"
              value={draft.outcome}
              onChange={(e) => set('outcome', e.target.value as CallOutcome)}
            >
              {callOutcomes.map((o) => (
                <option key={o} value={o}>
                  {t(`calls.outcomes.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="call-executive">{t('calls.executive')}</label>
            <select
              id="call-executive"
              value={draft.executive}
              onChange={(e) => set('executive', e.target.value)}
            >
              <option value="">{t('calls.office')}</option>
              {executives.map((e) => (
                <option key={e.id} value={String(e.id)}>
                  {e.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field span-2">
            <label htmlFor="call-notes">{t('calls.notes')}</label>
            <textarea
              id="call-notes"
              rows={3}
              value={draft.notes}
              onChange={(e) => set('notes', e.target.value)}
            />
          </div>
          <TextInput
            id="call-next-step"
            label={t('calls.nextStep')}
            value={draft.nextStep}
            onChange={(v) => set('nextStep', v)}
          />
          <div className="field">
            <label htmlFor="call-next-date">{t('calls.nextStepDate')}</label>
            <DateInput
              id="call-next-date"
              value={draft.nextStepDate}
              onChange={(v) => set('nextStepDate', v)}
              data-testid="call-next-date"
            />
          </div>
        </div>
        {error && (
          <p className="field-error" role="alert" data-testid="call-error">
            {error}
          </p>
        )}
      </div>
    </FormDialog>
  )
}

function TextInput({
  id,
  label,
  value,
  onChange,
  type = 'text',
  required
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  type?: string
  required?: boolean
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        required={required}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        data-testid={id}
      />
    </div>
  )
}

/** The link to a call's customer, in lists. */
export function CallCustomerLink({ id, name }: { id: number; name: string }) {
  return <Link to={`/customers/${String(id)}`}>{name}</Link>
}
