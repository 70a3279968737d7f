/**
 * axe-core on the main screens at 1366x768 (the smallest supported window): no 'critical' or
 * 'serious' finding on the customer list and page, the document editor, an issued invoice,
 * the schedule, the weekly figures, aged receivables and settings. Each screen is its own test
 * and opens its own address, so any one of them can run alone.
 */
import { afterAll, beforeAll, describe, it } from 'vitest'
import { expectNoSeriousA11yViolations, openSession, present, type Session } from './harness'

let session: Session

beforeAll(async () => {
  session = await openSession({ demo: 'small', viewport: { width: 1366, height: 768 } })
})

afterAll(async () => {
  await session.close()
})

/** Opens the screen, waits for what shows it has loaded, then runs axe on it. */
async function check(path: string, loaded: string) {
  await session.open(path)
  await session.page.locator(loaded).first().waitFor()
  await expectNoSeriousA11yViolations(session.page)
}

async function firstCustomerId(): Promise<number> {
  const page = await session.store('customers.list', {
    search: '',
    status: 'all',
    archived: 'exclude',
    executiveId: null,
    sort: { field: 'name', direction: 'asc' },
    offset: 0,
    limit: 1
  })
  return present(page.rows[0], 'a demo customer').id
}

describe('accessibility of the main screens at 1366x768', () => {
  it('customer list', async () => {
    await check('/customers', '[data-testid="customer-row"]')
  })

  it('customer page', async () => {
    await check(`/customers/${await firstCustomerId()}`, '[data-testid="customer-form"]')
  })

  it('document editor (new invoice)', async () => {
    await check('/invoices/new', '[data-testid="document-form"]')
  })

  it('issued invoice', async () => {
    const issued = await session.store('documents.list', {
      type: 'invoice',
      search: '',
      status: 'issued',
      customerId: null,
      executiveId: null,
      dateFrom: null,
      dateTo: null,
      sort: { field: 'number', direction: 'desc' },
      offset: 0,
      limit: 1
    })
    const invoice = present(issued.rows[0], 'an issued demo invoice')
    await check(`/invoices/${invoice.id}`, '[data-testid="document-actions"]')
  })

  it('schedule (week)', async () => {
    await check('/schedule?view=week', '[data-testid="schedule-page"] .rbc-time-view')
  })

  it('weekly figures', async () => {
    await check('/weekly', '[data-testid="weekly-dashboard"]')
  })

  it('aged receivables', async () => {
    await check('/payments/aged', '[data-testid="aged-row"]')
  })

  it('settings', async () => {
    await check('/settings', '[data-testid="settings-database-path"]')
  })
})
