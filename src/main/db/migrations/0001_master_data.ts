import { sql, type Kysely } from 'kysely'
import { createIndex, createLinkTable, createRecordTable, required } from './schema'
import { appendOnlyTriggers } from '../guards'

/** Customers, contacts, products, sales executives, settings and the activity log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createRecordTable(db, 'sales_executives')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .$call(required({ created_at: 'text', updated_at: 'text' }))
    .execute()

  await createRecordTable(db, 'products')
    .addColumn('sku', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('unit_price_cents', 'integer', (c) => c.notNull().check(sql`unit_price_cents >= 0`))
    .addColumn('vat_rate_bp', 'integer', (c) => c.notNull().check(sql`vat_rate_bp between 0 and 10000`))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .$call(required({ created_at: 'text', updated_at: 'text' }))
    .execute()
  await createIndex(db, 'products_name', 'products', ['name'])

  let customers = createRecordTable(db, 'customers')
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .$call(required({ name: 'text', sort_name: 'text' }))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('prospect', 'active', 'inactive')`))
    .addColumn('tax_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('mailing_same_as_billing', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('delivery_same_as_billing', 'integer', (c) => c.notNull().defaultTo(1))
  for (const prefix of ['billing', 'mailing', 'delivery']) {
    for (const part of ['line1', 'line2', 'postal_code', 'city', 'region', 'country']) {
      customers = customers.addColumn(`${prefix}_${part}`, 'text', (c) => c.notNull().defaultTo(''))
    }
  }
  await customers
    .addColumn('payment_terms_days', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('preferred_payment_method', 'text', (c) =>
      c.notNull().check(sql`preferred_payment_method in ('bank_transfer', 'card', 'direct_debit')`)
    )
    .addColumn('product_notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('executive_id', 'integer', (c) => c.references('sales_executives.id'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('archived_at', 'text')
    .$call(required({ created_at: 'text', updated_at: 'text' }))
    .execute()
  await createIndex(db, 'customers_sort_name', 'customers', ['sort_name', 'id'])
  await createIndex(db, 'customers_executive', 'customers', ['executive_id'])

  await createRecordTable(db, 'customer_contacts')
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .$call(required({ position: 'integer', name: 'text' }))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await createIndex(db, 'customer_contacts_customer', 'customer_contacts', ['customer_id', 'position'])

  await createLinkTable(
    db,
    'customer_product_preferences',
    { column: 'customer_id', table: 'customers' },
    { column: 'product_id', table: 'products' }
  )
  await createIndex(db, 'customer_product_preferences_product', 'customer_product_preferences', [
    'product_id'
  ])

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()

  await createRecordTable(db, 'activity_log')
    .$call(required({ at: 'text', actor: 'text', entity: 'text' }))
    .addColumn('entity_id', 'integer')
    .$call(required({ action: 'text', summary: 'text' }))
    .execute()
  await createIndex(db, 'activity_log_entity', 'activity_log', ['entity', 'entity_id'])
  // Append-only in the store itself, not only in the services.
  for (const statement of appendOnlyTriggers('activity_log', 'The activity log is append-only'))
    await sql.raw(statement).execute(db)
}
