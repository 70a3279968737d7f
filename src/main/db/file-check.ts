/**
 * The check that finds damaged pages. A file damaged after its first page opens fine, and then
 * every call that touches a damaged page fails; so the running app (and `serve`) reads every page
 * once at start with SQLite's quick_check, on its own read-only connection in a worker thread, so
 * the window and the web host answer meanwhile. Its cost on the large demo is in the bench.
 */
import { runSqliteWorker, type WorkerRun } from './sqlite-worker'

export interface FileCheckResult {
  /** not_checked: the check itself could not run (it says nothing about the file). */
  status: 'ok' | 'damaged' | 'not_checked'
  /** SQLite's first findings when damaged, or why the check could not run. */
  findings: string[]
  ms: number
}

// Plain CommonJS evaluated in the worker (sqlite-worker.ts): no second bundle entry to build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const started = performance.now()
let findings
let damaged = false
try {
  const db = new Database(workerData.path, { readonly: true, fileMustExist: true })
  try {
    findings = db.pragma('quick_check(10)').map((row) => String(Object.values(row)[0]).replace(/\\s+/g, ' '))
    damaged = !(findings.length === 1 && findings[0] === 'ok')
  } finally {
    db.close()
  }
} catch (error) {
  const code = String((error && error.code) || '')
  damaged = code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')
  findings = [error && error.message ? String(error.message) : String(error)]
}
const status = damaged ? 'damaged' : findings[0] === 'ok' ? 'ok' : 'not_checked'
parentPort.postMessage({ status, findings, ms: performance.now() - started })
`

/** The check under way; `stop()` ends it early (the app is closing), and the result is then not_checked. */
export function checkFilePages(path: string): WorkerRun<FileCheckResult> {
  return runSqliteWorker<FileCheckResult>(WORKER_SOURCE, path, (why) => ({
    status: 'not_checked',
    findings: [why ?? 'the check stopped before it finished'],
    ms: 0
  }))
}
