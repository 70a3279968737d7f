/** Document lists per type (search, status, dates, executive, customer) and their Excel export. */
import { sql, type Kysely } from 'kysely'
import type { Page, FileResult } from '../../shared/schemas/common'
import type { DocumentListQuery, DocumentRow, DocumentStatus } from '../../shared/schemas/documents'
import type { ServiceContext } from '../context'
import { matchesAllWords } from '../db/search'
import type { Database } from '../db/types'
import { buildXlsx, type ExportColumn } from '../export/xlsx'
import { today, typeLabels } from './common'
import { isExpired, isLate } from './load'

type Filters = Omit<Required<DocumentListQuery>, 'offset' | 'limit'>

function listBase(db: Kysely<Database>, query: Filters, todayDate: string) {
  let base = db
    .selectFrom('documents as d')
    .leftJoin('salesExecutives as e', 'e.id', 'd.executiveId')
    .where('d.type', '=', query.type)
  for (const condition of matchesAllWords('d.search_text', query.search)) base = base.where(condition)
  if (query.customerId !== null) base = base.where('d.customerId', '=', query.customerId)
  if (query.executiveId !== null) base = base.where('d.executiveId', '=', query.executiveId)
  if (query.dateFrom !== null) base = base.where('d.issueDate', '>=', query.dateFrom)
  if (query.dateTo !== null) base = base.where('d.issueDate', '<=', query.dateTo)
  if (query.status === 'expired')
    base = base.where('d.status', '=', 'sent').where('d.validUntil', '<', todayDate)
  else if (query.status === 'late') {
    base = base
      .where('d.status', 'in', ['confirmed', 'partially_delivered'])
      .where('d.promisedDate', '<', todayDate)
  } else if (query.status !== 'all') base = base.where('d.status', '=', query.status)
  return base
}

const sortColumns = {
  number: 'd.number',
  issueDate: 'd.issueDate',
  keyDate: sql<
    string | null
  >`case d.type when 'estimate' then d.valid_until when 'order' then d.promised_date else d.due_date end`,
  customerName: 'd.customerName',
  totalCents: 'd.totalCents',
  status: 'd.status',
  updatedAt: 'd.updatedAt'
} as const

async function selectRows(
  ctx: ServiceContext,
  query: Filters,
  window?: { offset: number; limit: number }
): Promise<DocumentRow[]> {
  const todayDate = today(ctx)
  let select = listBase(ctx.db, query, todayDate)
    .select([
      'd.id',
      'd.type',
      'd.number',
      'd.status',
      'd.customerId',
      'd.customerName',
      'e.name as executiveName',
      'd.issueDate',
      'd.validUntil',
      'd.promisedDate',
      'd.dueDate',
      'd.currency',
      'd.netCents',
      'd.vatCents',
      'd.totalCents',
      'd.updatedAt'
    ])
    .orderBy(sortColumns[query.sort.field], query.sort.direction)
    .orderBy('d.id', query.sort.direction)
  if (window) select = select.offset(window.offset).limit(window.limit)
  const rows = await select.execute()
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    number: r.number,
    status: r.status as DocumentStatus,
    customerId: r.customerId,
    customerName: r.customerName,
    executiveName: r.executiveName ?? '',
    issueDate: r.issueDate,
    keyDate: r.type === 'estimate' ? r.validUntil : r.type === 'order' ? r.promisedDate : r.dueDate,
    currency: r.currency,
    netCents: r.netCents,
    vatCents: r.vatCents,
    totalCents: r.totalCents,
    expired: isExpired({ ...r, validUntil: r.validUntil }, todayDate),
    late: isLate(r, todayDate),
    updatedAt: r.updatedAt
  }))
}

export async function listDocuments(
  ctx: ServiceContext,
  query: Required<DocumentListQuery>
): Promise<Page<DocumentRow>> {
  const [{ total }] = await listBase(ctx.db, query, today(ctx))
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .execute()
  return {
    total,
    rows: await selectRows(ctx, query, { offset: query.offset, limit: query.limit })
  }
}

const keyDateHeader = {
  estimate: 'Valid until',
  order: 'Promised',
  invoice: 'Due',
  credit_note: 'Due',
  debit_note: 'Due'
} as const

export async function exportDocuments(ctx: ServiceContext, query: Filters): Promise<FileResult> {
  const rows = await selectRows(ctx, query)
  const status = (r: DocumentRow) =>
    (r.expired ? 'expired' : r.late ? `${r.status} (late)` : r.status).replace('_', ' ')
  const columns: ExportColumn<DocumentRow>[] = [
    { header: 'Number', kind: 'text', width: 18, value: (r) => r.number ?? 'Draft' },
    { header: 'Issue date', kind: 'date', width: 12, value: (r) => r.issueDate },
    { header: keyDateHeader[query.type], kind: 'date', width: 12, value: (r) => r.keyDate },
    { header: 'Customer', kind: 'text', width: 36, value: (r) => r.customerName },
    { header: 'Sales executive', kind: 'text', width: 22, value: (r) => r.executiveName },
    { header: 'Status', kind: 'text', width: 18, value: status },
    { header: 'Currency', kind: 'text', width: 9, value: (r) => r.currency },
    { header: 'Net', kind: 'money', width: 14, value: (r) => r.netCents },
    { header: 'VAT', kind: 'money', width: 12, value: (r) => r.vatCents },
    { header: 'Total', kind: 'money', width: 14, value: (r) => r.totalCents }
  ]
  const label = typeLabels[query.type]
  return buildXlsx(`${label.toLowerCase().replace(' ', '-')}s.xlsx`, [{ name: `${label}s`, columns, rows }])
}
