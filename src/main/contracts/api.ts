/** The contracts' API handlers. Attachments need the data folder, passed in from createApi's options. */
import type { ApiHandlers } from '../../shared/api'
import type { ContractsApiOutputs } from '../../shared/schemas/contracts-api'
import type { ServiceContext } from '../context'
import { attachToContract, downloadAttachment, removeAttachment, type AttachmentStorage } from './attachments'
import { billingProposal, createDueInvoices } from './billing'
import { exportContracts, listContracts, renewals } from './list'
import * as contracts from './service'

export type ContractsHandlers = Pick<ApiHandlers, keyof ContractsApiOutputs>

export function contractsHandlers(ctx: ServiceContext, storage: AttachmentStorage): ContractsHandlers {
  return {
    'contracts.list': (q) => listContracts(ctx, q),
    'contracts.get': ({ id }) => contracts.getContract(ctx, id),
    'contracts.create': ({ contract }) => contracts.createContract(ctx, contract),
    'contracts.update': ({ id, contract, expectedUpdatedAt }) =>
      contracts.updateContract(ctx, id, contract, expectedUpdatedAt),
    'contracts.activate': ({ id }) => contracts.activateContract(ctx, id),
    'contracts.terminate': ({ id, date, reason }) => contracts.terminateContract(ctx, id, date, reason),
    'contracts.end': ({ id, date }) => contracts.endContract(ctx, id, date),
    'contracts.renew': ({ id, ...input }) => contracts.renewContract(ctx, id, input),
    'contracts.renewals': ({ withinDays }) => renewals(ctx, withinDays),
    'contracts.attach': ({ contractId, fileName, contentBase64 }) =>
      attachToContract(ctx, storage, contractId, fileName, contentBase64),
    'contracts.attachment': ({ id }) => downloadAttachment(ctx, storage, id),
    'contracts.removeAttachment': ({ id }) => removeAttachment(ctx, storage, id),
    'contracts.billingProposal': ({ id, until }) => billingProposal(ctx, id, until),
    'contracts.createDueInvoices': ({ id, until }) => createDueInvoices(ctx, id, until),
    'contracts.exportXlsx': ({ language, ...q }) => exportContracts(ctx, q, language)
  }
}
