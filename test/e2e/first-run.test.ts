/**
 * The first-run path at 1366×768: an empty database greets with "Welcome" instead of "Nothing
 * matches", the setup page takes the company, presets by country and numbering, then leads on to
 * the first customer. axe on each screen. "Try with demo data" fills the database and the customer
 * list shows every demo customer after the page reloads (it showed 0: the list's index stayed empty).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { expectNoSeriousA11yViolations, openSession, type Session } from './harness'

let session: Session | null = null
afterEach(async () => {
  await session?.close()
  session = null
})

describe('first run at 1366×768', () => {
  it('sets up the company with the Hungarian presets and numbering, then leads on to the first customer', async () => {
    const s = (session = await openSession({ viewport: { width: 1366, height: 768 } }))
    await expect.poll(() => s.byTestId('first-run-notice').isVisible()).toBe(true)
    // The empty list has been read (0 customers) and says nothing under the Welcome panel.
    await s.page.locator('[data-testid="list-count"]', { hasText: '0 customers' }).waitFor()
    expect(await s.byTestId('customer-grid').textContent()).not.toContain('Nothing matches')
    expect(await s.page.locator('.grid-empty').count()).toBe(0)
    await s.byTestId('first-run-notice').getByRole('link').click()
    await s.page.waitForURL(/#\/welcome$/)
    await expectNoSeriousA11yViolations(s.page)

    // Saving without the required fields says which ones, beside them.
    await s.byTestId('first-run-save').click()
    await expect.poll(() => s.byTestId('first-run-problem').isVisible()).toBe(true)
    expect(await s.page.locator('#setup-legalName').getAttribute('aria-invalid')).toBe('true')

    const form = s.byTestId('first-run')
    await form.getByLabel('Legal name').fill('Győri Ablak Kft.')
    await form.getByLabel('Address').fill('Szent István út 10')
    await form.getByLabel('Postal code').fill('9021')
    await form.getByLabel('City').fill('Győr')
    await form.getByLabel('Tax id (VAT number)').fill('HU12345676')
    await s.byTestId('first-run-country').selectOption('HU')
    await expect.poll(() => s.byTestId('first-run-preset').textContent()).toContain('HUF')
    expect(await s.byTestId('first-run-preset').textContent()).toContain('27 %, 18 %, 5 %, 0 %')
    await form.getByLabel('Invoices').fill('SZLA')
    await s.byTestId('first-run-save').click()
    await expect.poll(() => s.byTestId('first-run-done').isVisible()).toBe(true)
    await expectNoSeriousA11yViolations(s.page)

    const stored = await s.store('settings.get', {})
    expect(stored.company).toMatchObject({
      legalName: 'Győri Ablak Kft.',
      country: 'HU',
      taxId: 'HU12345676'
    })
    expect(stored.documents).toMatchObject({ defaultCurrency: 'HUF', printLocale: 'hu-HU' })
    expect(stored.documents.prefixes.invoice).toBe('SZLA')
    expect(await s.byTestId('first-run-add-customer').getAttribute('href')).toBe('#/customers/new')
    // The last step also offers the import the README promises, and it opens on customers.
    expect(await s.byTestId('first-run-import').textContent()).toBe('Import customers…')
    await s.byTestId('first-run-import').click()
    await s.page.waitForURL(/#\/import\?kind=customers$/)

    // With a customer in the store, a search that matches nothing still says so (and no Welcome).
    await s.store('customers.create', { customer: { ...emptyCustomer(), name: 'Rába Bútor Zrt.' } })
    await s.page.goto(`${s.host.url}#/customers?q=zzzz-no-such-customer`)
    await s.page.reload()
    await s.page.locator('[data-testid="list-count"]', { hasText: '0 customers' }).waitFor()
    await expect
      .poll(() => s.page.locator('.grid-empty').textContent())
      .toBe('Nothing matches these filters.')
    expect(await s.byTestId('first-run-notice').count()).toBe(0)
  })
})

describe('try with demo data at 1366×768', () => {
  it('fills the empty database and the customer list shows every demo customer after the reload', async () => {
    const s = (session = await openSession({ viewport: { width: 1366, height: 768 } }))
    // The empty list has been read (and its index loaded) before the demo is made.
    await expect.poll(() => s.byTestId('first-run-notice').isVisible()).toBe(true)
    await s.byTestId('first-run-notice').getByRole('link').click()
    await s.page.waitForURL(/#\/welcome$/)
    await s.byTestId('first-run-demo').click()
    await s.page.waitForURL(/#\/customers$/)
    const { n } = s.app.store.sqlite
      .prepare('select count(*) as n from customers where archived_at is null')
      .get() as { n: number }
    expect(n).toBeGreaterThan(0)
    await s.page
      .locator('[data-testid="list-count"]', {
        hasText: `${new Intl.NumberFormat('en-GB').format(n)} customers`
      })
      .waitFor()
    await expect.poll(() => s.byTestId('first-run-notice').count()).toBe(0)
    await expectNoSeriousA11yViolations(s.page)
  })
})
