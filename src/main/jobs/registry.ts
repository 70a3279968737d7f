/** Background jobs: started by `jobs.start`, polled with `jobs.status`, collected with `jobs.result`. */
import { randomUUID } from 'node:crypto'
import { DomainError, conflict, type ApiResult } from '../../shared/errors'
import type { JobStatus } from '../../shared/schemas/jobs'
import { runInJob } from './context'

interface Job extends JobStatus {
  cancelRequested: boolean
  result?: ApiResult<unknown>
  finishedAt?: number
}

/** Finished jobs whose result nobody collected are dropped after this long. */
const KEEP_FINISHED_MS = 10 * 60 * 1000

export class JobRegistry {
  private jobs = new Map<string, Job>()

  start(method: string, work: () => Promise<ApiResult<unknown>>): JobStatus {
    this.dropStale()
    const job: Job = {
      id: randomUUID(),
      method,
      state: 'running',
      done: 0,
      total: 0,
      stage: '',
      cancelRequested: false
    }
    this.jobs.set(job.id, job)
    const control = {
      progress: (done: number, total: number, stage?: string) => {
        job.done = done
        job.total = total
        if (stage !== undefined) job.stage = stage
      },
      isCancelled: () => job.cancelRequested
    }
    void runInJob(control, work).then((result) => {
      job.result = result
      job.finishedAt = Date.now()
      job.state = result.ok ? 'done' : result.error.code === 'cancelled' ? 'cancelled' : 'failed'
      if (!result.ok) job.error = result.error
    })
    return this.snapshot(job)
  }

  status(id: string): JobStatus {
    return this.snapshot(this.get(id))
  }

  cancel(id: string): JobStatus {
    const job = this.get(id)
    if (job.state === 'running') job.cancelRequested = true
    return this.snapshot(job)
  }

  /** Hands over a finished job's result once, then forgets the job. */
  result(id: string): ApiResult<unknown> {
    const job = this.get(id)
    if (job.state === 'running' || !job.result) throw conflict('jobStillRunning')
    this.jobs.delete(id)
    return job.result
  }

  private get(id: string): Job {
    const job = this.jobs.get(id)
    if (!job) throw new DomainError('not_found', { key: 'jobUnknown' })
    return job
  }

  private snapshot(job: Job): JobStatus {
    const { id, method, state, done, total, stage, error } = job
    return { id, method, state, done, total, stage, ...(error ? { error } : {}) }
  }

  private dropStale(): void {
    const now = Date.now()
    for (const [id, job] of this.jobs)
      if (job.finishedAt && now - job.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id)
  }
}
