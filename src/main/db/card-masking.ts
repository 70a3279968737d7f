/**
 * Masks full card numbers already stored (by versions whose guard missed dots, zero-width
 * spaces, other scripts, or imported files), keeping the last four digits. This is the one
 * controlled path that may change append-only and issued records: it runs inside the
 * migration's transaction, lifts the tables' update triggers only for its own updates, puts
 * them back exactly as they were, and records in the activity log which fields it changed
 * (never the numbers).
 */
import { sql, type Kysely } from 'kysely'
import { maskCardNumbers } from '../../shared/cards'
import { tableColumns } from './guards'

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`

/** Tables with nothing typed by a person, or whose text is not the store's own data. */
const SKIPPED_TABLES = new Set(['schema_migrations', 'sqlite_sequence', 'record_chain', 'chain_state'])

interface Found {
  table: string
  column: string
  rowid: number
  text: string
}

async function findStoredCardNumbers(db: Kysely<unknown>): Promise<Found[]> {
  const tables = await sql<{ name: string }>`select name from sqlite_master
    where type = 'table' and name not like 'sqlite_%' order by name`.execute(db)
  const found: Found[] = []
  for (const { name: table } of tables.rows) {
    if (SKIPPED_TABLES.has(table)) continue
    const textColumns = (await tableColumns(db, table))
      .filter((c) => c.type === '' || /TEXT|CHAR|CLOB/i.test(c.type))
      .map((c) => c.name)
    if (textColumns.length === 0) continue
    const withoutRowid = await sql<{ n: number }>`select count(*) as n from sqlite_master
      where type = 'table' and name = ${table} and sql like '%without rowid%'`.execute(db)
    if (withoutRowid.rows[0].n > 0) continue
    // A card number has at least 13 characters; pages of 20 000 rows keep memory flat.
    const long = textColumns.map((c) => `length(${quote(c)}) >= 13`).join(' or ')
    let after = -1
    for (;;) {
      const page = await sql
        .raw<Record<string, unknown>>(
          `select rowid as _rowid_, ${textColumns.map(quote).join(', ')} from ${quote(table)}
           where rowid > ${after} and (${long}) order by rowid limit 20000`
        )
        .execute(db)
      if (page.rows.length === 0) break
      for (const row of page.rows) {
        const rowid = Number(row._rowid_)
        after = rowid
        for (const column of textColumns) {
          const value = row[column]
          if (typeof value === 'string' && value.length >= 13) {
            const masked = maskCardNumbers(value)
            if (masked.masked > 0) found.push({ table, column, rowid, text: masked.text })
          }
        }
      }
    }
  }
  return found
}

/** Masks every stored card number; returns how many fields changed, per "table.column". */
export async function maskStoredCardNumbers(db: Kysely<unknown>, at: string): Promise<Map<string, number>> {
  const found = await findStoredCardNumbers(db)
  const counts = new Map<string, number>()
  if (found.length === 0) return counts
  const tables = [...new Set(found.map((f) => f.table))]
  const triggers = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master
    where type = 'trigger' and tbl_name in (${sql.join(tables)}) and sql like '%before update%'`.execute(db)
  for (const trigger of triggers.rows) await sql.raw(`drop trigger ${quote(trigger.name)}`).execute(db)
  for (const f of found) {
    await sql`update ${sql.table(f.table)} set ${sql.ref(f.column)} = ${f.text} where rowid = ${f.rowid}`.execute(
      db
    )
    const key = `${f.table}.${f.column}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  for (const trigger of triggers.rows) await sql.raw(trigger.sql).execute(db)
  const summary = `Masked full card numbers kept by an earlier version (only the last four digits remain) in ${[
    ...counts
  ]
    .map(([field, n]) => `${field} (${n})`)
    .join(', ')}`
  await sql`insert into activity_log (at, actor, entity, entity_id, action, summary)
    values (${at}, 'salesdesk', 'store', null, 'mask_card_numbers', ${summary})`.execute(db)
  return counts
}
