/**
 * VAT rates per country through the screens at 1366×768 (issue 11): Settings shows the seller
 * country's rates in force, "use the seller country's rates" fills the document settings' list
 * with them, a new standard rate from a date is added and saved (a clashing row is refused beside
 * it first), and the invoice editor offers the rate in force on the document's date. Axe checks
 * the section. Leaving the section with unsaved edits asks first; the paper size lives under Region
 * only; a line's rate is flagged when Settings' table does not have it on the document's date.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { address, customer } from '../support/fixtures'
import { expectNoSeriousA11yViolations, openSession, type Session, setUpCompany } from './harness'

let session: Session
let page: Page

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`)
const huRows = () => page.locator('[data-testid="vat-rate-row"][data-country="HU"]')

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  // A Hungarian company whose document settings still list the Spanish defaults (21/10/4/0).
  await setUpCompany(
    session,
    {
      legalName: 'Győri Szerelő Kft.',
      addressLine1: 'Szőlő utca 5',
      postalCode: '9021',
      city: 'Győr',
      country: 'HU',
      taxId: 'HU12345676'
    },
    { defaultCurrency: 'HUF' }
  )
  await session.store('customers.create', {
    customer: customer({
      name: 'Pécsi Papír Bt.',
      billingAddress: address('Pécs', { line1: 'Király utca 1', postalCode: '7621', country: 'HU' })
    })
  })
})

afterAll(async () => {
  await session.close()
})

describe('VAT rates per country at 1366×768', () => {
  it("shows the seller country's rates, and the button puts them in the document settings", async () => {
    await session.open('/settings')
    await byTestId('vat-rates').waitFor()
    await expect.poll(() => byTestId('vat-rates-country').inputValue()).toBe('HU')
    expect(await byTestId('vat-rates-in-force').textContent()).toBe(
      'In force today in HU: 27 % / 18 % / 5 % / 0 %'
    )
    expect(await huRows().count()).toBe(4)
    expect(await page.locator('[data-testid="vat-rate-row"][data-country="ES"]').count()).toBe(0)

    const button = byTestId('settings-country-rates')
    await expect.poll(() => button.textContent()).toBe('Use the rates of HU: 27; 18; 5; 0')
    await button.click()
    expect(await byTestId('settings-vat-rates').inputValue()).toBe('27; 18; 5; 0')
    await expect.poll(() => button.count()).toBe(0)
    await byTestId('settings-save').click()
    await byTestId('banner-success').first().waitFor()
    expect((await session.store('settings.get', {})).documents.vatRatesBp).toEqual([2700, 1800, 500, 0])
    await byTestId('vat-rates').scrollIntoViewIfNeeded()
    await expectNoSeriousA11yViolations(page)
  })

  it('adds a standard rate from a date: a clashing row is refused beside it, then the change is saved', async () => {
    const section = byTestId('vat-rates')
    // The defaults list each country's standard rate first.
    const standard = huRows().first()
    expect(await standard.locator('[data-testid="vat-rate-kind"]').inputValue()).toBe('standard')
    await standard.locator('[data-testid="vat-rate-to"]').fill('2098-12-31')
    await section.locator('[data-testid="vat-rate-add"]').click()
    const added = huRows().last()
    await added.locator('[data-testid="vat-rate-rate"]').fill('28')
    // Left open from today, the new standard rate clashes with the one until 2098.
    await section.locator('[data-testid="vat-rates-save"]').click()
    const clashing = await standard.locator('[data-testid="vat-rate-number"]').textContent()
    await expect
      .poll(() => added.locator('[data-testid="vat-rate-error"]').textContent())
      .toBe(`The same country has this rate (or a standard rate) on the same days in row ${clashing ?? ''}`)
    expect((await session.store('vatRates.get', {})).rates.filter((r) => r.country === 'HU')).toHaveLength(4)
    await expectNoSeriousA11yViolations(page)

    await added.locator('[data-testid="vat-rate-from"]').fill('2099-01-01')
    await section.locator('[data-testid="vat-rates-save"]').click()
    await section.locator('[data-testid="banner-success"]').waitFor()
    const hu = (await session.store('vatRates.get', {})).rates
      .filter((r) => r.country === 'HU' && r.kind === 'standard')
      .map((r) => [r.rateBp, r.validFrom, r.validTo])
    expect(hu).toEqual([
      [2700, null, '2098-12-31'],
      [2800, '2099-01-01', null]
    ])
    expect(await byTestId('vat-rates-in-force').textContent()).toBe(
      'In force today in HU: 27 % / 18 % / 5 % / 0 %'
    )
  })

  it('asks before leaving with unsaved VAT rate edits: stay keeps the edit, leave drops it', async () => {
    const section = byTestId('vat-rates')
    const reduced = huRows().nth(1)
    await reduced.locator('[data-testid="vat-rate-rate"]').fill('17')
    await byTestId('nav-products').click()
    const dialog = byTestId('confirm-dialog')
    await dialog.waitFor()
    expect(await dialog.textContent()).toMatch(/leave without saving/i)
    await expectNoSeriousA11yViolations(page)
    await byTestId('confirm-cancel').click()
    await dialog.waitFor({ state: 'detached' })
    expect(page.url()).toMatch(/#\/settings$/)
    expect(await reduced.locator('[data-testid="vat-rate-rate"]').inputValue()).toBe('17')

    // Put back as stored: nothing unsaved, nothing asked.
    await reduced.locator('[data-testid="vat-rate-rate"]').fill('18')
    await byTestId('nav-products').click()
    await expect.poll(() => page.url()).toMatch(/#\/products$/)
    expect(await dialog.count()).toBe(0)

    // Edited again and left: the table in the store is as saved before.
    await session.open('/settings')
    await section.waitFor()
    await huRows().nth(1).locator('[data-testid="vat-rate-rate"]').fill('17')
    await byTestId('nav-products').click()
    await dialog.waitFor()
    await byTestId('confirm-ok').click()
    await expect.poll(() => page.url()).toMatch(/#\/products$/)
    const reducedHu = (await session.store('vatRates.get', {})).rates
      .filter((r) => r.country === 'HU' && r.kind === 'reduced')
      .map((r) => r.rateBp)
    expect(reducedHu).toEqual([1800, 500])
  })

  it('shows the paper size once, under Region: the documents settings only name it and lead there', async () => {
    await session.open('/settings')
    await byTestId('company-settings').waitFor()
    expect(await page.locator('select[name="documents.paperSize"]').count()).toBe(0)
    await expect.poll(() => byTestId('settings-paper').textContent()).toContain('A4')
    await byTestId('settings-paper-region').click()
    await expect
      .poll(() => page.evaluate<string | undefined>('document.activeElement?.id'))
      .toBe('region-paper')
    // Letter chosen under Region; a later save of the company settings keeps it.
    await byTestId('region-paper').selectOption('Letter')
    await byTestId('region-save').click()
    await expect
      .poll(async () => (await session.store('settings.get', {})).documents.paperSize)
      .toBe('Letter')
    await expect.poll(() => byTestId('settings-paper').textContent()).toContain('Letter (US)')
    await page.locator('[name="company.city"]').fill('Győr-Sziget')
    await byTestId('settings-save').click()
    await byTestId('company-settings').locator('[data-testid="banner-success"]').waitFor()
    const saved = await session.store('settings.get', {})
    expect([saved.company.city, saved.documents.paperSize]).toEqual(['Győr-Sziget', 'Letter'])
  })

  it("offers in the editor the rates of the seller's country on the document's date", async () => {
    await session.open('/invoices/new')
    await byTestId('document-form').waitFor()
    const vat = byTestId('line-vat').first()
    const options = () =>
      vat.locator('option').evaluateAll((all) => all.map((o) => (o as unknown as { value: string }).value))
    // Dated today: 27 % first (new lines take it), 28 % is not offered yet.
    await byTestId('line-add').click()
    await expect.poll(() => vat.inputValue()).toBe('S/2700')
    expect(await options()).toEqual(expect.arrayContaining(['S/2700', 'S/1800', 'S/500', 'Z/0']))
    expect(await options()).not.toContain('S/2800')
    // Dated in 2099: a new line takes 28 %, and 27 % is no longer offered.
    await byTestId('line-remove').first().click()
    await page.locator('#f-issueDate').fill('2099-02-01')
    await byTestId('line-add').click()
    await expect.poll(() => vat.inputValue()).toBe('S/2800')
    expect(await options()).toEqual(expect.arrayContaining(['S/2800', 'S/1800', 'S/500', 'Z/0']))
    expect(await options()).not.toContain('S/2700')
    await expectNoSeriousA11yViolations(page)
  })

  it("flags a rate that is not in force in Settings' table on the document's date", async () => {
    // Hungary's 27 % ends on 31 December 2098 and 28 % follows (as saved in the step above).
    const rates = (await session.store('vatRates.get', {})).rates
    await session.store('vatRates.update', {
      table: {
        rates: [
          ...rates.filter((r) => !(r.country === 'HU' && r.kind === 'standard')),
          { country: 'HU', kind: 'standard', rateBp: 2700, validFrom: null, validTo: '2098-12-31' },
          { country: 'HU', kind: 'standard', rateBp: 2800, validFrom: '2099-01-01', validTo: null }
        ]
      }
    })
    // A fresh page reads the table anew (the step before leaves an edited draft: leave it first).
    await session.open('/products')
    await page.reload()
    await session.open('/invoices/new')
    await byTestId('document-form').waitFor()
    await page.locator('#f-issueDate').fill('2030-01-15')
    await byTestId('customer-picker').fill('Pécsi')
    await byTestId('customer-option').first().waitFor()
    await byTestId('customer-picker').press('Enter')
    // In 2030, 27 % is Hungarian: nothing to flag.
    await byTestId('line-add').click()
    const vat = byTestId('line-vat').first()
    await expect.poll(() => vat.inputValue()).toBe('S/2700')
    await page.locator('#line-0-description').fill('Nyomtatópapír')
    await page.locator('#line-0-quantity').fill('2')
    await page.locator('#line-0-price').fill('1500')
    await expect.poll(() => byTestId('line-net').first().textContent()).toContain('3')
    expect(await byTestId('vat-warning').count()).toBe(0)
    // Dated in 2099 the line keeps its 27 %, which the edited table ended on 31 December 2098.
    await page.locator('#f-issueDate').fill('2099-02-01')
    await expect.poll(() => byTestId('vat-warning').count()).toBe(1)
    expect(await byTestId('vat-warning').getAttribute('data-kind')).toBe('rateNotOfCountry')
    expect(await byTestId('vat-warning').textContent()).toBe('Line 1: 27 % is not a VAT rate of HU.')
  })
})
