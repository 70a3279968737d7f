/**
 * Issue 13 item 14: Ctrl+K from anywhere finds a customer, a document by number, a contact and a
 * page, driven by the keyboard alone, at 1366×768 and at 1920×1080, with axe on the open box.
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { expectNoSeriousA11yViolations, openSession, type Session } from './harness'

let session: Session | null = null
afterEach(async () => {
  await session?.close()
  session = null
})

async function search(s: Session, text: string): Promise<void> {
  await s.page.keyboard.press('Control+k')
  const input = s.byTestId('search-input')
  await input.waitFor()
  await expect
    .poll(() => s.page.evaluate<string | null>('document.activeElement?.dataset.testid ?? null'))
    .toBe('search-input')
  await s.page.keyboard.type(text)
  await s
    .byTestId('search-status')
    .filter({ hasText: /results?\./ })
    .waitFor()
}

/** The option the arrow keys are on. */
const activeOption = (page: Page) => page.locator('[role="option"][aria-selected="true"]')

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 }
]) {
  describe(`search everywhere at ${String(viewport.width)}×${String(viewport.height)}`, () => {
    it('opens a customer, a document by number, a contact’s customer and a page with the keyboard alone', async () => {
      const s = (session = await openSession({ viewport, demo: 'small' }))
      const sqlite = s.app.store.sqlite
      const invoice = sqlite
        .prepare(
          "select id, number from documents where type = 'invoice' and number is not null order by id limit 1"
        )
        .get() as { id: number; number: string }
      const withContact = sqlite
        .prepare(
          `select c.id, c.name, cc.name as contact from customers c
           join customer_contacts cc on cc.customer_id = c.id
           where c.archived_at is null order by c.id limit 1`
        )
        .get() as { id: number; name: string; contact: string }

      // A document page first, so the box is shown to open from anywhere.
      await s.open(`/invoices/${String(invoice.id)}`)
      await search(s, invoice.number.toLowerCase())
      await expectNoSeriousA11yViolations(s.page)
      expect(await activeOption(s.page).textContent()).toContain(invoice.number)
      await s.page.keyboard.press('Enter')
      await s.page.waitForURL(new RegExp(`#/invoices/${String(invoice.id)}$`))
      expect(await s.byTestId('search-palette').count()).toBe(0)

      // The customer by their exact name: the first hit.
      await search(s, withContact.name)
      expect(await activeOption(s.page).textContent()).toContain(withContact.name)
      await s.page.keyboard.press('Enter')
      await s.page.waitForURL(new RegExp(`#/customers/${String(withContact.id)}$`))

      // A contact's name: the arrow keys reach the contacts' group and Enter opens their customer.
      await search(s, withContact.contact)
      const contacts = s.byTestId('search-contacts').locator('[role="option"]')
      await expect.poll(() => contacts.count()).toBeGreaterThan(0)
      const contactOption = contacts.filter({ hasText: withContact.name }).first()
      const target = await contactOption.getAttribute('id')
      for (let i = 0; i < 20 && (await activeOption(s.page).getAttribute('id')) !== target; i++)
        await s.page.keyboard.press('ArrowDown')
      expect(await activeOption(s.page).getAttribute('id')).toBe(target)
      expect(await s.byTestId('search-input').getAttribute('aria-activedescendant')).toBe(target)
      await s.page.keyboard.press('Enter')
      await s.page.waitForURL(new RegExp(`#/customers/${String(withContact.id)}$`))

      // A page by a word of its name.
      await search(s, 'weekly')
      expect(await activeOption(s.page).textContent()).toContain('Weekly figures')
      await s.page.keyboard.press('Enter')
      await s.page.waitForURL(/#\/weekly$/)

      // Nothing found says so; Escape closes and leaves the page as it was.
      await s.page.keyboard.press('Control+k')
      await s.byTestId('search-input').waitFor()
      await s.page.keyboard.type('zzqqxx')
      await s.byTestId('search-status').filter({ hasText: 'Nothing found.' }).waitFor()
      await expectNoSeriousA11yViolations(s.page)
      await s.page.keyboard.press('Escape')
      await expect.poll(() => s.byTestId('search-palette').count()).toBe(0)
      expect(s.page.url()).toMatch(/#\/weekly$/)
    })
  })
}
