/**
 * Other areas name a customer by id (a call's, a request's, a payment's, a letter's) and read a few
 * of the customer's columns: the name for the activity log, the language, the payment method; or, with
 * 'all', the whole record (a letter's addressee, a document's copy of the customer, a visit's address).
 */
import { invalid, notFound } from '../../shared/errors'
import type { Executor } from '../context'
import type { CustomerRecord } from '../db/types'

type CustomerColumn = keyof CustomerRecord
/** The columns wanted, or 'all' for the whole record. */
type Columns<C extends CustomerColumn> = readonly C[] | 'all'

function customerColumns<C extends CustomerColumn>(db: Executor, id: number, columns: Columns<C>) {
  const customer = db.selectFrom('customers').where('id', '=', id)
  return columns === 'all'
    ? customer.selectAll().executeTakeFirst()
    : customer.select(columns).executeTakeFirst()
}

/** The customer asked for (a screen's or the command line's address names them); not found when not on file. */
export async function customerById<C extends CustomerColumn = CustomerColumn>(
  db: Executor,
  id: number,
  columns: Columns<C>
) {
  const customer = await customerColumns(db, id, columns)
  if (!customer) throw notFound('customer', id)
  return customer
}

/** The customer chosen in a form; refused beside the form's field when not on file. */
export async function chosenCustomer<C extends CustomerColumn = CustomerColumn>(
  db: Executor,
  id: number,
  columns: Columns<C>,
  field = 'customerId'
) {
  const customer = await customerColumns(db, id, columns)
  if (!customer) throw invalid({ [field]: { key: 'customerDoesNotExist' } })
  return customer
}

/** A customer's contacts in the order the customer's form lists them: the customer's page and a visit's day sheet. */
export function contactsOf(db: Executor, customerId: number) {
  return db
    .selectFrom('customerContacts')
    .select(['name', 'role', 'phone', 'email'])
    .where('customerId', '=', customerId)
    .orderBy('position')
    .execute()
}
