import { sql, type Kysely } from 'kysely'
import { createIndex, required } from './schema'
import { appendOnlyTriggers } from '../guards'

/**
 * Spain, VERI*FACTU (RD 1007/2023, Orden HAC/1177/2024). New tables only: the documents and
 * their lines are chained by the store (0009), so per-document VERI*FACTU data lives here,
 * keyed by document id.
 * - verifactu_records: every RegistroAlta / RegistroAnulacion with the exact XML that was
 *   hashed, chained per issuer (position 1, 2, … with the previous record's Huella).
 *   Append-only: a record is corrected by a new record, never edited.
 * - verifactu_submissions: the send state of each record (the only mutable part).
 * - verifactu_batches: one row per request sent to the AEAT and its answer. Append-only.
 * - verifactu_events: the system's event log (start/stop, integrity checks, send failures,
 *   exports), chained like the records. Append-only.
 * - verifactu_document_options: choices made on a draft before issue (rectification code
 *   R1–R4, by differences or by substitution, the exchange rate to EUR).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('verifactu_records')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('issuer_nif', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 1`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('alta', 'anulacion')`))
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
    .addColumn('invoice_number', 'text', (c) => c.notNull())
    .addColumn('invoice_date', 'text', (c) =>
      c.notNull().check(sql`invoice_date glob '[0-3][0-9]-[01][0-9]-[0-9][0-9][0-9][0-9]'`)
    )
    .addColumn('invoice_type', 'text', (c) =>
      c.check(sql`invoice_type is null or invoice_type in ('F1', 'F2', 'F3', 'R1', 'R2', 'R3', 'R4', 'R5')`)
    )
    .addColumn('rectification_kind', 'text', (c) =>
      c.check(sql`rectification_kind is null or rectification_kind in ('I', 'S')`)
    )
    .addColumn('subsanacion', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`subsanacion in (0, 1)`)
    )
    .addColumn('rechazo_previo', 'text', (c) =>
      c.check(sql`rechazo_previo is null or rechazo_previo in ('N', 'S', 'X')`)
    )
    .addColumn('cuota_total', 'text')
    .addColumn('importe_total', 'text')
    .addColumn('previous_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().check(sql`length(hash) = 64`))
    .addColumn('generated_at', 'text', (c) => c.notNull())
    .addColumn('environment', 'text', (c) => c.notNull().check(sql`environment in ('test', 'production')`))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .$call(required({ xml: 'text', created_at: 'text', created_by: 'text' }))
    .addUniqueConstraint('verifactu_records_chain', ['issuer_nif', 'position'])
    .execute()
  await createIndex(db, 'verifactu_records_document', 'verifactu_records', ['document_id', 'id'])

  await db.schema
    .createTable('verifactu_submissions')
    .addColumn('record_id', 'integer', (c) => c.primaryKey().references('verifactu_records.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status in ('pending', 'accepted', 'accepted_with_errors', 'rejected', 'corrected')`)
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error_code', 'text')
    .addColumn('error_text', 'text')
    .addColumn('csv', 'text')
    .addColumn('batch_id', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await createIndex(db, 'verifactu_submissions_status', 'verifactu_submissions', ['status', 'record_id'])

  await db.schema
    .createTable('verifactu_batches')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .$call(required({ sent_at: 'text', environment: 'text', endpoint: 'text', record_count: 'integer' }))
    .addColumn('outcome', 'text', (c) =>
      c.notNull().check(sql`outcome in ('Correcto', 'ParcialmenteCorrecto', 'Incorrecto', 'failed')`)
    )
    .addColumn('accepted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('accepted_with_errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('csv', 'text')
    .addColumn('wait_seconds', 'integer', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .execute()

  await db.schema
    .createTable('verifactu_events')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('issuer_nif', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 1`))
    .$call(required({ event_type: 'text', summary: 'text' }))
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .$call(required({ generated_at: 'text', previous_hash: 'text' }))
    .addColumn('hash', 'text', (c) => c.notNull().check(sql`length(hash) = 64`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('verifactu_events_chain', ['issuer_nif', 'position'])
    .execute()

  await db.schema
    .createTable('verifactu_document_options')
    .addColumn('document_id', 'integer', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('correction_code', 'text', (c) =>
      c.check(sql`correction_code is null or correction_code in ('R1', 'R2', 'R3', 'R4')`)
    )
    .addColumn('correction_kind', 'text', (c) =>
      c.check(sql`correction_kind is null or correction_kind in ('I', 'S')`)
    )
    // Units of the document's currency per 1 EUR, as a decimal string ("1.0850").
    .addColumn('eur_rate', 'text', (c) => c.check(sql`eur_rate is null or eur_rate glob '[0-9]*.[0-9]*'`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  // Records, batches and events are evidence: refused at the store, whatever writes.
  const statements = ['verifactu_records', 'verifactu_batches', 'verifactu_events'].flatMap((table) =>
    appendOnlyTriggers(
      table,
      `${table} is append-only: add a new record instead`,
      `${table} is append-only: it is never deleted`
    )
  )
  // INSERT OR REPLACE deletes the old row without firing delete triggers (recursive triggers off):
  // refuse an insert that would collide with an existing record instead.
  for (const [table, record] of [
    ['verifactu_records', 'a record'],
    ['verifactu_events', 'an event']
  ]) {
    statements.push(`create trigger ${table}_no_replace before insert on ${table}
       when exists (select 1 from ${table} where id = new.id
                    or (issuer_nif = new.issuer_nif and position = new.position))
       begin select raise(abort, '${table} is append-only: ${record} cannot be replaced'); end`)
  }
  for (const statement of statements) await sql.raw(statement).execute(db)
  // Options are chosen on drafts only: once the document is issued they are part of its record.
  await sql
    .raw(
      `create trigger verifactu_document_options_draft_only before update on verifactu_document_options
       when (select status from documents where id = old.document_id) <> 'draft'
       begin select raise(abort, 'the VERI*FACTU options of an issued document cannot change'); end`
    )
    .execute(db)
}
