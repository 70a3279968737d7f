/**
 * Exchange rates: the ECB's CSV (daily and history layouts) imported against the accounting
 * currency, crossed through the EUR when that is another currency; a rate entered by hand; the
 * rate frozen on a foreign-currency invoice at issue (a later correction of the table leaves it
 * as it was); its VAT printed in the accounting currency, read back with pdftotext.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { toAccounting } from '../../src/shared/exchange'
import { draft, line, seedDocuments, type Seeded } from '../documents/helpers'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { pdfText } from '../support/pdf-text'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

/** The ECB's daily file as it comes (spaces after commas, a trailing comma). */
const daily = 'Date, USD, JPY, HUF, GBP,\n02 March 2026, 1.0823, 162.50, 387.23, 0.8561,\n'
/** The ECB's history file (newest first, N/A where a currency was not quoted). */
const history =
  'Date,USD,JPY,HUF,GBP,\n2026-02-27,1.0801,161.9,388.10,N/A,\n2026-02-26,1.0790,161.2,389.00,0.8570,\n'

async function setAccounting(currency: string) {
  const settings = await desk.call('settings.get', {})
  await desk.call('settings.update', {
    settings: { ...settings, documents: { ...settings.documents, accountingCurrency: currency } }
  })
}

describe('exchange rates', () => {
  it('imports both ECB layouts against EUR, skipping N/A', async () => {
    const one = await desk.call('rates.importEcb', { fileName: 'eurofxref.csv', base64: base64(daily) })
    expect(one).toEqual({
      days: 1,
      rates: 4,
      currencies: ['GBP', 'HUF', 'JPY', 'USD'],
      firstDate: '2026-03-02',
      lastDate: '2026-03-02'
    })
    const hist = await desk.call('rates.importEcb', {
      fileName: 'eurofxref-hist.csv',
      base64: base64(history)
    })
    expect(hist.rates).toBe(7)
    const huf = await desk.call('rates.list', { currency: 'HUF', offset: 0, limit: 10 })
    expect(huf.rows.map((r) => [r.rateDate, r.rate, r.source])).toEqual([
      ['2026-03-02', '387.23', 'ecb_csv'],
      ['2026-02-27', '388.1', 'ecb_csv'],
      ['2026-02-26', '389', 'ecb_csv']
    ])
  })

  it('crosses the ECB rates through the EUR when the books are kept in HUF', async () => {
    await setAccounting('HUF')
    await desk.call('rates.importEcb', { fileName: 'eurofxref.csv', base64: base64(daily) })
    const rows = (await desk.call('rates.list', { currency: null, offset: 0, limit: 10 })).rows
    const rateOf = (c: string) => rows.find((r) => r.currency === c)?.rate
    // 1 HUF = 1/387.23 EUR; 1 HUF = 1.0823/387.23 USD (10 decimals, half away from zero).
    expect(rateOf('EUR')).toBe('0.0025824445')
    expect(rateOf('USD')).toBe('0.0027949797')
    expect(rateOf('HUF')).toBeUndefined()
    expect(rows.every((r) => r.accountingCurrency === 'HUF')).toBe(true)
  })

  it('refuses a file that is not ECB rates, with the line, and writes nothing', async () => {
    const bad = await desk.fail('rates.importEcb', {
      fileName: 'x.csv',
      base64: base64('Date, USD\n02 March 2026, abc\n')
    })
    expect(bad.message).toBe('Line 2, USD: "abc" is not a rate')
    const unknown = await desk.fail('rates.importEcb', { fileName: 'x.csv', base64: base64('Date, XYZ\n') })
    expect(unknown.message).toMatch(/not an ISO 4217 currency code/)
    expect((await desk.call('rates.list', { currency: null, offset: 0, limit: 10 })).total).toBe(0)
  })

  it('freezes the rate on a foreign-currency invoice at issue and prints its VAT in EUR', async () => {
    await desk.call('rates.set', { rate: { rateDate: '2026-02-27', currency: 'HUF', rate: '388,10' } })
    const created = await desk.call('documents.createDraft', {
      document: draft(seed, {
        currency: 'HUF',
        lines: [line({ quantityMilli: 1000, unitPriceCents: 100_000_00, vatRateBp: 2700 })]
      })
    })
    const issued = await desk.call('documents.issue', { id: created.id })
    expect(issued.vatCents).toBe(27_000_00)
    const expectedVat = toAccounting(27_000_00, 'HUF', '388.1', 'EUR')
    // 27 000 HUF / 388.10 = 69.5697… EUR
    expect(expectedVat).toBe(69_57)
    expect(issued.exchangeRate).toEqual({
      currency: 'HUF',
      accountingCurrency: 'EUR',
      rate: '388.1',
      rateDate: '2026-02-27',
      vatInAccountingCents: expectedVat,
      totalInAccountingCents: toAccounting(127_000_00, 'HUF', '388.1', 'EUR')
    })
    // A correction of the table later does not move an issued document.
    await desk.call('rates.set', { rate: { rateDate: '2026-02-27', currency: 'HUF', rate: '400' } })
    const again = await desk.call('documents.get', { id: created.id })
    expect(again.exchangeRate?.rate).toBe('388.1')
    expect(() =>
      desk.store.sqlite
        .prepare(`update document_exchange_rates set rate = '1' where document_id = ?`)
        .run(created.id)
    ).toThrow(/cannot be changed/)
    const text = pdfText((await desk.call('documents.pdf', { id: created.id })).bytes, { squeeze: 'spaces' })
    expect(text).toContain('Exchange rate 27 Feb 2026 (HUF per EUR) 388.1')
    expect(text).toContain('VAT in EUR 69.57')
    // An invoice in the accounting currency has no rate and no extra line.
    const eur = await desk.call('documents.issue', {
      id: (await desk.call('documents.createDraft', { document: draft(seed) })).id
    })
    expect(eur.exchangeRate).toBeNull()
  })
})
