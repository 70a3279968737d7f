/**
 * The rest of the interface in each language (languages.test.ts walks the main lists and forms):
 * every other area of the menu, the NAV queue, the weekly report's other views, a new estimate and
 * order, a record of each other kind (estimate, order, credit note, debit note, product, executive,
 * request, campaign, investigation) and the main dialogs (visit, meeting, call, payment, payments
 * import, credit note, e-mail, search). Chromium starts in the language as the system language, at
 * 1366x768, on the small demo; each screen is scanned as language-scan.ts says, and axe checks
 * each screen and dialog in Russian.
 */
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { areas } from '../../src/renderer/src/shell/areas'
import { expectNoSeriousA11yViolations, openSession, type Session } from './harness'
import { englishScanner, mainScreens, systemLocale, type Language } from './language-scan'

const screens = [
  '/import',
  '/calls',
  '/activity',
  '/outbox',
  '/nav',
  '/estimates/new',
  '/orders/new',
  '/executives/new',
  '/campaigns/new',
  // The weekly page's views besides the dashboard (weeklyViews in WeeklyPage.tsx).
  ...['activity', 'targets', 'sent', 'import'].map((view) => `/weekly?view=${view}`)
]

/** A record of each other kind, found in the demo's data: [what, address]. */
function records(session: Session): Array<[string, string]> {
  const db = new BetterSqlite3(session.app.store.path, { readonly: true })
  try {
    const first = (sql: string) => (db.prepare(sql).get() as { id: number } | undefined)?.id
    const found: Array<[string, number | undefined]> = [
      ['/estimates', first("select id from documents where type = 'estimate' and status <> 'draft'")],
      ['/orders', first("select id from documents where type = 'order' and status <> 'draft'")],
      ['/invoices', first("select id from documents where type = 'credit_note' and status <> 'draft'")],
      ['/invoices', first("select id from documents where type = 'debit_note' and status <> 'draft'")],
      ['/products', first('select id from products')],
      ['/executives', first('select id from sales_executives')],
      ['/requests', first('select id from customer_requests')],
      ['/campaigns', first('select id from campaigns')],
      ['/payments/investigations', first('select id from payment_investigations')]
    ]
    return found.map(([list, id]) => {
      if (id === undefined) throw new Error(`The demo has no record for ${list}`)
      return [list, `${list}/${String(id)}`]
    })
  } finally {
    db.close()
  }
}

/** An issued invoice that still owes something (it offers a credit note, a payment and e-mail). */
function openInvoice(session: Session): number {
  const db = new BetterSqlite3(session.app.store.path, { readonly: true })
  try {
    const row = db
      .prepare(
        "select id from documents where type = 'invoice' and status = 'issued' order by id desc limit 1"
      )
      .get() as { id: number } | undefined
    if (!row) throw new Error('The demo has no issued invoice')
    return row.id
  } finally {
    db.close()
  }
}

describe('the walks reach every area of the menu', () => {
  it('each area is on one of the two lists', () => {
    const walked = new Set([...mainScreens, ...screens])
    expect(areas.map((a) => a.path).filter((path) => !walked.has(path))).toEqual([])
  })
})

for (const language of ['es', 'ca', 'hu', 'ru'] as const satisfies Language[]) {
  describe(`the rest of the interface in ${language}`, () => {
    let session: Session
    let scan: ReturnType<typeof englishScanner>
    const withAxe = language === 'ru'

    beforeAll(async () => {
      session = await openSession({
        demo: 'small',
        locale: systemLocale[language],
        viewport: { width: 1366, height: 768 }
      })
      scan = englishScanner(session, language)
    })
    afterAll(() => session.close())

    async function settle(): Promise<void> {
      await session.page.locator('main h1').first().waitFor()
      await session.page.waitForLoadState('networkidle')
    }

    if (language === 'es') {
      it('the scan sees English put into the page', async () => {
        await session.open('/customers')
        await settle()
        await session.page.evaluate(`(() => {
          const p = document.createElement('p')
          p.textContent = 'Factura 12 · Due 3 días'
          const b = document.createElement('button')
          b.setAttribute('aria-label', 'Borrar la Invoice')
          document.querySelector('main').append(p, b)
        })()`)
        expect(await scan('/customers')).toEqual([
          '/customers: English due in "Factura 12 · Due 3 días"',
          '/customers: English invoice in "Borrar la Invoice"'
        ])
        await session.page.reload()
        await settle()
      })
    }

    it('shows no raw key and no English on the other screens and records', async () => {
      const found: string[] = []
      for (const screen of [...screens, ...records(session).map(([, address]) => address)]) {
        await session.open(screen)
        await settle()
        found.push(...(await scan(screen)))
        if (withAxe) await expectNoSeriousA11yViolations(session.page)
      }
      expect([...new Set(found)]).toEqual([])
    })

    it('shows no raw key and no English in the main dialogs', async () => {
      const { page, byTestId } = session
      const found: string[] = []
      const invoice = `/invoices/${String(openInvoice(session))}`
      const dialogs: Array<[where: string, screen: string, open: () => Promise<void>, dialog: string]> = [
        ['visit', '/schedule', () => byTestId('schedule-new-visit').click(), 'visit-dialog'],
        ['meeting', '/meetings', () => byTestId('schedule-new-meeting').click(), 'meeting-dialog'],
        ['call', '/customers', () => page.keyboard.press('Control+l'), 'call-dialog'],
        ['search', '/customers', () => page.keyboard.press('Control+k'), 'search-palette'],
        ['payment', '/payments', () => byTestId('payments-record').click(), 'record-payment-dialog'],
        ['payments import', '/payments', () => byTestId('payments-import').click(), 'import-payments-dialog'],
        ['credit note', invoice, () => byTestId('action-creditNote').click(), 'correction-dialog'],
        ['e-mail', invoice, () => byTestId('send-by-email').click(), 'send-mail-dialog']
      ]
      for (const [where, screen, open, dialog] of dialogs) {
        await session.open(screen)
        await settle()
        await open()
        await byTestId(dialog).waitFor()
        await page.waitForLoadState('networkidle')
        found.push(...(await scan(`${where} dialog`)))
        if (withAxe) await expectNoSeriousA11yViolations(page)
        await page.keyboard.press('Escape')
        await byTestId(dialog).waitFor({ state: 'detached' })
      }
      expect([...new Set(found)]).toEqual([])
    })
  })
}
