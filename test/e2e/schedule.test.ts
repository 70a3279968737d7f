/**
 * The schedule through the real UI in Chromium against the real store: schedule a visit and
 * get the clash warning (the executive is already booked), move it with a real mouse drag in
 * the week view (a drag outside working hours is flagged and can be cancelled), resize it,
 * complete it with an outcome that creates an estimate draft with the products discussed.
 * Then: one executive's agenda, the day sheet / visit log / .ics downloads read back, a team
 * meeting, request draft, no-show and cancellation, the visit log's "to record" list, and a
 * visit plan. Every step is checked in the store behind the web host.
 */
import { pdfText } from '../support/pdf-text'
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import ICAL from 'ical.js'
import { DateTime } from 'luxon'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { emptyProduct } from '../../src/shared/schemas/products'
import { openSession, type Session, present } from './harness'

let session: Session
let page: Page
let zone = 'UTC'

// The harness's store (a refusal fails the test, naming the fields) under a short name.
const store: Session['store'] = (method, input) => session.store(method, input)

const byTestId = (id: string) => session.byTestId(id)

/** A wall-clock time in the browser's zone as the store's UTC instant. */
const at = (local: string) => present(DateTime.fromISO(local, { zone }).toUTC().toISO())
const byNumber = (a: number, b: number) => a - b
const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b)

const ids = { marta: 0, jordi: 0, customer: 0, other: 0, drill: 0, saw: 0, visit: 0 }

beforeAll(async () => {
  session = await openSession()
  page = session.page
  zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
  await store('schedule.setWorkingHours', {
    workingHours: { timeZone: zone, start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] }
  })
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
  const billing = {
    line1: 'Carrer de la Ferreria 12',
    line2: '',
    postalCode: '08001',
    city: 'Barcelona',
    region: '',
    country: 'ES'
  }
  ids.customer = (
    await store('customers.create', {
      customer: { ...emptyCustomer(), name: 'Ósmosis Industrial S.L.', billingAddress: billing }
    })
  ).id
  ids.other = (
    await store('customers.create', { customer: { ...emptyCustomer(), name: 'Cal Pep Suministros' } })
  ).id
  ids.drill = (
    await store('products.create', {
      product: { ...emptyProduct(), sku: 'DRL-100', name: 'Taladro percutor 800 W', unitPriceCents: 8950 }
    })
  ).id
  ids.saw = (
    await store('products.create', {
      product: { ...emptyProduct(), sku: 'SAW-200', name: 'Sierra circular 1200 W', unitPriceCents: 12900 }
    })
  ).id
  // Marta is already out on Tuesday 3 March 2026 at 10:00–11:00.
  await store('visits.create', {
    visit: {
      customerId: ids.other,
      executiveIds: [ids.marta],
      startAt: at('2026-03-03T10:00'),
      endAt: at('2026-03-03T11:00'),
      purpose: 'Stock check',
      address: null
    }
  })
  // Let the app take its token from the first address before going anywhere else.
  await page.locator('[data-testid="database-path"]').waitFor()
  // The page was opened before the executives existed: reload so the pickers know them.
  await page.goto(`${session.host.url}#/schedule?view=week&date=2026-03-03`)
  await page.reload()
})

afterAll(async () => {
  await session.close()
})

describe('the schedule, end to end', () => {
  it('schedules a visit from the UI and warns that the executive is already booked', async () => {
    await byTestId('schedule-calendar').waitFor()
    await page.locator('[data-testid="schedule-calendar"][data-loading="false"]').waitFor()
    await expect.poll(() => page.locator('[data-testid="schedule-event"]').count()).toBe(1)

    await byTestId('schedule-new-visit').click()
    await byTestId('visit-dialog').waitFor()
    await byTestId('visit-customer-picker').fill('osmosis')
    await byTestId('visit-customer-picker-option').first().click()
    await expect.poll(() => byTestId('visit-customer').textContent()).toBe('Ósmosis Industrial S.L.')
    // The address comes from the customer and stays editable.
    await expect.poll(() => page.locator('[data-testid="visit-address-city"]').inputValue()).toBe('Barcelona')
    await byTestId('visit-address-line1').fill('Carrer de la Ferreria 12, nave 3')
    await byTestId('visit-start').fill('2026-03-03T10:30')
    await byTestId('visit-end').fill('2026-03-03T11:30')
    await byTestId(`visit-executive-${ids.marta}`).check()
    await byTestId('visit-purpose').fill('Present the new drills')
    await byTestId('visit-save').click()

    // The clash check runs before saving: Marta is booked twice.
    const warning = byTestId('confirm-dialog')
    await warning.waitFor()
    const text = (await warning.textContent()) ?? ''
    expect(text).toContain('Marta Núñez is already booked')
    expect(text).toContain('Cal Pep Suministros')
    // Nothing is written while the question is open.
    expect((await store('visits.list', visitQuery(ids.customer))).total).toBe(0)
    await byTestId('confirm-ok').click()
    await byTestId('visit-dialog').waitFor({ state: 'detached' })

    const { rows } = await store('visits.list', visitQuery(ids.customer))
    expect(rows).toHaveLength(1)
    ids.visit = rows[0].id
    const visit = await store('visits.get', { id: ids.visit })
    expect(sameInstant(visit.startAt, at('2026-03-03T10:30'))).toBe(true)
    expect(sameInstant(visit.endAt, at('2026-03-03T11:30'))).toBe(true)
    expect(visit.executiveIds).toEqual([ids.marta])
    expect(visit.address.line1).toBe('Carrer de la Ferreria 12, nave 3')
    expect(visit.address.city).toBe('Barcelona')
    expect(visit.purpose).toBe('Present the new drills')

    // On screen: the new visit, flagged as a double booking and as waiting for its outcome (it is in the past).
    // The calendar reloads its range after the save: wait for the reloaded event's flags.
    const event = eventBox(ids.visit)
    await event.waitFor()
    await expect.poll(async () => (await event.getAttribute('class')) ?? '').toMatch(/ev-clash/)
    await expect.poll(async () => (await event.getAttribute('class')) ?? '').toMatch(/ev-to-record/)
  })

  /**
   * Waits until the calendar has loaded its range and the visit's box stays where it is
   * (no reload or banner still moving the layout), and returns that box: a drag measured on a
   * layout that then moves lands in the wrong slot.
   */
  async function settledBox(): Promise<{ x: number; y: number; width: number; height: number }> {
    await page.locator('[data-testid="schedule-calendar"][data-loading="false"]').waitFor()
    const seen: { box: { x: number; y: number; width: number; height: number } | null; last: string } = {
      box: null,
      last: ''
    }
    await expect
      .poll(async () => {
        seen.box = await eventBox(ids.visit).boundingBox()
        const now = JSON.stringify(seen.box)
        const same = seen.box !== null && now === seen.last
        seen.last = now
        return same
      })
      .toBe(true)
    return present(seen.box)
  }

  /** Drags the visit with the real mouse by whole days (columns) and hours. */
  async function dragVisit(days: number, hours: number) {
    const box = await settledBox()
    const hourHeight = present(
      await page
        .locator('.rbc-time-content .rbc-day-slot')
        .first()
        .locator('.rbc-timeslot-group')
        .first()
        .boundingBox()
    ).height
    const columns = page.locator('.rbc-time-content .rbc-day-slot')
    const columnWidth =
      present(await columns.nth(2).boundingBox()).x - present(await columns.nth(1).boundingBox()).x
    const grab = { x: box.x + box.width / 2, y: box.y + Math.min(12, box.height / 3) }
    const drop = { x: grab.x + days * columnWidth, y: grab.y + hours * hourHeight }
    await page.mouse.move(grab.x, grab.y)
    await page.mouse.down()
    await page.mouse.move(grab.x + 5, grab.y + 5, { steps: 3 })
    await page.mouse.move(drop.x, drop.y, { steps: 12 })
    await page.mouse.up()
  }

  it('warns before a drag lands outside working hours, and cancelling keeps the visit where it was', async () => {
    // Tuesday -> Saturday: not a working day.
    await dragVisit(4, 0)
    const warning = byTestId('confirm-dialog')
    await warning.waitFor()
    // Said once, with the hours and days in the reader's words (no English sentence inside a translated one).
    const said = (await warning.textContent()) ?? ''
    expect(said.match(/Outside working hours/g)).toHaveLength(1)
    expect(said).toMatch(/Outside working hours \(\d\d:\d\d–\d\d:\d\d, Mon, /)
    await byTestId('confirm-cancel').click()
    await warning.waitFor({ state: 'detached' })
    const visit = await store('visits.get', { id: ids.visit })
    expect(sameInstant(visit.startAt, at('2026-03-03T10:30'))).toBe(true)
    expect(sameInstant(visit.endAt, at('2026-03-03T11:30'))).toBe(true)
    // Back in its Tuesday column.
    const tuesday = present(await page.locator('.rbc-time-content .rbc-day-slot').nth(1).boundingBox())
    await expect
      .poll(async () => present(await eventBox(ids.visit).boundingBox()).x)
      .toBeGreaterThanOrEqual(tuesday.x)
    await expect
      .poll(async () => present(await eventBox(ids.visit).boundingBox()).x)
      .toBeLessThan(tuesday.x + tuesday.width)
  })

  it('moves the visit by dragging it one day later and one hour later in the week view', async () => {
    await dragVisit(1, 1)

    // Wednesday 11:30–12:30 is free and within working hours: saved without a question.
    await expect
      .poll(async () => {
        const v = await store('visits.get', { id: ids.visit })
        return [Date.parse(v.startAt), Date.parse(v.endAt)]
      })
      .toEqual([Date.parse(at('2026-03-04T11:30')), Date.parse(at('2026-03-04T12:30'))])
    expect(await byTestId('confirm-dialog').count()).toBe(0)
    await page.locator('[data-testid="banner-success"]').filter({ hasText: 'moved' }).waitFor()
    // No longer double-booked once the range reloads.
    await expect
      .poll(async () => (await eventBox(ids.visit).getAttribute('class')) ?? '')
      .not.toMatch(/ev-clash/)
  })

  it('makes the visit an hour longer by dragging its lower edge', async () => {
    const event = eventBox(ids.visit)
    await settledBox()
    await event.hover()
    const edge = present(await event.locator('.rbc-addons-dnd-resize-ns-anchor').last().boundingBox())
    const hourHeight = present(
      await page.locator('.rbc-time-content .rbc-timeslot-group').first().boundingBox()
    ).height
    const grab = { x: edge.x + edge.width / 2, y: edge.y + edge.height / 2 }
    await page.mouse.move(grab.x, grab.y)
    await page.mouse.down()
    await page.mouse.move(grab.x, grab.y + 5, { steps: 2 })
    // The new end is the start of the half-hour slot under the pointer: aim into the middle of 13:30–14:00.
    await page.mouse.move(grab.x, grab.y + hourHeight * 1.375, { steps: 10 })
    await page.mouse.up()
    await expect
      .poll(async () => {
        const v = await store('visits.get', { id: ids.visit })
        return [Date.parse(v.startAt), Date.parse(v.endAt)]
      })
      .toEqual([Date.parse(at('2026-03-04T11:30')), Date.parse(at('2026-03-04T13:30'))])
  })

  it('completes the visit with an outcome that creates an estimate draft with the products discussed', async () => {
    await eventBox(ids.visit).click()
    await byTestId('visit-dialog').waitFor()
    await expect.poll(() => byTestId('visit-status').textContent()).toBe('To record')
    const outcome = byTestId('visit-outcome-form')
    await outcome
      .locator('textarea[name="outcome"]')
      .fill('Interested in 20 drills and a saw for the workshop')
    await outcome.locator('textarea[name="notes"]').fill('Call back after Easter')
    for (const search of ['taladro', 'SAW-200']) {
      await byTestId('visit-product-picker').fill(search)
      await byTestId('visit-product-picker-option').first().click()
    }
    await expect.poll(() => byTestId('visit-product-chip').count()).toBe(2)
    await byTestId('visit-add-follow-up').click()
    await byTestId('visit-follow-up-text').fill('Send the price list')
    await byTestId('visit-complete-estimate').click()

    // The message links to the draft (issue 13: it showed the store's id and no link).
    const link = byTestId('banner-link')
    await link.waitFor()
    const estimateId = Number(/#\/estimates\/(\d+)$/.exec((await link.getAttribute('href')) ?? '')?.[1])
    expect(estimateId).toBeGreaterThan(0)

    const visit = await store('visits.get', { id: ids.visit })
    expect(visit.status).toBe('completed')
    expect(visit.outcome).toBe('Interested in 20 drills and a saw for the workshop')
    expect(visit.notes).toBe('Call back after Easter')
    expect([...visit.productIds].sort(byNumber)).toEqual([ids.drill, ids.saw].sort(byNumber))
    expect(visit.followUps).toEqual([{ text: 'Send the price list', dueDate: null }])

    const estimate = await store('documents.get', { id: estimateId })
    expect(estimate.type).toBe('estimate')
    expect(estimate.status).toBe('draft')
    expect(estimate.customerId).toBe(ids.customer)
    expect(estimate.lines.map((l) => l.productId ?? 0).sort(byNumber)).toEqual(
      [ids.drill, ids.saw].sort(byNumber)
    )
    expect(estimate.lines.map((l) => l.unitPriceCents).sort(byNumber)).toEqual([8950, 12900])

    // The dialog now shows the result; closing it shows the visit as completed in the calendar.
    await expect
      .poll(() => byTestId('visit-outcome').textContent())
      .toBe('Interested in 20 drills and a saw for the workshop')
    await byTestId('visit-dialog-close').click()
    await expect
      .poll(async () => (await eventBox(ids.visit).getAttribute('class')) ?? '')
      .toMatch(/ev-status-completed/)
  })

  it("shows one executive's agenda and exports the day sheet, the visit log and the .ics from the screen", async () => {
    await byTestId('schedule-executive').selectOption({ label: 'Jordi Puig' })
    await page.locator('[data-testid="schedule-count"]', { hasText: /^0 visits and meetings$/ }).waitFor()
    expect(await byTestId('export-day-sheet').isEnabled()).toBe(true)
    await byTestId('schedule-executive').selectOption({ label: 'Marta Núñez' })
    await page.getByRole('button', { name: 'Agenda' }).click()
    await page.locator('[data-testid="schedule-calendar"][data-view="agenda"]').waitFor()
    await page
      .locator('.rbc-agenda-view [data-testid="schedule-event"]', { hasText: 'Ósmosis Industrial S.L.' })
      .waitFor()
    await expect.poll(() => page.locator('.rbc-agenda-view [data-testid="schedule-event"]').count()).toBe(2)

    // The day sheet of Wednesday 4 March: the visit moved there, with its address.
    await page.goto(`${session.host.url}#/schedule?view=day&date=2026-03-04&exec=${ids.marta}`)
    await page.locator('[data-testid="schedule-calendar"][data-view="day"][data-loading="false"]').waitFor()
    const sheet = await downloadOf('export-day-sheet')
    const text = pdfText(sheet, { squeeze: 'spaces' })
    expect(text).toContain('Marta Núñez')
    expect(text).toContain('Ósmosis Industrial S.L.')
    expect(text).toContain('Carrer de la Ferreria 12, nave 3')
    expect(text).not.toContain('Cal Pep Suministros')

    // The visit log of the day, read back with exceljs.
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(await downloadOf('export-visit-log'))
    const cells = workbook.worksheets[0]
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row.map(String) : []))
    expect(cells).toContain('Ósmosis Industrial S.L.')
    expect(cells).not.toContain('Cal Pep Suministros')

    // Marta's calendar file for the day, parsed by an independent iCalendar parser.
    const jcal: unknown = ICAL.parse(readFileSync(await downloadOf('export-ics'), 'utf8'))
    const calendar = new ICAL.Component(jcal as unknown[])
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events).toHaveLength(1)
    expect(events[0].summary).toContain('Ósmosis Industrial S.L.')
    expect(events[0].startDate.toJSDate().getTime()).toBe(Date.parse(at('2026-03-04T11:30')))
  })

  it('organises a team meeting from the meetings page', async () => {
    await page.goto(`${session.host.url}#/meetings?view=week&date=2026-03-04`)
    await byTestId('meetings-page').waitFor()
    await byTestId('schedule-new-meeting').click()
    await byTestId('meeting-dialog').waitFor()
    await byTestId('meeting-title').fill('Reunión semanal de ventas')
    // Escape with something typed asks first; staying keeps what was typed.
    await page.keyboard.press('Escape')
    await page.locator('[data-testid="confirm-dialog"]', { hasText: 'Leave without saving?' }).waitFor()
    await byTestId('confirm-cancel').click()
    expect(await byTestId('meeting-title').inputValue()).toBe('Reunión semanal de ventas')
    await byTestId('meeting-start').fill('2026-03-06T09:00')
    await byTestId('meeting-end').fill('2026-03-06T10:00')
    await byTestId(`meeting-attendee-${ids.marta}`).check()
    await byTestId(`meeting-attendee-${ids.jordi}`).check()
    await byTestId('meeting-save').click()
    await byTestId('meeting-dialog').waitFor({ state: 'detached' })
    await page.locator('[data-testid="schedule-event"]', { hasText: 'Reunión semanal de ventas' }).waitFor()
    // The meetings page shows meetings only.
    await expect.poll(() => page.locator('[data-testid="schedule-event"]').count()).toBe(1)
    const range = await store('schedule.range', {
      from: at('2026-03-06T00:00'),
      to: at('2026-03-07T00:00'),
      executiveIds: [ids.jordi]
    })
    const meeting = present(range.events.find((e) => e.type === 'meeting'))
    expect(meeting.title).toBe('Reunión semanal de ventas')
    expect(meeting.executives.map((e) => e.id).sort(byNumber)).toEqual([ids.marta, ids.jordi].sort(byNumber))
    expect(sameInstant(meeting.startAt, at('2026-03-06T09:00'))).toBe(true)
  })

  it('creates a customer request draft from the completed visit, records a no-show and a cancellation', async () => {
    await page.goto(`${session.host.url}#/schedule?view=week&date=2026-03-04`)
    await eventBox(ids.visit).click()
    await byTestId('visit-create-request').click()
    const link = page.locator('[data-testid="banner-link"][href*="/requests/"]')
    await link.waitFor()
    const requestId = Number(/#\/requests\/(\d+)$/.exec((await link.getAttribute('href')) ?? '')?.[1])
    expect((await store('visits.get', { id: ids.visit })).requestIds).toEqual([requestId])
    await byTestId('visit-dialog-close').click()

    const make = async (start: string) =>
      (
        await store('visits.create', {
          visit: {
            customerId: ids.other,
            executiveIds: [ids.jordi],
            startAt: at(`2026-03-05T${start}`),
            endAt: at(
              `2026-03-05T${start.replace(/^(\d\d)/, (h) => String(Number(h) + 1).padStart(2, '0'))}`
            ),
            purpose: '',
            address: null
          }
        })
      ).saved.id
    const noShow = await make('09:00')
    const cancelled = await make('15:00')
    await page.goto(`${session.host.url}#/schedule?view=week&date=2026-03-05&exec=${ids.jordi}`)

    await eventBox(noShow).click()
    await byTestId('visit-no-show').click()
    await page.locator('#visit-close-text').fill('Nadie en la tienda')
    await byTestId('visit-close-confirm').click()
    await page.locator('[data-testid="visit-status"]', { hasText: 'No-show' }).waitFor()
    expect(await store('visits.get', { id: noShow })).toMatchObject({
      status: 'no_show',
      notes: 'Nadie en la tienda'
    })
    await byTestId('visit-dialog-close').click()

    await eventBox(cancelled).click()
    await byTestId('visit-cancel').click()
    await page.locator('#visit-close-text').fill('El cliente cierra por inventario')
    await byTestId('visit-close-confirm').click()
    await page.locator('[data-testid="visit-status"]', { hasText: 'Cancelled' }).waitFor()
    expect(await store('visits.get', { id: cancelled })).toMatchObject({
      status: 'cancelled',
      cancelReason: 'El cliente cierra por inventario'
    })
    await byTestId('visit-dialog-close').click()
    await expect
      .poll(async () => (await eventBox(cancelled).getAttribute('class')) ?? '')
      .toMatch(/ev-status-cancelled/)
  })

  it('lists the visits still to record in the visit log and records one from there', async () => {
    await page.goto(`${session.host.url}#/schedule/visits?status=to_record`)
    await byTestId('visit-log').waitFor()
    await page.locator('[data-testid="list-count"]', { hasText: /^1 visit$/ }).waitFor()
    const row = byTestId('visit-log-row').first()
    expect(await row.textContent()).toContain('Cal Pep Suministros')
    await row.click()
    await byTestId('visit-dialog').waitFor()
    await byTestId('visit-outcome-form')
      .locator('textarea[name="outcome"]')
      .fill('Stock checked, nothing to order')
    await byTestId('visit-complete').click()
    await page.locator('[data-testid="visit-status"]', { hasText: 'Completed' }).waitFor()
    await byTestId('visit-dialog-close').click()
    await page.locator('[data-testid="list-count"]', { hasText: /^0 visits$/ }).waitFor()
    expect((await store('visits.list', { ...visitQuery(ids.other), status: 'to_record' })).total).toBe(0)
  })

  it('plans a visit every two weeks and edits the plan', async () => {
    // Plans create visits from now on: a plan starting next Monday for seven weeks has four visits.
    const monday = DateTime.local().setZone(zone).startOf('week').plus({ weeks: 1 })
    const day = (weeks: number) => present(monday.plus({ weeks }).toISODate())
    await page.goto(`${session.host.url}#/schedule/plans`)
    await byTestId('plans-page').waitFor()
    await byTestId('plan-new').click()
    await byTestId('plan-dialog').waitFor()
    await byTestId('plan-customer-picker').fill('osmosis')
    await byTestId('plan-customer-picker-option').first().click()
    const dialog = byTestId('plan-dialog')
    await dialog.locator('input[name="everyWeeks"]').fill('2')
    await dialog.locator('input[name="localTime"]').fill('09:30')
    await dialog.locator('input[name="startDate"]').fill(day(0))
    await dialog.locator('input[name="endDate"]').fill(day(7))
    await byTestId(`plan-executive-${ids.jordi}`).check()
    await byTestId('plan-save').click()
    await dialog.waitFor({ state: 'detached' })
    await page
      .locator('[data-testid="banner-success"]', { hasText: 'Plan saved: 4 visits created' })
      .waitFor()
    const [plan] = await store('plans.list', { customerId: ids.customer, executiveId: null })
    expect(plan).toMatchObject({
      everyWeeks: 2,
      localTime: '09:30',
      startDate: day(0),
      endDate: day(7),
      timeZone: zone,
      executiveIds: [ids.jordi]
    })
    const planned = await store('visits.list', { ...visitQuery(ids.customer), executiveId: ids.jordi })
    expect(planned.rows.map((v) => Date.parse(v.startAt))).toEqual(
      [0, 2, 4, 6].map((w) => Date.parse(at(`${day(w)}T09:30`)))
    )

    // Every 4 weeks instead, saved with Ctrl+S as in the visit and meeting dialogs: the plan changes, shown in the list.
    await page.locator('[data-testid="plan-row"] button', { hasText: 'Ósmosis Industrial S.L.' }).click()
    await dialog.locator('input[name="everyWeeks"]').fill('4')
    await dialog.locator('input[name="everyWeeks"]').press('Control+s')
    await dialog.waitFor({ state: 'detached' })
    await page.locator('[data-testid="plan-row"]', { hasText: 'every 4 weeks at 09:30' }).waitFor()
    expect((await store('plans.get', { id: plan.id })).everyWeeks).toBe(4)
  })

  it('creates the planned visits up to a chosen day, and says at the day how far ahead it may plan', async () => {
    const today = DateTime.local().setZone(zone).startOf('day')
    const dayAhead = (days: number) => present(today.plus({ days }).toISODate())
    // A weekly plan from tomorrow with no end: saving it creates the visits of the next 90 days.
    await store('plans.create', {
      plan: {
        customerId: ids.other,
        executiveIds: [ids.marta],
        everyWeeks: 1,
        localTime: '07:00',
        durationMinutes: 30,
        timeZone: zone,
        startDate: dayAhead(1),
        endDate: null,
        purpose: 'Weekly stock check'
      }
    })
    const allVisits = async () =>
      (await store('visits.list', { ...visitQuery(ids.other), customerId: null, limit: 1 })).total
    const before = await allVisits()
    await page.goto(`${session.host.url}#/schedule/plans`)
    await byTestId('plans-page').waitFor()

    // Too far ahead: refused, and the reason stands under the day (the store plans at most 3 × 366 days).
    const until = page.locator('#plans-until')
    await until.fill(dayAhead(1200))
    await byTestId('plans-generate').click()
    await page
      .locator('[data-testid="banner-error"]', { hasText: 'Please correct the marked fields.' })
      .waitFor()
    expect(await page.locator('#plans-until-error').textContent()).toContain(
      `Plan at most ${3 * 366} days ahead`
    )
    expect(await until.getAttribute('aria-invalid')).toBe('true')
    expect(await allVisits()).toBe(before)

    // Half a year ahead: the visits past the first 90 days are created, and the banner counts them.
    await until.fill(dayAhead(182))
    await byTestId('plans-generate').click()
    const success = page.locator('[data-testid="banner-success"]', { hasText: 'visits created' })
    await success.waitFor()
    const created = (await allVisits()) - before
    expect(created).toBeGreaterThan(0)
    // Asked again, the store finds every visit up to that day already there: what it created and what it found.
    const again = await store('plans.generate', { planId: null, until: dayAhead(182) })
    expect(again.created).toBe(0)
    expect(await success.textContent()).toContain(
      `${created} visits created, ${again.existing - created} were already there.`
    )
    expect(await page.locator('#plans-until-error').count()).toBe(0)
  })
})

/** Clicks an export button and returns the path of the downloaded file. */
async function downloadOf(testId: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), byTestId(testId).click()])
  return await download.path()
}

function visitQuery(customerId: number) {
  return {
    from: null,
    to: null,
    customerId,
    executiveId: null,
    status: 'all',
    sort: { field: 'startAt', direction: 'asc' },
    offset: 0,
    limit: 10
  } as const
}

function eventBox(visitId: number) {
  return page.locator('.rbc-event', { has: page.locator(`[data-event-key="visit-${visitId}"]`) })
}
