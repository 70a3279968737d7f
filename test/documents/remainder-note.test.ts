/**
 * The line-less remainder (issue 11): an invoice whose lines are all credited while its freight
 * and its document allowance are not (two line credit notes drafted side by side: neither finished
 * the rate when it was drafted, so neither took the rows) gets that remainder credited by a note
 * that carries the open rows as on the invoice and one line of 1 × 0.00 naming the invoice
 * (src/main/documents/credit-remainder.ts). Every figure is worked out here from the EN 16931 rules
 * (base per rate = line nets − allowances + charges; VAT per rate = base × rate, half up).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeFatal, validateEn16931 } from '../support/en16931'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { pdfText } from '../support/pdf-text'
import {
  creditLinesSideBySide,
  creditNote,
  issued,
  line,
  seedDocuments,
  setDocumentLanguage,
  type Seeded
} from './helpers'

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const vat21 = (base: number) => Math.round((base * 2100) / 10_000)
const A = 3 * 1337 // 3 × 13.37 = 40.11
const B = 2002 // 1 × 20.02
const FREIGHT = 1500
const ALLOWANCE = Math.round(((A + B) * 500) / 10_000) // 5 % of 60.13 = 3.0065 -> 3.01
const BASE = A + B + FREIGHT - ALLOWANCE // 72.12
const VAT = vat21(BASE) // 15.1452 -> 15.15
const TOTAL = BASE + VAT // 87.27
const NOTE_A = A + vat21(A) // 40.11 + 8.42
const NOTE_B = B + vat21(B) // 20.02 + 4.20
// What the remainder note credits: the rows' base, and the rate's VAT less what the line notes took.
const REST_NET = FREIGHT - ALLOWANCE // 11.99
const REST_VAT = VAT - vat21(A) - vat21(B) // 15.15 − 8.42 − 4.20 = 2.53 (11.99 × 21 % alone: 2.52)
const REST_TOTAL = REST_NET + REST_VAT

const openCents = (documentId: number) =>
  (
    desk.store.sqlite.prepare('select open_cents from receivables where document_id = ?').get(documentId) as
      { open_cents: number } | undefined
  )?.open_cents

const invoiceWithFreight = (prepaidCents = 0) =>
  issued(desk, seed, {
    issueDate: '2026-02-20',
    prepaidCents,
    lines: [
      line({ description: 'A', quantityMilli: 3000, unitPriceCents: 1337 }),
      line({ description: 'B', quantityMilli: 1000, unitPriceCents: 2002 })
    ],
    allowancesCharges: [
      {
        charge: true,
        amountCents: FREIGHT,
        reason: 'Freight',
        reasonCode: 'FC',
        vatCategory: 'S',
        vatRateBp: 2100
      },
      {
        charge: false,
        amountCents: ALLOWANCE,
        baseCents: A + B,
        percentBp: 500,
        reason: 'Loyalty discount',
        reasonCode: '95',
        vatCategory: 'S',
        vatRateBp: 2100
      }
    ]
  })

describe('the line-less remainder of an invoice', () => {
  it('is offered, credited with one 0.00 line naming the invoice and the open rows, and closes the invoice', async () => {
    const invoice = await invoiceWithFreight()
    expect(invoice).toMatchObject({ netCents: BASE, vatCents: VAT, totalCents: TOTAL })
    const [noteA, noteB] = await creditLinesSideBySide(desk, invoice)
    expect([noteA.totalCents, noteB.totalCents]).toEqual([NOTE_A, NOTE_B])
    expect([noteA.allowancesCharges, noteB.allowancesCharges]).toEqual([[], []])
    const before = await desk.call('documents.get', { id: invoice.id })
    expect(before.lines.map((l) => l.creditedMilli)).toEqual([3000, 1000])
    expect(openCents(invoice.id)).toBe(TOTAL - NOTE_A - NOTE_B)
    expect(before.actions).toContain('creditNote')

    const note = await creditNote(desk, invoice)
    expect(note.lines).toHaveLength(1)
    expect(note.lines[0]).toMatchObject({
      description: `Freight and charges of invoice ${invoice.number}`,
      quantityMilli: 1000,
      unitPriceTenThousandths: 0,
      netCents: 0,
      vatCategory: 'S',
      vatRateBp: 2100,
      sourceLineId: null
    })
    expect(note.allowancesCharges.map((ac) => [ac.charge, ac.amountCents, ac.reason])).toEqual([
      [true, FREIGHT, 'Freight'],
      [false, ALLOWANCE, 'Loyalty discount']
    ])
    expect(note).toMatchObject({
      lineNetCents: 0,
      chargeTotalCents: FREIGHT,
      allowanceTotalCents: ALLOWANCE,
      netCents: REST_NET,
      vatCents: REST_VAT,
      totalCents: REST_TOTAL,
      payableCents: REST_TOTAL
    })
    expect(note.vatBreakdown).toEqual([
      { vatCategory: 'S', vatRateBp: 2100, netCents: REST_NET, vatCents: REST_VAT }
    ])
    expect(NOTE_A + NOTE_B + REST_TOTAL).toBe(TOTAL)
    expect(openCents(invoice.id)).toBe(0)
    const after = await desk.call('documents.get', { id: invoice.id })
    expect(after.actions).not.toContain('creditNote')
    await expect(
      desk.call('invoices.createCreditNote', { invoiceId: invoice.id, reason: 'Again' })
    ).rejects.toMatchObject({ error: { key: 'invoiceFullyCredited' } })

    // The printed note: the freight, the allowance, the line and the invoice's number and date.
    const printed = pdfText((await desk.call('documents.pdf', { id: note.id, paper: 'A4' })).bytes, {
      squeeze: 'spaces'
    })
    expect(printed).toContain(`Freight and charges of invoice ${invoice.number}`)
    expect(printed).toMatch(/Plus: Freight \S*15\.00/)
    expect(printed).toMatch(/Less: Loyalty discount \S*3\.01/)
    expect(printed).toContain(`Corrects invoice ${invoice.number}`)
    expect(printed).toContain('Invoice date 20 Feb 2026')
    expect(printed).toMatch(/14\.52/)

    // UBL CreditNote and CII 381 pass the official EN 16931 rules.
    const files = []
    for (const format of ['ubl', 'cii'] as const) {
      const file = await desk.call('einvoice.file', { id: note.id, format })
      files.push({ name: `remainder.${format}.xml`, xml: Buffer.from(file.bytes).toString('utf8') })
    }
    expect(files[0].xml).toContain('<cac:CreditNoteLine>')
    expect(files[0].xml).toMatch(/<cbc:CreditedQuantity[^>]*>1<\/cbc:CreditedQuantity>/)
    expect(files[0].xml).toMatch(/<cbc:TaxAmount currencyID="EUR">2\.53<\/cbc:TaxAmount>/)
    expect(
      validateEn16931(files)
        .filter((r) => r.fatal.length > 0)
        .map(describeFatal)
    ).toEqual([])
  }, 60_000)

  it('with a prepaid amount: the remainder takes off what is still due and carries the rest as prepaid', async () => {
    const prepaid = 1000
    const invoice = await invoiceWithFreight(prepaid)
    expect(invoice.payableCents).toBe(TOTAL - prepaid)
    const [noteA, noteB] = await creditLinesSideBySide(desk, invoice)
    // Neither line note reaches the amount due (77.27): both are taken off it whole.
    expect([noteA.payableCents, noteB.payableCents]).toEqual([NOTE_A, NOTE_B])
    const due = TOTAL - prepaid - NOTE_A - NOTE_B // 4.52
    expect(openCents(invoice.id)).toBe(due)
    const note = await creditNote(desk, invoice)
    expect(note).toMatchObject({ totalCents: REST_TOTAL, prepaidCents: REST_TOTAL - due, payableCents: due })
    expect(openCents(invoice.id)).toBe(0)
    expect((await desk.call('documents.get', { id: invoice.id })).actions).not.toContain('creditNote')
  })

  it('the line is named in the customer’s language, and an edit of the draft cannot change it', async () => {
    const invoice = await invoiceWithFreight()
    await creditLinesSideBySide(desk, invoice)
    const draft = await desk.call('invoices.createCreditNote', { invoiceId: invoice.id, reason: 'Returned' })
    await setDocumentLanguage(desk, seed.customerId, 'es')
    // The editor sends the line back changed: it stays the 0.00 line; a free line beside it is refused.
    const edited = {
      type: 'credit_note' as const,
      customerId: seed.customerId,
      issueDate: null,
      validUntil: null,
      promisedDate: null,
      paymentInstructions: '',
      notes: '',
      reason: 'Devolución',
      lines: [
        line({ description: 'Something else', quantityMilli: 5000, unitPriceCents: 999, sourceLineId: null })
      ]
    }
    const saved = await desk.call('documents.updateDraft', { id: draft.id, document: edited })
    expect(saved.lines).toHaveLength(1)
    expect(saved.lines[0]).toMatchObject({ quantityMilli: 1000, netCents: 0, vatRateBp: 2100 })
    expect(saved).toMatchObject({ totalCents: REST_TOTAL })
    await expect(
      desk.call('documents.updateDraft', {
        id: draft.id,
        document: { ...edited, lines: [...edited.lines, line({ description: 'Extra', sourceLineId: null })] }
      })
    ).rejects.toMatchObject({ error: { code: 'invalid_input' } })
    const note = await desk.call('documents.issue', { id: draft.id })
    expect(note.documentLanguage).toBe('es')
    expect(note.lines[0].description).toBe(`Portes y cargos de la factura ${invoice.number}`)
  })

  it('a second remainder draft issued after the first is refused: nothing is credited twice', async () => {
    const invoice = await invoiceWithFreight()
    await creditLinesSideBySide(desk, invoice)
    const first = await desk.call('invoices.createCreditNote', { invoiceId: invoice.id, reason: 'Returned' })
    const second = await desk.call('invoices.createCreditNote', { invoiceId: invoice.id, reason: 'Returned' })
    await desk.call('documents.issue', { id: first.id })
    await expect(desk.call('documents.issue', { id: second.id })).rejects.toMatchObject({
      error: { key: 'invoiceFullyCredited' }
    })
    expect(openCents(invoice.id)).toBe(0)
  })

  it('a remainder of VAT only stays refused, with the amount left', async () => {
    // 10.02 + 20.02 at 21 %: 30.04 -> 6.31; credited side by side 2.10 + 4.20: 0.01 of VAT left, no row.
    const invoice = await issued(desk, seed, {
      lines: [
        line({ description: 'A', quantityMilli: 1000, unitPriceCents: 1002 }),
        line({ description: 'B', quantityMilli: 1000, unitPriceCents: 2002 })
      ]
    })
    expect(invoice.vatCents - vat21(1002) - vat21(2002)).toBe(1)
    await creditLinesSideBySide(desk, invoice)
    expect(openCents(invoice.id)).toBe(1)
    expect((await desk.call('documents.get', { id: invoice.id })).actions).not.toContain('creditNote')
    await expect(
      desk.call('invoices.createCreditNote', { invoiceId: invoice.id, reason: 'Returned' })
    ).rejects.toMatchObject({
      error: { key: 'creditOnlyVatLeft', params: { number: invoice.number, amount: '0.01 EUR' } }
    })
  })
})
