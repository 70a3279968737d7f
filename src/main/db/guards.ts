/**
 * Store-level guards for records that must never change: used by migrations.
 *
 * SQLite's `INSERT OR REPLACE` (and `REPLACE INTO`) resolves a key conflict by deleting the old
 * row without firing DELETE triggers (unless recursive_triggers is on), so "append-only" tables
 * guarded only by BEFORE UPDATE / BEFORE DELETE triggers could still be rewritten by inserting a
 * row with an existing id (or any other unique key). A BEFORE INSERT trigger that refuses a row
 * clashing with a protected one on any unique key closes that door, for plain REPLACE and for
 * `INSERT ... ON CONFLICT DO UPDATE` alike (the BEFORE INSERT trigger fires before the conflict
 * is looked at). A plain INSERT with such a key would fail on the constraint anyway, so nothing
 * the application does is refused.
 */
import { sql, type Kysely } from 'kysely'

interface ColumnInfo {
  name: string
  type: string
  pk: number
}

export async function tableColumns(db: Kysely<unknown>, table: string): Promise<ColumnInfo[]> {
  const result = await sql<ColumnInfo>`select name, type, pk from pragma_table_info(${table})`.execute(db)
  return result.rows
}

/** Every set of columns that must be unique in `table`: the primary key and each full unique index. */
export async function uniqueKeys(db: Kysely<unknown>, table: string): Promise<string[][]> {
  const columns = await tableColumns(db, table)
  const keys: string[][] = []
  const indexes = await sql<{
    name: string
    unique: number
    origin: string
    partial: number
  }>`select name, "unique", origin, partial from pragma_index_list(${table})`.execute(db)
  const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk)
  // An INTEGER PRIMARY KEY is the rowid and has no index of its own in the list.
  if (pk.length === 1 && pk[0].type.toUpperCase() === 'INTEGER') keys.push([pk[0].name])
  for (const index of indexes.rows) {
    // A partial index only clashes inside its WHERE: leaving it out can never refuse a good row.
    if (index.unique !== 1 || index.partial === 1) continue
    const info = await sql<{
      name: string | null
    }>`select name from pragma_index_info(${index.name}) order by seqno`.execute(db)
    const names = info.rows.map((r) => r.name)
    if (names.every((n): n is string => n !== null)) keys.push(names)
  }
  return keys
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`

/** A trigger's body that refuses the change with `message` (quoted as an SQL string). */
const refuse = (message: string) => `begin select raise(abort, '${message.replace(/'/g, "''")}'); end`

/**
 * Refuses an insert whose unique keys clash with a protected row of `table` (every row, or the
 * rows for which `protectedRow` — an SQL condition on the alias `kept` — is true).
 */
export async function refuseReplace(
  db: Kysely<unknown>,
  table: string,
  message: string,
  protectedRow?: string
): Promise<void> {
  const keys = await uniqueKeys(db, table)
  if (keys.length === 0) return
  const clashes = keys
    .map((key) => {
      const match = key.map((c) => `kept.${quote(c)} = new.${quote(c)}`).join(' and ')
      return `exists (select 1 from ${quote(table)} as kept where ${match}${protectedRow ? ` and (${protectedRow})` : ''})`
    })
    .join(' or ')
  await sql.raw(`drop trigger if exists ${quote(`${table}_no_replace`)}`).execute(db)
  await sql
    .raw(
      `create trigger ${quote(`${table}_no_replace`)} before insert on ${quote(table)} when ${clashes}
      ${refuse(message)}`
    )
    .execute(db)
}

/** Tables that are append-only in the store: they carry an unconditional `<table>_no_delete` trigger. */
export async function appendOnlyTables(db: Kysely<unknown>): Promise<string[]> {
  const result = await sql<{ table: string; sql: string }>`select tbl_name as "table", sql from sqlite_master
    where type = 'trigger' and name = tbl_name || '_no_delete'`.execute(db)
  return result.rows.filter((r) => !/\bwhen\b/i.test(r.sql)).map((r) => r.table)
}

/**
 * Refuses any change to the listed columns of a row (a generic "frozen" trigger), so keys and
 * ids of updatable protected rows cannot move either.
 */
export async function freezeColumns(
  db: Kysely<unknown>,
  table: string,
  trigger: string,
  columns: readonly string[],
  message: string,
  when = ''
): Promise<void> {
  const changed = columns.map((c) => `new.${quote(c)} is not old.${quote(c)}`).join(' or ')
  await sql.raw(`drop trigger if exists ${quote(trigger)}`).execute(db)
  await sql
    .raw(
      `create trigger ${quote(trigger)} before update on ${quote(table)} when ${when ? `(${when}) and ` : ''}(${changed})
      ${refuse(message)}`
    )
    .execute(db)
}

/**
 * The two triggers of a table whose rows are never changed nor deleted once written, `<table>_no_update` and
 * `<table>_no_delete` (the names `appendOnlyTables` reads), refusing with `changed` and `deleted`. Returned as
 * statements for a migration's list; `refuseReplace` closes the third door.
 */
export function appendOnlyTriggers(table: string, changed: string, deleted = changed): string[] {
  return [
    `create trigger ${table}_no_update before update on ${table}
      ${refuse(changed)}`,
    noDeleteTrigger(table, deleted)
  ]
}

/**
 * `<table>_no_delete`: the table's rows are kept for good (payments, receivables, the outbox, NAV reports…),
 * though some of their columns may still change; refuses with `message`.
 */
export function noDeleteTrigger(table: string, message: string): string {
  return `create trigger ${table}_no_delete before delete on ${table}
      ${refuse(message)}`
}

/**
 * The three triggers of a table of an issued document's parts (its lines, VAT breakdown, allowances and charges):
 * no row is added to, changed on, moved to or deleted from a document once it has a number.
 */
export function issuedDocumentPartTriggers(table: string, changed: string, deleted: string): string[] {
  const issued = (row: 'new' | 'old') =>
    `(select number from documents where id = ${row}.document_id) is not null`
  return [
    `create trigger ${table}_issued_no_insert before insert on ${table}
      when ${issued('new')}
      ${refuse(changed)}`,
    `create trigger ${table}_issued_no_update before update on ${table}
      when ${issued('old')}
        or ${issued('new')}
      ${refuse(changed)}`,
    `create trigger ${table}_issued_no_delete before delete on ${table}
      when ${issued('old')}
      ${refuse(deleted)}`
  ]
}
