/** One sales executive: name, e-mail, phone, active; their figures against targets, pipeline, visits and customers. */
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import {
  emptyExecutive,
  executiveInput,
  type Executive,
  type ExecutiveInput
} from '../../../shared/schemas/executives'
import { api } from '../api/client'
import { useExecutiveOptions } from '../components/use-executive-options'
import { CheckboxField, TextField } from '../components/fields'
import { NameField } from '../components/NameField'
import { DeleteButton, RecordAside, RecordForm, RecordLoader } from '../components/RecordFrame'
import { useDeleteMasterRecord, useRecordEditor } from '../components/use-record-editor'
import { FlagBadge } from '../components/ToneBadge'
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
  const [record, setRecord] = useState<Executive | null>(initial)
  const customerCount = useCustomerCount(record)

  const form = useForm<ExecutiveInput, unknown, ExecutiveInput>({
    resolver: zodResolver(executiveInput),
    defaultValues: toFormValues(initial ?? emptyExecutive())
  })
  const editor = useRecordEditor({
    area: 'executive',
    listPath: '/executives',
    form,
    record,
    setRecord,
    toFormValues,
    prepare: (executive) => executive,
    update: (saved, executive) => api.call('executives.update', { id: saved.id, executive }),
    create: (executive) => api.call('executives.create', { executive }),
    createdText: () => t('executive.created')
  })
  const remove = useDeleteMasterRecord(editor, record, (id) => api.call('executives.delete', { id }))

  return (
    <RecordForm
      form={form}
      editor={editor}
      className="page-medium"
      title={record ? record.name : t('executives.newTitle')}
      badges={record && !record.active && <FlagBadge tone="muted">{t('common.inactive')}</FlagBadge>}
      actions={record && <DeleteButton area="executive" onDelete={remove} />}
      aside={record && <RecordAside entity="executive" record={record} refreshKey={record.updatedAt} />}
      below={record && <ExecutiveFigures executiveId={record.id} />}
    >
      <section className="form-section">
        <div className="form-grid">
          <NameField name="name" label={t('executive.name')} />
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
    </RecordForm>
  )
}
