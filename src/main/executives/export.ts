import type { FileResult } from '../../shared/schemas/common'
import type { ExecutiveListQuery, ExecutiveRow } from '../../shared/schemas/executives'
import type { ServiceContext } from '../context'
import { buildXlsx, workbookRegion, type ExportColumn } from '../export/xlsx'
import { listExecutives } from './service'

type Filters = Omit<Required<ExecutiveListQuery>, 'offset' | 'limit'>

export async function exportExecutives(ctx: ServiceContext, query: Filters): Promise<FileResult> {
  // A sales team is small: the list query with a generous window is the export.
  const { rows } = await listExecutives(ctx, { ...query, offset: 0, limit: 1000 })
  const columns: ExportColumn<ExecutiveRow>[] = [
    { header: 'Name', kind: 'text', width: 28, value: (e) => e.name },
    { header: 'E-mail', kind: 'text', width: 30, value: (e) => e.email },
    { header: 'Phone', kind: 'text', width: 18, value: (e) => e.phone },
    { header: 'Customers', kind: 'integer', width: 10, value: (e) => e.customerCount },
    { header: 'Active', kind: 'boolean', width: 8, value: (e) => e.active }
  ]
  return buildXlsx(
    'sales-executives.xlsx',
    [{ name: 'Sales executives', columns, rows }],
    await workbookRegion(ctx.db)
  )
}
