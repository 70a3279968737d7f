/**
 * Issued documents that hold up (issue 11): the seller frozen at issue, refusals before an
 * invoice could be issued incomplete, and the EN 16931 amounts (negative lines, 4-decimal
 * prices, base quantities, line and document allowances/charges, prepaid) computed here
 * independently, by hand, and compared with what the API stores.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'
import { companySettings, draft, issued, line, seedDocuments } from './helpers'

let desk: TestDesk
afterEach(async () => {
  await desk.close()
})

describe('the seller at issue', () => {
  it('refuses to issue an invoice without the company legal name, address and tax id, writing nothing', async () => {
    desk = await openTestDesk({ company: false })
    const seed = await seedDocuments(desk)
    await desk.call('settings.update', { settings: companySettings({ legalName: '', taxId: '' }) })
    const created = await desk.call('documents.createDraft', { document: draft(seed) })
    const error = await desk.fail('documents.issue', { id: created.id })
    expect(error.code).toBe('conflict')
    expect(error.message).toContain('Settings → Company')
    expect(error.message).toContain('legal name')
    expect(error.message).toContain('tax id')
    const after = await desk.call('documents.get', { id: created.id })
    expect(after).toMatchObject({ status: 'draft', number: null, seller: null })
    // Estimates are not invoices: they can go out before the profile is complete.
    const estimate = await desk.call('documents.createDraft', { document: draft(seed, { type: 'estimate' }) })
    expect((await desk.call('documents.issue', { id: estimate.id })).number).toMatch(/^EST-/)
  })

  it('freezes the seller, language, locale and paper; later settings changes leave the issued invoice alone', async () => {
    desk = await openTestDesk()
    const seed = await seedDocuments(desk)
    const invoice = await issued(desk, seed)
    expect(invoice.seller).toMatchObject({
      legalName: 'Col·legi Català de Façanes S.L.',
      taxId: 'ESB12345674',
      address: {
        line1: 'Carrer de la Il·lustració 12',
        postalCode: '08001',
        city: 'Barcelona',
        country: 'ES'
      },
      iban: 'ES9121000418450200051332',
      bic: 'CAIXESBBXXX',
      footer: 'Inscrita en el Registre Mercantil de Barcelona'
    })
    expect(invoice.documentLanguage).toBe('en')
    await desk.call('settings.update', {
      settings: {
        ...companySettings({
          legalName: 'Otra Empresa S.A.',
          iban: 'ES7620770024003102575766',
          addressLine1: 'Avinguda Diagonal 1',
          documentFooter: 'Nuevo pie'
        }),
        documents: { ...companySettings().documents, printLocale: 'es-ES', paperSize: 'Letter' }
      }
    })
    const again = await desk.call('documents.get', { id: invoice.id })
    expect(again.seller).toEqual(invoice.seller)
    expect(again.documentLanguage).toBe('en')
    const row = desk.store.sqlite
      .prepare('select print_locale, paper_size, document_language from documents where id = ?')
      .get(invoice.id)
    expect(row).toEqual({ print_locale: 'en-GB', paper_size: 'A4', document_language: 'en' })
  })

  it('refuses reverse charge or an intra-community supply to a customer without a VAT id', async () => {
    desk = await openTestDesk()
    const seed = await seedDocuments(desk)
    const noVatId = await desk.call('customers.create', {
      customer: customer({ name: 'Müller Bau GmbH', billingAddress: address('Berlin', { country: 'DE' }) })
    })
    const created = await desk.call('documents.createDraft', {
      document: draft(
        { ...seed, customerId: noVatId.id },
        { lines: [line({ vatCategory: 'K', vatRateBp: 0 })] }
      )
    })
    const error = await desk.fail('documents.issue', { id: created.id })
    expect(error.code).toBe('conflict')
    expect(error.message).toContain('VAT id')
    expect((await desk.call('documents.get', { id: created.id })).status).toBe('draft')
  })

  it('prints the corrected invoice number and date on a credit note, frozen at issue', async () => {
    desk = await openTestDesk()
    const seed = await seedDocuments(desk)
    const invoice = await issued(desk, seed, { issueDate: '2026-02-27' })
    const note = await desk.call('invoices.createCreditNote', { invoiceId: invoice.id, reason: 'Returned' })
    await desk.call('documents.issue', { id: note.id })
    expect(
      desk.store.sqlite
        .prepare('select corrected_number, corrected_issue_date from documents where id = ?')
        .get(note.id)
    ).toEqual({ corrected_number: invoice.number, corrected_issue_date: '2026-02-27' })
  })
})

describe('EN 16931 amounts entered through the API', () => {
  it('negative lines, 4-decimal prices, base quantities, gross prices, line and document allowances and charges, prepaid', async () => {
    desk = await openTestDesk()
    const seed = await seedDocuments(desk)
    const doc = await desk.call('documents.createDraft', {
      document: draft(seed, {
        lines: [
          // 12 345 small parts at 0.0125 € each: 154.3125 -> 154.31
          line({
            description: 'Arandela M4',
            quantityMilli: 12_345_000,
            unitPriceCents: undefined,
            unitPriceTenThousandths: 125
          }),
          // 250 screws at 3.40 € per 100, list price 4.00 less 0.60: 8.50
          line({
            description: 'Tornillo',
            quantityMilli: 250_000,
            unitPriceCents: undefined,
            unitPriceTenThousandths: 34_000,
            grossPriceTenThousandths: 40_000,
            priceBaseQuantityMilli: 100_000
          }),
          // 3 h at 50.00 less 10 % = 135.00, less a 5.00 allowance, plus a 2.50 charge: 132.50
          line({
            quantityMilli: 3000,
            unitPriceCents: 5000,
            discountBp: 1000,
            allowanceCents: 500,
            allowanceReason: 'Fidelidad',
            chargeCents: 250,
            chargeReason: 'Urgente'
          }),
          // A deposit deducted: -1 × 100.00
          line({ description: 'Anticipo', quantityMilli: -1000, unitPriceCents: 10_000 }),
          // A book at 4 %, an exempt course
          line({ description: 'Libro', quantityMilli: 1000, unitPriceCents: 1999, vatRateBp: 400 }),
          line({
            description: 'Curso',
            quantityMilli: 1000,
            unitPriceCents: 30_000,
            vatCategory: 'E',
            vatRateBp: 0,
            vatExemptionCode: 'VATEX-EU-132-1I',
            vatExemptionText: 'Educación'
          })
        ],
        allowancesCharges: [
          { charge: true, amountCents: 1200, reason: 'Portes', vatRateBp: 2100 },
          { charge: false, amountCents: 1000, reason: 'Descuento pronto pago', vatRateBp: 2100 }
        ],
        prepaidCents: 5000
      })
    })
    // Independent computation, in cents:
    const nets = [15_431, 850, 13_250, -10_000, 1999, 30_000]
    expect(doc.lines.map((l) => l.netCents)).toEqual(nets)
    const base21 = 15_431 + 850 + 13_250 - 10_000 + 1200 - 1000 // 19 731
    const vat21 = Math.round((base21 * 21) / 100) // 4143.51 -> 4144
    const vat4 = Math.round((1999 * 4) / 100) // 79.96 -> 80
    expect(doc.vatBreakdown).toEqual([
      { vatCategory: 'S', vatRateBp: 2100, netCents: base21, vatCents: vat21 },
      { vatCategory: 'S', vatRateBp: 400, netCents: 1999, vatCents: vat4 },
      { vatCategory: 'E', vatRateBp: 0, netCents: 30_000, vatCents: 0 }
    ])
    const lineNet = nets.reduce((a, b) => a + b, 0)
    expect(doc).toMatchObject({
      lineNetCents: lineNet,
      allowanceTotalCents: 1000,
      chargeTotalCents: 1200,
      netCents: lineNet + 1200 - 1000,
      vatCents: vat21 + vat4,
      totalCents: lineNet + 200 + vat21 + vat4,
      prepaidCents: 5000,
      payableCents: lineNet + 200 + vat21 + vat4 - 5000
    })
    expect(doc.lines[0]).toMatchObject({ unitPriceTenThousandths: 125, unitPriceCents: 1 })
    expect(doc.allowancesCharges.map((a) => [a.charge, a.amountCents, a.reason])).toEqual([
      [true, 1200, 'Portes'],
      [false, 1000, 'Descuento pronto pago']
    ])
    const invoice = await desk.call('documents.issue', { id: doc.id })
    expect(invoice.payableCents).toBe(doc.payableCents)
  })

  it('refuses a standard-rated line at 0 %, an exempt line without a reason, and zero quantities', async () => {
    desk = await openTestDesk()
    const seed = await seedDocuments(desk)
    const error = await desk.fail('documents.createDraft', {
      document: draft(seed, {
        lines: [
          line({ vatCategory: 'S', vatRateBp: 0 }),
          line({ vatCategory: 'E', vatRateBp: 0 }),
          line({ quantityMilli: 0 }),
          line({ vatCategory: 'K', vatRateBp: 2100 })
        ]
      })
    })
    expect(Object.keys(error.fields ?? {})).toEqual(
      expect.arrayContaining([
        'document.lines.0.vatCategory',
        'document.lines.1.vatCategory',
        'document.lines.2.quantityMilli',
        'document.lines.3.vatCategory'
      ])
    )
  })
})
