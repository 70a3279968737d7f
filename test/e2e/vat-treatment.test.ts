/**
 * A reverse-charge and exempt invoice issued from the screens at 1366×768 (issue 11): the
 * customer's VAT treatment is set on the customer page, the editor gives new lines that
 * treatment, another line is made exempt with its reason typed under it, and the issued PDF,
 * read back with pdftotext, carries the reverse-charge wording, the exemption reason and both
 * parties' VAT ids.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { address, customer, product } from '../support/fixtures'
import { openSession, present, type Session, setUpCompany, focusedId } from './harness'
import { pdfText } from '../support/pdf-text'

let session: Session
let page: Page
let customerId = 0

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`)

const exemptionText = 'Vocational training exempt under Art. 132(1)(i) Directive 2006/112/EC'
/** The reverse-charge wording an English document prints (pdf/strings.ts vatCategoryAE). */
const reverseChargeWording =
  'Reverse charge: VAT to be accounted for by the customer (Art. 196 Directive 2006/112/EC)'

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  await setUpCompany(session, {
    legalName: 'Montajes Ebro S.L.',
    addressLine1: 'Calle de Alfonso I 3',
    postalCode: '50003',
    city: 'Zaragoza',
    taxId: 'ESB58378431',
    iban: 'ES91 2100 0418 4502 0005 1332'
  })
  const created = await session.store('customers.create', {
    customer: customer({
      name: 'Müller Bau GmbH',
      taxId: 'DE136695976',
      billingAddress: address('München', { line1: 'Leopoldstraße 1', postalCode: '80802', country: 'DE' })
    })
  })
  customerId = created.id
  await session.store('products.create', {
    product: product({
      sku: 'MNT-1',
      name: 'Montage Fassade',
      unit: 'h',
      unitPriceCents: 6_000,
      vatRateBp: 2100
    })
  })
})

afterAll(async () => {
  await session.close()
})

describe('VAT treatment through the screens at 1366×768', () => {
  it("sets the customer's VAT treatment to reverse charge", async () => {
    await session.open(`/customers/${customerId}`)
    const treatment = byTestId('customer-vat-treatment')
    await treatment.waitFor()
    // Automatic: an EU business with a VAT id in another country is an intra-EU supply.
    // Polled: the form shows the rule for a blank address until the customer's own data has loaded.
    await expect
      .poll(() => treatment.locator('option:checked').textContent())
      .toContain('Intra-EU supply (K)')
    await treatment.selectOption('AE')
    // The paperwork's language is chosen the same way: Germany's, English here (Salesdesk has no German),
    // until one is chosen for the customer. English again, chosen: the invoice below prints in English.
    const language = byTestId('customer-document-language')
    expect(await language.locator('option:checked').textContent()).toBe('From the country (English)')
    await language.selectOption('en')
    await byTestId('customer-save').click()
    await expect
      .poll(async () => {
        const saved = await session.store('customers.get', { id: customerId })
        return [saved.defaultVatCategory, saved.documentLanguage]
      })
      .toEqual(['AE', 'en'])
  })

  it('types a reverse-charge line and an exempt line with its reason, issues and prints them', async () => {
    await byTestId('nav-invoices').click()
    await byTestId('document-new').click()
    await byTestId('document-form').waitFor()
    await byTestId('customer-picker').fill('muller bau')
    await byTestId('customer-option').first().waitFor()
    await byTestId('customer-picker').press('Enter')
    await expect.poll(() => byTestId('vat-treatment').textContent()).toContain('Reverse charge (AE)')

    // A product line takes the customer's treatment, with the reverse-charge reason code.
    await page.keyboard.press('Alt+n')
    await expect.poll(() => focusedId(page)).toBe('line-0-description')
    await page.keyboard.type('montage')
    await byTestId('line-product-option').first().waitFor()
    await page.keyboard.press('Enter')
    // Picking the product moves the focus to the quantity on the next frame: wait for it before typing.
    await expect.poll(() => focusedId(page)).toBe('line-0-quantity')
    await page.keyboard.press('Control+a')
    await page.keyboard.type('2')
    await expect.poll(() => page.locator('#line-0-vat').inputValue()).toBe('AE/0')
    expect(await page.locator('#line-0-exemptionCode').inputValue()).toBe('VATEX-EU-AE')
    // Spanish 21 % on that line to a German business is flagged before issue; back to AE, the flag goes.
    await page.locator('#line-0-vat').selectOption('S/2100')
    await expect.poll(() => byTestId('vat-warning').getAttribute('data-kind')).toBe('foreignStandardRate')
    expect(await byTestId('vat-warning').textContent()).toContain('business in DE')
    await page.locator('#line-0-vat').selectOption('AE/0')
    await expect.poll(() => byTestId('vat-warning').count()).toBe(0)
    expect(await page.locator('#line-0-exemptionCode').inputValue()).toBe('VATEX-EU-AE')

    // A free-text line made exempt, its reason typed in the row under it.
    await page.keyboard.press('Alt+n')
    await page.keyboard.type('Schulung Arbeitssicherheit')
    await page.locator('#line-1-price').fill('300')
    await page.locator('#line-1-vat').selectOption('E/0')
    const reason = page.locator('#line-1-exemptionText')
    await reason.waitFor()
    await reason.fill(exemptionText)
    // The reason box fits the 1366 window: nothing to scroll sideways to reach it.
    const box = present(await reason.boundingBox())
    expect(box.x + box.width).toBeLessThanOrEqual(1366)
    expect(await page.locator('#line-0-vat').isVisible()).toBe(true)

    // 2 × 60.00 + 300.00, no VAT charged.
    await expect.poll(() => byTestId('total-total').textContent()).toBe('€420.00')
    expect(await byTestId('total-vat').textContent()).toBe('€0.00')
    const categories = await Promise.all(
      (await byTestId('vat-row').all()).map((row) => row.getAttribute('data-category'))
    )
    expect(categories.sort()).toEqual(['AE', 'E'])

    await page.keyboard.press('Control+s')
    await page.waitForURL(/#\/invoices\/\d+$/)
    const invoiceId = Number(present(/\/(\d+)$/.exec(page.url()))[1])
    await byTestId('action-issue').click()
    await byTestId('confirm-ok').click()
    await page.locator('[data-testid="document-view"][data-status="issued"]').waitFor()

    const invoice = await session.store('documents.get', { id: invoiceId })
    // The reverse-charge line's reason was left empty: issuing writes the category's wording in the
    // document's language (English here) into it, frozen with the line (BT-120, issue 14).
    expect(
      invoice.lines.map((l) => [l.vatCategory, l.vatRateBp, l.vatExemptionCode, l.vatExemptionText])
    ).toEqual([
      ['AE', 0, 'VATEX-EU-AE', reverseChargeWording],
      ['E', 0, null, exemptionText]
    ])
    expect(invoice).toMatchObject({ netCents: 42_000, vatCents: 0, totalCents: 42_000 })

    const [download] = await Promise.all([page.waitForEvent('download'), byTestId('pdf-download').click()])
    const text = pdfText(await download.path(), { squeeze: 'all' })
    expect(text).toContain(present(invoice.number))
    expect(text).toContain('Reverse charge: VAT to be accounted for by the customer')
    expect(text).toContain('VATEX-EU-AE')
    expect(text).toContain(exemptionText)
    // Both parties' VAT ids print on a reverse-charge invoice.
    expect(text).toContain('DE136695976')
    expect(text).toContain('ESB58378431')
    expect(text).toContain('420.00')
  })
})
