/**
 * The interface in each language: Chromium starts with that language as the system language (so the
 * default comes from the OS), at 1366x768, and walks the main screens on the small demo. Every
 * visible text, placeholder, label and tooltip is scanned for two faults: a raw i18n key (a
 * translation that is missing altogether) and an English sentence of the string tables where the
 * language has its own wording (a screen that bypasses t() or an untranslated value).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resources, type Table } from '../../src/renderer/src/i18n/resources'
import { openSession, type Session } from './harness'

const screens = [
  '/customers',
  '/customers/new',
  '/products',
  '/products/new',
  '/executives',
  '/estimates',
  '/orders',
  '/invoices',
  '/invoices/new',
  '/payments',
  '/payments/overdue',
  '/payments/aged',
  '/payments/investigations',
  '/payments/reminders',
  '/contracts',
  '/contracts/new',
  '/contracts/renewals',
  '/schedule',
  '/schedule/visits',
  '/schedule/plans',
  '/meetings',
  '/weekly',
  '/requests',
  '/requests/new',
  '/campaigns',
  '/settings'
]

function leaves(table: Table, prefix = ''): Array<[string, string]> {
  return Object.entries(table).flatMap(([key, value]): Array<[string, string]> => {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') return [[path, value]]
    if (Array.isArray(value))
      return (value as string[]).map((v, i) => [`${path}.${i}`, v] as [string, string])
    return leaves(value as Table, path)
  })
}

const english = leaves(resources.en.translation)
const keys = new Set(english.map(([key]) => key.replace(/_(one|other)$/, '')))

/** English table values the language words differently: seeing one of them on screen is a leftover. */
function leftoverPatterns(language: 'es' | 'ca' | 'hu' | 'ru'): RegExp[] {
  const own = new Set(leaves(resources[language].translation).map(([, v]) => v))
  return english
    .filter(
      ([, value]) =>
        !own.has(value) && value.replace(/\{\{\w+\}\}/g, '').replace(/[^A-Za-z]/g, '').length >= 5
    )
    .map(([, value]) => {
      const escaped = value.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{\w+\}\}/g, '.+')
      return new RegExp(`^${escaped}$`)
    })
}

/** Runs in the page (a string, as the test's types have no DOM): texts, placeholders, labels, tooltips. */
const collectTexts = `(() => {
  const texts = document.body.innerText.split('\\n')
  for (const element of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
    for (const name of ['placeholder', 'aria-label', 'title']) {
      const value = element.getAttribute(name)
      if (value) texts.push(value)
    }
  }
  texts.push(document.title)
  return texts.map((t) => t.trim()).filter((t) => t.length > 0)
})()`

async function visibleTexts(session: Session): Promise<string[]> {
  return session.page.evaluate<string[]>(collectTexts)
}

const systemLocale = { es: 'es-ES', ca: 'ca-ES', hu: 'hu-HU', ru: 'ru-RU' } as const

for (const language of ['es', 'ca', 'hu', 'ru'] as const) {
  describe(`the interface in ${language}`, () => {
    let session: Session
    const patterns = leftoverPatterns(language)

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
      const found: string[] = []
      const walk = [...screens]
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
        for (const text of await visibleTexts(session)) {
          if (keys.has(text)) found.push(`${screen}: raw key ${text}`)
          else if (patterns.some((p) => p.test(text))) found.push(`${screen}: English "${text}"`)
        }
      }
      expect([...new Set(found)]).toEqual([])
    })
  })
}
