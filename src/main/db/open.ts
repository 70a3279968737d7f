/**
 * Opens the one SQLite file: checks it really is a Salesdesk database of a version we can
 * read, backs it up before upgrading, runs pending migrations in one transaction, and
 * returns the Kysely handle the services use.
 */
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  statSync
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { CamelCasePlugin, Kysely, SqliteDialect, sql, type SqliteDatabase } from 'kysely'
import { migrations as knownMigrations, type Migration } from './migrations/index'
import type { Database } from './types'
import { writeTransaction } from './write-transaction'
import { englishMessage, type ErrorKey, type Message, type MessageParams } from '../../shared/errors'
import { foldForSearch } from '../../shared/text'

/** How many statements one connection keeps ready (each is a few kilobytes of compiled program). */
const KEPT_STATEMENTS = 1000

/**
 * The connection as Kysely sees it, reusing compiled statements. Kysely asks for a statement for
 * every query it runs, and compiling one is often dearer than running it: a write into a table with
 * triggers compiles every trigger again (a payments import spent about half its time there, issue
 * 10). Statements are kept by their SQL text, the most recently used first; one still being read
 * (a streamed query) is never handed out twice.
 */
function reusingStatements(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => {
      kept.clear()
      sqlite.close()
    },
    prepare: (text: string) => {
      const statement = kept.get(text)
      if (statement && !statement.busy) {
        // Moved to the end: the map's order is the order of use.
        kept.delete(text)
        kept.set(text, statement)
        return statement
      }
      const fresh = sqlite.prepare(text)
      kept.set(text, fresh)
      if (kept.size > KEPT_STATEMENTS) {
        const oldest = kept.keys().next()
        if (!oldest.done) kept.delete(oldest.value)
      }
      return fresh
    }
  }
}

/** "SDSK" — marks the file as ours, so a foreign SQLite file is never migrated. */
export const APPLICATION_ID = 0x5344534b

/**
 * Why a database file was not opened. Its sentence is a keyed message (`key`, `params`), so the
 * command line and the web host say it in the user's language; `message` is the English one.
 */
export class StoreOpenError extends Error {
  readonly key: ErrorKey
  readonly params?: MessageParams

  constructor(
    readonly reason: 'newer_version' | 'not_salesdesk' | 'corrupt' | 'unreadable' | 'read_only' | 'in_use',
    message: Message
  ) {
    super(englishMessage(message))
    this.name = 'StoreOpenError'
    this.key = message.key
    if (message.params) this.params = message.params
  }
}

export interface Store {
  db: Kysely<Database>
  sqlite: BetterSqlite3.Database
  path: string
  schemaVersion: number
  /** Where the pre-upgrade copy went, when an upgrade happened on this open. */
  upgradeBackupPath: string | null
  close(): Promise<void>
}

export interface OpenOptions {
  /** Folder for automatic pre-upgrade copies; defaults to "backups" beside the file. */
  backupFolder?: string
  /** Overridable for tests that simulate an older or newer program. */
  migrations?: readonly Migration[]
  /**
   * Told, in one line, before something the user may not expect is created: a new, empty
   * database because the folder of the path given does not exist (a mistyped `--db`).
   */
  announce?: (notice: NewFolderNotice) => void
  /**
   * Told every SQL statement the connection runs, with its values filled in (better-sqlite3's
   * `verbose`): the record of what each migration runs (test/db/migration-record.ts) is made with it.
   */
  trace?: (statement: string) => void
}

/** A new folder, and a new empty database `file` in it, about to be created: the caller words it. */
export interface NewFolderNotice {
  folder: string
  file: string
}

const SQLITE_HEADER = 'SQLite format 3\u0000'

function readHeader(path: string): string {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(16)
    const read = readSync(fd, buffer, 0, 16, 0)
    return buffer.subarray(0, read).toString('latin1')
  } finally {
    closeSync(fd)
  }
}

/** Whether the file starts as every SQLite file does (throws when it cannot be read). */
export const startsAsSqlite = (path: string): boolean => readHeader(path) === SQLITE_HEADER

function checkFileLooksLikeSqlite(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return
  let header: string
  try {
    header = readHeader(path)
  } catch {
    // A folder, or a file this user may not read: say so plainly instead of an EISDIR/EACCES code.
    throw new StoreOpenError('unreadable', { key: 'storeUnreadable', params: { name: basename(path) } })
  }
  if (header !== SQLITE_HEADER) {
    // The same words as a restore from such a file (salesdesk restore --from).
    throw new StoreOpenError('not_salesdesk', { key: 'notSqliteFile', params: { name: basename(path) } })
  }
}

function configure(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // FULL: in WAL mode NORMAL may lose the last commits on a power cut, and an invoice number
  // already printed could then be given again to another document. The cost is in the bench.
  sqlite.pragma('synchronous = FULL')
  // 64 MiB of page cache instead of SQLite's 2 MiB: whole-table reads (segment counts, the weekly
  // figures, the record chain's verify) then come from memory on the second pass instead of a
  // read() per page; the customers of a 100 000-customer file alone take ~52 MB. Pages are only
  // held once read, so a small file costs nothing more.
  sqlite.pragma('cache_size = -65536')
  // Lets small lists (executives) search accent-insensitively without a stored search column.
  sqlite.function('fold', { deterministic: true }, (text: string | number | bigint | Buffer | null) =>
    foldForSearch(String(text ?? ''))
  )
}

export interface FileState {
  applicationId: number
  userVersion: number
  tableCount: number
}

function damaged(path: string): StoreOpenError {
  return new StoreOpenError('corrupt', { key: 'storeDamaged', params: { name: basename(path) } })
}

function readFileState(sqlite: BetterSqlite3.Database, path: string): FileState {
  try {
    return {
      applicationId: sqlite.pragma('application_id', { simple: true }) as number,
      userVersion: sqlite.pragma('user_version', { simple: true }) as number,
      tableCount: (
        sqlite.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as { n: number }
      ).n
    }
  } catch {
    throw damaged(path)
  }
}

/**
 * Reads what decides whether we may open the file at all through a read-only connection: a
 * read-write one would replay (checkpoint) a write-ahead log beside the file into it when it
 * closes, so a refused file from a newer Salesdesk would no longer be as it was.
 */
export function inspectFile(path: string): FileState {
  let reader: BetterSqlite3.Database
  try {
    reader = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
  } catch {
    throw damaged(path)
  }
  try {
    return readFileState(reader, path)
  } finally {
    reader.close()
  }
}

/** Write permission as the operating system sees it, and as the file's own permission bits say. */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
  } catch {
    return false
  }
  // The owner (even an administrator, whom access() always lets through) marked it read-only.
  return (statSync(path).mode & 0o222) !== 0
}

/**
 * SQLite writes its journal files beside the database: a read-only folder or file used to be
 * reported as a damaged file, or failed on the first save. Say what is actually wrong instead.
 */
function checkWritable(path: string): void {
  const folder = dirname(path)
  if (!writable(folder))
    throw new StoreOpenError('read_only', {
      key: 'storeFolderReadOnly',
      params: { folder, name: basename(path) }
    })
  if (existsSync(path) && !writable(path))
    throw new StoreOpenError('read_only', { key: 'storeFileReadOnly', params: { name: basename(path) } })
}

/** A missing folder is created, with the new database in it, after one line that says so. */
export function prepareFolder(path: string, announce: ((notice: NewFolderNotice) => void) | undefined): void {
  const folder = dirname(path)
  if (existsSync(folder)) return
  announce?.({ folder, file: basename(path) })
  mkdirSync(folder, { recursive: true })
}

function checkCompatible(state: FileState, path: string, migrationCount: number): void {
  const fresh = state.applicationId === 0 && state.tableCount === 0
  if (!fresh && state.applicationId !== APPLICATION_ID) {
    throw new StoreOpenError('not_salesdesk', { key: 'storeNotSalesdesk', params: { name: basename(path) } })
  }
  if (state.userVersion > migrationCount) {
    throw new StoreOpenError('newer_version', {
      key: 'storeNewerVersion',
      params: { name: basename(path), version: state.userVersion, latest: migrationCount }
    })
  }
}

function timestampForFile(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

async function backupBeforeUpgrade(
  sqlite: BetterSqlite3.Database,
  path: string,
  folder: string,
  fromVersion: number
) {
  mkdirSync(folder, { recursive: true })
  const target = join(
    folder,
    `${basename(path, '.db')}-before-upgrade-v${fromVersion}-${timestampForFile(new Date())}.db`
  )
  await sqlite.backup(target)
  return target
}

async function migrate(db: Kysely<Database>, sqlite: BetterSqlite3.Database, list: readonly Migration[]) {
  const applied = Number(sqlite.pragma('user_version', { simple: true }))
  const pending = list.slice(applied)
  if (pending.length === 0) return
  // BEGIN IMMEDIATE: a migration that reads and then writes while another process holds the write
  // lock would otherwise fail halfway (SQLITE_BUSY) instead of waiting for it (busy_timeout).
  await writeTransaction(db, async (trx) => {
    const raw = trx.withoutPlugins() as unknown as Kysely<unknown>
    if (applied === 0) {
      await sql`create table if not exists schema_migrations (name text primary key, applied_at text not null)`.execute(
        raw
      )
    }
    for (const migration of pending) {
      await migration.up(raw, sqlite)
      await trx
        .insertInto('schemaMigrations')
        .values({ name: migration.name, appliedAt: new Date().toISOString() })
        .execute()
    }
    // PRAGMAs inside the transaction commit or roll back with it.
    await sql.raw(`pragma user_version = ${list.length}`).execute(trx)
    await sql.raw(`pragma application_id = ${APPLICATION_ID}`).execute(trx)
  })
}

export async function openStore(path: string, options: OpenOptions = {}): Promise<Store> {
  const list = options.migrations ?? knownMigrations
  prepareFolder(path, options.announce)
  checkFileLooksLikeSqlite(path)
  checkWritable(path)
  const existing = existsSync(path) && statSync(path).size > 0
  if (existing) checkCompatible(inspectFile(path), path, list.length)

  let sqlite: BetterSqlite3.Database
  try {
    const trace = options.trace
    sqlite = new BetterSqlite3(path, trace ? { verbose: (statement) => trace(String(statement)) } : {})
  } catch (error) {
    // SQLite's own words for why (they have no translation).
    throw new StoreOpenError('unreadable', {
      key: 'storeCannotOpen',
      params: { name: basename(path), reason: (error as Error).message }
    })
  }
  try {
    const state = readFileState(sqlite, path)
    checkCompatible(state, path, list.length)
    configure(sqlite)
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: reusingStatements(sqlite) }),
      plugins: [new CamelCasePlugin()]
    })
    let upgradeBackupPath: string | null = null
    if (state.userVersion > 0 && state.userVersion < list.length) {
      upgradeBackupPath = await backupBeforeUpgrade(
        sqlite,
        path,
        options.backupFolder ?? join(dirname(path), 'backups'),
        state.userVersion
      )
    }
    await migrate(db, sqlite, list)
    return {
      db,
      sqlite,
      path,
      schemaVersion: list.length,
      upgradeBackupPath,
      close: async () => {
        await db.destroy()
      }
    }
  } catch (error) {
    if (sqlite.open) sqlite.close()
    throw error
  }
}
