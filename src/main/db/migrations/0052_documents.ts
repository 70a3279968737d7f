import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'

/**
 * VAT category B (UNCL 5305 "split payment", Italy's scissione dei pagamenti) joins the categories
 * the store accepts (issue 11). The categories are fixed by CHECK constraints on document_lines,
 * document_allowances_charges, products and customers.default_vat_category. Widening a CHECK
 * changes no stored row, so the tables are not rebuilt (document_lines and the chained tables keep
 * their rows, ids and hashes): the table's CREATE text in sqlite_schema is edited in place, as
 * SQLite documents for such changes (https://www.sqlite.org/lang_altertable.html#otheralter):
 * writable_schema on, the exact text replaced, schema_version bumped, writable_schema off, then
 * integrity_check. Runs inside the migration runner's transaction; the list text must occur exactly
 * once in each table's CREATE text, else the migration fails (and rolls back) saying where.
 */
const OLD_LIST = `('S', 'Z', 'E', 'AE', 'K', 'G', 'O')`
const NEW_LIST = `('S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'B')`
const WIDENED_TABLES = ['customers', 'document_allowances_charges', 'document_lines', 'products']

export function up(_db: Kysely<unknown>, sqlite: BetterSqlite3.Database): Promise<void> {
  const read = sqlite.prepare<[string], { sql: string }>(
    "select sql from sqlite_schema where type = 'table' and name = ?"
  )
  const edited = WIDENED_TABLES.map((table) => {
    const text = read.get(table)?.sql ?? ''
    const found = text.split(OLD_LIST).length - 1
    if (found !== 1)
      throw new Error(
        `0052_documents: the VAT category list ${OLD_LIST} occurs ${String(found)} times in the schema of ${table}, expected once`
      )
    return { table, sql: text.replace(OLD_LIST, NEW_LIST) }
  })
  // better-sqlite3 opens connections in defensive mode, which forbids writing sqlite_schema.
  sqlite.unsafeMode(true)
  try {
    const version = Number(sqlite.pragma('schema_version', { simple: true }))
    sqlite.pragma('writable_schema = ON')
    const write = sqlite.prepare("update sqlite_schema set sql = ? where type = 'table' and name = ?")
    for (const { table, sql } of edited) {
      if (write.run(sql, table).changes !== 1) throw new Error(`0052_documents: ${table} was not updated`)
    }
    sqlite.pragma(`schema_version = ${String(version + 1)}`)
    sqlite.pragma('writable_schema = OFF')
  } finally {
    sqlite.unsafeMode(false)
  }
  const integrity = sqlite.pragma('integrity_check', { simple: true })
  if (integrity !== 'ok')
    throw new Error(`0052_documents: integrity_check after widening: ${String(integrity)}`)
  return Promise.resolve()
}
