/** jobs.* : any method can run in the background, with progress, cancel and a result to collect. */
import { apiInputs, isApiMethod, type ApiHandlers } from '../../shared/api'
import { DomainError, invalidFields, type ApiResult } from '../../shared/errors'
import type { JobsApiOutputs } from '../../shared/schemas/jobs-api'
import type { JobRegistry } from './registry'

export type JobsHandlers = Pick<ApiHandlers, keyof JobsApiOutputs>

export function jobsHandlers(
  jobs: JobRegistry,
  dispatch: (method: unknown, payload: unknown) => Promise<ApiResult<unknown>>
): JobsHandlers {
  return {
    'jobs.start': ({ method, input }) => {
      if (!isApiMethod(method) || method.startsWith('jobs.')) {
        throw new DomainError(
          'invalid_input',
          { key: 'notBackgroundJob', params: { method } },
          { method: { key: 'unknownOperationField' } }
        )
      }
      // Refuse bad input now, not later in the job's status.
      const parsed = apiInputs[method].safeParse(input)
      if (!parsed.success) throw invalidFields(parsed.error.issues)
      return jobs.start(method, () => dispatch(method, input))
    },
    'jobs.status': ({ id }) => jobs.status(id),
    'jobs.cancel': ({ id }) => jobs.cancel(id),
    'jobs.result': ({ id }) => {
      const result = jobs.result(id)
      if (!result.ok) throw DomainError.from(result.error)
      return result.data
    }
  }
}
