/**
 * Credit notes exact to the cent (issue 11): the note that brings an invoice line, a VAT rate
 * or the invoice to zero credits exactly what remains, so nothing stays open at 0.01.
 * Expected figures are worked out by hand in the comments.
 */
import { pdfText } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { creditNote, issued, line, seedDocuments, type CreditedLines, type Seeded } from './helpers'

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const credit = (invoice: SalesDocument, lines?: CreditedLines) =>
  creditNote(desk, invoice, { lines, reason: 'Devolución' })

const openCents = (documentId: number) =>
  (
    desk.store.sqlite.prepare('select open_cents from receivables where document_id = ?').get(documentId) as
      { open_cents: number } | undefined
  )?.open_cents

describe('credit notes exact to the cent', () => {
  it('the note that credits the last line of a rate credits the VAT that remains (2.10 + 4.21 = 6.31)', async () => {
    const invoice = await issued(desk, seed, {
      lines: [
        line({ description: 'A', quantityMilli: 1000, unitPriceCents: 1002 }),
        line({ description: 'B', quantityMilli: 1000, unitPriceCents: 2002 })
      ]
    })
    // Base 30.04 × 21 % = 6.3084 -> 6.31; total 36.35.
    expect(invoice).toMatchObject({ netCents: 3004, vatCents: 631, totalCents: 3635 })
    const [a, b] = invoice.lines
    const first = await credit(invoice, [{ lineId: a.id, quantityMilli: 1000 }])
    // 10.02 × 21 % = 2.1042 -> 2.10
    expect(first).toMatchObject({ netCents: 1002, vatCents: 210, totalCents: 1212 })
    const second = await credit(invoice, [{ lineId: b.id, quantityMilli: 1000 }])
    // Alone 20.02 × 21 % = 4.2042 would round to 4.20; what remains is 6.31 − 2.10 = 4.21.
    expect(second).toMatchObject({ netCents: 2002, vatCents: 421, totalCents: 2423 })
    expect(second.vatBreakdown).toEqual([
      { vatCategory: 'S', vatRateBp: 2100, netCents: 2002, vatCents: 421 }
    ])
    expect(first.totalCents + second.totalCents).toBe(invoice.totalCents)
    expect(openCents(invoice.id)).toBe(0)
    // Read back later, the stored breakdown still says 4.21.
    expect((await desk.call('documents.get', { id: second.id })).vatBreakdown[0].vatCents).toBe(421)
  })

  it('the last partial credit of a line takes its exact remainder; one click credits the whole rest', async () => {
    const invoice = await issued(desk, seed, {
      lines: [
        // 3 × 1.0050 = 3.015 -> 3.02
        line({
          description: 'C',
          quantityMilli: 3000,
          unitPriceCents: undefined,
          unitPriceTenThousandths: 10_050
        }),
        line({ description: 'D', quantityMilli: 1000, unitPriceCents: 999, vatRateBp: 1000 })
      ]
    })
    const c = invoice.lines[0]
    expect(c.netCents).toBe(302)
    const one = await credit(invoice, [{ lineId: c.id, quantityMilli: 1000 }])
    const two = await credit(invoice, [{ lineId: c.id, quantityMilli: 1000 }])
    // 1 × 1.0050 = 1.005 -> 1.01 each time
    expect([one.lines[0].netCents, two.lines[0].netCents]).toEqual([101, 101])
    // One click: everything not yet credited (the last piece of C and all of D).
    const rest = await credit(invoice)
    const restC = rest.lines.find((l) => l.description === 'C')
    // Computed it would be 1.01 again; what remains of 3.02 is 1.00.
    expect(restC?.netCents).toBe(100)
    const notes = [one, two, rest]
    expect(notes.reduce((sum, n) => sum + n.netCents, 0)).toBe(invoice.netCents)
    expect(notes.reduce((sum, n) => sum + n.vatCents, 0)).toBe(invoice.vatCents)
    expect(notes.reduce((sum, n) => sum + n.totalCents, 0)).toBe(invoice.totalCents)
    expect(openCents(invoice.id)).toBe(0)
    const after = await desk.call('documents.get', { id: invoice.id })
    expect(after.actions).not.toContain('creditNote')
  })
})

/**
 * An invoice with lines at 21 % and 10 %, freight charged at 21 % and a discount on the whole
 * document at 10 % (EN 16931: the base of a VAT rate is its line nets − allowances + charges
 * at that rate, BR-CO-13 and BR-S-08; VAT per rate = base × rate, rounded to the cent).
 *   A: 2 × 10.05 = 20.10 (S 21 %)     B: 2 × 7.33 = 14.66 (S 10 %)
 *   freight (charge) 12.40 (S 21 %)    discount (allowance) 2.50 (S 10 %)
 *   base 21 % = 20.10 + 12.40 = 32.50 -> VAT 6.825 -> 6.83
 *   base 10 % = 14.66 − 2.50 = 12.16 -> VAT 1.216 -> 1.22
 *   net = 34.76 − 2.50 + 12.40 = 44.66; VAT 8.05; total 52.71
 */
describe('credit notes of an invoice with document-level allowances and charges', () => {
  const withFreight = () =>
    issued(desk, seed, {
      lines: [
        line({ description: 'A', quantityMilli: 2000, unitPriceCents: 1005 }),
        line({ description: 'B', quantityMilli: 2000, unitPriceCents: 733, vatRateBp: 1000 })
      ],
      allowancesCharges: [
        {
          charge: true,
          amountCents: 1240,
          reason: 'Freight',
          reasonCode: 'FC',
          vatCategory: 'S',
          vatRateBp: 2100
        },
        {
          charge: false,
          amountCents: 250,
          reason: 'Discount',
          reasonCode: '95',
          vatCategory: 'S',
          vatRateBp: 1000
        }
      ]
    })
  const rows = (n: SalesDocument) =>
    n.allowancesCharges.map((ac) => [ac.charge, ac.amountCents, ac.vatCategory, ac.vatRateBp, ac.reason])

  it('the invoice is what the rules give', async () => {
    const invoice = await withFreight()
    expect(invoice).toMatchObject({ lineNetCents: 3476, netCents: 4466, vatCents: 805, totalCents: 5271 })
    expect(invoice.vatBreakdown).toEqual([
      { vatCategory: 'S', vatRateBp: 2100, netCents: 3250, vatCents: 683 },
      { vatCategory: 'S', vatRateBp: 1000, netCents: 1216, vatCents: 122 }
    ])
    expect(openCents(invoice.id)).toBe(5271)
  })

  it('one click credits the whole invoice, freight and discount included: nothing stays open', async () => {
    const invoice = await withFreight()
    const note = await credit(invoice)
    expect(note).toMatchObject({
      lineNetCents: 3476,
      allowanceTotalCents: 250,
      chargeTotalCents: 1240,
      netCents: 4466,
      vatCents: 805,
      totalCents: 5271
    })
    expect(note.vatBreakdown).toEqual([
      { vatCategory: 'S', vatRateBp: 2100, netCents: 3250, vatCents: 683 },
      { vatCategory: 'S', vatRateBp: 1000, netCents: 1216, vatCents: 122 }
    ])
    expect(rows(note)).toEqual([
      [true, 1240, 'S', 2100, 'Freight'],
      [false, 250, 'S', 1000, 'Discount']
    ])
    expect(openCents(invoice.id)).toBe(0)
    const after = await desk.call('documents.get', { id: invoice.id })
    expect(after.actions).not.toContain('creditNote')
    // The printed note shows both rows and the breakdown per rate (read back with pdftotext).
    const file = desk.folder.file('note.pdf')
    writeFileSync(file, (await desk.call('documents.pdf', { id: note.id, paper: 'A4' })).bytes)
    const printed = pdfText(file)
    expect(printed).toMatch(/Plus: Freight\s+\S*12\.40/)
    expect(printed).toMatch(/Less: Discount\s+\S*2\.50/)
    expect(printed).toMatch(/32\.50\s+6\.83/)
    expect(printed).toMatch(/12\.16\s+1\.22/)
    expect(printed).toMatch(/52\.71/)
  })

  it('a partial credit note, then one click for the rest: exactly zero, VAT per rate exact', async () => {
    const invoice = await withFreight()
    const [a] = invoice.lines
    const first = await credit(invoice, [{ lineId: a.id, quantityMilli: 1000 }])
    // 10.05 × 21 % = 2.1105 -> 2.11; no line group is finished, so no freight or discount yet.
    expect(first).toMatchObject({ netCents: 1005, vatCents: 211, totalCents: 1216 })
    expect(first.allowancesCharges).toEqual([])
    const rest = await credit(invoice)
    // 21 %: 10.05 + 12.40 = 22.45; alone 4.7145 would round to 4.71, what remains is 6.83 − 2.11 = 4.72.
    // 10 %: 14.66 − 2.50 = 12.16 -> 1.22 (nothing credited before at 10 %).
    expect(rest.vatBreakdown).toEqual([
      { vatCategory: 'S', vatRateBp: 2100, netCents: 2245, vatCents: 472 },
      { vatCategory: 'S', vatRateBp: 1000, netCents: 1216, vatCents: 122 }
    ])
    // net 10.05 + 14.66 − 2.50 + 12.40 = 34.61; total 34.61 + 5.94 = 40.55
    expect(rest).toMatchObject({ netCents: 3461, vatCents: 594, totalCents: 4055 })
    expect(1216 + 4055).toBe(5271)
    expect(openCents(invoice.id)).toBe(0)
  })

  it('line by line: the note that finishes a rate takes that rate’s freight or discount', async () => {
    const invoice = await withFreight()
    const [a, b] = invoice.lines
    const first = await credit(invoice, [{ lineId: b.id, quantityMilli: 2000 }])
    // 10 % finished: 14.66 − 2.50 = 12.16, VAT 1.22, total 13.38
    expect(rows(first)).toEqual([[false, 250, 'S', 1000, 'Discount']])
    expect(first).toMatchObject({ netCents: 1216, vatCents: 122, totalCents: 1338 })
    const second = await credit(invoice, [{ lineId: a.id, quantityMilli: 2000 }])
    // 21 % finished: 20.10 + 12.40 = 32.50, VAT 6.83, total 39.33
    expect(rows(second)).toEqual([[true, 1240, 'S', 2100, 'Freight']])
    expect(second).toMatchObject({ netCents: 3250, vatCents: 683, totalCents: 3933 })
    expect(openCents(invoice.id)).toBe(0)
    await expect(credit(invoice)).rejects.toMatchObject({ error: { key: 'invoiceFullyCredited' } })
  })

  it('a prepaid amount is not credited twice: the whole credit credits the total, carries the prepaid amount, the invoice closes', async () => {
    const invoice = await issued(desk, seed, {
      lines: [line({ description: 'A', quantityMilli: 1000, unitPriceCents: 10_000 })],
      prepaidCents: 3000
    })
    // 100.00 + 21.00 = 121.00; less 30.00 paid in advance: 91.00 due.
    expect(invoice).toMatchObject({ totalCents: 12_100, prepaidCents: 3000, payableCents: 9100 })
    const note = await credit(invoice)
    // What it takes off the receivable is its own amount due, 91.00 (migration 0036_money).
    expect(note).toMatchObject({ totalCents: 12_100, prepaidCents: 3000, payableCents: 9100 })
    expect(openCents(invoice.id)).toBe(0)
  })
})
