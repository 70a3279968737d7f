/**
 * One product. The price is typed as money ("12,50", "1.234,50") and stored in cents;
 * the VAT rate is typed in percent ("21", "5,5") and stored in basis points.
 */
import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { parseMoneyToCents, parseVatRateToBasisPoints } from '../../../shared/money'
import { emptyProduct, productInput, type Product, type ProductInput } from '../../../shared/schemas/products'
import { api } from '../api/client'
import { AmountField } from '../components/AmountField'
import { CheckboxField, TextAreaField, TextField } from '../components/fields'
import { NameField } from '../components/NameField'
import { useFormat } from '../components/format'
import { DeleteButton, RecordAside, RecordForm, RecordLoader } from '../components/RecordFrame'
import { useDeleteMasterRecord, useRecordEditor } from '../components/use-record-editor'
import { bpToText, centsToText, decimalMarkOf } from '../components/number-text'
import { ProductVatCategoryField } from '../documents/vat-fields'
import { FlagBadge } from '../components/ToneBadge'
import { useT } from '../i18n'

type ProductFormValues = Omit<ProductInput, 'unitPriceCents' | 'vatRateBp'> & {
  price: string
  vatRate: string
}

const loadProduct = (id: number) => api.call('products.get', { id })

/**
 * Only the form's fields: a saved product also carries id, createdAt and updatedAt, which the strict
 * schema refuses with no field to mark (a saved product's page could never be saved).
 */
function toFormValues(product: ProductInput, locale: string): ProductFormValues {
  const { sku, name, description, unit, vatCategory, active } = product
  return {
    sku,
    name,
    description,
    unit,
    vatCategory,
    active,
    price: centsToText(product.unitPriceCents, decimalMarkOf(locale)),
    vatRate: bpToText(product.vatRateBp, decimalMarkOf(locale))
  }
}

export function ProductPage() {
  return <RecordLoader load={loadProduct}>{(product) => <ProductEditor initial={product} />}</RecordLoader>
}

function ProductEditor({ initial }: { initial: Product | null }) {
  const { t } = useT()
  const format = useFormat()
  const [record, setRecord] = useState<Product | null>(initial)

  // The shared schema's rules apply to the converted values (cents, basis points).
  const schema = useMemo(
    () =>
      productInput.omit({ unitPriceCents: true, vatRateBp: true }).extend({
        price: z
          .string()
          .transform(
            (text, ctx) =>
              parseMoneyToCents(text) ??
              (ctx.addIssue({ code: 'custom', message: t('product.badPrice') }), z.NEVER)
          )
          .pipe(productInput.shape.unitPriceCents),
        vatRate: z
          .string()
          .transform(
            (text, ctx) =>
              parseVatRateToBasisPoints(text) ??
              (ctx.addIssue({ code: 'custom', message: t('product.badVat') }), z.NEVER)
          )
          .pipe(productInput.shape.vatRateBp)
      }),
    [t]
  )
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: toFormValues(initial ?? emptyProduct(), format.locale)
  })
  const toProduct = ({ price, vatRate, ...rest }: z.output<typeof schema>): ProductInput => ({
    ...rest,
    unitPriceCents: price,
    vatRateBp: vatRate
  })
  const editor = useRecordEditor({
    area: 'product',
    listPath: '/products',
    form,
    record,
    setRecord,
    toFormValues: (saved) => toFormValues(saved, format.locale),
    prepare: toProduct,
    update: (saved, product) => api.call('products.update', { id: saved.id, product }),
    create: (product) => api.call('products.create', { product }),
    createdText: () => t('product.created'),
    rename: { unitPriceCents: 'price', vatRateBp: 'vatRate' }
  })
  const remove = useDeleteMasterRecord(editor, record, (id) => api.call('products.delete', { id }))

  return (
    <RecordForm
      form={form}
      editor={editor}
      className="page-medium"
      title={record ? record.name : t('products.newTitle')}
      badges={
        record && (
          <>
            <span className="mono muted">{record.sku}</span>
            {!record.active && <FlagBadge tone="muted">{t('common.inactive')}</FlagBadge>}
          </>
        )
      }
      actions={record && <DeleteButton area="product" onDelete={remove} />}
      aside={record && <RecordAside entity="product" record={record} refreshKey={record.updatedAt} />}
    >
      <section className="form-section">
        <div className="form-grid">
          <TextField name="sku" label={t('product.sku')} required className="mono" autoComplete="off" />
          <NameField name="name" label={t('product.name')} />
          <TextField
            name="unit"
            label={t('product.unit')}
            hint={t('product.unitHint')}
            required
            autoComplete="off"
          />
          <AmountField
            name="price"
            label={t('product.price')}
            hint={t('product.priceHint')}
            className="num"
          />
          <AmountField
            name="vatRate"
            label={t('product.vatRate')}
            hint={t('product.vatHint')}
            className="num"
          />
          <ProductVatCategoryField onZeroRated={() => form.setValue('vatRate', '0', { shouldDirty: true })} />
          <TextAreaField
            name="description"
            label={t('product.description')}
            rows={4}
            fieldClassName="span-all"
          />
          <div className="span-all">
            <CheckboxField name="active" label={t('product.active')} />
          </div>
        </div>
      </section>
    </RecordForm>
  )
}
