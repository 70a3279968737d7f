/**
 * The one lock that says "this database is in use by a running Salesdesk": the desktop app and
 * `salesdesk serve` hold it for as long as they run, and `salesdesk restore` holds it while it
 * swaps the file. Two hosts on one file used to fight over SQLite's write lock (HTTP 500 on
 * SQLITE_BUSY), and a restore under a running host lost the customers saved after it.
 *
 * The lock is SQLite's own exclusive file lock on a small file beside the database
 * (`salesdesk.db.lock`): the operating system releases it when the process ends, even on a crash,
 * so there is never a stale lock to clear by hand. The file is left in place on purpose: deleting
 * it while another process opens it would let two processes hold two different "locks".
 * One-shot commands (backup, verify, pdf, reports) do not take it: they read beside a running host.
 */
import { basename } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { StoreOpenError } from './open'

export interface DatabaseLock {
  release(): void
}

export function lockFilePath(databasePath: string): string {
  return `${databasePath}.lock`
}

export function lockDatabase(databasePath: string): DatabaseLock {
  let holder: BetterSqlite3.Database
  try {
    holder = new BetterSqlite3(lockFilePath(databasePath), { timeout: 0 })
  } catch {
    throw new StoreOpenError('read_only', {
      key: 'storeLockNotCreated',
      params: { name: basename(databasePath), lock: basename(lockFilePath(databasePath)) }
    })
  }
  try {
    // In exclusive locking mode the lock taken by BEGIN EXCLUSIVE is kept until the connection closes.
    holder.pragma('locking_mode = EXCLUSIVE')
    holder.exec('begin exclusive')
  } catch {
    holder.close()
    throw new StoreOpenError('in_use', { key: 'storeInUse', params: { name: basename(databasePath) } })
  }
  return {
    release: () => {
      if (holder.open) holder.close()
    }
  }
}
