/**
 * Issue 13's polish list at 1366×768: empty charts say so instead of drawing an axis of "0, 0, 0";
 * Delete on a customer with history says at once why it cannot and offers to archive (a customer
 * without history is still asked, then deleted); an existing visit's customer search is "Another
 * customer" with no required mark; the meetings page counts meetings ("2 meetings"), the schedule
 * visits and meetings together. Checked against the store; axe on each screen.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isoWeekOf } from '../../src/shared/iso-week'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { draft, line } from '../documents/helpers'
import { executive } from '../support/fixtures'
import { expectNoSeriousA11yViolations, openSession, present, type Session, setUpCompany } from './harness'

let session: Session
let page: Page
let executiveId = 0
const ids = { history: 0, fresh: 0, visit: 0 }

/** Next week's day (0 = Monday) at the hour, in UTC (the browser of the tests runs in UTC too). */
function nextWeek(day: number, hour: number): string {
  const now = new Date()
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7) + 7 + day)
  monday.setUTCHours(hour)
  return monday.toISOString()
}

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  await setUpCompany(session)
  executiveId = (await session.store('executives.create', { executive: executive({ name: 'Núria Vidal' }) }))
    .id
  ids.history = (
    await session.store('customers.create', {
      customer: { ...emptyCustomer(), name: 'Ferretería Con Historia', executiveId }
    })
  ).id
  ids.fresh = (
    await session.store('customers.create', { customer: { ...emptyCustomer(), name: 'Alta Por Error' } })
  ).id
  // Next week's visit (before its customer is archived by a test below).
  ids.visit = (
    await session.store('visits.create', {
      visit: {
        customerId: ids.history,
        executiveIds: [executiveId],
        startAt: nextWeek(2, 10),
        endAt: nextWeek(2, 11),
        purpose: 'Revisión de stock',
        address: null
      },
      acceptClashes: true
    })
  ).saved.id
}, 60_000)

afterAll(async () => {
  await session.close()
})

const chartPanels = ['chart-actual-vs-target', 'chart-trend', 'chart-pipeline']

describe('the polish list', () => {
  it('empty charts say there is nothing to show instead of an axis of zeros', async () => {
    await session.open('/weekly')
    await session.byTestId('weekly-dashboard').waitFor()
    for (const panel of chartPanels) {
      const shown = session.byTestId(panel)
      expect(await shown.locator('[data-testid="chart-empty"]').count(), panel).toBe(1)
      expect(await shown.locator('.recharts-wrapper').count(), panel).toBe(0)
    }
    expect(await session.byTestId('chart-trend').textContent()).toContain(
      'No revenue and no targets in the last 12 weeks.'
    )
    await expectNoSeriousA11yViolations(page)

    // Revenue this week: the revenue charts draw, the pipeline (no open estimates) still says so.
    const created = await session.store('documents.createDraft', {
      // No product: the one line overrides the helper's lines.
      document: draft(
        { customerId: ids.history, productId: 0, executiveId },
        { lines: [line({ description: 'Tornillería', quantityMilli: 3_000, unitPriceCents: 12_500 })] }
      )
    })
    await session.store('documents.issue', { id: created.id })
    // 3 × 125.00 net: what the weekly figures count as the executive's revenue.
    const figures = await session.store('weekly.dashboard', {
      week: isoWeekOf(new Date().toISOString().slice(0, 10))
    })
    const row = present(
      figures.figures.rows.find((r) => r.kind === 'executive' && r.executiveId === executiveId)
    )
    expect(row.revenueCents).toBe(3 * 12_500)
    await session.open('/customers')
    await session.open('/weekly')
    await session.byTestId('weekly-dashboard').waitFor()
    await session.byTestId('chart-trend').locator('.recharts-wrapper').waitFor()
    expect(await session.byTestId('chart-actual-vs-target').locator('.recharts-wrapper').count()).toBe(1)
    expect(await session.byTestId('chart-pipeline').locator('[data-testid="chart-empty"]').count()).toBe(1)
  })

  it('Delete on a customer with history says why at once and offers to archive', async () => {
    await session.open(`/customers/${ids.history}`)
    await session.byTestId('customer-delete').click()
    const dialog = session.byTestId('confirm-dialog')
    await dialog.waitFor()
    // No "are you sure?" first: the reason, and the way out.
    expect(await dialog.textContent()).toContain('has history (documents or visits), so it cannot be deleted')
    expect(await session.byTestId('confirm-ok').textContent()).toBe('Archive')
    await expectNoSeriousA11yViolations(page)
    await session.byTestId('confirm-ok').click()
    await dialog.waitFor({ state: 'detached' })
    await expect
      .poll(async () => (await session.store('customers.get', { id: ids.history })).archivedAt)
      .not.toBeNull()
    const log = await session.store('activity.list', {
      entity: 'customer',
      entityId: ids.history,
      offset: 0,
      limit: 10
    })
    expect(log.rows.map((r) => r.action)).toContain('archive')

    // Archived already: Delete just says why, without a dialog.
    await session.byTestId('customer-delete').click()
    await page.locator('.banner', { hasText: 'so it cannot be deleted' }).waitFor()
    expect(await session.byTestId('confirm-dialog').count()).toBe(0)
  })

  it('Delete on a customer without history still asks, then deletes', async () => {
    await session.open(`/customers/${ids.fresh}`)
    await session.byTestId('customer-delete').click()
    await session.byTestId('confirm-dialog').waitFor()
    expect(await session.byTestId('confirm-dialog').textContent()).toContain('Alta Por Error')
    expect(await session.byTestId('confirm-ok').textContent()).toBe('Delete')
    await session.byTestId('confirm-ok').click()
    await page.waitForURL(/#\/customers$/)
    const gone = await session.app.api.dispatch('customers.get', { id: ids.fresh })
    expect(gone.ok).toBe(false)
  })

  it('an existing visit offers "Another customer", not a required field', async () => {
    await session.open('/schedule/visits')
    await session.byTestId('visit-log-row').filter({ hasText: 'Revisión de stock' }).click()
    await session.byTestId('visit-dialog').waitFor()
    expect(await session.byTestId('visit-customer').textContent()).toBe('Ferretería Con Historia')
    const label = page.locator('label[for="visit-customer-picker"]')
    expect((await label.textContent())?.trim()).toBe('Another customer')
    expect(await label.locator('.required-mark').count()).toBe(0)
    await expectNoSeriousA11yViolations(page)
    expect((await session.store('visits.get', { id: ids.visit })).customerId).toBe(ids.history)
  })

  it('the meetings page counts meetings; the schedule counts visits and meetings', async () => {
    for (const day of [3, 4])
      await session.store('meetings.create', {
        meeting: {
          title: `Reunión ${day}`,
          attendeeIds: [executiveId],
          startAt: nextWeek(day, 9),
          endAt: nextWeek(day, 10),
          place: '',
          agenda: ''
        },
        acceptClashes: true
      })
    const date = nextWeek(0, 9).slice(0, 10)
    await session.open(`/meetings?view=week&date=${date}`)
    await page.locator('[data-testid="schedule-count"]', { hasText: /^2 meetings$/ }).waitFor()
    await session.open(`/schedule?view=week&date=${date}`)
    // The visit of the test before and the two meetings.
    await page.locator('[data-testid="schedule-count"]', { hasText: /^3 visits and meetings$/ }).waitFor()
    const range = await session.store('schedule.range', {
      from: nextWeek(0, 0),
      to: nextWeek(7, 0),
      executiveIds: [executiveId]
    })
    expect(range.events.length).toBe(3)
    expect(present(range.events.find((e) => e.type === 'meeting')).title).toMatch(/^Reunión/)
  })
})
