import { sql, type Kysely } from 'kysely'

/** Customers, contacts, products, sales executives, settings and the activity log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sales_executives')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('products')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('sku', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('unit_price_cents', 'integer', (c) => c.notNull().check(sql`unit_price_cents >= 0`))
    .addColumn('vat_rate_bp', 'integer', (c) => c.notNull().check(sql`vat_rate_bp between 0 and 10000`))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('products_name').on('products').column('name').execute()

  let customers = db.schema
    .createTable('customers')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_name', 'text', (c) => c.notNull())
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
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('customers_sort_name').on('customers').columns(['sort_name', 'id']).execute()
  await db.schema.createIndex('customers_executive').on('customers').column('executive_id').execute()

  await db.schema
    .createTable('customer_contacts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await db.schema
    .createIndex('customer_contacts_customer')
    .on('customer_contacts')
    .columns(['customer_id', 'position'])
    .execute()

  await db.schema
    .createTable('customer_product_preferences')
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addPrimaryKeyConstraint('customer_product_preferences_pk', ['customer_id', 'product_id'])
    .execute()
  await db.schema
    .createIndex('customer_product_preferences_product')
    .on('customer_product_preferences')
    .column('product_id')
    .execute()

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('activity_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('activity_log_entity')
    .on('activity_log')
    .columns(['entity', 'entity_id'])
    .execute()
  // Append-only in the store itself, not only in the services.
  await sql`create trigger activity_log_no_update before update on activity_log
    begin select raise(abort, 'The activity log is append-only'); end`.execute(db)
  await sql`create trigger activity_log_no_delete before delete on activity_log
    begin select raise(abort, 'The activity log is append-only'); end`.execute(db)
}
