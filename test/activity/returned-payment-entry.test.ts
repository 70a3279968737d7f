/**
 * A returned payment's activity entry names its bank fee and whether it was re-billed, and on which
 * debit note, in the reader's language: the English summary said so, the keyed entry the screens show
 * did not (issue 14). The sentences expected are written out here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { required } from '../../src/shared/required'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { DAY, invoiceOf, payment, seedDocuments, type Seeded } from '../payments/helpers'
import { plainReader } from './plain-reader'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

/** The test clock's day (09:30 UTC: the same day in the company's time zone). */
const isoDay = () => desk.clock.now().toISOString().slice(0, 10)

/** Pays an invoice of `cents` by direct debit, then returns the payment three days later. */
async function returned(cents: number, fee: { bankFeeCents: number; rebill: boolean }) {
  await invoiceOf(desk, seed, cents)
  const paid = await desk.call('payments.record', {
    payment: payment(seed, cents, { method: 'direct_debit', reference: 'SEPA-1' })
  })
  desk.clock.advance(3 * DAY)
  const back = await desk.call('payments.return', {
    id: paid.id,
    returnDate: isoDay(),
    reason: 'insufficient_funds',
    note: '',
    ...fee
  })
  const { rows } = await desk.call('activity.list', {
    entity: 'payment',
    entityId: paid.id,
    offset: 0,
    limit: 5
  })
  const entry = required(
    rows.find((row) => row.action === 'return'),
    'the return entry'
  )
  return { entry, back, date: isoDay() }
}

describe('a returned payment in the activity log', () => {
  it('names the re-billed fee and its debit note in each language', async () => {
    const { entry, back, date } = await returned(100_00, { bankFeeCents: 4_50, rebill: true })
    const note = await desk.call('documents.get', {
      id: required(back.return?.debitNoteId, 'the debit note')
    })
    const number = required(note.number, 'the debit note number')
    expect(entry.summary).toContain(`re-billed on debit note ${number}`)
    const customer = await desk.call('customers.get', { id: seed.customerId })
    expect((await plainReader('es'))(entry)).toBe(
      `Cobro de 10000 EUR de ${customer.code} Győri Lőrinc és Fiai Kft. devuelto el <${date}>: Fondos insuficientes; ` +
        `comisión bancaria de 450 EUR repercutida en la nota de cargo ${number}. Sus facturas vuelven a estar pendientes.`
    )
    expect((await plainReader('hu'))(entry)).toContain(
      `banki díj: 450 EUR, továbbszámlázva a(z) ${number} terhelési értesítőn.`
    )
    expect((await plainReader('ru'))(entry)).toContain(
      `комиссия банка 450 EUR перевыставлена в дебет-ноте ${number}.`
    )
    expect((await plainReader('en'))(entry)).toContain(`bank fee 450 EUR re-billed on debit note ${number}.`)
  })

  it('says a fee was not re-billed, and says nothing of a fee when there was none', async () => {
    const kept = (await returned(100_00, { bankFeeCents: 3_00, rebill: false })).entry
    expect((await plainReader('ca'))(kept)).toContain('comissió bancària de 300 EUR no repercutida.')
    expect((await plainReader('ru'))(kept)).toContain('комиссия банка 300 EUR не перевыставлена.')
    const none = (await returned(50_00, { bankFeeCents: 0, rebill: false })).entry
    const es = (await plainReader('es'))(none)
    expect(es).toContain('Fondos insuficientes. Sus facturas vuelven a estar pendientes.')
    expect(es).not.toContain('comisión')
  })
})
