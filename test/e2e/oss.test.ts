/**
 * An OSS distance sale through the screens at 1366×768 (issue 11): a consumer in Germany, to whom
 * a Spanish company already sold exactly €10 000 this year, gets the invoice that passes the
 * threshold: the editor counts its own amount and puts its product line at Germany's 19 % at
 * once; the draft's PDF already carries the wording; issued, its page shows the frozen decision,
 * its PDF (read back with pdftotext) the legal wording and the country beside the rate, and its
 * UBL, saved from the invoice's page, says the same in its note and passes the official EN 16931
 * rules. The OSS option below the threshold is a checkbox in Settings → Company.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeFatal, validateEn16931 } from '../support/en16931'
import { address, customer, product } from '../support/fixtures'
import {
  expectNoSeriousA11yViolations,
  openSession,
  present,
  type Session,
  setUpCompany,
  focusedId,
  draftInvoice
} from './harness'
import { pdfText, squeezed } from '../support/pdf-text'

let session: Session
let page: Page
let customerId = 0
const YEAR = new Date().toISOString().slice(0, 4)

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`)
// Raw order, no layout: the long wording reads back whole, whatever its line breaks.

const WORDING =
  'Distance sale to a consumer in Germany: VAT of Germany charged at the rates of Germany and declared through the One-Stop Shop (OSS) (Art. 33 and 59c Directive 2006/112/EC).'

/** An invoice issued behind the screens: one line of `cents` net at `vatRateBp`. */
async function earlierSale(issueDate: string, cents: number, vatRateBp: number) {
  const created = await draftInvoice(
    session,
    customerId,
    [{ description: 'Stehlampe', unit: 'pc', unitPriceCents: cents, vatRateBp }],
    { issueDate }
  )
  await session.store('documents.issue', { id: created.id })
}

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  await setUpCompany(session, {
    legalName: 'Lámparas del Ebro S.L.',
    addressLine1: 'Calle de Alfonso I 3',
    postalCode: '50003',
    city: 'Zaragoza',
    taxId: 'ESB58378431',
    iban: 'ES91 2100 0418 4502 0005 1332'
  })
  customerId = (
    await session.store('customers.create', {
      customer: customer({
        name: 'Jana Schröder',
        taxId: '',
        documentLanguage: 'en',
        billingAddress: address('Berlin', { line1: 'Hauptstraße 1', postalCode: '10115', country: 'DE' })
      })
    })
  ).id
  await session.store('products.create', {
    product: product({
      sku: 'LMP-7',
      name: 'Tischlampe Ebro',
      unit: 'pc',
      unitPriceCents: 8_000,
      vatRateBp: 2100
    })
  })
  // This year: 10 000.00 at Spanish VAT, the threshold itself, not above it: the next sale passes it.
  await earlierSale(`${YEAR}-01-02`, 1_000_000, 2100)
}, 120_000)

afterAll(async () => {
  await session.close()
})

describe('an OSS distance sale through the screens at 1366×768', () => {
  it('puts the line at Germany’s rate, issues, and prints and exports the OSS wording', async () => {
    await session.open('/invoices')
    await byTestId('document-new').click()
    await byTestId('document-form').waitFor()
    await byTestId('customer-picker').fill('schroder')
    await byTestId('customer-option').first().waitFor()
    await byTestId('customer-picker').press('Enter')
    // Before any line: 10 000.00 is within the threshold.
    const below = page.locator('[data-testid="oss-notice"][data-applies="false"]')
    await below.waitFor()
    expect(squeezed(present(await below.textContent()), 'all')).toContain(
      'within the EU threshold of €10,000.00'
    )

    await page.keyboard.press('Alt+n')
    await expect.poll(() => focusedId(page)).toBe('line-0-description')
    await page.keyboard.type('tischlampe')
    await byTestId('line-product-option').first().waitFor()
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedId(page)).toBe('line-0-quantity')
    await page.keyboard.press('Control+a')
    await page.keyboard.type('2')
    // This sale's own 160.00 passes the threshold: the product's Spanish 21 % becomes Germany's 19 %.
    const notice = page.locator('[data-testid="oss-notice"][data-applies="true"]')
    await notice.waitFor()
    expect(squeezed(present(await notice.textContent()), 'all')).toContain(
      'such sales came to €10,160.00 this year and €0.00 last year, over the EU threshold'
    )
    await expect.poll(() => page.locator('#line-0-vat').inputValue()).toBe('S/1900')
    // 2 × 80.00 = 160.00, VAT 19 % = 30.40.
    await expect.poll(() => byTestId('total-total').textContent()).toBe('€190.40')
    await expectNoSeriousA11yViolations(page)

    await page.keyboard.press('Control+s')
    await page.waitForURL(/#\/invoices\/\d+$/)
    const invoiceId = Number(present(/\/(\d+)$/.exec(page.url()))[1])
    // The draft prints as its issue will: the wording and Germany's rate.
    await byTestId('document-form').waitFor()
    const [draftPdf] = await Promise.all([page.waitForEvent('download'), byTestId('pdf-download').click()])
    const draftText = pdfText(await draftPdf.path(), { layout: false, squeeze: 'all' })
    expect(draftText).toContain(WORDING)
    expect(draftText).toContain('VAT S (DE) 19 % on 160.00 30.40')
    expect(await byTestId('oss-decision').count()).toBe(0)

    await byTestId('action-issue').click()
    await byTestId('confirm-ok').click()
    await page.locator('[data-testid="document-view"][data-status="issued"]').waitFor()
    const invoice = await session.store('documents.get', { id: invoiceId })
    expect(invoice).toMatchObject({ netCents: 16_000, vatCents: 3_040, totalCents: 19_040 })
    // The page shows the decision frozen at issue: 10 000.00 + 160.00 this year.
    await byTestId('oss-decision').waitFor()
    expect(await byTestId('oss-decision-country').textContent()).toBe('of DE, not of ES')
    expect(await byTestId('oss-decision-current').textContent()).toBe('€10,160.00')
    expect(await byTestId('oss-decision-previous').textContent()).toBe('€0.00')
    expect(await byTestId('oss-decision-threshold').textContent()).toBe('€10,000.00')
    await expectNoSeriousA11yViolations(page)

    const [download] = await Promise.all([page.waitForEvent('download'), byTestId('pdf-download').click()])
    const text = pdfText(await download.path(), { layout: false, squeeze: 'all' })
    expect(text).toContain(present(invoice.number))
    expect(text).toContain(WORDING)
    expect(text).toContain('VAT S (DE) 19 % on 160.00 30.40')

    await byTestId('einvoice-ubl').waitFor()
    const [ubl] = await Promise.all([page.waitForEvent('download'), byTestId('einvoice-ubl').click()])
    const xml = readFileSync(await ubl.path(), 'utf8')
    expect(xml).toContain(`<cbc:Note>${WORDING}</cbc:Note>`)
    expect(xml).toMatch(/<cbc:Percent>19<\/cbc:Percent>/)
    const [report] = validateEn16931([{ name: 'oss.xml', xml }])
    expect(describeFatal(report)).toBe('')
  }, 180_000)

  it('keeps the OSS option below the threshold in Settings → Company', async () => {
    await session.open('/settings')
    await byTestId('company-settings').waitFor()
    const option = byTestId('settings-oss-voluntary')
    await expect.poll(() => option.isChecked()).toBe(false)
    await expectNoSeriousA11yViolations(page)
    await page
      .getByLabel('Charge the VAT of the consumer’s country on all EU distance sales', { exact: false })
      .check()
    await byTestId('settings-save').click()
    await byTestId('banner-success').waitFor()
    const saved = await session.store('settings.get', {})
    expect(saved.company.ossVoluntary).toBe(true)
    await session.store('settings.update', {
      settings: { ...saved, company: { ...saved.company, ossVoluntary: false } }
    })
  }, 120_000)
})
