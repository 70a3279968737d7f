import type { ExecutiveListQuery, ExecutiveRow } from '../../shared/schemas/executives'
import { listExport } from '../export/list-sheet'
import type { ExportColumn } from '../export/xlsx'
import { executiveExportWords } from './export-words'
import { listExecutives } from './service'

type Filters = Omit<Required<ExecutiveListQuery>, 'offset' | 'limit'>

/** The list in `language` (the user's; the company's document language when none is given). */
export const exportExecutives = listExport(
  executiveExportWords,
  'sales-executives.xlsx',
  async (ctx, query: Filters, words) => {
    // A sales team is small: the list query with a generous window is the export.
    const { rows } = await listExecutives(ctx, { ...query, offset: 0, limit: 1000 })
    const columns: ExportColumn<ExecutiveRow>[] = [
      { header: words.name, kind: 'text', width: 28, value: (e) => e.name },
      { header: words.email, kind: 'text', width: 30, value: (e) => e.email },
      { header: words.phone, kind: 'text', width: 18, value: (e) => e.phone },
      { header: words.customers, kind: 'integer', width: 10, value: (e) => e.customerCount },
      { header: words.active, kind: 'boolean', width: 8, value: (e) => e.active }
    ]
    return { columns, rows }
  }
)
