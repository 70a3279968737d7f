import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/types'

/** The list rows for the given customers, in the order of `ids` (as the list index sorted them). */
export async function customerRowsByIds(db: Kysely<Database>, ids: number[]) {
  const rows = []
  // Chunks keep the number of bound parameters well under SQLite's limit during exports.
  for (let start = 0; start < ids.length; start += 5000) {
    const chunk = ids.slice(start, start + 5000)
    rows.push(
      ...(await db
        .selectFrom('customers as c')
        .leftJoin('salesExecutives as e', 'e.id', 'c.executiveId')
        .select(customerRowColumns)
        .select([
          'c.billingLine1 as street',
          'c.billingPostalCode as postalCode',
          'c.paymentTermsDays',
          'c.createdAt'
        ])
        .where('c.id', 'in', chunk)
        .execute())
    )
  }
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.map((id) => byId.get(id)).filter((r) => r !== undefined)
}

const firstContact = (column: 'email' | 'name') =>
  sql<string>`coalesce((select ${sql.ref(column)} from customer_contacts cc where cc.customer_id = c.id order by cc.position limit 1), '')`

export const customerRowColumns = [
  'c.id',
  'c.code',
  'c.name',
  'c.status',
  'c.taxId',
  'c.billingCity as city',
  'c.billingCountry as country',
  'c.archivedAt',
  'c.updatedAt',
  sql<string>`coalesce(e.name, '')`.as('executiveName'),
  firstContact('email').as('email'),
  firstContact('name').as('contactName')
] as const
