/** Reference checks shared by visits, plans and meetings, so forms get field-level errors. */
import { invalid } from '../../shared/errors'
import type { Address } from '../../shared/schemas/customers'
import type { PersonRef } from '../../shared/schemas/schedule'
import type { Executor } from '../context'
import { required } from '../../shared/required'
import { notFound } from '../db/errors'
import { addressOf } from '../customers/address-columns'
import { chosenCustomer } from '../customers/references'

/** The one refusal of input, from shared/errors (kept exported here for the schedule's callers). */
export { invalid }

export async function checkExecutives(db: Executor, ids: number[], field: string): Promise<void> {
  const found = await db.selectFrom('salesExecutives').select('id').where('id', 'in', ids).execute()
  if (found.length !== new Set(ids).size) throw invalid({ [field]: { key: 'executivesDoNotExist' } })
}

export async function checkProducts(db: Executor, ids: number[], field: string): Promise<void> {
  if (ids.length === 0) return
  const found = await db.selectFrom('products').select('id').where('id', 'in', ids).execute()
  if (found.length !== new Set(ids).size) throw invalid({ [field]: { key: 'productsDoNotExist' } })
}

export interface CustomerSummary {
  id: number
  name: string
  archived: boolean
  address: Address
}

/** The customer and the address a visit goes to: the delivery address, else the billing one. */
export async function customerForVisit(
  db: Executor,
  id: number,
  field = 'customerId'
): Promise<CustomerSummary> {
  const c = await chosenCustomer(db, id, 'all', field)
  const delivery = addressOf(c, 'delivery')
  const billing = addressOf(c, 'billing')
  const hasDelivery = delivery.line1 !== '' || delivery.city !== ''
  return {
    id: c.id,
    name: c.name,
    archived: c.archivedAt !== null,
    address: hasDelivery ? delivery : billing
  }
}

export async function executiveNames(db: Executor): Promise<Map<number, string>> {
  const rows = await db.selectFrom('salesExecutives').select(['id', 'name']).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

export function people(ids: number[], names: Map<number, string>): PersonRef[] {
  return ids.map((id) => ({ id, name: names.get(id) ?? `#${id}` }))
}

/** Where a visit, a meeting and a plan keep their executives: the join table and its column naming the event. */
const executivesTables = {
  visit: { table: 'siteVisitExecutives', event: 'visitId' },
  meeting: { table: 'meetingAttendees', event: 'meetingId' },
  plan: { table: 'visitPlanExecutives', event: 'planId' }
} as const

/** The executives booked on a visit, a meeting or a plan: their ids in order, and each with their name. */
export async function executivesOf(
  db: Executor,
  kind: keyof typeof executivesTables,
  id: number
): Promise<{ ids: number[]; people: PersonRef[] }> {
  return required((await executivesOfEach(db, kind, [id])).get(id), `the executives of ${kind} ${String(id)}`)
}

/**
 * `executivesOf` for many events of one kind in two queries whatever their number (a list's
 * events: keep `ids` within SQLite's bound parameters, 32 766): every id asked for is in the map,
 * with no executives when it has none.
 */
export async function executivesOfEach(
  db: Executor,
  kind: keyof typeof executivesTables,
  ids: number[]
): Promise<Map<number, { ids: number[]; people: PersonRef[] }>> {
  const { table, event } = executivesTables[kind]
  if (ids.length === 0) return new Map()
  const byEvent = new Map(ids.map((id) => [id, [] as number[]]))
  const [rows, names] = await Promise.all([
    db
      .selectFrom(table)
      .select([`${event} as eventId`, 'executiveId'])
      .where(event, 'in', ids)
      .orderBy(event)
      .orderBy('executiveId')
      .execute(),
    executiveNames(db)
  ])
  for (const r of rows) byEvent.get(r.eventId)?.push(r.executiveId)
  return new Map([...byEvent].map(([id, booked]) => [id, { ids: booked, people: people(booked, names) }]))
}

/**
 * Visits as the schedule shows them: every column of the visit (`v`) and its customer's name
 * (`c` joined), for one visit's page or a period's calendar.
 */
export const visitsWithCustomer = (db: Executor) =>
  db
    .selectFrom('siteVisits as v')
    .innerJoin('customers as c', 'c.id', 'v.customerId')
    .selectAll('v')
    .select('c.name as customerName')

/**
 * The ids of the visits, meetings or plans the sales executive is booked on: a list filtered by
 * executive keeps the events whose id is among them (an event can have several executives).
 */
export function bookedOn(db: Executor, kind: keyof typeof executivesTables, executiveId: number) {
  const { table, event } = executivesTables[kind]
  return db.selectFrom(table).select(`${event} as id`).where('executiveId', '=', executiveId)
}

export { notFound }
