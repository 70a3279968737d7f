/** The visit log: filter by period, customer, executive and status; sorted, paged. */
import { sql } from 'kysely'
import type { z } from 'zod'
import type { Page } from '../../shared/schemas/common'
import type { VisitRow, visitListQuery } from '../../shared/schemas/schedule'
import type { ServiceContext } from '../context'
import { bookedOn } from './references'
import { isToRecord } from './visits'

export type VisitFilters = Omit<z.output<typeof visitListQuery>, 'offset' | 'limit'>

export function visitLogBase(ctx: ServiceContext, q: VisitFilters) {
  const now = ctx.now().toISOString()
  let base = ctx.db.selectFrom('siteVisits as v').innerJoin('customers as c', 'c.id', 'v.customerId')
  if (q.from !== null) base = base.where('v.endAt', '>', q.from)
  if (q.to !== null) base = base.where('v.startAt', '<', q.to)
  if (q.customerId !== null) base = base.where('v.customerId', '=', q.customerId)
  if (q.executiveId !== null) base = base.where('v.id', 'in', bookedOn(ctx.db, 'visit', q.executiveId))
  if (q.status === 'to_record') base = base.where('v.status', '=', 'scheduled').where('v.endAt', '<=', now)
  else if (q.status !== 'all') base = base.where('v.status', '=', q.status)
  return base
}

const executiveNamesOf = sql<string | null>`(select group_concat(e.name, ', ') from site_visit_executives ve
  join sales_executives e on e.id = ve.executive_id where ve.visit_id = v.id)`

export async function visitLogRows(ctx: ServiceContext, q: VisitFilters, offset: number, limit: number) {
  const sortColumn = q.sort.field === 'customerName' ? sql.ref('c.sortName') : sql.ref(`v.${q.sort.field}`)
  return visitLogBase(ctx, q)
    .selectAll('v')
    .select(['c.name as customerName', executiveNamesOf.as('executiveNames')])
    .orderBy(sortColumn, q.sort.direction)
    .orderBy('v.id', q.sort.direction)
    .offset(offset)
    .limit(limit)
    .execute()
}

export async function listVisits(
  ctx: ServiceContext,
  q: z.output<typeof visitListQuery>
): Promise<Page<VisitRow>> {
  const [{ total }] = await visitLogBase(ctx, q)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .execute()
  const rows = await visitLogRows(ctx, q, q.offset, q.limit)
  const now = ctx.now()
  return {
    total,
    rows: rows.map((v) => ({
      id: v.id,
      customerId: v.customerId,
      customerName: v.customerName,
      executiveNames: v.executiveNames ?? '',
      startAt: v.startAt,
      endAt: v.endAt,
      purpose: v.purpose,
      city: v.addressCity,
      status: v.status,
      toRecord: isToRecord(v.status, v.endAt, now),
      outcome: v.outcome,
      planId: v.planId
    }))
  }
}
