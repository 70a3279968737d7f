/**
 * Terms and footer per document language through the screens at 1366×768 (issue 14): Spanish
 * terms and footer written in Settings → Company, a new invoice for a customer in Spain starts
 * with the Spanish terms, and its PDF (read back with pdftotext) prints them and the Spanish footer.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { address, customer, product } from '../support/fixtures'
import {
  expectNoSeriousA11yViolations,
  openSession,
  present,
  type Session,
  setUpCompany,
  focusedId
} from './harness'
import { pdfText } from '../support/pdf-text'

let session: Session
let page: Page

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`)

const DEFAULT_TERMS = 'Payment within 30 days of the invoice date.'
const DEFAULT_FOOTER = 'Registered in the Mercantile Register of Valencia'
const SPANISH_TERMS = 'Pago a 30 días de la fecha de la factura, por transferencia.'
const SPANISH_FOOTER = 'Inscrita en el Registro Mercantil de Valencia, tomo 1234'

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  await setUpCompany(session, {
    legalName: 'Cerámicas del Turia S.L.',
    addressLine1: 'Calle de Colón 10',
    postalCode: '46004',
    city: 'València',
    taxId: 'ESB58378431',
    defaultTerms: DEFAULT_TERMS,
    documentFooter: DEFAULT_FOOTER
  })
  // Billing address in Spain, no language chosen: the customer's documents are in Spanish.
  await session.store('customers.create', {
    customer: customer({
      name: 'Azulejos Marín S.A.',
      taxId: 'ESA28017895',
      documentLanguage: null,
      billingAddress: address('Madrid')
    })
  })
  await session.store('products.create', {
    product: product({ sku: 'AZ-1', name: 'Azulejo esmaltado', unit: 'm2', unitPriceCents: 2_500 })
  })
}, 120_000)

afterAll(async () => {
  await session.close()
})

describe('terms and footer per language through the screens at 1366×768', () => {
  it('fills the Spanish terms in Settings, and a Spanish customer’s invoice prints them', async () => {
    await session.open('/settings')
    await byTestId('company-settings').waitFor()
    const language = byTestId('settings-text-language')
    await language.selectOption('es')
    await page.getByLabel('Terms for documents in this language').fill(SPANISH_TERMS)
    await page.getByLabel('Footer for documents in this language').fill(SPANISH_FOOTER)
    await expectNoSeriousA11yViolations(page)
    // Another language shows its own (empty) fields; Spanish keeps what was typed.
    await language.selectOption('hu')
    expect(await page.getByLabel('Terms for documents in this language').inputValue()).toBe('')
    await language.selectOption('es')
    expect(await page.getByLabel('Terms for documents in this language').inputValue()).toBe(SPANISH_TERMS)
    await byTestId('settings-save').click()
    await byTestId('banner-success').waitFor()
    const saved = await session.store('settings.get', {})
    expect(saved.company.termsByLanguage).toEqual({ en: '', es: SPANISH_TERMS, ca: '', hu: '', ru: '' })
    expect(saved.company.footerByLanguage.es).toBe(SPANISH_FOOTER)
    expect(saved.company.defaultTerms).toBe(DEFAULT_TERMS)

    await session.open('/invoices')
    await byTestId('document-new').click()
    await byTestId('document-form').waitFor()
    await expect.poll(() => page.locator('#f-terms').inputValue()).toBe(DEFAULT_TERMS)
    await byTestId('customer-picker').fill('marin')
    await byTestId('customer-option').first().waitFor()
    await byTestId('customer-picker').press('Enter')
    // The picked customer's documents are in Spanish: the untouched terms become the Spanish ones.
    await expect.poll(() => page.locator('#f-terms').inputValue()).toBe(SPANISH_TERMS)
    await page.keyboard.press('Alt+n')
    await expect.poll(() => focusedId(page)).toBe('line-0-description')
    await page.keyboard.type('azulejo')
    await byTestId('line-product-option').first().waitFor()
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedId(page)).toBe('line-0-quantity')
    await expectNoSeriousA11yViolations(page)
    await page.keyboard.press('Control+s')
    await page.waitForURL(/#\/invoices\/\d+$/)
    const invoiceId = Number(present(/\/(\d+)$/.exec(page.url()))[1])
    await byTestId('document-form').waitFor()
    await byTestId('action-issue').click()
    await byTestId('confirm-ok').click()
    await page.locator('[data-testid="document-view"][data-status="issued"]').waitFor()
    const invoice = await session.store('documents.get', { id: invoiceId })
    expect(invoice.terms).toBe(SPANISH_TERMS)

    const [download] = await Promise.all([page.waitForEvent('download'), byTestId('pdf-download').click()])
    const text = pdfText(await download.path(), { layout: false, squeeze: 'all' })
    expect(text).toContain(present(invoice.number))
    expect(text).toContain('Condiciones')
    expect(text).toContain(SPANISH_TERMS)
    expect(text).toContain(SPANISH_FOOTER)
    expect(text).not.toContain(DEFAULT_TERMS)
    expect(text).not.toContain(DEFAULT_FOOTER)
  }, 180_000)
})
