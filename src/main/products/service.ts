/** The product catalogue: SKU, name, unit, price in cents, VAT rate in basis points. */
import { activity } from '../../shared/activity'
import { conflict, DomainError } from '../../shared/errors'
import type { Page } from '../../shared/schemas/common'
import type { Product, ProductInput, ProductListQuery } from '../../shared/schemas/products'
import { productVatProblem } from '../../shared/vat'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { deleteOrDeactivate, type DeleteOutcome } from '../db/delete-or-deactivate'
import { notFound } from '../db/errors'
import { refusingTakenKey } from '../db/taken-key'
import { recordEdit } from '../activity/edit-entry'
import { matchesAllWords, searchTextOf } from '../db/search'
import type { Database } from '../db/types'
import { sql, type Kysely, type Selectable } from 'kysely'
import type { ProductsTable } from '../db/types'
import { writeTransaction } from '../db/write-transaction'

type ListFilters = Pick<Required<ProductListQuery>, 'search' | 'active'>

export function productListBase(db: Kysely<Database>, query: ListFilters) {
  let base = db.selectFrom('products')
  for (const condition of matchesAllWords('search_text', query.search)) base = base.where(condition)
  if (query.active !== 'all') base = base.where('active', '=', query.active === 'active' ? 1 : 0)
  return base
}

export function toProduct(record: Selectable<ProductsTable>): Product {
  const { searchText: _s, active, ...rest } = record
  // Products from before categories were all 'S', the 0 % ones included: those are zero rated.
  const vatCategory = rest.vatCategory === 'S' && rest.vatRateBp === 0 ? 'Z' : rest.vatCategory
  return { ...rest, vatCategory, active: active === 1 }
}

/** Names sort as people read them (accents and case folded, like the customer list); other columns as stored. */
export function productSortColumn(field: Required<ProductListQuery>['sort']['field']) {
  return field === 'name' ? sql<string>`fold(name)` : sql.ref(field)
}

export async function listProducts(
  ctx: ServiceContext,
  query: Required<ProductListQuery>
): Promise<Page<Product>> {
  const base = productListBase(ctx.db, query)
  const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()
  const rows = await base
    .selectAll()
    .orderBy(productSortColumn(query.sort.field), query.sort.direction)
    .orderBy('id', query.sort.direction)
    .offset(query.offset)
    .limit(query.limit)
    .execute()
  return { total, rows: rows.map(toProduct) }
}

export async function loadProduct(db: Executor, id: number): Promise<Product> {
  const record = await db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst()
  if (!record) throw notFound('product', id)
  return toProduct(record)
}

export const getProduct = (ctx: ServiceContext, id: number) => loadProduct(ctx.db, id)

export function productColumns(input: ProductInput) {
  const vatCategory = input.vatCategory ?? (input.vatRateBp === 0 ? 'Z' : 'S')
  const problem = productVatProblem({ vatCategory, vatRateBp: input.vatRateBp })
  if (problem) throw new DomainError('invalid_input', problem, { vatCategory: problem })
  return {
    ...input,
    vatCategory,
    active: input.active ? (1 as const) : (0 as const),
    searchText: searchTextOf([input.sku, input.name, input.description])
  }
}

function duplicateSku(sku: string): DomainError {
  return conflict('skuUsed', { sku }, { sku: { key: 'skuUsedField' } })
}

export function createProduct(ctx: ServiceContext, input: ProductInput): Promise<Product> {
  const create = () =>
    writeTransaction(ctx.db, async (trx) => {
      const now = isoNow(ctx)
      const { id } = await trx
        .insertInto('products')
        .values({ ...productColumns(input), createdAt: now, updatedAt: now })
        .returning('id')
        .executeTakeFirstOrThrow()
      await recordActivity(trx, ctx, {
        entity: 'product',
        entityId: id,
        action: 'create',
        summary: `Created product ${input.sku} ${input.name}`,
        details: activity('productCreated', { sku: input.sku, name: input.name })
      })
      return loadProduct(trx, id)
    })
  return refusingTakenKey(create, () => duplicateSku(input.sku))
}

export function updateProduct(ctx: ServiceContext, id: number, input: ProductInput): Promise<Product> {
  return refusingTakenKey(
    () => writeTransaction(ctx.db, (trx) => updateProductIn(trx, ctx, id, input)),
    () => duplicateSku(input.sku)
  )
}

/** The edit of a product inside the caller's write transaction (the form's save, an import's update). */
export async function updateProductIn(
  trx: Executor,
  ctx: ServiceContext,
  id: number,
  input: ProductInput
): Promise<Product> {
  const before = await loadProduct(trx, id)
  await trx
    .updateTable('products')
    .set({ ...productColumns(input), updatedAt: isoNow(ctx) })
    .where('id', '=', id)
    .execute()
  await recordEdit(
    trx,
    ctx,
    { entity: 'product', id, before, after: input },
    `product ${input.sku} ${input.name}`,
    { edited: 'productEdited', unchanged: 'productSaved' },
    { sku: input.sku, name: input.name }
  )
  return loadProduct(trx, id)
}

/** A product somebody chose or sold is kept (deactivated); an unused one is deleted. */
export async function deleteProduct(ctx: ServiceContext, id: number): Promise<DeleteOutcome> {
  return writeTransaction(ctx.db, async (trx) => {
    const before = await loadProduct(trx, id)
    const used = await trx
      .selectFrom('customerProductPreferences')
      .select('productId')
      .where('productId', '=', id)
      .executeTakeFirst()
    return deleteOrDeactivate(
      trx,
      ctx,
      { table: 'products', entity: 'product', id, inUse: used !== undefined },
      {
        deactivate: {
          summary: `Deactivated product ${before.sku} (in use, so kept)`,
          details: activity('productDeactivated', { sku: before.sku, name: before.name })
        },
        delete: {
          summary: `Deleted product ${before.sku} ${before.name}`,
          details: activity('productDeleted', { sku: before.sku, name: before.name })
        }
      }
    )
  })
}
