/** The exchange rates' part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import type { Page } from './common'
import {
  ecbImportInput,
  exchangeRateInput,
  exchangeRateListQuery,
  type EcbImportResult,
  type ExchangeRate
} from './rates'

export const ratesApiInputs = {
  'rates.list': exchangeRateListQuery,
  'rates.set': z.object({ rate: exchangeRateInput }).strict(),
  'rates.importEcb': ecbImportInput
} as const

export interface RatesApiOutputs {
  'rates.list': Page<ExchangeRate>
  'rates.set': ExchangeRate
  'rates.importEcb': EcbImportResult
}
