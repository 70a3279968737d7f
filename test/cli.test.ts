import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, writeFileSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../src/main/cli'
import { demoSizes } from '../src/main/demo/generate'
import { startSalesdesk } from '../src/main/runtime'
import { dumpDatabase, fileHash } from './support/dump'
import { tempFolder, type TempFolder } from './support/fixtures'

let folder: TempFolder
let out: string
let err: string

beforeEach(() => {
  folder = tempFolder('salesdesk-cli-')
  out = ''
  err = ''
  const capture = (target: 'out' | 'err') => (chunk: unknown) => {
    if (target === 'out') out += String(chunk)
    else err += String(chunk)
    return true
  }
  vi.spyOn(process.stdout, 'write').mockImplementation(capture('out'))
  vi.spyOn(process.stderr, 'write').mockImplementation(capture('err'))
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void (out += `${args.join(' ')}\n`))
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (err += `${args.join(' ')}\n`))
})
afterEach(() => {
  vi.restoreAllMocks()
  folder.remove()
})

const STACK = /\n\s+at |\.ts:\d+|node_modules/

function count(path: string, table: string): number {
  const db = new BetterSqlite3(path, { readonly: true })
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('the salesdesk command line', () => {
  it('prints usage and fails on an unknown command', async () => {
    expect(await runCli(['frobnicate'])).not.toBe(0)
    expect(err).toMatch(/unknown command/i)
    expect(err + out).toMatch(/Usage: salesdesk/)
    expect(err).not.toMatch(STACK)
  })

  it('prints usage and fails without a command', async () => {
    expect(await runCli([])).not.toBe(0)
    expect(out + err).toMatch(/Usage: salesdesk/)
  })

  it('refuses a bad --size and writes no file', async () => {
    const db = folder.file('demo.db')
    expect(await runCli(['demo', '--db', db, '--size', 'huge'])).not.toBe(0)
    expect(err).toMatch(/huge/)
    expect(err).toMatch(/small/)
    expect(err).toMatch(/Usage: salesdesk demo/)
    expect(existsSync(db)).toBe(false)
  })

  it('refuses a bad --port or --seed', async () => {
    expect(await runCli(['serve', '--db', folder.file('x.db'), '--port', 'abc'])).not.toBe(0)
    expect(err).toMatch(/whole number/)
    expect(err).toMatch(/Usage: salesdesk serve/)
    err = ''
    expect(await runCli(['serve', '--db', folder.file('x.db'), '--port', '70000'])).not.toBe(0)
    expect(err).toMatch(/whole number/)
    err = ''
    expect(await runCli(['demo', '--db', folder.file('x.db'), '--seed', '1.5'])).not.toBe(0)
    expect(err).toMatch(/whole number/)
    expect(existsSync(folder.file('x.db'))).toBe(false)
  })

  it('demo --size small creates the promised counts, with accents and Cyrillic', async () => {
    const db = folder.file('demo.db')
    expect(await runCli(['demo', '--db', db, '--size', 'small'])).toBe(0)
    const sizes = demoSizes.small
    expect(count(db, 'customers')).toBe(sizes.customers)
    expect(count(db, 'products')).toBe(sizes.products)
    expect(count(db, 'sales_executives')).toBe(sizes.executives)
    expect(count(db, 'customer_contacts')).toBeGreaterThanOrEqual(sizes.customers)
    expect(out).toContain(`Created ${sizes.customers} customers`)
    const sqlite = new BetterSqlite3(db, { readonly: true })
    try {
      const names = (sqlite.prepare('select name from customers').all() as Array<{ name: string }>).map(
        (r) => r.name
      )
      expect(names.some((n) => /[áéíóúñ]/.test(n))).toBe(true)
      expect(names.some((n) => /[őű]/.test(n))).toBe(true)
      expect(names.some((n) => /[\u0400-\u04ff]/.test(n))).toBe(true)
      const contacts = (
        sqlite.prepare('select name from customer_contacts').all() as Array<{ name: string }>
      ).map((r) => r.name)
      expect(contacts.some((n) => /[\u0400-\u04ff]/.test(n))).toBe(true)
      // Demo rows are searchable like typed ones: the folded search text has no accents left.
      const accented = sqlite
        .prepare("select count(*) as n from customers where search_text glob '*[áéíóúőű]*'")
        .get() as { n: number }
      expect(accented.n).toBe(0)
    } finally {
      sqlite.close()
    }
  })

  it('refuses demo data into a database that already has data, in one line, exit 2, writing nothing', async () => {
    const db = folder.file('demo.db')
    expect(await runCli(['demo', '--db', db, '--size', 'small'])).toBe(0)
    const hash = fileHash(db)
    const sqlite = new BetterSqlite3(db, { readonly: true })
    const before = dumpDatabase(sqlite)
    sqlite.close()
    err = ''
    expect(await runCli(['demo', '--db', db, '--size', 'small', '--seed', '2'])).toBe(2)
    expect(err.trim().split('\n')).toHaveLength(1)
    expect(err).toMatch(/^salesdesk: .*already has .*new, empty file/)
    expect(err).not.toMatch(STACK)
    const check = new BetterSqlite3(db, { readonly: true })
    expect(dumpDatabase(check)).toEqual(before)
    check.close()
    expect(fileHash(db)).toBe(hash)
  })

  it('refuses demo data into a file that had records once (demo rows refer to ids 1..n), exit 2, no crash', async () => {
    const db = folder.file('used.db')
    const desk = await startSalesdesk({ databasePath: db, actor: 'test' })
    const made = await desk.api.dispatch('products.create', {
      product: {
        sku: 'X',
        name: 'Tried once',
        description: '',
        unit: 'pc',
        unitPriceCents: 100,
        vatRateBp: 2100,
        active: true
      }
    })
    expect(made.ok).toBe(true)
    if (made.ok)
      expect((await desk.api.dispatch('products.delete', { id: (made.data as { id: number }).id })).ok).toBe(
        true
      )
    await desk.close()
    err = ''
    expect(await runCli(['demo', '--db', db, '--size', 'small'])).toBe(2)
    expect(err).toMatch(/new, empty file/)
    expect(err).not.toMatch(/FOREIGN KEY|something went wrong/)
    expect(count(db, 'customers')).toBe(0)
  })

  it('backup --out writes a readable copy and will not overwrite a file', async () => {
    const db = folder.file('demo.db')
    expect(await runCli(['demo', '--db', db, '--size', 'small'])).toBe(0)
    const copy = folder.file('copy.db')
    expect(await runCli(['backup', '--db', db, '--out', copy])).toBe(0)
    expect(count(copy, 'customers')).toBe(demoSizes.small.customers)
    const check = new BetterSqlite3(copy, { readonly: true })
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
    check.close()
    const copyHash = fileHash(copy)
    err = ''
    expect(await runCli(['backup', '--db', db, '--out', copy])).toBe(2)
    expect(err).toMatch(/already exists/)
    expect(fileHash(copy)).toBe(copyHash)
  })

  it('explains plainly when the file is not a Salesdesk database, and leaves it alone', async () => {
    const foreign = folder.file('letter.db')
    writeFileSync(foreign, 'Dear Mr. Núñez,\nplease find attached...\n')
    const hash = fileHash(foreign)
    expect(await runCli(['backup', '--db', foreign, '--out', folder.file('b.db')])).toBe(2)
    expect(err).toMatch(/not a Salesdesk database/)
    expect(err.trim().split('\n')).toHaveLength(1)
    expect(err).not.toMatch(STACK)
    expect(fileHash(foreign)).toBe(hash)
    expect(existsSync(folder.file('b.db'))).toBe(false)

    const other = folder.file('other.sqlite')
    const raw = new BetterSqlite3(other)
    raw.exec('create table invoices (id integer)')
    raw.close()
    err = ''
    expect(await runCli(['demo', '--db', other])).toBe(2)
    expect(err).toMatch(/not a Salesdesk database/)
    expect(count(other, 'sqlite_master')).toBe(1)
  })

  it('restore replaces the database with a checked copy and keeps the old file beside it', async () => {
    const db = folder.file('live.db')
    const copy = folder.file('copy.db')
    expect(await runCli(['demo', '--db', copy, '--size', 'small'])).toBe(0)
    writeFileSync(db, '')
    const backupHash = fileHash(copy)
    expect(await runCli(['restore', '--db', db, '--from', copy])).toBe(0)
    expect(count(db, 'customers')).toBe(demoSizes.small.customers)
    // The backup file itself is only read, never opened for writing.
    expect(fileHash(copy)).toBe(backupHash)
    expect(existsSync(`${db}.restoring`)).toBe(false)
    expect(existsSync(`${db}.before-restore`)).toBe(true)
    const notOurs = folder.file('notes.txt')
    writeFileSync(notOurs, 'hello')
    const hash = fileHash(db)
    expect(await runCli(['restore', '--db', db, '--from', notOurs])).toBe(2)
    expect(fileHash(db)).toBe(hash)
  })

  it('restore over a database left with a write-ahead log after a crash: the restored copy is clean, the old one kept whole', async () => {
    const copy = folder.file('copy.db')
    expect(await runCli(['demo', '--db', copy, '--size', 'small'])).toBe(0)
    const live = folder.file('live.db')
    expect(await runCli(['demo', '--db', live, '--size', 'small', '--seed', '5'])).toBe(0)
    // Simulate a crash: edits still in the WAL, copied away before the connection closes.
    const crashed = folder.file('crashed.db')
    const conn = new BetterSqlite3(live)
    conn.pragma('wal_autocheckpoint = 0')
    conn.exec("update customers set name = name || ' (edited)'")
    copyFileSync(live, crashed)
    copyFileSync(`${live}-wal`, `${crashed}-wal`)
    conn.close()
    expect(await runCli(['restore', '--db', crashed, '--from', copy])).toBe(0)
    const restored = new BetterSqlite3(crashed, { readonly: true })
    try {
      expect(restored.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(
        restored.prepare("select count(*) as n from customers where name like '%(edited)'").get()
      ).toEqual({ n: 0 })
    } finally {
      restored.close()
    }
    const previous = new BetterSqlite3(`${crashed}.before-restore`, { readonly: true })
    try {
      expect(
        previous.prepare("select count(*) as n from customers where name like '%(edited)'").get()
      ).toEqual({ n: demoSizes.small.customers })
    } finally {
      previous.close()
    }
  })

  it('a mistyped --from or --db never creates an empty database that would replace or pose as the real one', async () => {
    const db = folder.file('live.db')
    expect(await runCli(['demo', '--db', db, '--size', 'small'])).toBe(0)
    const hash = fileHash(db)
    err = ''
    expect(await runCli(['restore', '--db', db, '--from', folder.file('typo.db')])).toBe(2)
    expect(err).toMatch(/typo\.db/)
    expect(err).toMatch(/does not exist/)
    expect(existsSync(folder.file('typo.db'))).toBe(false)
    expect(fileHash(db)).toBe(hash)
    expect(count(db, 'customers')).toBe(demoSizes.small.customers)

    writeFileSync(folder.file('empty.db'), '')
    err = ''
    expect(await runCli(['restore', '--db', db, '--from', folder.file('empty.db')])).toBe(2)
    expect(err).toMatch(/empty/)
    expect(count(db, 'customers')).toBe(demoSizes.small.customers)

    err = ''
    expect(await runCli(['backup', '--db', folder.file('tpyo.db'), '--out', folder.file('b.db')])).toBe(2)
    expect(err).toMatch(/does not exist/)
    expect(existsSync(folder.file('tpyo.db'))).toBe(false)
    expect(existsSync(folder.file('b.db'))).toBe(false)
  })

  it('as a real process: exits non-zero with usage and no stack trace', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/main/cli.ts', 'demo', '--size', 'huge', '--db', folder.file('p.db')],
      {
        encoding: 'utf8',
        timeout: 60_000
      }
    )
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/Usage: salesdesk demo/)
    expect(result.stderr).not.toMatch(STACK)
    expect(existsSync(folder.file('p.db'))).toBe(false)
  })
})
