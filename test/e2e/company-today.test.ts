/**
 * "Today" on a form is the company's date (issue 9), not the computer's: the company works in
 * Kiritimati (UTC+14) and the browser runs in Pago Pago (UTC−11), 25 hours apart, so their dates
 * always differ. A new contract saved without touching its start date starts on Kiritimati's date,
 * the date the core calls today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { expectNoSeriousA11yViolations, openSession, present, type Session } from './harness'

const companyZone = 'Pacific/Kiritimati'
const browserZone = 'Pacific/Pago_Pago'

/** The date on a zone's wall clock, worked out here with Intl's ISO-like Swedish format. */
const dateIn = (zone: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: zone }).format(new Date())

describe("a form's today is the company's date", () => {
  let session: Session

  beforeAll(async () => {
    session = await openSession({ timezoneId: browserZone })
    const region = await session.store('region.get', {})
    await session.store('region.update', {
      region: { format: region.format, paperSize: region.paperSize, timeZone: companyZone }
    })
    await session.store('customers.create', { customer: { ...emptyCustomer(), name: 'Atoll Traders' } })
    // The page reads the region when it loads.
    await session.page.reload()
    await session.byTestId('database-path').waitFor()
  })
  afterAll(() => session.close())

  it('a new contract starts on the company’s date', async () => {
    const { page, byTestId, store } = session
    const before = dateIn(companyZone)
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(browserZone)
    expect(await page.evaluate(() => new Date().getDate())).not.toBe(Number(before.slice(8, 10)))

    await session.open('/contracts/new')
    await byTestId('contract-form').waitFor()
    await expectNoSeriousA11yViolations(page)
    await byTestId('contract-customer-picker').fill('atoll')
    await byTestId('contract-customer-picker-option').first().click()
    await byTestId('contract-title').fill('Maintenance')
    await byTestId('contract-value').fill('100')
    await byTestId('contract-frequency').selectOption('monthly')
    await byTestId('contract-save').click()
    await page.waitForURL(/#\/contracts\/\d+$/)
    const id = Number(present(/#\/contracts\/(\d+)$/.exec(page.url()))[1])

    const after = dateIn(companyZone)
    const contract = await store('contracts.get', { id })
    // The two readings differ only if the test ran across Kiritimati's midnight.
    expect([before, after]).toContain(contract.startDate)
    expect(contract.startDate).not.toBe(dateIn(browserZone))
  })
})
