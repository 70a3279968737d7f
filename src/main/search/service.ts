/**
 * Global search (Ctrl+K): a few hits per kind of record for one query, so the palette answers
 * from anywhere while the user types. Customers come from the customer list's in-memory index
 * (instant at 100 000); documents are found by their number; contacts are looked for among the
 * customers the index found (whose search text already includes their contacts' names and e-mails).
 */
import { sql } from 'kysely'
import type { SearchResults } from '../../shared/schemas/search'
import { foldForSearch, searchWords } from '../../shared/text'
import type { ServiceContext } from '../context'
import { customerListIndex } from '../customers/list-index'
import { likeContains, matchesAllWords } from '../db/search'

/** Hits shown per kind of record. */
export const HITS_PER_KIND = 5
/** Customers whose contacts are looked at: the contacts of a customer found only by another word are not. */
const CUSTOMERS_FOR_CONTACTS = 50

export async function searchEverywhere(ctx: ServiceContext, text: string): Promise<SearchResults> {
  const words = searchWords(text)
  if (words.length === 0) return { customers: [], documents: [], products: [], contacts: [] }
  const found = await customerListIndex(ctx.db).page(
    {
      search: text,
      status: 'all',
      archived: 'include',
      executiveId: null,
      sort: { field: 'name', direction: 'asc' }
    },
    0,
    CUSTOMERS_FOR_CONTACTS
  )
  const [customers, contacts, documents, products] = await Promise.all([
    customerHits(ctx, found.ids, words),
    contactHits(ctx, found.ids, words),
    documentHits(ctx, text),
    productHits(ctx, text)
  ])
  return { customers, documents, products, contacts }
}

/**
 * The index finds customers by any of their texts (a contact's name too); those whose own name
 * holds the words come first, the exact name first of all, then name order.
 */
async function customerHits(ctx: ServiceContext, ids: number[], words: string[]) {
  if (ids.length === 0) return []
  const rows = await ctx.db
    .selectFrom('customers')
    .select(['id', 'code', 'name', 'billingCity as city', 'archivedAt'])
    .where('id', 'in', ids)
    .execute()
  const byId = new Map(rows.map((r) => [r.id, r]))
  const wanted = words.join(' ')
  const rank = (name: string) => {
    const folded = foldForSearch(name)
    return folded === wanted ? 0 : words.every((w) => folded.includes(w)) ? 1 : 2
  }
  return ids
    .flatMap((id, order) => {
      const row = byId.get(id)
      return row ? [{ row, order, rank: rank(row.name) }] : []
    })
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, HITS_PER_KIND)
    .map(({ row }) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      city: row.city,
      archived: row.archivedAt !== null
    }))
}

async function contactHits(ctx: ServiceContext, customerIds: number[], words: string[]) {
  if (customerIds.length === 0) return []
  let query = ctx.db
    .selectFrom('customerContacts as cc')
    .innerJoin('customers as c', 'c.id', 'cc.customerId')
    .select(['cc.customerId', 'c.name as customerName', 'cc.name', 'cc.email', 'cc.phone'])
    .where('cc.customerId', 'in', customerIds)
  for (const word of words)
    query = query.where(
      sql<boolean>`fold(cc.name || ' ' || cc.email || ' ' || cc.phone) like ${likeContains(word)} escape '\\'`
    )
  return query.orderBy('c.sortName').orderBy('cc.position').limit(HITS_PER_KIND).execute()
}

/** Issued documents whose number contains every word ("2026 42", "INV-2026-00042"); the newest first. */
async function documentHits(ctx: ServiceContext, text: string) {
  let query = ctx.db
    .selectFrom('documents as d')
    .select(['d.id', 'd.type', 'd.number', 'd.customerName', 'd.issueDate'])
    .where('d.number', 'is not', null)
  for (const condition of matchesAllWords('d.number', text)) query = query.where(condition)
  const rows = await query
    // The exact number first, then the newest.
    .orderBy(sql`upper(d.number) = upper(${text.trim()})`, 'desc')
    .orderBy('d.issueDate', 'desc')
    .orderBy('d.id', 'desc')
    .limit(HITS_PER_KIND)
    .execute()
  return rows.map((r) => ({ ...r, number: r.number ?? '' }))
}

async function productHits(ctx: ServiceContext, text: string) {
  let query = ctx.db.selectFrom('products').select(['id', 'sku', 'name', 'active'])
  for (const condition of matchesAllWords('search_text', text)) query = query.where(condition)
  const rows = await query.orderBy('name').orderBy('id').limit(HITS_PER_KIND).execute()
  return rows.map((r) => ({ ...r, active: r.active === 1 }))
}
