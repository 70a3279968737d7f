/**
 * Customer requests and complaints: the list (search, filters, sort, paging), one request
 * with its customer and the visit it came from, new requests, edits and status moves
 * (draft -> open -> closed, closed -> open), and the Excel export.
 * Drafts are created from a completed visit (see schedule/follow-ups.ts).
 */
import { activity } from '../../shared/activity'
import { sql } from 'kysely'
import type { z } from 'zod'
import { DomainError } from '../../shared/errors'
import type { FileResult, Page } from '../../shared/schemas/common'
import {
  requestMoves,
  type RequestRecord,
  type RequestRow,
  type RequestStatus,
  type requestFields,
  type requestInput,
  type requestListQuery
} from '../../shared/schemas/requests'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { changedFields, notFound } from '../db/errors'
import { searchWords } from '../../shared/text'
import { likeContains } from '../db/search'
import { buildXlsx, type ExportColumn } from '../export/xlsx'
import { writeTransaction } from '../db/write-transaction'

/** The activity log's entity name, shared with the drafts created from visits. */
export const REQUEST_ENTITY = 'customer_request'

type Query = z.output<typeof requestListQuery>
export type RequestFilters = Omit<Query, 'offset' | 'limit'>
type Fields = z.output<typeof requestFields>
type NewRequest = z.output<typeof requestInput>

function invalid(fields: Record<string, string>): DomainError {
  return new DomainError('invalid_input', 'Please correct the marked fields.', fields)
}

function selectRequests(db: Executor) {
  return db
    .selectFrom('customerRequests as r')
    .innerJoin('customers as c', 'c.id', 'r.customerId')
    .leftJoin('siteVisits as v', 'v.id', 'r.visitId')
}

function listBase(ctx: ServiceContext, q: RequestFilters) {
  let base = selectRequests(ctx.db)
  // Few enough rows to fold on the fly (like the executives list): no stored search column.
  for (const word of searchWords(q.search)) {
    base = base.where(
      sql<boolean>`fold(r.title || ' ' || r.description || ' ' || c.name || ' ' || c.code) like ${likeContains(word)} escape '\\'`
    )
  }
  if (q.customerId !== null) base = base.where('r.customerId', '=', q.customerId)
  if (q.status === 'active') base = base.where('r.status', 'in', ['draft', 'open'])
  else if (q.status !== 'all') base = base.where('r.status', '=', q.status)
  return base
}

const statusOrder = sql<number>`case r.status when 'draft' then 0 when 'open' then 1 else 2 end`

function sortExpression(field: Query['sort']['field']) {
  switch (field) {
    case 'customerName':
      return sql.ref('c.sortName')
    case 'status':
      return statusOrder
    case 'updatedAt':
      return sql.ref('r.updatedAt')
    default:
      return sql.ref('r.createdAt')
  }
}

/** What a request row and a request record show: the request with its customer and visit. */
const requestColumns = [
  'r.id',
  'r.title',
  'r.description',
  'r.status',
  'r.customerId',
  'r.visitId',
  'r.createdAt',
  'r.updatedAt',
  'c.name as customerName',
  'c.code as customerCode',
  'v.startAt as visitStartAt'
] as const

async function rows(ctx: ServiceContext, q: RequestFilters, offset: number, limit: number) {
  return listBase(ctx, q)
    .select(requestColumns)
    .orderBy(sortExpression(q.sort.field), q.sort.direction)
    .orderBy('r.id', q.sort.direction)
    .offset(offset)
    .limit(limit)
    .execute()
}

type Found = Awaited<ReturnType<typeof rows>>[number]

function toRow(r: Found): RequestRow {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    customerId: r.customerId,
    customerName: r.customerName,
    customerCode: r.customerCode,
    visitId: r.visitId,
    visitStartAt: r.visitStartAt ?? null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt
  }
}

export async function listRequests(ctx: ServiceContext, q: Query): Promise<Page<RequestRow>> {
  const [{ total }] = await listBase(ctx, q)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .execute()
  return { total, rows: (await rows(ctx, q, q.offset, q.limit)).map(toRow) }
}

export async function loadRequest(db: Executor, id: number): Promise<RequestRecord> {
  const r = await selectRequests(db).select(requestColumns).where('r.id', '=', id).executeTakeFirst()
  if (!r) throw notFound('Request', id)
  return { ...toRow(r), description: r.description }
}

export const getRequest = (ctx: ServiceContext, id: number): Promise<RequestRecord> => loadRequest(ctx.db, id)

export async function createRequest(ctx: ServiceContext, input: NewRequest): Promise<RequestRecord> {
  return writeTransaction(ctx.db, async (trx) => {
    const customer = await trx
      .selectFrom('customers')
      .select(['id', 'name'])
      .where('id', '=', input.customerId)
      .executeTakeFirst()
    if (!customer) throw invalid({ customerId: 'This customer does not exist' })
    const now = isoNow(ctx)
    const { id } = await trx
      .insertInto('customerRequests')
      .values({
        customerId: customer.id,
        title: input.title,
        description: input.description,
        status: 'open',
        visitId: null,
        createdAt: now,
        updatedAt: now
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordActivity(trx, ctx, {
      entity: REQUEST_ENTITY,
      entityId: id,
      action: 'create',
      summary: `Opened the request "${input.title}" for ${customer.name}`,
      details: activity('requestOpened', { title: input.title, name: customer.name })
    })
    return loadRequest(trx, id)
  })
}

export async function updateRequest(
  ctx: ServiceContext,
  id: number,
  input: Fields,
  expectedUpdatedAt?: string
): Promise<RequestRecord> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await loadRequest(trx, id)
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== before.updatedAt) {
      throw new DomainError(
        'conflict',
        'This request was changed elsewhere since you opened it. Reload it, then make your change again.'
      )
    }
    const changed = changedFields(
      { title: before.title, description: before.description },
      { title: input.title, description: input.description }
    )
    if (changed.length === 0) return before
    await trx
      .updateTable('customerRequests')
      .set({ title: input.title, description: input.description, updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    await recordActivity(trx, ctx, {
      entity: REQUEST_ENTITY,
      entityId: id,
      action: 'update',
      summary: `Changed the request "${input.title}": ${changed.join(', ')}`,
      details: activity('requestEdited', { title: input.title, fields: changed.join(', ') })
    })
    return loadRequest(trx, id)
  })
}

const STATUS_WORD: Record<RequestStatus, string> = { draft: 'a draft', open: 'open', closed: 'closed' }
const ACTIONS: Record<RequestStatus, string> = { draft: 'draft', open: 'open', closed: 'close' }

export async function setRequestStatus(
  ctx: ServiceContext,
  id: number,
  status: RequestStatus
): Promise<RequestRecord> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await loadRequest(trx, id)
    if (!requestMoves[before.status].includes(status)) {
      const message =
        before.status === status
          ? `This request is already ${STATUS_WORD[status]}.`
          : status === 'draft'
            ? 'A request cannot go back to being a draft.'
            : before.status === 'draft'
              ? 'A draft request must be opened before it can be closed.'
              : `A request that is ${STATUS_WORD[before.status]} cannot be made ${STATUS_WORD[status]}.`
      throw new DomainError('conflict', message)
    }
    await trx
      .updateTable('customerRequests')
      .set({ status, updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    const verb = before.status === 'closed' ? 'Reopened' : status === 'open' ? 'Opened' : 'Closed'
    await recordActivity(trx, ctx, {
      entity: REQUEST_ENTITY,
      entityId: id,
      action: before.status === 'closed' ? 'reopen' : ACTIONS[status],
      summary: `${verb} the request "${before.title}" of ${before.customerName}`,
      details: activity(
        before.status === 'closed'
          ? 'requestReopened'
          : status === 'open'
            ? 'requestOpened'
            : 'requestClosed',
        { title: before.title, name: before.customerName }
      )
    })
    return loadRequest(trx, id)
  })
}

const STATUS_LABEL: Record<RequestStatus, string> = { draft: 'Draft', open: 'Open', closed: 'Closed' }

export async function exportRequests(ctx: ServiceContext, q: RequestFilters): Promise<FileResult> {
  const all = await rows(ctx, q, 0, Number.MAX_SAFE_INTEGER)
  const columns: ExportColumn<Found>[] = [
    { header: 'Created', kind: 'datetime', width: 17, value: (r) => r.createdAt },
    { header: 'Customer code', kind: 'text', width: 12, value: (r) => r.customerCode },
    { header: 'Customer', kind: 'text', width: 34, value: (r) => r.customerName },
    { header: 'Title', kind: 'text', width: 40, value: (r) => r.title },
    { header: 'Description', kind: 'text', width: 60, value: (r) => r.description },
    { header: 'Status', kind: 'text', width: 10, value: (r) => STATUS_LABEL[r.status] },
    { header: 'Visit', kind: 'datetime', width: 17, value: (r) => r.visitStartAt ?? null },
    { header: 'Last changed', kind: 'datetime', width: 17, value: (r) => r.updatedAt }
  ]
  return buildXlsx('requests.xlsx', [{ name: 'Requests', columns, rows: all }])
}
