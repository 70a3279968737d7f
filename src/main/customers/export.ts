import type { CustomerListQuery } from '../../shared/schemas/customers'
import { listExport } from '../export/list-sheet'
import type { ExportColumn } from '../export/xlsx'
import { customerExportWords } from './export-words'
import { customerListIndex } from './list-index'
import { customerRowsByIds } from './queries'

type Filters = Omit<Required<CustomerListQuery>, 'offset' | 'limit'>

/**
 * Exports exactly what the list shows (same filters and order), all rows, in `language` (the
 * user's; the company's document language when none is given): the list's words, never the codes.
 */
export const exportCustomers = listExport(
  customerExportWords,
  'customers.xlsx',
  async (ctx, query: Filters, words) => {
    const { ids } = await customerListIndex(ctx.db).page(query, 0, Number.MAX_SAFE_INTEGER)
    const rows = await customerRowsByIds(ctx.db, ids)
    type Row = (typeof rows)[number]
    const columns: ExportColumn<Row>[] = [
      { header: words.code, kind: 'text', width: 12, value: (r) => r.code },
      { header: words.name, kind: 'text', width: 36, value: (r) => r.name },
      { header: words.status, kind: 'text', width: 10, value: (r) => words.statuses[r.status] },
      { header: words.taxId, kind: 'text', width: 16, value: (r) => r.taxId },
      { header: words.street, kind: 'text', width: 30, value: (r) => r.street },
      { header: words.postalCode, kind: 'text', width: 10, value: (r) => r.postalCode },
      { header: words.city, kind: 'text', width: 18, value: (r) => r.city },
      { header: words.country, kind: 'text', width: 8, value: (r) => r.country },
      { header: words.contact, kind: 'text', width: 24, value: (r) => r.contactName },
      { header: words.email, kind: 'text', width: 28, value: (r) => r.email },
      { header: words.executive, kind: 'text', width: 22, value: (r) => r.executiveName },
      { header: words.paymentTermsDays, kind: 'integer', width: 10, value: (r) => r.paymentTermsDays },
      { header: words.created, kind: 'datetime', width: 17, value: (r) => r.createdAt },
      { header: words.updated, kind: 'datetime', width: 17, value: (r) => r.updatedAt },
      { header: words.archived, kind: 'boolean', width: 9, value: (r) => r.archivedAt !== null }
    ]
    return { columns, rows }
  }
)
