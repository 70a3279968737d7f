/**
 * A returned payment on the statement of account (issue 11): the payment and its return are lines
 * of their own, so the balance after the return is what it was before the payment, and the return
 * is never counted as invoiced or debited. The expected figures are added up here from the amounts
 * the test enters; the statement is read back with pdftotext.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { invoiceOf, payment, seedDocuments, type Seeded } from './helpers'
import { pdfText } from '../support/pdf-text'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const printed = (cents: number) =>
  `${Math.floor(cents / 100).toLocaleString('en-GB')}.${String(cents % 100).padStart(2, '0')}`

describe('a statement with a returned payment', () => {
  it('shows the payment and its return as lines and keeps the return out of "invoiced and debited"', async () => {
    const invoiced = [500_00, 120_25]
    const first = await invoiceOf(desk, seed, invoiced[0], { issueDate: '2026-01-10' })
    await invoiceOf(desk, seed, invoiced[1], { issueDate: '2026-02-01' })
    const kept = 300_00
    const bounced = 200_00
    await desk.call('payments.record', {
      payment: payment(seed, kept, {
        paymentDate: '2026-02-05',
        reference: 'TRF-1',
        allocations: [{ documentId: first.id, amountCents: kept }]
      })
    })
    const debit = await desk.call('payments.record', {
      payment: payment(seed, bounced, {
        paymentDate: '2026-02-10',
        method: 'direct_debit',
        reference: 'SEPA-2'
      })
    })
    await desk.call('payments.return', {
      id: debit.id,
      returnDate: '2026-02-14',
      reason: 'insufficient_funds',
      bankFeeCents: 0,
      rebill: false,
      note: ''
    })

    const totalInvoiced = invoiced[0] + invoiced[1]
    const balanceBeforeDebit = totalInvoiced - kept
    const text = pdfText(
      (
        await desk.call('receivables.statementPdf', {
          customerId: seed.customerId,
          from: null,
          to: '2026-02-28',
          paper: null
        })
      ).bytes,
      { squeeze: 'spaces' }
    )
    const lines = text.split('\n')
    const lineWith = (s: string) => lines.find((l) => l.includes(s)) ?? ''
    expect(lineWith('SEPA-2 Payment')).toMatch(
      new RegExp(`${printed(bounced)} ${printed(balanceBeforeDebit - bounced).replace('.', '\\.')}$`)
    )
    // The return puts back exactly what the payment took off.
    expect(lineWith('Returned: Insufficient funds')).toMatch(
      new RegExp(`${printed(bounced)} ${printed(balanceBeforeDebit).replace('.', '\\.')}$`)
    )
    expect(text).toContain(`Invoiced and debited (EUR) ${printed(totalInvoiced)}`)
    expect(text).toContain(`Payments returned (EUR) ${printed(bounced)}`)
    expect(text).toContain(`Credited and paid (EUR) ${printed(kept + bounced)}`)
    expect(text).toContain(`Closing balance (EUR) ${printed(balanceBeforeDebit)}`)

    // A period that starts after the payment: the opening balance has the payment, the period its return.
    const period = pdfText(
      (
        await desk.call('receivables.statementPdf', {
          customerId: seed.customerId,
          from: '2026-02-12',
          to: '2026-02-28',
          paper: null
        })
      ).bytes,
      { squeeze: 'spaces' }
    )
    expect(period).toContain(`Opening balance ${printed(balanceBeforeDebit - bounced)}`)
    expect(period).toContain(`Invoiced and debited (EUR) 0.00`)
    expect(period).toContain(`Payments returned (EUR) ${printed(bounced)}`)
    expect(period).toContain(`Closing balance (EUR) ${printed(balanceBeforeDebit)}`)
  })
})
