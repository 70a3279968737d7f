import type BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'
import { chainUnchained } from '../chain'
import { maskStoredCardNumbers } from '../card-masking'
import { appendOnlyTables, freezeColumns, refuseReplace, tableColumns } from '../guards'

/**
 * A store that cannot be bent (issue 10):
 * - full card numbers stored by earlier versions are masked (last four kept), logged;
 * - an issued document freezes every column, `id` included, except its status step, the
 *   reason for it and `updated_at` — read from the table itself, so the columns that earlier
 *   migrations added (seller snapshot, currency data, ...) are covered too;
 * - INSERT OR REPLACE / UPSERT can no longer rewrite an issued document, a line of one, or a
 *   row of any append-only table (they deleted the old row without firing DELETE triggers);
 * - the keys of updatable protected rows (investigations, receivables) cannot move;
 * - the record chain (src/main/db/chain.ts): one SHA-256 entry per issued document, payment,
 *   return and activity entry, each hashing the previous one; the records kept so far are
 *   chained here, once; later ones in the transaction that writes them. The chain itself is
 *   append-only, and `record_chain_checkpoint` remembers how far the app last verified it.
 */

/** What an issued document may still change: its status step (with the reason) and when. */
export const documentsMutableColumns = ['status', 'status_reason', 'updated_at'] as const

export async function up(db: Kysely<unknown>, sqlite: BetterSqlite3.Database): Promise<void> {
  await maskStoredCardNumbers(db, new Date().toISOString())

  const documentColumns = (await tableColumns(db, 'documents'))
    .map((c) => c.name)
    .filter((c) => !(documentsMutableColumns as readonly string[]).includes(c))
  await freezeColumns(
    db,
    'documents',
    'documents_issued_frozen',
    documentColumns,
    'Issued documents cannot be changed',
    'old.number is not null'
  )
  await refuseReplace(db, 'documents', 'Issued documents cannot be replaced', 'kept.number is not null')
  await refuseReplace(
    db,
    'document_lines',
    'Lines of an issued document cannot be changed',
    '(select number from documents where id = kept.document_id) is not null'
  )
  for (const table of await appendOnlyTables(db)) {
    if (table === 'document_series') continue
    await refuseReplace(db, table, 'Recorded entries cannot be replaced or changed')
  }
  // A counter may be moved forward by an upsert (the demo does), never back by a REPLACE.
  await refuseReplace(
    db,
    'document_series',
    'A numbering series cannot go back (it cannot be replaced)',
    'new.next_sequence < kept.next_sequence'
  )

  await freezeColumns(
    db,
    'payment_investigations',
    'payment_investigations_keys_frozen',
    ['id', 'return_id', 'customer_id', 'opened_on', 'created_at'],
    'An investigation cannot be moved to another return'
  )
  await freezeColumns(
    db,
    'receivables',
    'receivables_keys_frozen',
    ['document_id', 'customer_id', 'issue_date', 'due_date', 'total_cents'],
    'Receivables follow their document and cannot be changed'
  )
  await freezeColumns(
    db,
    'document_series',
    'document_series_keys_frozen',
    ['type', 'year'],
    'A numbering series cannot go back'
  )

  await sql`create table record_chain (
      seq integer primary key,
      record_table text not null check (record_table in ('documents', 'payments', 'payment_returns', 'activity_log')),
      record_id integer not null,
      version integer not null check (version >= 1),
      record_hash text not null check (length(record_hash) = 64),
      lines_hash text check (lines_hash is null or length(lines_hash) = 64),
      hash text not null check (length(hash) = 64),
      unique (record_table, record_id)
    )`.execute(db)
  await sql`create trigger record_chain_no_update before update on record_chain
      begin select raise(abort, 'The record chain is append-only'); end`.execute(db)
  await sql`create trigger record_chain_no_delete before delete on record_chain
      begin select raise(abort, 'The record chain is append-only'); end`.execute(db)
  await refuseReplace(db, 'record_chain', 'The record chain is append-only')
  await sql`create table record_chain_checkpoint (
      id integer primary key check (id = 1),
      seq integer not null,
      hash text not null,
      verified_at text not null
    )`.execute(db)
  chainUnchained(sqlite)
}
