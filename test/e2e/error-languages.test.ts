/**
 * The same refused save reads in each of the five languages: a customer code that is already used
 * (refused by the API, by key) shows its sentence beside the code field and on top of the page, and
 * an empty name (refused by the shared schema in the page, by key) shows beside the name field, and an
 * invoice saved without a customer (the editor's own check, by key) says so beside the customer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSession, type Session } from './harness'

const expected = {
  en: {
    pickCustomer: 'Pick a customer',
    banner: 'The customer code TAKEN-1 is already used.',
    code: 'This code is already used by another customer',
    name: 'Name is required'
  },
  es: {
    pickCustomer: 'Elija un cliente',
    banner: 'El código de cliente TAKEN-1 ya está en uso.',
    code: 'Este código ya lo usa otro cliente',
    name: 'El nombre es obligatorio'
  },
  ca: {
    pickCustomer: 'Trieu un client',
    banner: 'El codi de client TAKEN-1 ja està en ús.',
    code: 'Aquest codi ja el fa servir un altre client',
    name: 'El nom és obligatori'
  },
  hu: {
    pickCustomer: 'Válasszon ügyfelet',
    banner: 'A(z) TAKEN-1 ügyfélkód már foglalt.',
    code: 'Ezt a kódot már egy másik ügyfél használja',
    name: 'A név kötelező'
  },
  ru: {
    pickCustomer: 'Выберите клиента',
    banner: 'Код клиента TAKEN-1 уже занят.',
    code: 'Этот код уже занят другим клиентом',
    name: 'Укажите наименование'
  }
}

describe('a refused save in each language', () => {
  let session: Session
  beforeAll(async () => {
    session = await openSession({ viewport: { width: 1366, height: 768 } })
    const blank = { line1: '', line2: '', postalCode: '', city: '', region: '', country: '' }
    await session.store('customers.create', {
      customer: {
        code: 'TAKEN-1',
        name: 'Primera SL',
        status: 'active',
        taxId: '',
        billingAddress: { ...blank, city: 'Valencia', country: 'ES' },
        mailingSameAsBilling: true,
        mailingAddress: blank,
        deliverySameAsBilling: true,
        deliveryAddress: blank,
        contacts: [],
        paymentTermsDays: 30,
        preferredPaymentMethod: 'bank_transfer',
        preferredProductIds: [],
        productNotes: '',
        executiveId: null,
        notes: ''
      }
    })
  })
  afterAll(() => session.close())

  for (const language of ['en', 'es', 'ca', 'hu', 'ru'] as const) {
    it(`reads in ${language}`, async () => {
      const { page, byTestId } = session
      await page.evaluate(`localStorage.setItem('salesdesk.language', '${language}')`)
      await page.reload()
      await session.open('/customers/new')
      expect(await page.locator('html').getAttribute('lang')).toBe(language)

      await page.locator('#f-code').fill('TAKEN-1')
      await byTestId('customer-save').click()
      // The name is checked in the page first, by the shared schema.
      await byTestId('error-name').waitFor()
      expect(await byTestId('error-name').textContent()).toBe(expected[language].name)

      await page.locator('#f-name').fill('Segunda SL')
      await byTestId('customer-save').click()
      await byTestId('error-code').waitFor()
      expect(await byTestId('error-code').textContent()).toBe(expected[language].code)
      expect(await byTestId('banner-error').textContent()).toBe(expected[language].banner)

      // A check the screen makes itself (the invoice editor's customer, by its `checks.` key).
      await session.open('/invoices/new')
      await byTestId('document-form').waitFor()
      await byTestId('document-save').click()
      await byTestId('error-customerName').waitFor()
      expect(await byTestId('error-customerName').textContent()).toBe(expected[language].pickCustomer)
    })
  }
})
