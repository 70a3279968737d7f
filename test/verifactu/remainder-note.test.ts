/**
 * The VERI*FACTU record of a line-less remainder credit note (issue 11; src/main/documents/
 * credit-remainder.ts): an invoice's freight and allowance credited after its lines, by a note of
 * one 0.00 line. The record is a rectificativa (R1, by differences) of the rows' base and of the VAT
 * that remained, negative, valid against the AEAT schema; figures worked out here.
 */
import { describe, expect, it } from 'vitest'
import { creditLinesSideBySide, line } from '../documents/helpers'
import { desksClosedAfterEach } from '../support/fixtures'
import { spanishDesk, xmlField, xmlSection, xsdErrors } from './support'

const open = desksClosedAfterEach()

describe('VERI*FACTU record of the remainder credit note', () => {
  it('R1 by differences: the freight less the allowance and the VAT left, negative, valid', async () => {
    const s = await spanishDesk()
    open.push(s.desk)
    const { desk } = s
    // 2 × 10.05 + 1 × 20.02 = 40.12; freight 12.40, allowance 2.00, all at 21 %.
    // Base 50.52 -> VAT 10.6092 -> 10.61. Lines credited side by side: 20.10 -> 4.22, 20.02 -> 4.20.
    const invoice = await desk.call('documents.issue', {
      id: (
        await desk.call('documents.createDraft', {
          document: {
            type: 'invoice',
            customerId: s.spanishCustomerId,
            issueDate: null,
            validUntil: null,
            promisedDate: null,
            paymentInstructions: '',
            notes: '',
            reason: '',
            lines: [
              line({ description: 'A', quantityMilli: 2000, unitPriceCents: 1005 }),
              line({ description: 'B', quantityMilli: 1000, unitPriceCents: 2002 })
            ],
            allowancesCharges: [
              { charge: true, amountCents: 1240, reason: 'Portes', vatCategory: 'S', vatRateBp: 2100 },
              { charge: false, amountCents: 200, reason: 'Descuento', vatCategory: 'S', vatRateBp: 2100 }
            ]
          }
        })
      ).id
    })
    expect(invoice.vatCents).toBe(Math.round((5052 * 21) / 100))
    await creditLinesSideBySide(desk, invoice, { reason: 'Devolución' })
    const draft = await desk.call('invoices.createCreditNote', { invoiceId: invoice.id, reason: 'Portes' })
    await desk.call('verifactu.setDocumentOptions', {
      documentId: draft.id,
      options: { correctionCode: 'R1', correctionKind: 'I', eurRate: null }
    })
    const note = await desk.call('documents.issue', { id: draft.id })
    const info = await desk.call('verifactu.document', { id: note.id })
    const record = info.records[info.records.length - 1]
    const xml = (
      desk.store.sqlite.prepare('select xml from verifactu_records where id = ?').get(record.id) as {
        xml: string
      }
    ).xml
    expect(xsdErrors([xml])).toEqual([])
    expect(xmlField(xml, 'TipoFactura')).toBe('R1')
    expect(xmlField(xml, 'TipoRectificativa')).toBe('I')
    expect(xmlField(xml, 'NumSerieFactura', xmlSection(xml, 'FacturasRectificadas'))).toBe(invoice.number)
    // Base 12.40 − 2.00 = 10.40; VAT 10.61 − 4.22 − 4.20 = 2.19 (10.40 × 21 % = 2.184 -> 2.18 alone).
    const vatLeft = 1061 - Math.round((2010 * 21) / 100) - Math.round((2002 * 21) / 100)
    expect(vatLeft).toBe(219)
    expect(xmlField(xml, 'BaseImponibleOimporteNoSujeto')).toBe('-10.40')
    expect(xmlField(xml, 'CuotaRepercutida')).toBe('-2.19')
    expect(xmlField(xml, 'CuotaTotal')).toBe('-2.19')
    expect(xmlField(xml, 'ImporteTotal')).toBe('-12.59')
  })
})
