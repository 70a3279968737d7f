/**
 * Payments: partial and full payments, several invoices at once, overpayment as credit and
 * applying it, returns reopening invoices with the fee re-billed on a debit note, credit notes
 * after payment, refusals that write nothing, activity-log entries, the store's own guards.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dumpDatabase } from '../support/dump'
import { openTestDesk, paymentQuery, type TestDesk } from '../support/fixtures'
import { DAY, invoiceOf, otherCustomer, payment, seedDocuments, type Seeded } from './helpers'
import { required } from '../../src/shared/required'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const account = () => desk.call('receivables.account', { customerId: seed.customerId })
const itemOf = async (documentId: number) =>
  required(
    (await account()).items.find((i) => i.documentId === documentId),
    '(await account()).items.find((i) => i.documentI...'
  )
const activity = async (entity: string) =>
  (await desk.call('activity.list', { entity, entityId: null, offset: 0, limit: 100 })).rows

describe('recording payments', () => {
  it('takes an invoice from unpaid to partially paid to paid, and keeps an overpayment as credit', async () => {
    const invoice = await invoiceOf(desk, seed, 100_00)
    expect((await itemOf(invoice.id)).status).toBe('unpaid')

    await desk.call('payments.record', { payment: payment(seed, 30_00, { reference: 'TRF 1' }) })
    let item = await itemOf(invoice.id)
    expect(item).toMatchObject({ status: 'partially_paid', paidCents: 30_00, openCents: 70_00 })

    const second = await desk.call('payments.record', { payment: payment(seed, 80_00, { method: 'card' }) })
    item = await itemOf(invoice.id)
    expect(item).toMatchObject({ status: 'paid', paidCents: 100_00, openCents: 0 })
    expect(second.allocatedCents).toBe(70_00)
    expect(second.unallocatedCents).toBe(10_00)
    const acc = await account()
    expect(acc.balances[0].creditCents).toBe(10_00)
    expect(acc.balances[0].balanceCents).toBe(-10_00)

    const log = await activity('payment')
    expect(log).toHaveLength(2)
    expect(log[0].summary).toContain('80.00')
    expect(log[0].summary).toContain('10.00 EUR kept as customer credit')
    expect(log[1].summary).toContain('reference TRF 1')
  })

  it('shows an invoice’s status and the payments on it, returned ones included', async () => {
    const invoice = await invoiceOf(desk, seed, 100_00)
    const first = await desk.call('payments.record', { payment: payment(seed, 30_00, { reference: 'A' }) })
    await desk.call('payments.record', { payment: payment(seed, 20_00, { reference: 'B', method: 'card' }) })
    await desk.call('payments.return', {
      id: first.id,
      returnDate: '2026-03-02',
      reason: 'other',
      bankFeeCents: 0,
      rebill: false,
      note: ''
    })
    const shown = await desk.call('receivables.document', { id: invoice.id })
    expect(shown.item).toMatchObject({ status: 'partially_paid', paidCents: 20_00, openCents: 80_00 })
    expect(shown.payments.map((p) => [p.reference, p.status, p.amountCents])).toEqual([
      ['A', 'returned', 30_00],
      ['B', 'received', 20_00]
    ])
    const estimate = await desk.call('documents.createDraft', {
      document: {
        type: 'estimate',
        customerId: seed.customerId,
        issueDate: null,
        validUntil: null,
        promisedDate: null,
        paymentInstructions: '',
        notes: '',
        reason: '',
        lines: []
      }
    })
    expect(await desk.call('receivables.document', { id: estimate.id })).toEqual({ item: null, payments: [] })
    expect((await desk.fail('receivables.document', { id: 9999 })).code).toBe('not_found')
  })

  it('pays several invoices at once, oldest due first when none are named', async () => {
    const a = await invoiceOf(desk, seed, 50_00)
    const b = await invoiceOf(desk, seed, 70_00)
    const c = await invoiceOf(desk, seed, 20_00)
    const paid = await desk.call('payments.record', {
      payment: payment(seed, 90_00, {
        allocations: [
          { documentId: c.id, amountCents: 20_00 },
          { documentId: b.id, amountCents: 70_00 }
        ]
      })
    })
    expect(paid.allocations.map((x) => x.documentNumber)).toEqual([c.number, b.number])
    expect((await itemOf(a.id)).status).toBe('unpaid')
    expect((await itemOf(b.id)).status).toBe('paid')

    await desk.call('payments.record', { payment: payment(seed, 60_00) })
    expect((await itemOf(a.id)).status).toBe('paid')
    expect((await account()).balances[0].creditCents).toBe(10_00)
  })

  it('refuses impossible allocations and future dates, writing nothing', async () => {
    const a = await invoiceOf(desk, seed, 50_00)
    const otherId = await otherCustomer(desk)
    const foreign = await invoiceOf(desk, seed, 10_00, { customerId: otherId })
    const before = dumpDatabase(desk.store.sqlite)

    let error = await desk.fail('payments.record', {
      payment: payment(seed, 60_00, { allocations: [{ documentId: a.id, amountCents: 60_00 }] })
    })
    expect(error.fields?.['payment.allocations.0.amountCents']).toContain('50.00')
    error = await desk.fail('payments.record', {
      payment: payment(seed, 10_00, { allocations: [{ documentId: a.id, amountCents: 20_00 }] })
    })
    expect(error.fields?.['payment.amountCents']).toContain('more than the payment')
    error = await desk.fail('payments.record', {
      payment: payment(seed, 10_00, { allocations: [{ documentId: foreign.id, amountCents: 10_00 }] })
    })
    expect(error.fields?.['payment.allocations.0.documentId']).toMatch(/not an issued invoice/i)
    error = await desk.fail('payments.record', {
      payment: payment(seed, 10_00, { paymentDate: '2026-03-03' })
    })
    expect(error.fields?.['payment.paymentDate']).toMatch(/future/)
    error = await desk.fail('payments.record', { payment: payment(seed, 0) })
    expect(error.code).toBe('invalid_input')
    error = await desk.fail('payments.record', { payment: payment(seed, 10_00, { customerId: 999 }) })
    expect(error.fields?.['payment.customerId']).toBeDefined()

    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })

  it('the store itself refuses to change or delete a payment or an allocation', async () => {
    await invoiceOf(desk, seed, 50_00)
    const p = await desk.call('payments.record', { payment: payment(seed, 50_00) })
    const sqlite = desk.store.sqlite
    expect(() => sqlite.prepare('update payments set amount_cents = 1 where id = ?').run(p.id)).toThrow(
      /cannot be changed/
    )
    expect(() => sqlite.prepare('delete from payments where id = ?').run(p.id)).toThrow(/cannot be deleted/)
    expect(() => sqlite.prepare('update payment_allocations set amount_cents = 1').run()).toThrow(
      /cannot be changed/
    )
    expect(() => sqlite.prepare('delete from payment_allocations').run()).toThrow(/cannot be deleted/)
    expect(() =>
      sqlite.prepare("update payments set status = 'received' where id = ?").run(p.id)
    ).not.toThrow()
  })

  it('lists and searches payments by customer, reference, status and date', async () => {
    await invoiceOf(desk, seed, 50_00)
    const otherId = await otherCustomer(desk)
    await desk.call('payments.record', { payment: payment(seed, 20_00, { reference: 'REMESA-77' }) })
    await desk.call('payments.record', {
      payment: payment(seed, 5_00, { customerId: otherId, paymentDate: '2026-02-01' })
    })
    const query = paymentQuery({ sort: { field: 'paymentDate', direction: 'asc' }, limit: 50 })
    expect((await desk.call('payments.list', query)).total).toBe(2)
    const found = await desk.call('payments.list', { ...query, search: 'remesa' })
    expect(found.rows.map((r) => r.reference)).toEqual(['REMESA-77'])
    expect(found.rows[0].documents).toBe('INV-2026-00001')
    expect((await desk.call('payments.list', { ...query, search: 'romashka' })).total).toBe(0)
    expect((await desk.call('payments.list', { ...query, search: 'Ромашка' })).total).toBe(1)
    expect((await desk.call('payments.list', { ...query, dateFrom: '2026-03-01' })).total).toBe(1)
    expect((await desk.call('payments.list', { ...query, customerId: otherId })).rows[0].amountCents).toBe(
      5_00
    )
  })
})

describe('returned payments', () => {
  it('reopen the invoice, re-bill the fee as an issued debit note and open an investigation', async () => {
    const invoice = await invoiceOf(desk, seed, 100_00)
    const p = await desk.call('payments.record', {
      payment: payment(seed, 100_00, { method: 'direct_debit', reference: 'SEPA-1' })
    })
    expect((await itemOf(invoice.id)).status).toBe('paid')
    desk.clock.advance(3 * DAY)

    const returned = await desk.call('payments.return', {
      id: p.id,
      returnDate: '2026-03-04',
      reason: 'insufficient_funds',
      bankFeeCents: 4_50,
      rebill: true,
      note: 'Bank says no funds'
    })
    expect(returned.status).toBe('returned')
    expect(returned.return).toMatchObject({
      reason: 'insufficient_funds',
      bankFeeCents: 4_50,
      rebilled: true,
      debitNoteNumber: 'DBN-2026-00001'
    })
    const reopened = await itemOf(invoice.id)
    expect(reopened).toMatchObject({ status: 'unpaid', openCents: 100_00 })

    const note = await desk.call('documents.get', {
      id: required(required(returned.return, 'returned.return').debitNoteId, 'returned.return.debitNoteId')
    })
    expect(note).toMatchObject({
      type: 'debit_note',
      status: 'issued',
      totalCents: 4_50,
      issueDate: '2026-03-05'
    })
    expect(note.corrects?.id).toBe(invoice.id)
    const acc = await account()
    expect(acc.balances[0].balanceCents).toBe(104_50)
    expect(acc.items.map((i) => i.number)).toContain('DBN-2026-00001')
    expect(acc.openInvestigations).toBe(1)
    expect(acc.reliability.returns).toBe(1)

    const investigation = await desk.call('investigations.get', {
      id: required(
        required(returned.return, 'returned.return').investigationId,
        'returned.return.investigationId'
      )
    })
    expect(investigation).toMatchObject({
      status: 'open',
      openedOn: '2026-03-04',
      reason: 'insufficient_funds',
      paymentReference: 'SEPA-1',
      debitNoteNumber: 'DBN-2026-00001'
    })

    // The log's payments filter covers the investigation the return opened in the same moment (a later entry).
    const log = await activity('payment')
    expect(log.slice(0, 2).map((e) => [e.entity, e.action])).toEqual([
      ['investigation', 'open'],
      ['payment', 'return']
    ])
    expect(log[1].summary).toContain('Insufficient funds')
    expect(log[1].summary).toContain('re-billed on debit note DBN-2026-00001')
    expect((await activity('investigation'))[0].action).toBe('open')

    // A payment comes back once.
    expect(
      (
        await desk.fail('payments.return', {
          id: p.id,
          returnDate: '2026-03-05',
          reason: 'other',
          bankFeeCents: 0,
          rebill: false,
          note: ''
        })
      ).code
    ).toBe('conflict')
  })

  it('without re-billing only records the fee; a return before the payment or in the future is refused', async () => {
    const invoice = await invoiceOf(desk, seed, 40_00)
    const p = await desk.call('payments.record', { payment: payment(seed, 40_00) })
    const before = dumpDatabase(desk.store.sqlite)
    let error = await desk.fail('payments.return', {
      id: p.id,
      returnDate: '2026-03-01',
      reason: 'wrong_account',
      bankFeeCents: 0,
      rebill: false,
      note: ''
    })
    expect(error.fields?.returnDate).toMatch(/before it was received/)
    error = await desk.fail('payments.return', {
      id: p.id,
      returnDate: '2026-03-09',
      reason: 'wrong_account',
      bankFeeCents: 0,
      rebill: false,
      note: ''
    })
    expect(error.fields?.returnDate).toMatch(/future/)
    error = await desk.fail('payments.return', {
      id: p.id,
      returnDate: '2026-03-02',
      reason: 'wrong_account',
      bankFeeCents: 0,
      rebill: true,
      note: ''
    })
    expect(error.fields?.bankFeeCents).toBeDefined()
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)

    const returned = await desk.call('payments.return', {
      id: p.id,
      returnDate: '2026-03-02',
      reason: 'wrong_account',
      bankFeeCents: 2_00,
      rebill: false,
      note: ''
    })
    expect(returned.return).toMatchObject({ rebilled: false, debitNoteId: null, bankFeeCents: 2_00 })
    expect((await account()).balances[0].balanceCents).toBe(40_00)
    expect((await itemOf(invoice.id)).status).toBe('unpaid')
  })

  it('reopens every invoice the payment paid, including credit applied later, and its credit is gone', async () => {
    const a = await invoiceOf(desk, seed, 30_00)
    const p = await desk.call('payments.record', { payment: payment(seed, 50_00) })
    expect((await account()).balances[0].creditCents).toBe(20_00)
    const b = await invoiceOf(desk, seed, 25_00)
    const applied = await desk.call('credit.apply', {
      customerId: seed.customerId,
      documentId: b.id,
      amountCents: null
    })
    expect(applied).toMatchObject({ appliedCents: 20_00, creditLeftCents: 0 })
    expect(applied.item).toMatchObject({ status: 'partially_paid', openCents: 5_00 })

    await desk.call('payments.return', {
      id: p.id,
      returnDate: '2026-03-02',
      reason: 'disputed_card_charge',
      bankFeeCents: 0,
      rebill: false,
      note: ''
    })
    expect((await itemOf(a.id)).openCents).toBe(30_00)
    expect((await itemOf(b.id)).openCents).toBe(25_00)
    const acc = await account()
    expect(acc.balances[0].creditCents).toBe(0)
    expect(acc.balances[0].balanceCents).toBe(55_00)
  })
})

describe('customer credit', () => {
  it('a credit note after payment over-settles the invoice; that credit can pay a later invoice', async () => {
    const a = await invoiceOf(desk, seed, 100_00)
    await desk.call('payments.record', { payment: payment(seed, 100_00) })
    const credit = await desk.call('invoices.createCreditNote', {
      invoiceId: a.id,
      reason: 'Devolució — возврат'
    })
    await desk.call('documents.issue', { id: credit.id })
    let acc = await account()
    expect(acc.items.find((i) => i.documentId === a.id)).toMatchObject({ openCents: -100_00, status: 'paid' })
    expect(acc.balances[0].overSettledCents).toBe(100_00)
    expect(acc.balances[0].balanceCents).toBe(-100_00)

    const b = await invoiceOf(desk, seed, 60_00)
    const applied = await desk.call('credit.apply', {
      customerId: seed.customerId,
      documentId: b.id,
      amountCents: 60_00
    })
    expect(applied).toMatchObject({ appliedCents: 60_00, creditLeftCents: 40_00 })
    acc = await account()
    expect(
      required(
        acc.items.find((i) => i.documentId === b.id),
        'acc.items.find((i) => i.documentId === b.id)'
      ).status
    ).toBe('paid')
    expect(
      required(
        acc.items.find((i) => i.documentId === a.id),
        'acc.items.find((i) => i.documentId === a.id)'
      ).openCents
    ).toBe(-40_00)
    expect(acc.balances[0].balanceCents).toBe(-40_00)
    expect((await activity('customer'))[0].summary).toContain(`60.00`)
  })

  it('refuses to apply more than is owed or available, or when there is no credit', async () => {
    const a = await invoiceOf(desk, seed, 10_00)
    expect(
      (await desk.fail('credit.apply', { customerId: seed.customerId, documentId: a.id, amountCents: null }))
        .code
    ).toBe('conflict')
    await desk.call('payments.record', { payment: payment(seed, 15_00, { allocations: [] }) })
    const before = dumpDatabase(desk.store.sqlite)
    expect(
      (await desk.fail('credit.apply', { customerId: seed.customerId, documentId: a.id, amountCents: 12_00 }))
        .fields?.amountCents
    ).toContain('10.00')
    const b = await invoiceOf(desk, seed, 50_00)
    const afterB = dumpDatabase(desk.store.sqlite)
    expect(
      (await desk.fail('credit.apply', { customerId: seed.customerId, documentId: b.id, amountCents: 20_00 }))
        .fields?.amountCents
    ).toContain('15.00')
    expect(dumpDatabase(desk.store.sqlite)).toEqual(afterB)
    expect(before).not.toEqual(afterB)
  })
})
