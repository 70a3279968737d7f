/**
 * One customer: its whole record in one form (general data, addresses, contacts, payment,
 * product preferences, notes) plus archive/restore/delete and its activity.
 */
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, type Resolver } from 'react-hook-form'
import {
  customerInput,
  emptyCustomer,
  type Customer,
  type CustomerInput
} from '../../../shared/schemas/customers'
import { detailsForMethod, emptyPaymentDetails } from '../../../shared/schemas/payment-setup'
import { taxIdProblem } from '../../../shared/tax-ids'
import { keys, useInvalidate } from '../api/query'
import { api, ApiCallError } from '../api/client'
import { messageOf } from '../components/api-errors'
import type { ConfirmOptions } from '../components/ConfirmDialog'
import { DeleteButton, RecordAside, RecordForm, RecordLoader } from '../components/RecordFrame'
import { FlagBadge } from '../components/ToneBadge'
import { useRecordEditor } from '../components/use-record-editor'
import { CustomerDocuments } from '../documents/CustomerDocuments'
import { CustomerPayments } from '../payments/CustomerPayments'
import { CustomerVisits } from '../schedule/CustomerVisits'
import { CustomerRequests } from '../requests/CustomerRequests'
import { CustomerCalls } from '../calls/CustomerCalls'
import { CustomerConsent } from '../campaigns/CustomerConsent'
import { useT } from '../i18n'
import { ContactsSection } from './ContactsSection'
import { DuplicateWarning, findDuplicates } from './DuplicateWarning'
import {
  BillingAddressSection,
  GeneralSection,
  NotesSection,
  OtherAddressSection,
  PaymentSection
} from './CustomerSections'
import { ProductPreferencesSection } from './ProductPreferences'
import { useExecutiveOptions } from '../components/use-executive-options'

function toFormValues(customer: Customer): CustomerInput {
  const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, ...input } = customer
  return input
}

/** The API's schema plus the tax id check the store makes, so a mistyped NIF shows beside the field. */
const checkedCustomerInput = customerInput.superRefine((customer, ctx) => {
  const problem = taxIdProblem(customer.taxId, customer.billingAddress.country)
  if (problem) ctx.addIssue({ code: 'custom', path: ['taxId'], message: problem })
})
const checkCustomer = zodResolver(checkedCustomerInput)

/**
 * Checks and saves only what the chosen method uses: a card's digits typed before switching to
 * direct debit are hidden and not saved (nor refused), as the store would forget them anyway.
 */
const resolveCustomer: Resolver<CustomerInput, unknown, CustomerInput> = (values, context, options) =>
  checkCustomer(
    {
      ...values,
      paymentSetup: detailsForMethod(values.preferredPaymentMethod, {
        ...emptyPaymentDetails(),
        ...values.paymentSetup
      })
    },
    context,
    options
  )

const newCustomer = (): CustomerInput => ({ ...emptyCustomer(), paymentSetup: emptyPaymentDetails() })

const loadCustomer = (id: number) => api.call('customers.get', { id })

export function CustomerPage() {
  return (
    <RecordLoader load={loadCustomer}>{(customer) => <CustomerEditor initial={customer} />}</RecordLoader>
  )
}

function CustomerEditor({ initial }: { initial: Customer | null }) {
  const { t } = useT()
  const executives = useExecutiveOptions()
  const [record, setRecord] = useState<Customer | null>(initial)
  const invalidate = useInvalidate()

  const form = useForm<CustomerInput, unknown, CustomerInput>({
    resolver: resolveCustomer,
    defaultValues: initial ? toFormValues(initial) : newCustomer(),
    mode: 'onSubmit',
    reValidateMode: 'onChange'
  })
  const { reset } = form

  /**
   * A tax id another customer has is saved only when the user says it is a different customer:
   * the values with whether that was confirmed, or null when the user said no.
   */
  async function confirmDuplicate(
    values: CustomerInput,
    { confirm }: { confirm: (options: ConfirmOptions) => Promise<boolean> }
  ): Promise<{ values: CustomerInput; duplicate: boolean } | null> {
    if (record && values.taxId.trim() === record.taxId.trim()) return { values, duplicate: false }
    const { sameTaxId } = await findDuplicates(values.name, values.taxId, record?.id ?? null)
    const first = sameTaxId.at(0)
    if (first === undefined) return { values, duplicate: false }
    const ok = await confirm({
      title: t('customerDuplicates.confirmTitle'),
      body: t('customerDuplicates.confirmBody', { code: first.code, name: first.name, taxId: first.taxId }),
      confirmLabel: t('customerDuplicates.confirmOk')
    })
    return ok ? { values, duplicate: true } : null
  }

  const editor = useRecordEditor({
    area: 'customer',
    listPath: '/customers',
    form,
    record,
    setRecord,
    toFormValues,
    prepare: confirmDuplicate,
    update: (saved, { values, duplicate }) =>
      api.call('customers.update', {
        id: saved.id,
        customer: values,
        expectedUpdatedAt: saved.updatedAt,
        confirmDuplicate: duplicate
      }),
    create: ({ values, duplicate }) =>
      api.call('customers.create', { customer: values, confirmDuplicate: duplicate }),
    createdText: (created) => t('customer.created', { code: created.code }),
    // After someone else saved first, the message offers to show the stored customer.
    errorAction: (error, markedFields) =>
      record !== null &&
      error instanceof ApiCallError &&
      error.error.code === 'conflict' &&
      markedFields === 0
        ? { label: t('common.reload'), run: () => void reloadSaved() }
        : undefined
  })
  const { setMessage, confirm, leave } = editor

  /** After someone else saved first: drop this editor's changes and show the stored customer. */
  async function reloadSaved() {
    if (!record) return
    try {
      const fresh = await api.call('customers.get', { id: record.id })
      setRecord(fresh)
      reset(toFormValues(fresh))
      invalidate(keys.activity())
      setMessage(null)
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    }
  }

  async function runAction(kind: 'archive' | 'restore' | 'delete', confirmed = false) {
    if (!record) return
    if (kind === 'delete') {
      // A customer with history cannot be deleted: say so at once (and offer to archive) instead
      // of asking to confirm and then refusing.
      setMessage(null)
      try {
        const { deletable } = await api.call('customers.deletable', { id: record.id })
        if (!deletable) {
          if (record.archivedAt !== null) {
            setMessage({ kind: 'error', text: t('messages.customerHasHistory') })
            return
          }
          const archive = await confirm({
            title: t('common.delete'),
            body: t('messages.customerHasHistory'),
            confirmLabel: t('common.archive')
          })
          if (archive) await runAction('archive', true)
          return
        }
      } catch (error) {
        setMessage({ kind: 'error', text: messageOf(error) })
        return
      }
    }
    if (kind !== 'restore' && !confirmed) {
      const ok = await confirm({
        title: t(`common.${kind}`),
        body: t(kind === 'archive' ? 'customer.archiveConfirm' : 'customer.deleteConfirm', {
          name: record.name
        }),
        confirmLabel: t(`common.${kind}`),
        danger: kind === 'delete'
      })
      if (!ok) return
    }
    setMessage(null)
    try {
      if (kind === 'delete') {
        await api.call('customers.delete', { id: record.id })
        leave({ kind: 'success', text: t('customer.deleted', { name: record.name }) })
        return
      }
      const changed = await api.call(kind === 'archive' ? 'customers.archive' : 'customers.restore', {
        id: record.id
      })
      setRecord(changed)
      invalidate(keys.activity())
      setMessage({ kind: 'success', text: t(kind === 'archive' ? 'customer.archived' : 'customer.restored') })
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    }
  }

  const archived = record?.archivedAt != null
  return (
    <RecordForm
      form={form}
      editor={editor}
      title={record ? record.name : t('customers.newTitle')}
      reference={record?.code}
      badges={
        <>
          {record && (
            <span className="mono muted" data-testid="customer-code">
              {record.code}
            </span>
          )}
          {archived && <FlagBadge tone="muted">{t('customers.archivedBadge')}</FlagBadge>}
        </>
      }
      actions={
        <>
          {record && !archived && (
            <button type="button" onClick={() => void runAction('archive')} data-testid="customer-archive">
              {t('common.archive')}
            </button>
          )}
          {record && archived && (
            <button type="button" onClick={() => void runAction('restore')} data-testid="customer-restore">
              {t('common.restore')}
            </button>
          )}
          {record && <DeleteButton area="customer" onDelete={() => runAction('delete')} />}
        </>
      }
      notice={archived && <p className="notice">{t('customer.archivedNotice')}</p>}
      aside={
        record && (
          <RecordAside
            entity="customer"
            record={record}
            label={t('customer.sections.activity')}
            dateTestIds="customer"
            lists={
              <>
                <CustomerDocuments customerId={record.id} />
                <CustomerVisits customerId={record.id} />
                <CustomerRequests customerId={record.id} />
                <CustomerCalls
                  customerId={record.id}
                  customerName={record.name}
                  isProspect={record.status === 'prospect'}
                />
                <CustomerConsent customerId={record.id} />
              </>
            }
          />
        )
      }
      after={record && <CustomerPayments customerId={record.id} customerName={record.name} />}
    >
      <DuplicateWarning excludeId={record?.id ?? null} />
      <GeneralSection executives={executives} />
      <BillingAddressSection />
      <OtherAddressSection kind="mailing" />
      <OtherAddressSection kind="delivery" />
      <ContactsSection />
      <PaymentSection />
      <ProductPreferencesSection />
      <NotesSection />
    </RecordForm>
  )
}
