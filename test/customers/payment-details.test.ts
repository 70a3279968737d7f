/**
 * Issue 13 item 7: the direct-debit mandate (IBAN, BIC, reference, date) and the card are typed on
 * the customer form and saved with the customer, in the same transaction, where new invoices and
 * direct debits read them. A wrong IBAN is refused beside its field and nothing is written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Customer, CustomerInput } from '../../src/shared/schemas/customers'
import { emptyPaymentDetails, type PaymentDetails } from '../../src/shared/schemas/payment-setup'
import { dumpDatabase } from '../support/dump'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { draft, seedDocuments, type Seeded } from '../documents/helpers'

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

/** ISO 13616 check, written here with BigInt: the letters become 10..35, the first four move to the end. */
function ibanIsValid(iban: string): boolean {
  const compact = iban.replace(/\s/g, '').toUpperCase()
  const digits = (compact.slice(4) + compact.slice(0, 4)).replace(/[A-Z]/g, (c) =>
    String(c.charCodeAt(0) - 55)
  )
  return BigInt(digits) % 97n === 1n
}

const GOOD_IBAN = 'es91 2100 0418 4502 0005 1332'
const BAD_IBAN = 'ES91 2100 0418 4502 0005 1333'

function formOf(customer: Customer): CustomerInput {
  const { id: _i, createdAt: _c, updatedAt: _u, archivedAt: _a, ...input } = customer
  return input
}

function storedSetup(customerId: number) {
  return desk.store.sqlite
    .prepare(
      `select method, iban, bic, mandate_reference as mandate, mandate_signed_on as signedOn,
              card_brand as brand, card_last4 as last4
         from customer_payment_setups where customer_id = ?`
    )
    .get(customerId)
}

const mandate: PaymentDetails = {
  ...emptyPaymentDetails(),
  iban: GOOD_IBAN,
  bic: 'caixesbb',
  mandateReference: 'MNDT-2026/07',
  mandateSignedOn: '2026-03-02'
}

describe('payment details on the customer form', () => {
  it('the two IBANs are what the test says they are', () => {
    expect(ibanIsValid(GOOD_IBAN)).toBe(true)
    expect(ibanIsValid(BAD_IBAN)).toBe(false)
  })

  it('saves the mandate with the customer, and a new invoice collects by direct debit from it', async () => {
    const before = await desk.call('customers.get', { id: seed.customerId })
    expect(before.paymentSetup).toEqual(emptyPaymentDetails())
    const saved = await desk.call('customers.update', {
      id: seed.customerId,
      customer: { ...formOf(before), preferredPaymentMethod: 'direct_debit', paymentSetup: mandate },
      expectedUpdatedAt: before.updatedAt
    })
    expect(saved.paymentSetup).toEqual({
      ...mandate,
      iban: 'ES9121000418450200051332',
      bic: 'CAIXESBB'
    })
    expect(await desk.call('customers.get', { id: seed.customerId })).toEqual(saved)
    expect(storedSetup(seed.customerId)).toEqual({
      method: 'direct_debit',
      iban: 'ES9121000418450200051332',
      bic: 'CAIXESBB',
      mandate: 'MNDT-2026/07',
      signedOn: '2026-03-02',
      brand: '',
      last4: ''
    })
    // The payments area reads the same record.
    const account = await desk.call('receivables.account', { customerId: seed.customerId })
    expect(account.setup).toMatchObject({ method: 'direct_debit', mandateReference: 'MNDT-2026/07' })

    const created = await desk.call('documents.createDraft', { document: draft(seed) })
    expect(created.paymentMethod).toBe('direct_debit')
    const issued = await desk.call('documents.issue', { id: created.id })
    expect(issued.paymentInstructions).toContain('ES91 **** 1332')
    expect(issued.paymentInstructions).toContain('MNDT-2026/07')

    const log = await desk.call('activity.list', {
      entity: 'customer',
      entityId: seed.customerId,
      offset: 0,
      limit: 5
    })
    const edit = log.rows.find((r) => r.action === 'update')
    expect(edit?.summary).toContain('paymentSetup')
    // The log names the change, never the account number.
    expect(JSON.stringify(log.rows)).not.toContain('21000418450200051332')
  })

  it('refuses a wrong IBAN, a missing mandate or date beside their fields, and writes nothing', async () => {
    const before = await desk.call('customers.get', { id: seed.customerId })
    const dump = dumpDatabase(desk.store.sqlite)
    const cases: Array<[Partial<typeof mandate>, string]> = [
      [{ iban: BAD_IBAN }, 'customer.paymentSetup.iban'],
      [{ iban: 'ES91 2100 0418' }, 'customer.paymentSetup.iban'],
      [{ iban: '' }, 'customer.paymentSetup.iban'],
      [{ mandateReference: '' }, 'customer.paymentSetup.mandateReference'],
      [{ mandateSignedOn: null }, 'customer.paymentSetup.mandateSignedOn']
    ]
    for (const [change, field] of cases) {
      const error = await desk.fail('customers.update', {
        id: seed.customerId,
        customer: {
          ...formOf(before),
          preferredPaymentMethod: 'direct_debit',
          paymentSetup: { ...mandate, ...change }
        }
      })
      expect(error.code, JSON.stringify(change)).toBe('invalid_input')
      expect(Object.keys(error.fields ?? {}), JSON.stringify(change)).toEqual([field])
    }
    // A new customer with a wrong IBAN is not created either.
    const error = await desk.fail('customers.create', {
      customer: {
        ...formOf(before),
        code: '',
        name: 'Nuevo S.A.',
        taxId: '',
        preferredPaymentMethod: 'direct_debit',
        paymentSetup: { ...mandate, iban: BAD_IBAN }
      }
    })
    expect(error.fields).toHaveProperty(['customer.paymentSetup.iban'])
    expect(dumpDatabase(desk.store.sqlite)).toEqual(dump)
  })

  it('switching to bank transfer forgets the mandate; leaving the details out keeps what is stored', async () => {
    const start = await desk.call('customers.get', { id: seed.customerId })
    const withMandate = await desk.call('customers.update', {
      id: seed.customerId,
      customer: { ...formOf(start), preferredPaymentMethod: 'direct_debit', paymentSetup: mandate }
    })
    // An import or an older caller sends no details: the mandate stays.
    const { paymentSetup: _p, ...withoutDetails } = formOf(withMandate)
    const renamed = await desk.call('customers.update', {
      id: seed.customerId,
      customer: { ...withoutDetails, notes: 'Renamed elsewhere' }
    })
    expect(renamed.paymentSetup.mandateReference).toBe('MNDT-2026/07')

    const transfer = await desk.call('customers.update', {
      id: seed.customerId,
      customer: { ...formOf(renamed), preferredPaymentMethod: 'bank_transfer' }
    })
    expect(transfer.paymentSetup).toEqual(emptyPaymentDetails())
    expect(storedSetup(seed.customerId)).toMatchObject({ method: 'bank_transfer', iban: '', mandate: '' })
  })

  it('a save without details that changes the method moves the stored set-up in the same transaction', async () => {
    const start = await desk.call('customers.get', { id: seed.customerId })
    const withMandate = await desk.call('customers.update', {
      id: seed.customerId,
      customer: { ...formOf(start), preferredPaymentMethod: 'direct_debit', paymentSetup: mandate }
    })
    const { paymentSetup: _p, ...withoutDetails } = formOf(withMandate)
    // An import or an older caller changes the method and sends no details.
    const transfer = await desk.call('customers.update', {
      id: seed.customerId,
      customer: { ...withoutDetails, preferredPaymentMethod: 'bank_transfer' }
    })
    expect(storedSetup(seed.customerId)).toMatchObject({ method: 'bank_transfer', iban: '', mandate: '' })
    expect(transfer.paymentSetup).toEqual(emptyPaymentDetails())
    const account = await desk.call('receivables.account', { customerId: seed.customerId })
    expect(account.setup).toMatchObject({ method: 'bank_transfer', mandateReference: '' })
    // A new invoice prints no mandate any more.
    const created = await desk.call('documents.createDraft', { document: draft(seed) })
    expect(created.paymentMethod).toBe('bank_transfer')
    const issued = await desk.call('documents.issue', { id: created.id })
    expect(issued.paymentInstructions).not.toContain('MNDT-2026/07')

    // A refused save changes neither the customer nor the set-up.
    const dump = dumpDatabase(desk.store.sqlite)
    await desk.fail('customers.update', {
      id: seed.customerId,
      customer: { ...withoutDetails, preferredPaymentMethod: 'card', executiveId: 999_999 }
    })
    expect(dumpDatabase(desk.store.sqlite)).toEqual(dump)
  })

  it('a card keeps brand, last four digits and expiry; the card’s fields are required', async () => {
    const start = await desk.call('customers.get', { id: seed.customerId })
    const missing = await desk.fail('customers.update', {
      id: seed.customerId,
      customer: { ...formOf(start), preferredPaymentMethod: 'card' }
    })
    expect(Object.keys(missing.fields ?? {}).sort()).toEqual([
      'customer.paymentSetup.cardBrand',
      'customer.paymentSetup.cardExpiry',
      'customer.paymentSetup.cardLast4'
    ])
    const card = await desk.call('customers.update', {
      id: seed.customerId,
      customer: {
        ...formOf(start),
        preferredPaymentMethod: 'card',
        paymentSetup: { ...mandate, cardBrand: 'visa', cardLast4: '4242', cardExpiry: '2028-01' }
      }
    })
    // The direct-debit fields sent along are not kept for a card.
    expect(card.paymentSetup).toEqual({
      ...emptyPaymentDetails(),
      cardBrand: 'visa',
      cardLast4: '4242',
      cardExpiry: '2028-01'
    })
  })
})
