/** Fingerprints of a database and of files, to prove that a refused action wrote nothing. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type BetterSqlite3 from 'better-sqlite3'

export interface DatabaseDump {
  userVersion: number
  tables: Record<string, { rows: number; hash: string }>
}

function hashRows(rows: unknown[]): string {
  const json = JSON.stringify(rows, (_key, value: unknown) =>
    typeof value === 'bigint' ? `${value}n` : Buffer.isBuffer(value) ? value.toString('hex') : value
  )
  return createHash('sha256').update(json).digest('hex')
}

/** Every table (including sqlite_sequence), its row count and a hash of all its rows in rowid order. */
export function dumpDatabase(sqlite: BetterSqlite3.Database): DatabaseDump {
  const names = sqlite
    .prepare("select name from sqlite_master where type = 'table' order by name")
    .all() as Array<{ name: string }>
  const tables: DatabaseDump['tables'] = {}
  for (const { name } of names) {
    const quoted = `"${name.replace(/"/g, '""')}"`
    const withoutRowid = /without rowid/i.test(
      (sqlite.prepare('select sql from sqlite_master where name = ?').get(name) as { sql: string }).sql
    )
    const rows = sqlite.prepare(`select * from ${quoted}${withoutRowid ? '' : ' order by rowid'}`).all()
    tables[name] = { rows: rows.length, hash: hashRows(rows) }
  }
  tables['(schema)'] = {
    rows: names.length,
    hash: hashRows(sqlite.prepare('select type, name, sql from sqlite_master order by name').all())
  }
  return { userVersion: Number(sqlite.pragma('user_version', { simple: true })), tables }
}

export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}
