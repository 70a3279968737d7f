/** The background jobs' part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { jobId, jobStart, type JobStatus } from './jobs'

export const jobsApiInputs = {
  'jobs.start': jobStart,
  'jobs.status': jobId,
  'jobs.cancel': jobId,
  'jobs.result': jobId
} as const

export interface JobsApiOutputs {
  /** Runs any method in the background with progress and cancel (exports, batches, reports). */
  'jobs.start': JobStatus
  'jobs.status': JobStatus
  'jobs.cancel': JobStatus
  /** The finished method's own output (see jobs.start's method). */
  'jobs.result': unknown
}
