import { z } from 'zod'
import type { ApiError } from '../errors'

export const jobStart = z
  .object({
    /** Any API method; its input is validated exactly as for a direct call. */
    method: z.string().max(80),
    input: z.unknown()
  })
  .strict()

export const jobId = z.object({ id: z.uuid() }).strict()

export interface JobStatus {
  id: string
  method: string
  state: 'running' | 'done' | 'failed' | 'cancelled'
  done: number
  total: number
  stage: string
  error?: ApiError
}
