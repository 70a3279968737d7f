import { sql, type Kysely } from 'kysely'
import type { CustomerListQuery } from '../../shared/schemas/customers'
import type { Database } from '../db/types'
import { matchesAllWords } from '../db/search'

type ListFilters = Pick<Required<CustomerListQuery>, 'search' | 'status' | 'archived' | 'executiveId'>

/** The filtered set a customer list shows; shared by the page query, the count and the export. */
export function customerListBase(db: Kysely<Database>, query: ListFilters) {
  let base = db.selectFrom('customers as c').leftJoin('salesExecutives as e', 'e.id', 'c.executiveId')
  for (const condition of matchesAllWords('c.search_text', query.search)) base = base.where(condition)
  if (query.status !== 'all') base = base.where('c.status', '=', query.status)
  if (query.archived === 'exclude') base = base.where('c.archivedAt', 'is', null)
  if (query.archived === 'only') base = base.where('c.archivedAt', 'is not', null)
  if (query.executiveId !== null) base = base.where('c.executiveId', '=', query.executiveId)
  return base
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

export function customerSortColumn(field: Required<CustomerListQuery>['sort']['field']) {
  switch (field) {
    case 'code':
      return 'c.code' as const
    case 'name':
      return 'c.sortName' as const
    case 'city':
      return 'c.billingCity' as const
    case 'country':
      return 'c.billingCountry' as const
    case 'status':
      return 'c.status' as const
    case 'executiveName':
      return 'e.name' as const
    case 'updatedAt':
      return 'c.updatedAt' as const
  }
}
