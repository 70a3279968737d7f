import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { billingPeriods } from '../../src/main/contracts/billing'
import { contract, openContractDesk, type ContractDesk } from './support'

let d: ContractDesk
beforeEach(async () => {
  d = await openContractDesk()
})
afterEach(async () => {
  await d.desk.close()
})

describe('billing periods', () => {
  it('monthly from the 31st clamps to month ends and never drifts', () => {
    const periods = billingPeriods(
      { startDate: '2026-01-31', endDate: '2026-06-15', billingFrequency: 'monthly', valueCents: 100 },
      '2026-12-31'
    )
    expect(periods.map((p) => [p.periodStart, p.periodEnd])).toEqual([
      ['2026-01-31', '2026-02-27'],
      ['2026-02-28', '2026-03-30'],
      ['2026-03-31', '2026-04-29'],
      ['2026-04-30', '2026-05-30'],
      ['2026-05-31', '2026-06-15']
    ])
  })

  it('quarterly, yearly, one-off and open-ended contracts', () => {
    const quarterly = billingPeriods(
      { startDate: '2026-01-01', endDate: '2026-12-31', billingFrequency: 'quarterly', valueCents: 300 },
      '2026-07-01'
    )
    expect(quarterly.map((p) => `${p.periodStart}/${p.periodEnd}`)).toEqual([
      '2026-01-01/2026-03-31',
      '2026-04-01/2026-06-30',
      '2026-07-01/2026-09-30'
    ])
    const yearly = billingPeriods(
      { startDate: '2024-02-29', endDate: null, billingFrequency: 'yearly', valueCents: 1 },
      '2026-03-01'
    )
    expect(yearly.map((p) => p.periodStart)).toEqual(['2024-02-29', '2025-02-28', '2026-02-28'])
    expect(
      billingPeriods(
        { startDate: '2026-05-01', endDate: null, billingFrequency: 'one_off', valueCents: 5 },
        '2026-05-01'
      )
    ).toEqual([{ periodStart: '2026-05-01', periodEnd: '2026-05-01', amountCents: 5 }])
    expect(
      billingPeriods(
        { startDate: '2026-05-02', endDate: null, billingFrequency: 'one_off', valueCents: 5 },
        '2026-05-01'
      )
    ).toEqual([])
  })
})

describe('recurring billing', () => {
  it('proposes the due periods of an active contract and creates them as draft invoices once', async () => {
    const k = await d.desk.call('contracts.create', { contract: contract(d, { valueCents: 12_345 }) })
    expect((await d.desk.call('contracts.billingProposal', { id: k.id, until: '2026-03-15' })).due).toEqual(
      []
    )
    expect((await d.desk.fail('contracts.createDueInvoices', { id: k.id, until: '2026-03-15' })).code).toBe(
      'conflict'
    )
    await d.desk.call('contracts.activate', { id: k.id })
    const proposal = await d.desk.call('contracts.billingProposal', { id: k.id, until: '2026-03-15' })
    expect(proposal.due.map((p) => p.periodStart)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01'])
    const result = await d.desk.call('contracts.createDueInvoices', { id: k.id, until: '2026-03-15' })
    expect(result.created).toHaveLength(3)
    const invoice = await d.desk.call('documents.get', { id: result.created[1].invoiceId })
    expect(invoice).toMatchObject({
      type: 'invoice',
      status: 'draft',
      customerId: d.customerId,
      currency: 'EUR',
      number: null
    })
    expect(invoice.lines.map((l) => [l.description, l.unitPriceCents, l.quantityMilli])).toEqual([
      [`Mantenimiento anual — oficinas (${k.number}), 2026-02-01 – 2026-02-28`, 12_345, 1000]
    ])
    const again = await d.desk.call('contracts.billingProposal', { id: k.id, until: '2026-04-01' })
    expect(again.due.map((p) => p.periodStart)).toEqual(['2026-04-01'])
    expect(again.alreadyBilled.map((p) => p.invoiceId)).toEqual(result.created.map((c) => c.invoiceId))
    expect(
      (await d.desk.call('contracts.createDueInvoices', { id: k.id, until: '2026-03-31' })).created
    ).toEqual([])
  })
})
