/** The call log's and prospects' part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { id } from './common'
import {
  callInput,
  callListQuery,
  callsPerDayQuery,
  nextStepsQuery,
  prospectQualification,
  type CallRow,
  type CallsPerDay,
  type Prospect
} from './calls'

export const callsApiInputs = {
  'calls.log': z.object({ call: callInput }).strict(),
  'calls.list': callListQuery,
  'calls.nextSteps': nextStepsQuery,
  'calls.perDay': callsPerDayQuery,
  'prospects.get': z.object({ customerId: id }).strict(),
  'prospects.qualify': z.object({ customerId: id, qualification: prospectQualification }).strict(),
  'prospects.handOver': z.object({ customerId: id, executiveId: id }).strict()
} as const

export interface CallsApiOutputs {
  'calls.log': CallRow
  'calls.list': { total: number; rows: CallRow[] }
  'calls.nextSteps': CallRow[]
  'calls.perDay': CallsPerDay
  /** null: the customer was never a prospect on the desk. */
  'prospects.get': Prospect | null
  'prospects.qualify': Prospect
  'prospects.handOver': Prospect
}
