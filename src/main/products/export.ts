import type { Product, ProductListQuery } from '../../shared/schemas/products'
import { listExport } from '../export/list-sheet'
import type { ExportColumn } from '../export/xlsx'
import { productExportWords } from './export-words'
import { productListBase, productSortColumn, toProduct } from './service'

type Filters = Omit<Required<ProductListQuery>, 'offset' | 'limit'>

/** The list in `language` (the user's; the company's document language when none is given). */
export const exportProducts = listExport(
  productExportWords,
  'products.xlsx',
  async (ctx, query: Filters, words) => {
    const records = await productListBase(ctx.db, query)
      .selectAll()
      .orderBy(productSortColumn(query.sort.field), query.sort.direction)
      .orderBy('id', query.sort.direction)
      .execute()
    const columns: ExportColumn<Product>[] = [
      { header: words.sku, kind: 'text', width: 14, value: (p) => p.sku },
      { header: words.name, kind: 'text', width: 36, value: (p) => p.name },
      { header: words.description, kind: 'text', width: 40, value: (p) => p.description },
      { header: words.unit, kind: 'text', width: 8, value: (p) => p.unit },
      { header: words.unitPrice, kind: 'money', width: 12, value: (p) => p.unitPriceCents },
      { header: words.vatRate, kind: 'percent', width: 9, value: (p) => p.vatRateBp },
      { header: words.active, kind: 'boolean', width: 8, value: (p) => p.active }
    ]
    return { columns, rows: records.map(toProduct) }
  }
)
