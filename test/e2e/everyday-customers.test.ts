/**
 * Issue 13 item 3 at 1366×768: typing in a customer that exists already shows the existing
 * record (same tax id, nearly the same name); the same tax id is saved only when confirmed.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { address, customer, customerQuery } from '../support/fixtures'
import { expectNoSeriousA11yViolations, openSession, type Session } from './harness'

let session: Session
let page: Page
let existingCode = ''

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  const existing = await session.store('customers.create', {
    customer: customer({
      name: 'Ferretería Núñez, S.L.',
      taxId: 'ESB99999997',
      billingAddress: address('Logroño')
    })
  })
  existingCode = existing.code
  await session.store('customers.create', { customer: customer({ name: 'Papelería Sánchez' }) })
})

afterAll(async () => {
  await session.close()
})

const total = async () => (await session.store('customers.list', customerQuery())).total

describe('duplicate customers warning', () => {
  it('shows the existing customer for a nearly identical name and the same tax id, and asks before saving', async () => {
    await session.open('/customers/new')
    await page.locator('#f-name').fill('FERRETERIA NUNEZ SL')
    const byName = session.byTestId('duplicate-name')
    await expect.poll(() => byName.count()).toBe(1)
    expect(await byName.textContent()).toContain(`${existingCode} Ferretería Núñez, S.L.`)
    expect(await byName.locator('a').getAttribute('href')).toMatch(/#\/customers\/\d+$/)
    expect(await session.byTestId('duplicate-tax-id').count()).toBe(0)

    // The same tax id, written another way.
    await page.locator('#f-taxId').fill('B-99.999.997')
    await expect.poll(() => session.byTestId('duplicate-tax-id').count()).toBe(1)
    expect(await session.byTestId('duplicate-tax-id').textContent()).toContain('ESB99999997')
    await expectNoSeriousA11yViolations(page)

    // Saving asks first; "no" writes nothing.
    await session.byTestId('customer-save').click()
    await session.byTestId('confirm-dialog').waitFor()
    expect(await session.byTestId('confirm-dialog').textContent()).toContain(existingCode)
    await session.byTestId('confirm-cancel').click()
    expect(await total()).toBe(2)
    expect(page.url()).toMatch(/#\/customers\/new$/)

    // Confirmed: saved as a different customer.
    await session.byTestId('customer-save').click()
    await session.byTestId('confirm-ok').click()
    await page.waitForURL(/#\/customers\/\d+$/)
    expect(await total()).toBe(3)
  })

  it('says nothing for a customer that is not like any other', async () => {
    await session.open('/customers/new')
    await page.locator('#f-name').fill('Talleres Bilbaínos')
    await page.locator('#f-taxId').fill('A48000000')
    // Wait for the check of the typed values to come back (the list of similar names for "Papelería" would show).
    await page.locator('#f-name').fill('Papeleria sanchez')
    await expect.poll(() => session.byTestId('duplicate-name').count()).toBe(1)
    await page.locator('#f-name').fill('Talleres Bilbaínos')
    await expect.poll(() => session.byTestId('customer-duplicates').count()).toBe(0)
  })
})
