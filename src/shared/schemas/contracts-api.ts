/** The contracts' part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { exportLanguage, idInput, type FileResult, type Page } from './common'
import {
  billingPeriodQuery,
  contractAttach,
  contractEnd,
  contractExportQuery,
  contractInput,
  contractListQuery,
  contractRenew,
  contractTerminate,
  contractUpdate,
  renewalsQuery,
  type BillingProposal,
  type Contract,
  type ContractAttachment,
  type ContractRow,
  type DueInvoicesResult
} from './contracts'

export const contractsApiInputs = {
  'contracts.list': contractListQuery,
  'contracts.get': idInput,
  'contracts.create': z.object({ contract: contractInput }).strict(),
  'contracts.update': contractUpdate,
  'contracts.activate': idInput,
  'contracts.terminate': contractTerminate,
  'contracts.end': contractEnd,
  'contracts.renew': contractRenew,
  'contracts.renewals': renewalsQuery,
  'contracts.attach': contractAttach,
  'contracts.attachment': idInput,
  'contracts.removeAttachment': idInput,
  'contracts.billingProposal': billingPeriodQuery,
  'contracts.createDueInvoices': billingPeriodQuery,
  'contracts.exportXlsx': contractExportQuery.extend(exportLanguage)
} as const

export interface ContractsApiOutputs {
  'contracts.list': Page<ContractRow>
  'contracts.get': Contract
  'contracts.create': Contract
  'contracts.update': Contract
  'contracts.activate': Contract
  'contracts.terminate': Contract
  'contracts.end': Contract
  'contracts.renew': Contract
  'contracts.renewals': ContractRow[]
  'contracts.attach': ContractAttachment
  'contracts.attachment': FileResult
  'contracts.removeAttachment': { removed: true }
  'contracts.billingProposal': BillingProposal
  'contracts.createDueInvoices': DueInvoicesResult
  'contracts.exportXlsx': FileResult
}
