/**
 * Customer payment set-up: direct debit needs a valid IBAN (country length, mod-97), BIC,
 * mandate reference and date; a card keeps brand, last four and expiry only. A full card
 * number typed in any field is refused and never reaches the database file, its WAL or the
 * activity log. The method flows into new invoices and their printed instructions.
 */
import { pdfText } from '../support/pdf-text'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PaymentSetupInput } from '../../src/shared/schemas/payments'
import { dumpDatabase } from '../support/dump'
import { customer, customerQuery, openTestDesk, type TestDesk } from '../support/fixtures'
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

const blank: PaymentSetupInput = {
  method: 'bank_transfer',
  iban: '',
  bic: '',
  mandateReference: '',
  mandateSignedOn: null,
  cardBrand: null,
  cardLast4: '',
  cardExpiry: ''
}
const directDebit: PaymentSetupInput = {
  ...blank,
  method: 'direct_debit',
  iban: 'hu42 1177 3016 1111 1018 0000 0000',
  bic: 'OTPVHUHB',
  mandateReference: 'MNDT-2026/0042',
  mandateSignedOn: '2026-02-14'
}
/** A test Visa number that passes the Luhn check. */
const PAN = '4111 1111 1111 1111'
const PAN_DIGITS = '4111111111111111'

describe('payment set-up', () => {
  it('stores a direct-debit mandate with the IBAN compacted, and the method becomes the preferred one', async () => {
    const saved = await desk.call('paymentSetup.update', { customerId: seed.customerId, setup: directDebit })
    expect(saved).toMatchObject({
      method: 'direct_debit',
      iban: 'HU42117730161111101800000000',
      bic: 'OTPVHUHB',
      mandateReference: 'MNDT-2026/0042',
      mandateSignedOn: '2026-02-14'
    })
    expect((await desk.call('customers.get', { id: seed.customerId })).preferredPaymentMethod).toBe(
      'direct_debit'
    )
    const log = await desk.call('activity.list', {
      entity: 'customer',
      entityId: seed.customerId,
      offset: 0,
      limit: 10
    })
    expect(log.rows[0]).toMatchObject({ action: 'payment_setup' })
    expect(log.rows[0].summary).toContain('MNDT-2026/0042')
    // The log keeps the IBAN's ends only.
    expect(log.rows[0].summary).not.toContain('HU42117730161111101800000000')

    // The preferred method flows into a new invoice and its printed instructions.
    const created = await desk.call('documents.createDraft', { document: draft(seed) })
    expect(created.paymentMethod).toBe('direct_debit')
    const issued = await desk.call('documents.issue', { id: created.id })
    expect(issued.paymentInstructions).toBe(
      'The amount will be collected by direct debit on the due date from your account HU42 **** 0000, under mandate MNDT-2026/0042 signed on 2026-02-14.'
    )
    const pdf = await desk.call('documents.pdf', { id: issued.id })
    writeFileSync(desk.folder.file('invoice.pdf'), pdf.bytes)
    const printed = pdfText(desk.folder.file('invoice.pdf'), { layout: false, squeeze: 'all' })
    expect(printed).toContain('under mandate MNDT-2026/0042')
    expect(printed).toContain('Direct debit')

    // Switching to bank transfer forgets the mandate.
    const transfer = await desk.call('paymentSetup.update', {
      customerId: seed.customerId,
      setup: { ...directDebit, method: 'bank_transfer' }
    })
    expect(transfer).toMatchObject({
      method: 'bank_transfer',
      iban: '',
      mandateReference: '',
      mandateSignedOn: null
    })
    const next = await desk.call('documents.issue', {
      id: (await desk.call('documents.createDraft', { document: draft(seed) })).id
    })
    expect(next.paymentInstructions).toContain('ES91 2100 0418 4502 0005 1332')
  })

  it('goes with a customer that is deleted before it has any history', async () => {
    const fresh = await desk.call('customers.create', { customer: customer({ name: 'Nuevo S.L.' }) })
    await desk.call('paymentSetup.update', { customerId: fresh.id, setup: directDebit })
    await desk.call('customers.delete', { id: fresh.id })
    expect(
      desk.store.sqlite
        .prepare('select count(*) as n from customer_payment_setups where customer_id = ?')
        .get(fresh.id)
    ).toEqual({ n: 0 })
  })

  it('refuses a wrong IBAN (length, check digits, country) and an incomplete mandate, writing nothing', async () => {
    const before = dumpDatabase(desk.store.sqlite)
    const cases: Array<[Partial<PaymentSetupInput>, string, RegExp]> = [
      [{ iban: 'HU42 1177 3016 1111 1018 0000 000' }, 'setup.iban', /wrong length/],
      [{ iban: 'HU43 1177 3016 1111 1018 0000 0000' }, 'setup.iban', /check digits/],
      [{ iban: 'XX42 1177 3016 1111 1018 0000 0000' }, 'setup.iban', /country/],
      [{ iban: '' }, 'setup.iban', /needs the customer’s IBAN/],
      [{ mandateReference: '' }, 'setup.mandateReference', /mandate reference/],
      [{ mandateSignedOn: null }, 'setup.mandateSignedOn', /signed/],
      [{ bic: 'OTP' }, 'setup.bic', /8 or 11/]
    ]
    for (const [change, field, message] of cases) {
      const error = await desk.fail('paymentSetup.update', {
        customerId: seed.customerId,
        setup: { ...directDebit, ...change }
      })
      expect(error.code).toBe('invalid_input')
      expect(error.fields?.[field], JSON.stringify(change)).toMatch(message)
    }
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })

  it('keeps a card’s brand, last four digits and expiry only', async () => {
    const card = {
      ...blank,
      method: 'card' as const,
      cardBrand: 'visa' as const,
      cardLast4: '1111',
      cardExpiry: '2027-09',
      iban: ''
    }
    const saved = await desk.call('paymentSetup.update', { customerId: seed.customerId, setup: card })
    expect(saved).toMatchObject({
      method: 'card',
      cardBrand: 'visa',
      cardLast4: '1111',
      cardExpiry: '2027-09',
      iban: ''
    })
    const invoice = await desk.call('documents.issue', {
      id: (await desk.call('documents.createDraft', { document: draft(seed) })).id
    })
    expect(invoice).toMatchObject({
      paymentMethod: 'card',
      paymentInstructions: 'Payment by card (Visa ending 1111).'
    })
    expect(
      (
        await desk.fail('paymentSetup.update', {
          customerId: seed.customerId,
          setup: { ...card, cardLast4: '11111' }
        })
      ).fields?.['setup.cardLast4']
    ).toMatch(/last four/)
    expect(
      (
        await desk.fail('paymentSetup.update', {
          customerId: seed.customerId,
          setup: { ...card, cardExpiry: '2027-13' }
        })
      ).fields?.['setup.cardExpiry']
    ).toBeDefined()
    expect(
      (
        await desk.fail('paymentSetup.update', {
          customerId: seed.customerId,
          setup: { ...card, cardBrand: null }
        })
      ).fields?.['setup.cardBrand']
    ).toBeDefined()
    // Even written past the API, the store holds four digits at most.
    expect(() =>
      desk.store.sqlite.prepare('update customer_payment_setups set card_last4 = ?').run(PAN_DIGITS)
    ).toThrow(/CHECK/)
  })

  it('refuses a full card number in any field of any payment call; it never reaches the file or the log', async () => {
    const before = dumpDatabase(desk.store.sqlite)
    const attempts: Array<Promise<{ code: string; message: string; fields?: Record<string, string> }>> = [
      desk.fail('paymentSetup.update', {
        customerId: seed.customerId,
        setup: { ...blank, method: 'card', cardBrand: 'visa', cardLast4: PAN, cardExpiry: '2027-09' }
      }),
      desk.fail('paymentSetup.update', {
        customerId: seed.customerId,
        setup: { ...directDebit, mandateReference: PAN_DIGITS }
      }),
      desk.fail('payments.record', {
        payment: {
          customerId: seed.customerId,
          paymentDate: '2026-03-02',
          amountCents: 100,
          method: 'card',
          reference: `card ${PAN}`,
          note: '',
          allocations: null
        }
      }),
      desk.fail('payments.record', {
        payment: {
          customerId: seed.customerId,
          paymentDate: '2026-03-02',
          amountCents: 100,
          method: 'card',
          reference: '',
          note: `Paid with 4111-1111-1111-1111 exp 09/27`,
          allocations: null
        }
      })
    ]
    for (const error of await Promise.all(attempts)) {
      expect(error.code).toBe('invalid_input')
      expect(error.message).toMatch(/full card number/)
      expect(JSON.stringify(error)).not.toContain(PAN_DIGITS)
    }
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
    expect(desk.reported).toEqual([])
    // Byte for byte: neither the database file nor its WAL holds the number.
    desk.store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    for (const name of readdirSync(desk.folder.path)) {
      const bytes = readFileSync(desk.folder.file(name))
      expect(bytes.includes(Buffer.from(PAN_DIGITS)), name).toBe(false)
      expect(bytes.includes(Buffer.from('4111-1111')), name).toBe(false)
    }
  })
})

describe('the customer list after a payment set-up', () => {
  it('sorts the customer by its new last change at once (the in-memory list learns of the write)', async () => {
    const byChange = customerQuery({ sort: { field: 'updatedAt', direction: 'desc' } })
    desk.clock.set(new Date('2026-03-02T09:00:00Z'))
    const first = await desk.call('customers.create', { customer: customer({ name: 'Alfa Obras S.L.' }) })
    desk.clock.set(new Date('2026-03-02T10:00:00Z'))
    const second = await desk.call('customers.create', { customer: customer({ name: 'Beta Reformas S.L.' }) })
    expect((await desk.call('customers.list', byChange)).rows[0].id).toBe(second.id)
    desk.clock.set(new Date('2026-03-02T11:00:00Z'))
    await desk.call('paymentSetup.update', { customerId: first.id, setup: directDebit })
    const list = await desk.call('customers.list', byChange)
    expect(list.rows[0]).toMatchObject({ id: first.id, updatedAt: '2026-03-02T11:00:00.000Z' })
  })
})
