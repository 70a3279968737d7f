/**
 * The NAV InvoiceData of a line-less remainder credit note (issue 11; src/main/documents/
 * credit-remainder.ts): a modification of the invoice whose lines were credited before, carrying
 * the 0.00 line and the invoice's freight and allowance (as lines: NAV has no document-level rows),
 * negative, valid against the NAV XSD; figures worked out here.
 */
import { describe, expect, it } from 'vitest'
import { creditLinesSideBySide, creditNote } from '../documents/helpers'
import { navFixture } from '../support/nav'
import { issueInvoice } from './desk'
import { xsdErrors } from './xsd'

const nav = navFixture()

const vat27 = (base: number) => Math.round((base * 2700) / 10_000)
const field = (xml: string, name: string) =>
  Array.from(xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g')), (m) => m[1])

describe('NAV InvoiceData of the remainder credit note', () => {
  it('a modification with the 0.00 line, the freight and the allowance, negative, valid', async () => {
    const { desk: d, seed } = await nav.hungarianDesk()
    // 3 × 13.37 + 1 × 20.02 = 60.13; freight 15.00; allowance 3.01; all at 27 %: base 72.12.
    const invoice = await issueInvoice(
      d,
      seed.domestic,
      [
        { description: 'A', quantityMilli: 3000, unitPriceCents: 1337 },
        { description: 'B', quantityMilli: 1000, unitPriceCents: 2002 }
      ],
      [
        { charge: true, amountCents: 1500, reason: 'Szállítás', vatCategory: 'S', vatRateBp: 2700 },
        { charge: false, amountCents: 301, reason: 'Engedmény', vatCategory: 'S', vatRateBp: 2700 }
      ]
    )
    expect(invoice.vatCents).toBe(vat27(7212))
    await creditLinesSideBySide(d, invoice, { reason: 'Visszáru' })
    const note = await creditNote(d, invoice, { reason: 'Fuvardíj' })
    // VAT left: 19.47 − 10.83 − 5.41 = 3.23 (11.99 × 27 % alone would be 3.24).
    const vatLeft = vat27(7212) - vat27(4011) - vat27(2002)
    expect(vatLeft).toBe(323)
    expect(note.vatCents).toBe(vatLeft)

    const xml = Buffer.from((await d.call('nav.exportXml', { id: note.id })).bytes).toString('utf8')
    expect(xsdErrors(xml)).toBe('')
    expect(field(xml, 'originalInvoiceNumber')).toEqual([invoice.number])
    // The third modification of the invoice: its 2 lines and 2 rows, then 1 line each for the notes.
    expect(field(xml, 'modificationIndex')).toEqual(['3'])
    expect(field(xml, 'lineDescription')).toEqual([
      `A(z) ${String(invoice.number)} számla fuvardíja és egyéb díjai`,
      'Szállítás',
      'Engedmény'
    ])
    expect(field(xml, 'lineNetAmount')).toEqual(['0.00', '-15.00', '3.01'])
    expect(field(xml, 'invoiceNetAmount')).toEqual(['-11.99'])
    expect(field(xml, 'invoiceVatAmount')).toEqual(['-3.23'])
    expect(field(xml, 'invoiceGrossAmount')).toEqual(['-15.22'])
  })
})
