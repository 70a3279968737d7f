/** The customer requests' API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { RequestApiOutputs } from '../../shared/schemas/requests-api'
import type { ServiceContext } from '../context'
import * as requests from './service'

export type RequestHandlers = Pick<ApiHandlers, keyof RequestApiOutputs>

export function requestHandlers(ctx: ServiceContext): RequestHandlers {
  return {
    'requests.list': (q) => requests.listRequests(ctx, q),
    'requests.get': ({ id }) => requests.getRequest(ctx, id),
    'requests.create': ({ request }) => requests.createRequest(ctx, request),
    'requests.update': ({ id, request, expectedUpdatedAt }) =>
      requests.updateRequest(ctx, id, request, expectedUpdatedAt),
    'requests.setStatus': ({ id, status }) => requests.setRequestStatus(ctx, id, status),
    'requests.exportXlsx': (q) => requests.exportRequests(ctx, q)
  }
}
