import { existsSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { APPLICATION_ID, openStore, type Store } from '../../src/main/db/open'
import { migrations, type Migration } from '../../src/main/db/migrations/index'
import { tempFolder, type TempFolder } from '../support/fixtures'

/** Two extra migrations, so the upgrade path is exercised even while the real list is short. */
const testMigrations: Migration[] = [
  {
    name: '9001_test_add_column',
    up: async (db: Kysely<unknown>) => {
      await sql`alter table customers add column test_rating integer not null default 3`.execute(db)
    }
  },
  {
    name: '9002_test_add_table',
    up: async (db: Kysely<unknown>) => {
      await sql`create table test_visits (id integer primary key, customer_id integer not null references customers(id))`.execute(
        db
      )
    }
  }
]

const extended = [...migrations, ...testMigrations]

let folder: TempFolder
const open: Store[] = []
afterEach(async () => {
  for (const store of open.splice(0)) await store.close()
  folder.remove()
})

async function openTracked(path: string, list?: readonly Migration[]): Promise<Store> {
  const store = await openStore(path, { migrations: list, backupFolder: folder.file('backups') })
  open.push(store)
  return store
}

async function closeTracked(store: Store): Promise<void> {
  open.splice(open.indexOf(store), 1)
  await store.close()
}

function tableNames(sqlite: BetterSqlite3.Database): string[] {
  return (
    sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as Array<{
      name: string
    }>
  ).map((r) => r.name)
}

/** Puts master data into whatever schema version `k` has (nothing before the first migration). */
function seed(sqlite: BetterSqlite3.Database): void {
  const tables = tableNames(sqlite)
  if (!tables.includes('customers')) return
  const now = '2026-01-05T10:00:00.000Z'
  sqlite
    .prepare(
      'insert into sales_executives (name, email, phone, active, created_at, updated_at) values (?, ?, ?, 1, ?, ?)'
    )
    .run('Őrs Győri', 'ors@example.hu', '', now, now)
  sqlite
    .prepare(
      `insert into products (sku, name, description, unit, unit_price_cents, vat_rate_bp, active, search_text, created_at, updated_at)
       values ('P-1', 'Монитор 27"', '', 'шт', 1999999, 2000, 1, 'монитор', ?, ?)`
    )
    .run(now, now)
  sqlite
    .prepare(
      `insert into customers (code, name, sort_name, status, preferred_payment_method, executive_id, search_text, created_at, updated_at, billing_city)
       values ('C-000001', 'José Núñez', 'jose nunez', 'active', 'card', 1, 'c-000001 jose nunez', ?, ?, 'Győr')`
    )
    .run(now, now)
  sqlite.prepare("insert into customer_contacts (customer_id, position, name) values (1, 0, 'Алексей')").run()
  sqlite.prepare('insert into customer_product_preferences (customer_id, product_id) values (1, 1)').run()
}

function rowsOf(sqlite: BetterSqlite3.Database, table: string, columns: string[]): unknown[] {
  return sqlite
    .prepare(`select ${columns.map((c) => `"${c}"`).join(', ')} from "${table}" order by rowid`)
    .all()
}

function columnsOf(sqlite: BetterSqlite3.Database, table: string): string[] {
  return (sqlite.prepare(`select name from pragma_table_info(?)`).all(table) as Array<{ name: string }>).map(
    (r) => r.name
  )
}

describe('a fresh database', () => {
  it('gets every migration, our application id, the version and the list of applied migrations', async () => {
    folder = tempFolder()
    const store = await openTracked(folder.file('fresh.db'))
    expect(store.schemaVersion).toBe(migrations.length)
    expect(store.upgradeBackupPath).toBeNull()
    expect(store.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(migrations.length)
    const applied = store.sqlite
      .prepare('select name, applied_at from schema_migrations order by rowid')
      .all() as Array<{ name: string; applied_at: string }>
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name))
    for (const m of applied) expect(Number.isNaN(Date.parse(m.applied_at))).toBe(false)
    expect(tableNames(store.sqlite)).toEqual(
      expect.arrayContaining([
        'customers',
        'customer_contacts',
        'customer_product_preferences',
        'products',
        'sales_executives',
        'activity_log',
        'settings'
      ])
    )
    expect(existsSync(folder.file('backups'))).toBe(false)
  })

  it('is opened in WAL mode with foreign keys on and a busy timeout', async () => {
    folder = tempFolder()
    const store = await openTracked(folder.file('fresh.db'))
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(Number(store.sqlite.pragma('busy_timeout', { simple: true }))).toBeGreaterThanOrEqual(1000)
    // Foreign keys are really enforced, not only switched on.
    expect(() =>
      store.sqlite
        .prepare('insert into customer_contacts (customer_id, position, name) values (999, 0, ?)')
        .run('x')
    ).toThrow(/FOREIGN KEY/)
  })

  it('reopening an up-to-date database changes nothing and writes no backup', async () => {
    folder = tempFolder()
    const path = folder.file('again.db')
    const first = await openTracked(path)
    seed(first.sqlite)
    await closeTracked(first)
    const second = await openTracked(path)
    expect(second.upgradeBackupPath).toBeNull()
    expect(
      (second.sqlite.prepare('select count(*) as n from schema_migrations').get() as { n: number }).n
    ).toBe(migrations.length)
    expect((second.sqlite.prepare('select name from customers').get() as { name: string }).name).toBe(
      'José Núñez'
    )
  })
})

/** Columns a later migration replaced on purpose (converted values, tested in test/documents/migration.test.ts). */
const replacedColumns = new Set(['document_lines.unit_price_cents'])
const keptColumns = (table: string, columns: string[]) =>
  columns.filter((c) => !replacedColumns.has(`${table}.${c}`))

describe('upgrading from every earlier version', () => {
  for (const list of [migrations, extended]) {
    const n = list.length
    for (let k = 0; k < n; k++) {
      it(`from version ${k} to ${n}${list === extended ? ' (with test migrations)' : ''}: data intact, backup first, version bumped`, async () => {
        folder = tempFolder()
        const path = folder.file('upgrade.db')
        const old = await openTracked(path, list.slice(0, k))
        expect(old.sqlite.pragma('user_version', { simple: true })).toBe(k)
        seed(old.sqlite)
        const oldTables = tableNames(old.sqlite).filter((t) => t !== 'sqlite_sequence')
        const before = Object.fromEntries(
          oldTables.map((t) => [
            t,
            { columns: columnsOf(old.sqlite, t), rows: rowsOf(old.sqlite, t, columnsOf(old.sqlite, t)) }
          ])
        )
        await closeTracked(old)

        const upgraded = await openTracked(path, list)
        expect(upgraded.sqlite.pragma('user_version', { simple: true })).toBe(n)
        expect(upgraded.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
        const applied = upgraded.sqlite
          .prepare('select name from schema_migrations order by rowid')
          .all() as Array<{ name: string }>
        expect(applied.map((a) => a.name)).toEqual(list.map((m) => m.name))
        for (const [table, { columns, rows }] of Object.entries(before)) {
          if (table === 'schema_migrations') continue
          const kept = keptColumns(table, columns)
          const keptRows = rows.map((row) =>
            Object.fromEntries(kept.map((c) => [c, (row as Record<string, unknown>)[c]]))
          )
          expect(rowsOf(upgraded.sqlite, table, kept), `rows of ${table}`).toEqual(keptRows)
        }

        if (k === 0) {
          // Nothing existed before the first migration, so there was nothing to copy.
          expect(upgraded.upgradeBackupPath).toBeNull()
          return
        }
        const backupPath = upgraded.upgradeBackupPath
        if (backupPath === null) throw new Error('no backup was made before the upgrade')
        expect(existsSync(backupPath)).toBe(true)
        const copy = new BetterSqlite3(backupPath, { readonly: true })
        try {
          expect(copy.pragma('user_version', { simple: true })).toBe(k)
          expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
          for (const [table, { columns, rows }] of Object.entries(before)) {
            expect(rowsOf(copy, table, columns), `backup rows of ${table}`).toEqual(rows)
          }
        } finally {
          copy.close()
        }
      })
    }
  }

  it('the test migrations really changed the schema on upgrade', async () => {
    folder = tempFolder()
    const path = folder.file('cols.db')
    const old = await openTracked(path)
    seed(old.sqlite)
    await closeTracked(old)
    const upgraded = await openTracked(path, extended)
    expect(upgraded.sqlite.prepare('select test_rating from customers').get()).toEqual({ test_rating: 3 })
    expect(tableNames(upgraded.sqlite)).toContain('test_visits')
  })
})

describe('a migration that fails midway', () => {
  it('leaves the database at the previous version with nothing of the failed step', async () => {
    folder = tempFolder()
    const path = folder.file('failing.db')
    const first = await openTracked(path)
    seed(first.sqlite)
    await closeTracked(first)

    const failing: Migration = {
      name: '9999_fails',
      up: async (db) => {
        await sql`create table half_done (id integer primary key)`.execute(db)
        await sql`update customers set name = 'overwritten'`.execute(db)
        throw new Error('disk on fire')
      }
    }
    await expect(
      openStore(path, { migrations: [...migrations, failing], backupFolder: folder.file('backups') })
    ).rejects.toThrow(/disk on fire/)

    const check = new BetterSqlite3(path, { readonly: true })
    try {
      expect(check.pragma('user_version', { simple: true })).toBe(migrations.length)
      expect(tableNames(check)).not.toContain('half_done')
      expect(check.prepare('select name from customers').get()).toEqual({ name: 'José Núñez' })
      expect((check.prepare('select count(*) as n from schema_migrations').get() as { n: number }).n).toBe(
        migrations.length
      )
    } finally {
      check.close()
    }
    // And the program that knows only the good migrations still opens it.
    const again = await openTracked(path)
    expect(again.schemaVersion).toBe(migrations.length)
  })

  it('a failing first migration leaves a fresh file without our marks', async () => {
    folder = tempFolder()
    const path = folder.file('first-fails.db')
    const failing: Migration = {
      name: '0001_fails',
      up: async (db) => {
        await sql`create table t (id integer)`.execute(db)
        throw new Error('nope')
      }
    }
    await expect(
      openStore(path, { migrations: [failing], backupFolder: folder.file('backups') })
    ).rejects.toThrow(/nope/)
    const check = new BetterSqlite3(path, { readonly: true })
    try {
      expect(check.pragma('user_version', { simple: true })).toBe(0)
      expect(check.pragma('application_id', { simple: true })).toBe(0)
      expect(tableNames(check)).toEqual([])
    } finally {
      check.close()
    }
  })
})
