/** The product catalogue: search, active filter, sortable columns, export. */
import { useMemo } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Product, ProductListQuery } from '../../../shared/schemas/products'
import { api } from '../api/client'
import { Banner } from '../components/Banner'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import { useCurrencies } from '../components/use-currencies'
import { FilterSelect, listCount, ListGrid, ListHeader, SearchBox, useExport } from '../components/ListPage'
import { useFlash } from '../components/use-flash'
import { useQueryRows } from '../components/use-paged-rows'
import { useListParams } from '../components/use-list-params'
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'

const filterDefaults = { active: 'active' }
const defaultSort = { field: 'name', direction: 'asc' as const }

export function ProductList() {
  const { t } = useT()
  const format = useFormat()
  const currencies = useCurrencies()
  const navigate = useNavigate()
  const [flash, setFlash] = useFlash()
  const list = useListParams(filterDefaults, defaultSort)
  const active = list.value('active') as ProductListQuery['active']
  const { field, direction } = list.sort
  const query = useMemo(
    () => ({
      search: list.search,
      active,
      sort: { field: field as ProductListQuery['sort']['field'], direction }
    }),
    [list.search, active, field, direction]
  )
  const { rows, queryKey } = useQueryRows(query, (window) => api.call('products.list', window))
  const exporter = useExport(() => api.call('products.exportXlsx', query))

  usePageTitle(t('products.title'))

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
    },
    {
      id: 'active',
      label: t('products.col.active'),
      min: 6,
      optional: true,
      render: (r) => (
        <span className={`badge ${r.active ? 'badge-active' : 'badge-muted'}`}>
          {t(r.active ? 'common.active' : 'common.inactive')}
        </span>
      )
    }
  ]

  const total = rows.total
  return (
    <div className="page page-list">
      <ListHeader
        title={t('products.title')}
        count={listCount(t, format, 'products.count', total)}
        actions={
          <>
            {exporter.button}
            <button
              type="button"
              className="primary"
              onClick={() => void navigate('/products/new')}
              data-testid="product-new"
            >
              {t('products.new')}
            </button>
          </>
        }
      />
      <div className="toolbar" role="search">
        <SearchBox
          id="product-search"
          label={t('products.searchLabel')}
          placeholder={t('products.searchPlaceholder')}
          list={list}
        />
        <FilterSelect
          id="product-active"
          label={t('products.filterActive')}
          value={active}
          onChange={(v) => list.update({ active: v })}
          testId="product-filter-active"
        >
          <option value="active">{t('common.active')}</option>
          <option value="inactive">{t('common.inactive')}</option>
          <option value="all">{t('common.all')}</option>
        </FilterSelect>
      </div>
      <Banner message={flash} onClose={() => setFlash(null)} />
      {exporter.banner}
      <ListGrid
        list={list}
        label={t('products.listLabel')}
        testId="product-grid"
        rowTestId="product-row"
        columns={columns}
        rows={rows}
        queryKey={queryKey}
        onOpen={(r) => void navigate(`/products/${r.id}`)}
        rowClassName={(r) => (r.active ? '' : 'archived')}
      />
    </div>
  )
}
