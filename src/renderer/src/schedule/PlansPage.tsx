/**
 * Visit plans: a customer visited every N weeks; the plan creates the scheduled visits ahead.
 * `?customer=ID` opens a new plan for that customer (its sales executive ticked), `?plan=ID`
 * opens that plan: the customer page links here.
 */
import { useEffect, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { Link, useSearchParams } from 'react-router-dom'
import { addDaysIso } from '../../../shared/iso-week'
import type { ExecutiveRow } from '../../../shared/schemas/executives'
import { planInput, type PlanGeneration, type VisitPlan } from '../../../shared/schemas/schedule'
import { api } from '../api/client'
import { keys, useApiQuery, useInvalidate } from '../api/query'
import { LoadFailure } from '../components/LoadFailure'
import { Banner } from '../components/Banner'
import { Field, TextField } from '../components/fields'
import { NumberField } from '../components/NumberField'
import { DateField, TimeField } from '../components/DateInput'
import { companyToday, useFormat } from '../components/format'
import { usePageTitle } from '../components/use-page-title'
import { useExecutiveOptions } from '../components/use-executive-options'
import { useT } from '../i18n'
import { Dialog } from '../components/Dialog'
import { useGuardedClose } from '../components/use-guarded-close'
import { useBannerAction } from '../components/use-banner-action'
import { CustomerChoice } from '../components/CustomerPicker'
import { ExecutiveChecklistField } from './pickers'
import { EditorFooter, EditorForm, useScheduleSave } from './record-form-parts'
import './schedule.css'
import { DateInput } from '../components/DateInput'

/** The address without a parameter it was opened with: a reload or Back does not open the plan again. */
function without(param: 'customer' | 'plan') {
  return (current: URLSearchParams) => {
    const next = new URLSearchParams(current)
    next.delete(param)
    return next
  }
}

const systemZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

export function PlansPage() {
  const { t } = useT()
  const format = useFormat()
  const executives = useExecutiveOptions()
  const invalidate = useInvalidate()
  const planList = useApiQuery(keys.schedule('plans'), () =>
    api.call('plans.list', { customerId: null, executiveId: null })
  )
  const plans = planList.data ?? null
  // Generating says what it made, or why not; a day too far ahead is said at the day (`tooFar`).
  const { busy, message, setMessage, problem, act } = useBannerAction()
  const tooFar = problem('until')
  const [editing, setEditing] = useState<VisitPlan | 'new' | null>(null)
  const [prefill, setPrefill] = useState<PlanPrefill | undefined>(undefined)
  const [params, setParams] = useSearchParams()
  const customerParam = Number(params.get('customer'))
  const planParam = Number(params.get('plan'))
  const [until, setUntil] = useState(() => addDaysIso(companyToday(), 12 * 7))

  usePageTitle(t('plans.title'))

  // Opened from a customer: a new plan for that customer, prefilled once the customer is read.
  const askedCustomer = Number.isInteger(customerParam) && customerParam > 0 ? customerParam : null
  const chosenCustomer = useApiQuery(
    keys.customers('get', askedCustomer),
    () => api.call('customers.get', { id: askedCustomer ?? 0 }),
    { enabled: askedCustomer !== null, fresh: true }
  )
  const customer = askedCustomer !== null ? chosenCustomer.data : undefined
  const [openedFor, setOpenedFor] = useState<number | null>(null)
  if (customer && openedFor !== customer.id) {
    setOpenedFor(customer.id)
    setPrefill({
      customerId: customer.id,
      customerName: customer.name,
      executiveIds: customer.executiveId === null ? [] : [customer.executiveId]
    })
    setEditing('new')
  }
  useEffect(() => {
    if (customer) setParams(without('customer'), { replace: true })
  }, [customer, setParams])

  // Opened on one plan: the dialog opens once the plans are here, and the address forgets the plan.
  const planAsked = plans !== null && Number.isInteger(planParam) && planParam > 0
  const [openedPlan, setOpenedPlan] = useState<number | null>(null)
  if (planAsked && openedPlan !== planParam) {
    setOpenedPlan(planParam)
    const plan = plans.find((p) => p.id === planParam)
    if (plan) setEditing(plan)
  }
  useEffect(() => {
    if (!planAsked) return
    setParams(without('plan'), { replace: true })
  }, [planAsked, setParams])

  const generate = () =>
    act(async () => {
      const result = await api.call('plans.generate', { planId: null, until })
      return t('plans.generated', { created: result.created, existing: result.existing })
    })

  return (
    <div className="page page-plans" data-testid="plans-page">
      <header className="page-header">
        <h1>{t('plans.title')}</h1>
        <span className="count">
          {plans ? t('plans.count', { count: plans.length }) : t('common.loading')}
        </span>
        <div className="page-actions">
          <Link className="button" to="/schedule">
            {t('plans.backToSchedule')}
          </Link>
          <button
            type="button"
            className="primary"
            onClick={() => {
              setPrefill(undefined)
              setEditing('new')
            }}
            data-testid="plan-new"
          >
            {t('plans.new')}
          </button>
        </div>
      </header>
      <p className="muted">{t('plans.intro')}</p>
      <div className="toolbar">
        <Field id="plans-until" label={t('plans.generateUntil')} error={tooFar} className="filter-field">
          {(aria) => <DateInput {...aria} value={until} onChange={(v, whole) => whole && setUntil(v)} />}
        </Field>
        <button type="button" onClick={() => void generate()} disabled={busy} data-testid="plans-generate">
          {t('plans.generate')}
        </button>
      </div>
      <Banner message={message} onClose={() => setMessage(null)} />
      <LoadFailure error={planList.error} />
      <LoadFailure error={chosenCustomer.error} />
      <table className="simple-table" data-testid="plans-table">
        <thead>
          <tr>
            <th>{t('plans.customer')}</th>
            <th>{t('plans.executives')}</th>
            <th>{t('plans.rhythm')}</th>
            <th>{t('plans.from')}</th>
            <th>{t('plans.to')}</th>
            <th>{t('visit.purpose')}</th>
          </tr>
        </thead>
        <tbody>
          {plans?.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                {t('plans.none')}
              </td>
            </tr>
          )}
          {plans?.map((p) => (
            <tr key={p.id} data-testid="plan-row">
              <td>
                <button type="button" className="link-button" onClick={() => setEditing(p)}>
                  {p.customerName}
                </button>
              </td>
              <td>{p.executives.map((e) => e.name).join(', ')}</td>
              <td>
                {t('plans.rhythmText', {
                  count: p.everyWeeks,
                  time: p.localTime,
                  minutes: p.durationMinutes
                })}
              </td>
              <td>{format.date(p.startDate)}</td>
              <td>{p.endDate ? format.date(p.endDate) : t('plans.openEnded')}</td>
              <td>{p.purpose}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <PlanDialog
          plan={editing === 'new' ? null : editing}
          prefill={editing === 'new' ? prefill : undefined}
          executives={executives}
          onClose={(result) => {
            setEditing(null)
            if (result) {
              invalidate(keys.schedule('plans'))
              setMessage({
                kind: 'success',
                text: t('plans.saved', { created: result.created, existing: result.existing })
              })
            }
          }}
        />
      )}
    </div>
  )
}

/** A new plan's customer and sales executives, chosen beforehand. */
interface PlanPrefill {
  customerId: number
  customerName: string
  executiveIds: number[]
}

interface PlanFormValues {
  customerId: number | null
  customerName: string
  executiveIds: number[]
  everyWeeks: number
  localTime: string
  durationMinutes: number
  timeZone: string
  startDate: string
  endDate: string
  purpose: string
}

/**
 * The form's values: the plan's own, or a new plan's (every four weeks at 09:00 for an hour, from today,
 * in this computer's time zone).
 */
function planFormValues(plan: VisitPlan | null, prefill: PlanPrefill | undefined): PlanFormValues {
  if (plan) return { ...plan, endDate: plan.endDate ?? '' }
  return {
    customerId: prefill?.customerId ?? null,
    customerName: prefill?.customerName ?? '',
    executiveIds: prefill?.executiveIds ?? [],
    everyWeeks: 4,
    localTime: '09:00',
    durationMinutes: 60,
    timeZone: systemZone(),
    startDate: companyToday(),
    endDate: '',
    purpose: ''
  }
}

function PlanDialog({
  plan,
  prefill,
  executives,
  onClose
}: {
  plan: VisitPlan | null
  prefill?: PlanPrefill
  executives: ExecutiveRow[]
  onClose: (result: PlanGeneration | null) => void
}) {
  const { t } = useT()
  const form = useForm({ defaultValues: planFormValues(plan, prefill) })
  const { setValue, clearErrors, formState } = form
  const customerName = useWatch({ control: form.control, name: 'customerName' })
  const guard = useGuardedClose(() => onClose(null))
  const saver = useScheduleSave(form, 'plan', guard)

  async function savePlan(values: PlanFormValues) {
    const input = {
      customerId: values.customerId ?? 0,
      executiveIds: values.executiveIds,
      everyWeeks: values.everyWeeks,
      localTime: values.localTime,
      durationMinutes: values.durationMinutes,
      timeZone: values.timeZone,
      startDate: values.startDate,
      endDate: values.endDate || null,
      purpose: values.purpose
    }
    await saver.save(values, input, {
      schema: planInput,
      send: async () => {
        const saved = plan
          ? await api.call('plans.update', { id: plan.id, plan: input })
          : await api.call('plans.create', { plan: input })
        onClose(saved.generated)
      }
    })
  }

  return (
    <Dialog
      title={plan ? t('plans.editTitle', { customer: plan.customerName }) : t('plans.new')}
      onClose={guard.close}
      testId="plan-dialog"
      size="wide"
      closeButton
    >
      <FormProvider {...form}>
        <EditorForm saver={saver} submit={form.handleSubmit(savePlan)}>
          <div className="form-grid">
            <CustomerChoice
              className="span-2"
              pickerId="plan-customer-picker"
              name={customerName}
              canChoose={!plan}
              label={t('visit.customer')}
              error={formState.errors.customerId?.message}
              onChoose={(id, name) => {
                setValue('customerId', id)
                setValue('customerName', name)
                clearErrors('customerId')
              }}
            />
            <NumberField name="everyWeeks" label={t('plans.everyWeeks')} min={1} max={52} required />
            <TimeField name="localTime" label={t('plans.localTime')} required />
            <NumberField name="durationMinutes" label={t('plans.duration')} min={5} step={5} required />
            <TextField name="timeZone" label={t('plans.timeZone')} required />
            <DateField name="startDate" label={t('plans.from')} required />
            <DateField name="endDate" label={t('plans.to')} hint={t('plans.toHint')} />
            <ExecutiveChecklistField
              name="executiveIds"
              executives={executives}
              label={t('visit.executives')}
              testId="plan-executive"
            />
            <TextField name="purpose" label={t('visit.purpose')} fieldClassName="span-all" />
          </div>
          <EditorFooter saver={saver} />
        </EditorForm>
      </FormProvider>
      {guard.dialog}
    </Dialog>
  )
}
