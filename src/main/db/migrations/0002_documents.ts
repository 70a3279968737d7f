import { sql, type Kysely } from 'kysely'
import { createIndex, createRecordTable, required } from './schema'
import { appendOnlyTriggers, issuedDocumentPartTriggers, noDeleteTrigger } from '../guards'

/**
 * Sales documents (estimates, orders, invoices, credit and debit notes) with their lines,
 * deliveries of orders, and the numbering series. Issued documents are immutable in the
 * store itself: triggers refuse to delete them or change anything but an allowed status
 * step (sent -> accepted, confirmed -> delivered, ...), and refuse any change to their lines.
 */

const statusCheck = sql`(type = 'estimate' and status in ('draft', 'sent', 'accepted', 'declined', 'converted'))
  or (type = 'order' and status in ('draft', 'confirmed', 'partially_delivered', 'delivered', 'cancelled'))
  or (type in ('invoice', 'credit_note', 'debit_note') and status in ('draft', 'issued'))`

/** Everything that must never change once a document has its number (0007 and the record chain build on it). */
export const frozenColumns = [
  'type',
  'number',
  'series_year',
  'sequence',
  'customer_id',
  'executive_id',
  'customer_code',
  'customer_name',
  'customer_tax_id',
  'billing_line1',
  'billing_line2',
  'billing_postal_code',
  'billing_city',
  'billing_region',
  'billing_country',
  'issue_date',
  'valid_until',
  'due_date',
  'promised_date',
  'currency',
  'payment_method',
  'payment_instructions',
  'notes',
  'terms',
  'reason',
  'source_id',
  'corrects_id',
  'replaces_id',
  'net_cents',
  'vat_cents',
  'total_cents',
  'search_text',
  'issued_at',
  'created_at'
]

/** The only status steps an issued document may take. */
const allowedSteps = [
  ['sent', 'accepted'],
  ['sent', 'declined'],
  ['accepted', 'converted'],
  ['confirmed', 'partially_delivered'],
  ['confirmed', 'delivered'],
  ['partially_delivered', 'delivered'],
  ['confirmed', 'cancelled'],
  ['partially_delivered', 'cancelled']
]

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_series')
    .$call(required({ type: 'text', year: 'integer' }))
    .addColumn('next_sequence', 'integer', (c) => c.notNull().check(sql`next_sequence >= 1`))
    .addPrimaryKeyConstraint('document_series_pk', ['type', 'year'])
    .execute()

  let documents = createRecordTable(db, 'documents')
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sql`type in ('estimate', 'order', 'invoice', 'credit_note', 'debit_note')`)
    )
    .addColumn('number', 'text')
    .addColumn('series_year', 'integer')
    .addColumn('sequence', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    // No cascade: a customer with documents cannot be deleted, only archived.
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('executive_id', 'integer', (c) => c.references('sales_executives.id'))
    .$call(required({ customer_code: 'text', customer_name: 'text', customer_tax_id: 'text' }))
  for (const part of ['line1', 'line2', 'postal_code', 'city', 'region', 'country']) {
    documents = documents.addColumn(`billing_${part}`, 'text', (c) => c.notNull().defaultTo(''))
  }
  await documents
    .addColumn('issue_date', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('due_date', 'text')
    .addColumn('promised_date', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('payment_method', 'text', (c) =>
      c.notNull().check(sql`payment_method in ('bank_transfer', 'card', 'direct_debit')`)
    )
    .addColumn('payment_instructions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('terms', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('corrects_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('replaces_id', 'integer', (c) => c.references('documents.id'))
    .$call(required({ net_cents: 'integer', vat_cents: 'integer', total_cents: 'integer' }))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_at', 'text')
    .$call(required({ created_at: 'text', updated_at: 'text' }))
    .addCheckConstraint('documents_status_by_type', statusCheck)
    // A number exactly when issued; drafts have none.
    .addCheckConstraint(
      'documents_number_iff_issued',
      sql`(status = 'draft' and number is null and series_year is null and sequence is null and issued_at is null)
        or (status <> 'draft' and number is not null and series_year is not null and sequence >= 1 and issue_date is not null and issued_at is not null)`
    )
    .addUniqueConstraint('documents_type_number', ['type', 'number'])
    .addUniqueConstraint('documents_series_sequence', ['type', 'series_year', 'sequence'])
    .execute()
  await createIndex(db, 'documents_type_issue_date', 'documents', ['type', 'issue_date', 'id'])
  await createIndex(db, 'documents_type_status', 'documents', ['type', 'status'])
  await createIndex(db, 'documents_customer', 'documents', ['customer_id', 'type'])
  await createIndex(db, 'documents_executive', 'documents', ['executive_id'])
  await createIndex(db, 'documents_source', 'documents', ['source_id'])
  await createIndex(db, 'documents_corrects', 'documents', ['corrects_id'])
  await createIndex(db, 'documents_replaces', 'documents', ['replaces_id'])

  await createRecordTable(db, 'document_lines')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('product_id', 'integer', (c) => c.references('products.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('quantity_milli', 'integer', (c) => c.notNull().check(sql`quantity_milli > 0`))
    .addColumn('unit_price_cents', 'integer', (c) => c.notNull().check(sql`unit_price_cents >= 0`))
    .addColumn('discount_bp', 'integer', (c) => c.notNull().check(sql`discount_bp between 0 and 10000`))
    .addColumn('vat_rate_bp', 'integer', (c) => c.notNull().check(sql`vat_rate_bp between 0 and 10000`))
    .addColumn('promised_date', 'text')
    .addColumn('source_line_id', 'integer', (c) => c.references('document_lines.id'))
    .$call(required({ gross_cents: 'integer', discount_cents: 'integer', net_cents: 'integer' }))
    .execute()
  await createIndex(db, 'document_lines_document', 'document_lines', ['document_id', 'position'])
  await createIndex(db, 'document_lines_source', 'document_lines', ['source_line_id'])
  await createIndex(db, 'document_lines_product', 'document_lines', ['product_id'])

  await createRecordTable(db, 'deliveries')
    .addColumn('order_id', 'integer', (c) => c.notNull().references('documents.id'))
    .$call(required({ sequence: 'integer', delivery_date: 'text' }))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('deliveries_order_sequence', ['order_id', 'sequence'])
    .execute()
  await db.schema
    .createTable('delivery_lines')
    .addColumn('delivery_id', 'integer', (c) => c.notNull().references('deliveries.id'))
    .addColumn('order_line_id', 'integer', (c) => c.notNull().references('document_lines.id'))
    .addColumn('quantity_milli', 'integer', (c) => c.notNull().check(sql`quantity_milli > 0`))
    .addPrimaryKeyConstraint('delivery_lines_pk', ['delivery_id', 'order_line_id'])
    .execute()
  await createIndex(db, 'delivery_lines_order_line', 'delivery_lines', ['order_line_id'])

  const changed = frozenColumns.map((c) => `new.${c} is not old.${c}`).join(' or ')
  const steps = allowedSteps.map(([from, to]) => `('${from}', '${to}')`).join(', ')
  const statements = [
    `create trigger documents_issued_no_delete before delete on documents when old.number is not null
      begin select raise(abort, 'Issued documents cannot be deleted'); end`,
    `create trigger documents_issued_frozen before update on documents when old.number is not null and (${changed})
      begin select raise(abort, 'Issued documents cannot be changed'); end`,
    `create trigger documents_issued_status_steps before update of status, status_reason on documents
      when old.number is not null and (
        (new.status is not old.status and (old.status, new.status) not in (values ${steps}))
        or (new.status is old.status and new.status_reason is not old.status_reason))
      begin select raise(abort, 'This status change is not allowed for an issued document'); end`,
    ...issuedDocumentPartTriggers(
      'document_lines',
      'Lines of an issued document cannot be changed',
      'Lines of an issued document cannot be deleted'
    ),
    ...appendOnlyTriggers(
      'deliveries',
      'Recorded deliveries cannot be changed',
      'Recorded deliveries cannot be deleted'
    ),
    ...appendOnlyTriggers(
      'delivery_lines',
      'Recorded deliveries cannot be changed',
      'Recorded deliveries cannot be deleted'
    ),
    // A series counter only moves forward.
    `create trigger document_series_forward before update on document_series
      when new.next_sequence < old.next_sequence or new.type is not old.type or new.year is not old.year
      begin select raise(abort, 'A numbering series cannot go back'); end`,
    noDeleteTrigger('document_series', 'A numbering series cannot be deleted')
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
}
