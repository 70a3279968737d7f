/**
 * Document lists per type (search, status, payment, dates, executive, customer) and their Excel
 * export. Issued invoices and debit notes carry where their payment stands, worked out here from
 * the receivables the store keeps (what was credited and paid on each), as of the company's today.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Language } from '../../shared/languages'
import type { FileResult } from '../../shared/schemas/common'
import type {
  DocumentListQuery,
  DocumentPage,
  DocumentRow,
  OpenTotal,
  PaymentStatus
} from '../../shared/schemas/document-list'
import type { DocumentStatus, DocumentType } from '../../shared/schemas/documents'
import type { ServiceContext } from '../context'
import { matchesAllWords } from '../db/search'
import type { Database } from '../db/types'
import { buildXlsx, workbookRegion, type ExportColumn } from '../export/xlsx'
import { companyLanguage } from '../campaigns/language'
import { navListStatusSql } from '../nav/list-status'
import { readNavSettings } from '../nav/settings'
import { navListWords } from '../nav/strings'
import { today, typeLabels } from './common'
import { documentListWords } from './list-words'
import { isExpired, isLate } from './load'

type Filters = Omit<Required<DocumentListQuery>, 'offset' | 'limit'>

/**
 * Where an issued invoice's payment stands (null without a receivable: drafts, credit notes).
 * Credited when credit notes cover the whole total; paid when nothing is open; overdue when
 * something is open past the due date; part paid when payments or credit notes cover a part.
 */
function paymentStatusSql(todayDate: string): RawBuilder<PaymentStatus | null> {
  return sql<PaymentStatus | null>`case
    when r.document_id is null then null
    when r.credited_cents > 0 and r.credited_cents >= r.total_cents then 'credited'
    when r.open_cents <= 0 then 'paid'
    when r.due_date < ${todayDate} then 'overdue'
    when r.paid_cents > 0 or r.credited_cents > 0 then 'part_paid'
    else 'unpaid' end`
}

function listBase(db: Kysely<Database>, query: Filters, todayDate: string) {
  let base = db
    .selectFrom('documents as d')
    .leftJoin('salesExecutives as e', 'e.id', 'd.executiveId')
    .leftJoin('receivables as r', 'r.documentId', 'd.id')
    .where('d.type', '=', query.type)
  if (query.payment !== 'all')
    base = base.where(sql<boolean>`${paymentStatusSql(todayDate)} = ${query.payment}`)
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
  if (query.nav !== 'all') base = base.where(sql<boolean>`${navListStatusSql('d.id')} = ${query.nav}`)
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
      'd.updatedAt',
      'r.openCents',
      paymentStatusSql(todayDate).as('paymentStatus')
    ])
    .select(navListStatusSql('d.id').as('navStatus'))
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
    paymentStatus: r.paymentStatus,
    openCents: r.openCents,
    updatedAt: r.updatedAt,
    navStatus: r.navStatus
  }))
}

/** What the filtered list still has open, per currency (only documents with something open). */
async function openTotals(ctx: ServiceContext, query: Filters): Promise<OpenTotal[]> {
  return listBase(ctx.db, query, today(ctx))
    .where('r.openCents', '>', 0)
    .select((eb) => [
      'd.currency',
      eb.fn.sum<number>('r.openCents').as('openCents'),
      eb.fn.countAll<number>().as('count')
    ])
    .groupBy('d.currency')
    .orderBy('d.currency')
    .execute()
}

export async function listDocuments(
  ctx: ServiceContext,
  query: Required<DocumentListQuery>
): Promise<DocumentPage> {
  const [{ total }] = await listBase(ctx.db, query, today(ctx))
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .execute()
  // The totals belong to the whole filtered list: the first window brings them, later ones need not.
  const receivable = query.type === 'invoice' || query.type === 'debit_note'
  return {
    total,
    rows: await selectRows(ctx, query, { offset: query.offset, limit: query.limit }),
    openTotals: receivable && query.offset === 0 ? await openTotals(ctx, query) : []
  }
}

/** The documents NAV is told about: their export carries the NAV column as the list does. */
const reportedToNav: readonly DocumentType[] = ['invoice', 'credit_note', 'debit_note']

/**
 * The filtered list as a workbook in `language` (the user's; the company's document language when
 * none is given), with the list's own words. Like the list, it has the NAV column while NAV
 * reporting is on or the list is filtered by it.
 */
export async function exportDocuments(
  ctx: ServiceContext,
  query: Filters,
  language: Language | null = null
): Promise<FileResult> {
  const wordsLanguage = language ?? (await companyLanguage(ctx.db))
  const words = documentListWords[wordsLanguage]
  const nav = navListWords[wordsLanguage]
  const rows = await selectRows(ctx, query)
  const status = (r: DocumentRow) =>
    r.expired
      ? words.expired
      : r.late
        ? words.late.replace('{status}', words.statuses[r.status])
        : words.statuses[r.status]
  const receivable = query.type === 'invoice' || query.type === 'debit_note'
  const navShown =
    reportedToNav.includes(query.type) && (query.nav !== 'all' || (await readNavSettings(ctx.db)).enabled)
  const currency = (r: DocumentRow) => r.currency
  const columns: ExportColumn<DocumentRow>[] = [
    { header: words.number, kind: 'text', width: 18, value: (r) => r.number ?? words.draft },
    { header: words.issueDate, kind: 'date', width: 12, value: (r) => r.issueDate },
    { header: words.keyDate[query.type], kind: 'date', width: 12, value: (r) => r.keyDate },
    { header: words.customer, kind: 'text', width: 36, value: (r) => r.customerName },
    { header: words.executive, kind: 'text', width: 22, value: (r) => r.executiveName },
    { header: words.status, kind: 'text', width: 18, value: status },
    { header: words.currency, kind: 'text', width: 9, value: (r) => r.currency },
    { header: words.net, kind: 'money', width: 14, value: (r) => r.netCents, currency },
    { header: words.vat, kind: 'money', width: 12, value: (r) => r.vatCents, currency },
    { header: words.total, kind: 'money', width: 14, value: (r) => r.totalCents, currency },
    ...(receivable
      ? ([
          {
            header: words.payment,
            kind: 'text',
            width: 12,
            value: (r) => (r.paymentStatus === null ? null : words.paymentStatuses[r.paymentStatus])
          },
          { header: words.open, kind: 'money', width: 14, value: (r) => r.openCents, currency }
        ] satisfies ExportColumn<DocumentRow>[])
      : []),
    ...(navShown
      ? ([
          {
            header: nav.column,
            kind: 'text',
            width: 26,
            value: (r) => (r.navStatus === null ? null : nav.status[r.navStatus])
          }
        ] satisfies ExportColumn<DocumentRow>[])
      : [])
  ]
  const label = typeLabels[query.type]
  return buildXlsx(
    `${label.toLowerCase().replace(' ', '-')}s.xlsx`,
    [{ name: words.sheet[query.type], columns, rows }],
    await workbookRegion(ctx.db, wordsLanguage)
  )
}
