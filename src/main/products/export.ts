import type { FileResult } from '../../shared/schemas/common'
import type { Product, ProductListQuery } from '../../shared/schemas/products'
import type { ServiceContext } from '../context'
import { buildXlsx, workbookRegion, type ExportColumn } from '../export/xlsx'
import { productListBase, productSortColumn, toProduct } from './service'

type Filters = Omit<Required<ProductListQuery>, 'offset' | 'limit'>

export async function exportProducts(ctx: ServiceContext, query: Filters): Promise<FileResult> {
  const records = await productListBase(ctx.db, query)
    .selectAll()
    .orderBy(productSortColumn(query.sort.field), query.sort.direction)
    .orderBy('id', query.sort.direction)
    .execute()
  const columns: ExportColumn<Product>[] = [
    { header: 'SKU', kind: 'text', width: 14, value: (p) => p.sku },
    { header: 'Name', kind: 'text', width: 36, value: (p) => p.name },
    { header: 'Description', kind: 'text', width: 40, value: (p) => p.description },
    { header: 'Unit', kind: 'text', width: 8, value: (p) => p.unit },
    { header: 'Unit price', kind: 'money', width: 12, value: (p) => p.unitPriceCents },
    { header: 'VAT rate', kind: 'percent', width: 9, value: (p) => p.vatRateBp },
    { header: 'Active', kind: 'boolean', width: 8, value: (p) => p.active }
  ]
  return buildXlsx(
    'products.xlsx',
    [{ name: 'Products', columns, rows: records.map(toProduct) }],
    await workbookRegion(ctx.db)
  )
}
