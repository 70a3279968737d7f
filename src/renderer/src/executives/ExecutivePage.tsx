/** One sales executive: name, e-mail, phone, active; their figures against targets, pipeline, visits and customers. */
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import {
  emptyExecutive,
  executiveInput,
  type Executive,
  type ExecutiveInput
} from '../../../shared/schemas/executives'
import { api } from '../api/client'
import { useExecutiveOptions } from '../components/use-executive-options'
import { CheckboxField, TextField } from '../components/fields'
import { RecordAside, RecordHeader, RecordLoader } from '../components/RecordFrame'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useBackToList } from '../components/use-back-to-list'
import { useMasterRecord } from '../components/use-master-record'
import { usePageTitle } from '../components/use-page-title'
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

/** The customer count comes with the list rows: the executives' options (one read of all of them) hold it. */
function useCustomerCount(executive: Executive | null): number | null {
  const executives = useExecutiveOptions()
  return executive ? (executives.find((r) => r.id === executive.id)?.customerCount ?? null) : null
}

function ExecutiveEditor({ initial }: { initial: Executive | null }) {
  const { t } = useT()
  const backToList = useBackToList('/executives')
  const [record, setRecord] = useState<Executive | null>(initial)
  const customerCount = useCustomerCount(record)

  const form = useForm<ExecutiveInput, unknown, ExecutiveInput>({
    resolver: zodResolver(executiveInput),
    defaultValues: toFormValues(initial ?? emptyExecutive())
  })
  const { formState } = form
  const { message, setMessage, saving, bypassGuard, submit, remove, dialog } = useMasterRecord({
    area: 'executive',
    listPath: '/executives',
    form,
    record,
    setRecord,
    toFormValues,
    update: (id, executive) => api.call('executives.update', { id, executive }),
    create: (executive) => api.call('executives.create', { executive }),
    remove: (id) => api.call('executives.delete', { id })
  })

  usePageTitle(record ? record.name : t('executives.newTitle'))

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
