/**
 * Issue 13's polish list and its "layout also at 1920×1080": on the small demo, in English and in
 * Spanish (the longer words), no badge, column header, heading, tab or button is clipped at
 * 1366×768 ("Converted to order", "rs overdue", "ás de 90 días" were), and at 1920×1080 the newer
 * screens (the executive page, payment details on the customer form, the weekly figures with their
 * bands, the calendar) neither overflow the window nor clip, with no serious axe finding.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoSeriousA11yViolations, openSession, present, type Session } from './harness'

/**
 * Elements whose text does not fit: wider than their own box (a header cut at the left or right,
 * a badge cut by an ellipsis), or reaching outside an ancestor that hides what overflows.
 * A string evaluated in the page (the node tsconfig has no DOM types).
 */
const findClipped = `(() => {
  const selector = '.badge, th, [role="columnheader"], h1, h2, h3, button, [role="tab"], .count, label'
  const clipped = []
  for (const el of document.querySelectorAll(selector)) {
    const box = el.getBoundingClientRect()
    // Hidden, or only for screen readers (a 1-pixel box).
    if (box.width <= 1 || box.height <= 1) continue
    const style = getComputedStyle(el)
    if (style.visibility === 'hidden') continue
    const text = (el.textContent || '').trim().slice(0, 60)
    if (text === '') continue
    if (style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1) {
      clipped.push(text + ' [' + el.tagName.toLowerCase() + '.' + el.className + ']: needs ' + el.scrollWidth + ', has ' + el.clientWidth)
      continue
    }
    for (let up = el.parentElement; up; up = up.parentElement) {
      const s = getComputedStyle(up)
      if (s.overflowX !== 'hidden' && s.overflowX !== 'clip') continue
      const outer = up.getBoundingClientRect()
      if (box.left < outer.left - 1 || box.right > outer.right + 1)
        clipped.push(text + ' [' + el.tagName.toLowerCase() + '.' + el.className + ']: outside ' + up.tagName.toLowerCase() + '.' + up.className)
      break
    }
  }
  return clipped
})()`

const clippedOn = (page: Page) => page.evaluate<string[]>(findClipped)

let customerId = 0
let executiveId = 0

async function firstIds(session: Session): Promise<void> {
  const customers = await session.store('customers.list', {
    search: '',
    status: 'all',
    archived: 'exclude',
    executiveId: null,
    sort: { field: 'code', direction: 'asc' },
    offset: 0,
    limit: 1
  })
  customerId = present(customers.rows.at(0)).id
  const executives = await session.store('executives.list', {
    search: '',
    active: 'active',
    sort: { field: 'name', direction: 'asc' },
    offset: 0,
    limit: 1
  })
  executiveId = present(executives.rows.at(0)).id
}

/** The pages of the tour, each with the element that says it has loaded. */
const pages = () => [
  { path: '/customers', ready: 'customer-row' },
  { path: '/products', ready: 'product-row' },
  { path: '/executives', ready: 'executive-row' },
  { path: '/contracts', ready: 'contract-row' },
  { path: '/requests', ready: 'request-row' },
  { path: '/payments', ready: 'payment-row' },
  { path: '/payments/investigations', ready: 'investigation-row' },
  { path: '/schedule/visits', ready: 'visit-log-row' },
  { path: '/activity', ready: 'activity-row' },
  { path: '/estimates', ready: 'document-row' },
  { path: '/orders', ready: 'document-row' },
  { path: '/invoices', ready: 'document-row' },
  { path: '/payments/overdue', ready: 'overdue-row' },
  { path: '/payments/aged', ready: 'aged-row' },
  { path: '/weekly', ready: 'figures-table' },
  { path: '/calls', ready: 'calls-per-day' },
  { path: `/executives/${executiveId}`, ready: 'executive-week' },
  { path: `/customers/${customerId}`, ready: 'customer-payments' },
  { path: '/schedule?view=week', ready: 'schedule-calendar' },
  { path: '/schedule?view=month', ready: 'schedule-calendar' }
]

for (const locale of ['en-GB', 'es-ES', 'ca-ES', 'hu-HU', 'ru-RU']) {
  describe(`nothing clipped at 1366×768 (${locale})`, () => {
    let session: Session
    beforeAll(async () => {
      session = await openSession({ demo: 'small', locale, viewport: { width: 1366, height: 768 } })
      await firstIds(session)
    }, 180_000)
    afterAll(async () => {
      await session.close()
    })

    it(
      'badges, column headers, headings, tabs and buttons show their whole text',
      { timeout: 180_000 },
      async () => {
        const found: string[] = []
        for (const { path, ready } of pages()) {
          await session.open(path)
          // A list the demo leaves empty says so instead.
          await session.page
            .locator(`[data-testid="${ready}"], .grid-empty`)
            .first()
            .waitFor({ timeout: 30_000 })
          found.push(...(await clippedOn(session.page)).map((c) => `${path}: ${c}`))
        }
        expect(found).toEqual([])
      }
    )
  })
}

/** The page does not scroll sideways, and the element lies wholly inside the window. */
async function expectInside(session: Session, testId: string, width: number): Promise<void> {
  expect(await session.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width)
  const box = present(await session.byTestId(testId).first().boundingBox(), testId)
  expect(box.x, testId).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width, testId).toBeLessThanOrEqual(width)
}

describe('the newer screens at 1920×1080', () => {
  const width = 1920
  let session: Session
  beforeAll(async () => {
    session = await openSession({ demo: 'small', viewport: { width, height: 1080 } })
    await firstIds(session)
  }, 180_000)
  afterAll(async () => {
    await session.close()
  })

  it('the executive page: 12 weeks against targets, pipeline and visits', { timeout: 120_000 }, async () => {
    await session.open(`/executives/${executiveId}`)
    await expect.poll(() => session.byTestId('executive-week').count()).toBe(12)
    await expectInside(session, 'executive-form', width)
    await expectInside(session, 'band-legend', width)
    expect(await clippedOn(session.page)).toEqual([])
    await expectNoSeriousA11yViolations(session.page)
  })

  it('payment details beside the method on the customer form', { timeout: 120_000 }, async () => {
    await session.open(`/customers/${customerId}`)
    await session.byTestId('customer-payments').waitFor()
    await session.byTestId('customer-payment-method').selectOption('direct_debit')
    for (const field of ['customer-iban', 'customer-bic', 'customer-mandate', 'customer-mandate-date'])
      await expectInside(session, field, width)
    // The IBAN stands beside the method, on the same form (not in a box further down).
    const method = present(await session.byTestId('customer-payment-method').boundingBox())
    const iban = present(await session.byTestId('customer-iban').boundingBox())
    expect(iban.y - (method.y + method.height)).toBeLessThan(120)
    expect(await clippedOn(session.page)).toEqual([])
    await expectNoSeriousA11yViolations(session.page)
    await session.byTestId('customer-payment-method').selectOption('card')
    for (const field of ['customer-card-brand', 'customer-card-last4'])
      await expectInside(session, field, width)
  })

  it('the weekly figures with their colour bands', { timeout: 120_000 }, async () => {
    await session.open('/weekly')
    await session.byTestId('figures-table').waitFor()
    await expectInside(session, 'figures-table', width)
    await expectInside(session, 'band-legend', width)
    expect(await clippedOn(session.page)).toEqual([])
    await expectNoSeriousA11yViolations(session.page)
  })

  for (const view of ['day', 'week', 'month', 'agenda'] as const) {
    it(`the calendar, ${view} view`, { timeout: 120_000 }, async () => {
      await session.open(`/schedule?view=${view}`)
      await session.page.locator(`[data-testid="schedule-calendar"][data-loading="false"]`).waitFor()
      await expectInside(session, 'schedule-calendar', width)
      expect(await clippedOn(session.page)).toEqual([])
      await expectNoSeriousA11yViolations(session.page)
    })
  }
})
