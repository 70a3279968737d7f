import { sql, type Kysely } from 'kysely'
import { noDeleteTrigger } from '../guards'
import { createRecordTable, required } from './schema'

/**
 * NAV Online Számla (Hungary): what was reported for each issued invoice, credit or debit note
 * and each technical annulment (the InvoiceData / InvoiceAnnulment XML, made in the issuing
 * transaction), with its place in the reporting queue (waiting, sent with NAV's transaction id,
 * done, aborted with NAV's messages, or replaced by a corrected report), and the queue's runs.
 * (The technical user's credentials are in the app's secret store, never in this file.)
 * Per-document data lives here, not in columns of the chained documents tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createRecordTable(db, 'nav_reports')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('invoice', 'annulment')`))
    .addColumn('operation', 'text', (c) =>
      c.notNull().check(sql`operation in ('CREATE', 'MODIFY', 'STORNO', 'ANNUL')`)
    )
    .addColumn('original_document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('modification_index', 'integer')
    .addColumn('line_count', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(required({ xml: 'text', created_at: 'text' }))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('waiting')
        .check(sql`status in ('waiting', 'sent', 'done', 'aborted', 'replaced')`)
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('transaction_id', 'text')
    .addColumn('batch_index', 'integer')
    .addColumn('last_error', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('messages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sent_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await sql`create unique index nav_reports_live on nav_reports (document_id, kind) where status <> 'replaced'`.execute(
    db
  )
  await sql`create index nav_reports_queue on nav_reports (status, next_attempt_at)`.execute(db)
  await sql`create index nav_reports_original on nav_reports (original_document_id)`.execute(db)
  for (const statement of [
    noDeleteTrigger('nav_reports', 'NAV reports cannot be deleted'),
    `create trigger nav_reports_frozen before update of document_id, kind, operation, original_document_id,
      modification_index, line_count, xml, created_at on nav_reports
      begin select raise(abort, 'What was reported to NAV cannot be changed'); end`,
    `create trigger nav_reports_final before update of status on nav_reports
      when old.status in ('done', 'replaced') and new.status is not old.status
      begin select raise(abort, 'A finished NAV report keeps its status'); end`
  ])
    await sql.raw(statement).execute(db)

  await createRecordTable(db, 'nav_runs')
    .$call(
      required({
        started_at: 'text',
        finished_at: 'text',
        sent: 'integer',
        done: 'integer',
        aborted: 'integer',
        waiting: 'integer'
      })
    )
    .addColumn('error', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
}
