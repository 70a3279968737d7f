/** The plain sections of the customer form: general data, addresses, payment, notes. */
import { useEffect, useRef } from 'react'
import { Controller, useFormContext, useWatch } from 'react-hook-form'
import { customerStatuses, type CustomerInput } from '../../../shared/schemas/customers'
import type { ExecutiveRow } from '../../../shared/schemas/executives'
import { cardBrands } from '../../../shared/schemas/payment-setup'
import { CheckboxField, FieldFrame, SelectField, TextAreaField, TextField } from '../components/fields'
import { NameField } from '../components/NameField'
import { NumberField } from '../components/NumberField'
import { CustomerVatTreatmentField } from '../documents/vat-fields'
import { PaymentMethodField } from '../components/PaymentMethodField'
import { useT } from '../i18n'
import { useSettings } from '../documents/common'
import { documentLanguageOf, languageOfLocale, languages } from '../../../shared/languages'
import { NavTaxpayerCheck } from '../nav/NavTaxpayerCheck'
import { DateField } from '../components/DateInput'
import { MonthField } from '../components/PeriodInput'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { FormSection } from '../components/FormSection'
import { AutomaticOrChosenField } from '../components/AutomaticOrChosenField'

/**
 * The language of the customer's paperwork: automatic (their country's, shown; the company's own
 * while no country is typed) or one chosen for them.
 */
function DocumentLanguageField() {
  const { t } = useT()
  const settings = useSettings()
  const { control } = useFormContext<CustomerInput>()
  const country = useWatch({ control, name: 'billingAddress.country' })
  const automatic = documentLanguageOf(null, country, languageOfLocale(settings.documents.printLocale))
  return (
    <AutomaticOrChosenField
      name="documentLanguage"
      label={t('customer.documentLanguage')}
      hint={t('customer.documentLanguageHint')}
      automatic={t('customer.documentLanguageAuto', { language: t(`settings.languages.${automatic}`) })}
      choices={languages}
      choiceLabel={(l) => t(`settings.languages.${l}`)}
      testId="customer-document-language"
    />
  )
}

export function GeneralSection({ executives }: { executives: ExecutiveRow[] }) {
  const { t } = useT()
  const { control } = useFormContext<CustomerInput>()
  return (
    <FormSection id="general" title={t('customer.sections.general')}>
      <div className="form-grid">
        <NameField name="name" label={t('customer.name')} />
        <TextField
          name="code"
          label={t('customer.code')}
          hint={t('customer.codeHint')}
          className="mono"
          autoComplete="off"
        />
        <SelectField name="status" label={t('customer.status')}>
          <ChoiceOptions choices={customerStatuses} label={(s) => t(`customers.status.${s}`)} />
        </SelectField>
        <TextField name="taxId" label={t('customer.taxId')} autoComplete="off" />
        <NavTaxpayerCheck />
        <CustomerVatTreatmentField />
        <DocumentLanguageField />
        <Controller
          control={control}
          name="executiveId"
          render={({ field }) => (
            <FieldFrame name="executiveId" label={t('customer.executive')}>
              {(aria) => (
                <select
                  {...aria}
                  ref={field.ref}
                  name={field.name}
                  value={field.value === null ? '' : String(field.value)}
                  onChange={(e) => field.onChange(e.target.value === '' ? null : Number(e.target.value))}
                  onBlur={field.onBlur}
                >
                  <option value="">{t('customer.noExecutive')}</option>
                  {executives
                    .filter((e) => e.active || e.id === field.value)
                    .map((e) => (
                      <option key={e.id} value={String(e.id)}>
                        {e.active ? e.name : t('customer.inactiveExecutive', { name: e.name })}
                      </option>
                    ))}
                  {field.value !== null && !executives.some((e) => e.id === field.value) && (
                    <option value={String(field.value)}>#{field.value}</option>
                  )}
                </select>
              )}
            </FieldFrame>
          )}
        />
      </div>
    </FormSection>
  )
}

type AddressKey = 'billingAddress' | 'mailingAddress' | 'deliveryAddress'

function AddressFields({ prefix }: { prefix: AddressKey }) {
  const { t } = useT()
  return (
    <div className="form-grid address-grid">
      <TextField
        name={`${prefix}.line1`}
        label={t('customer.address.line1')}
        fieldClassName="span-2"
        autoComplete="off"
      />
      <TextField
        name={`${prefix}.line2`}
        label={t('customer.address.line2')}
        fieldClassName="span-2"
        autoComplete="off"
      />
      <TextField name={`${prefix}.postalCode`} label={t('customer.address.postalCode')} autoComplete="off" />
      <TextField name={`${prefix}.city`} label={t('customer.address.city')} autoComplete="off" />
      <TextField name={`${prefix}.region`} label={t('customer.address.region')} autoComplete="off" />
      <TextField
        name={`${prefix}.country`}
        label={t('customer.address.country')}
        maxLength={2}
        className="uppercase"
        autoComplete="off"
      />
    </div>
  )
}

export function BillingAddressSection() {
  const { t } = useT()
  return (
    <FormSection id="billing" title={t('customer.sections.billing')}>
      <AddressFields prefix="billingAddress" />
    </FormSection>
  )
}

export function OtherAddressSection({ kind }: { kind: 'mailing' | 'delivery' }) {
  const { t } = useT()
  const flag = kind === 'mailing' ? 'mailingSameAsBilling' : 'deliverySameAsBilling'
  const target = kind === 'mailing' ? 'mailingAddress' : 'deliveryAddress'
  const same = useWatch<CustomerInput>({ name: flag })
  const { getValues, setValue } = useFormContext<CustomerInput>()
  const before = useRef(same)
  // Unticking "same as billing" starts the new address from the billing one, if it is still empty.
  useEffect(() => {
    const wasSame = before.current
    before.current = same
    if (wasSame && !same && Object.values(getValues(target)).every((v) => v === '')) {
      setValue(target, { ...getValues('billingAddress') }, { shouldDirty: true })
    }
  }, [same, target, getValues, setValue])
  return (
    <FormSection id={kind} title={t(`customer.sections.${kind}`)}>
      <CheckboxField name={flag} label={t('customer.sameAsBilling')} testId={`${kind}-same-as-billing`} />
      {!same && <AddressFields prefix={target} />}
    </FormSection>
  )
}

const emptyToNull = (value: string | null) => (value === '' ? null : value)

/**
 * How the customer pays, in one place: choosing direct debit asks for the IBAN (checked: country
 * length and mod-97) and the mandate; a card its brand, last four digits and expiry. They are saved
 * with the customer, where new invoices and direct debits read them.
 */
export function PaymentSection() {
  const { t } = useT()
  const method = useWatch<CustomerInput, 'preferredPaymentMethod'>({ name: 'preferredPaymentMethod' })
  return (
    <FormSection id="payment" title={t('customer.sections.payment')}>
      <div className="form-grid">
        <NumberField
          name="paymentTermsDays"
          label={t('customer.paymentTermsDays')}
          min={0}
          max={365}
          inputMode="numeric"
        />
        <PaymentMethodField
          name="preferredPaymentMethod"
          label={t('customer.preferredPaymentMethod')}
          testId="customer-payment-method"
        />
        {method === 'direct_debit' && (
          <>
            <TextField
              name="paymentSetup.iban"
              label={t('payments.setup.iban')}
              required
              autoComplete="off"
              spellCheck={false}
              fieldClassName="span-2"
              data-testid="customer-iban"
            />
            <TextField
              name="paymentSetup.bic"
              label={t('payments.setup.bic')}
              autoComplete="off"
              spellCheck={false}
              data-testid="customer-bic"
            />
            <TextField
              name="paymentSetup.mandateReference"
              label={t('payments.setup.mandateReference')}
              required
              autoComplete="off"
              data-testid="customer-mandate"
            />
            <DateField
              name="paymentSetup.mandateSignedOn"
              label={t('payments.setup.mandateSignedOn')}
              required
              nullWhenEmpty
              data-testid="customer-mandate-date"
            />
          </>
        )}
        {method === 'card' && (
          <>
            <SelectField
              name="paymentSetup.cardBrand"
              label={t('payments.setup.cardBrand')}
              options={{ setValueAs: emptyToNull }}
              data-testid="customer-card-brand"
            >
              <option value="">{t('payments.setup.chooseBrand')}</option>
              <ChoiceOptions choices={cardBrands} label={(b) => t(`payments.setup.brands.${b}`)} />
            </SelectField>
            <TextField
              name="paymentSetup.cardLast4"
              label={t('payments.setup.cardLast4')}
              hint={t('payments.setup.cardLast4Hint')}
              required
              autoComplete="off"
              inputMode="numeric"
              maxLength={4}
              data-testid="customer-card-last4"
            />
            <MonthField
              name="paymentSetup.cardExpiry"
              label={t('payments.setup.cardExpiry')}
              required
              data-testid="customer-card-expiry"
            />
          </>
        )}
      </div>
    </FormSection>
  )
}

export function NotesSection() {
  const { t } = useT()
  return (
    <FormSection id="notes" title={t('customer.sections.notes')}>
      <TextAreaField name="notes" label={t('customer.notes')} rows={5} />
    </FormSection>
  )
}
