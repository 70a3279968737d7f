/**
 * Credit notes exact to the cent (issue 11): the note that brings an invoice line, a VAT rate
 * or the invoice to zero credits exactly what remains, so nothing stays open at 0.01.
 * Expected figures are worked out by hand in the comments.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { issued, line, seedDocuments, type Seeded } from './helpers'

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

async function credit(invoice: SalesDocument, lines?: Array<{ lineId: number; quantityMilli: number }>) {
  const note = await desk.call('invoices.createCreditNote', {
    invoiceId: invoice.id,
    reason: 'Devolución',
    lines
  })
  return desk.call('documents.issue', { id: note.id })
}

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
