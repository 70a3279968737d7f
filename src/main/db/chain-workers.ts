/**
 * The full record-chain verify spread over worker threads (issue 10: under 2 s on ~150 000
 * documents). The scans of chain.ts's plan are independent, each on one snapshot of its own, so
 * each worker runs some of them on its own read-only connection, while this thread (the window,
 * the web host) stays free. The worker is the plain-JavaScript twin of `runChainScan`; a test
 * checks that both find the same thing on the same tampered file.
 */
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type BetterSqlite3 from 'better-sqlite3'
import {
  LINK_SCAN_SQL,
  concludeChainScans,
  planChainScans,
  verifyChain,
  type ChainReport,
  type ChainScan
} from './chain'

// Plain CommonJS evaluated in the worker (as in file-check.ts): no second bundle entry to build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { hash } = require('node:crypto')
const Database = require(workerData.driver)
const db = new Database(workerData.path, { readonly: true, fileMustExist: true })
db.pragma('cache_size = -65536')
// Read through a memory map: a scan-heavy read-only pass copies fewer pages (the file is replaced by
// rename on restore, never truncated under a reader).
db.pragma('mmap_size = 2147483647')
const sha256 = (text) => hash('sha256', text, 'hex')
db.function('salesdesk_sha256', { deterministic: true }, (value) =>
  typeof value === 'string' || value instanceof Uint8Array ? hash('sha256', value, 'hex') : null
)
const links = db.prepare(workerData.linkScanSql).raw(true)
function run(scan) {
  if (scan.kind === 'links') {
    let previous = scan.previous
    for (const [seq, rest, stored] of links.iterate(scan.after, scan.until)) {
      if (rest === null || sha256(previous + rest) !== stored) return seq
      previous = stored
    }
    return null
  }
  const get = (text) => db.prepare(text).pluck().get(scan.params) ?? null
  try {
    return get(scan.text)
  } catch (error) {
    if (!(scan.binarySafeText && error instanceof Error && /blob/i.test(error.message))) throw error
    return get(scan.binarySafeText)
  }
}
parentPort.on('message', (scan) => {
  try {
    parentPort.postMessage({ ok: true, value: run(scan) })
  } catch (error) {
    parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) })
  }
})
`

type Answer = { ok: true; value: number | null } | { ok: false; message: string }

/** Runs the scans on `workers` threads, longest queue first come first served; results in order. */
async function runInWorkers(
  path: string,
  scans: ChainScan[],
  workers: number
): Promise<Array<number | null>> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const results = new Array<number | null>(scans.length).fill(null)
  let next = 0
  const pool = Array.from(
    { length: Math.min(workers, scans.length) },
    () => new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, linkScanSql: LINK_SCAN_SQL } })
  )
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (next >= scans.length) {
                resolve()
                return
              }
              worker.postMessage(scans[next])
              const at = next++
              worker.once('message', (answer: Answer) => {
                if (!answer.ok) {
                  reject(new Error(answer.message))
                  return
                }
                results[at] = answer.value
                give()
              })
            }
            worker.once('error', reject)
            // A worker that stops without answering must not leave the verify waiting for ever.
            worker.once('exit', (code) => {
              reject(new Error(`a verify worker stopped (exit code ${String(code)})`))
            })
            give()
          })
      )
    )
    return results
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
}

/** Below this many entries a full verify takes well under a second here: not worth starting threads. */
const WORKERS_FROM_ENTRIES = 50_000

/**
 * Worker threads for a full verify on `cores` cores. Measured on the large demo on 2 cores (issue
 * 10): two workers took more CPU than one thread (6.1 s against 5.1–5.7 s) and more time (8.3 s
 * against 6.3 s wall), each competing with the other and with the window for the same two cores.
 * So up to 2 cores one worker runs every scan in turn (the one-thread work and time, while the
 * window and the web host stay free); with more cores the scans are spread over up to 4.
 */
const workersFor = (cores: number) => (cores > 2 ? Math.min(cores, 4) : 1)

/**
 * The full verify, in worker threads when the chain is large and the store is a file (an in-memory
 * store cannot be opened twice); `workers` overrides the choice (0: this thread). If the workers
 * cannot run, the verify runs here (unless `fallBack` is false: tests): the answer never depends on
 * where it ran.
 */
export async function verifyChainFully(
  sqlite: BetterSqlite3.Database,
  options: { workers?: number; fallBack?: boolean } = {}
): Promise<ChainReport> {
  const entries = (sqlite.prepare('select max(seq) from record_chain').pluck().get() as number | null) ?? 0
  const onDisk = !sqlite.memory && sqlite.name !== '' && sqlite.name !== ':memory:'
  const workers =
    options.workers ?? (onDisk && entries >= WORKERS_FROM_ENTRIES ? workersFor(availableParallelism()) : 0)
  if (workers < 1 || !onDisk) return verifyChain(sqlite)
  // A few scans per worker, so that one slow scan does not leave the other workers idle; one
  // worker runs the scans of this thread (cutting them would only add work).
  const plan = planChainScans(sqlite, workers > 1 ? workers * 3 : 1)
  let results: Array<number | null>
  try {
    results = await runInWorkers(sqlite.name, plan.scans, workers)
  } catch (error) {
    if (options.fallBack === false) throw error
    return verifyChain(sqlite)
  }
  return concludeChainScans(sqlite, plan, results)
}
