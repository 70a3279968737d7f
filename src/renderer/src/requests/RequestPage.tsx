/**
 * One customer request or complaint: its customer (a link to the customer page), the visit it
 * came from (a link to that day in the schedule), title and description to edit, and the status
 * step (open a draft, close an open request, reopen a closed one).
 */
import { DateTime } from 'luxon'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { Link } from 'react-router-dom'
import {
  requestChannels,
  requestInput,
  requestKinds,
  requestMoves,
  requestPriorities,
  type RequestChannel,
  type RequestKind,
  type RequestPriority,
  type RequestRecord,
  type RequestStatus
} from '../../../shared/schemas/requests'
import { api } from '../api/client'
import { useFormat } from '../components/format'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { SelectField, TextAreaField, TextField } from '../components/fields'
import { NameField } from '../components/NameField'
import { keys } from '../api/query'
import { RequestLinks, RequestThread, StatusDialog } from './RequestDetails'
import { checkInput } from '../components/form-checks'
import { RecordAside, RecordForm, RecordLoader } from '../components/RecordFrame'
import { useRecordEditor } from '../components/use-record-editor'
import type { BannerMessage } from '../components/Banner'
import { FormSection } from '../components/FormSection'
import { useT } from '../i18n'
import { CustomerChoice } from '../components/CustomerPicker'
import { LateBadge, RequestStatusBadge } from './RequestList'
import './requests.css'
import { ExecutiveOptions } from '../components/ExecutiveOptions'

interface RequestFormValues {
  customerId: number | null
  customerName: string
  title: string
  description: string
  kind: RequestKind
  channel: RequestChannel
  category: string
  priority: RequestPriority
  /** '' = the office. */
  owner: string
}

function toFormValues(r: RequestRecord | null): RequestFormValues {
  if (!r)
    return {
      customerId: null,
      customerName: '',
      title: '',
      description: '',
      kind: 'request',
      channel: 'phone',
      category: '',
      priority: 'normal',
      owner: ''
    }
  return {
    customerId: r.customerId,
    customerName: r.customerName,
    title: r.title,
    description: r.description,
    kind: r.kind,
    channel: r.channel,
    category: r.category,
    priority: r.priority,
    owner: r.ownerExecutiveId === null ? '' : String(r.ownerExecutiveId)
  }
}

const fieldsOf = (v: RequestFormValues) => ({
  title: v.title,
  description: v.description,
  kind: v.kind,
  channel: v.channel,
  category: v.category,
  priority: v.priority,
  ownerExecutiveId: v.owner === '' ? null : Number(v.owner)
})

/** The schedule's day view on the visit's day (as the customer page's visits section links). */
const dayOf = (startAt: string) => `/schedule?view=day&date=${DateTime.fromISO(startAt).toISODate()}`

const loadRequest = (id: number) => api.call('requests.get', { id })

export function RequestPage() {
  return <RecordLoader load={loadRequest}>{(request) => <RequestEditor initial={request} />}</RecordLoader>
}

const stepLabel: Record<RequestStatus, { from: RequestStatus; label: string; done: string }[]> = {
  draft: [],
  open: [
    { from: 'draft', label: 'request.open', done: 'request.opened' },
    { from: 'closed', label: 'request.reopen', done: 'request.reopened' }
  ],
  closed: [{ from: 'open', label: 'request.close', done: 'request.closedDone' }]
}
const hintOf: Record<RequestStatus, string> = {
  draft: 'request.draftHint',
  open: 'request.openHint',
  closed: 'request.closedHint'
}

function RequestEditor({ initial }: { initial: RequestRecord | null }) {
  const { t } = useT()
  const format = useFormat()
  const [record, setRecord] = useState<RequestRecord | null>(initial)
  const form = useForm<RequestFormValues>({ defaultValues: toFormValues(initial) })
  const { setError, clearErrors, setValue, formState } = form
  const customerName = useWatch({ control: form.control, name: 'customerName' })
  const [moving, setMoving] = useState<RequestStatus | null>(null)

  function toInput(
    values: RequestFormValues,
    { setMessage }: { setMessage: (message: BannerMessage) => void }
  ) {
    const fields = fieldsOf(values)
    const input = { customerId: values.customerId ?? 0, ...fields }
    const schema = record ? requestInput.omit({ customerId: true }) : requestInput
    const checked = record ? fields : input
    return checkInput(schema, checked, { values, setError }, { t, setMessage }) ? input : null
  }

  const editor = useRecordEditor({
    area: 'request',
    listPath: '/requests',
    form,
    record,
    setRecord,
    toFormValues,
    prepare: toInput,
    update: (saved, { customerId: _customer, ...request }) =>
      api.call('requests.update', { id: saved.id, request, expectedUpdatedAt: saved.updatedAt }),
    create: (request) => api.call('requests.create', { request }),
    createdText: (created) => t('request.created', { customer: created.customerName }),
    // The navigation's open/late count and the lists follow.
    invalidates: [keys.requests()]
  })
  const { changed, saving } = editor

  // Each allowed move with its button label (a move without one in stepLabel is not offered).
  const steps = record
    ? requestMoves[record.status].flatMap((to) => {
        const step = stepLabel[to].find((s) => s.from === record.status)
        return step ? [{ to, ...step }] : []
      })
    : []

  return (
    <RecordForm
      form={form}
      editor={editor}
      title={record ? record.title : t('request.newTitle')}
      badges={record && <RequestStatusBadge status={record.status} />}
      aside={
        record && (
          <RecordAside entity="customer_request" record={record}>
            <dt>{t('request.customer')}</dt>
            <dd>
              <Link to={`/customers/${record.customerId}`} data-testid="request-customer-link">
                {record.customerName}
              </Link>{' '}
              <span className="mono muted">{record.customerCode}</span>
            </dd>
            <dt>{t('request.respondBy')}</dt>
            <dd data-testid="request-respond-by">
              {record.respondBy ? format.dateTime(record.respondBy) : '–'}
              {record.respondedAt && <span className="muted"> ✓ {format.dateTime(record.respondedAt)}</span>}
            </dd>
            <dt>{t('request.resolveBy')}</dt>
            <dd data-testid="request-resolve-by">
              {record.resolveBy ? format.dateTime(record.resolveBy) : '–'} {record.late && <LateBadge />}
            </dd>
            {record.status === 'closed' && (
              <>
                <dt>{t('request.resolution')}</dt>
                <dd data-testid="request-resolution">{record.resolution}</dd>
                <dt>{t('request.satisfaction')}</dt>
                <dd data-testid="request-satisfaction">
                  {record.satisfaction === null ? '–' : `${String(record.satisfaction)} / 5`}
                </dd>
              </>
            )}
            <dt>{t('request.visit')}</dt>
            <dd>
              {record.visitStartAt ? (
                <Link to={dayOf(record.visitStartAt)} data-testid="request-visit-link">
                  {format.dateTime(record.visitStartAt)}
                </Link>
              ) : (
                <span className="muted">{t('request.noVisit')}</span>
              )}
            </dd>
          </RecordAside>
        )
      }
      after={
        record &&
        moving && (
          <StatusDialog
            record={record}
            to={moving}
            onClose={() => setMoving(null)}
            onDone={(r) => {
              setMoving(null)
              const step = stepLabel[moving].find((s) => s.from === record.status)
              changed(r, t(step?.done ?? 'common.saved'))
            }}
          />
        )
      }
    >
      <FormSection id="general" title={t('request.sections.general')}>
        <div className="form-grid">
          <CustomerChoice
            className="span-2"
            pickerId="request-customer-picker"
            name={customerName}
            nameTestId="request-customer"
            link={record ? `/customers/${record.customerId}` : undefined}
            canChoose={record === null}
            label={customerName ? t('visit.changeCustomer') : t('request.customer')}
            error={formState.errors.customerId?.message}
            onChoose={(id, name) => {
              setValue('customerId', id, { shouldDirty: true })
              setValue('customerName', name, { shouldDirty: true })
              clearErrors('customerId')
            }}
          />
          <NameField name="title" label={t('request.titleField')} data-testid="request-title" />
          <SelectField name="kind" label={t('request.kind')} data-testid="request-kind">
            <ChoiceOptions choices={requestKinds} label={(k) => t(`request.kinds.${k}`)} />
          </SelectField>
          <SelectField name="channel" label={t('request.channel')} data-testid="request-channel">
            <ChoiceOptions choices={requestChannels} label={(c) => t(`request.channels.${c}`)} />
          </SelectField>
          <SelectField name="priority" label={t('request.priority')} data-testid="request-priority">
            <ChoiceOptions choices={requestPriorities} label={(p) => t(`request.priorities.${p}`)} />
          </SelectField>
          <TextField
            name="category"
            label={t('request.category')}
            autoComplete="off"
            data-testid="request-category"
          />
          <SelectField name="owner" label={t('request.owner')} data-testid="request-owner">
            <ExecutiveOptions none={t('request.office')} />
          </SelectField>
          <div className="span-2">
            <TextAreaField name="description" label={t('request.description')} rows={6} />
            <p className="field-hint">{t('request.descriptionHint')}</p>
          </div>
        </div>
      </FormSection>
      {record && (
        <FormSection id="status" title={t('request.sections.status')}>
          <p className="muted" data-testid="request-status-hint">
            {t(hintOf[record.status])}
          </p>
          <div className="request-status-row">
            {steps.map((step) => (
              <button
                key={step.to}
                type="button"
                className={step.to === 'open' && record.status === 'draft' ? 'primary' : undefined}
                disabled={saving || formState.isDirty}
                title={formState.isDirty ? t('request.saveFirst') : undefined}
                onClick={() => setMoving(step.to)}
                data-testid={`request-step-${step.to}`}
              >
                {t(step.label)}
              </button>
            ))}
            {formState.isDirty && <span className="muted">{t('request.saveFirst')}</span>}
          </div>
        </FormSection>
      )}
      {record && <RequestLinks record={record} onChanged={(r, text) => changed(r, text)} />}
      {record && <RequestThread record={record} onChanged={(r, text) => changed(r, text)} />}
    </RecordForm>
  )
}
