/**
 * The contract's link to the documents area: one draft invoice per billing period.
 * DOCUMENTS HOOK: until invoices exist, billing is refused (nothing is recorded as billed).
 */
import { DomainError } from '../../shared/errors'
import type { BillingPeriod, Contract } from '../../shared/schemas/contracts'
import type { Executor, ServiceContext } from '../context'

export async function createContractInvoiceDraft(_trx: Executor, _ctx: ServiceContext, _contract: Contract, _period: BillingPeriod): Promise<number> {
  throw new DomainError('conflict', 'Invoices are not available in this version yet, so contract periods cannot be billed.')
}
