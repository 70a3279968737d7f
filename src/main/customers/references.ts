/**
 * Other areas name a customer by id (a call's, a request's, a payment's, a letter's) and read a few
 * of the customer's columns: the name for the activity log, the language, the payment method.
 */
import type { Selectable } from 'kysely'
import { invalid, notFound } from '../../shared/errors'
import type { Executor } from '../context'
import type { CustomersTable } from '../db/types'

type CustomerColumn = keyof Selectable<CustomersTable>

function customerColumns<C extends CustomerColumn>(db: Executor, id: number, columns: readonly C[]) {
  return db.selectFrom('customers').select(columns).where('id', '=', id).executeTakeFirst()
}

/** The customer asked for (a screen's or the command line's address names them); not found when not on file. */
export async function customerById<C extends CustomerColumn>(
  db: Executor,
  id: number,
  columns: readonly C[]
) {
  const customer = await customerColumns(db, id, columns)
  if (!customer) throw notFound('customer', id)
  return customer
}

/** The customer chosen in a form; refused beside the form's field when not on file. */
export async function chosenCustomer<C extends CustomerColumn>(
  db: Executor,
  id: number,
  columns: readonly C[],
  field = 'customerId'
) {
  const customer = await customerColumns(db, id, columns)
  if (!customer) throw invalid({ [field]: { key: 'customerDoesNotExist' } })
  return customer
}
