/** One sales executive: name, e-mail, phone, active; their figures against targets, pipeline, visits and customers. */
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef, useState, type BaseSyntheticEvent } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useNavigate } from 'react-router-dom'
import {
  emptyExecutive,
  executiveInput,
  type Executive,
  type ExecutiveInput
} from '../../../shared/schemas/executives'
import { api } from '../api/client'
import { applyFieldErrors, messageOf } from '../components/api-errors'
import { useConfirm } from '../components/ConfirmDialog'
import { CheckboxField, TextField } from '../components/fields'
import { RecordAside, RecordHeader, RecordLoader } from '../components/RecordFrame'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useBackToList } from '../components/use-back-to-list'
import { useFlash } from '../components/use-flash'
import { usePageTitle } from '../components/use-page-title'
import { useSaveShortcut } from '../components/use-save-shortcut'
import { useT } from '../i18n'
import { ExecutiveFigures } from './ExecutiveFigures'

const loadExecutive = (id: number) => api.call('executives.get', { id })

function toFormValues(executive: ExecutiveInput): ExecutiveInput {
  return { name: executive.name, email: executive.email, phone: executive.phone, active: executive.active }
}

export function ExecutivePage() {
  return (
    <RecordLoader load={loadExecutive}>{(executive) => <ExecutiveEditor initial={executive} />}</RecordLoader>
  )
}

/** The customer count comes with the list rows; one page of the list by name finds it. */
function useCustomerCount(executive: Executive | null): number | null {
  const [count, setCount] = useState<number | null>(null)
  useEffect(() => {
    if (!executive) return
    let live = true
    api
      .call('executives.list', {
        search: '',
        active: 'all',
        sort: { field: 'name', direction: 'asc' },
        offset: 0,
        limit: 1000
      })
      .then((page) => live && setCount(page.rows.find((r) => r.id === executive.id)?.customerCount ?? null))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [executive])
  return count
}

function ExecutiveEditor({ initial }: { initial: Executive | null }) {
  const { t } = useT()
  const navigate = useNavigate()
  const backToList = useBackToList('/executives')
  const { confirm, dialog } = useConfirm()
  const [record, setRecord] = useState<Executive | null>(initial)
  const [message, setMessage] = useFlash()
  const [saving, setSaving] = useState(false)
  const bypassGuard = useRef(false)
  const customerCount = useCustomerCount(record)

  const form = useForm<ExecutiveInput, unknown, ExecutiveInput>({
    resolver: zodResolver(executiveInput),
    defaultValues: toFormValues(initial ?? emptyExecutive())
  })
  const { handleSubmit, reset, setError, formState } = form

  usePageTitle(record ? record.name : t('executives.newTitle'))

  async function save(values: ExecutiveInput) {
    setSaving(true)
    setMessage(null)
    try {
      if (record) {
        const saved = await api.call('executives.update', { id: record.id, executive: values })
        setRecord(saved)
        reset(toFormValues(saved))
        setMessage({ kind: 'success', text: t('common.saved') })
      } else {
        const created = await api.call('executives.create', { executive: values })
        bypassGuard.current = true
        void navigate(`/executives/${created.id}`, {
          replace: true,
          state: { flash: { kind: 'success', text: t('executive.created') } }
        })
      }
    } catch (error) {
      applyFieldErrors(error, setError, 'executive.')
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setSaving(false)
    }
  }

  // Built when submitted, not while rendering: `save` touches the guard's ref.
  const submit = (event?: BaseSyntheticEvent) =>
    handleSubmit(save, () => setMessage({ kind: 'error', text: t('messages.correctMarkedFields') }))(event)
  useSaveShortcut(() => {
    if (!saving) void submit()
  })

  async function remove() {
    if (!record) return
    const ok = await confirm({
      title: t('common.delete'),
      body: t('executive.deleteConfirm', { name: record.name }),
      confirmLabel: t('common.delete'),
      danger: true
    })
    if (!ok) return
    try {
      const result = await api.call('executives.delete', { id: record.id })
      bypassGuard.current = true
      const text = result.deleted
        ? t('executive.deleted', { name: record.name })
        : t('executive.deactivated', { name: record.name })
      void navigate('/executives', { state: { flash: { kind: result.deleted ? 'success' : 'info', text } } })
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    }
  }

  return (
    <FormProvider {...form}>
      <form
        className="page page-record page-medium"
        noValidate
        onSubmit={(e) => void submit(e)}
        data-testid="executive-form"
      >
        <RecordHeader
          title={record ? record.name : t('executives.newTitle')}
          badges={
            record && !record.active && <span className="badge badge-muted">{t('common.inactive')}</span>
          }
          onBack={backToList}
          actions={
            record && (
              <button
                type="button"
                className="danger-outline"
                onClick={() => void remove()}
                data-testid="executive-delete"
              >
                {t('common.delete')}
              </button>
            )
          }
          save={{ testId: 'executive-save', saving }}
          message={message}
          onMessageClose={() => setMessage(null)}
        />
        <div className={record ? 'record-layout' : 'record-layout no-aside'}>
          <div className="record-main">
            <section className="form-section">
              <div className="form-grid">
                <TextField
                  name="name"
                  label={t('executive.name')}
                  required
                  fieldClassName="span-2"
                  autoComplete="off"
                />
                <TextField name="email" label={t('executive.email')} inputMode="email" autoComplete="off" />
                <TextField name="phone" label={t('executive.phone')} type="tel" autoComplete="off" />
                <div className="span-all">
                  <CheckboxField name="active" label={t('executive.active')} />
                </div>
              </div>
              {customerCount !== null && (
                <p className="muted" data-testid="executive-customer-count">
                  {t('executive.customerCount', { count: customerCount })}
                </p>
              )}
            </section>
          </div>
          {record && <RecordAside entity="executive" record={record} refreshKey={record.updatedAt} />}
        </div>
        {record && <ExecutiveFigures executiveId={record.id} />}
      </form>
      <UnsavedChangesGuard dirty={formState.isDirty && !saving} bypass={bypassGuard} />
      {dialog}
    </FormProvider>
  )
}
