/**
 * The list pages load through the query layer (issue 9), at 1366×768: a long list comes in windows
 * of 200 rows as the grid moves (the last of 450 products is shown after End), a payment recorded
 * from the payments list appears in that list without leaving the page (the write refreshes the
 * area's reads; no page keeps a reload counter), and a list that cannot be loaded says so in a
 * banner in the reader's language instead of showing nothing. Names and counts are worked out here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { emptyProduct } from '../../src/shared/schemas/products'
import {
  daysAgo,
  draftInvoice,
  expectNoSeriousA11yViolations,
  openSession,
  setUpCompany,
  type Session,
  whileUnreachable
} from './harness'

let session: Session
const PRODUCTS = 450
const productName = (i: number) => `Producto ${String(i).padStart(3, '0')}`

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  await setUpCompany(session)
  for (let i = 0; i < PRODUCTS; i++)
    await session.store('products.create', {
      product: { ...emptyProduct(), sku: `LL-${i}`, name: productName(i), unitPriceCents: 100 + i }
    })
  const customer = await session.store('customers.create', {
    customer: { ...emptyCustomer(), name: 'Ferretería Ll. Serra' }
  })
  const draft = await draftInvoice(
    session,
    customer.id,
    [{ description: 'Bisagras', unitPriceCents: 12_100 }],
    {
      issueDate: daysAgo(10)
    }
  )
  await session.store('documents.issue', { id: draft.id })
}, 180_000)

afterAll(async () => {
  await session.close()
})

const rowNames = async () =>
  (await session.byTestId('product-row').locator('.cell-main').allTextContents()).map((s) => s.trim())

describe('list pages on the query layer', () => {
  it('loads a long list window by window as the grid moves', async () => {
    await session.open('/products')
    await expect.poll(() => session.byTestId('list-count').textContent()).toBe(`${PRODUCTS} products`)
    expect((await rowNames())[0]).toBe(productName(0))
    await session.byTestId('product-grid').focus()
    await session.page.keyboard.press('End')
    // Row 449 is in the third window (400–599): it is there only once that window was fetched.
    await expect.poll(rowNames).toContain(productName(PRODUCTS - 1))
    await session.page.keyboard.press('Home')
    await expect.poll(rowNames).toContain(productName(0))
    await expectNoSeriousA11yViolations(session.page)
  })

  it('shows a payment recorded from the payments list in that list at once', async () => {
    await session.open('/payments')
    await expect.poll(() => session.byTestId('payment-row').count()).toBe(0)
    await session.byTestId('payments-record').click()
    const dialog = session.byTestId('record-payment-dialog')
    await dialog.waitFor()
    await dialog.locator('[data-testid="customer-picker"]').fill('Serra')
    await dialog.locator('[data-testid="customer-option"]').first().click()
    await dialog.locator('[data-testid="payment-amount"]').fill('121')
    await dialog.locator('[data-testid="payment-reference"]').fill('TRF LL-1')
    await dialog.locator('[data-testid="dialog-ok"]').click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => session.byTestId('payment-row').count()).toBe(1)
    expect(await session.byTestId('payment-row').first().textContent()).toContain('Ferretería Ll. Serra')
    expect(await session.byTestId('list-count').textContent()).toBe('1 payment')
  })

  it('says in Spanish that the list could not be loaded', async () => {
    const { page } = session
    await page.evaluate(`localStorage.setItem('salesdesk.language', 'es')`)
    await page.reload()
    try {
      await whileUnreachable(page, 'products.list', async () => {
        await session.open('/products')
        await session.byTestId('banner-error').waitFor()
        expect(await session.byTestId('banner-error').textContent()).toBe(
          'No se puede contactar con Salesdesk. ¿Sigue abierta la ventana de Salesdesk o `salesdesk serve`?'
        )
        expect(await session.byTestId('product-row').count()).toBe(0)
      })
    } finally {
      await page.evaluate(`localStorage.setItem('salesdesk.language', 'en')`)
    }
  })
})
