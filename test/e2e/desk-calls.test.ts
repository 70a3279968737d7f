/**
 * From a call to a new customer, through the real UI at 1366x768 (issue 18): reception presses
 * Ctrl+L on the customer list and logs an unknown caller as a new prospect with a next step; the
 * Calls page shows the call in the executive's day and the next step in the agenda, and so does
 * the schedule (agenda and day view); the prospect is qualified and handed over on its page; its
 * first order (issued through the API, as the order editor does) makes it a customer, counted as
 * new in that week's figures beside the call.
 * The store agrees at each step; axe finds nothing serious on the dialog and the Calls page.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isoWeekOf } from '../../src/shared/iso-week'
import {
  expectNoSeriousA11yViolations,
  openSession,
  present,
  type Session,
  setUpCompany,
  draftInvoice
} from './harness'

let session: Session
let page: Page
let ana = 0
let productId = 0
let prospectId = 0
const byTestId = (testId: string) => page.locator(`[data-testid="${testId}"]`)
const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  ana = (
    await session.store('executives.create', {
      executive: { name: 'Ana Puig', email: '', phone: '', active: true }
    })
  ).id
  productId = (
    await session.store('products.create', {
      product: {
        sku: 'T-1',
        name: 'Tornillo',
        description: '',
        unit: 'u',
        unitPriceCents: 250,
        vatRateBp: 2100,
        active: true
      }
    })
  ).id
  await setUpCompany(session)
})

afterAll(async () => {
  await session.close()
})

describe('a call logged to a prospect’s first order', () => {
  it('Ctrl+L logs an unknown caller as a new prospect with a next step', async () => {
    await session.open('/customers')
    await page.keyboard.press('Control+l')
    await byTestId('call-dialog').waitFor()
    await byTestId('call-new-prospect').check()
    await byTestId('call-prospect-name').fill('Szőke és Társa Bt.')
    await byTestId('call-prospect-phone').fill('+36 1 234 5678')
    await byTestId('call-prospect-city').fill('Győr')
    await byTestId('call-contact-name').fill('Zsófia Szőke')
    await page.locator('#call-outcome').selectOption('interested')
    await page.locator('#call-executive').selectOption(String(ana))
    await page.locator('#call-notes').fill('Wants 200 chairs')
    await byTestId('call-next-step').fill('Send the offer')
    const tomorrow = new Date(Date.now() + 86_400_000)
    await byTestId('call-next-date').fill(localDate(tomorrow))
    await expectNoSeriousA11yViolations(page)
    await byTestId('dialog-ok').click()
    await byTestId('call-dialog').waitFor({ state: 'detached' })
    const calls = await session.store('calls.list', {
      customerId: null,
      executiveId: null,
      from: null,
      to: null,
      offset: 0,
      limit: 10
    })
    expect(calls.total).toBe(1)
    const call = calls.rows[0]
    expect(call).toMatchObject({
      customerName: 'Szőke és Társa Bt.',
      customerStatus: 'prospect',
      executiveId: ana,
      direction: 'incoming',
      outcome: 'interested',
      nextStep: 'Send the offer',
      nextStepDate: localDate(tomorrow)
    })
    prospectId = call.customerId
    expect(await session.store('prospects.get', { customerId: prospectId })).not.toBeNull()
  })

  it('the Calls page shows the call in the executive’s day and the next step in the agenda', async () => {
    await byTestId('nav-calls').click()
    await byTestId('calls-per-day').waitFor()
    const row = byTestId('calls-per-day-row').filter({ hasText: 'Ana Puig' })
    await expect.poll(() => row.locator('td').last().textContent()).toBe('–')
    // Total for the week (the second-to-last cell) is the one call.
    expect(await row.locator('td').nth(7).textContent()).toBe('1')
    await expect.poll(() => byTestId('calls-agenda-row').count()).toBe(1)
    expect(await byTestId('calls-agenda-row').textContent()).toContain('Send the offer')
    await expectNoSeriousA11yViolations(page)
  })

  it('the next step also shows in the caller’s agenda in the schedule, beside the visits', async () => {
    const tomorrow = localDate(new Date(Date.now() + 86_400_000))
    await session.open(`/schedule?view=agenda&date=${localDate(new Date())}&exec=${String(ana)}`)
    await page
      .locator('[data-testid="schedule-calendar"][data-view="agenda"][data-loading="false"]')
      .waitFor()
    const step = page.locator('.rbc-agenda-view [data-testid="schedule-event"]', {
      hasText: 'Send the offer'
    })
    await expect
      .poll(() => step.textContent())
      .toContain('Call: next step: Send the offer · Szőke és Társa Bt.')
    expect(await step.getAttribute('data-event-key')).toMatch(/^call_next_step-\d+$/)
    // On its day in the day view too.
    await session.open(`/schedule?view=day&date=${tomorrow}&exec=${String(ana)}`)
    await page.locator('[data-testid="schedule-calendar"][data-view="day"][data-loading="false"]').waitFor()
    await expect
      .poll(() => page.locator('[data-testid="schedule-event"]', { hasText: 'Send the offer' }).count())
      .toBe(1)
    await expectNoSeriousA11yViolations(page)
  })

  it('qualifies the prospect and hands it over on its page', async () => {
    await session.open(`/customers/${prospectId}`)
    await byTestId('prospect-panel').waitFor()
    await byTestId('prospect-need').fill('200 chairs')
    await byTestId('prospect-budget').fill('10 000 €')
    await byTestId('prospect-qualify').click()
    await expect
      .poll(async () => (await session.store('prospects.get', { customerId: prospectId }))?.need)
      .toBe('200 chairs')
    await byTestId('prospect-executive').selectOption(String(ana))
    await byTestId('prospect-hand-over').click()
    await expect
      .poll(async () => (await session.store('prospects.get', { customerId: prospectId }))?.handedOverTo)
      .toBe(ana)
    await expect.poll(() => byTestId('customer-call').count()).toBe(1)
  })

  it('the first order makes it a customer, counted as new in the week’s figures with the call', async () => {
    const week = isoWeekOf(new Date().toISOString().slice(0, 10))
    const before = await session.store('weekly.figures', { week })
    expect(before.team.newCustomers).toBe(0)
    const draft = await draftInvoice(
      session,
      prospectId,
      [
        {
          productId,
          description: 'Tornillo',
          unit: 'u',
          quantityMilli: 200_000,
          unitPriceCents: 250,
          vatRateBp: 2100
        }
      ],
      { type: 'order' }
    )
    await session.store('documents.issue', { id: draft.id })
    expect((await session.store('customers.get', { id: prospectId })).status).toBe('active')
    await session.open('/weekly')
    await page.locator(`[data-testid="weekly-dashboard"][data-week="${week}"]`).waitFor()
    const tr = page.locator(`[data-testid="figures-row"][data-executive-id="${String(ana)}"]`)
    await expect.poll(() => tr.locator('[data-col="newCustomers"]').textContent()).toMatch(/^1/)
    expect(present(await tr.locator('[data-col="calls"]').textContent())).toMatch(/^1/)
  })
})
