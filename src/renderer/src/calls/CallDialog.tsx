/**
 * Logging a call in a few keystrokes (issue 18): Ctrl+L from anywhere, or "Log a call" on a
 * customer page. Who (a customer, or a new prospect for an unknown caller), contact, direction,
 * outcome, notes, and a next step with its date (it shows in the caller's agenda on the Calls
 * page). Focus starts on the customer search; Enter in any field logs the call.
 */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { callDirections, callOutcomes, type CallReport } from '../../../shared/schemas/calls'
import { api } from '../api/client'
import { keys, useInvalidate } from '../api/query'
import { Banner, type BannerMessage } from '../components/Banner'
import { FormDialog, type DialogProps } from '../components/Dialog'
import { useExecutiveOptions } from '../components/use-executive-options'
import { useShellDialog } from '../components/use-shell-dialog'
import { useDraft } from '../components/use-draft'
import { useT } from '../i18n'
import { CustomerChoice } from '../components/CustomerPicker'
import './calls.css'
import { LabelledDate } from '../components/LabelledDate'
import { ActionProblem } from '../components/ActionProblem'
import { useAction } from '../components/use-action'
import { LabelledInput, LabelledSelect, LabelledTextArea } from '../components/fields'

/** Asks the app's call dialog to open, for a customer if given (the customer page's button). */
export const LOG_CALL_EVENT = 'salesdesk:log-call'
export interface LogCallDetail {
  customerId: number
  customerName: string
}
export function openCallDialog(detail?: LogCallDetail): void {
  window.dispatchEvent(new CustomEvent(LOG_CALL_EVENT, { detail }))
}

interface Draft extends CallReport {
  customerId: number | null
  customerName: string
  prospect: boolean
  prospectName: string
  prospectPhone: string
  prospectEmail: string
  prospectCity: string
  source: string
  executive: string
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
  const { opened, close } = useShellDialog<LogCallDetail>('l', LOG_CALL_EVENT)
  const [done, setDone] = useState<BannerMessage | null>(null)
  return (
    <>
      {done && (
        <div className="call-flash">
          <Banner message={done} onClose={() => setDone(null)} />
        </div>
      )}
      {opened && (
        <CallDialog
          preset={opened.detail}
          onClose={close}
          onDone={(message) => {
            close()
            setDone(message)
          }}
        />
      )}
    </>
  )
}

function CallDialog({ preset, onClose, onDone }: DialogProps<BannerMessage> & { preset?: LogCallDetail }) {
  const { t } = useT()
  const executives = useExecutiveOptions()
  const invalidate = useInvalidate()
  const { draft, setDraft, set, field } = useDraft<Draft>(() => emptyDraft(preset))
  // A refused call's problem with each field is shown at the field: "Please correct the marked
  // fields." alone would name none.
  const { busy, error, problem, run } = useAction()

  async function submit() {
    await run(async () => {
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
      onDone({
        kind: 'success',
        text: t(draft.prospect ? 'calls.loggedProspect' : 'calls.logged', { name: call.customerName })
      })
    })
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
              error={problem('call.customerId')}
              onChoose={(id, name) => setDraft((d) => ({ ...d, customerId: id, customerName: name }))}
            />
          )}
          {draft.prospect && (
            <div className="call-grid">
              <TextInput
                id="call-prospect-name"
                label={
                  <>
                    {t('calls.prospectName')}
                    <span aria-hidden="true"> *</span>
                  </>
                }
                {...field('prospectName')}
                error={problem('call.newProspect.name')}
                required
              />
              <TextInput
                id="call-prospect-phone"
                label={t('calls.phone')}
                {...field('prospectPhone')}
                type="tel"
              />
              <TextInput
                id="call-prospect-email"
                label={t('calls.email')}
                {...field('prospectEmail')}
                type="email"
              />
              <TextInput id="call-prospect-city" label={t('calls.city')} {...field('prospectCity')} />
              <TextInput id="call-prospect-source" label={t('calls.source')} {...field('source')} />
            </div>
          )}
        </fieldset>
        <div className="call-grid">
          <TextInput id="call-contact-name" label={t('calls.contactName')} {...field('contactName')} />
          <TextInput
            id="call-contact-phone"
            label={t('calls.contactPhone')}
            {...field('contactPhone')}
            type="tel"
          />
          <LabelledSelect
            id="call-direction"
            label={t('calls.direction')}
            {...field('direction')}
            options={callDirections}
            optionLabel={(d) => t(`calls.directions.${d}`)}
          />
          <LabelledSelect
            id="call-outcome"
            label={t('calls.outcome')}
            {...field('outcome')}
            options={callOutcomes}
            optionLabel={(o) => t(`calls.outcomes.${o}`)}
          />
          <LabelledSelect
            id="call-executive"
            label={t('calls.executive')}
            {...field('executive')}
            options={['', ...executives.map((e) => String(e.id))]}
            optionLabel={(id) => executives.find((e) => String(e.id) === id)?.name ?? t('calls.office')}
          />
          <LabelledTextArea
            id="call-notes"
            label={t('calls.notes')}
            fieldClassName="span-2"
            rows={3}
            {...field('notes')}
          />
          <TextInput
            id="call-next-step"
            label={t('calls.nextStep')}
            {...field('nextStep')}
            error={problem('call.nextStep')}
          />
          <LabelledDate
            id="call-next-date"
            label={t('calls.nextStepDate')}
            {...field('nextStepDate')}
            data-testid="call-next-date"
          />
        </div>
        <ActionProblem problem={error} testId="call-error" />
      </div>
    </FormDialog>
  )
}

/** A text field of the call: its test id is its id; no browser suggestions (a new caller each time). */
function TextInput(props: Parameters<typeof LabelledInput>[0] & { id: string }) {
  return <LabelledInput autoComplete="off" data-testid={props.id} {...props} />
}

/** The link to a call's customer, in lists. */
export function CallCustomerLink({ id, name }: { id: number; name: string }) {
  return <Link to={`/customers/${String(id)}`}>{name}</Link>
}
