import { sql, type Kysely } from 'kysely'
import { noDeleteTrigger } from '../guards'
import { createRecordTable, required } from './schema'

/**
 * Everyday work (issue 13): the e-mail outbox, the editable e-mail texts, each customer's
 * addresses for documents, and the column mappings saved for imports. Side tables only: nothing
 * is added to the chained documents, payments or activity tables. (The SMTP password is in the
 * app's secret store, never in this file.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per message: kept while the server cannot be reached, retried with back-off, and
  // the log of what was sent ("sent to … at …") once delivered.
  await createRecordTable(db, 'mail_outbox')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('customer_id', 'integer', (c) => c.references('customers.id'))
    .$call(required({ recipients: 'text', subject: 'text', body: 'text' }))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('waiting')
        .check(sql`status in ('waiting', 'sent', 'failed', 'cancelled')`)
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('message_id', 'text')
    .addColumn('sent_at', 'text')
    .$call(required({ created_by: 'text', created_at: 'text', updated_at: 'text' }))
    .execute()
  await sql`create index mail_outbox_queue on mail_outbox (status, next_attempt_at)`.execute(db)
  await sql`create index mail_outbox_document on mail_outbox (document_id)`.execute(db)
  for (const statement of [
    noDeleteTrigger('mail_outbox', 'Sent and queued e-mails are kept as a log'),
    `create trigger mail_outbox_sent_final before update of status on mail_outbox
      when old.status = 'sent' and new.status is not old.status
      begin select raise(abort, 'A sent e-mail stays sent'); end`
  ])
    await sql.raw(statement).execute(db)

  await db.schema
    .createTable('mail_templates')
    .$call(required({ kind: 'text', language: 'text', subject: 'text', body: 'text', updated_at: 'text' }))
    .addPrimaryKeyConstraint('mail_templates_pk', ['kind', 'language'])
    .execute()

  await db.schema
    .createTable('customer_mail_recipients')
    .addColumn('customer_id', 'integer', (c) => c.primaryKey().references('customers.id'))
    .$call(required({ addresses: 'text', updated_at: 'text' }))
    .execute()

  await createRecordTable(db, 'import_mappings')
    .$call(required({ kind: 'text', name: 'text', columns: 'text', updated_at: 'text' }))
    .addUniqueConstraint('import_mappings_name', ['kind', 'name'])
    .execute()
}
