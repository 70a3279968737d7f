/**
 * The products a customer prefers: type to find a product, pick it, and it shows as a removable
 * chip. Free notes below.
 */
import { useFormContext, useWatch } from 'react-hook-form'
import type { CustomerInput } from '../../../shared/schemas/customers'
import { errorAt, TextAreaField } from '../components/fields'
import { ProductIdsPicker } from '../components/ProductIdsPicker'
import { useT } from '../i18n'
import { FormSection } from '../components/FormSection'

export function ProductPreferencesSection() {
  const { t } = useT()
  const { setValue, formState } = useFormContext<CustomerInput>()
  const chosen = useWatch<CustomerInput, 'preferredProductIds'>({ name: 'preferredProductIds' })

  return (
    <FormSection id="products" title={t('customer.sections.products')}>
      {chosen.length === 0 && <p className="muted">{t('customer.productNone')}</p>}
      <ProductIdsPicker
        id="product-picker"
        label={t('customer.productPicker')}
        chipsLabel={t('customer.sections.products')}
        placeholder={t('customer.productPickerPlaceholder')}
        noMatch={t('customer.productNoMatch')}
        value={chosen}
        onChange={(ids) => setValue('preferredProductIds', ids, { shouldDirty: true })}
        error={errorAt(formState.errors, 'preferredProductIds')}
        testId="product-picker"
        chipTestId="product-chip"
      />
      <TextAreaField name="productNotes" label={t('customer.productNotes')} rows={3} />
    </FormSection>
  )
}
