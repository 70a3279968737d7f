/** The contract list (search, filters, sort, paging), the renewals view and the Excel export. */
import { sql } from 'kysely'
import { today as companyToday } from '../clock'
import type { z } from 'zod'
import type { Page } from '../../shared/schemas/common'
import {
  EXPIRING_WINDOW_DAYS,
  type ContractRow,
  type contractListQuery
} from '../../shared/schemas/contracts'
import type { ServiceContext } from '../context'
import { matchesAllWords } from '../db/search'
import { listExport, moneyColumn } from '../export/list-sheet'
import type { ExportColumn } from '../export/xlsx'
import { addDaysIso } from '../../shared/iso-week'
import { contractExportWords } from './export-words'
import { contractsWithNames, isExpiring } from './service'

type Query = z.output<typeof contractListQuery>
export type ContractFilters = Omit<Query, 'offset' | 'limit'>

function listBase(ctx: ServiceContext, q: ContractFilters) {
  const today = companyToday(ctx)
  let base = ctx.db
    .selectFrom('contracts as k')
    .innerJoin('customers as c', 'c.id', 'k.customerId')
    .leftJoin('salesExecutives as e', 'e.id', 'k.executiveId')
  for (const condition of matchesAllWords('k.searchText', q.search)) base = base.where(condition)
  if (q.customerId !== null) base = base.where('k.customerId', '=', q.customerId)
  if (q.executiveId !== null) base = base.where('k.executiveId', '=', q.executiveId)
  if (q.status === 'expiring') {
    base = base
      .where('k.status', '=', 'active')
      .where('k.noticeDate', '<=', addDaysIso(today, EXPIRING_WINDOW_DAYS))
      .where('k.endDate', '>=', today)
  } else if (q.status !== 'all') {
    base = base.where('k.status', '=', q.status)
  }
  return base
}

const renewedBy = sql<number | null>`(select min(r.id) from contracts r where r.renewed_from_id = k.id)`

async function rows(ctx: ServiceContext, q: ContractFilters, offset: number, limit: number) {
  const sortColumn = q.sort.field === 'customerName' ? sql.ref('c.sortName') : sql.ref(`k.${q.sort.field}`)
  return listBase(ctx, q)
    .selectAll('k')
    .select(['c.name as customerName', 'e.name as executiveName', renewedBy.as('renewedById')])
    .orderBy(sortColumn, q.sort.direction)
    .orderBy('k.id', q.sort.direction)
    .offset(offset)
    .limit(limit)
    .execute()
}

function toRow(r: Awaited<ReturnType<typeof rows>>[number], today: string): ContractRow {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    customerId: r.customerId,
    customerName: r.customerName,
    executiveName: r.executiveName ?? '',
    valueCents: r.valueCents,
    currency: r.currency,
    startDate: r.startDate,
    endDate: r.endDate,
    noticeDate: r.noticeDate,
    billingFrequency: r.billingFrequency,
    status: r.status,
    expiring: isExpiring(r, today),
    renewedById: r.renewedById
  }
}

export async function listContracts(ctx: ServiceContext, q: Query): Promise<Page<ContractRow>> {
  const [{ total }] = await listBase(ctx, q)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .execute()
  const today = companyToday(ctx)
  return { total, rows: (await rows(ctx, q, q.offset, q.limit)).map((r) => toRow(r, today)) }
}

/**
 * Active contracts to act on within `withinDays`: their notice date (end date minus notice
 * period) or end date falls in the window, or the notice date has already passed but the
 * contract has not ended. Contracts already renewed are left out. Soonest notice first.
 */
export async function renewals(ctx: ServiceContext, withinDays: number): Promise<ContractRow[]> {
  const today = companyToday(ctx)
  const found = await contractsWithNames(ctx.db)
    .select(renewedBy.as('renewedById'))
    .where('k.status', '=', 'active')
    .where('k.noticeDate', '<=', addDaysIso(today, withinDays))
    .where('k.endDate', '>=', today)
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('contracts as r').select('r.id').whereRef('r.renewedFromId', '=', 'k.id'))
      )
    )
    .orderBy('k.noticeDate')
    .orderBy('k.id')
    .limit(5000)
    .execute()
  return found.map((r) => toRow(r, today))
}

/** The list in `language` (the user's; the company's document language when none is given). */
export const exportContracts = listExport(
  contractExportWords,
  'contracts.xlsx',
  async (ctx, q: ContractFilters, words) => {
    const today = companyToday(ctx)
    const all = await rows(ctx, q, 0, Number.MAX_SAFE_INTEGER)
    type Row = (typeof all)[number]
    const columns: ExportColumn<Row>[] = [
      { header: words.number, kind: 'text', width: 15, value: (r) => r.number },
      { header: words.title, kind: 'text', width: 34, value: (r) => r.title },
      { header: words.customer, kind: 'text', width: 34, value: (r) => r.customerName },
      { header: words.executive, kind: 'text', width: 22, value: (r) => r.executiveName ?? '' },
      moneyColumn(words.value, 14, (r) => r.valueCents),
      { header: words.currency, kind: 'text', width: 8, value: (r) => r.currency },
      { header: words.billing, kind: 'text', width: 10, value: (r) => words.frequencies[r.billingFrequency] },
      { header: words.start, kind: 'date', width: 11, value: (r) => r.startDate },
      { header: words.end, kind: 'date', width: 11, value: (r) => r.endDate },
      { header: words.noticePeriodDays, kind: 'integer', width: 10, value: (r) => r.noticePeriodDays },
      { header: words.noticeBy, kind: 'date', width: 11, value: (r) => r.noticeDate },
      { header: words.signed, kind: 'date', width: 11, value: (r) => r.signedDate },
      { header: words.status, kind: 'text', width: 11, value: (r) => words.statuses[r.status] },
      { header: words.expiring, kind: 'boolean', width: 9, value: (r) => isExpiring(r, today) },
      { header: words.closedOn, kind: 'date', width: 11, value: (r) => r.closedDate },
      { header: words.terminationReason, kind: 'text', width: 30, value: (r) => r.terminationReason }
    ]
    return { columns, rows: all }
  }
)
