/**
 * Date and time entry follows the region (issue 14), at 1366×768 with axe. With the interface in
 * Hungarian and the Hungarian region (2026. 03. 05., weeks from Monday, 24 hours), a date typed the
 * Hungarian way in the invoice editor and a date and time typed in a visit are saved, read back
 * through the API as ISO, and shown the Hungarian way after a reload; a day that does not exist is
 * refused beside its field in Hungarian. With English and the UK region the calendar starts on
 * Monday and the clock has 24 hours; with the US region it starts on Sunday, dates are month first
 * and the visit's time reads "2:30 PM", the US way, though the browser's English is en-GB (whose 12-hour
 * clock writes "pm"). Every expected text is written out here.
 */
import { DateTime } from 'luxon'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import type { RegionFormat } from '../../src/shared/region'
import { executive } from '../support/fixtures'
import { expectNoSeriousA11yViolations, openSession, present, setUpCompany, type Session } from './harness'

let session: Session
let page: Page
let zone = 'UTC'
const ids = { customer: 0, visit: 0 }
const customerName = 'Győri Papír Kft.'

const byTestId = (id: string) => session.byTestId(id)

/** Saves the region through the API and reloads the page (the app reads the region once per load). */
async function useRegion(format: RegionFormat, language: 'hu' | 'en' | 'es') {
  const current = await session.store('region.get', {})
  await session.store('region.update', {
    region: { format, paperSize: current.paperSize, timeZone: current.timeZone }
  })
  await page.evaluate((lng) => localStorage.setItem('salesdesk.language', lng), language)
  await page.reload()
  await page.locator(`html[lang="${language}"]`).waitFor()
}

const hungarian: RegionFormat = {
  dateFormat: 'YYYY. MM. DD.',
  decimalSeparator: ',',
  groupSeparator: '\u00a0',
  firstDayOfWeek: 1,
  clock: '24h'
}
const british: RegionFormat = {
  dateFormat: 'DD/MM/YYYY',
  decimalSeparator: '.',
  groupSeparator: ',',
  firstDayOfWeek: 1,
  clock: '24h'
}
const american: RegionFormat = { ...british, dateFormat: 'MM/DD/YYYY', firstDayOfWeek: 7, clock: '12h' }

/** A new invoice for the customer, with one line, ready to be saved. */
async function newInvoice() {
  await session.open('/invoices/new')
  await byTestId('document-form').waitFor()
  await byTestId('customer-picker').fill('Győri')
  await byTestId('customer-option').first().waitFor()
  await byTestId('customer-picker').press('Enter')
  await byTestId('line-add').click()
  await page.locator('#line-0-description').fill('Irodai papír')
  await page.locator('#line-0-quantity').fill('2')
  await page.locator('#line-0-price').fill('1500')
}

const invoiceCount = async () =>
  (
    await session.store('documents.list', {
      type: 'invoice',
      search: '',
      status: 'all',
      customerId: null,
      executiveId: null,
      dateFrom: null,
      dateTo: null,
      sort: { field: 'number', direction: 'desc' },
      offset: 0,
      limit: 1
    })
  ).total

async function savedInvoiceId(): Promise<number> {
  await byTestId('document-save').click()
  await page.waitForURL(/#\/invoices\/\d+$/)
  return Number(present(/\/(\d+)$/.exec(page.url()))[1])
}

async function openVisit() {
  await session.open('/schedule/visits')
  await byTestId('visit-log-row').filter({ hasText: 'Papírminták' }).click()
  await byTestId('visit-dialog').waitFor()
}

/** The first column of the calendar a date field opens (its full weekday name), then closes it. */
async function calendarStartsOn(field: string): Promise<string | null> {
  await byTestId(`${field}-calendar`).click()
  await byTestId('calendar').waitFor()
  const first = await page.locator('[data-testid="calendar"] th').first().getAttribute('abbr')
  await page.keyboard.press('Escape')
  await byTestId('calendar').waitFor({ state: 'detached' })
  return first
}

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
  await setUpCompany(session)
  const executiveId = (
    await session.store('executives.create', { executive: executive({ name: 'Kovács Anna' }) })
  ).id
  ids.customer = (
    await session.store('customers.create', {
      customer: { ...emptyCustomer(), name: customerName, executiveId }
    })
  ).id
  const start = DateTime.fromISO('2030-03-05T10:00', { zone })
  ids.visit = (
    await session.store('visits.create', {
      visit: {
        customerId: ids.customer,
        executiveIds: [executiveId],
        startAt: present(start.toUTC().toISO()),
        endAt: present(start.plus({ hours: 1 }).toUTC().toISO()),
        purpose: 'Papírminták',
        address: null
      },
      acceptClashes: true
    })
  ).saved.id
})

afterAll(async () => {
  await session.close()
})

describe('date and time entry by region, at 1366×768', () => {
  it('Hungarian: an invoice date typed 2026. 3. 5. is saved as 2026-03-05 and shown 2026. 03. 05.', async () => {
    await useRegion(hungarian, 'hu')
    await newInvoice()
    const issueDate = byTestId('document-issue-date')
    expect(await issueDate.getAttribute('placeholder')).toBe('éééé. hh. nn.')

    // A day that does not exist is refused beside the field, in Hungarian, once the field is left.
    await issueDate.fill('2026. 02. 31.')
    await issueDate.press('Tab')
    await expect.poll(() => byTestId('error-issueDate').textContent()).toBe('2026. 02. 31. nem létező nap.')
    expect(await issueDate.getAttribute('aria-invalid')).toBe('true')
    await expectNoSeriousA11yViolations(page)
    // Saving is held while the text is no date: nothing is written, the field takes the focus.
    await byTestId('document-save').click()
    await expect
      .poll(() => page.evaluate<string | null>('document.activeElement?.getAttribute("data-testid") ?? null'))
      .toBe('document-issue-date')
    expect(page.url()).toMatch(/#\/invoices\/new$/)
    expect(await invoiceCount()).toBe(0)

    await issueDate.fill('2026. 3. 5.')
    await issueDate.press('Tab')
    await expect.poll(() => issueDate.inputValue()).toBe('2026. 03. 05.')
    expect(await byTestId('error-issueDate').count()).toBe(0)
    const id = await savedInvoiceId()
    await expect.poll(async () => (await session.store('documents.get', { id })).issueDate).toBe('2026-03-05')

    await page.reload()
    await byTestId('document-form').waitFor()
    await expect.poll(() => byTestId('document-issue-date').inputValue()).toBe('2026. 03. 05.')

    // The calendar starts on Monday (hétfő); the keyboard moves a day on and Enter picks 6 March.
    await byTestId('document-issue-date-calendar').click()
    await byTestId('calendar').waitFor()
    expect(await page.locator('[data-testid="calendar"] th').first().getAttribute('abbr')).toBe('hétfő')
    await expect
      .poll(() => page.evaluate<string | null>('document.activeElement?.getAttribute("data-day") ?? null'))
      .toBe('2026-03-05')
    await expectNoSeriousA11yViolations(page)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    await byTestId('calendar').waitFor({ state: 'detached' })
    await expect.poll(() => byTestId('document-issue-date').inputValue()).toBe('2026. 03. 06.')
    await savedInvoiceId()
    await expect.poll(async () => (await session.store('documents.get', { id })).issueDate).toBe('2026-03-06')
  })

  it('Hungarian: a visit moved to 2030. 03. 06. 14:30 is stored at that local time and shown so', async () => {
    await openVisit()
    const start = byTestId('visit-start')
    const startTime = byTestId('visit-start-time')
    await expect.poll(() => start.inputValue()).toBe('2030. 03. 05.')
    // The calendar opens inside the visit's dialog; Escape closes the calendar, not the dialog.
    expect(await calendarStartsOn('visit-start')).toBe('hétfő')
    expect(await byTestId('visit-dialog').isVisible()).toBe(true)
    expect(await startTime.inputValue()).toBe('10:00')
    await start.fill('2030. 3. 6.')
    await startTime.fill('14.30')
    await startTime.press('Tab')
    await expect.poll(() => startTime.inputValue()).toBe('14:30')
    // The end moved with the start, keeping the hour.
    await expect.poll(() => byTestId('visit-end').inputValue()).toBe('2030. 03. 06.')
    await expect.poll(() => byTestId('visit-end-time').inputValue()).toBe('15:30')
    await expectNoSeriousA11yViolations(page)
    await byTestId('visit-save').click()
    const expected = present(DateTime.fromISO('2030-03-06T14:30', { zone }).toUTC().toISO())
    await expect
      .poll(async () => Date.parse((await session.store('visits.get', { id: ids.visit })).startAt))
      .toBe(Date.parse(expected))
    const saved = await session.store('visits.get', { id: ids.visit })
    expect(Date.parse(saved.endAt) - Date.parse(saved.startAt)).toBe(60 * 60_000)

    await page.reload()
    await openVisit()
    await expect.poll(() => byTestId('visit-start').inputValue()).toBe('2030. 03. 06.')
    expect(await byTestId('visit-start-time').inputValue()).toBe('14:30')
  })

  it('English (UK): the calendar starts on Monday, dates are day first, the clock has 24 hours', async () => {
    await useRegion(british, 'en')
    await newInvoice()
    expect(await calendarStartsOn('document-issue-date')).toBe('Monday')
    const issueDate = byTestId('document-issue-date')
    await issueDate.fill('4/12/26')
    await issueDate.press('Tab')
    await expect.poll(() => issueDate.inputValue()).toBe('04/12/2026')
    const id = await savedInvoiceId()
    await expect.poll(async () => (await session.store('documents.get', { id })).issueDate).toBe('2026-12-04')
    await openVisit()
    await expect.poll(() => byTestId('visit-start').inputValue()).toBe('06/03/2030')
    expect(await byTestId('visit-start-time').inputValue()).toBe('14:30')
    await expectNoSeriousA11yViolations(page)
  })

  it('the week picker writes the week the region’s way, in the language’s words, and reads what is typed', async () => {
    // ISO week 49 of 2026: Monday 30 November to Sunday 6 December.
    const title = byTestId('week-input')
    const weekInAddress = () => new URL(page.url().replace('#', '')).searchParams.get('week')
    await useRegion({ ...british, dateFormat: 'medium' }, 'en')
    await session.open('/weekly?week=2026-W49')
    await expect.poll(() => title.inputValue()).toBe('W49 · 30 Nov – 6 Dec 2026')
    await expectNoSeriousA11yViolations(page)
    await useRegion(british, 'en')
    await expect.poll(() => title.inputValue()).toBe('W49 · 30/11/2026 – 06/12/2026')

    await useRegion({ ...british, decimalSeparator: ',', groupSeparator: '.', dateFormat: 'medium' }, 'es')
    await expect.poll(() => title.inputValue()).toBe('S49 · 30 nov – 6 dic 2026')
    // A week number, taken on Enter; then a day of the week typed the Spanish way (day first).
    await title.fill('50')
    await title.press('Enter')
    await expect.poll(weekInAddress).toBe('2026-W50')
    await expect.poll(() => title.inputValue()).toBe('S50 · 7 – 13 dic 2026')
    await title.fill('1/1/27')
    await title.press('Enter')
    await expect.poll(weekInAddress).toBe('2026-W53')
    await expect.poll(() => title.inputValue()).toBe('S53 · 28 dic 2026 – 3 ene 2027')
    // Something that is no week is refused beside the field, in Spanish; the week stays.
    await title.fill('la próxima')
    await title.press('Enter')
    await expect
      .poll(() => page.locator('#weekly-week-problem').textContent())
      .toBe(
        'Escriba un número de semana como 53, una semana como 2026-W53 o uno de sus días como 24/12/2026.'
      )
    expect(weekInAddress()).toBe('2026-W53')
    await expectNoSeriousA11yViolations(page)
    // The calendar: weeks from Monday (lunes), a day picked gives its week.
    await title.fill('2026-W49')
    await title.press('Enter')
    await expect.poll(weekInAddress).toBe('2026-W49')
    await byTestId('week-input-calendar').click()
    await byTestId('calendar').waitFor()
    expect(await page.locator('[data-testid="calendar"] th').first().getAttribute('abbr')).toBe('lunes')
    await page.locator('[data-testid="calendar"] [data-day="2026-11-25"]').click()
    await expect.poll(weekInAddress).toBe('2026-W48')
    await expect.poll(() => title.inputValue()).toBe('S48 · 23 – 29 nov 2026')
  })

  it('the card expiry is typed as the card prints it and shown in the region’s order', async () => {
    await useRegion(hungarian, 'hu')
    await session.open(`/customers/${String(ids.customer)}`)
    await byTestId('customer-payment-method').selectOption('card')
    const expiry = byTestId('customer-card-expiry')
    expect(await expiry.getAttribute('placeholder')).toBe('éééé. hh.')
    await byTestId('customer-card-brand').selectOption('visa')
    await byTestId('customer-card-last4').fill('4242')
    await expiry.fill('13/27')
    await expiry.press('Tab')
    await expect
      .poll(() => byTestId('error-paymentSetup.cardExpiry').textContent())
      .toBe('Így írja be a hónapot: 2026. 12.')
    await expiry.fill('09/27')
    await expiry.press('Tab')
    await expect.poll(() => expiry.inputValue()).toBe('2027. 09.')
    // The month grid names the months in Hungarian; picking október keeps the year.
    await byTestId('customer-card-expiry-calendar').click()
    await byTestId('month-grid').waitFor()
    await expectNoSeriousA11yViolations(page)
    await page.locator('[data-testid="month-grid"] [data-month="10"]').click()
    await expect.poll(() => expiry.inputValue()).toBe('2027. 10.')
    await byTestId('customer-save').click()
    await expect
      .poll(async () => (await session.store('customers.get', { id: ids.customer })).paymentSetup.cardExpiry)
      .toBe('2027-10')
    await page.reload()
    await expect.poll(() => byTestId('customer-card-expiry').inputValue()).toBe('2027. 10.')
    await useRegion(british, 'en')
    await expect.poll(() => byTestId('customer-card-expiry').inputValue()).toBe('10/2027')
  })

  it('English (US): the calendar starts on Sunday, dates are month first, the clock has 12 hours', async () => {
    await useRegion(american, 'en')
    await newInvoice()
    expect(await calendarStartsOn('document-issue-date')).toBe('Sunday')
    const issueDate = byTestId('document-issue-date')
    await issueDate.fill('4/12/26')
    await issueDate.press('Tab')
    await expect.poll(() => issueDate.inputValue()).toBe('04/12/2026')
    const id = await savedInvoiceId()
    await expect.poll(async () => (await session.store('documents.get', { id })).issueDate).toBe('2026-04-12')

    await openVisit()
    const startTime = byTestId('visit-start-time')
    await expect.poll(() => byTestId('visit-start').inputValue()).toBe('03/06/2030')
    expect(await startTime.inputValue()).toBe('2:30 PM')
    // Typed on the 12-hour clock: a quarter to four in the afternoon (inside working hours).
    await startTime.fill('3:45 pm')
    await startTime.press('Tab')
    await expect.poll(() => startTime.inputValue()).toBe('3:45 PM')
    await expectNoSeriousA11yViolations(page)
    await byTestId('visit-save').click()
    const expected = present(DateTime.fromISO('2030-03-06T15:45', { zone }).toUTC().toISO())
    await expect
      .poll(async () => Date.parse((await session.store('visits.get', { id: ids.visit })).startAt))
      .toBe(Date.parse(expected))
  })
})
