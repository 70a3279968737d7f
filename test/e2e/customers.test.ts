/**
 * The customer database through the real UI: create with a field-level validation error,
 * find by an accent-free search, edit, the unsaved-changes guard, archive. Every step is
 * checked on screen and in the store behind the web host. Each test after the creation works on a
 * customer of its own, written through the API as the form saves one, so each runs alone.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generalErrorMessages } from '../../src/shared/error-messages/general'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { openSession, type Session, whileUnreachable } from './harness'

let session: Session
let page: Page

// The harness's store (a refusal fails the test, naming the fields) under a short name.
const store: Session['store'] = (method, input) => session.store(method, input)

const listQuery = (search: string, archived: 'exclude' | 'include' | 'only' = 'exclude') =>
  ({
    search,
    status: 'all',
    archived,
    executiveId: null,
    sort: { field: 'name', direction: 'asc' },
    offset: 0,
    limit: 50
  }) as const

const byTestId = (id: string) => session.byTestId(id)

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Waits until the element shows the expected text (exactly, for a string) and returns it. */
async function waitForText(selector: string, expected: string | RegExp): Promise<string> {
  const pattern = typeof expected === 'string' ? new RegExp(`^${escapeRegExp(expected)}$`) : expected
  const element = page.locator(selector).filter({ hasText: pattern }).first()
  await element.waitFor()
  return (await element.textContent()) ?? ''
}

function currentCustomerId(): number {
  const match = /#\/customers\/(\d+)/.exec(page.url())
  if (!match) throw new Error(`not on a customer page: ${page.url()}`)
  return Number(match[1])
}

/**
 * A customer written through the API as the creation test saves one on screen (in Valencia, Spain,
 * with José Núñez as contact) but named `name`; its page opened. Returns its id.
 */
async function openNewCustomer(name: string): Promise<number> {
  const blank = emptyCustomer()
  const { id } = await store('customers.create', {
    customer: {
      ...blank,
      name,
      billingAddress: { ...blank.billingAddress, city: 'Valencia', country: 'ES' },
      contacts: [{ name: 'José Núñez', role: '', phone: '', email: 'jose.nunez@example.es' }]
    }
  })
  await page.goto(`${session.host.url}#/customers/${String(id)}`)
  await expect.poll(() => page.locator('#f-name').inputValue()).toBe(name)
  return id
}

beforeAll(async () => {
  session = await openSession({ demo: 'small' })
  page = session.page
})

afterAll(async () => {
  await session.close()
})

describe('customers, end to end', () => {
  const name = 'Ferretería José Núñez Güell S.L.'
  // Typed without accents; the demo data has other Josés and Núñezes, so the three words together.
  const search = 'jose nunez guell'

  it('lists the demo customers with the same total as the store', async () => {
    await byTestId('customer-row').first().waitFor()
    const { total } = await store('customers.list', listQuery(''))
    expect(total).toBeGreaterThan(100)
    const shown = await waitForText('[data-testid="list-count"]', /customers$/)
    expect(shown.replace(/\D/g, '')).toBe(String(total))
    expect(await byTestId('database-path').textContent()).toBe(session.app.store.path)

    // Keyboard: Page Down twice moves well past the first screen; Enter opens that customer;
    // Back returns to the same place in the list with the same customer selected.
    await byTestId('customer-grid').focus()
    await page.keyboard.press('PageDown')
    await page.keyboard.press('PageDown')
    const selected = page.locator('[data-testid="customer-row"][aria-selected="true"]')
    const { rows } = await store('customers.list', { ...listQuery(''), limit: 100 })
    // The selected row is drawn once the grid has its rows there: wait for it to be far down.
    const selectedIndex = async () => {
      const id = await selected.getAttribute('data-id')
      return rows.findIndex((r) => String(r.id) === id)
    }
    await expect.poll(selectedIndex).toBeGreaterThan(20)
    const openedId = await selected.getAttribute('data-id')
    const opened = rows[await selectedIndex()]
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`#/customers/${openedId}$`))
    await expect.poll(() => page.locator('#f-name').inputValue()).toBe(opened.name)
    await byTestId('back-to-list').click()
    // The list comes back first, then its place and selection: wait for the selection, not the list.
    await expect.poll(() => selected.getAttribute('data-id')).toBe(openedId)
    await expect.poll(() => selected.isVisible()).toBe(true)
  })

  it('creates a customer: a bad contact e-mail is refused beside its field, a used code by the API', async () => {
    await byTestId('customer-new').click()
    await page.locator('#f-name').fill(name)
    await page.locator('#f-billingAddress-city').fill('Valencia')
    await page.locator('#f-billingAddress-country').fill('es')
    await byTestId('contact-add').click()
    await page.locator('#f-contacts-0-name').fill('José Núñez')
    await page.locator('#f-contacts-0-email').fill('jose.nunez@@example')
    await byTestId('customer-save').click()

    const emailError = byTestId('error-contacts.0.email')
    await emailError.waitFor()
    expect(await emailError.textContent()).toMatch(/not a valid e-mail/i)
    const emailInput = page.locator('#f-contacts-0-email')
    expect(await emailInput.getAttribute('aria-invalid')).toBe('true')
    expect(await emailInput.getAttribute('aria-describedby')).toContain('f-contacts-0-email-error')
    // Only that field is marked, and nothing reached the store.
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(1)
    expect((await store('customers.list', listQuery(search))).total).toBe(0)

    // Fixing the field clears its error as you type.
    await emailInput.fill('jose.nunez@example.es')
    await emailError.waitFor({ state: 'detached' })

    // A code that is already used is refused by the API; its message lands beside the code field.
    const taken = (await store('customers.list', listQuery(''))).rows[0].code
    await page.locator('#f-code').fill(taken)
    await byTestId('customer-save').click()
    const codeError = byTestId('error-code')
    await codeError.waitFor()
    expect(await codeError.textContent()).toMatch(/already used/i)
    expect(await page.locator('#f-code').getAttribute('aria-invalid')).toBe('true')
    expect(await byTestId('banner-error').textContent()).toContain(taken)

    // Blank = automatic code.
    await page.locator('#f-code').fill('')
    await byTestId('customer-save').click()
    await page.waitForURL(/#\/customers\/\d+$/)
    const customerId = currentCustomerId()
    const created = await store('customers.get', { id: customerId })
    expect(created.name).toBe(name)
    expect(created.code).toMatch(/^C-\d{6}$/)
    expect(created.billingAddress.city).toBe('Valencia')
    expect(created.billingAddress.country).toBe('ES')
    expect(created.contacts).toEqual([
      { name: 'José Núñez', role: '', phone: '', email: 'jose.nunez@example.es' }
    ])
    // The address changes before the saved customer's page is drawn.
    await expect.poll(() => byTestId('banner-success').textContent()).toContain(created.code)
    await expect.poll(() => byTestId('customer-code').textContent()).toBe(created.code)
  })

  it('finds the customer with an accent-free search and opens it from the keyboard', async () => {
    // Typed without accents, the three words of its name; no demo customer has them.
    const name = 'Talleres Íñigo Ortúzar Peñalver S.L.'
    const search = 'inigo ortuzar penalver'
    const customerId = await openNewCustomer(name)
    await byTestId('back-to-list').click()
    await byTestId('customer-search').waitFor()
    await byTestId('customer-search').fill(search)
    await waitForText('[data-testid="list-count"]', '1 customer')
    expect(page.url()).toContain('q=inigo+ortuzar+penalver')
    const row = byTestId('customer-row')
    expect(await row.count()).toBe(1)
    expect(await row.getAttribute('data-id')).toBe(String(customerId))
    expect(await row.textContent()).toContain(name)
    // Its status badge takes the tone of what the status means (a prospect is worth a look).
    const { status } = await store('customers.get', { id: customerId })
    const tone = { active: 'good', prospect: 'warning', inactive: 'muted' }[status]
    const badge = row.locator(`[data-status="${status}"]`)
    expect(await badge.getAttribute('class')).toBe(`badge badge-${tone}`)

    // Down arrow leaves the search box for the list; Enter opens the selected row.
    await byTestId('customer-search').press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`#/customers/${customerId}$`))
    await expect.poll(() => page.locator('#f-name').inputValue()).toBe(name)

    // Back returns to the same filtered list.
    await byTestId('back-to-list').click()
    await waitForText('[data-testid="list-count"]', '1 customer')
    await expect.poll(() => byTestId('customer-search').inputValue()).toBe(search)
    await byTestId('customer-row').click()
    await page.waitForURL(new RegExp(`#/customers/${customerId}$`))
  })

  it('guards unsaved changes, then saves an edit with Ctrl+S', async () => {
    const name = 'Ferretería Alicantina Ñandú S.L.'
    const customerId = await openNewCustomer(name)
    const city = page.locator('#f-billingAddress-city')
    await city.fill('Alicante')
    await byTestId('nav-products').click()
    const dialog = byTestId('confirm-dialog')
    await dialog.waitFor()
    expect(await dialog.textContent()).toMatch(/leave without saving/i)
    await byTestId('confirm-cancel').click()
    await dialog.waitFor({ state: 'detached' })
    expect(page.url()).toMatch(new RegExp(`#/customers/${customerId}$`))
    expect(await city.inputValue()).toBe('Alicante')
    expect((await store('customers.get', { id: customerId })).billingAddress.city).toBe('Valencia')

    const before = await store('customers.get', { id: customerId })
    await page.keyboard.press('Control+s')
    await waitForText('[data-testid="banner-success"]', 'Saved.')
    const after = await store('customers.get', { id: customerId })
    expect(after.billingAddress.city).toBe('Alicante')
    expect(after.updatedAt).not.toBe(before.updatedAt)
    const activity = await store('activity.list', {
      entity: 'customer',
      entityId: customerId,
      offset: 0,
      limit: 10
    })
    expect(activity.rows[0].action).toBe('update')
    await waitForText('[data-testid="record-activity"] li:first-child', /Edited customer/)

    // Leaving without saving really drops the change.
    await page.locator('#f-name').fill('Something else')
    await byTestId('nav-executives').click()
    await dialog.waitFor()
    await byTestId('confirm-ok').click()
    await page.waitForURL(/#\/executives$/)
    // The address changes before the page does: wait until the customer form has really gone.
    await page.locator('#f-name').waitFor({ state: 'detached' })
    expect((await store('customers.get', { id: customerId })).name).toBe(name)
  })

  it('does not overwrite a change saved elsewhere meanwhile, and reloads it on request', async () => {
    const customerId = await openNewCustomer('Ferretería Concurrente Ýbarra S.L.')

    // Someone else saves first (another window, the CLI).
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      archivedAt: _a,
      ...stored
    } = await store('customers.get', { id: customerId })
    await store('customers.update', { id: customerId, customer: { ...stored, notes: 'Changed elsewhere' } })

    await page.locator('#f-billingAddress-region').fill('Comunitat Valenciana')
    await byTestId('customer-save').click()
    expect(await waitForText('[data-testid="banner-error"]', /changed elsewhere/i)).toMatch(/reload/i)
    const kept = await store('customers.get', { id: customerId })
    expect(kept.notes).toBe('Changed elsewhere')
    expect(kept.billingAddress.region).toBe('')

    await byTestId('banner-action').click()
    await byTestId('banner-error').waitFor({ state: 'detached' })
    await expect.poll(() => page.locator('#f-notes').inputValue()).toBe('Changed elsewhere')
    expect(await page.locator('#f-billingAddress-region').inputValue()).toBe('')
  })

  it('archives the customer: gone from the default list, shown with "archived only"', async () => {
    const name = 'Cristalería Ibáñez Zubiaurre S.L.'
    const search = 'ibanez zubiaurre'
    const customerId = await openNewCustomer(name)
    await byTestId('customer-archive').click()
    await byTestId('confirm-ok').click()
    await byTestId('customer-restore').waitFor()
    expect((await store('customers.get', { id: customerId })).archivedAt).not.toBeNull()
    // The page marks it beside its name, in the muted tone the list's "Archived" has.
    expect(await page.locator('.page-header .badge.badge-muted').textContent()).toBe('Archived')

    await byTestId('nav-customers').click()
    await byTestId('customer-search').fill(search)
    await waitForText('[data-testid="list-count"]', '0 customers')
    expect(await byTestId('customer-row').count()).toBe(0)

    await byTestId('customer-filter-archived').selectOption('only')
    await waitForText('[data-testid="list-count"]', '1 customer')
    expect(page.url()).toContain('archived=only')
    expect(await byTestId('customer-row').getAttribute('data-id')).toBe(String(customerId))
    expect(await byTestId('customer-row').textContent()).toContain('Archived')
    expect((await store('customers.list', listQuery(search, 'only'))).rows.map((r) => r.id)).toEqual([
      customerId
    ])
    expect((await store('customers.list', listQuery(search))).total).toBe(0)

    // "Export to Excel" exports what the list shows: the same search and archived filter.
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId('export-xlsx').click()])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(await download.path())
    const sheet = workbook.worksheets[0]
    const header = (sheet.getRow(1).values as unknown[]).map(String)
    const nameColumn = header.indexOf('Name')
    expect(nameColumn).toBeGreaterThan(0)
    expect(sheet.actualRowCount).toBe(2)
    expect(sheet.getRow(2).getCell(nameColumn).value).toBe(name)
  })

  it('follows the address: opening the plain list drops the last search and filter', async () => {
    // A link to the plain list wins over the search box's last text.
    await page.goto(`${session.host.url}#/customers`)
    const { total } = await store('customers.list', listQuery(''))
    await waitForText(
      '[data-testid="list-count"]',
      new RegExp(`^${total.toLocaleString('en-GB')} customers$`)
    )
    await expect.poll(() => byTestId('customer-search').inputValue()).toBe('')
    expect(page.url()).not.toContain('q=')
  })

  it("says in a banner when the customer's requests or calls could not be read, as its visits do", async () => {
    const parts = [
      ['requests.list', 'customer-requests'],
      ['calls.list', 'customer-calls']
    ] as const
    for (const [method, part] of parts) {
      await whileUnreachable(page, method, async () => {
        // A customer of its own: nothing of theirs is in the query layer's memory yet.
        await openNewCustomer(`Unreadable ${part}`)
        const banner = page.locator(`[data-testid="${part}"] [data-testid="banner-error"]`)
        await banner.waitFor()
        expect(await banner.textContent()).toBe(generalErrorMessages.notReachable)
      })
    }
  })

  it('takes the README screenshot of the customer list', async () => {
    // A window of its own, opened the way the user opens the app, so nothing of the tests
    // before (filters, dialogs, downloads) can show in the picture.
    const context = await session.browser.newContext({
      viewport: { width: 1360, height: 860 },
      locale: 'en-GB'
    })
    try {
      const fresh = await context.newPage()
      await fresh.goto(session.host.appUrl)
      await fresh.locator('[data-testid="customer-row"]').first().waitFor()
      await fresh.locator('[data-testid="customer-grid"]').focus()
      await fresh.keyboard.press('ArrowDown')
      await fresh.keyboard.press('ArrowDown')
      // Leave the keyboard selection visible but drop the focus ring: click the empty title bar.
      await fresh.mouse.click(700, 76)
      // The tracked README picture is rewritten only when asked (SALESDESK_SCREENSHOT=1), so a test run
      // leaves the working tree clean; otherwise the picture goes to the session's temporary folder.
      const folder =
        process.env.SALESDESK_SCREENSHOT === '1' ? join(import.meta.dirname, '../../docs') : session.folder
      mkdirSync(folder, { recursive: true })
      const png = await fresh.screenshot({ path: join(folder, 'screenshot.png') })
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    } finally {
      await context.close()
    }
  })
})
