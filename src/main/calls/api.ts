/** The call log's and prospects' API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { CallsApiOutputs } from '../../shared/schemas/calls-api'
import type { ServiceContext } from '../context'
import { handOverProspect, loadProspect, qualifyProspect } from './prospects'
import { callsPerDay, listCalls, logCall, nextSteps } from './service'

export type CallsHandlers = Pick<ApiHandlers, keyof CallsApiOutputs>

export function callsHandlers(ctx: ServiceContext): CallsHandlers {
  return {
    'calls.log': ({ call }) => logCall(ctx, call),
    'calls.list': (q) => listCalls(ctx, q),
    'calls.nextSteps': (q) => nextSteps(ctx, q),
    'calls.perDay': ({ week }) => callsPerDay(ctx, week),
    'prospects.get': ({ customerId }) => loadProspect(ctx.db, customerId),
    'prospects.qualify': ({ customerId, qualification }) => qualifyProspect(ctx, customerId, qualification),
    'prospects.handOver': ({ customerId, executiveId }) => handOverProspect(ctx, customerId, executiveId)
  }
}
