/**
 * "Today" is the company's date, not the UTC date (issue 9): near midnight the two differ, and an
 * invoice issued at 00:30 in Madrid must carry Madrid's date, a payment dated that day must not be
 * refused as "in the future", and the other way round west of Greenwich. The expected dates are
 * worked out here from the zones' fixed offsets on those days (Madrid UTC+1 in early March;
 * Mexico City UTC-6, no daylight saving since 2022).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { invoiceOf, payment, seedDocuments, type Seeded } from '../payments/helpers'
import { openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})

afterEach(async () => {
  await desk.close()
})

const officeIn = (timeZone: string) =>
  desk.call('schedule.setWorkingHours', {
    workingHours: { timeZone, start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] }
  })

const utcPlus = (iso: string, hours: number) =>
  new Date(Date.parse(iso) + hours * 3_600_000).toISOString().slice(0, 10)

describe("the company's today", () => {
  it('east of Greenwich after local midnight: the new day already', async () => {
    await officeIn('Europe/Madrid')
    const instant = '2026-03-01T23:30:00.000Z'
    desk.clock.set(new Date(instant))
    const madridDate = utcPlus(instant, 1)
    expect(madridDate).toBe('2026-03-02')
    expect(instant.slice(0, 10)).toBe('2026-03-01')

    const invoice = await invoiceOf(desk, seed, 12_100)
    expect(invoice.issueDate).toBe(madridDate)
    const paid = await desk.call('payments.record', {
      payment: payment(seed, 12_100, { paymentDate: madridDate })
    })
    expect(paid.paymentDate).toBe(madridDate)
  })

  it('west of Greenwich before local midnight: still the day before', async () => {
    await officeIn('America/Mexico_City')
    const instant = '2026-03-02T03:00:00.000Z'
    desk.clock.set(new Date(instant))
    const mexicoDate = utcPlus(instant, -6)
    expect(mexicoDate).toBe('2026-03-01')

    const invoice = await invoiceOf(desk, seed, 5_000)
    expect(invoice.issueDate).toBe(mexicoDate)
    const refused = await desk.fail('payments.record', {
      payment: payment(seed, 5_000, { paymentDate: instant.slice(0, 10) })
    })
    expect(refused.fields?.['payment.paymentDate']).toMatch(/future/)
  })

  it('a change of zone in Settings applies at once', async () => {
    const instant = '2026-03-01T23:30:00.000Z'
    desk.clock.set(new Date(instant))
    await officeIn('UTC')
    expect((await invoiceOf(desk, seed, 100)).issueDate).toBe('2026-03-01')
    await officeIn('Asia/Tokyo')
    expect((await invoiceOf(desk, seed, 100)).issueDate).toBe(utcPlus(instant, 9))
  })
})
