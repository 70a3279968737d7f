/**
 * Distance sales to consumers in other EU countries (OSS, issue 11): what they came to in euros
 * this year and last, and whether the EU threshold (€10 000) is passed, so the customer's
 * country's VAT applies. The sums are written out here from the invoices the test issues.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'
import { issued, line, seedDocuments, type Seeded } from './helpers'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const berlin = (taxId: string) =>
  customer({
    name: taxId === '' ? 'Jana Schmidt' : 'Schmidt Bau GmbH',
    taxId,
    billingAddress: address('Berlin', { line1: 'Hauptstraße 1', postalCode: '10115', country: 'DE' })
  })

/** One line of `cents` net at `vatRateBp` (Spain's 21 % unless said), dated `issueDate`, to `customerId`. */
const sale = (customerId: number, issueDate: string, cents: number, vatRateBp = 2100) =>
  issued(desk, seed, {
    customerId,
    issueDate,
    lines: [line({ quantityMilli: 1_000, unitPriceCents: cents, vatRateBp })]
  })

describe('distance sales (OSS)', () => {
  it('counts invoices to consumers in other EU countries and passes the threshold above €10 000', async () => {
    const company = (await desk.call('settings.get', {})).company
    expect(company.country).toBe('ES')
    const consumer = await desk.call('customers.create', { customer: berlin('') })
    const business = await desk.call('customers.create', { customer: berlin('DE136695976') })

    await sale(consumer.id, '2025-06-01', 400_000)
    await sale(consumer.id, '2026-02-01', 600_000)
    // A German business with a VAT id is no distance sale, and does not count.
    await sale(business.id, '2026-02-02', 900_000)

    const on = (date: string) => desk.call('documents.distanceSales', { customerId: consumer.id, date })
    expect(await on('2026-02-10')).toEqual({
      distanceSale: true,
      applies: false,
      country: 'DE',
      thresholdCents: 1_000_000,
      previousYearCents: 400_000,
      currentYearCents: 600_000,
      uncounted: 0,
      voluntary: false,
      euroRate: null
    })
    // 6 000.00 + 4 000.00 is exactly the threshold: not above it yet.
    await sale(consumer.id, '2026-03-01', 400_000)
    expect(await on('2026-03-01')).toMatchObject({ applies: false, currentYearCents: 1_000_000 })
    // The sale that passes the threshold is already charged German VAT (Art. 59c; test/documents/oss.test.ts).
    await sale(consumer.id, '2026-03-02', 1, 1900)
    expect(await on('2026-03-02')).toMatchObject({ applies: true, currentYearCents: 1_000_001 })
    // Before those sales the year's sum was lower: the rule reads up to the document's date.
    expect(await on('2026-02-28')).toMatchObject({ applies: false, currentYearCents: 600_000 })
    // The next year, last year's 10 000.01 is above the threshold from 1 January.
    expect(await on('2027-01-01')).toMatchObject({
      applies: true,
      previousYearCents: 1_000_001,
      currentYearCents: 0
    })

    // The business, and a customer in the seller's own country, are no distance sales.
    expect(
      await desk.call('documents.distanceSales', { customerId: business.id, date: '2026-03-02' })
    ).toMatchObject({
      distanceSale: false,
      applies: false
    })
    const error = await desk.fail('documents.distanceSales', { customerId: 999_999, date: '2026-03-02' })
    expect(error.code).toBe('not_found')
  })

  it('gives a draft currency’s rate to the euro on the date, and the company’s OSS option', async () => {
    const consumer = await desk.call('customers.create', { customer: berlin('') })
    await desk.call('rates.set', { rate: { rateDate: '2026-02-27', currency: 'USD', rate: '1.25' } })
    await desk.call('rates.set', { rate: { rateDate: '2026-03-05', currency: 'USD', rate: '1.3' } })
    const on = (date: string, currency?: string) =>
      desk.call('documents.distanceSales', { customerId: consumer.id, date, currency })
    // The latest rate on or before the date: what an issue that day freezes.
    expect(await on('2026-03-01', 'USD')).toMatchObject({ euroRate: '1.25', applies: false })
    expect(await on('2026-03-05', 'USD')).toMatchObject({ euroRate: '1.3' })
    expect(await on('2026-02-26', 'USD')).toMatchObject({ euroRate: null })
    expect(await on('2026-03-05', 'EUR')).toMatchObject({ euroRate: null })

    // Opted in below the threshold (Art. 59c(3)): the rule applies with no sales at all.
    const settings = await desk.call('settings.get', {})
    expect(settings.company.ossVoluntary).toBe(false)
    await desk.call('settings.update', {
      settings: { ...settings, company: { ...settings.company, ossVoluntary: true } }
    })
    expect(await on('2026-03-01')).toMatchObject({
      distanceSale: true,
      applies: true,
      voluntary: true,
      currentYearCents: 0,
      previousYearCents: 0
    })
    // The option concerns distance sales only: a business with a VAT id stays outside.
    const business = await desk.call('customers.create', { customer: berlin('DE136695976') })
    expect(
      await desk.call('documents.distanceSales', { customerId: business.id, date: '2026-03-01' })
    ).toMatchObject({ distanceSale: false, applies: false })
  })
})
