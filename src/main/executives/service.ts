/** The sales executives the administrator works for. */
import { activity } from '../../shared/activity'
import { sql, type Kysely, type Selectable } from 'kysely'
import type { Page } from '../../shared/schemas/common'
import type {
  Executive,
  ExecutiveInput,
  ExecutiveListQuery,
  ExecutiveRow
} from '../../shared/schemas/executives'
import { recordActivity } from '../activity/log'
import { recordEdit } from '../activity/edit-entry'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { deleteOrDeactivate, type DeleteOutcome } from '../db/delete-or-deactivate'
import { notFound } from '../db/errors'
import { likeContains } from '../db/search'
import type { Database, SalesExecutivesTable } from '../db/types'
import { searchWords } from '../../shared/text'
import { customerListIndex } from '../customers/list-index'
import { writeTransaction } from '../db/write-transaction'

type ListFilters = Pick<Required<ExecutiveListQuery>, 'search' | 'active'>

export function executiveListBase(db: Kysely<Database>, query: ListFilters) {
  let base = db.selectFrom('salesExecutives as e')
  // Few rows: folding on the fly is cheap enough, so no search column is kept.
  for (const word of searchWords(query.search)) {
    base = base.where(
      sql<boolean>`fold(e.name || ' ' || e.email || ' ' || e.phone) like ${likeContains(word)} escape '\\'`
    )
  }
  if (query.active !== 'all') base = base.where('e.active', '=', query.active === 'active' ? 1 : 0)
  return base
}

const customerCount = sql<number>`(select count(*) from customers c where c.executive_id = e.id and c.archived_at is null)`

export function toExecutive(record: Selectable<SalesExecutivesTable>): Executive {
  return { ...record, active: record.active === 1 }
}

export async function listExecutives(
  ctx: ServiceContext,
  query: Required<ExecutiveListQuery>
): Promise<Page<ExecutiveRow>> {
  const base = executiveListBase(ctx.db, query)
  const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()
  // Names and e-mails sort as people read them (accents and case folded), like the customer list.
  const sortColumn =
    query.sort.field === 'customerCount'
      ? customerCount
      : sql<string>`fold(${sql.ref(`e.${query.sort.field}`)})`
  const rows = await base
    .selectAll('e')
    .select(customerCount.as('customerCount'))
    .orderBy(sortColumn, query.sort.direction)
    .orderBy('e.id', query.sort.direction)
    .offset(query.offset)
    .limit(query.limit)
    .execute()
  return {
    total,
    rows: rows.map((r) => ({ ...toExecutive(r), customerCount: r.customerCount }))
  }
}

/** A sales executive by id (inactive ones too); an unknown id is refused as not found. */
export async function loadExecutive(db: Executor, id: number): Promise<Executive> {
  const record = await db.selectFrom('salesExecutives').selectAll().where('id', '=', id).executeTakeFirst()
  if (!record) throw notFound('salesExecutive', id)
  return toExecutive(record)
}

export const getExecutive = (ctx: ServiceContext, id: number) => loadExecutive(ctx.db, id)

const columns = (input: ExecutiveInput) => ({ ...input, active: input.active ? (1 as const) : (0 as const) })

export async function createExecutive(ctx: ServiceContext, input: ExecutiveInput): Promise<Executive> {
  return writeTransaction(ctx.db, async (trx) => {
    const now = isoNow(ctx)
    const { id } = await trx
      .insertInto('salesExecutives')
      .values({ ...columns(input), createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordActivity(trx, ctx, {
      entity: 'executive',
      entityId: id,
      action: 'create',
      summary: `Added sales executive ${input.name}`,
      details: activity('executiveCreated', { name: input.name })
    })
    return loadExecutive(trx, id)
  })
}

export async function updateExecutive(
  ctx: ServiceContext,
  id: number,
  input: ExecutiveInput
): Promise<Executive> {
  const updated = await writeTransaction(ctx.db, async (trx) => {
    const before = await loadExecutive(trx, id)
    await trx
      .updateTable('salesExecutives')
      .set({ ...columns(input), updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    await recordEdit(
      trx,
      ctx,
      { entity: 'executive', id, before, after: input },
      `sales executive ${input.name}`,
      { edited: 'executiveEdited', unchanged: 'executiveSaved' },
      { name: input.name }
    )
    return loadExecutive(trx, id)
  })
  // Customer lists show and sort by the executive's name.
  customerListIndex(ctx.db).invalidate()
  return updated
}

/** An executive with customers keeps their history: they are deactivated, not deleted. */
export async function deleteExecutive(ctx: ServiceContext, id: number): Promise<DeleteOutcome> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await loadExecutive(trx, id)
    const assigned = await trx
      .selectFrom('customers')
      .select('id')
      .where('executiveId', '=', id)
      .executeTakeFirst()
    return deleteOrDeactivate(
      trx,
      ctx,
      { table: 'salesExecutives', entity: 'executive', id, inUse: assigned !== undefined },
      {
        deactivate: {
          summary: `Deactivated sales executive ${before.name} (has customers or history, so kept)`,
          details: activity('executiveDeactivated', { name: before.name })
        },
        delete: {
          summary: `Deleted sales executive ${before.name}`,
          details: activity('executiveDeleted', { name: before.name })
        }
      }
    )
  })
}
