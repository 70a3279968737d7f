/**
 * One contract: its terms in one form (draft and active contracts can be edited), the status
 * steps (activate, end, terminate with date and reason, renew), attached files, and the
 * invoices due for a period, created as drafts in one step.
 */
import { useEffect, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { Link } from 'react-router-dom'
import { parseMoneyToCents } from '../../../shared/money'
import {
  billingFrequencies,
  contractInput,
  type Contract,
  type ContractInput
} from '../../../shared/schemas/contracts'
import { api } from '../api/client'
import { companyToday, useFormat } from '../components/format'
import { AmountField } from '../components/AmountField'
import { SelectField, TextAreaField } from '../components/fields'
import { NameField } from '../components/NameField'
import { DateField } from '../components/DateInput'
import { checkInput } from '../components/form-checks'
import { Fact, RecordAside, RecordForm, RecordLoader } from '../components/RecordFrame'
import { useCurrencies } from '../components/use-currencies'
import { useRecordEditor } from '../components/use-record-editor'
import type { BannerMessage } from '../components/Banner'
import { FormSection } from '../components/FormSection'
import { useT } from '../i18n'
import { CustomerChoice } from '../components/CustomerPicker'
import { ContractStatusBadge } from './ContractList'
import './contracts.css'
import { AttachmentsSection, BillingSection, StatusSection, type SectionProps } from './ContractSections'
import { ExecutiveOptions } from '../components/ExecutiveOptions'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { CurrencyField } from '../components/CurrencyField'
import { NumberField } from '../components/NumberField'
import { centsToText, decimalMarkOf } from '../components/number-text'

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
  noticePeriodDays: number
  signedDate: string
}

/** The form's values for a contract, or for a new one (in `newCurrency`, the company's default currency). */
function toFormValues(c: Contract | null, locale: string, newCurrency: string): ContractFormValues {
  if (!c)
    return {
      customerId: null,
      customerName: '',
      executiveId: '',
      title: '',
      description: '',
      value: '',
      currency: newCurrency,
      startDate: companyToday(),
      endDate: '',
      billingFrequency: 'monthly',
      noticePeriodDays: 30,
      signedDate: ''
    }
  return {
    customerId: c.customerId,
    customerName: c.customerName,
    executiveId: c.executiveId === null ? '' : String(c.executiveId),
    title: c.title,
    description: c.description,
    value: centsToText(c.valueCents, decimalMarkOf(locale)),
    currency: c.currency,
    startDate: c.startDate,
    endDate: c.endDate ?? '',
    billingFrequency: c.billingFrequency,
    noticePeriodDays: c.noticePeriodDays,
    signedDate: c.signedDate ?? ''
  }
}

const loadContract = (id: number) => api.call('contracts.get', { id })

export function ContractPage() {
  return (
    <RecordLoader load={loadContract}>{(contract) => <ContractEditor initial={contract} />}</RecordLoader>
  )
}

function ContractEditor({ initial }: { initial: Contract | null }) {
  const { t } = useT()
  const format = useFormat()
  const [record, setRecord] = useState<Contract | null>(initial)
  const { defaultCurrency } = useCurrencies()
  const form = useForm<ContractFormValues>({
    defaultValues: toFormValues(initial, format.locale, defaultCurrency)
  })
  const { reset, setError, clearErrors, setValue, getValues, formState } = form
  // A new contract starts in the company's default currency once the settings have arrived
  // (not EUR for a company invoicing in forints); a currency the user already chose stays.
  useEffect(() => {
    if (initial !== null) return
    reset({ ...getValues(), currency: defaultCurrency }, { keepDirtyValues: true })
  }, [initial, defaultCurrency, getValues, reset])
  const customerName = useWatch({ control: form.control, name: 'customerName' })
  // A draft's customer can be changed: the name links to the one chosen, not the one saved.
  const chosenCustomerId = useWatch({ control: form.control, name: 'customerId' })
  const editable = record === null || record.status === 'draft' || record.status === 'active'

  function toInput(
    values: ContractFormValues,
    { setMessage }: { setMessage: (message: BannerMessage) => void }
  ): ContractInput | null {
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
      noticePeriodDays: values.noticePeriodDays,
      signedDate: values.signedDate || null
    }
    if (
      !checkInput(
        contractInput,
        input,
        { values, setError, rename: { valueCents: 'value' } },
        { t, setMessage }
      )
    ) {
      // The schema only sees a missing amount; say that what was typed is not one.
      if (Number.isNaN(valueCents)) setError('value', { type: 'parse', message: t('contract.badValue') })
      return null
    }
    return input
  }

  const editor = useRecordEditor({
    area: 'contract',
    listPath: '/contracts',
    form,
    record,
    setRecord,
    toFormValues: (c) => toFormValues(c, format.locale, defaultCurrency),
    prepare: toInput,
    update: (saved, contract) =>
      api.call('contracts.update', { id: saved.id, contract, expectedUpdatedAt: saved.updatedAt }),
    create: (contract) => api.call('contracts.create', { contract }),
    createdText: (created) => t('contract.created', { number: created.number }),
    rename: { valueCents: 'value' },
    canSave: editable
  })
  const { changed, setMessage } = editor
  const sections = (contract: Contract): SectionProps => ({
    contract,
    onChanged: changed,
    onError: (text) => setMessage({ kind: 'error', text })
  })

  return (
    <RecordForm
      form={form}
      editor={editor}
      title={record ? record.title : t('contract.newTitle')}
      reference={record?.number}
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
      canSave={editable}
      aside={
        record && (
          <RecordAside entity="contract" record={record} label={t('customer.sections.activity')}>
            <dt>{t('contract.noticeDate')}</dt>
            <dd data-testid="contract-notice-date">
              {record.noticeDate ? format.date(record.noticeDate) : t('common.notSet')}
            </dd>
            <Fact label={t('contract.closedDate')}>
              {record.closedDate && format.date(record.closedDate)}
            </Fact>
            <Fact label={t('contract.terminationReason')}>{record.terminationReason}</Fact>
            <Fact label={t('contract.renewedFrom')}>
              {record.renewedFromId && (
                <Link to={`/contracts/${record.renewedFromId}`}>#{record.renewedFromId}</Link>
              )}
            </Fact>
            <Fact label={t('contract.renewedBy')}>
              {record.renewedById && (
                <Link to={`/contracts/${record.renewedById}`} data-testid="contract-renewed-by">
                  #{record.renewedById}
                </Link>
              )}
            </Fact>
          </RecordAside>
        )
      }
    >
      <fieldset disabled={!editable} className="plain-fieldset">
        <FormSection id="general" title={t('contract.sections.general')}>
          <div className="form-grid">
            <CustomerChoice
              className="span-2"
              pickerId="contract-customer-picker"
              name={customerName}
              nameTestId="contract-customer"
              link={record ? `/customers/${chosenCustomerId ?? record.customerId}` : undefined}
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
              <ExecutiveOptions none={t('contract.noExecutive')} />
            </SelectField>
            <NameField name="title" label={t('contract.titleField')} data-testid="contract-title" />
            <TextAreaField
              name="description"
              label={t('contract.description')}
              rows={3}
              fieldClassName="span-all"
            />
          </div>
        </FormSection>
        <FormSection id="term" title={t('contract.sections.term')}>
          <div className="form-grid">
            <AmountField
              name="value"
              label={t('contract.value')}
              hint={t('contract.valueHint')}
              className="num"
              required
              data-testid="contract-value"
            />
            <CurrencyField
              name="currency"
              label={t('contract.currency')}
              className="mono uppercase"
              required
              data-testid="contract-currency"
            />
            <SelectField
              name="billingFrequency"
              label={t('contract.billingFrequency')}
              data-testid="contract-frequency"
            >
              <ChoiceOptions choices={billingFrequencies} label={(f) => t(`contracts.frequency.${f}`)} />
            </SelectField>
            <DateField
              name="startDate"
              label={t('contract.startDate')}
              required
              data-testid="contract-start"
            />
            <DateField
              name="endDate"
              label={t('contract.endDate')}
              hint={t('contract.endDateHint')}
              data-testid="contract-end"
            />
            <NumberField
              name="noticePeriodDays"
              label={t('contract.noticePeriodDays')}
              min={0}
              required
              data-testid="contract-notice"
            />
            <DateField name="signedDate" label={t('contract.signedDate')} />
          </div>
        </FormSection>
      </fieldset>
      {record ? (
        <>
          <StatusSection {...sections(record)} />
          <AttachmentsSection {...sections(record)} />
          <BillingSection contract={record} />
        </>
      ) : (
        <p className="muted">{t('contract.saveFirst')}</p>
      )}
    </RecordForm>
  )
}
