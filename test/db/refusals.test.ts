import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createApi } from '../../src/main/api'
import { openStore, StoreOpenError } from '../../src/main/db/open'
import { migrations } from '../../src/main/db/migrations/index'
import { fileHash } from '../support/dump'
import { tempFolder, type TempFolder } from '../support/fixtures'

let folder: TempFolder
// Unassigned when a test failed before making its folder.
afterEach(() => (folder as TempFolder | undefined)?.remove())

/** Opening must fail with a StoreOpenError of the given reason, in plain words, leaving the file as it was. */
async function expectRefused(path: string, reasons: StoreOpenError['reason'][]): Promise<StoreOpenError> {
  const hash = fileHash(path)
  const size = statSync(path).size
  const error = await openStore(path, { backupFolder: folder.file('backups') }).then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(StoreOpenError)
  const refusal = error as StoreOpenError
  expect(reasons).toContain(refusal.reason)
  expect(refusal.message).not.toMatch(/\n\s+at |Error:|SQLITE_|\.ts:\d+/)
  expect(refusal.message).toMatch(/untouched|left as it was|backup/i)
  expect(statSync(path).size).toBe(size)
  expect(fileHash(path)).toBe(hash)
  return refusal
}

async function makeSalesdeskFile(path: string, customers = 300): Promise<void> {
  const store = await openStore(path, { backupFolder: folder.file('backups') })
  const insert = store.sqlite.prepare(
    `insert into customers (code, name, sort_name, status, preferred_payment_method, search_text, notes, created_at, updated_at)
     values (?, ?, ?, 'active', 'card', '', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`
  )
  store.sqlite.transaction(() => {
    for (let i = 1; i <= customers; i++)
      insert.run(`C-${i}`, `Customer ${i}`, `customer ${i}`, 'x'.repeat(300))
  })()
  await store.close()
}

describe('files Salesdesk must not open', () => {
  it('a database written by a newer version is refused as newer_version and left untouched', async () => {
    folder = tempFolder()
    const path = folder.file('newer.db')
    await makeSalesdeskFile(path, 3)
    const raw = new BetterSqlite3(path)
    raw.pragma(`user_version = ${migrations.length + 1}`)
    raw.close()
    const refusal = await expectRefused(path, ['newer_version'])
    expect(refusal.message).toMatch(/newer version/)
  })

  it('a foreign SQLite file with its own tables is refused as not_salesdesk and left untouched', async () => {
    folder = tempFolder()
    const path = folder.file('accounts.sqlite')
    const raw = new BetterSqlite3(path)
    raw.exec(
      'create table ledger (id integer primary key, amount integer); insert into ledger (amount) values (5), (7)'
    )
    raw.close()
    await expectRefused(path, ['not_salesdesk'])
    const check = new BetterSqlite3(path, { readonly: true })
    expect(check.prepare('select count(*) as n from ledger').get()).toEqual({ n: 2 })
    expect(check.prepare("select count(*) as n from sqlite_master where name = 'customers'").get()).toEqual({
      n: 0
    })
    check.close()
  })

  it('a foreign SQLite file that carries another application id is refused even with a small user_version', async () => {
    folder = tempFolder()
    const path = folder.file('other-app.db')
    const raw = new BetterSqlite3(path)
    raw.exec('create table things (id integer)')
    raw.pragma('application_id = 1234')
    raw.pragma('user_version = 1')
    raw.close()
    await expectRefused(path, ['not_salesdesk'])
  })

  it('a text file is refused as not_salesdesk and left untouched', async () => {
    folder = tempFolder()
    const path = folder.file('notes.db')
    writeFileSync(path, 'Customers to call on Monday:\nJosé, Zsófia, Алексей\n')
    await expectRefused(path, ['not_salesdesk'])
  })

  it('random bytes are refused as not_salesdesk and left untouched', async () => {
    folder = tempFolder()
    const path = folder.file('random.db')
    const bytes = Buffer.alloc(64 * 1024)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251
    writeFileSync(path, bytes)
    await expectRefused(path, ['not_salesdesk'])
  })

  it('a Salesdesk file whose pages after the header were overwritten gives a clear error and stays untouched', async () => {
    folder = tempFolder()
    const path = folder.file('damaged.db')
    await makeSalesdeskFile(path)
    const pageSize = 4096
    const size = statSync(path).size
    const fd = openSync(path, 'r+')
    // Keep page 1 (header and schema); scribble over everything after it.
    const garbage = Buffer.alloc(size - pageSize, 0xa5)
    writeSync(fd, garbage, 0, garbage.length, pageSize)
    closeSync(fd)
    const refusal = await expectRefused(path, ['corrupt'])
    expect(refusal.message).toMatch(/damaged/)
  })

  it('a Salesdesk file whose schema page was overwritten gives a clear error and stays untouched', async () => {
    folder = tempFolder()
    const path = folder.file('damaged-schema.db')
    await makeSalesdeskFile(path, 5)
    const fd = openSync(path, 'r+')
    const garbage = Buffer.alloc(2000, 0x5a)
    writeSync(fd, garbage, 0, garbage.length, 100)
    closeSync(fd)
    await expectRefused(path, ['corrupt'])
  })

  it('a truncated Salesdesk file gives a clear error and stays untouched', async () => {
    folder = tempFolder()
    const path = folder.file('truncated.db')
    await makeSalesdeskFile(path)
    const bytes = readFileSync(path)
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)))
    await expectRefused(path, ['corrupt'])
  })

  it('a folder in place of the file is refused in plain words', async () => {
    folder = tempFolder()
    const path = folder.file('folder.db')
    mkdirSync(path)
    const error = await openStore(path).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(StoreOpenError)
    expect((error as StoreOpenError).reason).toBe('unreadable')
    expect((error as StoreOpenError).message).not.toMatch(/EISDIR|\n\s+at /)
  })

  it('damage found after opening (in data pages) is reported as a damaged file, not "try again"', async () => {
    folder = tempFolder()
    const path = folder.file('damaged-later.db')
    await makeSalesdeskFile(path, 3000)
    const size = statSync(path).size
    const fd = openSync(path, 'r+')
    const garbage = Buffer.alloc(Math.floor(size / 2), 0xa5)
    writeSync(fd, garbage, 0, garbage.length, size - garbage.length)
    closeSync(fd)
    // The schema pages are intact, so the file may open; reading the damaged rows must then say what is wrong.
    const store = await openStore(path, { backupFolder: folder.file('backups') }).catch((e: unknown) => e)
    if (store instanceof StoreOpenError) {
      expect(store.reason).toBe('corrupt')
      return
    }
    const opened = store as Awaited<ReturnType<typeof openStore>>
    try {
      const api = createApi({
        store: opened,
        dataFolder: folder.path,
        version: 'test',
        actor: 'test',
        reportError: () => {}
      })
      const result = await api.dispatch('customers.list', {
        search: '',
        status: 'all',
        archived: 'include',
        executiveId: null,
        sort: { field: 'name', direction: 'asc' },
        offset: 0,
        limit: 50
      })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('internal')
        expect(result.error.message).toMatch(/damaged/)
        expect(result.error.message).toMatch(/backup/)
        expect(result.error.message).not.toMatch(/SQLITE|\n\s+at /)
      }
    } finally {
      await opened.close()
    }
  })

  it('an empty file is a new database, not an error', async () => {
    folder = tempFolder()
    const path = folder.file('empty.db')
    writeFileSync(path, '')
    const store = await openStore(path)
    expect(store.schemaVersion).toBe(migrations.length)
    await store.close()
  })
})
