/**
 * Issue 13 item 6, the calendar at 1366×768 and 1920×1080: completed visits do not share the
 * order deliveries' colour and say "Completed" in words; completed, cancelled, no-show and the ⚠
 * of a clash are in the legend; two visits at the same time stand side by side; the agenda and
 * the week's hours write the one region format (date order, 12-hour clock); axe finds nothing
 * critical or serious in the day, week, month and agenda views.
 */
import { DateTime } from 'luxon'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { executive } from '../support/fixtures'
import { expectNoSeriousA11yViolations, openSession, present, type Session } from './harness'

let session: Session
let page: Page
let zone = 'UTC'
/** Monday of last week, on the browser's clock: every visit of the test has begun. */
let monday = DateTime.local()
const ids = { marta: 0, jordi: 0 }

const at = (day: number, hour: number, minute = 0) =>
  present(
    monday.setZone(zone, { keepLocalTime: true }).plus({ days: day }).set({ hour, minute }).toUTC().toISO()
  )

/** A visit to its own customer (a visit's title is its customer's name). */
async function visit(customer: string, executives: number[], start: string, end: string) {
  const customerId = (
    await session.store('customers.create', { customer: { ...emptyCustomer(), name: customer } })
  ).id
  return (
    await session.store('visits.create', {
      visit: { customerId, executiveIds: executives, startAt: start, endAt: end, purpose: '', address: null },
      acceptClashes: true
    })
  ).saved.id
}

async function showWeek(view: 'day' | 'week' | 'month' | 'agenda' = 'week') {
  await session.open(`/schedule?view=${view}&date=${present(monday.toISODate())}`)
  const calendar = session.byTestId('schedule-calendar')
  await calendar.and(page.locator(`[data-view="${view}"][data-loading="false"]`)).waitFor()
}

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
  monday = DateTime.local({ zone }).minus({ weeks: 1 }).startOf('week')
  await session.store('schedule.setWorkingHours', {
    workingHours: { timeZone: zone, start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] }
  })
  ids.marta = (await session.store('executives.create', { executive: executive({ name: 'Marta Núñez' }) })).id
  ids.jordi = (await session.store('executives.create', { executive: executive({ name: 'Jordi Puig' }) })).id
  const done = await visit('Ósmosis Industrial', [ids.marta], at(0, 10), at(0, 11))
  await session.store('visits.complete', {
    id: done,
    outcome: 'Todo en orden',
    notes: '',
    productIds: [],
    followUps: []
  })
  const cancelled = await visit('Cal Pep Suministros', [ids.marta], at(1, 10), at(1, 11))
  await session.store('visits.cancel', { id: cancelled, reason: 'El cliente cerró ese día' })
  const absent = await visit('Ferretería Núñez', [ids.jordi], at(2, 10), at(2, 11))
  await session.store('visits.noShow', { id: absent, notes: '' })
  // Marta is booked twice on Thursday: 10:00–11:30 and 10:30–12:00.
  await visit('Talleres Győr', [ids.marta], at(3, 10), at(3, 11, 30))
  await visit('Aguas del Norte', [ids.marta], at(3, 10, 30), at(3, 12))
})

afterAll(async () => {
  await session.close()
})

/** An element's background colour, read in the page (the tests are compiled without the DOM's types). */
const colourOf = (selector: string, pseudo = '') =>
  page.evaluate<string>(
    `getComputedStyle(document.querySelector(${JSON.stringify(selector)}), ${JSON.stringify(pseudo || null)}).backgroundColor`
  )

const eventBox = async (text: string) =>
  present(await page.locator('.rbc-event', { hasText: text }).boundingBox(), `the event ${text}`)

describe('calendar', () => {
  it('tells completed visits from deliveries, explains the marks and lays clashes side by side', async () => {
    await showWeek()
    await expect.poll(() => page.locator('.rbc-event').count()).toBe(5)
    // Completed, cancelled and no-show say so in words on the event.
    expect(await page.locator('.rbc-event', { hasText: 'Ósmosis Industrial' }).textContent()).toContain(
      'Completed'
    )
    expect(await page.locator('.rbc-event', { hasText: 'Cal Pep Suministros' }).textContent()).toContain(
      'Cancelled'
    )
    expect(await page.locator('.rbc-event', { hasText: 'Ferretería Núñez' }).textContent()).toContain(
      'No-show'
    )
    // The completed visit's colour is not the order delivery's (both shown in the legend).
    const completed = await colourOf('.rbc-event.ev-status-completed')
    const swatch = (testId: string) => colourOf(`[data-testid="${testId}"]`, '::before')
    expect(await swatch('legend-completed')).toBe(completed)
    expect(await swatch('legend-order_delivery')).not.toBe(completed)
    const legend = present(await page.locator('.schedule-legend').textContent())
    for (const entry of ['Completed', 'Cancelled', 'No-show', 'To record', 'Order delivery'])
      expect(legend).toContain(entry)
    expect(await session.byTestId('legend-clash').textContent()).toMatch(
      /^⚠\s*Clash: someone is booked twice/
    )
    // Both of Thursday's visits carry the ⚠ and neither covers the other.
    const first = await eventBox('Talleres Győr')
    const second = await eventBox('Aguas del Norte')
    expect(first.x + first.width <= second.x + 1 || second.x + second.width <= first.x + 1).toBe(true)
    expect(await page.locator('.rbc-event', { hasText: 'Talleres Győr' }).textContent()).toContain('⚠')
    // The legend is not cut off at 1366 wide: each entry is inside the page.
    for (const item of await page.locator('.schedule-legend li').all()) {
      const box = present(await item.boundingBox())
      expect(box.x + box.width).toBeLessThanOrEqual(1366)
    }
    await expectNoSeriousA11yViolations(page)
  })

  it('writes the agenda and the week in the region’s one format', async () => {
    const region = await session.store('region.get', {})
    await session.store('region.update', {
      region: {
        format: { ...region.format, dateFormat: 'DD/MM/YYYY', clock: '12h' },
        paperSize: region.paperSize,
        timeZone: zone
      }
    })
    await showWeek('agenda')
    // The page reads the region once per load.
    await page.reload()
    await session.byTestId('schedule-calendar').and(page.locator('[data-loading="false"]')).waitFor()
    const row = page.locator('.rbc-agenda-table tbody tr', { hasText: 'Ósmosis Industrial' })
    const day = present(await row.locator('.rbc-agenda-date-cell').textContent())
    expect(day).toBe(`Mon ${monday.toFormat('dd/MM/yyyy')}`)
    const time = present(await row.locator('.rbc-agenda-time-cell').textContent()).replace(/\s/g, ' ')
    expect(time).toMatch(/^10:00 am – 11:00 am$/i)
    await expectNoSeriousA11yViolations(page)

    await showWeek('week')
    await page.reload()
    await session.byTestId('schedule-calendar').and(page.locator('[data-loading="false"]')).waitFor()
    const gutter = (await page.locator('.rbc-time-gutter .rbc-label').allTextContents()).map((l) =>
      l.replace(/\s/g, ' ')
    )
    // The same clock as the agenda: "10:00 am", never "10:00 AM" beside it.
    expect(gutter).toContain(time.split(' – ')[0])
  })

  it('has nothing critical or serious for axe in the day and month views', async () => {
    await showWeek('day')
    await expectNoSeriousA11yViolations(page)
    await showWeek('month')
    await expect.poll(() => page.locator('.rbc-event').count()).toBe(5)
    await expectNoSeriousA11yViolations(page)
  })

  it('keeps clashing visits apart and the legend whole at 1920×1080', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await showWeek()
    await expect.poll(() => page.locator('.rbc-event').count()).toBe(5)
    const first = await eventBox('Talleres Győr')
    const second = await eventBox('Aguas del Norte')
    expect(first.x + first.width <= second.x + 1 || second.x + second.width <= first.x + 1).toBe(true)
    await expectNoSeriousA11yViolations(page)
  })
})
