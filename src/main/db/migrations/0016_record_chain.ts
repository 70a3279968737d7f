import type BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'
import { chainUnchained } from '../chain'
import { refuseReplace, appendOnlyTriggers } from '../guards'

/**
 * The record chain (issue 10; src/main/db/chain.ts): one SHA-256 entry per issued document,
 * payment, payment return and activity entry, each hashing the previous one, so a change made
 * with the triggers dropped is still evident. The records kept so far are chained here, once,
 * with the field lists of the columns that exist now (0013's payment currency included); later
 * ones are chained in the transaction that writes them. The chain itself is append-only, and
 * `record_chain_checkpoint` remembers how far the app last verified it.
 */
export async function up(db: Kysely<unknown>, sqlite: BetterSqlite3.Database): Promise<void> {
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
  for (const statement of appendOnlyTriggers('record_chain', 'The record chain is append-only'))
    await sql.raw(statement).execute(db)
  await refuseReplace(db, 'record_chain', 'The record chain is append-only')
  await sql`create table record_chain_checkpoint (
      id integer primary key check (id = 1),
      seq integer not null,
      hash text not null,
      verified_at text not null
    )`.execute(db)
  chainUnchained(sqlite)
}
