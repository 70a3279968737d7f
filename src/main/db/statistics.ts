/**
 * Planner statistics for every store (issue 12): only the demo generator ran ANALYZE, so a store
 * filled through the app had no sqlite_stat1 and SQLite's query planner guessed (the weekly
 * report took over a minute on a large file without them). The running app and `serve` refresh
 * them with `PRAGMA optimize` (https://sqlite.org/lang_analyze.html): every table checked, ANALYZE
 * run only where the statistics are missing or stale, with SQLite's temporary analysis limit.
 *
 * Never on the open path: on the large demo with no statistics the unlimited analysis
 * (`optimize=0x10002`) took 4.1 s at open; with the limit (bit 0x10) it takes ~0.2 s, and it runs
 * in a worker thread on its own connection after the page check, so neither opening nor the
 * window waits for it. One-shot commands do not run it: a command that only reads writes nothing.
 */
import type BetterSqlite3 from 'better-sqlite3'
import { runSqliteWorker, type WorkerRun } from './sqlite-worker'

/** Check every table (0x10000), ANALYZE where it helps (0x02), within SQLite's analysis limit (0x10). */
const OPTIMIZE_MASK = 0x10012

export interface StatisticsResult {
  status: 'refreshed' | 'not_refreshed'
  /** The tables SQLite chose to analyze (empty tables are chosen every time: they get no row). */
  analyzed: string[]
  /** Why not, when not refreshed (another process held the write lock, the app closed first). */
  reason?: string
}

// Plain CommonJS evaluated in the worker (sqlite-worker.ts). Debug mode (0x01) lists what the
// same call analyzes, without doing it; the busy timeout lets a save under way finish first.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
let answer
try {
  const db = new Database(workerData.path, { fileMustExist: true, timeout: 5000 })
  try {
    const analyzed = db.pragma('optimize = ' + (workerData.mask | 1)).map((row) => String(Object.values(row)[0]))
    db.pragma('optimize = ' + workerData.mask)
    answer = { status: 'refreshed', analyzed }
  } finally {
    db.close()
  }
} catch (error) {
  answer = { status: 'not_refreshed', analyzed: [], reason: error && error.message ? String(error.message) : String(error) }
}
parentPort.postMessage(answer)
`

/**
 * Makes this connection's planner read the statistics another connection wrote: SQLite loads them
 * with the schema, and a first sqlite_stat1 is a schema change, but later refreshes are not.
 * ANALYZE sqlite_schema does it (~0.1 ms on the large demo); it needs the write lock for a moment,
 * so it is tried without waiting and never inside a transaction under way (next time, then).
 */
function reloadStatistics(sqlite: BetterSqlite3.Database): void {
  if (!sqlite.open || sqlite.inTransaction) return
  const timeout = sqlite.pragma('busy_timeout', { simple: true }) as number
  try {
    sqlite.pragma('busy_timeout = 0')
    sqlite.exec('analyze sqlite_schema')
  } catch {
    // Another connection is writing: the statistics are read at the next refresh or start.
  } finally {
    sqlite.pragma(`busy_timeout = ${String(timeout)}`)
  }
}

/** One refresh in a worker thread, then this connection's planner reads what it wrote. */
export function refreshStatistics(sqlite: BetterSqlite3.Database, path: string): WorkerRun<StatisticsResult> {
  const run = runSqliteWorker<StatisticsResult>(
    WORKER_SOURCE,
    path,
    (why) => ({ status: 'not_refreshed', analyzed: [], reason: why ?? 'stopped before it finished' }),
    { mask: OPTIMIZE_MASK }
  )
  return {
    result: run.result.then((result) => {
      if (result.status === 'refreshed') reloadStatistics(sqlite)
      return result
    }),
    stop: () => run.stop()
  }
}
