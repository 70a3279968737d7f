/**
 * Issue 13 item 8: the executive page's figures. Every expected figure is worked out here from
 * what the test created (line quantities × prices, the target typed, the visits booked), not read
 * back through the service's own queries.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { targetBand } from '../../src/shared/target-bands'
import { customer, openTestDesk, START, type TestDesk } from '../support/fixtures'
import { draft, line, seedDocuments, type Seeded } from '../documents/helpers'

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const DAY = 86_400_000

/** Issues an invoice of one line on the day the clock shows; returns its net in cents, computed here. */
async function invoiceOn(daysBefore: number, quantityMilli: number, unitPriceCents: number): Promise<number> {
  desk.clock.set(new Date(START.getTime() - daysBefore * DAY))
  const created = await desk.call('documents.createDraft', {
    document: draft(seed, { lines: [line({ quantityMilli, unitPriceCents })] })
  })
  await desk.call('documents.issue', { id: created.id })
  desk.clock.set(START)
  return Math.round((quantityMilli * unitPriceCents) / 1000)
}

describe('executive figures', () => {
  it('gives 12 weeks of revenue against the week target, the open pipeline, visits and customers', async () => {
    // START is Monday 2 March 2026, ISO week 2026-W10; twelve weeks back is 2025-W51.
    // Invoices are numbered in date order: the older one first.
    const twoWeeksAgo = await invoiceOn(14, 2_000, 5_000)
    const thisWeek = await invoiceOn(0, 3_000, 12_345)
    await desk.call('targets.set', {
      target: {
        executiveId: seed.executiveId,
        metric: 'revenue',
        period: 'week',
        value: 30_000,
        validFrom: '2025-01-01'
      }
    })
    // Open now: one estimate sent and one order confirmed.
    const estimate = await desk.call('documents.createDraft', {
      document: draft(seed, {
        type: 'estimate',
        lines: [line({ quantityMilli: 1_000, unitPriceCents: 70_000 })]
      })
    })
    await desk.call('estimates.send', { id: estimate.id })
    const order = await desk.call('documents.createDraft', {
      document: draft(seed, { type: 'order', lines: [line({ quantityMilli: 4_000, unitPriceCents: 2_500 })] })
    })
    await desk.call('documents.issue', { id: order.id })
    // Two visits ahead, one of them for another executive too.
    const other = await desk.call('executives.create', {
      executive: { name: 'Other', email: '', phone: '', active: true }
    })
    for (const [days, executiveIds] of [
      [2, [seed.executiveId]],
      [1, [seed.executiveId, other.id]],
      [3, [other.id]]
    ] as const) {
      const start = new Date(START.getTime() + days * DAY)
      await desk.call('visits.create', {
        visit: {
          customerId: seed.customerId,
          executiveIds: [...executiveIds],
          startAt: start.toISOString(),
          endAt: new Date(start.getTime() + 3_600_000).toISOString(),
          purpose: '',
          address: null
        },
        acceptClashes: true
      })
    }

    await desk.call('customers.create', {
      customer: customer({ name: 'Prospecte Nou', status: 'prospect', executiveId: seed.executiveId })
    })
    const archived = await desk.call('customers.create', {
      customer: customer({ name: 'Antic Client', status: 'inactive', executiveId: seed.executiveId })
    })
    await desk.call('customers.archive', { id: archived.id })

    const figures = await desk.call('executives.figures', { id: seed.executiveId, week: null })
    expect(figures.weeks.map((w) => w.week)).toEqual([
      '2025-W51',
      '2025-W52',
      '2026-W01',
      '2026-W02',
      '2026-W03',
      '2026-W04',
      '2026-W05',
      '2026-W06',
      '2026-W07',
      '2026-W08',
      '2026-W09',
      '2026-W10'
    ])
    const revenue = figures.weeks.map((w) => w.revenueCents)
    expect(revenue).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, twoWeeksAgo, 0, thisWeek])
    expect(figures.weeks.every((w) => w.revenueTargetCents === 30_000)).toBe(true)
    expect(figures.weeks[9].start).toBe('2026-02-16')
    // 370.35 of 300.00 is on target (123 %); 100.00 of 300.00 is behind (33 %).
    expect(targetBand(thisWeek, 30_000)).toBe('met')
    expect(targetBand(twoWeeksAgo, 30_000)).toBe('behind')

    expect(figures.pipeline).toEqual({
      estimates: { count: 1, cents: 70_000 },
      orders: { count: 1, cents: 10_000 }
    })
    expect(figures.visits.upcomingCount).toBe(2)
    // Soonest first: the visit tomorrow, then the one in two days.
    expect(figures.visits.upcoming.map((v) => v.startAt)).toEqual([
      new Date(START.getTime() + DAY).toISOString(),
      new Date(START.getTime() + 2 * DAY).toISOString()
    ])
    // The seeded customer bought (an invoice makes a prospect active); one prospect of theirs is added, one archived is not counted.
    expect(figures.customers).toEqual({ active: 1, prospect: 1, inactive: 0 })
    expect(figures.currency).toBe('EUR')
  })

  it('a past week shows the 12 weeks ending with it; an unknown executive is not found', async () => {
    const figures = await desk.call('executives.figures', { id: seed.executiveId, week: '2026-W05' })
    expect(figures.weeks.at(-1)?.week).toBe('2026-W05')
    expect(figures.weeks).toHaveLength(12)
    expect(figures.weeks.every((w) => w.revenueCents === 0 && w.revenueTargetCents === null)).toBe(true)
    const error = await desk.fail('executives.figures', { id: 9999, week: null })
    expect(error.code).toBe('not_found')
  })
})

describe('target bands', () => {
  it('start at 80 %, 100 % and 150 % of the target, with no band without a target', () => {
    expect(targetBand(79, 100)).toBe('behind')
    expect(targetBand(80, 100)).toBe('close')
    expect(targetBand(99, 100)).toBe('close')
    expect(targetBand(100, 100)).toBe('met')
    expect(targetBand(149, 100)).toBe('met')
    expect(targetBand(150, 100)).toBe('farAbove')
    expect(targetBand(810, 100)).toBe('farAbove')
    expect(targetBand(50, null)).toBeNull()
    expect(targetBand(50, 0)).toBeNull()
  })
})
