import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openInvoicesForCustomer } from '../../src/main/schedule/links'
import { product, START } from '../support/fixtures'
import { issued, line } from '../documents/helpers'
import { openScheduleDesk, visit, type ScheduleDesk } from './support'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
})
afterEach(async () => {
  await s.desk.close()
})

describe('the schedule and the documents', () => {
  it('a completed visit makes an estimate draft with the products discussed in one step', async () => {
    const drill = await s.desk.call('products.create', {
      product: product({ sku: 'T-1', name: 'Taladro percutor', unitPriceCents: 8_990, vatRateBp: 2100 })
    })
    const v = await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z')
    })
    // A visit is recorded once it has begun (issue 13): the clock goes past its start for that.
    s.desk.clock.set(new Date('2026-03-03T09:30:00Z'))
    await s.desk.call('visits.complete', {
      id: v.saved.id,
      outcome: 'Quieren 20 taladros',
      notes: '',
      productIds: [drill.id],
      followUps: []
    })
    s.desk.clock.set(START)
    const { estimateId } = await s.desk.call('visits.createEstimateFromVisit', { id: v.saved.id })
    const estimate = await s.desk.call('documents.get', { id: estimateId })
    expect(estimate).toMatchObject({
      type: 'estimate',
      status: 'draft',
      customerId: s.ferreteria,
      number: null
    })
    expect(estimate.notes).toBe('From the visit of 2026-03-03. Quieren 20 taladros')
    expect(estimate.lines.map((l) => [l.productId, l.description, l.unitPriceCents, l.vatRateBp])).toEqual([
      [drill.id, 'Taladro percutor', 8_990, 2100]
    ])
    const cancelled = await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-04T08:00:00Z', '2026-03-04T09:00:00Z')
    })
    await s.desk.call('visits.cancel', { id: cancelled.saved.id, reason: '' })
    expect((await s.desk.fail('visits.createEstimateFromVisit', { id: cancelled.saved.id })).code).toBe(
      'conflict'
    )
  })

  it('schedule.range carries contract end dates and order delivery dates as markers', async () => {
    const k = await s.desk.call('contracts.create', {
      contract: {
        customerId: s.moskva,
        executiveId: s.boris,
        title: 'Поставка инструментов',
        description: '',
        valueCents: 100,
        currency: 'EUR',
        startDate: '2025-04-01',
        endDate: '2026-03-20',
        billingFrequency: 'monthly',
        noticePeriodDays: 30,
        signedDate: null
      }
    })
    await s.desk.call('contracts.activate', { id: k.id })
    const order = await s.desk.call('documents.createDraft', {
      document: {
        type: 'order',
        customerId: s.ferreteria,
        issueDate: null,
        validUntil: null,
        promisedDate: '2026-03-12',
        paymentInstructions: '',
        notes: '',
        reason: '',
        lines: [
          {
            productId: null,
            description: 'Tornillos',
            unit: 'caja',
            quantityMilli: 1000,
            unitPriceCents: 500,
            discountBp: 0,
            vatRateBp: 2100,
            promisedDate: null,
            sourceLineId: null
          }
        ]
      }
    })
    const issued = await s.desk.call('documents.issue', { id: order.id })
    const range = await s.desk.call('schedule.range', {
      from: '2026-03-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z',
      executiveIds: null
    })
    expect(range.markers).toEqual([
      {
        type: 'order_delivery',
        date: '2026-03-12',
        id: order.id,
        title: issued.number,
        customer: { id: s.ferreteria, name: 'Ferretería Núñez S.L.' }
      },
      {
        type: 'contract_end',
        date: '2026-03-20',
        id: k.id,
        title: `${k.number} Поставка инструментов`,
        customer: { id: s.moskva, name: 'ООО «Москва-Строй»' }
      }
    ])
    const april = await s.desk.call('schedule.range', {
      from: '2026-04-01T00:00:00Z',
      to: '2026-05-01T00:00:00Z',
      executiveIds: null
    })
    expect(april.markers).toEqual([])
  })

  it('schedule.range: events overlapping the window, filtered by executive, with people, customer and flags', async () => {
    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-02T23:30:00Z', '2026-03-03T00:30:00Z'),
      acceptClashes: true
    })
    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T10:00:00Z', '2026-03-03T11:00:00Z', {
        executiveIds: [s.boris],
        customerId: s.moskva
      })
    })
    await s.desk.call('meetings.create', {
      meeting: {
        title: 'Equipo',
        attendeeIds: [s.ana, s.boris],
        startAt: '2026-03-03T10:30:00Z',
        endAt: '2026-03-03T11:30:00Z',
        place: 'Sala 2',
        agenda: ''
      },
      acceptClashes: true
    })
    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-04T00:00:00Z', '2026-03-04T01:00:00Z'),
      acceptClashes: true
    })
    const day = { from: '2026-03-03T00:00:00Z', to: '2026-03-04T00:00:00Z' }
    const team = await s.desk.call('schedule.range', { ...day, executiveIds: null })
    expect(
      team.events.map((e) => [
        e.type,
        e.startAt.slice(11, 16),
        e.clashes.doubleBooked,
        e.clashes.outsideWorkingHours
      ])
    ).toEqual([
      ['visit', '23:30', false, true],
      ['visit', '10:00', true, false],
      ['meeting', '10:30', true, false]
    ])
    expect(team.events[1]).toMatchObject({
      title: 'ООО «Москва-Строй»',
      customer: { id: s.moskva },
      executives: [{ id: s.boris, name: 'Борис Иванов' }],
      status: 'scheduled',
      toRecord: false
    })
    expect(team.events[2].executives.map((e) => e.name)).toEqual(['Ana Núñez', 'Борис Иванов'])
    const ana = await s.desk.call('schedule.range', { ...day, executiveIds: [s.ana] })
    expect(ana.events.map((e) => e.type)).toEqual(['visit', 'meeting'])
  })
})

describe('open invoices on the day sheet', () => {
  it('lists what the customer still owes after payments, oldest due first, and nothing once paid', async () => {
    const seed = { customerId: s.ferreteria, productId: 0, executiveId: s.ana }
    // 2 × 50.00 at 21 % = 121.00; 1 × 300.00 at 21 % = 363.00
    const older = await issued(s.desk, seed, { issueDate: '2026-02-02', lines: [line()] })
    const newer = await issued(s.desk, seed, {
      issueDate: '2026-02-20',
      lines: [line({ quantityMilli: 1000, unitPriceCents: 30_000 })]
    })
    expect([older.totalCents, newer.totalCents]).toEqual([12_100, 36_300])
    const open = await openInvoicesForCustomer(s.desk.store.db, s.ferreteria)
    expect(open).toEqual([
      { number: older.number, dueDate: older.dueDate, openCents: 12_100, currency: 'EUR' },
      { number: newer.number, dueDate: newer.dueDate, openCents: 36_300, currency: 'EUR' }
    ])
    // 121.00 + 100.00 paid: the older is settled, 263.00 left on the newer.
    await s.desk.call('payments.record', {
      payment: {
        customerId: s.ferreteria,
        paymentDate: '2026-03-02',
        amountCents: 22_100,
        method: 'bank_transfer',
        reference: '',
        note: '',
        allocations: null
      }
    })
    expect(await openInvoicesForCustomer(s.desk.store.db, s.ferreteria)).toEqual([
      { number: newer.number, dueDate: newer.dueDate, openCents: 26_300, currency: 'EUR' }
    ])
  })
})
