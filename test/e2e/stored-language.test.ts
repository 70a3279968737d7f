/**
 * The interface language chosen in Settings is kept with the data (issue 14): a new browser on the
 * same local web host, with nothing saved of its own and an English system language, opens in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { byTestId, expectNoSeriousA11yViolations, openSession, type Session } from './harness'

let session: Session

beforeAll(async () => {
  session = await openSession({ locale: 'en-GB' })
})
afterAll(async () => {
  await session.close()
})

describe('the language chosen in Settings', () => {
  it('opens a new browser on the same host in Hungarian', async () => {
    await session.open('/settings')
    await session.byTestId('language-select').selectOption('hu')
    await expect.poll(() => session.page.locator('html').getAttribute('lang')).toBe('hu')
    await expect.poll(async () => (await session.store('settings.interfaceLanguage', {})).language).toBe('hu')

    // A fresh browser context: no storage of its own, an English system language.
    const context = await session.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB'
    })
    try {
      const page = await context.newPage()
      await page.goto(session.host.appUrl)
      await page.waitForURL(/#\/customers$/)
      await byTestId(page, 'database-path').waitFor()
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('hu')
      await page.getByRole('link', { name: 'Ügyfelek' }).first().waitFor()
      expect(await page.getByRole('link', { name: 'Customers', exact: true }).count()).toBe(0)
      await expectNoSeriousA11yViolations(page)
    } finally {
      await context.close()
    }
  })
})
