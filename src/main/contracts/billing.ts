/**
 * Recurring billing: an active contract's billing periods run from its start date in steps of
 * 1, 3 or 12 months (one-off: a single period), each starting on the same day of the month
 * as the contract (clamped to the month's end) and billed in advance for the contract value.
 * A period is due once it has started (on or before `until`) and was not billed before;
 * billed periods are recorded so they are never proposed twice.
 */
import { activity } from '../../shared/activity'
import { today as companyToday } from '../clock'
import { conflict } from '../../shared/errors'
import type {
  BillingPeriod,
  BillingProposal,
  Contract,
  DueInvoicesResult
} from '../../shared/schemas/contracts'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { addMonths } from '../schedule/time'
import { addDaysIso } from '../../shared/iso-week'
import { createContractInvoiceDraft } from './invoicing'
import { loadContract } from './service'
import { writeTransaction } from '../db/write-transaction'

const STEP_MONTHS = { monthly: 1, quarterly: 3, yearly: 12 } as const

/** Every billing period of a contract that starts on or before `until`. */
export function billingPeriods(
  contract: Pick<Contract, 'startDate' | 'endDate' | 'billingFrequency' | 'valueCents'>,
  until: string
): BillingPeriod[] {
  const { startDate, endDate, billingFrequency, valueCents } = contract
  if (startDate > until) return []
  if (billingFrequency === 'one_off')
    return [{ periodStart: startDate, periodEnd: endDate ?? startDate, amountCents: valueCents }]
  const step = STEP_MONTHS[billingFrequency]
  const periods: BillingPeriod[] = []
  for (let k = 0; k < 10_000; k++) {
    const periodStart = addMonths(startDate, k * step)
    if (periodStart > until || (endDate !== null && periodStart > endDate)) break
    const naturalEnd = addDaysIso(addMonths(startDate, (k + 1) * step), -1)
    periods.push({
      periodStart,
      periodEnd: endDate !== null && endDate < naturalEnd ? endDate : naturalEnd,
      amountCents: valueCents
    })
  }
  return periods
}

async function proposal(db: Executor, contract: Contract, until: string): Promise<BillingProposal> {
  const billed = await db
    .selectFrom('contractBilledPeriods')
    .select(['periodStart', 'periodEnd', 'amountCents', 'invoiceId'])
    .where('contractId', '=', contract.id)
    .orderBy('periodStart')
    .execute()
  const billedStarts = new Set(billed.map((b) => b.periodStart))
  const due =
    contract.status === 'active'
      ? billingPeriods(contract, until).filter((p) => !billedStarts.has(p.periodStart))
      : []
  return { contractId: contract.id, currency: contract.currency, due, alreadyBilled: billed }
}

export async function billingProposal(
  ctx: ServiceContext,
  id: number,
  until: string
): Promise<BillingProposal> {
  return proposal(ctx.db, await loadContract(ctx.db, id, companyToday(ctx)), until)
}

/** Creates a draft invoice for every due period, all in one transaction. */
export async function createDueInvoices(
  ctx: ServiceContext,
  id: number,
  until: string
): Promise<DueInvoicesResult> {
  return writeTransaction(ctx.db, async (trx) => {
    const contract = await loadContract(trx, id, companyToday(ctx))
    if (contract.status !== 'active') throw conflict('onlyActiveContractBilled')
    const { due } = await proposal(trx, contract, until)
    const created: DueInvoicesResult['created'] = []
    for (const period of due) {
      const invoiceId = await createContractInvoiceDraft(trx, ctx, contract, period)
      await trx
        .insertInto('contractBilledPeriods')
        .values({ contractId: id, ...period, invoiceId, billedAt: isoNow(ctx) })
        .execute()
      created.push({ ...period, invoiceId })
    }
    if (created.length > 0) {
      await recordActivity(trx, ctx, {
        entity: 'contract',
        entityId: id,
        action: 'bill',
        summary: `Created ${created.length} draft invoice(s) for contract ${contract.number}: ${created.map((p) => p.periodStart).join(', ')}`,
        details: activity('contractBilled', { count: created.length, number: contract.number })
      })
    }
    return { created }
  })
}
