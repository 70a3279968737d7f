/** Builders for payment tests: a seeded desk, invoices of an exact amount, payments. */
import type { PaymentInput } from '../../src/shared/schemas/payments'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { draft, line, seedDocuments, type Seeded } from '../documents/helpers'
import { customer, type TestDesk } from '../support/fixtures'

export { seedDocuments, type Seeded }

/** An issued invoice of exactly `cents` (one line, no VAT). */
export async function invoiceOf(
  desk: TestDesk,
  seed: Seeded,
  cents: number,
  overrides: { issueDate?: string; customerId?: number; currency?: string } = {}
): Promise<SalesDocument> {
  const created = await desk.call('documents.createDraft', {
    document: draft(seed, {
      customerId: overrides.customerId ?? seed.customerId,
      issueDate: overrides.issueDate ?? null,
      currency: overrides.currency ?? 'EUR',
      lines: [
        line({
          description: 'Servei de manteniment — обслуживание',
          quantityMilli: 1000,
          unitPriceCents: cents,
          vatRateBp: 0
        })
      ]
    })
  })
  return desk.call('documents.issue', { id: created.id })
}

export function payment(seed: Seeded, cents: number, overrides: Partial<PaymentInput> = {}): PaymentInput {
  return {
    customerId: seed.customerId,
    paymentDate: '2026-03-02',
    amountCents: cents,
    method: 'bank_transfer',
    reference: '',
    note: '',
    allocations: null,
    ...overrides
  }
}

export async function otherCustomer(desk: TestDesk, name = 'Ооо Ромашка'): Promise<number> {
  return (await desk.call('customers.create', { customer: customer({ name, paymentTermsDays: 30 }) })).id
}

export const DAY = 86_400_000
