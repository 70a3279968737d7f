/**
 * One site visit: plan it (customer, address from the customer, executives, time, purpose),
 * record what came out of it (outcome, notes, products discussed, follow-ups) and turn that
 * into an estimate or request draft in one click; or cancel it / mark a no-show.
 */
import { useEffect, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { emptyAddress, type Address } from '../../../shared/schemas/customers'
import type { ExecutiveRow } from '../../../shared/schemas/executives'
import { visitInput, type SiteVisit } from '../../../shared/schemas/schedule'
import { api } from '../api/client'
import type { BannerMessage } from '../components/Banner'
import { useFormat } from '../components/format'
import { TextField } from '../components/fields'
import { useT } from '../i18n'
import { CustomerChoice } from '../components/CustomerPicker'
import { isoStartEnd, localStartEnd } from './time'
import { EditorFooter, EditorForm, useScheduleSave, WhenAndWhoFields } from './record-form-parts'
import { canChange, EventDialog, type EventDialogControls } from './EventDialog'
import { clashProposal } from './use-clash-guard'
import { RecordOutcome, VisitResult } from './VisitOutcome'
import { VisitStatusBadge } from './VisitStatusBadge'

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
  return !c.deliverySameAsBilling && (c.deliveryAddress.line1 || c.deliveryAddress.city)
    ? c.deliveryAddress
    : c.billingAddress
}

export interface VisitDraft {
  startAt: string
  endAt: string
  executiveIds: number[]
  customerId?: number
  customerName?: string
}

/** The form's values: the visit's own, or a new visit's as chosen on the calendar or a customer's page. */
function visitFormValues(visit: SiteVisit | null, draft: VisitDraft | undefined): VisitFormValues {
  if (visit) {
    const { customerId, customerName, executiveIds, purpose, address } = visit
    return { customerId, customerName, executiveIds, ...localStartEnd(visit), purpose, address }
  }
  return {
    customerId: draft?.customerId ?? null,
    customerName: draft?.customerName ?? '',
    executiveIds: draft?.executiveIds ?? [],
    ...localStartEnd(draft),
    purpose: '',
    address: emptyAddress()
  }
}

const loadVisit = (id: number) => api.call('visits.get', { id })

interface VisitDialogProps {
  visitId: number | null
  draft?: VisitDraft
  executives: ExecutiveRow[]
  onClose: (changed: boolean) => void
}

export function VisitDialog(props: VisitDialogProps) {
  const { t } = useT()
  const [changed, setChanged] = useState(false)
  const [flash, setFlash] = useState<BannerMessage | null>(null)
  return (
    <EventDialog
      id={props.visitId}
      load={loadVisit}
      title={(visit) => (visit ? t('visit.title', { customer: visit.customerName }) : t('visit.newTitle'))}
      testId="visit-dialog"
      onClose={() => props.onClose(changed)}
    >
      {(visit, controls) => (
        <VisitEditor
          key={visit?.updatedAt ?? 'new'}
          {...props}
          visit={visit}
          flash={flash}
          controls={controls}
          onSaved={(saved, closeNow, text) => {
            setChanged(true)
            setFlash(text ?? null)
            if (closeNow) props.onClose(true)
            else controls.setEvent(saved)
          }}
        />
      )}
    </EventDialog>
  )
}

/** The visit's form (then its outcome), once the dialog has its record (none for a new visit). */
function VisitEditor({
  visit,
  draft,
  executives,
  flash,
  controls,
  onSaved
}: VisitDialogProps & {
  visit: SiteVisit | null
  flash: BannerMessage | null
  controls: EventDialogControls<SiteVisit>
  onSaved: (visit: SiteVisit, closeNow: boolean, flash?: BannerMessage) => void
}) {
  const { t } = useT()
  const format = useFormat()
  const editable = canChange(visit)
  const form = useForm({ defaultValues: visitFormValues(visit, draft) })
  const { setValue, clearErrors, formState } = form
  const customerName = useWatch({ control: form.control, name: 'customerName' })
  const saver = useScheduleSave(form, 'visit', controls)

  useEffect(() => {
    // A visit started from a customer: fill its address.
    if (!visit && draft?.customerId)
      customerAddress(draft.customerId).then(
        (a) => setValue('address', a),
        () => undefined
      )
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

  async function saveVisit(values: VisitFormValues) {
    const input = {
      customerId: values.customerId ?? 0,
      executiveIds: values.executiveIds,
      ...isoStartEnd(values),
      purpose: values.purpose,
      address: values.address
    }
    await saver.save(values, input, {
      schema: visitInput,
      clashes: clashProposal('visit', visit, input.executiveIds, input),
      send: async (acceptClashes) => {
        const result = visit
          ? await api.call('visits.update', { id: visit.id, visit: input, acceptClashes })
          : await api.call('visits.create', { visit: input, acceptClashes })
        onSaved(result.saved, visit === null)
      }
    })
  }

  const customerError = formState.errors.customerId?.message
  return (
    <>
      <FormProvider {...form}>
        <EditorForm saver={saver} editable={editable} submit={form.handleSubmit(saveVisit)}>
          {visit && (
            <p className="visit-status">
              <VisitStatusBadge visit={visit} testId="visit-status" />
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
              <WhenAndWhoFields
                testIdPrefix="visit"
                people={{ name: 'executiveIds', label: t('visit.executives'), testId: 'visit-executive' }}
                executives={executives}
              />
              <TextField
                name="purpose"
                label={t('visit.purpose')}
                fieldClassName="span-all"
                data-testid="visit-purpose"
              />
            </div>
            <h3>{t('visit.address')}</h3>
            <div className="form-grid">
              <TextField
                name="address.line1"
                label={t('visit.addressLine1')}
                fieldClassName="span-2"
                data-testid="visit-address-line1"
              />
              <TextField name="address.line2" label={t('visit.addressLine2')} fieldClassName="span-2" />
              <TextField name="address.postalCode" label={t('visit.postalCode')} />
              <TextField name="address.city" label={t('visit.city')} data-testid="visit-address-city" />
              <TextField name="address.region" label={t('visit.region')} />
              <TextField name="address.country" label={t('visit.country')} className="mono" maxLength={2} />
            </div>
          </fieldset>
          <EditorFooter
            saver={saver}
            editable={editable}
            saveLabel={visit ? t('common.save') : t('visit.schedule')}
          />
          {visit && (
            <p className="muted small">
              {t('common.updated')}: {format.dateTime(visit.updatedAt)}
            </p>
          )}
        </EditorForm>
      </FormProvider>
      {visit && visit.status === 'scheduled' && (
        <RecordOutcome visit={visit} onDone={(v, text) => onSaved(v, false, text)} />
      )}
      {visit && visit.status !== 'scheduled' && (
        <VisitResult visit={visit} flash={flash} onChanged={(v) => onSaved(v, false)} />
      )}
      {saver.dialog}
    </>
  )
}
