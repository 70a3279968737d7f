/**
 * One contract: its terms in one form (draft and active contracts can be edited), the status
 * steps (activate, end, terminate with date and reason, renew), attached files, and the
 * invoices due for a period, created as drafts in one step.
 */
import { useRef, useState, type KeyboardEvent } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { Link, useNavigate } from 'react-router-dom'
import { centsToDecimalString, formatMoney, parseMoneyToCents } from '../../../shared/money'
import { billingFrequencies, contractInput, contractTerminate, MAX_ATTACHMENT_BYTES, type BillingProposal, type Contract, type ContractInput } from '../../../shared/schemas/contracts'
import { api, ApiCallError, saveFile } from '../api/client'
import { applyFieldErrors, messageOf } from '../components/apiErrors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useConfirm } from '../components/ConfirmDialog'
import { localToday, useFormat } from '../components/format'
import { SelectField, TextAreaField, TextField } from '../components/fields'
import { checkInput } from '../components/formChecks'
import { RecordAside, RecordHeader, RecordLoader } from '../components/RecordFrame'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useBackToList } from '../components/useBackToList'
import { useFlash } from '../components/useFlash'
import { usePageTitle } from '../components/usePageTitle'
import { useSaveShortcut } from '../components/useSaveShortcut'
import { FormSection } from '../customers/CustomerSections'
import { useExecutiveOptions } from '../customers/useExecutiveOptions'
import { useT } from '../i18n'
import { CustomerChoice } from '../schedule/pickers'
import { ContractStatusBadge } from './ContractList'
import './contracts.css'

interface ContractFormValues {
  customerId: number | null
  customerName: string
  executiveId: string
  title: string
  description: string
  value: string
  currency: string
  startDate: string
  endDate: string
  billingFrequency: ContractInput['billingFrequency']
  noticePeriodDays: string
  signedDate: string
}

function decimalText(cents: number, locale: string): string {
  const plain = centsToDecimalString(cents)
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',' ? plain.replace('.', ',') : plain
}

function toFormValues(c: Contract | null, locale: string): ContractFormValues {
  if (!c)
    return {
      customerId: null,
      customerName: '',
      executiveId: '',
      title: '',
      description: '',
      value: '',
      currency: 'EUR',
      startDate: localToday(),
      endDate: '',
      billingFrequency: 'monthly',
      noticePeriodDays: '30',
      signedDate: ''
    }
  return {
    customerId: c.customerId,
    customerName: c.customerName,
    executiveId: c.executiveId === null ? '' : String(c.executiveId),
    title: c.title,
    description: c.description,
    value: decimalText(c.valueCents, locale),
    currency: c.currency,
    startDate: c.startDate,
    endDate: c.endDate ?? '',
    billingFrequency: c.billingFrequency,
    noticePeriodDays: String(c.noticePeriodDays),
    signedDate: c.signedDate ?? ''
  }
}

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

const loadContract = (id: number) => api.call('contracts.get', { id })

export function ContractPage() {
  return <RecordLoader load={loadContract}>{(contract) => <ContractEditor initial={contract} />}</RecordLoader>
}

function ContractEditor({ initial }: { initial: Contract | null }) {
  const { t } = useT()
  const format = useFormat()
  const navigate = useNavigate()
  const executives = useExecutiveOptions()
  const [record, setRecord] = useState<Contract | null>(initial)
  const [message, setMessage] = useFlash()
  const [saving, setSaving] = useState(false)
  const [activityKey, setActivityKey] = useState(0)
  const bypassGuard = useRef(false)
  const backToList = useBackToList('/contracts')
  const form = useForm<ContractFormValues>({ defaultValues: toFormValues(initial, format.locale) })
  const { handleSubmit, reset, setError, clearErrors, setValue, watch, formState } = form
  const customerName = watch('customerName')
  const editable = record === null || record.status === 'draft' || record.status === 'active'

  usePageTitle(record ? `${record.number} ${record.title}` : t('contract.newTitle'))

  const changed = (c: Contract, text: string) => {
    setRecord(c)
    reset(toFormValues(c, format.locale))
    setActivityKey((k) => k + 1)
    setMessage({ kind: 'success', text })
  }

  async function save(values: ContractFormValues) {
    setMessage(null)
    const valueCents = parseMoneyToCents(values.value) ?? Number.NaN
    const input: ContractInput = {
      customerId: values.customerId ?? 0,
      executiveId: values.executiveId ? Number(values.executiveId) : null,
      title: values.title,
      description: values.description,
      valueCents,
      currency: values.currency,
      startDate: values.startDate,
      endDate: values.endDate || null,
      billingFrequency: values.billingFrequency,
      noticePeriodDays: values.noticePeriodDays.trim() === '' ? Number.NaN : Number(values.noticePeriodDays),
      signedDate: values.signedDate || null
    }
    if (!checkInput(contractInput, input, { values, setError, rename: { valueCents: 'value' } }, { t, setMessage })) {
      // The schema only sees a missing amount; say that what was typed is not one.
      if (Number.isNaN(valueCents)) setError('value', { type: 'parse', message: t('contract.badValue') })
      return
    }
    setSaving(true)
    try {
      if (record) {
        const saved = await api.call('contracts.update', { id: record.id, contract: input, expectedUpdatedAt: record.updatedAt })
        changed(saved, t('common.saved'))
      } else {
        const created = await api.call('contracts.create', { contract: input })
        bypassGuard.current = true
        navigate(`/contracts/${created.id}`, { replace: true, state: { flash: { kind: 'success', text: t('contract.created', { number: created.number }) } } })
      }
    } catch (error) {
      applyFieldErrors(error, setError, 'contract.', { valueCents: 'value' })
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setSaving(false)
    }
  }

  const submit = handleSubmit(save, () => setMessage({ kind: 'error', text: t('errors.checkFields') }))
  useSaveShortcut(() => {
    if (!saving && editable) void submit()
  })

  return (
    <FormProvider {...form}>
      <form className="page page-record" noValidate onSubmit={(e) => void submit(e)} data-testid="contract-form">
        <RecordHeader
          title={record ? record.title : t('contract.newTitle')}
          badges={
            record && (
              <>
                <span className="mono muted" data-testid="contract-number">
                  {record.number}
                </span>
                <ContractStatusBadge status={record.status} expiring={record.expiring} />
              </>
            )
          }
          onBack={backToList}
          save={editable ? { testId: 'contract-save', saving } : undefined}
          message={message}
          onMessageClose={() => setMessage(null)}
        />
        <div className={record ? 'record-layout' : 'record-layout no-aside'}>
          <div className="record-main">
            <fieldset disabled={!editable} className="plain-fieldset">
              <FormSection id="general" title={t('contract.sections.general')}>
                <div className="form-grid">
                  <CustomerChoice
                    className="span-2"
                    pickerId="contract-customer-picker"
                    name={customerName}
                    nameTestId="contract-customer"
                    link={record ? `/customers/${record.customerId}` : undefined}
                    canChoose={record === null || record.status === 'draft'}
                    label={customerName ? t('visit.changeCustomer') : t('contract.customer')}
                    error={formState.errors.customerId?.message}
                    onChoose={(id, name) => {
                      setValue('customerId', id, { shouldDirty: true })
                      setValue('customerName', name, { shouldDirty: true })
                      clearErrors('customerId')
                    }}
                  />
                  <SelectField name="executiveId" label={t('contract.executive')} data-testid="contract-executive">
                    <option value="">{t('contract.noExecutive')}</option>
                    {executives.map((e) => (
                      <option key={e.id} value={String(e.id)}>
                        {e.name}
                      </option>
                    ))}
                  </SelectField>
                  <TextField name="title" label={t('contract.titleField')} required fieldClassName="span-2" data-testid="contract-title" />
                  <TextAreaField name="description" label={t('contract.description')} rows={3} fieldClassName="span-all" />
                </div>
              </FormSection>
              <FormSection id="term" title={t('contract.sections.term')}>
                <div className="form-grid">
                  <TextField name="value" label={t('contract.value')} hint={t('contract.valueHint')} inputMode="decimal" className="num" required data-testid="contract-value" />
                  <TextField name="currency" label={t('contract.currency')} className="mono uppercase" maxLength={3} required />
                  <SelectField name="billingFrequency" label={t('contract.billingFrequency')} data-testid="contract-frequency">
                    {billingFrequencies.map((f) => (
                      <option key={f} value={f}>
                        {t(`contracts.frequency.${f}`)}
                      </option>
                    ))}
                  </SelectField>
                  <TextField name="startDate" label={t('contract.startDate')} type="date" required data-testid="contract-start" />
                  <TextField name="endDate" label={t('contract.endDate')} type="date" hint={t('contract.endDateHint')} data-testid="contract-end" />
                  <TextField name="noticePeriodDays" label={t('contract.noticePeriodDays')} type="number" min={0} required data-testid="contract-notice" />
                  <TextField name="signedDate" label={t('contract.signedDate')} type="date" />
                </div>
              </FormSection>
            </fieldset>
            {record ? (
              <>
                <StatusSection contract={record} onChanged={changed} onError={(text) => setMessage({ kind: 'error', text })} />
                <AttachmentsSection contract={record} onChanged={(c, text) => changed(c, text)} onError={(text) => setMessage({ kind: 'error', text })} />
                <BillingSection contract={record} />
              </>
            ) : (
              <p className="muted">{t('contract.saveFirst')}</p>
            )}
          </div>
          {record && (
            <RecordAside entity="contract" record={record} refreshKey={activityKey} label={t('customer.sections.activity')}>
              <dt>{t('contract.noticeDate')}</dt>
              <dd data-testid="contract-notice-date">{record.noticeDate ? format.date(record.noticeDate) : t('common.notSet')}</dd>
              {record.closedDate && (
                <>
                  <dt>{t('contract.closedDate')}</dt>
                  <dd>{format.date(record.closedDate)}</dd>
                </>
              )}
              {record.terminationReason && (
                <>
                  <dt>{t('contract.terminationReason')}</dt>
                  <dd>{record.terminationReason}</dd>
                </>
              )}
              {record.renewedFromId && (
                <>
                  <dt>{t('contract.renewedFrom')}</dt>
                  <dd>
                    <Link to={`/contracts/${record.renewedFromId}`}>#{record.renewedFromId}</Link>
                  </dd>
                </>
              )}
              {record.renewedById && (
                <>
                  <dt>{t('contract.renewedBy')}</dt>
                  <dd>
                    <Link to={`/contracts/${record.renewedById}`} data-testid="contract-renewed-by">
                      #{record.renewedById}
                    </Link>
                  </dd>
                </>
              )}
            </RecordAside>
          )}
        </div>
      </form>
      <UnsavedChangesGuard dirty={formState.isDirty && !saving} bypass={bypassGuard} />
    </FormProvider>
  )
}

type Step = 'end' | 'terminate' | 'renew' | null

/** Activate, end, terminate (date + reason), renew (new term and value, optional). Not a <form>: it sits inside the contract's form. */
function StatusSection({ contract, onChanged, onError }: { contract: Contract; onChanged(c: Contract, text: string): void; onError(text: string): void }) {
  const { t, tm } = useT()
  const navigate = useNavigate()
  const { confirm, dialog } = useConfirm()
  const [step, setStep] = useState<Step>(null)
  const [date, setDate] = useState(localToday())
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
      if (error instanceof Refusal) setErrors(error.fields)
      else if (error instanceof ApiCallError && error.error.fields) setErrors(error.error.fields)
      onError(textOf(error))
    } finally {
      setBusy(false)
    }
  }

  async function terminate() {
    const parsed = contractTerminate.safeParse({ id: contract.id, date, reason })
    if (!parsed.success) throw new Refusal(t('errors.checkFields'), Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])))
    onChanged(await api.call('contracts.terminate', parsed.data), t('contract.terminated'))
  }

  /** Enter in these small forms must not submit the contract's own form around them. */
  const keepEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') e.preventDefault()
  }
  const stepError = (name: string) =>
    errors[name] ? (
      <p className="field-error" data-testid={`error-step-${name}`}>
        {tm(errors[name])}
      </p>
    ) : null

  async function activate() {
    const ok = await confirm({ title: t('contract.activate'), body: t('contract.activateConfirm', { number: contract.number }), confirmLabel: t('contract.activate') })
    if (ok) await run(async () => onChanged(await api.call('contracts.activate', { id: contract.id }), t('contract.activated')))
  }

  const canRenew = (contract.status === 'active' || contract.status === 'ended') && contract.renewedById === null
  return (
    <FormSection id="status" title={t('contract.sections.actions')}>
      <div className="button-row">
        {contract.status === 'draft' && (
          <button type="button" className="primary" disabled={busy} onClick={() => void activate()} data-testid="contract-activate">
            {t('contract.activate')}
          </button>
        )}
        {contract.status === 'active' && (
          <>
            <button type="button" className={step === 'end' ? 'pressed' : ''} onClick={() => setStep(step === 'end' ? null : 'end')} data-testid="contract-end-step">
              {t('contract.end')}
            </button>
            <button type="button" className={`danger-outline${step === 'terminate' ? ' pressed' : ''}`} onClick={() => setStep(step === 'terminate' ? null : 'terminate')} data-testid="contract-terminate-step">
              {t('contract.terminate')}
            </button>
          </>
        )}
        {canRenew && (
          <button type="button" className={step === 'renew' ? 'pressed' : ''} onClick={() => setStep(step === 'renew' ? null : 'renew')} data-testid="contract-renew-step">
            {t('contract.renew')}
          </button>
        )}
      </div>
      {(step === 'end' || step === 'terminate') && (
        <div className="form-grid step-form" onKeyDown={keepEnter}>
          <div className={`field${errors.date ? ' has-error' : ''}`}>
            <label htmlFor="contract-step-date">{step === 'end' ? t('contract.endDate2') : t('contract.terminateDate')}</label>
            <input id="contract-step-date" type="date" value={date} aria-invalid={Boolean(errors.date)} onChange={(e) => setDate(e.target.value)} data-testid="contract-step-date" />
            {stepError('date')}
          </div>
          {step === 'terminate' && (
            <div className={`field span-2${errors.reason ? ' has-error' : ''}`}>
              <label htmlFor="contract-step-reason">
                {t('contract.terminationReason')} <span className="required-mark">*</span>
              </label>
              <input
                id="contract-step-reason"
                type="text"
                value={reason}
                maxLength={1000}
                aria-invalid={Boolean(errors.reason)}
                onChange={(e) => setReason(e.target.value)}
                data-testid="contract-step-reason"
              />
              {stepError('reason')}
            </div>
          )}
          <div className="field step-confirm">
            <button
              type="button"
              className={step === 'terminate' ? 'danger' : 'primary'}
              disabled={busy}
              onClick={() =>
                void run(async () =>
                  step === 'end'
                    ? onChanged(await api.call('contracts.end', { id: contract.id, date: date || null }), t('contract.ended'))
                    : terminate()
                )
              }
              data-testid="contract-step-confirm"
            >
              {step === 'end' ? t('contract.end') : t('contract.terminate')}
            </button>
          </div>
        </div>
      )}
      {step === 'renew' && (
        <div className="form-grid step-form" onKeyDown={keepEnter}>
          <div className="field">
            <label htmlFor="contract-renew-start">{t('contract.renewStart')}</label>
            <input id="contract-renew-start" type="date" value={renewStart} onChange={(e) => setRenewStart(e.target.value)} data-testid="contract-renew-start" />
            {stepError('startDate')}
          </div>
          <div className="field">
            <label htmlFor="contract-renew-end">{t('contract.renewEnd')}</label>
            <input id="contract-renew-end" type="date" value={renewEnd} onChange={(e) => setRenewEnd(e.target.value)} data-testid="contract-renew-end" />
            {stepError('endDate')}
          </div>
          <div className="field">
            <label htmlFor="contract-renew-value">{t('contract.renewValue')}</label>
            <input id="contract-renew-value" type="text" inputMode="decimal" className="num" value={renewValue} onChange={(e) => setRenewValue(e.target.value)} data-testid="contract-renew-value" />
            {stepError('valueCents')}
          </div>
          <div className="field step-confirm">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  const valueCents = renewValue.trim() === '' ? null : parseMoneyToCents(renewValue)
                  if (renewValue.trim() !== '' && valueCents === null) throw new Refusal(t('errors.checkFields'), { valueCents: t('contract.badValue') })
                  const next = await api.call('contracts.renew', { id: contract.id, startDate: renewStart || null, endDate: renewEnd || null, valueCents })
                  navigate(`/contracts/${next.id}`, { state: { flash: { kind: 'success', text: t('contract.renewed', { number: next.number }) } } })
                })
              }
              data-testid="contract-renew-confirm"
            >
              {t('contract.renew')}
            </button>
          </div>
        </div>
      )}
      {dialog}
    </FormSection>
  )
}

async function readAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function AttachmentsSection({ contract, onChanged, onError }: { contract: Contract; onChanged(c: Contract, text: string): void; onError(text: string): void }) {
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
        if (file.size > MAX_ATTACHMENT_BYTES) throw new Refusal(t('contract.tooLarge', { fileName: file.name }))
        await api.call('contracts.attach', { contractId: contract.id, fileName: file.name, contentBase64: await readAsBase64(file) })
      }
      const fresh = await api.call('contracts.get', { id: contract.id })
      onChanged(fresh, t('contract.attached', { fileName: Array.from(files).map((f) => f.name).join(', ') }))
    } catch (error) {
      onError(textOf(error))
    } finally {
      setBusy(false)
      if (input.current) input.current.value = ''
    }
  }

  async function remove(id: number, fileName: string) {
    const ok = await confirm({ title: t('contract.removeAttachment'), body: t('contract.removeAttachmentConfirm', { fileName }), confirmLabel: t('contract.removeAttachment'), danger: true })
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
          <input ref={input} type="file" multiple className="visually-hidden" id="contract-attach-input" onChange={(e) => void attach(e.target.files)} data-testid="contract-attach-input" />
          <button type="button" disabled={busy} onClick={() => input.current?.click()} data-testid="contract-attach">
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
              <button type="button" className="link-button" onClick={() => void download(a.id)} title={t('contract.download')}>
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

function BillingSection({ contract }: { contract: Contract }) {
  const { t } = useT()
  const format = useFormat()
  const [until, setUntil] = useState(localToday())
  const [proposal, setProposal] = useState<BillingProposal | null>(null)
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [busy, setBusy] = useState(false)
  if (contract.status === 'draft') return null
  const money = (cents: number) => formatMoney(cents, contract.currency, format.locale)

  async function propose() {
    setBusy(true)
    setMessage(null)
    try {
      setProposal(await api.call('contracts.billingProposal', { id: contract.id, until }))
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }

  async function createDrafts() {
    setBusy(true)
    setMessage(null)
    try {
      const result = await api.call('contracts.createDueInvoices', { id: contract.id, until })
      setMessage({ kind: 'success', text: t('contract.invoicesCreated', { count: result.created.length }) })
      setProposal(await api.call('contracts.billingProposal', { id: contract.id, until }))
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <FormSection id="billing" title={t('contract.sections.billing')}>
      <div className="toolbar">
        <div className="field filter-field">
          <label htmlFor="contract-due-until">{t('contract.dueUntil')}</label>
          <input id="contract-due-until" type="date" value={until} onChange={(e) => setUntil(e.target.value)} data-testid="contract-due-until" />
        </div>
        <button type="button" disabled={busy || !until} onClick={() => void propose()} data-testid="contract-propose">
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
              <button type="button" className="primary" disabled={busy} onClick={() => void createDrafts()} data-testid="contract-create-invoices">
                {t('contract.createInvoices', { count: proposal.due.length })}
              </button>
            </div>
          )}
          {proposal.alreadyBilled.length > 0 && (
            <p className="muted">
              {t('contract.alreadyBilled')}: {proposal.alreadyBilled.map((p) => `${format.date(p.periodStart)} – ${format.date(p.periodEnd)}`).join('; ')}
            </p>
          )}
        </>
      )}
    </FormSection>
  )
}
