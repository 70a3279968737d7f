/** The exchange rates' API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { RatesApiOutputs } from '../../shared/schemas/rates-api'
import type { ServiceContext } from '../context'
import { importEcbRates, listRates, setRate } from './service'

export type RatesHandlers = Pick<ApiHandlers, keyof RatesApiOutputs>

export function ratesHandlers(ctx: ServiceContext): RatesHandlers {
  return {
    'rates.list': (q) => listRates(ctx, q),
    'rates.set': ({ rate }) => setRate(ctx, rate),
    'rates.importEcb': (input) => importEcbRates(ctx, input)
  }
}
