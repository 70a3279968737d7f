/** The customer requests' API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { RequestsApiOutputs } from '../../shared/schemas/requests-api'
import type { ServiceContext } from '../context'
import * as requests from './service'
import { loadRequestTimes, setRequestTimes } from './times'

export type RequestsHandlers = Pick<ApiHandlers, keyof RequestsApiOutputs>

export function requestsHandlers(ctx: ServiceContext): RequestsHandlers {
  return {
    'requests.list': (q) => requests.listRequests(ctx, q),
    'requests.get': ({ id }) => requests.getRequest(ctx, id),
    'requests.create': ({ request }) => requests.createRequest(ctx, request),
    'requests.update': ({ id, request, expectedUpdatedAt }) =>
      requests.updateRequest(ctx, id, request, expectedUpdatedAt),
    'requests.setStatus': (change) => requests.setRequestStatus(ctx, change),
    'requests.exportXlsx': ({ language, ...q }) => requests.exportRequests(ctx, q, language),
    'requests.comment': ({ id, text }) => requests.commentRequest(ctx, id, text),
    'requests.link': ({ id, number, visitId }) => requests.linkRequest(ctx, id, { number, visitId }),
    'requests.unlink': ({ id, linkId }) => requests.unlinkRequest(ctx, id, linkId),
    'requests.counts': () => requests.requestCounts(ctx),
    'requests.times': () => loadRequestTimes(ctx.db),
    'requests.setTimes': ({ times }) => setRequestTimes(ctx, times)
  }
}
