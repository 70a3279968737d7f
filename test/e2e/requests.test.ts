/**
 * Requests & complaints through the real UI in Chromium against the real store: the draft a
 * completed visit made (through the API, as the visit dialog's one-click follow-up does) shows
 * in the list with its visit; it is opened, its description edited, the request opened and
 * closed from its page, and the store agrees; the search finds it without accents.
 */
import { DateTime } from 'luxon'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { openSession, type Session, present } from './harness'

let session: Session
let page: Page

// The harness's store (a refusal fails the test, naming the fields) under a short name.
const store: Session['store'] = (method, input) => session.store(method, input)

const byTestId = (id: string) => session.byTestId(id)

let customerId = 0
let visitId = 0
let draftId = 0
let visitStart = ''
let catalogueId = 0

beforeAll(async () => {
  session = await openSession()
  page = session.page
  await page.locator('[data-testid="database-path"]').waitFor()
  const executive = (
    await store('executives.create', {
      executive: { name: 'Marta Núñez', email: '', phone: '', active: true }
    })
  ).id
  customerId = (
    await store('customers.create', { customer: { ...emptyCustomer(), name: 'Ósmosis Industrial S.L.' } })
  ).id
  await store('customers.create', { customer: { ...emptyCustomer(), name: 'Cal Pep Suministros' } })
  // Yesterday at 10:00, done: its outcome recorded, then a request draft made from it in one click.
  const start = DateTime.local().minus({ days: 1 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 })
  visitStart = present(start.toUTC().toISO())
  const visit = await store('visits.create', {
    visit: {
      customerId,
      executiveIds: [executive],
      startAt: visitStart,
      endAt: start.plus({ hours: 1 }).toUTC().toISO(),
      purpose: 'Revisión de filtros',
      address: null
    },
    acceptClashes: true
  })
  visitId = visit.saved.id
  await store('visits.complete', {
    id: visitId,
    outcome: 'Reclamación: la ósmosis pierde presión',
    notes: '',
    productIds: [],
    followUps: [{ text: 'Enviar técnico', dueDate: null }]
  })
  draftId = (
    await store('visits.createRequestFromVisit', {
      id: visitId,
      title: 'Reclamación por pérdida de presión',
      description: ''
    })
  ).id
  // A request entered by hand, for another customer, so the search has something to leave out.
  catalogueId = (
    await store('requests.create', {
      request: { customerId: customerId + 1, title: 'Petición de catálogo', description: '' }
    })
  ).id
  await page.goto(`${session.host.url}#/requests`)
  await page.reload()
})

afterAll(async () => {
  await session.close()
})

describe('requests & complaints, end to end', () => {
  it('shows the draft a visit made, with its visit, in the list', async () => {
    await expect.poll(() => byTestId('request-row').count()).toBe(2)
    const draftRow = page.locator(`[data-testid="request-row"][data-id="${draftId}"]`)
    await expect.poll(() => draftRow.textContent()).toContain('Reclamación por pérdida de presión')
    expect(await draftRow.textContent()).toContain('Ósmosis Industrial S.L.')
    expect(await draftRow.locator('[data-testid="request-status"]').textContent()).toBe('Draft')
    // Its priority badge takes its tone: the more pressing, the hotter (normal is informative).
    const { priority } = await store('requests.get', { id: draftId })
    const tone = { urgent: 'danger', high: 'warning', normal: 'info', low: 'muted' }[priority]
    const priorityBadge = draftRow.locator('[data-testid="request-priority-badge"]')
    expect(await priorityBadge.getAttribute('class')).toBe(`badge badge-${tone}`)
    expect(await priorityBadge.getAttribute('data-status')).toBe(priority)
    await byTestId('request-filter-status').selectOption('draft')
    await expect.poll(() => byTestId('request-row').count()).toBe(1)
    await byTestId('request-filter-status').selectOption('all')
    await expect.poll(() => byTestId('request-row').count()).toBe(2)
  })

  it('opens the draft, edits its description, opens and closes it; the store agrees', async () => {
    await page.locator(`[data-testid="request-row"][data-id="${draftId}"]`).click()
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/requests/${draftId}$`))
    await expect.poll(() => byTestId('record-title').textContent()).toBe('Reclamación por pérdida de presión')
    await expect.poll(() => byTestId('request-status').textContent()).toBe('Draft')
    expect(await byTestId('request-customer-link').getAttribute('href')).toBe(`#/customers/${customerId}`)
    const visitDay = DateTime.fromISO(visitStart).toISODate()
    expect(await byTestId('request-visit-link').getAttribute('href')).toBe(
      `#/schedule?view=day&date=${visitDay}`
    )
    // The draft's description came from the visit's outcome and follow-ups.
    const description = page.locator('#f-description')
    await expect.poll(() => description.inputValue()).toContain('la ósmosis pierde presión')

    // Moving the status waits until the edit is saved.
    await description.fill('El cliente pide un técnico esta semana.')
    expect(await byTestId('request-step-open').isDisabled()).toBe(true)
    await byTestId('request-save').click()
    await expect
      .poll(async () => (await store('requests.get', { id: draftId })).description)
      .toBe('El cliente pide un técnico esta semana.')
    await expect.poll(() => byTestId('request-step-open').isDisabled()).toBe(false)

    // A status change asks for a comment (optional) in a dialog (issue 18).
    await byTestId('request-step-open').click()
    await byTestId('dialog-ok').click()
    await expect.poll(() => byTestId('request-status').textContent()).toBe('Open')
    expect((await store('requests.get', { id: draftId })).status).toBe('open')

    // Closing asks for the resolution (issue 18).
    await byTestId('request-step-closed').click()
    await page.locator('#request-resolution').fill('Técnico enviado')
    await byTestId('dialog-ok').click()
    await expect.poll(() => byTestId('request-status').textContent()).toBe('Closed')
    const closed = await store('requests.get', { id: draftId })
    expect(closed).toMatchObject({
      status: 'closed',
      description: 'El cliente pide un técnico esta semana.',
      visitId
    })
    // Closed: the only way on is to reopen it.
    await expect.poll(() => byTestId('request-step-open').textContent()).toBe('Reopen')
    const log = await store('activity.list', {
      entity: 'customer_request',
      entityId: draftId,
      offset: 0,
      limit: 10
    })
    expect(log.rows.map((e) => e.action).reverse()).toEqual(['create', 'update', 'open', 'close'])
  })

  it('finds the request by a search typed without accents', async () => {
    // A closed complaint of its own (as the test before closes the visit's draft), with words no other
    // request has: found by its title, and by its customer's name with a word of its description.
    const owner = (
      await store('customers.create', { customer: { ...emptyCustomer(), name: 'Válvulas Íñiguez S.A.' } })
    ).id
    const { id } = await store('requests.create', {
      request: {
        customerId: owner,
        title: 'Reclamación por fuga en la válvula',
        description: 'El cliente pide un técnico esta semana.'
      }
    })
    await store('requests.setStatus', { id, status: 'closed', resolution: 'Técnico enviado' })
    await session.open(`/requests/${String(id)}`)
    await expect.poll(() => byTestId('request-status').textContent()).toBe('Closed')
    await byTestId('back-to-list').click()
    await expect.poll(() => page.url()).toMatch(/#\/requests(\?.*)?$/)
    await byTestId('request-search').fill('fuga valvula')
    await expect.poll(() => byTestId('request-row').count()).toBe(1)
    const row = byTestId('request-row')
    expect(await row.getAttribute('data-id')).toBe(String(id))
    expect(await row.locator('[data-testid="request-status"]').textContent()).toBe('Closed')
    await byTestId('request-search').fill('iniguez tecnico')
    await expect.poll(() => byTestId('request-row').count()).toBe(1)
    await byTestId('request-search').fill('catalogo')
    await expect.poll(() => row.first().getAttribute('data-id')).toBe(String(catalogueId))
    expect(await row.count()).toBe(1)
  })

  it('enters a new request by hand: the title and customer are asked for first, then it is open', async () => {
    // Every request so far (the two made before the tests, and the search test's own when it ran).
    const query = {
      search: '',
      status: 'all',
      customerId: null,
      sort: { field: 'createdAt', direction: 'asc' },
      offset: 0,
      limit: 10
    } as const
    const { total } = await store('requests.list', query)
    await session.open('/requests')
    await byTestId('request-search').fill('')
    await byTestId('request-new').click()
    await byTestId('request-form').waitFor()
    await byTestId('request-save').click()
    await byTestId('error-title').waitFor()
    await page.locator('#request-customer-picker-error').waitFor()
    expect((await store('requests.list', query)).total).toBe(total)

    await byTestId('request-customer-picker').fill('suministros')
    await byTestId('request-customer-picker-option').first().click()
    await byTestId('request-title').fill('Queja: factura duplicada')
    await page.locator('#f-description').fill('Han recibido dos veces la misma factura.')
    await byTestId('request-save').click()
    await expect.poll(() => page.url()).toMatch(/#\/requests\/\d+$/)
    const id = Number(present(/#\/requests\/(\d+)$/.exec(page.url()))[1])
    await expect.poll(() => byTestId('request-status').textContent()).toBe('Open')
    expect(await store('requests.get', { id })).toMatchObject({
      status: 'open',
      customerName: 'Cal Pep Suministros',
      title: 'Queja: factura duplicada',
      visitId: null
    })
  })
})
