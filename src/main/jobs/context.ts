/**
 * Long operations (exports, batches of PDFs, reports) report progress and can be cancelled
 * without changing their signatures: the job runner puts a JobControl in async-local
 * storage, and the long loops call reportProgress / throwIfCancelled. Outside a job both
 * are no-ops, so the same code serves the CLI and direct calls.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { DomainError } from '../../shared/errors'

export interface JobControl {
  progress(done: number, total: number, stage?: string): void
  isCancelled(): boolean
}

const current = new AsyncLocalStorage<JobControl>()

export function runInJob<T>(control: JobControl, work: () => Promise<T>): Promise<T> {
  return current.run(control, work)
}

export function reportProgress(done: number, total: number, stage?: string): void {
  current.getStore()?.progress(done, total, stage)
}

export function throwIfCancelled(): void {
  if (current.getStore()?.isCancelled()) throw new DomainError('cancelled', { key: 'jobCancelled' })
}

/** Lets other requests in between the chunks of a long loop, then honours a cancel. */
export async function yieldToOthers(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve))
  throwIfCancelled()
}
