/**
 * Issue 10, "Restore and open that never make things worse": each attack of the probe, replayed.
 * A restore takes only a whole Salesdesk backup and never runs under a running Salesdesk; two
 * hosts never share one file; opening never changes a file it refuses; damage past the first
 * page is found by the check at start; permissions and mistyped paths are named for what they are.
 */
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { migrations } from '../../src/main/db/migrations/index'
import { openStore, StoreOpenError } from '../../src/main/db/open'
import { startSalesdesk, type Salesdesk } from '../../src/main/runtime'
import { englishMessage } from '../../src/shared/errors'
import { fileHash } from '../support/dump'
import { tempFolder, type TempFolder } from '../support/fixtures'

let folder: TempFolder
let err: string
let running: Salesdesk[]

beforeEach(() => {
  folder = tempFolder('salesdesk-restore-')
  err = ''
  running = []
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (err += `${args.join(' ')}\n`))
})
afterEach(async () => {
  for (const app of running) await app.close()
  vi.restoreAllMocks()
  // Undo the permission tests' read-only marks, so the folder can be removed.
  chmodSync(folder.path, 0o755)
  for (const name of readdirSync(folder.path)) {
    const path = folder.file(name)
    chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644)
  }
  folder.remove()
})

const STACK = /\n\s+at |\.ts:\d+|node_modules|EISDIR|EACCES|SQLITE_/

/** A Salesdesk database with `customers` customers (long notes, so the data spans many pages). */
async function salesdeskFile(name: string, customers: number): Promise<string> {
  const path = folder.file(name)
  const store = await openStore(path, { backupFolder: folder.file('backups') })
  const insert = store.sqlite.prepare(
    `insert into customers (code, name, sort_name, status, preferred_payment_method, search_text, notes, created_at, updated_at)
     values (?, ?, ?, 'active', 'card', '', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`
  )
  store.sqlite.transaction(() => {
    for (let i = 1; i <= customers; i++)
      insert.run(`C-${String(i)}`, `Núñez ${String(i)}`, `nunez ${String(i)}`, 'x'.repeat(300))
  })()
  await store.close()
  return path
}

function customerCount(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true })
  try {
    return (db.prepare('select count(*) as n from customers').get() as { n: number }).n
  } finally {
    db.close()
  }
}

/** Overwrites `pages` whole pages from `firstPage` on (page 1 is number 1) with a pattern. */
function damagePages(path: string, firstPage: number, pages: number): void {
  const pageSize = 4096
  const fd = openSync(path, 'r+')
  const garbage = Buffer.alloc(pageSize * pages, 0xa5)
  writeSync(fd, garbage, 0, garbage.length, (firstPage - 1) * pageSize)
  closeSync(fd)
}

function leftovers(target: string): string[] {
  return ['.restoring', '.restoring-wal', '.restoring-shm'].filter((suffix) => existsSync(target + suffix))
}

describe('salesdesk restore takes only a whole Salesdesk backup', () => {
  it('refuses a backup with 50 damaged pages, in one sentence, and changes nothing', async () => {
    const live = await salesdeskFile('live.db', 430)
    const backup = await salesdeskFile('backup.db', 3000)
    const pages = statSync(backup).size / 4096
    damagePages(backup, Math.floor(pages / 2), 50)
    const liveHash = fileHash(live)
    const backupHash = fileHash(backup)
    expect(await runCli(['restore', '--db', live, '--from', backup])).toBe(2)
    expect(err).toMatch(/backup\.db is damaged/)
    expect(err).toMatch(/nothing was restored/)
    expect(err.trim().split('\n')).toHaveLength(1)
    expect(err).not.toMatch(STACK)
    expect(fileHash(live)).toBe(liveHash)
    expect(fileHash(backup)).toBe(backupHash)
    expect(customerCount(live)).toBe(430)
    expect(existsSync(`${live}.before-restore`)).toBe(false)
    expect(leftovers(live)).toEqual([])
  })

  it('refuses a valid SQLite file with no tables instead of replacing 430 customers with nothing', async () => {
    const live = await salesdeskFile('live.db', 430)
    const empty = folder.file('empty.sqlite')
    const raw = new BetterSqlite3(empty)
    raw.pragma('user_version = 0')
    raw.exec('create table t (x); drop table t') // a real SQLite file (header and page 1), no tables
    raw.close()
    expect(statSync(empty).size).toBeGreaterThan(0)
    expect(await runCli(['restore', '--db', live, '--from', empty])).toBe(2)
    expect(err).toMatch(/not a Salesdesk backup/)
    expect(customerCount(live)).toBe(430)
    expect(leftovers(live)).toEqual([])
  })

  it('refuses a backup from a newer Salesdesk, and one of another program that borrows no mark', async () => {
    const live = await salesdeskFile('live.db', 10)
    const newer = await salesdeskFile('newer.db', 5)
    const raw = new BetterSqlite3(newer)
    raw.pragma(`user_version = ${String(migrations.length + 1)}`)
    raw.close()
    expect(await runCli(['restore', '--db', live, '--from', newer])).toBe(2)
    expect(err).toMatch(/newer version/)
    const foreign = folder.file('accounts.sqlite')
    const other = new BetterSqlite3(foreign)
    other.exec('create table invoices (id integer primary key, total integer)')
    other.close()
    err = ''
    expect(await runCli(['restore', '--db', live, '--from', foreign])).toBe(2)
    expect(err).toMatch(/not a Salesdesk backup/)
    expect(customerCount(live)).toBe(10)
  })

  it('says a text file is not an SQLite file, in the words opening it uses, not that it is damaged', async () => {
    const live = await salesdeskFile('live.db', 3)
    const notes = folder.file('notes.txt')
    writeFileSync(notes, 'Customers to call on Monday:\nJosé, Zsófia, Алексей\n')
    const liveHash = fileHash(live)
    const words =
      'notes.txt is not a Salesdesk database or backup (it is not an SQLite file). Nothing was changed.'
    expect(await runCli(['restore', '--db', live, '--from', notes])).toBe(2)
    expect(err.trim()).toBe(`salesdesk: ${words}`)
    expect(fileHash(live)).toBe(liveHash)
    expect(leftovers(live)).toEqual([])
    const opening = await openStore(notes).then(
      () => null,
      (e: unknown) => e
    )
    expect(opening).toBeInstanceOf(StoreOpenError)
    expect((opening as StoreOpenError).message).toBe(words)
  })

  it('answers --from FOLDER with a sentence, not EISDIR', async () => {
    const live = await salesdeskFile('live.db', 3)
    mkdirSync(folder.file('backups-folder'))
    expect(await runCli(['restore', '--db', live, '--from', folder.file('backups-folder')])).toBe(2)
    expect(err).toMatch(/is a folder/)
    expect(err).not.toMatch(STACK)
  })

  it('a good restore leaves no .restoring files behind (its write-ahead log and shared memory included)', async () => {
    const live = await salesdeskFile('live.db', 3)
    const backup = await salesdeskFile('backup.db', 12)
    expect(await runCli(['restore', '--db', live, '--from', backup])).toBe(0)
    expect(customerCount(live)).toBe(12)
    expect(leftovers(live)).toEqual([])
  })
})

describe('one running Salesdesk per file', () => {
  it('restore refuses while a host has the file open, so nothing saved meanwhile is set aside', async () => {
    const live = await salesdeskFile('live.db', 5)
    const backup = await salesdeskFile('backup.db', 9)
    const host = await startSalesdesk({ databasePath: live, exclusive: true })
    running.push(host)
    expect(await runCli(['restore', '--db', live, '--from', backup])).toBe(2)
    expect(err).toMatch(/already open in another Salesdesk/)
    expect(err).not.toMatch(STACK)
    expect(existsSync(`${live}.before-restore`)).toBe(false)
    expect(leftovers(live)).toEqual([])
    // A customer saved after the refused restore stays in the live file.
    host.store.sqlite
      .prepare(
        `insert into customers (code, name, sort_name, status, preferred_payment_method, search_text, notes, created_at, updated_at)
         values ('LATE', 'Saved later', 'saved later', 'active', 'card', '', '', '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')`
      )
      .run()
    await host.close()
    running = []
    expect(customerCount(live)).toBe(6)
    // Once the host is gone the same restore goes through.
    expect(await runCli(['restore', '--db', live, '--from', backup])).toBe(0)
    expect(customerCount(live)).toBe(9)
    expect(customerCount(`${live}.before-restore`)).toBe(6)
  })

  it('a second serve on the same file says so at start instead of answering HTTP 500 later', async () => {
    const live = await salesdeskFile('live.db', 5)
    running.push(await startSalesdesk({ databasePath: live, exclusive: true }))
    expect(await runCli(['serve', '--db', live, '--port', '0'])).toBe(2)
    expect(err).toMatch(/live\.db is already open in another Salesdesk/)
    expect(err.trim().split('\n')).toHaveLength(1)
    // and a second app start is refused the same way
    const second = await startSalesdesk({ databasePath: live, exclusive: true }).catch((e: unknown) => e)
    expect(second).toBeInstanceOf(StoreOpenError)
    expect((second as StoreOpenError).reason).toBe('in_use')
  })

  it('the lock goes with the process: once the first host closes, the next one starts', async () => {
    const live = await salesdeskFile('live.db', 1)
    const first = await startSalesdesk({ databasePath: live, exclusive: true })
    await first.close()
    const next = await startSalesdesk({ databasePath: live, exclusive: true })
    running.push(next)
    expect(next.store.schemaVersion).toBe(migrations.length)
  })
})

describe('opening never makes things worse', () => {
  it('a file from a newer Salesdesk with a write-ahead log beside it is refused and stays byte for byte', async () => {
    const path = await salesdeskFile('newer.db', 20)
    // A newer Salesdesk closed without a checkpoint: its last commits are still in the -wal.
    const writer = new BetterSqlite3(path)
    writer.pragma('wal_autocheckpoint = 0')
    writer.pragma(`user_version = ${String(migrations.length + 1)}`)
    writer.exec("update customers set name = name || ' (newer)'")
    // Leave the log as a crash would: copy both files away while the writer still has them.
    const refused = folder.file('refused.db')
    copyFileSync(path, refused)
    copyFileSync(`${path}-wal`, `${refused}-wal`)
    writer.close()
    const fileBefore = fileHash(refused)
    const logBefore = fileHash(`${refused}-wal`)
    const error = await openStore(refused).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreOpenError)
    expect((error as StoreOpenError).reason).toBe('newer_version')
    expect((error as StoreOpenError).message).toMatch(/left untouched/)
    expect(fileHash(refused)).toBe(fileBefore)
    expect(fileHash(`${refused}-wal`)).toBe(logBefore)
  })

  it('damage after the first page is found by the check at start, with how to restore', async () => {
    const path = await salesdeskFile('damaged.db', 3000)
    const pages = statSync(path).size / 4096
    damagePages(path, Math.floor(pages / 2), 20)
    // The schema is intact, so the file opens; the page check at start must find the damage.
    const app = await startSalesdesk({ databasePath: path, background: true })
    running.push(app)
    const check = await app.fileCheck
    expect(check?.status).toBe('damaged')
    // No planner statistics are written into a damaged file.
    expect((await app.statistics)?.status).toBe('not_refreshed')
    const integrity = app.api.records.integrity
    expect(integrity.status).toBe('broken')
    expect(integrity.problem?.kind).toBe('file_damaged')
    const message = integrity.problem ? englishMessage(integrity.problem.sentence) : ''
    expect(message).toMatch(/damaged/)
    expect(message).toMatch(/salesdesk restore --db .*damaged\.db.* --from/)
    // Settings reads the same answer through the API.
    const answer = await app.api.dispatch('records.integrity', {})
    expect(answer.ok && (answer.data as typeof integrity).problem?.kind).toBe('file_damaged')
  })

  it('a whole file passes the check at start', async () => {
    const path = await salesdeskFile('whole.db', 300)
    const app = await startSalesdesk({ databasePath: path, background: true })
    running.push(app)
    expect((await app.fileCheck)?.status).toBe('ok')
    expect(app.api.records.integrity.problem).toBeNull()
  })

  it('a read-only folder is named as such, not as a damaged file', async () => {
    const path = await salesdeskFile('live.db', 3)
    const hash = fileHash(path)
    chmodSync(folder.path, 0o555)
    const error = await openStore(path).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreOpenError)
    expect((error as StoreOpenError).reason).toBe('read_only')
    expect((error as StoreOpenError).message).toMatch(/folder .* is read-only/)
    expect((error as StoreOpenError).message).not.toMatch(/damaged/)
    chmodSync(folder.path, 0o755)
    expect(fileHash(path)).toBe(hash)
  })

  it('a read-only file is refused at open, leaving no -wal or -shm behind', async () => {
    const path = await salesdeskFile('live.db', 3)
    chmodSync(path, 0o444)
    expect(await runCli(['serve', '--db', path, '--port', '0'])).toBe(2)
    expect(err).toMatch(/live\.db is read-only/)
    expect(err).not.toMatch(/something went wrong|damaged/i)
    expect(existsSync(`${path}-wal`)).toBe(false)
    expect(existsSync(`${path}-shm`)).toBe(false)
  })

  it('a --db in a folder that does not exist says so in one line before the new database is made', async () => {
    const path = folder.file('typo/salesdesk.db')
    expect(await runCli(['demo', '--db', path, '--size', 'small'])).toBe(0)
    const lines = err.trim().split('\n')
    expect(lines[0]).toMatch(
      /typo does not exist: creating it and a new, empty Salesdesk database salesdesk\.db/
    )
    expect(lines).toHaveLength(1)
  })
})
