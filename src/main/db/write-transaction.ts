import type BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'
import type { Database } from './types'

/**
 * Runs `work` in one write transaction started with BEGIN IMMEDIATE: the write lock is taken
 * up front, so two processes issuing documents against the same file queue on the lock
 * (busy_timeout) instead of both reading the same next number. Kysely's own transaction
 * starts a deferred one, whose read-then-write upgrade can fail with SQLITE_BUSY.
 * Everything inside must use the given executor, never ctx.db (that would wait forever).
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection)
    let result: T
    try {
      result = await work(connection)
    } catch (error) {
      await sql`rollback`.execute(connection).catch(() => undefined)
      throw error
    }
    await sql`commit`.execute(connection)
    return result
  })
}

/**
 * The same for work done straight on the better-sqlite3 connection (the demo generator, the
 * record chain's checkpoint): BEGIN IMMEDIATE, COMMIT, or ROLLBACK when `work` throws. Inside a
 * transaction already open on the connection it becomes a savepoint of that one.
 */
export function writeTransactionSync<T>(sqlite: BetterSqlite3.Database, work: () => T): T {
  return sqlite.transaction(work).immediate()
}
