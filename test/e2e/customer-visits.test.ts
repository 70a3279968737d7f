/**
 * The customer page's visits section in Chromium against the real store: the customer's visit
 * plan with its rhythm, executive and next visit (the plan's own, not an earlier one-off
 * visit), the next visits, the last visits with their outcome or "to record", nothing of
 * another customer; the "New visit plan" link opens the plan form with the customer and its
 * executive filled in, and the saved plan comes back on the customer page; a plan's link
 * opens that plan.
 */
import { DateTime } from 'luxon'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { openSession, type Session, present } from './harness'

let session: Session
let page: Page
let zone = 'UTC'

// The harness's store (a refusal fails the test, naming the fields) under a short name.
const store: Session['store'] = (method, input) => session.store(method, input)

const byTestId = (id: string) => session.byTestId(id)
const ids = { marta: 0, jordi: 0, customer: 0, other: 0, plan: 0 }
/** The plan's first visit (its start instant). */
let firstPlanned = ''

/**
 * How the page shows an instant under the company's default region (date in words, 24-hour
 * clock, the company's time zone), written with the browser's own Intl so its ICU data decides.
 */
const shown = async (iso: string, withTime = true) => {
  const region = await store('region.get', {})
  expect(region.format).toMatchObject({ dateFormat: 'medium', clock: '24h' })
  return page.evaluate(
    ([value, time, timeZone]) => {
      const locale = navigator.languages.find((l) => l.startsWith('en-')) ?? 'en'
      const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(value))
      const clock = new Intl.DateTimeFormat(locale, {
        hour: 'numeric',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone
      }).format(new Date(value))
      return time ? `${day} ${clock}` : day
    },
    [iso, withTime, region.timeZone] as const
  )
}

beforeAll(async () => {
  session = await openSession()
  page = session.page
  zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
  await page.locator('[data-testid="database-path"]').waitFor()
  ids.marta = (
    await store('executives.create', {
      executive: { name: 'Marta Núñez', email: 'marta@example.com', phone: '', active: true }
    })
  ).id
  ids.jordi = (
    await store('executives.create', {
      executive: { name: 'Jordi Puig', email: 'jordi@example.com', phone: '', active: true }
    })
  ).id
  ids.customer = (
    await store('customers.create', {
      customer: { ...emptyCustomer(), name: 'Ósmosis Industrial S.L.', executiveId: ids.marta }
    })
  ).id
  ids.other = (
    await store('customers.create', { customer: { ...emptyCustomer(), name: 'Cal Pep Suministros' } })
  ).id

  const now = DateTime.local().setZone(zone)
  const monday = now.startOf('week').plus({ weeks: 1 })
  const visit = (customerId: number, start: DateTime, purpose: string, executiveIds = [ids.marta]) =>
    store('visits.create', {
      visit: {
        customerId,
        executiveIds,
        startAt: present(start.toUTC().toISO()),
        endAt: present(start.plus({ hours: 1 }).toUTC().toISO()),
        purpose,
        address: null
      },
      acceptClashes: true
    })
  // Every three weeks from next Monday at 09:30, with Marta.
  const plan = await store('plans.create', {
    plan: {
      customerId: ids.customer,
      executiveIds: [ids.marta],
      everyWeeks: 3,
      localTime: '09:30',
      durationMinutes: 60,
      timeZone: zone,
      startDate: present(monday.toISODate()),
      endDate: null,
      purpose: 'Revisión de filtros'
    }
  })
  ids.plan = plan.id
  firstPlanned = present(monday.set({ hour: 9, minute: 30 }).toUTC().toISO())
  // A one-off visit before the plan's first, two past ones (one completed, one to record), another customer's.
  await visit(ids.customer, now.plus({ minutes: 90 }).startOf('minute'), 'Entrega de muestras', [ids.jordi])
  const done = await visit(
    ids.customer,
    now.minus({ days: 10 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 }),
    'Primera visita'
  )
  await store('visits.complete', {
    id: done.saved.id,
    outcome: 'Pedido de 40 filtros de ósmosis',
    notes: '',
    productIds: [],
    followUps: []
  })
  await visit(
    ids.customer,
    now.minus({ days: 2 }).set({ hour: 12, minute: 0, second: 0, millisecond: 0 }),
    'Seguimiento'
  )
  await visit(
    ids.other,
    now.minus({ days: 1 }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 }),
    'Otra visita'
  )
}, 120_000)

afterAll(async () => {
  await session.close()
})

describe('visits on the customer page', () => {
  it('shows the plan with its executive and next visit, the next visits and the last ones with their outcome', async () => {
    await page.goto(`${session.host.url}#/customers/${ids.customer}`)
    const section = byTestId('customer-visits')
    const plan = section.locator('[data-testid="customer-plan"]')
    await plan.waitFor()
    await expect.poll(() => plan.count()).toBe(1)
    expect(await plan.getAttribute('data-plan-id')).toBe(String(ids.plan))
    expect(await plan.locator('[data-testid="customer-plan-rhythm"]').textContent()).toBe('Every 3 weeks')
    expect(await plan.textContent()).toContain('Marta Núñez')
    // The plan's own next visit, not the one-off visit of tomorrow.
    const upcoming = await store('visits.list', {
      from: new Date().toISOString(),
      to: null,
      customerId: ids.customer,
      executiveId: null,
      status: 'scheduled',
      sort: { field: 'startAt', direction: 'asc' },
      offset: 0,
      limit: 10
    })
    const planNext = present(upcoming.rows.find((v) => v.planId === ids.plan))
    expect(Date.parse(planNext.startAt)).toBe(Date.parse(firstPlanned))
    expect(upcoming.rows[0].planId).toBeNull()
    expect(await plan.locator('[data-testid="customer-plan-next"]').textContent()).toBe(
      `Next visit: ${await shown(planNext.startAt)}`
    )

    const next = section.locator('[data-testid="customer-next-visit"]')
    expect(await next.count()).toBe(3)
    expect(await next.first().textContent()).toContain(await shown(upcoming.rows[0].startAt))
    expect(await next.first().textContent()).toContain('Jordi Puig')
    expect(await next.first().textContent()).not.toContain('from a visit plan')
    expect(await next.nth(1).textContent()).toContain('from a visit plan')
    expect(await section.locator('[data-testid="customer-next-visits"] h3').textContent()).toBe(
      `Next visits (${upcoming.total})`
    )

    // Last visits, newest first: the one still to record, then the completed one with its outcome; nothing of the other customer.
    const last = section.locator('[data-testid="customer-last-visit"]')
    expect(await last.count()).toBe(2)
    expect(await last.nth(0).locator('.badge').textContent()).toBe('To record')
    expect(await last.nth(1).locator('.badge').textContent()).toBe('Completed')
    expect(await last.nth(1).locator('[data-testid="customer-visit-outcome"]').textContent()).toBe(
      'Pedido de 40 filtros de ósmosis'
    )
    expect(await section.textContent()).not.toContain('Cal Pep')
  })

  it('opens the plan form for this customer with its executive ticked, and the new plan shows on the customer page', async () => {
    await page.goto(`${session.host.url}#/customers/${ids.customer}`)
    await byTestId('customer-new-plan').click()
    const dialog = byTestId('plan-dialog')
    await dialog.waitFor()
    expect(await dialog.locator('.chosen-customer').textContent()).toBe('Ósmosis Industrial S.L.')
    await expect.poll(() => byTestId(`plan-executive-${ids.marta}`).isChecked()).toBe(true)
    expect(await byTestId(`plan-executive-${ids.jordi}`).isChecked()).toBe(false)
    // The link's parameter is used once: the address no longer asks for a new plan. The dialog
    // opens in the same step that replaces the address, and the router applies that later.
    await expect.poll(() => page.url()).not.toContain('customer=')
    await dialog.locator('input[name="everyWeeks"]').fill('6')
    await dialog.locator('input[name="localTime"]').fill('16:00')
    await byTestId('plan-save').click()
    await dialog.waitFor({ state: 'detached' })
    const plans = await store('plans.list', { customerId: ids.customer, executiveId: null })
    expect(plans.map((p) => [p.everyWeeks, p.localTime, p.executiveIds])).toEqual([
      [3, '09:30', [ids.marta]],
      [6, '16:00', [ids.marta]]
    ])

    await page.goto(`${session.host.url}#/customers/${ids.customer}`)
    const rows = byTestId('customer-plan')
    await rows.nth(1).waitFor()
    expect(await rows.locator('[data-testid="customer-plan-rhythm"]').allTextContents()).toEqual([
      'Every 3 weeks',
      'Every 6 weeks'
    ])
  })

  it('opens a plan from the customer page', async () => {
    await page.goto(`${session.host.url}#/customers/${ids.customer}`)
    await byTestId('customer-plan-rhythm').first().click()
    const dialog = byTestId('plan-dialog')
    await dialog.waitFor()
    await expect
      .poll(() => dialog.locator('h2').first().textContent())
      .toBe('Visit plan for Ósmosis Industrial S.L.')
    await expect.poll(() => dialog.locator('input[name="everyWeeks"]').inputValue()).toBe('3')
  })
})
