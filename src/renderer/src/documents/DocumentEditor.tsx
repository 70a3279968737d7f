/**
 * A draft document: customer (type to search), executive, dates, currency, notes and terms,
 * lines with live totals. Ctrl+S saves; leaving with unsaved changes asks first.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { addDaysIso } from '../../../shared/iso-week'
import type { Customer } from '../../../shared/schemas/customers'
import { documentLanguageOf, languageOfLocale, languages } from '../../../shared/languages'
import { termsIn } from '../../../shared/schemas/settings'
import type { DocumentType, SalesDocument } from '../../../shared/schemas/documents'
import { api, ApiCallError } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { markFieldProblems } from '../components/field-problems'
import type { BannerMessage } from '../components/Banner'
import { SelectField, TextAreaField, TextField } from '../components/fields'
import { DateField } from '../components/DateInput'
import { companyToday } from '../components/format'
import { RecordHeader } from '../components/RecordFrame'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useBackToList } from '../components/use-back-to-list'
import { useFlash } from '../components/use-flash'
import { usePageTitle } from '../components/use-page-title'
import { useSaveShortcut } from '../components/use-save-shortcut'
import { useExecutiveOptions } from '../components/use-executive-options'
import { CurrencyField } from '../components/CurrencyField'
import { PaymentMethodField } from '../components/PaymentMethodField'
import { useT } from '../i18n'
import {
  areaOf,
  documentPath,
  StatusBadge,
  useDocumentFormat,
  useDocumentLabel,
  useSettings,
  useVatRateTable
} from './common'
import { CustomerPicker } from '../components/CustomerPicker'
import { DocumentActions, RelatedDocuments } from './DocumentActions'
import { isEInvoiceType } from '../../../shared/schemas/einvoice'
import { EInvoiceChecks } from '../einvoice/EInvoiceChecks'
import { customerVatTreatment } from '../../../shared/vat'
import { offeredVatRates, rateValuesInForce } from '../../../shared/schemas/vat-rates'
import {
  currencyDigits,
  draftTotals,
  formPath,
  newDraftValues,
  toDraftInput,
  valuesFromDocument,
  type DraftValues
} from './draft-form'
import { LinesEditor } from './LinesEditor'
import { useChargedVat } from './use-distance-sales'
import { VerifactuDraftOptions } from '../verifactu/VerifactuDraftOptions'

/**
 * The picked customer (its country and VAT treatment shape the lines). If it cannot be read the editor
 * works as for no customer yet; saving the draft then shows the store's error.
 */
function useCustomer(id: number | null): Customer | null {
  const { data } = useApiQuery(keys.customers('get', id), () => api.call('customers.get', { id: id ?? 0 }), {
    enabled: id !== null
  })
  return data && data.id === id ? data : null
}

export function DocumentEditor({
  initial,
  type,
  onLeftDraft
}: {
  initial: SalesDocument | null
  type: DocumentType
  onLeftDraft: (doc: SalesDocument, message: BannerMessage) => void
}) {
  const { t } = useT()
  const format = useDocumentFormat()
  const label = useDocumentLabel()
  const navigate = useNavigate()
  const settings = useSettings()
  const vatRateTable = useVatRateTable()
  // The options are written here, not through ExecutiveOptions: with them in a fragment the picked
  // customer's executive was lost after the first save (e2e everyday-editor).
  const executives = useExecutiveOptions()
  const [record, setRecord] = useState<SalesDocument | null>(initial)
  const [message, setMessage] = useFlash()
  const [saving, setSaving] = useState(false)
  const bypassGuard = useRef(false)
  const backToList = useBackToList(`/${areaOf(type)}`)
  const defaultsApplied = useRef(initial !== null)

  const form = useForm<DraftValues>({
    defaultValues: initial
      ? valuesFromDocument(initial, format.mark)
      : newDraftValues(type, settings.documents.defaultCurrency, settings.company.defaultTerms),
    mode: 'onSubmit'
  })
  const { reset, setError, clearErrors, setValue, getValues, formState, control } = form

  // A new document starts with the settings' currency and terms once they have arrived.
  useEffect(() => {
    if (defaultsApplied.current) return
    reset(
      { ...getValues(), currency: settings.documents.defaultCurrency, terms: settings.company.defaultTerms },
      { keepDirtyValues: true }
    )
  }, [settings, getValues, reset])

  // "New estimate" from a customer's page starts with that customer.
  const [params] = useSearchParams()
  const presetCustomer = initial ? null : Number(params.get('customer'))
  const pickCustomer = useCallback(
    (row: { id: number; name: string }) => {
      setValue('customerId', row.id, { shouldDirty: true })
      setValue('customerName', row.name, { shouldDirty: true })
      clearErrors('customerName')
    },
    [setValue, clearErrors]
  )
  useEffect(() => {
    if (!presetCustomer || !Number.isInteger(presetCustomer)) return
    api
      .call('customers.get', { id: presetCustomer })
      .then(pickCustomer)
      .catch((error: unknown) => setMessage({ kind: 'error', text: messageOf(error) }))
  }, [presetCustomer, pickCustomer, setMessage])

  const customerId = useWatch({ control, name: 'customerId' })
  const customerName = useWatch({ control, name: 'customerName' })
  const currency = useWatch({ control, name: 'currency' })
  const issueDate = useWatch({ control, name: 'issueDate' })
  const customer = useCustomer(customerId)
  // The rates in force on the document's date are the ones offered and checked.
  const vatDate = issueDate || companyToday()
  const lines = useWatch({ control, name: 'lines' })
  const carried = useWatch({ control, name: 'carried' })
  const upperCurrency = currency.toUpperCase()
  const ownNet =
    type === 'invoice' ? draftTotals({ lines, carried }, currencyDigits(upperCurrency)).netCents : 0
  const charged = useChargedVat(vatRateTable, settings.company.country, customer, vatDate, {
    netCents: ownNet,
    currency: upperCurrency
  })

  usePageTitle(record ? label(record) : t(`documents.new.${type}`))

  function showErrors(fields: Record<string, string>) {
    clearErrors()
    markFieldProblems(fields, setError, formPath)
  }

  async function save(): Promise<SalesDocument | null> {
    const values = getValues()
    const converted = toDraftInput(values)
    if (!converted.ok) {
      showErrors(converted.fields)
      setMessage({ kind: 'error', text: t('messages.correctMarkedFields') })
      return null
    }
    setSaving(true)
    setMessage(null)
    clearErrors()
    try {
      if (record) {
        const saved = await api.call('documents.updateDraft', {
          id: record.id,
          document: converted.input,
          expectedUpdatedAt: record.updatedAt
        })
        setRecord(saved)
        reset(valuesFromDocument(saved, format.mark))
        setMessage({ kind: 'success', text: t('common.saved') })
        return saved
      }
      const created = await api.call('documents.createDraft', { document: converted.input })
      bypassGuard.current = true
      void navigate(documentPath(created.type, created.id), {
        replace: true,
        state: { flash: { kind: 'success', text: t('documents.draftSaved') } }
      })
      return created
    } catch (error) {
      if (error instanceof ApiCallError && error.error.fields) showErrors(error.error.fields)
      const changedElsewhere =
        record !== null &&
        error instanceof ApiCallError &&
        error.error.code === 'conflict' &&
        !error.error.fields
      setMessage({
        kind: 'error',
        text: messageOf(error),
        action: changedElsewhere ? { label: t('common.reload'), run: () => void reloadSaved() } : undefined
      })
      return null
    } finally {
      setSaving(false)
    }
  }

  /** After someone else changed or issued it: drop this editor's changes and show the stored document. */
  async function reloadSaved() {
    if (!record) return
    try {
      const fresh = await api.call('documents.get', { id: record.id })
      if (fresh.status !== 'draft') {
        bypassGuard.current = true
        onLeftDraft(fresh, { kind: 'info', text: t('documents.changedElsewhere') })
        return
      }
      setRecord(fresh)
      reset(valuesFromDocument(fresh, format.mark))
      setMessage(null)
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    }
  }

  useSaveShortcut(() => {
    if (!saving) void save()
  })

  // A newly picked customer brings their sales executive and payment method.
  const appliedCustomer = useRef<number | null>(initial?.customerId ?? null)
  useEffect(() => {
    if (!customer || appliedCustomer.current === customer.id) return
    appliedCustomer.current = customer.id
    setValue('executiveId', customer.executiveId === null ? '' : String(customer.executiveId), {
      shouldDirty: true
    })
    setValue('paymentMethod', customer.preferredPaymentMethod, { shouldDirty: true })
    // Terms nobody has edited become those of the customer's document language (issue 14).
    const company = settings.company
    const terms = getValues('terms')
    if (terms === company.defaultTerms || languages.some((l) => terms === termsIn(company, l))) {
      const language = documentLanguageOf(
        customer.documentLanguage,
        customer.billingAddress.country,
        languageOfLocale(settings.documents.printLocale)
      )
      setValue('terms', termsIn(company, language), { shouldDirty: true })
    }
  }, [customer, setValue, getValues, settings])

  const dueDays = customer?.paymentTermsDays
  const dueFrom = issueDate || companyToday()
  const lockedPrices = type === 'credit_note'
  const isInvoiceLike = type === 'invoice' || type === 'debit_note' || type === 'credit_note'
  const lineCurrency = /^[A-Za-z]{3}$/.test(currency)
    ? currency.toUpperCase()
    : settings.documents.defaultCurrency

  return (
    <FormProvider {...form}>
      <form
        className="page page-record doc-page"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
        data-testid="document-form"
        data-type={type}
      >
        <RecordHeader
          title={record ? label(record) : t(`documents.new.${type}`)}
          badges={record && <StatusBadge status={record.status} />}
          onBack={backToList}
          save={{ testId: 'document-save', saving, label: t('documents.saveDraft') }}
          message={message}
          onMessageClose={() => setMessage(null)}
        />
        {record && (
          <DocumentActions
            doc={record}
            prepare={async () => (formState.isDirty ? save() : record)}
            onChanged={(doc, done) => {
              if (doc.status !== 'draft') {
                bypassGuard.current = true
                onLeftDraft(doc, done)
                return
              }
              setRecord(doc)
              reset(valuesFromDocument(doc, format.mark))
              setMessage(done)
            }}
            onMessage={setMessage}
            bypassGuard={bypassGuard}
          />
        )}
        {record && isEInvoiceType(record.type) && (
          <EInvoiceChecks documentId={record.id} version={record.updatedAt} />
        )}
        {record && <VerifactuDraftOptions key={`${record.id}-${record.currency}`} doc={record} />}
        <div className={record ? 'record-layout doc-layout' : 'record-layout no-aside'}>
          <div className="record-main">
            <section className="form-section" aria-labelledby="section-header" data-testid="section-header">
              <h2 id="section-header">{t('documents.details')}</h2>
              <div className="form-grid">
                <CustomerPicker
                  name="customerName"
                  label={t('documents.customer')}
                  value={customerName}
                  disabled={lockedPrices || (record !== null && record.source !== null)}
                  onPick={pickCustomer}
                />
                <SelectField
                  name="executiveId"
                  label={t('documents.executive')}
                  data-testid="document-executive"
                >
                  <option value="">{t('customer.noExecutive')}</option>
                  {executives.map((e) => (
                    <option key={e.id} value={String(e.id)}>
                      {e.name}
                    </option>
                  ))}
                </SelectField>
                <DateField
                  name="issueDate"
                  label={t('documents.issueDate')}
                  hint={t('documents.issueDateHint')}
                  data-testid="document-issue-date"
                />
                {type === 'estimate' && (
                  <DateField
                    name="validUntil"
                    label={t('documents.validUntil')}
                    hint={t('documents.validUntilHint', { days: settings.documents.estimateValidityDays })}
                    data-testid="document-valid-until"
                  />
                )}
                {type === 'order' && (
                  <DateField
                    name="promisedDate"
                    label={t('documents.promisedDate')}
                    data-testid="document-promised-date"
                  />
                )}
                <CurrencyField
                  name="currency"
                  label={t('documents.currency')}
                  data-testid="document-currency"
                />
                {isInvoiceLike && (
                  <DateField
                    name="supplyDate"
                    label={t('documents.supplyDate')}
                    hint={t('documents.supplyDateHint')}
                    data-testid="document-supply-date"
                  />
                )}
                {isInvoiceLike && (
                  <PaymentMethodField
                    name="paymentMethod"
                    label={t('documents.paymentMethod')}
                    testId="document-payment-method"
                  />
                )}
              </div>
              {isInvoiceLike && customer && dueDays !== undefined && (
                <p className="doc-due" data-testid="document-due-preview">
                  {t('documents.duePreview', {
                    date: format.date(addDaysIso(dueFrom, dueDays)),
                    days: dueDays
                  })}
                </p>
              )}
              {customer && (
                <p className="muted">
                  <Link to={`/customers/${customer.id}`}>{customer.name}</Link> · {customer.code}
                  {customer.taxId ? ` · ${customer.taxId}` : ''} ·{' '}
                  {[customer.billingAddress.city, customer.billingAddress.country].filter(Boolean).join(', ')}
                </p>
              )}
            </section>
            <LinesEditor
              vatRates={offeredVatRates(
                vatRateTable,
                charged.country,
                vatDate,
                settings.documents.vatRatesBp
              )}
              charged={{
                country: charged.country,
                rates: rateValuesInForce(vatRateTable, charged.country, vatDate)
              }}
              oss={charged.oss}
              currency={lineCurrency}
              minorUnits={currencyDigits(lineCurrency)}
              treatment={customer ? customerVatTreatment(settings.company.country, customer) : 'S'}
              sellerCountry={settings.company.country}
              buyer={customer && { country: customer.billingAddress.country, taxId: customer.taxId }}
              lockedPrices={lockedPrices}
              promisedPerLine={type === 'order'}
            />
            <section className="form-section" aria-labelledby="section-texts">
              <h2 id="section-texts">{t('documents.texts')}</h2>
              <div className="form-grid">
                {(type === 'credit_note' || type === 'debit_note') && (
                  <TextField name="reason" label={t('documents.reason')} fieldClassName="span-all" />
                )}
                {isInvoiceLike && (
                  <TextAreaField
                    name="paymentInstructions"
                    label={t('documents.paymentInstructions')}
                    rows={2}
                    fieldClassName="span-all"
                  />
                )}
                <TextAreaField name="notes" label={t('documents.notes')} rows={3} fieldClassName="span-all" />
                <TextAreaField name="terms" label={t('documents.terms')} rows={3} fieldClassName="span-all" />
              </div>
            </section>
          </div>
          {record && (
            <aside className="record-aside" aria-label={t('documents.related')}>
              <RelatedDocuments doc={record} />
            </aside>
          )}
        </div>
      </form>
      <UnsavedChangesGuard dirty={formState.isDirty && !saving} bypass={bypassGuard} />
    </FormProvider>
  )
}
