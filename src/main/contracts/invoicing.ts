/**
 * The contract's link to the documents area: one draft invoice per billing period, made with
 * the documents service inside the caller's transaction. The period's amount is the net
 * price of one line at the default VAT rate from the settings (the first offered rate).
 */
import { DomainError } from '../../shared/errors'
import { MAX_UNIT_PRICE_CENTS } from '../../shared/schemas/document-drafts'
import type { BillingPeriod, Contract } from '../../shared/schemas/contracts'
import type { Executor, ServiceContext } from '../context'
import { insertDraft, noLinks } from '../documents/drafts'
import { readSettings } from '../settings/service'

export async function createContractInvoiceDraft(
  trx: Executor,
  ctx: ServiceContext,
  contract: Contract,
  period: BillingPeriod
): Promise<number> {
  if (period.amountCents > MAX_UNIT_PRICE_CENTS) {
    throw new DomainError(
      'invalid_input',
      { key: 'contractValueTooLargeForLine' },
      {
        valueCents: { key: 'tooLargeForInvoiceLine' }
      }
    )
  }
  const settings = await readSettings(trx)
  const description = `${contract.title} (${contract.number}), ${period.periodStart} – ${period.periodEnd}`
  return insertDraft(
    trx,
    ctx,
    {
      type: 'invoice',
      customerId: contract.customerId,
      executiveId: contract.executiveId,
      issueDate: null,
      validUntil: null,
      promisedDate: null,
      currency: contract.currency,
      paymentInstructions: '',
      notes: `Contract ${contract.number}, billing period ${period.periodStart} – ${period.periodEnd}`,
      reason: '',
      lines: [
        {
          productId: null,
          description: description.slice(0, 1000),
          unit: '',
          quantityMilli: 1000,
          unitPriceCents: period.amountCents,
          discountBp: 0,
          vatRateBp: settings.documents.vatRatesBp[0] ?? 0,
          promisedDate: null,
          sourceLineId: null
        }
      ]
    },
    noLinks,
    `Created a draft invoice for contract ${contract.number}, ${period.periodStart} – ${period.periodEnd}`
  )
}
