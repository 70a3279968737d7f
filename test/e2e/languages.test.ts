/**
 * The interface in each language: Chromium starts with that language as the system language (so the
 * default comes from the OS), at 1366x768, and walks the main screens on the small demo. Every
 * visible text, placeholder, label and tooltip is scanned for a raw i18n key, an English sentence of
 * the string tables and an English interface word (see language-scan.ts). The other screens, the
 * weekly views and the main dialogs are walked by languages-more.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSession, type Session } from './harness'
import { englishScanner, mainScreens, systemLocale } from './language-scan'

for (const language of ['es', 'ca', 'hu', 'ru'] as const) {
  describe(`the interface in ${language}`, () => {
    let session: Session

    beforeAll(async () => {
      session = await openSession({
        demo: 'small',
        locale: systemLocale[language],
        viewport: { width: 1366, height: 768 }
      })
    })
    afterAll(() => session.close())

    it('starts in the system language', async () => {
      expect(await session.page.locator('html').getAttribute('lang')).toBe(language)
    })

    it('shows no raw key and no English wording on the main screens', async () => {
      const page = session.page
      const scan = englishScanner(session, language)
      const found: string[] = []
      const walk = [...mainScreens]
      // A record of each main kind, opened from its list.
      for (const [list, row] of [
        ['/customers', '#/customers/'],
        ['/invoices', '#/invoices/'],
        ['/contracts', '#/contracts/'],
        ['/payments', '#/payments/']
      ] as const) {
        await page.goto(`${session.host.url}#${list}`)
        const link = page.locator(`main a[href^="${row}"]`).first()
        if ((await link.count()) > 0) walk.push(((await link.getAttribute('href')) ?? '').slice(1))
      }
      for (const screen of walk) {
        await page.goto(`${session.host.url}#${screen}`)
        await page.locator('main h1').first().waitFor()
        await page.waitForLoadState('networkidle')
        found.push(...(await scan(screen)))
      }
      expect([...new Set(found)]).toEqual([])
    })
  })
}
