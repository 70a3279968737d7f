import type { FileResult } from '../../shared/schemas/common'
import type { CustomerListQuery, CustomerStatus } from '../../shared/schemas/customers'
import type { ServiceContext } from '../context'
import { buildXlsx, workbookRegion, type ExportColumn } from '../export/xlsx'
import { customerListIndex } from './list-index'
import { customerRowsByIds } from './queries'

// The export shows the list's English words, never the stored codes.
const statusLabels: Record<CustomerStatus, string> = {
  prospect: 'Prospect',
  active: 'Active',
  inactive: 'Inactive'
}

type Filters = Omit<Required<CustomerListQuery>, 'offset' | 'limit'>

/** Exports exactly what the list shows (same filters and order), all rows. */
export async function exportCustomers(ctx: ServiceContext, query: Filters): Promise<FileResult> {
  const { ids } = await customerListIndex(ctx.db).page(query, 0, Number.MAX_SAFE_INTEGER)
  const rows = await customerRowsByIds(ctx.db, ids)
  type Row = (typeof rows)[number]
  const columns: ExportColumn<Row>[] = [
    { header: 'Code', kind: 'text', width: 12, value: (r) => r.code },
    { header: 'Name', kind: 'text', width: 36, value: (r) => r.name },
    { header: 'Status', kind: 'text', width: 10, value: (r) => statusLabels[r.status] },
    { header: 'Tax id', kind: 'text', width: 16, value: (r) => r.taxId },
    { header: 'Street', kind: 'text', width: 30, value: (r) => r.street },
    { header: 'Postal code', kind: 'text', width: 10, value: (r) => r.postalCode },
    { header: 'City', kind: 'text', width: 18, value: (r) => r.city },
    { header: 'Country', kind: 'text', width: 8, value: (r) => r.country },
    { header: 'Contact', kind: 'text', width: 24, value: (r) => r.contactName },
    { header: 'E-mail', kind: 'text', width: 28, value: (r) => r.email },
    { header: 'Sales executive', kind: 'text', width: 22, value: (r) => r.executiveName },
    { header: 'Payment terms (days)', kind: 'integer', width: 10, value: (r) => r.paymentTermsDays },
    { header: 'Created', kind: 'datetime', width: 17, value: (r) => r.createdAt },
    { header: 'Updated', kind: 'datetime', width: 17, value: (r) => r.updatedAt },
    { header: 'Archived', kind: 'boolean', width: 9, value: (r) => r.archivedAt !== null }
  ]
  return buildXlsx('customers.xlsx', [{ name: 'Customers', columns, rows }], await workbookRegion(ctx.db))
}
