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
  LINKS_AT_ONCE,
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
// The pieces of one kind of work share their SQL text (only the range differs): prepared once.
const statements = new Map()
const prepared = (text) => {
  let statement = statements.get(text)
  if (!statement) statements.set(text, (statement = db.prepare(text).pluck()))
  return statement
}
function run(scan) {
  if (scan.kind === 'links') {
    // Read in blocks with .all(), as firstBrokenLink does (a third less CPU than .iterate()).
    let previous = scan.previous
    for (let after = scan.after; after < scan.until; after += workerData.linksAtOnce) {
      for (const [seq, rest, stored] of links.all(after, Math.min(after + workerData.linksAtOnce, scan.until))) {
        if (rest === null || sha256(previous + rest) !== stored) return seq
        previous = stored
      }
    }
    return null
  }
  const get = (text) => prepared(text).get(scan.params) ?? null
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

/** Worker threads, each opening the file read-only: started before the plan is made, which they need not wait for. */
function startWorkers(path: string, workers: number): Worker[] {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  return Array.from(
    { length: workers },
    () =>
      new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { path, driver, linkScanSql: LINK_SCAN_SQL, linksAtOnce: LINKS_AT_ONCE }
      })
  )
}

/** Runs the scans on the workers, each taking the next one (the plan's order) when free; results in order. */
async function runInWorkers(pool: Worker[], scans: ChainScan[]): Promise<Array<number | null>> {
  const results = new Array<number | null>(scans.length).fill(null)
  let next = 0
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
}

/** Below this many entries a full verify takes well under a second here: not worth starting threads. */
const WORKERS_FROM_ENTRIES = 50_000

/**
 * Who asks for a full verify: the app, whose thread must stay free for the window and the web host,
 * or the command line (`salesdesk verify`), whose thread only waits for the answer.
 */
export type VerifyCaller = 'app' | 'command line'

/**
 * Worker threads for a full verify on `cores` cores. The command line uses one per core (up to 4):
 * on 2 idle cores two workers took 2.64 s against one worker's 4.55 s (large demo, issue 10). The
 * app keeps one worker up to 2 cores, so that the window and the web host keep a core (measured
 * under load, two workers took more CPU and more time than one, each competing with the other and
 * with the window); with more cores it spreads the scans over up to 4.
 */
export function workersFor(cores: number, caller: VerifyCaller): number {
  if (caller === 'command line') return Math.max(1, Math.min(cores, 4))
  return cores > 2 ? Math.min(cores, 4) : 1
}

/**
 * The full verify, in worker threads when the chain is large and the store is a file (an in-memory
 * store cannot be opened twice); `workers` overrides the choice (0: this thread). If the workers
 * cannot run, the verify runs here (unless `fallBack` is false: tests): the answer never depends on
 * where it ran.
 */
export async function verifyChainFully(
  sqlite: BetterSqlite3.Database,
  options: { workers?: number; fallBack?: boolean; caller?: VerifyCaller } = {}
): Promise<ChainReport> {
  const entries = (sqlite.prepare('select max(seq) from record_chain').pluck().get() as number | null) ?? 0
  const onDisk = !sqlite.memory && sqlite.name !== '' && sqlite.name !== ':memory:'
  const workers =
    options.workers ??
    (onDisk && entries >= WORKERS_FROM_ENTRIES
      ? workersFor(availableParallelism(), options.caller ?? 'app')
      : 0)
  if (workers < 1 || !onDisk) return verifyChain(sqlite)
  let pool: Worker[] = []
  try {
    pool = startWorkers(sqlite.name, workers)
    // Made while the workers start. One worker runs the scans of this thread, uncut.
    const plan = planChainScans(sqlite, workers)
    const results = await runInWorkers(pool, plan.scans)
    return concludeChainScans(sqlite, plan, results)
  } catch (error) {
    if (options.fallBack === false) throw error
    return verifyChain(sqlite)
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
}
