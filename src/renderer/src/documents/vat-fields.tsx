/**
 * VAT categories (EN 16931) where users choose them: a product's default category and a
 * customer's VAT treatment. The document line's own choice lives in the lines editor.
 */
import { useFormContext, useWatch } from 'react-hook-form'
import { VAT_CATEGORIES, defaultVatCategoryFor, type VatCategory } from '../../../shared/vat'
import { AutomaticOrChosenField } from '../components/AutomaticOrChosenField'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { FieldFrame } from '../components/fields'
import { useT } from '../i18n'
import { useSettings } from './common'

/** "Reverse charge (AE)": the users' words with the code the e-invoice and the print use. */
export function useVatCategoryLabel() {
  const { t } = useT()
  return (category: VatCategory) => `${t(`vat.category.${category}`)} (${category})`
}

/** A product's default category; choosing one that is charged at 0 % sets the rate to 0. */
export function ProductVatCategoryField({ onZeroRated }: { onZeroRated: () => void }) {
  const { t } = useT()
  const { register } = useFormContext<{ vatCategory?: VatCategory }>()
  const categoryLabel = useVatCategoryLabel()
  const field = register('vatCategory')
  return (
    <FieldFrame name="vatCategory" label={t('vat.productCategory')} hint={t('vat.productCategoryHint')}>
      {(aria) => (
        <select
          {...aria}
          {...field}
          onChange={(event) => {
            void field.onChange(event)
            if (event.target.value !== 'S') onZeroRated()
          }}
          data-testid="product-vat-category"
        >
          <ChoiceOptions choices={VAT_CATEGORIES} label={categoryLabel} />
        </select>
      )}
    </FieldFrame>
  )
}

interface TreatmentValues {
  defaultVatCategory: VatCategory | null
  taxId: string
  billingAddress: { country: string }
}

/** A customer's VAT treatment: automatic (the rule, shown) or a category chosen for them. */
export function CustomerVatTreatmentField() {
  const { t } = useT()
  const settings = useSettings()
  const categoryLabel = useVatCategoryLabel()
  const { control } = useFormContext<TreatmentValues>()
  const taxId = useWatch({ control, name: 'taxId' })
  const country = useWatch({ control, name: 'billingAddress.country' })
  const rule = defaultVatCategoryFor(settings.company.country, country, taxId)
  return (
    <AutomaticOrChosenField
      name="defaultVatCategory"
      label={t('vat.treatment')}
      hint={t('vat.treatmentHint')}
      automatic={t('vat.treatmentRule', { category: categoryLabel(rule) })}
      choices={VAT_CATEGORIES}
      choiceLabel={categoryLabel}
      testId="customer-vat-treatment"
    />
  )
}
