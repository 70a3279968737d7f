/**
 * A record page whose record cannot be loaded (issue 9: "a failed load shows a banner, never
 * nothing"): an address with an id that no record has, an id that is not a number, and a customer
 * deleted since its address was copied. Each record page says so in the reader's language and
 * offers the way back to its own list; nothing is shown as if it were a record, and no page error
 * (or stack trace) escapes. At 1366×768, with axe-core on the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { expectNoSeriousA11yViolations, openSession, type Session } from './harness'

let session: Session
const pageErrors: string[] = []

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  session.page.on('pageerror', (error) => pageErrors.push(error.message))
}, 120_000)

afterAll(async () => {
  await session.close()
})

const NOT_FOUND = 'This record does not exist (any more).'

/** Opens `path`, expects the "record missing" page and returns the address its Back link leads to. */
async function missingPage(path: string): Promise<string> {
  await session.open(path)
  const missing = session.byTestId('record-missing')
  await missing.waitFor()
  await expect.poll(() => missing.getByRole('alert').textContent()).toContain(NOT_FOUND)
  // Nothing of a record's page is drawn behind the message.
  expect(await session.page.locator('form').count()).toBe(0)
  const back = missing.getByRole('link', { name: 'Back to the list' })
  return (await back.getAttribute('href')) ?? ''
}

describe('a record page without its record', () => {
  // Every record page of the app, with the list its Back link must lead to.
  const pages: [string, string][] = [
    ['/customers', '#/customers'],
    ['/products', '#/products'],
    ['/executives', '#/executives'],
    ['/estimates', '#/estimates'],
    ['/orders', '#/orders'],
    ['/invoices', '#/invoices'],
    ['/contracts', '#/contracts'],
    ['/payments', '#/payments'],
    ['/payments/investigations', '#/payments/investigations'],
    ['/requests', '#/requests'],
    ['/campaigns', '#/campaigns']
  ]

  it.each(pages)(
    '%s/<an id no record has> says the record does not exist and leads back to %s',
    async (list, href) => {
      expect(await missingPage(`${list}/999999`)).toBe(href)
    }
  )

  it('an id that is not a number is not looked up: the same message', async () => {
    expect(await missingPage('/customers/abc')).toBe('#/customers')
    expect(await missingPage('/invoices/0')).toBe('#/invoices')
  })

  it('a customer deleted since its address was copied: the message, Back to the list, no page error', async () => {
    const customer = await session.store('customers.create', {
      customer: { ...emptyCustomer(), name: 'Cal Deleted Test' }
    })
    await session.store('customers.delete', { id: customer.id })
    expect(await missingPage(`/customers/${customer.id}`)).toBe('#/customers')
    await expectNoSeriousA11yViolations(session.page)
    await session.byTestId('record-missing').getByRole('link', { name: 'Back to the list' }).click()
    await session.page.waitForURL(/#\/customers$/)
    await session.byTestId('list-count').waitFor()
    expect(pageErrors).toEqual([])
  })
})
