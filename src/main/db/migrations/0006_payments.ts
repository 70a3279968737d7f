import { sql, type Kysely } from 'kysely'
import { createIndex, createRecordTable, required } from './schema'
import { receivableOnCreditNote, receivableOnIssue } from './receivables'
import { appendOnlyTriggers, noDeleteTrigger } from '../guards'

/**
 * Payments and receivables: how each customer pays (bank transfer, card with brand / last four /
 * expiry only, direct debit with IBAN, BIC and mandate), payments received and their
 * allocations to invoices and debit notes, returned payments with the investigation each one
 * opens, and the `receivables` table: one row per issued invoice or debit note with what was
 * credited and paid on it. The store keeps `receivables` and `payments.allocated_cents` right
 * itself (triggers on issuing, credit notes, allocations and returns), so the aged list and the
 * open amounts never need to add up the whole history, and stay right whatever issues a document.
 * Payments, allocations, returns and investigation notes are append-only: a payment can only
 * step from received to returned.
 */

/** As they were when this migration was written (never edit: add a migration). */
const returnReasons = [
  'insufficient_funds',
  'mandate_cancelled',
  'disputed_card_charge',
  'wrong_account',
  'account_closed',
  'other'
] as const

export async function up(db: Kysely<unknown>): Promise<void> {
  const methods = sql`('bank_transfer', 'card', 'direct_debit')`
  await db.schema
    .createTable('customer_payment_setups')
    .addColumn('customer_id', 'integer', (c) => c.primaryKey().references('customers.id').onDelete('cascade'))
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ${methods}`))
    .addColumn('iban', 'text', (c) =>
      c
        .notNull()
        .defaultTo('')
        .check(sql`length(iban) <= 34`)
    )
    .addColumn('bic', 'text', (c) =>
      c
        .notNull()
        .defaultTo('')
        .check(sql`length(bic) <= 11`)
    )
    .addColumn('mandate_reference', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('mandate_signed_on', 'text')
    .addColumn('card_brand', 'text', (c) => c.notNull().defaultTo(''))
    // Never more than the last four digits of a card, whatever writes here.
    .addColumn('card_last4', 'text', (c) =>
      c
        .notNull()
        .defaultTo('')
        .check(sql`card_last4 = '' or card_last4 glob '[0-9][0-9][0-9][0-9]'`)
    )
    .addColumn('card_expiry', 'text', (c) =>
      c
        .notNull()
        .defaultTo('')
        .check(sql`card_expiry = '' or card_expiry glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`)
    )
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await createRecordTable(db, 'payments')
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('payment_date', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'integer', (c) => c.notNull().check(sql`amount_cents > 0`))
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ${methods}`))
    .addColumn('reference', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('received')
        .check(sql`status in ('received', 'returned')`)
    )
    .addColumn('source', 'text', (c) =>
      c
        .notNull()
        .defaultTo('manual')
        .check(sql`source in ('manual', 'import')`)
    )
    // Kept by the allocation triggers; what is left is the customer's credit.
    .addColumn('allocated_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(required({ created_at: 'text', created_by: 'text' }))
    .addCheckConstraint(
      'payments_allocated_within_amount',
      sql`allocated_cents >= 0 and allocated_cents <= amount_cents`
    )
    .execute()
  await createIndex(db, 'payments_customer', 'payments', ['customer_id', 'payment_date'])
  await createIndex(db, 'payments_date', 'payments', ['payment_date', 'id'])
  await sql`create index payments_unallocated on payments (customer_id) where status = 'received' and allocated_cents < amount_cents`.execute(
    db
  )

  await createRecordTable(db, 'payment_allocations')
    .addColumn('payment_id', 'integer', (c) => c.notNull().references('payments.id'))
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
    // Negative when credit is moved off a document that a credit note over-settled.
    .addColumn('amount_cents', 'integer', (c) => c.notNull().check(sql`amount_cents <> 0`))
    .$call(required({ allocated_on: 'text', created_at: 'text' }))
    .execute()
  await createIndex(db, 'payment_allocations_payment', 'payment_allocations', ['payment_id'])
  await createIndex(db, 'payment_allocations_document', 'payment_allocations', ['document_id', 'payment_id'])

  await db.schema
    .createTable('receivables')
    .addColumn('document_id', 'integer', (c) => c.primaryKey().references('documents.id'))
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .$call(required({ issue_date: 'text', due_date: 'text', total_cents: 'integer' }))
    .addColumn('credited_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('paid_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('open_cents', 'integer', (c) =>
      c.generatedAlwaysAs(sql`total_cents - credited_cents - paid_cents`).stored()
    )
    .execute()
  await createIndex(db, 'receivables_customer', 'receivables', ['customer_id', 'due_date'])
  await sql`create index receivables_open on receivables (customer_id, due_date) where open_cents <> 0`.execute(
    db
  )
  await sql`create index receivables_overdue on receivables (due_date) where open_cents > 0`.execute(db)

  const reasons = returnReasons.map((r) => `'${r}'`).join(', ')
  await createRecordTable(db, 'payment_returns')
    .addColumn('payment_id', 'integer', (c) => c.notNull().unique().references('payments.id'))
    .addColumn('return_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().check(sql.raw(`reason in (${reasons})`)))
    .addColumn('bank_fee_cents', 'integer', (c) => c.notNull().check(sql`bank_fee_cents >= 0`))
    .addColumn('rebilled', 'integer', (c) => c.notNull().check(sql`rebilled in (0, 1)`))
    .addColumn('debit_note_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .$call(required({ created_at: 'text', created_by: 'text' }))
    .execute()

  await createRecordTable(db, 'payment_investigations')
    .addColumn('return_id', 'integer', (c) => c.notNull().unique().references('payment_returns.id'))
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open', 'contacted', 'resolved', 'written_off')`)
    )
    .addColumn('opened_on', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
    .$call(required({ created_at: 'text', updated_at: 'text' }))
    .addCheckConstraint(
      'payment_investigations_closed',
      sql`(status in ('resolved', 'written_off')) = (closed_on is not null)`
    )
    .execute()
  await createIndex(db, 'payment_investigations_status', 'payment_investigations', ['status', 'opened_on'])
  await createIndex(db, 'payment_investigations_customer', 'payment_investigations', ['customer_id'])

  await createRecordTable(db, 'investigation_notes')
    .addColumn('investigation_id', 'integer', (c) => c.notNull().references('payment_investigations.id'))
    .$call(required({ note_date: 'text', text: 'text', actor: 'text', created_at: 'text' }))
    .execute()
  await createIndex(db, 'investigation_notes_investigation', 'investigation_notes', [
    'investigation_id',
    'id'
  ])

  const statements = [
    // What is receivable: issued invoices and debit notes; a credit note lowers its invoice.
    receivableOnIssue('total_cents'),
    receivableOnCreditNote(
      'update receivables set credited_cents = credited_cents + new.total_cents where document_id = new.corrects_id;'
    ),
    `create trigger payment_allocations_check before insert on payment_allocations
      when (select status from payments where id = new.payment_id) is not 'received'
        or (select document_id from receivables where document_id = new.document_id) is null
      begin select raise(abort, 'Only a received payment can be allocated, and only to an issued invoice or debit note'); end`,
    `create trigger payment_allocations_apply after insert on payment_allocations
      begin
        update receivables set paid_cents = paid_cents + new.amount_cents where document_id = new.document_id;
        update payments set allocated_cents = allocated_cents + new.amount_cents where id = new.payment_id;
      end`,
    ...appendOnlyTriggers(
      'payment_allocations',
      'Payment allocations cannot be changed',
      'Payment allocations cannot be deleted'
    ),
    // A returned payment stops counting on every document it was allocated to: they reopen.
    `create trigger payments_on_return after update of status on payments
      when old.status = 'received' and new.status = 'returned'
      begin
        update receivables set paid_cents = paid_cents - (
          select coalesce(sum(a.amount_cents), 0) from payment_allocations a where a.payment_id = new.id and a.document_id = receivables.document_id)
        where document_id in (select document_id from payment_allocations where payment_id = new.id);
      end`,
    `create trigger payments_frozen before update on payments
      when new.id is not old.id or new.customer_id is not old.customer_id or new.payment_date is not old.payment_date
        or new.amount_cents is not old.amount_cents or new.method is not old.method or new.reference is not old.reference
        or new.note is not old.note or new.source is not old.source or new.created_at is not old.created_at
        or new.created_by is not old.created_by or (new.status is not old.status and not (old.status = 'received' and new.status = 'returned'))
      begin select raise(abort, 'A recorded payment cannot be changed; record a return instead'); end`,
    noDeleteTrigger('payments', 'Recorded payments cannot be deleted'),
    ...appendOnlyTriggers(
      'payment_returns',
      'Recorded returns cannot be changed',
      'Recorded returns cannot be deleted'
    ),
    ...appendOnlyTriggers(
      'investigation_notes',
      'Investigation notes cannot be changed',
      'Investigation notes cannot be deleted'
    ),
    noDeleteTrigger('payment_investigations', 'Investigations cannot be deleted'),
    noDeleteTrigger('receivables', 'Receivables cannot be deleted')
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)

  // Documents issued before this migration.
  await sql`insert into receivables (document_id, customer_id, issue_date, due_date, total_cents, credited_cents)
    select d.id, d.customer_id, d.issue_date, coalesce(d.due_date, d.issue_date), d.total_cents,
      coalesce((select sum(c.total_cents) from documents c where c.corrects_id = d.id and c.type = 'credit_note' and c.status = 'issued'), 0)
    from documents d where d.type in ('invoice', 'debit_note') and d.status = 'issued'`.execute(db)
}
