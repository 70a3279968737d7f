/**
 * Two connections on one file, as when the app and the CLI or web host write at the same time.
 * writeTransaction takes the write lock at BEGIN, so a second writer waits for it (busy_timeout)
 * and then succeeds; a deferred transaction that read first fails instead (SQLITE_BUSY_SNAPSHOT).
 */
import { Worker } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore, type Store } from '../../src/main/db/open'
import { migrations, type Migration } from '../../src/main/db/migrations/index'
import { writeTransaction } from '../../src/main/db/write-transaction'
import { tempFolder, type TempFolder } from '../support/fixtures'

let folder: TempFolder
let store: Store
afterEach(async () => {
  await store.close()
  folder.remove()
})

async function openFresh(): Promise<string> {
  folder = tempFolder()
  const path = folder.file('salesdesk.db')
  store = await openStore(path)
  return path
}

const countRows = (db: BetterSqlite3.Database): number =>
  (db.prepare("select count(*) as n from settings where key like 'lock-test-%'").get() as { n: number }).n

/**
 * Another thread (a second process would do the same) that takes the write lock, says so, keeps it
 * for `holdMs` and commits. better-sqlite3 waits synchronously, so the holder cannot share our thread.
 */
function holdWriteLock(path: string, holdMs: number): { locked: Promise<void>; done: Promise<void> } {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads')
     const Database = require('better-sqlite3')
     const db = new Database(workerData.path)
     db.pragma('busy_timeout = 5000')
     db.exec('begin immediate')
     db.prepare("insert into settings (key, value) values ('lock-test-holder', '1')").run()
     parentPort.postMessage('locked')
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs)
     db.exec('commit')
     db.close()`,
    { eval: true, workerData: { path, holdMs } }
  )
  const locked = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve())
    worker.once('error', reject)
  })
  const done = new Promise<void>((resolve, reject) => {
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`holder exited with ${code}`))))
    worker.once('error', reject)
  })
  return { locked, done }
}

describe('writeTransaction (BEGIN IMMEDIATE) with a second connection on the same file', () => {
  it('waits for a writer that holds the lock, then writes', async () => {
    const path = await openFresh()
    const holder = holdWriteLock(path, 400)
    await holder.locked
    await writeTransaction(store.db, async (trx) => {
      await sql`insert into settings (key, value) values ('lock-test-waiter', '1')`.execute(trx)
    })
    await holder.done
    expect(countRows(store.sqlite)).toBe(2)
  })

  it('holds the write lock from its first statement: another writer with no patience is refused', async () => {
    const path = await openFresh()
    const other = new BetterSqlite3(path)
    other.pragma('busy_timeout = 0')
    try {
      await writeTransaction(store.db, async (trx) => {
        await sql`select count(*) from settings`.execute(trx)
        expect(() =>
          other.prepare("insert into settings (key, value) values ('lock-test-other', '1')").run()
        ).toThrow(/locked|busy/i)
        await sql`insert into settings (key, value) values ('lock-test-first', '1')`.execute(trx)
      })
      expect(countRows(other)).toBe(1)
    } finally {
      other.close()
    }
  })

  it('(why) a deferred transaction that read before another connection wrote cannot write', async () => {
    const path = await openFresh()
    const other = new BetterSqlite3(path)
    try {
      store.sqlite.exec('begin')
      countRows(store.sqlite)
      other.prepare("insert into settings (key, value) values ('lock-test-other', '1')").run()
      let code: unknown
      try {
        store.sqlite.prepare("insert into settings (key, value) values ('lock-test-late', '1')").run()
      } catch (error) {
        code = (error as { code?: unknown }).code
      }
      store.sqlite.exec('rollback')
      expect(code).toBe('SQLITE_BUSY_SNAPSHOT')
    } finally {
      other.close()
    }
  })

  it('a migration waits for a writer that holds the lock, then runs whole (it starts BEGIN IMMEDIATE)', async () => {
    const path = await openFresh()
    await store.close()
    // Reads, then writes: in a deferred transaction the read takes a snapshot that the holder's
    // commit makes stale, and the write fails with SQLITE_BUSY_SNAPSHOT halfway through the upgrade.
    const readsThenWrites: Migration = {
      name: '9001_test_reads_then_writes',
      up: async (db) => {
        const before = await sql<{ n: number }>`select count(*) as n from settings`.execute(db)
        await sql`insert into settings (key, value) values ('lock-test-migration', ${String(before.rows[0]?.n)})`.execute(
          db
        )
      }
    }
    const holder = holdWriteLock(path, 400)
    await holder.locked
    store = await openStore(path, {
      migrations: [...migrations, readsThenWrites],
      backupFolder: folder.file('backups')
    })
    await holder.done
    expect(countRows(store.sqlite)).toBe(2)
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(migrations.length + 1)
    // The migration read after the holder's commit: it counted the holder's row.
    const counted = store.sqlite
      .prepare("select value from settings where key = 'lock-test-migration'")
      .get() as {
      value: string
    }
    const all = store.sqlite.prepare('select count(*) as n from settings').get() as { n: number }
    expect(Number(counted.value)).toBe(all.n - 1)
  })
})
