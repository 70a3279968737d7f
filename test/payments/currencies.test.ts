/**
 * Several currencies: only ISO 4217 codes, payments in a currency allocated only to documents
 * in that currency (refused with a clear message, nothing written), a credit note that keeps
 * its invoice's currency, and a customer owing in EUR and HUF with two balances, two aged rows
 * and a statement and reminder that never add the two up.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { draft } from '../documents/helpers'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { DAY, invoiceOf, payment, seedDocuments, type Seeded } from './helpers'
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

const count = (table: string) =>
  (desk.store.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n

describe('currency codes', () => {
  it('accepts ISO 4217 codes only, for documents and settings', async () => {
    const error = await desk.fail('documents.createDraft', { document: draft(seed, { currency: 'XYZ' }) })
    expect(error.code).toBe('invalid_input')
    expect(error.fields?.['document.currency'] ?? Object.values(error.fields ?? {}).join()).toMatch(
      /ISO 4217/
    )
    const ok = await desk.call('documents.createDraft', { document: draft(seed, { currency: 'huf' }) })
    expect(ok.currency).toBe('HUF')
    const settings = await desk.call('settings.get', {})
    const refused = await desk.fail('settings.update', {
      settings: { ...settings, documents: { ...settings.documents, accountingCurrency: 'ABC' } }
    })
    expect(refused.code).toBe('invalid_input')
    const saved = await desk.call('settings.update', {
      settings: { ...settings, documents: { ...settings.documents, accountingCurrency: 'HUF' } }
    })
    expect(saved.documents.accountingCurrency).toBe('HUF')
  })
})

describe('payments in a currency', () => {
  it('refuses a payment in EUR for a HUF invoice, with a clear message, and writes nothing', async () => {
    const huf = await invoiceOf(desk, seed, 2_997_00, { currency: 'HUF' })
    const before = { payments: count('payments'), allocations: count('payment_allocations') }
    const error = await desk.fail('payments.record', {
      payment: payment(seed, 50_00, {
        currency: 'EUR',
        allocations: [{ documentId: huf.id, amountCents: 50_00 }]
      })
    })
    expect(error.code).toBe('invalid_input')
    expect(error.fields?.['payment.allocations.0.documentId']).toBe(
      `${huf.number} is in HUF and this payment in EUR: a payment pays only documents in its own currency`
    )
    expect({ payments: count('payments'), allocations: count('payment_allocations') }).toEqual(before)
    // The store itself refuses it too, whatever writes.
    const p = await desk.call('payments.record', {
      payment: payment(seed, 10_00, { currency: 'EUR', allocations: [] })
    })
    expect(() =>
      desk.store.sqlite
        .prepare(
          `insert into payment_allocations (payment_id, document_id, amount_cents, allocated_on, created_at) values (?, ?, 100, '2026-03-02', 'x')`
        )
        .run(p.id, huf.id)
    ).toThrow(/only be allocated to documents in its own currency/)
  })

  it('takes the currency of the documents it pays, and pays only those in its currency oldest first', async () => {
    const eur = await invoiceOf(desk, seed, 100_00, { issueDate: '2026-02-01' })
    const huf = await invoiceOf(desk, seed, 40_000_00, { issueDate: '2026-02-02', currency: 'HUF' })
    const named = await desk.call('payments.record', {
      payment: payment(seed, 10_000_00, { allocations: [{ documentId: huf.id, amountCents: 10_000_00 }] })
    })
    expect(named.currency).toBe('HUF')
    // Owing in two currencies: a payment without invoices must say which currency it is in.
    const ask = await desk.fail('payments.record', { payment: payment(seed, 30_00) })
    expect(ask.fields?.['payment.currency']).toBe(
      "This customer owes in EUR, HUF: choose the payment's currency"
    )
    expect(ask.fieldMessages?.['payment.currency']).toEqual({
      key: 'customerOwesInCurrencies',
      params: { currencies: 'EUR, HUF' }
    })
    const auto = await desk.call('payments.record', { payment: payment(seed, 30_00, { currency: 'EUR' }) })
    expect(auto.allocations.map((a) => [a.documentId, a.amountCents])).toEqual([[eur.id, 30_00]])
    const hufItem = await desk.call('receivables.document', { id: huf.id })
    expect(hufItem.item).toMatchObject({ currency: 'HUF', paidCents: 10_000_00, openCents: 30_000_00 })
  })

  it('applies credit only to documents in the same currency', async () => {
    await desk.call('payments.record', {
      payment: payment(seed, 20_00, { currency: 'EUR', allocations: [] })
    })
    const huf = await invoiceOf(desk, seed, 5_000_00, { currency: 'HUF' })
    const error = await desk.fail('credit.apply', {
      customerId: seed.customerId,
      documentId: huf.id,
      amountCents: null
    })
    expect(error.code).toBe('conflict')
    expect(error.message).toMatch(/no credit in HUF/)
  })
})

describe('credit notes keep the invoice currency', () => {
  it('refuses to switch a EUR credit note to HUF', async () => {
    const invoice = await invoiceOf(desk, seed, 100_00)
    const credit = await desk.call('invoices.createCreditNote', {
      invoiceId: invoice.id,
      reason: 'Devolució'
    })
    expect(credit.currency).toBe('EUR')
    const error = await desk.fail('documents.updateDraft', {
      id: credit.id,
      document: {
        ...draft(seed, { type: 'credit_note', currency: 'HUF', reason: 'Devolució' }),
        lines: credit.lines.map((l) => ({
          productId: l.productId,
          description: l.description,
          unit: l.unit,
          quantityMilli: l.quantityMilli,
          unitPriceCents: l.unitPriceCents,
          discountBp: l.discountBp,
          vatRateBp: l.vatRateBp,
          promisedDate: null,
          sourceLineId: l.sourceLineId
        }))
      }
    })
    expect(error.fields?.currency).toBe(
      'A credit or debit note is in the currency of the invoice it corrects (EUR)'
    )
    // The store refuses to issue one in another currency whatever writes it.
    desk.store.sqlite.prepare(`update documents set currency = 'HUF' where id = ?`).run(credit.id)
    const issue = await desk.fail('documents.issue', { id: credit.id })
    expect(issue.code).not.toBe('ok')
    const account = await desk.call('receivables.account', { customerId: seed.customerId })
    expect(account.balances).toMatchObject([{ currency: 'EUR', balanceCents: 100_00 }])
  })
})

describe('a customer owing in EUR and HUF', () => {
  it('has two balances, two aged rows, and a statement and reminder per currency', async () => {
    await invoiceOf(desk, seed, 1_430_19, { issueDate: '2026-01-05' }) // due 01-20
    await invoiceOf(desk, seed, 2_997_00, { issueDate: '2026-01-10', currency: 'HUF' }) // due 01-25
    await desk.call('payments.record', { payment: payment(seed, 997_00, { currency: 'HUF' }) })
    desk.clock.advance(DAY)
    const account = await desk.call('receivables.account', { customerId: seed.customerId })
    expect(account.balances).toEqual([
      {
        currency: 'EUR',
        balanceCents: 1_430_19,
        creditCents: 0,
        overSettledCents: 0,
        openCents: 1_430_19,
        overdueCents: 1_430_19
      },
      {
        currency: 'HUF',
        balanceCents: 2_000_00,
        creditCents: 0,
        overSettledCents: 0,
        openCents: 2_000_00,
        overdueCents: 2_000_00
      }
    ])
    const aged = await desk.call('receivables.aged', { asOf: null, search: '', offset: 0, limit: 10 })
    expect(aged.rows.map((r) => [r.currency, r.totalCents])).toEqual([
      ['EUR', 1_430_19],
      ['HUF', 2_000_00]
    ])
    expect(aged.totals.map((t) => [t.currency, t.totalCents])).toEqual([
      ['EUR', 1_430_19],
      ['HUF', 2_000_00]
    ])
    const statement = pdfText(
      (
        await desk.call('receivables.statementPdf', {
          customerId: seed.customerId,
          from: null,
          to: null,
          paper: null
        })
      ).bytes,
      { squeeze: 'spaces' }
    )
    expect(statement).toContain('Closing balance (EUR) 1,430.19')
    expect(statement).toContain('Closing balance (HUF) 2,000.00')
    expect(statement).not.toMatch(/4,427\.19|3,430\.19/)
    const reminder = pdfText(
      (
        await desk.call('receivables.reminderPdf', {
          customerId: seed.customerId,
          level: 1,
          asOf: null,
          paper: null
        })
      ).bytes,
      { squeeze: 'spaces' }
    )
    expect(reminder).toContain('Total overdue (EUR) 1,430.19')
    expect(reminder).toContain('Total overdue (HUF) 2,000.00')
  })
})
