/** The overdue list to Excel: the same filters and order as the screen, statuses in words, amounts as numbers. */
import type { Language } from '../../shared/languages'
import type { FileResult } from '../../shared/schemas/common'
import type { OverdueQuery, OverdueRow } from '../../shared/schemas/receivables'
import type { ServiceContext } from '../context'
import { customerColumns, exportListSheet, moneyColumn } from '../export/list-sheet'
import type { ExportColumn } from '../export/xlsx'
import { overdueExportWords } from './export-words'
import { overdueList } from './receivables'

/** The list in `language` (the user's; the company's document language when none is given). */
export async function overdueXlsx(
  ctx: ServiceContext,
  query: Omit<Required<OverdueQuery>, 'offset' | 'limit'>,
  language: Language | null = null
): Promise<FileResult> {
  return exportListSheet(
    ctx.db,
    overdueExportWords,
    language,
    `overdue-${query.asOf ?? 'today'}.xlsx`,
    async (words) => {
      const { rows } = await overdueList(ctx, { ...query, offset: 0, limit: Number.MAX_SAFE_INTEGER })
      const columns: ExportColumn<OverdueRow>[] = [
        { header: words.document, kind: 'text', width: 18, value: (r) => r.number },
        ...customerColumns(words),
        { header: words.issued, kind: 'date', width: 12, value: (r) => r.issueDate },
        { header: words.due, kind: 'date', width: 12, value: (r) => r.dueDate },
        { header: words.daysOverdue, kind: 'integer', width: 10, value: (r) => r.daysOverdue },
        { header: words.currency, kind: 'text', width: 9, value: (r) => r.currency },
        moneyColumn(words.total, 14, (r) => r.totalCents),
        moneyColumn(words.stillOwed, 14, (r) => r.openCents),
        { header: words.payment, kind: 'text', width: 12, value: (r) => words.statuses[r.status] }
      ]
      return { columns, rows }
    }
  )
}
