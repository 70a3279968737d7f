/**
 * The sections of the contract page besides its form: the status steps (activate, end,
 * terminate, renew), the attached files, and the invoices due for a period.
 */
import { useRef, useState, type ReactElement, type ReactNode } from 'react'
import { useNavigate } from 'react-router-dom'
import { formatMoney, parseMoneyToCents } from '../../../shared/money'
import {
  contractTerminate,
  MAX_ATTACHMENT_BYTES,
  type BillingProposal,
  type Contract
} from '../../../shared/schemas/contracts'
import { api, saveFile } from '../api/client'
import { fieldProblemsOf, messageOf } from '../components/api-errors'
import { Banner } from '../components/Banner'
import { useConfirm } from '../components/ConfirmDialog'
import { useBannerAction } from '../components/use-banner-action'
import { companyToday, useFormat } from '../components/format'
import { FormSection } from '../components/FormSection'
import { MainButton } from '../components/MainButton'
import { useT } from '../i18n'
import { DateInput } from '../components/DateInput'
import { Field } from '../components/fields'
import { base64Of } from '../components/file-base64'

/** A problem found here, before asking the API, told to the user as it is (with the fields it concerns). */
class Refusal extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {}
  ) {
    super(message)
  }
}
const textOf = (error: unknown) => (error instanceof Refusal ? error.message : messageOf(error))

type Step = 'end' | 'terminate' | 'renew' | null

/** What the status and attachments sections change: the contract, shown with a message, or a problem. */
export interface SectionProps {
  contract: Contract
  onChanged: (c: Contract, text: string) => void
  onError: (text: string) => void
}

/** A field of a status step: the input (`children`, named by its id) and the step's problem with `name`. */
function StepField({
  name,
  label,
  errors,
  wide = false,
  children
}: {
  name: string
  label: ReactNode
  errors: Record<string, string>
  wide?: boolean
  children: ReactElement<{ id: string }>
}) {
  const { tm } = useT()
  const error = errors[name]
  return (
    <Field
      id={children.props.id}
      label={label}
      error={error ? tm(error) : undefined}
      errorTestId={`error-step-${name}`}
      className={wide ? 'span-2' : undefined}
    >
      {children}
    </Field>
  )
}

/** A date field of a status step (its id is also its test id). */
function StepDate({
  id,
  name,
  label,
  value,
  onChange,
  errors
}: {
  id: string
  name: string
  label: string
  value: string
  onChange: (value: string) => void
  errors: Record<string, string>
}) {
  return (
    <StepField name={name} label={label} errors={errors}>
      <DateInput
        id={id}
        value={value}
        aria-invalid={Boolean(errors[name])}
        onChange={(v) => onChange(v)}
        data-testid={id}
      />
    </StepField>
  )
}

/** The button that opens a status step's small form, or closes it when it is the open one (pressed). */
function StepToggle({
  step,
  open,
  onToggle,
  danger = false
}: {
  step: Exclude<Step, null>
  open: Step
  onToggle: (step: Step) => void
  danger?: boolean
}) {
  const { t } = useT()
  const pressed = open === step
  return (
    <button
      type="button"
      className={[danger ? 'danger-outline' : '', pressed ? 'pressed' : ''].filter(Boolean).join(' ')}
      onClick={() => onToggle(pressed ? null : step)}
      data-testid={`contract-${step}-step`}
    >
      {t(`contract.${step}`)}
    </button>
  )
}

/**
 * A status step's small form and the button that confirms it. Not a <form>: it sits inside the
 * contract's form, so Enter here must not submit that one.
 */
function StepForm({
  confirmLabel,
  danger = false,
  busy,
  onConfirm,
  testId,
  children
}: {
  confirmLabel: string
  danger?: boolean
  busy: boolean
  onConfirm: () => void
  testId: string
  children: ReactNode
}) {
  return (
    <div
      className="form-grid step-form"
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault()
      }}
    >
      {children}
      <div className="field step-confirm">
        <button
          type="button"
          className={danger ? 'danger' : 'primary'}
          disabled={busy}
          onClick={onConfirm}
          data-testid={testId}
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  )
}

/** Activate, end, terminate (date + reason), renew (new term and value, optional). Not a <form>: it sits inside the contract's form. */
export function StatusSection({ contract, onChanged, onError }: SectionProps) {
  const { t } = useT()
  const navigate = useNavigate()
  const { confirm, dialog } = useConfirm()
  const [step, setStep] = useState<Step>(null)
  const [date, setDate] = useState(companyToday())
  const [reason, setReason] = useState('')
  const [renewStart, setRenewStart] = useState('')
  const [renewEnd, setRenewEnd] = useState('')
  const [renewValue, setRenewValue] = useState('')
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})

  async function run(action: () => Promise<void>) {
    setBusy(true)
    setErrors({})
    try {
      await action()
      setStep(null)
    } catch (error) {
      setErrors(error instanceof Refusal ? error.fields : fieldProblemsOf(error))
      onError(textOf(error))
    } finally {
      setBusy(false)
    }
  }

  async function end() {
    onChanged(await api.call('contracts.end', { id: contract.id, date: date || null }), t('contract.ended'))
  }

  async function terminate() {
    const parsed = contractTerminate.safeParse({ id: contract.id, date, reason })
    if (!parsed.success)
      throw new Refusal(
        t('messages.correctMarkedFields'),
        Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]))
      )
    onChanged(await api.call('contracts.terminate', parsed.data), t('contract.terminated'))
  }

  async function renew() {
    const valueCents = renewValue.trim() === '' ? null : parseMoneyToCents(renewValue)
    if (renewValue.trim() !== '' && valueCents === null)
      throw new Refusal(t('messages.correctMarkedFields'), { valueCents: t('contract.badValue') })
    const next = await api.call('contracts.renew', {
      id: contract.id,
      startDate: renewStart || null,
      endDate: renewEnd || null,
      valueCents
    })
    void navigate(`/contracts/${next.id}`, {
      state: { flash: { kind: 'success', text: t('contract.renewed', { number: next.number }) } }
    })
  }

  async function activate() {
    const ok = await confirm({
      title: t('contract.activate'),
      body: t('contract.activateConfirm', { number: contract.number }),
      confirmLabel: t('contract.activate')
    })
    if (ok)
      await run(async () =>
        onChanged(await api.call('contracts.activate', { id: contract.id }), t('contract.activated'))
      )
  }

  const canRenew =
    (contract.status === 'active' || contract.status === 'ended') && contract.renewedById === null
  return (
    <FormSection id="status" title={t('contract.sections.actions')}>
      <div className="button-row">
        {contract.status === 'draft' && (
          <MainButton busy={busy} onPress={activate} testId="contract-activate">
            {t('contract.activate')}
          </MainButton>
        )}
        {contract.status === 'active' && (
          <>
            <StepToggle step="end" open={step} onToggle={setStep} />
            <StepToggle step="terminate" open={step} onToggle={setStep} danger />
          </>
        )}
        {canRenew && <StepToggle step="renew" open={step} onToggle={setStep} />}
      </div>
      {(step === 'end' || step === 'terminate') && (
        <StepForm
          confirmLabel={t(`contract.${step}`)}
          danger={step === 'terminate'}
          busy={busy}
          onConfirm={() => void run(step === 'end' ? end : terminate)}
          testId="contract-step-confirm"
        >
          <StepDate
            id="contract-step-date"
            name="date"
            label={step === 'end' ? t('contract.endDate2') : t('contract.terminateDate')}
            value={date}
            onChange={setDate}
            errors={errors}
          />
          {step === 'terminate' && (
            <StepField
              name="reason"
              label={
                <>
                  {t('contract.terminationReason')} <span className="required-mark">*</span>
                </>
              }
              errors={errors}
              wide
            >
              <input
                id="contract-step-reason"
                type="text"
                value={reason}
                maxLength={1000}
                aria-invalid={Boolean(errors.reason)}
                onChange={(e) => setReason(e.target.value)}
                data-testid="contract-step-reason"
              />
            </StepField>
          )}
        </StepForm>
      )}
      {step === 'renew' && (
        <StepForm
          confirmLabel={t('contract.renew')}
          busy={busy}
          onConfirm={() => void run(renew)}
          testId="contract-renew-confirm"
        >
          <StepDate
            id="contract-renew-start"
            name="startDate"
            label={t('contract.renewStart')}
            value={renewStart}
            onChange={setRenewStart}
            errors={errors}
          />
          <StepDate
            id="contract-renew-end"
            name="endDate"
            label={t('contract.renewEnd')}
            value={renewEnd}
            onChange={setRenewEnd}
            errors={errors}
          />
          <StepField name="valueCents" label={t('contract.renewValue')} errors={errors}>
            <input
              id="contract-renew-value"
              type="text"
              inputMode="decimal"
              className="num"
              value={renewValue}
              onChange={(e) => setRenewValue(e.target.value)}
              data-testid="contract-renew-value"
            />
          </StepField>
        </StepForm>
      )}
      {dialog}
    </FormSection>
  )
}

export function AttachmentsSection({ contract, onChanged, onError }: SectionProps) {
  const { t } = useT()
  const format = useFormat()
  const { confirm, dialog } = useConfirm()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)

  async function attach(files: FileList | null) {
    if (!files || files.length === 0) return
    setBusy(true)
    try {
      for (const file of Array.from(files)) {
        if (file.size > MAX_ATTACHMENT_BYTES)
          throw new Refusal(t('contract.tooLarge', { fileName: file.name }))
        await api.call('contracts.attach', {
          contractId: contract.id,
          fileName: file.name,
          contentBase64: await base64Of(file)
        })
      }
      const fresh = await api.call('contracts.get', { id: contract.id })
      onChanged(
        fresh,
        t('contract.attached', {
          fileName: Array.from(files)
            .map((f) => f.name)
            .join(', ')
        })
      )
    } catch (error) {
      onError(textOf(error))
    } finally {
      setBusy(false)
      if (input.current) input.current.value = ''
    }
  }

  async function remove(id: number, fileName: string) {
    const ok = await confirm({
      title: t('contract.removeAttachment'),
      body: t('contract.removeAttachmentConfirm', { fileName }),
      confirmLabel: t('contract.removeAttachment'),
      danger: true
    })
    if (!ok) return
    try {
      await api.call('contracts.removeAttachment', { id })
      onChanged(await api.call('contracts.get', { id: contract.id }), t('common.saved'))
    } catch (error) {
      onError(messageOf(error))
    }
  }

  async function download(id: number) {
    try {
      saveFile(await api.call('contracts.attachment', { id }))
    } catch (error) {
      onError(messageOf(error))
    }
  }

  return (
    <FormSection
      id="attachments"
      title={t('contract.sections.attachments')}
      aside={
        <>
          <input
            ref={input}
            type="file"
            multiple
            className="visually-hidden"
            id="contract-attach-input"
            onChange={(e) => void attach(e.target.files)}
            data-testid="contract-attach-input"
          />
          <button
            type="button"
            disabled={busy}
            onClick={() => input.current?.click()}
            data-testid="contract-attach"
          >
            {busy ? t('contract.attaching') : t('contract.attach')}
          </button>
        </>
      }
    >
      {contract.attachments.length === 0 ? (
        <p className="muted">{t('contract.noAttachments')}</p>
      ) : (
        <ul className="attachment-list">
          {contract.attachments.map((a) => (
            <li key={a.id} data-testid="contract-attachment">
              <button
                type="button"
                className="link-button"
                onClick={() => void download(a.id)}
                title={t('contract.download')}
              >
                {a.fileName}
              </button>
              <span className="muted">
                {format.bytes(a.sizeBytes)} · {format.dateTime(a.createdAt)}
              </span>
              <button type="button" className="link-button" onClick={() => void remove(a.id, a.fileName)}>
                {t('contract.removeAttachment')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {dialog}
    </FormSection>
  )
}

export function BillingSection({ contract }: { contract: Contract }) {
  const { t } = useT()
  const format = useFormat()
  const [until, setUntil] = useState(companyToday())
  const [proposal, setProposal] = useState<BillingProposal | null>(null)
  // Proposing and creating report through the section's one banner; the buttons wait meanwhile.
  const { busy, message, setMessage, act } = useBannerAction()
  if (contract.status === 'draft') return null
  const money = (cents: number) => formatMoney(cents, contract.currency, format.locale)

  const propose = () =>
    act(async () => {
      setProposal(await api.call('contracts.billingProposal', { id: contract.id, until }))
      return null
    })
  const createDrafts = () =>
    act(async () => {
      const result = await api.call('contracts.createDueInvoices', { id: contract.id, until })
      setProposal(await api.call('contracts.billingProposal', { id: contract.id, until }))
      return t('contract.invoicesCreated', { count: result.created.length })
    })

  return (
    <FormSection id="billing" title={t('contract.sections.billing')}>
      <div className="toolbar">
        <div className="field filter-field">
          <label htmlFor="contract-due-until">{t('contract.dueUntil')}</label>
          <DateInput
            id="contract-due-until"
            value={until}
            onChange={(v, whole) => whole && setUntil(v)}
            data-testid="contract-due-until"
          />
        </div>
        <button
          type="button"
          disabled={busy || !until}
          onClick={() => void propose()}
          data-testid="contract-propose"
        >
          {t('contract.propose')}
        </button>
      </div>
      <Banner message={message} onClose={() => setMessage(null)} />
      {proposal && (
        <>
          {proposal.due.length === 0 ? (
            <p className="muted" data-testid="contract-due-none">
              {t('contract.dueNone')}
            </p>
          ) : (
            <table className="simple-table" data-testid="contract-due">
              <thead>
                <tr>
                  <th>{t('contract.duePeriod')}</th>
                  <th className="align-end">{t('contract.dueAmount')}</th>
                </tr>
              </thead>
              <tbody>
                {proposal.due.map((p) => (
                  <tr key={p.periodStart} data-testid="contract-due-row">
                    <td>
                      {format.date(p.periodStart)} – {format.date(p.periodEnd)}
                    </td>
                    <td className="align-end num">{money(p.amountCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {proposal.due.length > 0 && (
            <div className="button-row">
              <MainButton busy={busy} onPress={createDrafts} testId="contract-create-invoices">
                {t('contract.createInvoices', { count: proposal.due.length })}
              </MainButton>
            </div>
          )}
          {proposal.alreadyBilled.length > 0 && (
            <p className="muted">
              {t('contract.alreadyBilled')}:{' '}
              {proposal.alreadyBilled
                .map((p) => `${format.date(p.periodStart)} – ${format.date(p.periodEnd)}`)
                .join('; ')}
            </p>
          )}
        </>
      )}
    </FormSection>
  )
}
