/**
 * Issue 13, items 1 and 2: the line editor of a saved draft stays usable on a 1366×768 laptop
 * (and at 1920×1080): every box of a line shows its whole value, the related-documents panel
 * does not squeeze the lines; a reopened draft shows the sales executive it has in the store.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentType } from '../../src/shared/schemas/documents'
import { address, customer, executive, product } from '../support/fixtures'
import { expectNoSeriousA11yViolations, openSession, present, type Session } from './harness'

const areas: Record<'estimate' | 'order' | 'invoice', string> = {
  estimate: 'estimates',
  order: 'orders',
  invoice: 'invoices'
}

/**
 * For each line box: the width its value needs (measured with the box's own font, plus its
 * padding and, for a select, the arrow) and the width it has.
 */
// Run in the page (as text: the tests are compiled without the DOM's types).
const measureBoxes = `(() => {
  const context = document.createElement('canvas').getContext('2d')
  return Array.from(document.querySelectorAll('[data-testid="line-row"] input, [data-testid="line-row"] select')).map((el) => {
    const style = getComputedStyle(el)
    context.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily
    const isSelect = el.tagName === 'SELECT'
    const text = isSelect ? (el.selectedOptions[0] ? el.selectedOptions[0].text : '') : el.value
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
    return { id: el.id, text, needed: Math.ceil(context.measureText(text).width + padding + (isSelect ? 16 : 0)), has: el.clientWidth }
  })
})()`

function boxWidths(page: Page) {
  return page.evaluate<{ id: string; text: string; needed: number; has: number }[]>(measureBoxes)
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 }
]) {
  describe(`document editor at ${String(viewport.width)}×${String(viewport.height)}`, () => {
    let session: Session
    let page: Page
    let customerId = 0
    let executiveId = 0

    beforeAll(async () => {
      session = await openSession({ viewport })
      page = session.page
      const rep = await session.store('executives.create', {
        executive: executive({ name: 'Zsófia Kovács' })
      })
      executiveId = rep.id
      // A second executive sorted first, so "the first one" cannot pass for the right one.
      await session.store('executives.create', {
        executive: executive({ name: 'Ábel Antal', email: 'abel@example.com' })
      })
      const c = await session.store('customers.create', {
        customer: customer({
          name: 'Ferretería Núñez Güell S.L.',
          taxId: 'ESB99999997',
          billingAddress: address('Logroño'),
          executiveId: rep.id
        })
      })
      customerId = c.id
      await session.store('products.create', {
        product: product({ sku: 'KG-1', name: 'Tornillería surtida', unit: 'kg', unitPriceCents: 13_456 })
      })
    })

    afterAll(async () => {
      await session.close()
    })

    for (const type of ['estimate', 'order', 'invoice'] as const satisfies DocumentType[]) {
      it(`a saved ${type} draft shows every box of its lines in full, and its executive`, async () => {
        const line = {
          productId: null,
          description: 'Tornillería surtida de acero inoxidable, caja mixta',
          unit: 'kg',
          quantityMilli: 12_500,
          unitPriceCents: 13_456,
          discountBp: 1250,
          vatRateBp: 2100,
          promisedDate: null,
          sourceLineId: null
        }
        const draft = await session.store('documents.createDraft', {
          document: {
            type,
            customerId,
            executiveId,
            issueDate: null,
            validUntil: null,
            promisedDate: null,
            paymentInstructions: '',
            notes: '',
            reason: '',
            lines: [line, { ...line, unitPriceCents: 987_654_32, quantityMilli: 1000 }]
          }
        })
        await session.open(`/${areas[type]}/${String(draft.id)}`)
        await session.byTestId('line-row').nth(1).waitFor()
        // The executive stored with the draft, once the list of executives has arrived.
        await expect
          .poll(() => page.locator('#f-executiveId option:checked').textContent())
          .toBe('Zsófia Kovács')
        expect(await page.locator('#f-executiveId').inputValue()).toBe(String(executiveId))

        expect(await page.locator('#line-0-price').inputValue()).toBe('134.56')
        expect(await page.locator('#line-1-price').inputValue()).toBe('987654.32')
        expect(await page.locator('#line-0-vat option:checked').textContent()).toMatch(/^21\s?%$/)
        const boxes = await boxWidths(page)
        const cramped = boxes.filter((b) => b.id !== 'line-0-description' && b.id !== 'line-1-description')
        expect(cramped.length).toBeGreaterThanOrEqual(10)
        for (const box of cramped)
          expect(box.has, `${box.id} "${box.text}"`).toBeGreaterThanOrEqual(box.needed)
        // The description keeps a usable width too.
        const description = present(boxes.find((b) => b.id === 'line-0-description'))
        expect(description.has).toBeGreaterThanOrEqual(180)

        // Nothing of the lines table is off the right edge, and the page does not scroll sideways.
        const table = present(await page.locator('.line-table').boundingBox())
        expect(table.x + table.width).toBeLessThanOrEqual(viewport.width)
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
          viewport.width
        )
        // The related-documents panel, when narrow screens put it below, starts under the lines.
        const aside = present(await page.locator('.record-aside').boundingBox())
        const lines = present(await session.byTestId('section-lines').boundingBox())
        if (viewport.width < 1600) expect(aside.y).toBeGreaterThan(lines.y + lines.height - 1)
        else expect(aside.x).toBeGreaterThanOrEqual(lines.x + lines.width)
        await expectNoSeriousA11yViolations(page)
      })
    }

    it('keeps the executive that came with the customer after the first save and on reopening', async () => {
      await session.open('/estimates/new')
      await session.byTestId('document-form').waitFor()
      await session.byTestId('customer-picker').fill('nunez guell')
      await session.byTestId('customer-option').first().waitFor()
      await session.byTestId('customer-picker').press('Enter')
      await expect
        .poll(() => page.locator('#f-executiveId option:checked').textContent())
        .toBe('Zsófia Kovács')
      await page.keyboard.press('Alt+n')
      await page.locator('#line-0-description').fill('Montaje')
      await page.locator('#line-0-price').fill('35')
      await page.keyboard.press('Control+s')
      await page.waitForURL(/#\/estimates\/\d+$/)
      const id = Number(present(/\/(\d+)$/.exec(page.url()))[1])
      await session.byTestId('banner-success').waitFor()
      await expect
        .poll(() => page.locator('#f-executiveId option:checked').textContent())
        .toBe('Zsófia Kovács')
      expect((await session.store('documents.get', { id })).executiveId).toBe(executiveId)

      // Saved again without touching the executive: still there, in the store and on screen.
      await page.locator('#line-0-price').fill('36')
      await page.keyboard.press('Control+s')
      await expect
        .poll(async () => (await session.store('documents.get', { id })).lines[0]?.unitPriceCents)
        .toBe(3600)
      expect((await session.store('documents.get', { id })).executiveId).toBe(executiveId)
      await page.reload()
      await session.byTestId('line-row').first().waitFor()
      await expect
        .poll(() => page.locator('#f-executiveId option:checked').textContent())
        .toBe('Zsófia Kovács')
    })
  })
}
