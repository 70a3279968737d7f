/**
 * Issue 13 item 9, the activity log at 1366×768 and 1920×1080 on the small demo: newest first by
 * the time of the change (the demo writes its entries out of time order); kinds, changed fields
 * and amounts in the user's words (no `site_visit`, no `legalName`, no bare `10000.00`); the filter
 * offers documents, payments and visits; axe finds nothing critical or serious.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoSeriousA11yViolations, openSession, present, type Session } from './harness'

let session: Session
let page: Page

beforeAll(async () => {
  session = await openSession({ demo: 'small', viewport: { width: 1366, height: 768 } })
  page = session.page
})

afterAll(async () => {
  await session.close()
})

const rows = () => session.byTestId('activity-row')

/**
 * Opens the log, filtered to the stored record kinds `entities` (polled: the list reloads): the rows
 * on screen are then the newest entries of those kinds, read here from the store with plain SQL.
 */
async function showLog(filter = 'all', entities: readonly string[] = []) {
  await session.open('/activity')
  await rows().first().waitFor()
  if (filter === 'all') return
  await session.byTestId('activity-filter-entity').selectOption(filter)
  if (entities.length === 0) return
  const newest = (count: number) =>
    (
      session.app.store.sqlite
        .prepare(
          `select at from activity_log where entity in (${entities.map(() => '?').join(', ')})
           order by at desc, id desc limit ?`
        )
        .all(...entities, count) as { at: string }[]
    ).map((r) => r.at)
  await expect
    .poll(async () => {
      const times = (await shown()).map((e) => e.at)
      return times.length > 0 && JSON.stringify(times) === JSON.stringify(newest(times.length))
    })
    .toBe(true)
}

/**
 * The times (as stored) and texts of the rows on screen, read in one pass: while the list reloads,
 * a row found a moment earlier may be gone, and asking it for its time would wait for it.
 */
/** Just what this file reads of a row (the e2e files are typed without the DOM library). */
interface RowElement {
  textContent: string | null
  querySelector(selector: 'time'): { getAttribute(name: 'datetime'): string | null } | null
}

async function shown(): Promise<Array<{ at: string; text: string }>> {
  return rows().evaluateAll((elements) =>
    elements.map((element) => {
      const row = element as unknown as RowElement
      return { at: row.querySelector('time')?.getAttribute('datetime') ?? '', text: row.textContent ?? '' }
    })
  )
}

describe('activity log', () => {
  it('lists the newest change first, in the user’s words', async () => {
    await showLog()
    const entries = await shown()
    expect(entries.length).toBeGreaterThan(5)
    const times = entries.map((e) => Date.parse(e.at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    // The newest entry of the store is the first row.
    const newest = session.app.store.sqlite
      .prepare('select at from activity_log order by at desc, id desc limit 1')
      .get() as { at: string }
    expect(entries[0].at).toBe(newest.at)
    for (const e of entries) expect(e.text).not.toMatch(/site_visit|visit_plan|customer_request/)
    await expectNoSeriousA11yViolations(page)
  })

  it('names the fields a settings change touched as the form does', async () => {
    const settings = await session.store('settings.get', {})
    await session.store('settings.update', {
      settings: {
        ...settings,
        company: { ...settings.company, legalName: 'Ferretería Núñez S.L.', city: 'Girona' }
      }
    })
    await showLog('settings')
    await expect.poll(async () => present(await rows().first().textContent())).toContain('Legal name, City')
    const first = present(await rows().first().textContent())
    expect(first).not.toMatch(/legalName/)
  })

  it('offers payments, with amounts in their currency', async () => {
    await showLog('payment', ['payment', 'investigation'])
    const entries = await shown()
    expect(entries.length).toBeGreaterThan(0)
    const payment = present(entries.find((e) => e.text.includes('Payment of')))
    // "€1,234.50" as the region writes it, never the stored "1234.50".
    expect(payment.text).toMatch(/€\d{1,3}(,\d{3})*\.\d{2}/)
    expect(payment.text).not.toMatch(/of \d+\.\d{2}/)
  })

  it('offers visits and meetings, and documents', async () => {
    const executive = await session.store('executives.create', {
      executive: { name: 'Marta Núñez', email: '', phone: '', active: true }
    })
    const customer = (
      await session.store('customers.list', {
        search: '',
        status: 'all',
        archived: 'exclude',
        executiveId: null,
        sort: { field: 'name', direction: 'asc' },
        offset: 0,
        limit: 1
      })
    ).rows[0]
    await session.store('visits.create', {
      visit: {
        customerId: customer.id,
        executiveIds: [executive.id],
        startAt: '2026-12-14T09:00:00.000Z',
        endAt: '2026-12-14T10:00:00.000Z',
        purpose: '',
        address: null
      },
      acceptClashes: true
    })
    await showLog('visit', ['site_visit', 'meeting', 'visit_plan'])
    expect(present(await rows().first().textContent())).toContain(`Scheduled a visit to ${customer.name}`)
    await showLog('document', ['document'])
    await expectNoSeriousA11yViolations(page)
  })

  it('reads the same at 1920×1080', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await showLog()
    const times = (await shown()).map((e) => Date.parse(e.at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    await expectNoSeriousA11yViolations(page)
  })
})
