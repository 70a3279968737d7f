/** The overdue list to Excel: the same filters and order as the screen, statuses in words, amounts as numbers. */
import type { FileResult } from '../../shared/schemas/common'
import type { OverdueQuery, OverdueRow } from '../../shared/schemas/receivables'
import type { ServiceContext } from '../context'
import { buildXlsx, workbookRegion, type ExportColumn } from '../export/xlsx'
import { overdueList } from './receivables'

const statusLabels: Record<OverdueRow['status'], string> = {
  unpaid: 'Unpaid',
  partially_paid: 'Part paid',
  paid: 'Paid'
}

export async function overdueXlsx(
  ctx: ServiceContext,
  query: Omit<Required<OverdueQuery>, 'offset' | 'limit'>
): Promise<FileResult> {
  const { rows } = await overdueList(ctx, { ...query, offset: 0, limit: Number.MAX_SAFE_INTEGER })
  const columns: ExportColumn<OverdueRow>[] = [
    { header: 'Document', kind: 'text', width: 18, value: (r) => r.number },
    { header: 'Customer no.', kind: 'text', width: 12, value: (r) => r.customerCode },
    { header: 'Customer', kind: 'text', width: 34, value: (r) => r.customerName },
    { header: 'Issued', kind: 'date', width: 12, value: (r) => r.issueDate },
    { header: 'Due', kind: 'date', width: 12, value: (r) => r.dueDate },
    { header: 'Days overdue', kind: 'integer', width: 10, value: (r) => r.daysOverdue },
    { header: 'Currency', kind: 'text', width: 9, value: (r) => r.currency },
    { header: 'Total', kind: 'money', width: 14, value: (r) => r.totalCents, currency: (r) => r.currency },
    {
      header: 'Still owed',
      kind: 'money',
      width: 14,
      value: (r) => r.openCents,
      currency: (r) => r.currency
    },
    { header: 'Payment', kind: 'text', width: 12, value: (r) => statusLabels[r.status] }
  ]
  return buildXlsx(
    `overdue-${query.asOf ?? 'today'}.xlsx`,
    [{ name: 'Overdue', columns, rows }],
    await workbookRegion(ctx.db)
  )
}
