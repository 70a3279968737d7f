/** The visit log to Excel: the same filters and order as the list, times in the team's local time
 * (the workbook writes instants on the company's clock). */
import type { FileResult } from '../../shared/schemas/common'
import type { ServiceContext } from '../context'
import { buildXlsx, workbookRegion, type ExportColumn } from '../export/xlsx'
import { visitLogRows, type VisitFilters } from './visit-list'
import { isToRecord } from './visits'

const STATUS_LABELS = {
  scheduled: 'Scheduled',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show'
} as const

export async function exportVisitLog(ctx: ServiceContext, q: VisitFilters): Promise<FileResult> {
  const region = await workbookRegion(ctx.db)
  const { timeZone } = region
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
      header: `Start (${timeZone})`,
      kind: 'datetime',
      width: 17,
      value: (r) => r.startAt
    },
    { header: `End (${timeZone})`, kind: 'datetime', width: 17, value: (r) => r.endAt },
    {
      header: 'Duration (min)',
      kind: 'integer',
      width: 10,
      value: (r) => Math.round((Date.parse(r.endAt) - Date.parse(r.startAt)) / 60_000)
    },
    { header: 'Customer', kind: 'text', width: 34, value: (r) => r.customerName },
    { header: 'Sales executives', kind: 'text', width: 28, value: (r) => r.executiveNames ?? '' },
    { header: 'Purpose', kind: 'text', width: 28, value: (r) => r.purpose },
    {
      header: 'Address',
      kind: 'text',
      width: 30,
      value: (r) => [r.addressLine1, r.addressLine2].filter(Boolean).join(', ')
    },
    { header: 'Postal code', kind: 'text', width: 10, value: (r) => r.addressPostalCode },
    { header: 'City', kind: 'text', width: 18, value: (r) => r.addressCity },
    { header: 'Country', kind: 'text', width: 8, value: (r) => r.addressCountry },
    {
      header: 'Status',
      kind: 'text',
      width: 11,
      value: (r) => (isToRecord(r.status, r.endAt, now) ? 'To record' : STATUS_LABELS[r.status])
    },
    { header: 'Outcome', kind: 'text', width: 40, value: (r) => r.outcome },
    { header: 'Notes', kind: 'text', width: 40, value: (r) => r.notes },
    {
      header: 'Products discussed',
      kind: 'text',
      width: 30,
      value: (r) => (productsByVisit.get(r.id) ?? []).join('; ')
    },
    { header: 'Cancel reason', kind: 'text', width: 24, value: (r) => r.cancelReason },
    { header: 'Planned', kind: 'boolean', width: 8, value: (r) => r.planId !== null }
  ]
  return buildXlsx('visit-log.xlsx', [{ name: 'Visits', columns, rows }], region)
}
