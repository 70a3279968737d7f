/**
 * Property: for any sequence of invoices, payments (to named invoices or oldest first),
 * returns (fee re-billed or not), credit notes and credit applications, the customer's balance
 * is issued − credited − paid + returned + re-billed fees, counted from what the API answered;
 * every document's open amount equals a recomputation from the raw rows; and no document is
 * "paid" while something is owed on it (nor unpaid/partially paid when nothing is).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { DAY, invoiceOf, payment, seedDocuments, type Seeded } from './helpers'

type Op =
  | { kind: 'invoice'; cents: number }
  | { kind: 'pay'; cents: number; target: number | null }
  | { kind: 'return'; pick: number; fee: number; rebill: boolean }
  | { kind: 'credit'; pick: number; milli: number }
  | { kind: 'apply'; pick: number; cents: number | null }

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('invoice' as const),
      cents: fc.integer({ min: 1, max: 50_000 })
    })
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pay' as const),
      cents: fc.integer({ min: 1, max: 60_000 }),
      target: fc.option(fc.nat(20), { nil: null })
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('return' as const),
      pick: fc.nat(20),
      fee: fc.integer({ min: 0, max: 1_500 }),
      rebill: fc.boolean()
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('credit' as const),
      pick: fc.nat(20),
      milli: fc.integer({ min: 1, max: 1000 })
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('apply' as const),
      pick: fc.nat(20),
      cents: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: null })
    })
  }
)

interface Model {
  issued: number
  credited: number
  paid: number
  returned: number
  fees: number
  invoices: Array<{ id: number; lineId: number }>
  payments: number[]
}

/** Open amount per document straight from the raw rows, not from the receivables table. */
function rawOpen(desk: TestDesk): Map<number, number> {
  const rows = desk.store.sqlite
    .prepare(
      `select d.id,
         d.total_cents
         - coalesce((select sum(c.total_cents) from documents c where c.corrects_id = d.id and c.type = 'credit_note' and c.status = 'issued'), 0)
         - coalesce((select sum(a.amount_cents) from payment_allocations a join payments p on p.id = a.payment_id
                     where a.document_id = d.id and p.status = 'received'), 0) as open
       from documents d where d.type in ('invoice', 'debit_note') and d.status = 'issued'`
    )
    .all() as Array<{ id: number; open: number }>
  return new Map(rows.map((r) => [r.id, r.open]))
}

async function run(desk: TestDesk, seed: Seeded, ops: Op[]): Promise<void> {
  const m: Model = { issued: 0, credited: 0, paid: 0, returned: 0, fees: 0, invoices: [], payments: [] }
  const expectRefusal = (code: string) => expect(['conflict', 'invalid_input']).toContain(code)
  for (const o of ops) {
    desk.clock.advance(DAY)
    const today = desk.clock.now().toISOString().slice(0, 10)
    switch (o.kind) {
      case 'invoice': {
        const invoice = await invoiceOf(desk, seed, o.cents)
        m.issued += invoice.totalCents
        m.invoices.push({ id: invoice.id, lineId: invoice.lines[0].id })
        break
      }
      case 'pay': {
        const target =
          o.target === null || m.invoices.length === 0 ? null : m.invoices[o.target % m.invoices.length]
        const allocations = target === null ? null : [{ documentId: target.id, amountCents: o.cents }]
        const result = await desk.api.dispatch('payments.record', {
          payment: payment(seed, o.cents, { paymentDate: today, allocations })
        })
        if (result.ok) {
          m.paid += o.cents
          m.payments.push((result.data as { id: number }).id)
        } else expectRefusal(result.error.code)
        break
      }
      case 'return': {
        if (m.payments.length === 0) break
        const id = m.payments[o.pick % m.payments.length]
        const result = await desk.api.dispatch('payments.return', {
          id,
          returnDate: today,
          reason: 'insufficient_funds',
          bankFeeCents: o.fee,
          rebill: o.rebill,
          note: ''
        })
        if (result.ok) {
          const p = result.data as {
            amountCents: number
            return: { rebilled: boolean; bankFeeCents: number }
          }
          m.returned += p.amountCents
          if (p.return.rebilled) m.fees += p.return.bankFeeCents
        } else expectRefusal(result.error.code)
        break
      }
      case 'credit': {
        if (m.invoices.length === 0) break
        const invoice = m.invoices[o.pick % m.invoices.length]
        const draft = await desk.api.dispatch('invoices.createCreditNote', {
          invoiceId: invoice.id,
          reason: 'Correction',
          lines: [{ lineId: invoice.lineId, quantityMilli: o.milli }]
        })
        if (!draft.ok) {
          expectRefusal(draft.error.code)
          break
        }
        const issued = await desk.api.dispatch('documents.issue', { id: (draft.data as { id: number }).id })
        if (issued.ok) m.credited += (issued.data as { totalCents: number }).totalCents
        else {
          expectRefusal(issued.error.code)
          await desk.call('documents.deleteDraft', { id: (draft.data as { id: number }).id })
        }
        break
      }
      case 'apply': {
        if (m.invoices.length === 0) break
        const invoice = m.invoices[o.pick % m.invoices.length]
        const result = await desk.api.dispatch('credit.apply', {
          customerId: seed.customerId,
          documentId: invoice.id,
          amountCents: o.cents
        })
        if (!result.ok) expectRefusal(result.error.code)
        break
      }
    }
    expect(desk.reported).toEqual([])
  }

  const account = await desk.call('receivables.account', { customerId: seed.customerId })
  expect(account.balances[0].balanceCents).toBe(m.issued - m.credited - m.paid + m.returned + m.fees)
  const raw = rawOpen(desk)
  expect(account.items).toHaveLength(raw.size)
  for (const item of account.items) {
    expect(item.openCents, item.number).toBe(raw.get(item.documentId))
    if (item.status === 'paid') expect(item.openCents, item.number).toBeLessThanOrEqual(0)
    else expect(item.openCents, item.number).toBeGreaterThan(0)
    if (item.status === 'partially_paid') expect(item.paidCents).toBeGreaterThan(0)
    if (item.status === 'unpaid') expect(item.paidCents).toBeLessThanOrEqual(0)
  }
  // Credit is what was received and not allocated; the aged report agrees with the account.
  const aged = await desk.call('receivables.aged', { asOf: null, search: '', offset: 0, limit: 10 })
  const row = aged.rows.find((r) => r.customerId === seed.customerId)
  expect(row?.totalCents ?? 0).toBe(account.balances[0].openCents)
  expect(row?.creditCents ?? 0).toBe(account.balances[0].creditCents + account.balances[0].overSettledCents)
  expect(
    account.balances[0].openCents - account.balances[0].overSettledCents - account.balances[0].creditCents
  ).toBe(account.balances[0].balanceCents)
}

describe('customer balance', () => {
  it('= issued − credited − paid + returned + re-billed fees, and nothing is "paid" while owed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const desk = await openTestDesk()
        try {
          const seed = await seedDocuments(desk)
          await run(desk, seed, ops)
        } finally {
          await desk.close()
        }
      }),
      { numRuns: 40 }
    )
  }, 120_000)

  it('holds for a known tricky sequence: pay, over-credit, apply, return the payment', async () => {
    const desk = await openTestDesk()
    try {
      const seed = await seedDocuments(desk)
      await run(desk, seed, [
        { kind: 'invoice', cents: 10_000 },
        { kind: 'pay', cents: 10_000, target: 0 },
        { kind: 'credit', pick: 0, milli: 600 },
        { kind: 'invoice', cents: 3_000 },
        { kind: 'apply', pick: 1, cents: null },
        { kind: 'return', pick: 0, fee: 500, rebill: true },
        { kind: 'pay', cents: 20_000, target: null }
      ])
    } finally {
      await desk.close()
    }
  })
})
