/**
 * The refusal to issue an invoice while the company has no legal name, address or tax id links to
 * where it is fixed (issue 11), at 1366×768 with axe: issue with an empty company → the refusal says
 * what is missing and offers "Open Settings → Company" → the link lands on the Company section, its
 * first field focused; filled in there, the same draft issues.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { address, customer } from '../support/fixtures'
import { expectNoSeriousA11yViolations, openSession, present, type Session } from './harness'

let session: Session
let page: Page
let invoiceId = 0

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`)

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  const buyer = await session.store('customers.create', {
    customer: customer({
      name: 'Ferreteria Vidal S.L.',
      taxId: 'B87654323',
      billingAddress: address('Girona', { line1: 'Carrer Nou 3', postalCode: '17001', country: 'ES' })
    })
  })
  const created = await session.store('documents.createDraft', {
    document: {
      type: 'invoice',
      customerId: buyer.id,
      issueDate: null,
      validUntil: null,
      promisedDate: null,
      paymentInstructions: '',
      notes: '',
      reason: '',
      lines: [
        {
          productId: null,
          description: 'Martell',
          unit: 'pc',
          quantityMilli: 2_000,
          unitPriceCents: 1_250,
          discountBp: 0,
          vatRateBp: 2100,
          promisedDate: null,
          sourceLineId: null
        }
      ]
    }
  })
  invoiceId = created.id
}, 120_000)

afterAll(async () => {
  await session.close()
})

describe('the seller refusal', () => {
  it('links to Settings → Company, which opens on the company section', async () => {
    await session.open(`/invoices/${invoiceId}`)
    await byTestId('action-issue').click()
    await byTestId('confirm-ok').click()
    const refusal = byTestId('banner-error')
    await refusal.waitFor()
    expect(await refusal.textContent()).toBe(
      "An invoice must show who issues it: fill in the company's legal name, address (street, city, country), tax id in Settings → Company, then issue again."
    )
    const link = byTestId('banner-link')
    expect(await link.textContent()).toBe('Open Settings → Company')
    await expectNoSeriousA11yViolations(page)

    await link.click()
    await page.waitForURL(/#\/settings\?section=company$/)
    await byTestId('company-settings').waitFor()
    // The company's first field has the focus, and the section is on the screen.
    await expect
      .poll(() =>
        page.evaluate<string | undefined>('document.activeElement?.getAttribute("name") ?? undefined')
      )
      .toBe('company.legalName')
    const box = present(await page.locator('#settings-company').boundingBox(), 'the company heading')
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(768)
    await expectNoSeriousA11yViolations(page)

    // Fixed there, the same draft issues.
    const settings = await session.store('settings.get', {})
    await session.store('settings.update', {
      settings: {
        ...settings,
        company: {
          ...settings.company,
          legalName: 'Suministros Puig S.L.',
          addressLine1: 'Carrer Major 1',
          postalCode: '08001',
          city: 'Barcelona',
          country: 'ES',
          taxId: 'ESB12345674'
        }
      }
    })
    const issued = await session.store('documents.issue', { id: invoiceId })
    expect(issued.number).toMatch(/^INV-\d{4}-00001$/)
  }, 120_000)
})
