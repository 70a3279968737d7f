/**
 * Issue 13 item 8 at 1366×768: the executive page shows their 12 weeks against their targets with
 * a legend of the colour bands; the weekly figures filter by executive and a row opens their page.
 * Both say which documents the amounts leave out for want of an exchange rate.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isoWeekOf } from '../../src/shared/iso-week'
import { emptyCustomer } from '../../src/shared/schemas/customers'
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
let anaId = 0
let borisId = 0
/** An invoice in pounds, a currency with no exchange rate: the figures leave it out and say so. */
let poundsInvoice = ''
const week = isoWeekOf(new Date().toISOString().slice(0, 10))

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  await setUpCompany(session, {
    legalName: 'Prova S.L.',
    addressLine1: 'Carrer Major 1',
    postalCode: '08001',
    city: 'Barcelona',
    country: 'ES',
    taxId: 'ESB12345674'
  })
  anaId = (
    await session.store('executives.create', {
      executive: { name: 'Ana Ruiz', email: '', phone: '', active: true }
    })
  ).id
  borisId = (
    await session.store('executives.create', {
      executive: { name: 'Boris Kim', email: '', phone: '', active: true }
    })
  ).id
  const customer = await session.store('customers.create', {
    customer: { ...emptyCustomer(), name: 'Cliente Uno', executiveId: anaId }
  })
  // 400.00 this week against a week target of 200.00: 200 %, far above.
  const draft = await draftInvoice(session, customer.id, [
    { description: 'Servei', quantityMilli: 4_000, unitPriceCents: 10_000, vatRateBp: 2100 }
  ])
  await session.store('documents.issue', { id: draft.id })
  const pounds = await draftInvoice(
    session,
    customer.id,
    [{ description: 'Service', quantityMilli: 1_000, unitPriceCents: 5_000, vatRateBp: 2100 }],
    { currency: 'GBP' }
  )
  poundsInvoice = present(
    (await session.store('documents.issue', { id: pounds.id })).number,
    'the pound invoice number'
  )
  await session.store('targets.set', {
    target: { executiveId: anaId, metric: 'revenue', period: 'week', value: 20_000, validFrom: '2025-01-01' }
  })
})

afterAll(async () => {
  await session.close()
})

describe('the executive page and the weekly filter', () => {
  it('shows 12 weeks against the target, coloured by the legend’s bands', { timeout: 120_000 }, async () => {
    await session.open(`/executives/${anaId}`)
    const rows = session.byTestId('executive-week')
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(12)
    const current = page.locator(`[data-testid="executive-week"][data-week="${week}"]`)
    const revenue = current.locator('[data-col="revenue"]')
    expect(await revenue.textContent()).toContain('400.00')
    expect(await revenue.textContent()).toContain('200.00')
    expect(await revenue.getAttribute('class')).toContain('band-farAbove')
    expect(await current.locator('[data-col="percentOfTarget"]').textContent()).toContain('200')
    // The legend states each band's threshold.
    const legend = await session.byTestId('band-legend').textContent()
    for (const threshold of ['80%', '100%', '150%']) expect(legend?.replace(/\s/g, '')).toContain(threshold)
    expect(await session.byTestId('executive-customers').textContent()).toContain('1')
    // The pound invoice is left out of the amounts above, and the page says which one.
    expect(await session.byTestId('figures-unconverted').textContent()).toBe(
      `Left out for want of an exchange rate: ${poundsInvoice} (GBP).`
    )
    await expectNoSeriousA11yViolations(page)
  })

  it(
    'the weekly figures filter to one executive and a row opens their page',
    { timeout: 120_000 },
    async () => {
      await session.open(`/weekly?week=${week}`)
      const filter = session.byTestId('figures-executive-filter')
      await filter.waitFor()
      await expect.poll(() => session.byTestId('figures-row').count(), { timeout: 30_000 }).toBe(2)
      expect(await session.byTestId('figures-unconverted').textContent()).toBe(
        `Left out for want of an exchange rate: ${poundsInvoice} (GBP).`
      )
      await filter.selectOption(String(borisId))
      await expect.poll(() => session.byTestId('figures-row').count()).toBe(1)
      expect(await session.byTestId('figures-row').getAttribute('data-executive-id')).toBe(String(borisId))
      expect(page.url()).toContain(`executive=${borisId}`)
      await filter.selectOption(String(anaId))
      await expect
        .poll(() => session.byTestId('figures-row').first().getAttribute('data-executive-id'))
        .toBe(String(anaId))
      await expectNoSeriousA11yViolations(page)
      await session.byTestId('figures-row').first().locator('td').first().click()
      await page.waitForURL(new RegExp(`#/executives/${anaId}$`))
      await session.byTestId('executive-weeks').waitFor()
    }
  )
})
