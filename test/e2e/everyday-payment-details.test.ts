/**
 * Issue 13 item 7 at 1366×768: direct debit is set up in one place, on the customer form.
 * Choosing "Direct debit" on a new customer asks for the IBAN (checked: mod-97) and the mandate;
 * one Save keeps them with the customer, where invoices and direct debits read them.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { customerQuery } from '../support/fixtures'
import { expectNoSeriousA11yViolations, openSession, type Session } from './harness'

let session: Session
let page: Page

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
})

afterAll(async () => {
  await session.close()
})

const storedSetups = () =>
  session.app.store.sqlite
    .prepare(
      `select customer_id as customerId, method, iban, mandate_reference as mandate,
              mandate_signed_on as signedOn, card_brand as brand, card_last4 as last4
         from customer_payment_setups`
    )
    .all()

describe('IBAN and mandate on the customer form', () => {
  it('a new customer paying by direct debit: the IBAN is checked beside its field and saved with the customer', async () => {
    await session.open('/customers/new')
    await page.locator('#f-name').fill('Fontanería Ibáñez S.L.')
    expect(await session.byTestId('customer-iban').count()).toBe(0)
    await session.byTestId('customer-payment-method').selectOption('direct_debit')
    const iban = session.byTestId('customer-iban')
    await iban.waitFor()
    // The fields fit the laptop screen: nothing pushed off to the right.
    for (const id of ['customer-iban', 'customer-mandate', 'customer-mandate-date']) {
      const box = await session.byTestId(id).boundingBox()
      expect(box, id).not.toBeNull()
      expect((box?.x ?? 0) + (box?.width ?? 0), id).toBeLessThanOrEqual(1366)
    }
    // The payments block has no second set-up form of its own any more.
    expect(await session.byTestId('payment-setup').count()).toBe(0)

    // A mistyped digit: the check digits do not match.
    await iban.fill('ES91 2100 0418 4502 0005 1333')
    await session.byTestId('customer-save').click()
    await session.byTestId('error-paymentSetup.iban').waitFor()
    expect(await session.byTestId('error-paymentSetup.iban').textContent()).toContain('check digits')
    // The mandate is required too.
    await session.byTestId('error-paymentSetup.mandateReference').waitFor()
    await session.byTestId('error-paymentSetup.mandateSignedOn').waitFor()
    await expectNoSeriousA11yViolations(page)
    expect((await session.store('customers.list', customerQuery())).total).toBe(0)

    await iban.fill('ES91 2100 0418 4502 0005 1332')
    await session.byTestId('customer-mandate').fill('MNDT-2026-001')
    await session.byTestId('customer-mandate-date').fill('2026-03-02')
    await session.byTestId('customer-save').click()
    await page.waitForURL(/#\/customers\/\d+$/)
    const customerId = Number(/(\d+)$/.exec(page.url())?.[1])
    expect(storedSetups()).toEqual([
      {
        customerId,
        method: 'direct_debit',
        iban: 'ES9121000418450200051332',
        mandate: 'MNDT-2026-001',
        signedOn: '2026-03-02',
        brand: '',
        last4: ''
      }
    ])

    // Reopened: the method and its mandate are on the form.
    await session.open(`/customers/${customerId}`)
    await expect.poll(() => session.byTestId('customer-iban').inputValue()).toBe('ES9121000418450200051332')
    expect(await session.byTestId('customer-payment-method').inputValue()).toBe('direct_debit')
    expect(await session.byTestId('customer-mandate').inputValue()).toBe('MNDT-2026-001')
    // Shown day first (the English UI in en-GB, the region's date in words gives the locale's digits).
    expect(await session.byTestId('customer-mandate-date').inputValue()).toBe('02/03/2026')
    expect(await session.byTestId('customer-mandate-date').getAttribute('data-value')).toBe('2026-03-02')
  })

  it('switching to a card asks for its brand, last four digits and expiry, and refuses a full card number', async () => {
    const [{ id }] = (await session.store('customers.list', customerQuery())).rows
    await session.open(`/customers/${id}`)
    await session.byTestId('customer-iban').waitFor()
    await session.byTestId('customer-payment-method').selectOption('card')
    await session.byTestId('customer-card-last4').waitFor()
    expect(await session.byTestId('customer-iban').count()).toBe(0)
    await session.byTestId('customer-card-brand').selectOption('visa')
    // Someone pastes the whole number (the field's length limit taken off to try).
    await session
      .byTestId('customer-card-last4')
      .evaluate((input) =>
        (input as unknown as { removeAttribute: (name: string) => void }).removeAttribute('maxlength')
      )
    await session.byTestId('customer-card-last4').fill('4111 1111 1111 1111')
    await session.byTestId('customer-card-expiry').fill('2028-01')
    await session.byTestId('customer-save').click()
    await session.byTestId('error-paymentSetup.cardLast4').waitFor()
    expect(JSON.stringify(storedSetups())).not.toContain('4111')

    await session.byTestId('customer-card-last4').fill('1111')
    await session.byTestId('customer-save').click()
    await session.byTestId('banner-success').waitFor()
    expect(storedSetups()).toEqual([
      {
        customerId: id,
        method: 'card',
        iban: '',
        mandate: '',
        signedOn: null,
        brand: 'visa',
        last4: '1111'
      }
    ])
  })
})
