/**
 * From a call to a new customer, through the real UI at 1366x768 (issue 18): reception presses
 * Ctrl+L on the customer list and logs an unknown caller as a new prospect with a next step; the
 * Calls page shows the call in the executive's day and the next step in the agenda, and so does
 * the schedule (agenda and day view); the prospect is qualified and handed over on its page; its
 * first order (issued through the API, as the order editor does) makes it a customer, counted as
 * new in that week's figures beside the call.
 * The store agrees at each step; axe finds nothing serious on the dialog and the Calls page.
 * Each test after the first logs its own call through the API (as the dialog logs the first one),
 * taken by an executive of its own, so each runs alone.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generalErrorMessages } from '../../src/shared/error-messages/general'
import { schemaErrorMessages } from '../../src/shared/error-messages/schemas'
import { addIsoWeeks, isoWeekOf } from '../../src/shared/iso-week'
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
const byTestId = (testId: string) => page.locator(`[data-testid="${testId}"]`)
const callsOfAll = { customerId: null, executiveId: null, from: null, to: null, offset: 0, limit: 10 }
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

/**
 * What the first test logs through the dialog, through the API: an unknown caller, now the prospect
 * `name`, interested, with the next step 'Send the offer' tomorrow; taken by a new executive
 * `executiveName`, so that executive's counts are this call's alone.
 */
async function loggedCall(
  executiveName: string,
  name: string
): Promise<{ executiveId: number; prospectId: number }> {
  const executiveId = (
    await session.store('executives.create', {
      executive: { name: executiveName, email: '', phone: '', active: true }
    })
  ).id
  const call = await session.store('calls.log', {
    call: {
      customerId: null,
      newProspect: { name, phone: '+36 1 234 5678', email: '', city: 'Győr', source: '' },
      executiveId,
      direction: 'incoming',
      contactName: 'Zsófia Szőke',
      outcome: 'interested',
      notes: 'Wants 200 chairs',
      nextStep: 'Send the offer',
      nextStepDate: localDate(new Date(Date.now() + 86_400_000))
    }
  })
  return { executiveId, prospectId: call.customerId }
}

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
    expect(await session.store('prospects.get', { customerId: call.customerId })).not.toBeNull()
  })

  it('the Calls page shows the call in the executive’s day and the next step in the agenda', async () => {
    await loggedCall('Bea Kis', 'Kovács és Fia Kft.')
    // The agenda lists every executive's next steps of the coming two weeks, as the store does.
    const today = localDate(new Date())
    const steps = await session.store('calls.nextSteps', {
      executiveId: null,
      from: today,
      to: localDate(new Date(Date.now() + 14 * 86_400_000))
    })
    await session.open('/customers')
    await byTestId('nav-calls').click()
    await byTestId('calls-per-day').waitFor()
    const row = byTestId('calls-per-day-row').filter({ hasText: 'Bea Kis' })
    await expect.poll(() => row.locator('td').last().textContent()).toBe('–')
    // Total for the week (the second-to-last cell) is the one call.
    expect(await row.locator('td').nth(7).textContent()).toBe('1')
    await expect.poll(() => byTestId('calls-agenda-row').count()).toBe(steps.length)
    expect(
      await byTestId('calls-agenda-row').filter({ hasText: 'Kovács és Fia Kft.' }).textContent()
    ).toContain('Send the offer')
    await expectNoSeriousA11yViolations(page)
  })

  it('the Calls page browses weeks: a step back shows last week’s call, “This week” comes back', async () => {
    const executiveId = (
      await session.store('executives.create', {
        executive: { name: 'Cai Week', email: '', phone: '', active: true }
      })
    ).id
    const customerId = (
      await session.store('calls.log', {
        call: {
          customerId: null,
          newProspect: { name: 'Setmana Anterior SL', phone: '', email: '', city: 'Vic', source: '' },
          executiveId,
          at: new Date(Date.now() - 7 * 86_400_000).toISOString(),
          direction: 'outgoing',
          outcome: 'no_answer'
        }
      })
    ).customerId
    expect(customerId).toBeGreaterThan(0)
    // From another page, as a user comes to it (the previous test left the Calls page open).
    await session.open('/customers')
    await byTestId('nav-calls').click()
    const weekField = byTestId('calls-week-input')
    await weekField.waitFor()
    const thisWeek = await weekField.getAttribute('data-value')
    if (thisWeek === null) throw new Error('the week field has no value')
    const row = byTestId('calls-per-day-row').filter({ hasText: 'Cai Week' })
    // The week's total (the second-to-last cell): nothing this week, the one call the week before.
    await expect.poll(() => row.locator('td').nth(7).textContent()).toBe('0')
    await byTestId('calls-week-previous').click()
    await expect.poll(() => weekField.getAttribute('data-value')).toBe(addIsoWeeks(thisWeek, -1))
    await expect.poll(() => row.locator('td').nth(7).textContent()).toBe('1')
    await byTestId('calls-week-next').click()
    await expect.poll(() => row.locator('td').nth(7).textContent()).toBe('0')
    // A week typed in the field, then “This week”.
    await weekField.fill(addIsoWeeks(thisWeek, -1))
    await weekField.press('Enter')
    await expect.poll(() => row.locator('td').nth(7).textContent()).toBe('1')
    await page.getByRole('button', { name: 'This week' }).click()
    await expect.poll(() => weekField.getAttribute('data-value')).toBe(thisWeek)
    await expect.poll(() => row.locator('td').nth(7).textContent()).toBe('0')
    await expectNoSeriousA11yViolations(page)
  })

  it('the next step also shows in the caller’s agenda in the schedule, beside the visits', async () => {
    const { executiveId: ana } = await loggedCall('Ana Vidal', 'Szőke és Társa Bt.')
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
    const { prospectId } = await loggedCall('Cecília Tóth', 'Nagy Bútor Kft.')
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
    // Qualified and handed over to the executive who took the call (as the test before does on screen).
    const { executiveId: ana, prospectId } = await loggedCall('Dóra Fehér', 'Fehér Asztalos Bt.')
    await session.store('prospects.handOver', { customerId: prospectId, executiveId: ana })
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

  it('a refused call stays in the dialog with the reason, and OK works again', async () => {
    const logged = async () => (await session.store('calls.list', callsOfAll)).total
    const before = await logged()
    await session.open('/customers')
    await page.keyboard.press('Control+l')
    await byTestId('call-dialog').waitFor()
    // Neither a customer chosen nor a new prospect: the store refuses the call as a form to correct,
    // and the dialog marks the field it names (the customer) with the store's own reason.
    await byTestId('call-contact-name').fill('Someone')
    await byTestId('dialog-ok').click()
    await byTestId('call-error').waitFor()
    expect(await byTestId('call-error').textContent()).toBe(generalErrorMessages.correctMarkedFields)
    const customerProblem = page.locator('#call-customer-picker-error')
    expect(await customerProblem.textContent()).toBe(schemaErrorMessages.chooseCustomerOrProspect)
    expect(await byTestId('call-customer-picker').getAttribute('aria-invalid')).toBe('true')
    expect(await byTestId('call-dialog').count()).toBe(1)
    await expect.poll(() => byTestId('dialog-ok').isEnabled()).toBe(true)
    expect(await byTestId('call-contact-name').inputValue()).toBe('Someone')
    expect(await logged()).toBe(before)
    await page.keyboard.press('Escape')
    await byTestId('call-dialog').waitFor({ state: 'detached' })
  })
})
