/** The customer database: list/search, read, create, edit, archive. */
import type { z } from 'zod'
import { activity } from '../../shared/activity'
import { conflict, invalid, type DomainError, type Message } from '../../shared/errors'
import type { Page } from '../../shared/schemas/common'
import type {
  Customer,
  CustomerInput,
  CustomerListQuery,
  CustomerRow,
  PaymentMethod,
  customerUpdate
} from '../../shared/schemas/customers'
import { taxIdRefusal } from '../../shared/tax-ids'
import { recordActivity } from '../activity/log'
import { recordEdit } from '../activity/edit-entry'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { isForeignKeyViolation, notFound } from '../db/errors'
import { refusingTakenKey } from '../db/taken-key'
import { executiveExists } from '../executives/references'
import { toCustomer, toCustomerColumns } from './mapping'
import { customerListIndex } from './list-index'
import { customerRowsByIds } from './queries'
import { contactsOf } from './references'
import { writeTransaction } from '../db/write-transaction'
import { refuseDuplicateTaxId, taxIdKey } from './duplicates'
import { readPaymentDetails, storePaymentDetails } from '../payments/setup'

export async function listCustomers(
  ctx: ServiceContext,
  query: Required<CustomerListQuery>
): Promise<Page<CustomerRow>> {
  const { total, ids } = await customerListIndex(ctx.db).page(query, query.offset, query.limit)
  const rows = await customerRowsByIds(ctx.db, ids)
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      status: r.status,
      taxId: r.taxId,
      city: r.city,
      country: r.country,
      email: r.email,
      contactName: r.contactName,
      executiveName: r.executiveName,
      archived: r.archivedAt !== null,
      updatedAt: r.updatedAt
    }))
  }
}

/** Keeps the in-memory list in step with this process's own writes. */
async function afterChange<T>(ctx: ServiceContext, id: number, result: T): Promise<T> {
  await customerListIndex(ctx.db).customerChanged(id)
  return result
}

export async function loadCustomer(db: Executor, id: number): Promise<Customer> {
  const record = await db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst()
  if (!record) throw notFound('customer', id)
  const contacts = await contactsOf(db, id)
  const preferences = await db
    .selectFrom('customerProductPreferences')
    .select('productId')
    .where('customerId', '=', id)
    .orderBy('productId')
    .execute()
  return toCustomer(
    record,
    contacts,
    preferences.map((p) => p.productId),
    await readPaymentDetails(db, id)
  )
}

export const getCustomer = (ctx: ServiceContext, id: number) => loadCustomer(ctx.db, id)

/** References are checked up front so the form can show the error beside the right field. */
async function checkReferences(db: Executor, input: CustomerInput): Promise<void> {
  const fields: Record<string, Message> = {}
  if (input.executiveId !== null && !(await executiveExists(db, input.executiveId)))
    fields.executiveId = { key: 'executiveDoesNotExist' }
  const productIds = [...new Set(input.preferredProductIds)]
  if (productIds.length > 0) {
    const found = await db.selectFrom('products').select('id').where('id', 'in', productIds).execute()
    if (found.length !== productIds.length) fields.preferredProductIds = { key: 'productsDoNotExist' }
  }
  if (Object.keys(fields).length > 0) throw invalid(fields)
}

async function nextCustomerCode(db: Executor): Promise<string> {
  const { maxId } = await db
    .selectFrom('customers')
    .select((eb) => eb.fn.max<number | null>('id').as('maxId'))
    .executeTakeFirstOrThrow()
  for (let n = (maxId ?? 0) + 1; ; n++) {
    const code = `C-${String(n).padStart(6, '0')}`
    const taken = await db.selectFrom('customers').select('id').where('code', '=', code).executeTakeFirst()
    if (!taken) return code
  }
}

/**
 * A save without details (an import, an older caller) keeps what is stored, but a changed method
 * moves the stored set-up with it (it stayed on the old method before): only what the new method
 * uses is kept, as on the form.
 */
async function followMethod(trx: Executor, customerId: number, method: PaymentMethod, now: string) {
  const stored = await trx
    .selectFrom('customerPaymentSetups')
    .select('method')
    .where('customerId', '=', customerId)
    .executeTakeFirst()
  if (stored === undefined || stored.method === method) return
  await storePaymentDetails(trx, customerId, method, await readPaymentDetails(trx, customerId), now)
}

async function saveChildren(
  trx: Executor,
  customerId: number,
  input: CustomerInput,
  now: string
): Promise<void> {
  // The mandate or card typed on the form is kept where invoices and direct debits read it.
  if (input.paymentSetup !== undefined)
    await storePaymentDetails(trx, customerId, input.preferredPaymentMethod, input.paymentSetup, now)
  else await followMethod(trx, customerId, input.preferredPaymentMethod, now)
  await trx.deleteFrom('customerContacts').where('customerId', '=', customerId).execute()
  if (input.contacts.length > 0) {
    await trx
      .insertInto('customerContacts')
      .values(input.contacts.map((c, position) => ({ customerId, position, ...c })))
      .execute()
  }
  await trx.deleteFrom('customerProductPreferences').where('customerId', '=', customerId).execute()
  const productIds = [...new Set(input.preferredProductIds)]
  if (productIds.length > 0) {
    await trx
      .insertInto('customerProductPreferences')
      .values(productIds.map((productId) => ({ customerId, productId })))
      .execute()
  }
}

function duplicateCode(code: string): DomainError {
  return conflict('customerCodeUsed', { code }, { code: { key: 'customerCodeUsedField' } })
}

/** A tax id that cannot be right (form, control letter, check digit) is refused before anything is written. */
function checkTaxId(input: CustomerInput): void {
  const fields = taxIdRefusal('customer.taxId', input.taxId, input.billingAddress.country)
  if (fields) throw invalid(fields)
}

export function createCustomer(
  ctx: ServiceContext,
  input: CustomerInput,
  confirmDuplicate = false
): Promise<Customer> {
  return saveCustomer(ctx, input, (trx) => createCustomerIn(trx, ctx, input, confirmDuplicate))
}

/**
 * The form's save of a customer, new or edited: written in one transaction, then put in this
 * process's list index; a code another customer has is refused beside the code.
 */
function saveCustomer(
  ctx: ServiceContext,
  input: CustomerInput,
  save: (trx: Executor) => Promise<Customer>
): Promise<Customer> {
  return refusingTakenKey(
    async () => {
      const saved = await writeTransaction(ctx.db, save)
      return afterChange(ctx, saved.id, saved)
    },
    () => duplicateCode(input.code)
  )
}

/**
 * A new customer inside the caller's write transaction (the form's save, a call from an unknown
 * caller that makes a prospect): the same checks and the same activity entry. The caller puts the
 * customer in the list index after its commit (`customerAdded`).
 */
export async function createCustomerIn(
  trx: Executor,
  ctx: ServiceContext,
  input: CustomerInput,
  confirmDuplicate = false
): Promise<Customer> {
  checkTaxId(input)
  await checkReferences(trx, input)
  await refuseDuplicateTaxId(trx, { name: input.name, taxId: input.taxId }, confirmDuplicate)
  const code = input.code || (await nextCustomerCode(trx))
  const now = isoNow(ctx)
  const { id } = await trx
    .insertInto('customers')
    .values({ ...toCustomerColumns(input, code), createdAt: now, updatedAt: now, archivedAt: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  await saveChildren(trx, id, input, now)
  await recordActivity(trx, ctx, {
    entity: 'customer',
    entityId: id,
    action: 'create',
    summary: `Created customer ${code} ${input.name}`,
    details: activity('customerCreated', { code, name: input.name })
  })
  return loadCustomer(trx, id)
}

/** A customer created inside another area's transaction joins the list index once it is committed. */
export async function customerAdded(ctx: ServiceContext, id: number): Promise<void> {
  await afterChange(ctx, id, null)
}

/** The form's save of an edit, as the API receives it. */
export async function updateCustomer(
  ctx: ServiceContext,
  { id, customer, expectedUpdatedAt, confirmDuplicate }: z.output<typeof customerUpdate>
): Promise<Customer> {
  checkTaxId(customer)
  return saveCustomer(ctx, customer, (trx) =>
    updateCustomerIn(trx, ctx, id, customer, expectedUpdatedAt, confirmDuplicate === true)
  )
}

/**
 * The edit of a customer inside the caller's write transaction (the form's save, an import that
 * updates existing customers): the same checks and the same activity entry.
 */
export async function updateCustomerIn(
  trx: Executor,
  ctx: ServiceContext,
  id: number,
  input: CustomerInput,
  expectedUpdatedAt?: string,
  confirmDuplicate = false
): Promise<Customer> {
  const before = await loadCustomer(trx, id)
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== before.updatedAt) {
    throw conflict('customerChangedElsewhere')
  }
  await checkReferences(trx, input)
  // Only a changed tax id is checked: a customer saved before this check keeps saving.
  if (taxIdKey(input.taxId) !== taxIdKey(before.taxId))
    await refuseDuplicateTaxId(trx, { name: input.name, taxId: input.taxId, excludeId: id }, confirmDuplicate)
  const code = input.code || before.code
  const now = isoNow(ctx)
  await trx
    .updateTable('customers')
    .set({ ...toCustomerColumns(input, code), updatedAt: now })
    .where('id', '=', id)
    .execute()
  await saveChildren(trx, id, input, now)
  const after = await loadCustomer(trx, id)
  const { id: _a, createdAt: _b, updatedAt: _c, archivedAt: _d, ...beforeInput } = before
  const { id: _e, createdAt: _f, updatedAt: _g, archivedAt: _h, ...afterInput } = after
  await recordEdit(
    trx,
    ctx,
    { entity: 'customer', id, before: beforeInput, after: afterInput },
    `customer ${after.code} ${after.name}`,
    { edited: 'customerEdited', unchanged: 'customerSaved' },
    { code: after.code, name: after.name }
  )
  return after
}

async function setArchived(ctx: ServiceContext, id: number, archived: boolean): Promise<Customer> {
  const result = await writeTransaction(ctx.db, async (trx) => {
    const before = await loadCustomer(trx, id)
    if ((before.archivedAt !== null) === archived) return before
    const now = isoNow(ctx)
    await trx
      .updateTable('customers')
      .set({ archivedAt: archived ? now : null, updatedAt: now })
      .where('id', '=', id)
      .execute()
    await recordActivity(trx, ctx, {
      entity: 'customer',
      entityId: id,
      action: archived ? 'archive' : 'restore',
      summary: `${archived ? 'Archived' : 'Restored'} customer ${before.code} ${before.name}`,
      details: activity(archived ? 'customerArchived' : 'customerRestored', {
        code: before.code,
        name: before.name
      })
    })
    return loadCustomer(trx, id)
  })
  return afterChange(ctx, id, result)
}

export const archiveCustomer = (ctx: ServiceContext, id: number) => setArchived(ctx, id, true)
export const restoreCustomer = (ctx: ServiceContext, id: number) => setArchived(ctx, id, false)

/**
 * The delete itself, shared by the trial and the real one so that the answer asked before is the
 * outcome after: an unknown customer is refused as not found, and the store refuses (a foreign key
 * violation) one that other records refer to. Returns the customer as it was.
 */
async function removeCustomer(trx: Executor, id: number): Promise<Customer> {
  const before = await loadCustomer(trx, id)
  await trx.deleteFrom('customers').where('id', '=', id).execute()
  return before
}

/** Thrown to roll a trial delete back. */
class TrialOnly extends Error {}

/**
 * Whether the customer can be deleted, asked before the user confirms (issue 13: Delete asked
 * and then refused). The same test as the delete itself: the store's references, tried in a
 * transaction that is always rolled back.
 */
export async function customerDeletable(ctx: ServiceContext, id: number): Promise<{ deletable: boolean }> {
  try {
    await writeTransaction(ctx.db, async (trx) => {
      await removeCustomer(trx, id)
      throw new TrialOnly()
    })
  } catch (error) {
    if (isForeignKeyViolation(error)) return { deletable: false }
    if (!(error instanceof TrialOnly)) throw error
  }
  return { deletable: true }
}

/**
 * Deletes a customer that nothing refers to (typed by mistake). Documents reference
 * customers without cascading, so the store itself refuses to delete one with history.
 */
export async function deleteCustomer(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  try {
    const deleted = await writeTransaction(ctx.db, async (trx) => {
      const before = await removeCustomer(trx, id)
      await recordActivity(trx, ctx, {
        entity: 'customer',
        entityId: id,
        action: 'delete',
        summary: `Deleted customer ${before.code} ${before.name}`,
        details: activity('customerDeleted', { code: before.code, name: before.name })
      })
      return { deleted: true as const }
    })
    return await afterChange(ctx, id, deleted)
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw conflict('customerHasHistory')
    }
    throw error
  }
}
