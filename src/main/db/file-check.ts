/**
 * The check that finds damaged pages. A file damaged after its first page opens fine, and then
 * every call that touches a damaged page fails; so the running app (and `serve`) reads every page
 * once at start with SQLite's quick_check, on its own read-only connection in a worker thread, so
 * the window and the web host answer meanwhile. Its cost on the large demo is in the bench.
 */
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

export interface FileCheckResult {
  /** not_checked: the check itself could not run (it says nothing about the file). */
  status: 'ok' | 'damaged' | 'not_checked'
  /** SQLite's first findings when damaged, or why the check could not run. */
  findings: string[]
  ms: number
}

// Plain CommonJS evaluated in the worker: no second bundle entry to build, and the driver is
// loaded by the absolute path the main side resolved, so the bundled app and tests load the same one.
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

export interface FileCheck {
  result: Promise<FileCheckResult>
  /** Ends the check early (the app is closing): the result is then not_checked. */
  stop(): void
}

export function checkFilePages(path: string): FileCheck {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver } })
  const result = new Promise<FileCheckResult>((resolve) => {
    let answered = false
    worker.once('message', (result: FileCheckResult) => {
      answered = true
      resolve(result)
      void worker.terminate()
    })
    worker.once('error', (error: Error) => {
      answered = true
      resolve({ status: 'not_checked', findings: [error.message], ms: 0 })
    })
    worker.once('exit', () => {
      if (!answered)
        resolve({ status: 'not_checked', findings: ['the check stopped before it finished'], ms: 0 })
    })
  })
  return { result, stop: () => void worker.terminate() }
}
