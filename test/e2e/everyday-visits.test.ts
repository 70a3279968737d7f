/**
 * Issue 13 item 4 at 1366×768: a visit that has not begun cannot be completed (nor marked as
 * no-show) — the dialog says so and the store refuses; moving the start moves the end; the
 * "estimate draft created" message links to the draft and its button is not offered twice.
 */
import { DateTime } from 'luxon'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { executive, product } from '../support/fixtures'
import { expectNoSeriousA11yViolations, openSession, present, type Session } from './harness'

let session: Session
let page: Page
const ids = { customer: 0, marta: 0, future: 0, past: 0, product: 0 }
const customerName = 'Ósmosis Industrial S.L.'
let futureStart = DateTime.local()

/** Local wall clock as the datetime-local input shows it. */
const local = (dt: DateTime) => dt.toFormat("yyyy-MM-dd'T'HH:mm")

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  ids.marta = (await session.store('executives.create', { executive: executive({ name: 'Marta Núñez' }) })).id
  ids.customer = (
    await session.store('customers.create', {
      customer: { ...emptyCustomer(), name: customerName, executiveId: ids.marta }
    })
  ).id
  ids.product = (
    await session.store('products.create', { product: product({ sku: 'FIL-1', name: 'Filtro de ósmosis' }) })
  ).id
  const visit = async (start: DateTime, minutes: number, purpose: string) =>
    (
      await session.store('visits.create', {
        visit: {
          customerId: ids.customer,
          executiveIds: [ids.marta],
          startAt: present(start.toUTC().toISO()),
          endAt: present(start.plus({ minutes }).toUTC().toISO()),
          purpose,
          address: null
        },
        acceptClashes: true
      })
    ).saved.id
  // Tuesday next week (moved to Wednesday below: inside working hours), 90 minutes long; and one two days ago, still to record.
  futureStart = DateTime.local()
    .plus({ weeks: 1 })
    .set({ weekday: 2, hour: 10, minute: 0, second: 0, millisecond: 0 })
  ids.future = await visit(futureStart, 90, 'Revisión anual')
  ids.past = await visit(
    DateTime.local().minus({ days: 2 }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 }),
    60,
    'Demostración'
  )
})

afterAll(async () => {
  await session.close()
})

async function openVisit(purpose: string) {
  await session.open('/schedule/visits')
  await session.byTestId('visit-log-row').filter({ hasText: purpose }).click()
  await session.byTestId('visit-dialog').waitFor()
}

describe('visits', () => {
  it('does not offer to complete a visit that has not begun, and the store refuses it', async () => {
    await openVisit('Revisión anual')
    await session.byTestId('visit-not-started').waitFor()
    expect(await session.byTestId('visit-complete').isVisible()).toBe(false)
    expect(await session.byTestId('visit-complete-estimate').isVisible()).toBe(false)
    expect(await session.byTestId('visit-no-show').isVisible()).toBe(false)
    expect(await session.byTestId('visit-cancel').isVisible()).toBe(true)
    await expectNoSeriousA11yViolations(page)
    const refused = await session.app.api.dispatch('visits.complete', {
      id: ids.future,
      outcome: 'Done already?',
      notes: '',
      productIds: [],
      followUps: []
    })
    expect(refused.ok ? 'accepted' : refused.error.code).toBe('conflict')
    const noShow = await session.app.api.dispatch('visits.noShow', { id: ids.future, notes: '' })
    expect(noShow.ok ? 'accepted' : noShow.error.code).toBe('conflict')
    expect((await session.store('visits.get', { id: ids.future })).status).toBe('scheduled')
  })

  it('moves the end with the start, keeping the length, also to another day', async () => {
    const start = page.locator('[data-testid="visit-start"]')
    // The end is a date and a time field; each holds its ISO part behind the region's text.
    const endValue = async () => {
      const day = await page.locator('[data-testid="visit-end"]').getAttribute('data-value')
      const time = await page.locator('[data-testid="visit-end-time"]').getAttribute('data-value')
      return `${day ?? ''}T${time ?? ''}`
    }
    expect(await endValue()).toBe(local(futureStart.plus({ minutes: 90 })))
    const moved = futureStart.plus({ days: 1, hours: 2, minutes: 30 })
    // An ISO date and time pasted into the date fills both fields.
    await start.fill(local(moved))
    await expect.poll(endValue).toBe(local(moved.plus({ minutes: 90 })))
    await session.byTestId('visit-save').click()
    await expect
      .poll(async () => (await session.store('visits.get', { id: ids.future })).startAt)
      .toBe(present(moved.toUTC().toISO({ suppressMilliseconds: false })))
    const saved = await session.store('visits.get', { id: ids.future })
    expect(Date.parse(saved.endAt) - Date.parse(saved.startAt)).toBe(90 * 60_000)
    await session.byTestId('visit-dialog-close').click()
  })

  it('links the estimate draft made from a visit, and does not offer to make it twice', async () => {
    await openVisit('Demostración')
    const outcome = session.byTestId('visit-outcome-form')
    await outcome.locator('textarea[name="outcome"]').fill('Quieren filtros nuevos')
    await session.byTestId('visit-product-picker').fill('osmosis')
    await session.byTestId('visit-product-picker-option').first().click()
    await session.byTestId('visit-complete-estimate').click()
    const link = session.byTestId('banner-link')
    await link.waitFor()
    const href = present(await link.getAttribute('href'))
    const estimateId = Number(present(/#\/estimates\/(\d+)$/.exec(href))[1])
    // The message names no database id.
    expect(await session.byTestId('banner-success').textContent()).not.toContain(String(estimateId))
    const estimate = await session.store('documents.get', { id: estimateId })
    expect(estimate.type).toBe('estimate')
    expect(estimate.customerId).toBe(ids.customer)
    expect(estimate.lines.map((l) => l.productId)).toEqual([ids.product])
    await expect.poll(() => session.byTestId('visit-create-estimate').isDisabled()).toBe(true)
    expect(await session.byTestId('visit-create-request').isDisabled()).toBe(false)
    await expectNoSeriousA11yViolations(page)
    await link.click()
    await page.waitForURL(new RegExp(`#/estimates/${String(estimateId)}$`))
    await session.byTestId('document-form').waitFor()
  })
})
