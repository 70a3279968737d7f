/** The product catalogue: search, active filter, sortable columns, export. */
import type { Product, ProductListQuery } from '../../../shared/schemas/products'
import { api } from '../api/client'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import { MasterDataList } from '../components/MasterDataList'
import { useCurrencies } from '../components/use-currencies'
import { useT } from '../i18n'

export function ProductList() {
  const { t } = useT()
  const format = useFormat()
  const currencies = useCurrencies()
  const columns: Column<Product>[] = [
    {
      id: 'sku',
      label: t('products.col.sku'),
      min: 7,
      sortField: 'sku',
      render: (r) => <span className="mono">{r.sku}</span>
    },
    {
      id: 'name',
      label: t('products.col.name'),
      min: 12,
      grow: 3,
      sortField: 'name',
      render: (r) => <span className="cell-main">{r.name}</span>
    },
    { id: 'unit', label: t('products.col.unit'), min: 4, optional: true, render: (r) => r.unit },
    {
      id: 'price',
      label: t('products.col.unitPriceCents'),
      min: 8,
      sortField: 'unitPriceCents',
      align: 'end',
      render: (r) => <span className="num">{format.money(r.unitPriceCents, currencies.defaultCurrency)}</span>
    },
    {
      id: 'vat',
      label: t('products.col.vatRateBp'),
      min: 5,
      sortField: 'vatRateBp',
      align: 'end',
      render: (r) => <span className="num">{format.vat(r.vatRateBp)}</span>
    }
  ]
  return (
    <MasterDataList<Product, ProductListQuery['sort']['field']>
      area="products"
      testPrefix="product"
      initialActive="active"
      defaultSortField="name"
      columns={columns}
      load={(window) => api.call('products.list', window)}
      exportXlsx={(query) => api.call('products.exportXlsx', query)}
    />
  )
}
