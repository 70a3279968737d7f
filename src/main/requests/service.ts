/**
 * Customer requests and complaints: the queue (search, filters, priority and due-time order,
 * paging), one request with its customer, the visit it came from, its thread and linked
 * documents, new requests, edits and status moves (draft -> open -> closed, closed -> open)
 * with a comment, closing with the resolution and the customer's satisfaction, and the Excel
 * export. Drafts are created from a completed visit (see schedule/follow-ups.ts).
 *
 * Due times: when a request is opened, its response and resolution times are those of its
 * priority in Settings (requests/times.ts), counted from that moment; a later change of
 * priority counts them again from the same moment. A request is late while it is past its
 * response time unanswered (no comment, no status change) or past its resolution time unclosed;
 * a closed request stays marked late if it was closed after its resolution time.
 */
import { activity } from '../../shared/activity'
import { sql } from 'kysely'
import type { z } from 'zod'
import { conflict, DomainError, invalid, word, type Message } from '../../shared/errors'
import type { Page } from '../../shared/schemas/common'
import {
  requestMoves,
  type RequestCounts,
  type RequestRecord,
  type RequestRow,
  type RequestStatus,
  type requestFields,
  type requestInput,
  type requestListQuery,
  type requestSetStatus
} from '../../shared/schemas/requests'
import { recordActivity, type ActivityEvent } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { changedFields, notFound } from '../db/errors'
import { chosenCustomer } from '../customers/references'
import { searchWords } from '../../shared/text'
import { likeContains } from '../db/search'
import { customerColumns, listExport } from '../export/list-sheet'
import type { ExportColumn } from '../export/xlsx'
import { writeTransaction } from '../db/write-transaction'
import { checkExecutive } from '../executives/references'
import { requestExportWords } from './export-words'
import { dueTimes, loadRequestTimes } from './times'

/** The activity log's entity name of a request (recordRequestEvent writes it for the drafts from visits too). */
const REQUEST_ENTITY = 'customer_request'

type Query = z.output<typeof requestListQuery>
export type RequestFilters = Omit<Query, 'offset' | 'limit'>
type Fields = z.output<typeof requestFields>
type NewRequest = z.output<typeof requestInput>

function selectRequests(db: Executor) {
  return db
    .selectFrom('customerRequests as r')
    .innerJoin('customers as c', 'c.id', 'r.customerId')
    .leftJoin('siteVisits as v', 'v.id', 'r.visitId')
    .leftJoin('salesExecutives as o', 'o.id', 'r.ownerExecutiveId')
}

/** SQL for "late at `now`" (see the header); ISO times in UTC compare as text. */
export const lateSql = (now: string) =>
  sql<number>`(case r.status
    when 'open' then (r.resolve_by < ${now} or (r.responded_at is null and r.respond_by < ${now}))
    when 'closed' then (r.closed_at > r.resolve_by)
    else 0 end)`

const priorityRank = sql<number>`case r.priority when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end`

function listBase(ctx: ServiceContext, q: RequestFilters) {
  let base = selectRequests(ctx.db)
  if (q.kind !== 'all') base = base.where('r.kind', '=', q.kind)
  if (q.lateOnly) base = base.where(sql<boolean>`coalesce(${lateSql(isoNow(ctx))}, 0) = 1`)
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
    case 'resolveBy':
      return sql`coalesce(r.resolve_by, '9999')`
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
  'v.startAt as visitStartAt',
  'r.kind',
  'r.channel',
  'r.category',
  'r.priority',
  'r.ownerExecutiveId',
  'o.name as ownerName',
  'r.openedAt',
  'r.respondBy',
  'r.resolveBy',
  'r.respondedAt',
  'r.closedAt',
  'r.satisfaction',
  'r.resolution'
] as const

async function rows(ctx: ServiceContext, q: RequestFilters, offset: number, limit: number) {
  const select = listBase(ctx, q)
    .select(requestColumns)
    .select(lateSql(isoNow(ctx)).as('late'))
  const ordered =
    q.sort.field === 'queue'
      ? // The queue: what is still to do first, the most pressing priority, the earliest due time.
        select
          .orderBy(sql`case r.status when 'closed' then 1 else 0 end`)
          .orderBy(priorityRank)
          .orderBy(sql`coalesce(r.resolve_by, '9999')`)
          .orderBy('r.id')
      : select.orderBy(sortExpression(q.sort.field), q.sort.direction).orderBy('r.id', q.sort.direction)
  return ordered.offset(offset).limit(limit).execute()
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
    updatedAt: r.updatedAt,
    kind: r.kind,
    channel: r.channel,
    category: r.category,
    priority: r.priority,
    ownerExecutiveId: r.ownerExecutiveId,
    ownerName: r.ownerName ?? null,
    openedAt: r.openedAt,
    respondBy: r.respondBy,
    resolveBy: r.resolveBy,
    respondedAt: r.respondedAt,
    closedAt: r.closedAt,
    late: Boolean(r.late),
    satisfaction: r.satisfaction
  }
}

export async function listRequests(ctx: ServiceContext, q: Query): Promise<Page<RequestRow>> {
  const [{ total }] = await listBase(ctx, q)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .execute()
  return { total, rows: (await rows(ctx, q, q.offset, q.limit)).map(toRow) }
}

export async function loadRequest(ctx: ServiceContext, db: Executor, id: number): Promise<RequestRecord> {
  const r = await selectRequests(db)
    .select(requestColumns)
    .select(lateSql(isoNow(ctx)).as('late'))
    .where('r.id', '=', id)
    .executeTakeFirst()
  if (!r) throw notFound('request', id)
  const [comments, links] = await Promise.all([
    db
      .selectFrom('requestComments')
      .select(['id', 'at', 'actor', 'fromStatus', 'toStatus', 'text'])
      .where('requestId', '=', id)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('requestLinks as l')
      .leftJoin('documents as d', 'd.id', 'l.documentId')
      .leftJoin('siteVisits as lv', 'lv.id', 'l.visitId')
      .select([
        'l.id',
        'l.documentId',
        'd.type as documentType',
        'd.number',
        'l.visitId',
        'lv.startAt as visitStartAt'
      ])
      .where('l.requestId', '=', id)
      .orderBy('l.id')
      .execute()
  ])
  return {
    ...toRow(r),
    description: r.description,
    resolution: r.resolution,
    comments: comments.map((c) => ({
      ...c,
      fromStatus: c.fromStatus as RequestStatus | null,
      toStatus: c.toStatus as RequestStatus | null
    })),
    links: links.map((l) => ({
      id: l.id,
      documentId: l.documentId,
      documentType: l.documentType ?? null,
      number: l.number ?? null,
      visitId: l.visitId,
      visitStartAt: l.visitStartAt ?? null
    }))
  }
}

/** A request's entry in the activity log (here, and for the drafts created from visits). */
export function recordRequestEvent(
  trx: Executor,
  ctx: ServiceContext,
  id: number,
  entry: Omit<ActivityEvent, 'entity' | 'entityId'>
): Promise<void> {
  return recordActivity(trx, ctx, { entity: REQUEST_ENTITY, entityId: id, ...entry })
}

/** Every change of a request ends the same way: its activity entry, then the request as it now is. */
async function requestChanged(
  trx: Executor,
  ctx: ServiceContext,
  id: number,
  entry: Omit<ActivityEvent, 'entity' | 'entityId'>
): Promise<RequestRecord> {
  await recordRequestEvent(trx, ctx, id, entry)
  return loadRequest(ctx, trx, id)
}

export const getRequest = (ctx: ServiceContext, id: number): Promise<RequestRecord> =>
  loadRequest(ctx, ctx.db, id)

export async function createRequest(ctx: ServiceContext, input: NewRequest): Promise<RequestRecord> {
  return writeTransaction(ctx.db, async (trx) => {
    const customer = await chosenCustomer(trx, input.customerId, ['id', 'name'])
    await checkExecutive(trx, input.ownerExecutiveId, 'ownerExecutiveId')
    const now = isoNow(ctx)
    const due = dueTimes(await loadRequestTimes(trx), input.priority, now)
    const { id } = await trx
      .insertInto('customerRequests')
      .values({
        customerId: customer.id,
        title: input.title,
        description: input.description,
        kind: input.kind,
        channel: input.channel,
        category: input.category,
        priority: input.priority,
        ownerExecutiveId: input.ownerExecutiveId,
        status: 'open',
        visitId: null,
        openedAt: now,
        ...due,
        createdAt: now,
        updatedAt: now
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return requestChanged(trx, ctx, id, {
      action: 'create',
      summary: `Opened the request "${input.title}" for ${customer.name}`,
      details: activity('requestOpened', { title: input.title, name: customer.name })
    })
  })
}

export async function updateRequest(
  ctx: ServiceContext,
  id: number,
  input: Fields,
  expectedUpdatedAt?: string
): Promise<RequestRecord> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await loadRequest(ctx, trx, id)
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== before.updatedAt) {
      throw conflict('requestChangedElsewhere')
    }
    // The input holds exactly the form's fields (the schema is strict): those are compared and written.
    const changed = changedFields<Fields>(before, input)
    if (changed.length === 0) return before
    await checkExecutive(trx, input.ownerExecutiveId, 'ownerExecutiveId')
    // A new priority counts its times from the moment the request was opened.
    const due =
      input.priority !== before.priority && before.openedAt !== null
        ? dueTimes(await loadRequestTimes(trx), input.priority, before.openedAt)
        : {}
    await trx
      .updateTable('customerRequests')
      .set({ ...input, ...due, updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    return requestChanged(trx, ctx, id, {
      action: 'update',
      summary: `Changed the request "${input.title}": ${changed.join(', ')}`,
      details: activity('requestEdited', { title: input.title, fields: changed.join(', ') })
    })
  })
}

/** Each status as a word by key, so a refused move names it in the user's language. */
const STATUS_WORD: Record<RequestStatus, Message> = {
  draft: word('requestStatusDraft'),
  open: word('requestStatusOpen'),
  closed: word('requestStatusClosed')
}
const ACTIONS: Record<RequestStatus, string> = { draft: 'draft', open: 'open', closed: 'close' }

type StatusChange = z.output<typeof requestSetStatus>

export async function setRequestStatus(ctx: ServiceContext, change: StatusChange): Promise<RequestRecord> {
  const { id, status } = change
  return writeTransaction(ctx.db, async (trx) => {
    const before = await loadRequest(ctx, trx, id)
    if (!requestMoves[before.status].includes(status)) {
      throw before.status === status
        ? conflict('requestAlreadyInStatus', { status: STATUS_WORD[status] })
        : status === 'draft'
          ? conflict('requestNoBackToDraft')
          : before.status === 'draft'
            ? conflict('requestOpenBeforeClosing')
            : conflict('requestStatusMoveRefused', {
                from: STATUS_WORD[before.status],
                to: STATUS_WORD[status]
              })
    }
    if (status === 'closed' && change.resolution === '')
      throw invalid({ resolution: { key: 'resolutionRequiredToClose' } })
    const now = isoNow(ctx)
    const opening = before.status === 'draft' && status === 'open'
    const due = opening ? dueTimes(await loadRequestTimes(trx), before.priority, now) : {}
    await trx
      .updateTable('customerRequests')
      .set({
        status,
        updatedAt: now,
        ...due,
        ...(opening ? { openedAt: now } : {}),
        // Any move after opening answers the customer; reopening keeps the first answer.
        ...(!opening && before.respondedAt === null ? { respondedAt: now } : {}),
        ...(status === 'closed'
          ? { closedAt: now, resolution: change.resolution, satisfaction: change.satisfaction }
          : { closedAt: null })
      })
      .where('id', '=', id)
      .execute()
    const text =
      status === 'closed' ? [change.resolution, change.comment].filter(Boolean).join('\n\n') : change.comment
    await trx
      .insertInto('requestComments')
      .values({ requestId: id, at: now, actor: ctx.actor, fromStatus: before.status, toStatus: status, text })
      .execute()
    const verb = before.status === 'closed' ? 'Reopened' : status === 'open' ? 'Opened' : 'Closed'
    return requestChanged(trx, ctx, id, {
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
  })
}

/** The list in `language` (the user's; the company's document language when none is given). */
export const exportRequests = listExport(
  requestExportWords,
  'requests.xlsx',
  async (ctx, q: RequestFilters, words) => {
    const all = await rows(ctx, q, 0, Number.MAX_SAFE_INTEGER)
    const columns: ExportColumn<Found>[] = [
      { header: words.created, kind: 'datetime', width: 17, value: (r) => r.createdAt },
      ...customerColumns<Found>(words),
      { header: words.title, kind: 'text', width: 40, value: (r) => r.title },
      { header: words.description, kind: 'text', width: 60, value: (r) => r.description },
      { header: words.status, kind: 'text', width: 10, value: (r) => words.statuses[r.status] },
      { header: words.visit, kind: 'datetime', width: 17, value: (r) => r.visitStartAt ?? null },
      { header: words.lastChanged, kind: 'datetime', width: 17, value: (r) => r.updatedAt },
      { header: words.kind, kind: 'text', width: 11, value: (r) => words.kinds[r.kind] },
      { header: words.channel, kind: 'text', width: 10, value: (r) => words.channels[r.channel] },
      { header: words.category, kind: 'text', width: 16, value: (r) => r.category },
      { header: words.priority, kind: 'text', width: 9, value: (r) => words.priorities[r.priority] },
      { header: words.owner, kind: 'text', width: 20, value: (r) => r.ownerName ?? words.office },
      { header: words.respondBy, kind: 'datetime', width: 17, value: (r) => r.respondBy },
      { header: words.resolveBy, kind: 'datetime', width: 17, value: (r) => r.resolveBy },
      { header: words.late, kind: 'boolean', width: 6, value: (r) => Boolean(r.late) },
      { header: words.closed, kind: 'datetime', width: 17, value: (r) => r.closedAt },
      { header: words.resolution, kind: 'text', width: 40, value: (r) => r.resolution },
      { header: words.satisfaction, kind: 'integer', width: 8, value: (r) => r.satisfaction }
    ]
    return { columns, rows: all }
  }
)

/** A note in the thread; the first one after opening answers the customer. */
export async function commentRequest(ctx: ServiceContext, id: number, text: string): Promise<RequestRecord> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await loadRequest(ctx, trx, id)
    const now = isoNow(ctx)
    await trx
      .insertInto('requestComments')
      .values({ requestId: id, at: now, actor: ctx.actor, fromStatus: null, toStatus: null, text })
      .execute()
    await trx
      .updateTable('customerRequests')
      .set({
        updatedAt: now,
        ...(before.status === 'open' && before.respondedAt === null ? { respondedAt: now } : {})
      })
      .where('id', '=', id)
      .execute()
    return requestChanged(trx, ctx, id, {
      action: 'comment',
      summary: `Commented on the request "${before.title}" of ${before.customerName}`,
      details: activity('requestCommented', { title: before.title, name: before.customerName })
    })
  })
}

/** Links a document (by its number) or a visit of the request's customer. */
export async function linkRequest(
  ctx: ServiceContext,
  id: number,
  link: { number: string; visitId: number | null }
): Promise<RequestRecord> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await loadRequest(ctx, trx, id)
    let values: { documentId: number | null; visitId: number | null }
    let what: string
    let alreadyLinked: Message
    if (link.visitId !== null) {
      const visit = await trx
        .selectFrom('siteVisits')
        .select(['id', 'customerId', 'startAt'])
        .where('id', '=', link.visitId)
        .executeTakeFirst()
      if (visit?.customerId !== before.customerId) throw invalid({ visitId: { key: 'visitNotOfCustomer' } })
      values = { documentId: null, visitId: visit.id }
      what = `the visit of ${visit.startAt.slice(0, 10)}`
      alreadyLinked = { key: 'requestAlreadyLinkedVisit', params: { date: visit.startAt.slice(0, 10) } }
    } else {
      const number = link.number.trim().toUpperCase()
      if (number === '') throw invalid({ number: { key: 'documentNumberNeeded' } })
      const document = await trx
        .selectFrom('documents')
        .select(['id', 'customerId', 'number'])
        .where('number', '=', number)
        .executeTakeFirst()
      if (document?.customerId !== before.customerId)
        throw invalid({ number: { key: 'documentNotOfCustomer', params: { number } } })
      values = { documentId: document.id, visitId: null }
      what = number
      alreadyLinked = { key: 'requestAlreadyLinkedDocument', params: { number } }
    }
    const exists = before.links.some(
      (l) =>
        (values.documentId !== null && l.documentId === values.documentId) ||
        (values.visitId !== null && l.visitId === values.visitId)
    )
    if (exists) throw new DomainError('conflict', alreadyLinked)
    await trx
      .insertInto('requestLinks')
      .values({ requestId: id, ...values })
      .execute()
    return requestChanged(trx, ctx, id, {
      action: 'link',
      summary: `Linked ${what} to the request "${before.title}"`,
      details: activity('requestLinked', { title: before.title, what })
    })
  })
}

export async function unlinkRequest(ctx: ServiceContext, id: number, linkId: number): Promise<RequestRecord> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await loadRequest(ctx, trx, id)
    const link = before.links.find((l) => l.id === linkId)
    if (!link) throw notFound('link', linkId)
    await trx.deleteFrom('requestLinks').where('id', '=', linkId).execute()
    const what = link.number ?? `the visit of ${(link.visitStartAt ?? '').slice(0, 10)}`
    return requestChanged(trx, ctx, id, {
      action: 'unlink',
      summary: `Removed the link to ${what} from the request "${before.title}"`,
      details: activity('requestUnlinked', { title: before.title, what })
    })
  })
}

/** The navigation's figures: requests open now, and how many of them are late. */
export async function requestCounts(ctx: ServiceContext): Promise<RequestCounts> {
  const row = await ctx.db
    .selectFrom('customerRequests as r')
    .select((eb) => [
      eb.fn.countAll<number>().as('open'),
      sql<number>`coalesce(sum(${lateSql(isoNow(ctx))}), 0)`.as('late')
    ])
    .where('r.status', '=', 'open')
    .executeTakeFirstOrThrow()
  return { open: row.open, late: row.late }
}
