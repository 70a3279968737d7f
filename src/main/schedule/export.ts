/** The visit log to Excel: the same filters and order as the list, times in the team's local time
 * (the workbook writes instants on the company's clock). */
import { listExport } from '../export/list-sheet'
import type { ExportColumn } from '../export/xlsx'
import { visitExportWords } from './export-words'
import { visitLogRows, type VisitFilters } from './visit-list'
import { isToRecord } from './visits'

/** The log in `language` (the user's; the company's document language when none is given). */
export const exportVisitLog = listExport(
  visitExportWords,
  'visit-log.xlsx',
  async (ctx, q: VisitFilters, words, { timeZone }) => {
    const now = ctx.now()
    const rows = await visitLogRows(ctx, q, 0, Number.MAX_SAFE_INTEGER)
    const productsByVisit = new Map<number, string[]>()
    for (let i = 0; i < rows.length; i += 5000) {
      const products = await ctx.db
        .selectFrom('siteVisitProducts as vp')
        .innerJoin('products as p', 'p.id', 'vp.productId')
        .select(['vp.visitId', 'p.sku', 'p.name'])
        .where(
          'vp.visitId',
          'in',
          rows.slice(i, i + 5000).map((r) => r.id)
        )
        .execute()
      for (const p of products)
        productsByVisit.set(p.visitId, [...(productsByVisit.get(p.visitId) ?? []), `${p.sku} ${p.name}`])
    }
    type Row = (typeof rows)[number]
    const columns: ExportColumn<Row>[] = [
      {
        header: words.start.replace('{zone}', timeZone),
        kind: 'datetime',
        width: 17,
        value: (r) => r.startAt
      },
      { header: words.end.replace('{zone}', timeZone), kind: 'datetime', width: 17, value: (r) => r.endAt },
      {
        header: words.durationMinutes,
        kind: 'integer',
        width: 10,
        value: (r) => Math.round((Date.parse(r.endAt) - Date.parse(r.startAt)) / 60_000)
      },
      { header: words.customer, kind: 'text', width: 34, value: (r) => r.customerName },
      { header: words.executives, kind: 'text', width: 28, value: (r) => r.executiveNames ?? '' },
      { header: words.purpose, kind: 'text', width: 28, value: (r) => r.purpose },
      {
        header: words.address,
        kind: 'text',
        width: 30,
        value: (r) => [r.addressLine1, r.addressLine2].filter(Boolean).join(', ')
      },
      { header: words.postalCode, kind: 'text', width: 10, value: (r) => r.addressPostalCode },
      { header: words.city, kind: 'text', width: 18, value: (r) => r.addressCity },
      { header: words.country, kind: 'text', width: 8, value: (r) => r.addressCountry },
      {
        header: words.status,
        kind: 'text',
        width: 11,
        value: (r) => words.statuses[isToRecord(r.status, r.endAt, now) ? 'to_record' : r.status]
      },
      { header: words.outcome, kind: 'text', width: 40, value: (r) => r.outcome },
      { header: words.notes, kind: 'text', width: 40, value: (r) => r.notes },
      {
        header: words.products,
        kind: 'text',
        width: 30,
        value: (r) => (productsByVisit.get(r.id) ?? []).join('; ')
      },
      { header: words.cancelReason, kind: 'text', width: 24, value: (r) => r.cancelReason },
      { header: words.planned, kind: 'boolean', width: 8, value: (r) => r.planId !== null }
    ]
    return { columns, rows }
  }
)
