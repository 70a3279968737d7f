/**
 * Runs a short piece of plain CommonJS in a worker thread that opens the store with its own
 * connection, so that the window and the web host keep answering meanwhile (the page check,
 * the planner statistics). The source gets `workerData.path` (the database) and
 * `workerData.driver` (better-sqlite3, by the absolute path the main side resolved, so the
 * bundled app and tests load the same one) and posts one message: its answer.
 */
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

export interface WorkerRun<T> {
  /** The worker's answer, or `failed(why)` when it could not give one (`why` null: it was stopped). */
  result: Promise<T>
  /** Ends the run early (the app is closing): the result is then `failed`. */
  stop(): void
}

export function runSqliteWorker<T>(
  source: string,
  path: string,
  failed: (why: string | null) => T,
  extra: Record<string, unknown> = {}
): WorkerRun<T> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(source, { eval: true, workerData: { ...extra, path, driver } })
  const result = new Promise<T>((resolve) => {
    let answered = false
    worker.once('message', (answer: T) => {
      answered = true
      resolve(answer)
      void worker.terminate()
    })
    worker.once('error', (error: Error) => {
      answered = true
      resolve(failed(error.message))
    })
    worker.once('exit', () => {
      if (!answered) resolve(failed(null))
    })
  })
  return { result, stop: () => void worker.terminate() }
}
