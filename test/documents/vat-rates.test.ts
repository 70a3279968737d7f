/**
 * VAT rates per country in Settings (issue 11): defaults with their kinds, edits with validity
 * dates, refusals that write nothing, the rates the editor offers on a date, and a rate change
 * that leaves an issued invoice exactly as it was (same lines, totals and printed text).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  offeredVatRates,
  ratesInForce,
  type CountryVatRate,
  type VatRateTable
} from '../../src/shared/schemas/vat-rates'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { issued, line, seedDocuments, type Seeded } from './helpers'
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

const of = (table: VatRateTable, country: string) =>
  table.rates.filter((r) => r.country === country).map((r) => [r.kind, r.rateBp, r.validFrom, r.validTo])

const rate = (
  country: string,
  kind: CountryVatRate['kind'],
  rateBp: number,
  from: string | null,
  to: string | null
) => ({
  country,
  kind,
  rateBp,
  validFrom: from,
  validTo: to
})

async function logTotal() {
  return (await desk.call('activity.list', { entity: 'settings', entityId: null, offset: 0, limit: 500 }))
    .total
}

describe('VAT rates per country', () => {
  it('start with every country’s rates and their kinds: Spain 21/10/4/0, Hungary 27/18/5/0', async () => {
    const table = await desk.call('vatRates.get', {})
    expect(of(table, 'ES')).toEqual([
      ['standard', 2100, null, null],
      ['reduced', 1000, null, null],
      ['superReduced', 400, null, null],
      ['zero', 0, null, null]
    ])
    expect(of(table, 'HU')).toEqual([
      ['standard', 2700, null, null],
      ['reduced', 1800, null, null],
      ['reduced', 500, null, null],
      ['zero', 0, null, null]
    ])
    // Every EU country the app knows has exactly one standard rate and a zero rate.
    for (const country of ['AT', 'DE', 'FR', 'IT', 'PT', 'SE', 'PL', 'GB']) {
      const kinds = table.rates.filter((r) => r.country === country).map((r) => r.kind)
      expect(
        kinds.filter((k) => k === 'standard'),
        country
      ).toHaveLength(1)
      expect(kinds, country).toContain('zero')
    }
  })

  it('a rate that changes on a date: offered from that date, and an invoice issued before keeps its rate and its print', async () => {
    // Issued on 2 March at the Spanish standard rate: 2 h × 50.00 + 1 × 200.00 at 21 %.
    const invoice = await issued(desk, seed, {
      issueDate: '2026-03-02',
      lines: [line(), line({ description: 'Muntatge', quantityMilli: 1_000, unitPriceCents: 20_000 })]
    })
    const net = 2 * 5_000 + 20_000
    const vat = Math.round((net * 21) / 100)
    expect([invoice.netCents, invoice.vatCents, invoice.totalCents]).toEqual([net, vat, net + vat])
    const printedBefore = pdfText((await desk.call('documents.pdf', { id: invoice.id, paper: 'A4' })).bytes)

    // The standard rate goes up to 23 % from 1 July; the reduced one is unchanged.
    const before = await desk.call('vatRates.get', {})
    const others = before.rates.filter((r) => !(r.country === 'ES' && r.kind === 'standard'))
    const logged = await logTotal()
    const saved = await desk.call('vatRates.update', {
      table: {
        rates: [
          ...others,
          rate('ES', 'standard', 2100, null, '2026-06-30'),
          rate('ES', 'standard', 2300, '2026-07-01', null)
        ]
      }
    })
    expect(await logTotal()).toBe(logged + 1)
    expect(ratesInForce(saved, 'ES', '2026-06-30').map((r) => r.rateBp)).toEqual([2100, 1000, 400, 0])
    expect(ratesInForce(saved, 'ES', '2026-07-01').map((r) => r.rateBp)).toEqual([2300, 1000, 400, 0])
    // The editor offers the seller country's rates of the document's date; the list in the
    // document settings only where the table has none for the country.
    expect(offeredVatRates(saved, 'ES', '2026-07-15', [2700])).toEqual([2300, 1000, 400, 0])
    expect(offeredVatRates(saved, 'US', '2026-07-15', [0])).toEqual([0])
    expect(await desk.call('vatRates.get', {})).toEqual(saved)

    // The issued invoice is untouched: the same lines, totals and printed text.
    const after = await desk.call('documents.get', { id: invoice.id })
    expect(after.lines.map((l) => l.vatRateBp)).toEqual([2100, 2100])
    expect([after.netCents, after.vatCents, after.totalCents]).toEqual([net, vat, net + vat])
    const printedAfter = pdfText((await desk.call('documents.pdf', { id: invoice.id, paper: 'A4' })).bytes)
    expect(printedAfter).toBe(printedBefore)
    expect(printedAfter).toMatch(/21\s?%/)
    expect(printedAfter).not.toMatch(/23\s?%/)
  })

  it('refuse a 0 % that is not the zero kind, an end before the start, and two standard rates on one day; nothing is written', async () => {
    const before = await desk.call('vatRates.get', {})
    const logged = await logTotal()
    const refused = async (rates: ReturnType<typeof rate>[], field: string, key: string) => {
      const error = await desk.fail('vatRates.update', { table: { rates } })
      expect(error.code).toBe('invalid_input')
      expect(Object.keys(error.fields ?? {})).toContain(field)
      expect(JSON.stringify(error)).toContain(key)
    }
    await refused([rate('ES', 'reduced', 0, null, null)], 'table.rates.0.rateBp', 'vatRateZeroKind')
    await refused([rate('ES', 'zero', 500, null, null)], 'table.rates.0.rateBp', 'vatRateZeroKind')
    await refused(
      [rate('ES', 'standard', 2100, '2026-07-01', '2026-06-30')],
      'table.rates.0.validTo',
      'vatRateEndsBeforeStart'
    )
    await refused(
      [rate('ES', 'standard', 2100, null, '2026-07-01'), rate('ES', 'standard', 2300, '2026-07-01', null)],
      'table.rates.1.validFrom',
      'vatRateOverlaps'
    )
    expect(await desk.call('vatRates.get', {})).toEqual(before)
    expect(await logTotal()).toBe(logged)
  })
})
