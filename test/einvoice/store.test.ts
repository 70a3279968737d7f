/**
 * E-invoices of documents issued through the API: every one passes the official EN 16931 rules in
 * UBL and CII, and every amount in the XML equals the stored document (read back here, summed
 * independently). Also: checks before issue, Factur-X as the printed invoice, the period zip, and
 * an issued e-invoice that does not change when the settings do.
 */
import { execFileSync } from 'node:child_process'
import { pdfText } from '../support/pdf-text'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fill, messageIn } from '../../src/main/message-language'
import { errorsStrings } from '../../src/renderer/src/errors/strings'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { companySettings, draft, line, seedDocuments, type Seeded } from '../documents/helpers'
import { describeFatal, validateEn16931 } from '../support/en16931'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
let seed: Seeded
const issued: Record<string, SalesDocument> = {}
const files: Record<string, { ubl: string; cii: string }> = {}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8')

async function issue(name: string, overrides: Parameters<typeof draft>[1]): Promise<void> {
  const created = await desk.call('documents.createDraft', { document: draft(seed, overrides) })
  issued[name] = await desk.call('documents.issue', { id: created.id })
}

beforeAll(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
  const german = await desk.call('customers.create', {
    customer: customer({
      name: 'Größe & Söhne GmbH',
      taxId: 'DE123456789',
      billingAddress: address('München', { line1: 'Leopoldstraße 5', postalCode: '80331', country: 'DE' })
    })
  })
  const american = await desk.call('customers.create', {
    customer: customer({
      name: 'Boston Chairs Inc.',
      taxId: '',
      billingAddress: address('Boston', { line1: '1 Beacon St', postalCode: '02108', country: 'US' })
    })
  })
  const local = await desk.call('customers.create', {
    customer: customer({
      name: 'Oficines Núñez S.L.',
      taxId: 'B87654323',
      billingAddress: address('Girona', { line1: 'Carrer Nou 3', postalCode: '17001', country: 'ES' })
    })
  })
  await desk.call('paymentSetup.update', {
    customerId: local.id,
    setup: {
      method: 'direct_debit',
      iban: 'ES76 2077 0024 0031 0257 5766',
      bic: 'CVALESVVXXX',
      mandateReference: 'MNDT-2026/0042',
      mandateSignedOn: '2026-02-14',
      cardBrand: null,
      cardLast4: '',
      cardExpiry: ''
    }
  })
  await desk.call('einvoice.updateSettings', {
    settings: { embedInPdf: false, creditorId: 'ES12ZZZB12345678' }
  })

  await issue('standard', { customerId: local.id, paymentMethod: 'bank_transfer', buyerReference: 'PO-7781' })
  await issue('rates-and-adjustments', {
    customerId: local.id,
    paymentMethod: 'bank_transfer',
    lines: [
      line({ quantityMilli: 3_000, unitPriceCents: 12_050, discountBp: 500 }),
      line({
        quantityMilli: 2_500,
        unitPriceCents: 1_000,
        vatRateBp: 1000,
        allowanceCents: 150,
        allowanceReason: 'Rappel'
      }),
      line({
        quantityMilli: 1_000,
        unitPriceCents: 799,
        vatRateBp: 400,
        chargeCents: 120,
        chargeReason: 'Embalaje'
      }),
      line({
        description: 'Cargols, per 100',
        quantityMilli: 2_000_000,
        unitPriceCents: undefined,
        unitPriceTenThousandths: 1_2500,
        priceBaseQuantityMilli: 100_000
      }),
      line({
        description: 'Volanderes',
        quantityMilli: 3_333_000,
        unitPriceCents: undefined,
        unitPriceTenThousandths: 125,
        grossPriceTenThousandths: 150
      }),
      line({ description: 'Anticipo pedido 12', quantityMilli: -1_000, unitPriceCents: 5_000 })
    ],
    allowancesCharges: [
      { charge: false, amountCents: 500, reason: 'Descuento fidelidad', vatCategory: 'S', vatRateBp: 2100 },
      { charge: true, amountCents: 1_240, reason: 'Portes', vatCategory: 'S', vatRateBp: 1000 }
    ],
    prepaidCents: 2_000
  })
  await issue('direct-debit', { customerId: local.id, paymentMethod: 'direct_debit' })
  await issue('exempt', {
    customerId: local.id,
    paymentMethod: 'bank_transfer',
    lines: [
      line({
        vatCategory: 'E',
        vatRateBp: 0,
        vatExemptionCode: 'VATEX-EU-132-1I',
        vatExemptionText: 'Exento, artículo 20.Uno.9 Ley 37/1992'
      })
    ]
  })
  await issue('intra-community', {
    customerId: german.id,
    paymentMethod: 'bank_transfer',
    supplyDate: '2026-02-27',
    lines: [
      line({ vatCategory: 'K', vatRateBp: 0 }),
      line({ quantityMilli: 1_000, vatCategory: 'K', vatRateBp: 0 })
    ]
  })
  await issue('reverse-charge', {
    customerId: german.id,
    paymentMethod: 'bank_transfer',
    lines: [line({ vatCategory: 'AE', vatRateBp: 0 })]
  })
  await issue('export', {
    customerId: american.id,
    paymentMethod: 'bank_transfer',
    lines: [line({ vatCategory: 'G', vatRateBp: 0 })]
  })
  // BT-6 / BT-111: an invoice in dollars states its VAT also in euros, at the rate frozen at issue.
  await desk.call('rates.set', { rate: { rateDate: '2026-02-27', currency: 'USD', rate: '1.0801' } })
  await issue('foreign-currency', {
    customerId: local.id,
    currency: 'USD',
    paymentMethod: 'bank_transfer',
    lines: [
      line({ quantityMilli: 3_000, unitPriceCents: 33_333 }),
      line({ unitPriceCents: 9_999, vatRateBp: 1000 })
    ]
  })
  const credited = issued.standard
  const credit = await desk.call('invoices.createCreditNote', {
    invoiceId: credited.id,
    reason: 'Devolución parcial'
  })
  issued['credit-note'] = await desk.call('documents.issue', { id: credit.id })
  const debit = await desk.call('invoices.createDebitNote', {
    invoiceId: credited.id,
    reason: 'Recargo por devolución'
  })
  issued['debit-note'] = await desk.call('documents.issue', { id: debit.id })
  // One click credits an invoice with a discount and freight on the whole document: the note carries both.
  const whole = await desk.call('invoices.createCreditNote', {
    invoiceId: issued['rates-and-adjustments'].id,
    reason: 'Devolución total'
  })
  issued['credit-note-allowances'] = await desk.call('documents.issue', { id: whole.id })

  for (const [name, doc] of Object.entries(issued)) {
    const ubl = await desk.call('einvoice.file', { id: doc.id, format: 'ubl' })
    const cii = await desk.call('einvoice.file', { id: doc.id, format: 'cii' })
    files[name] = { ubl: text(ubl.bytes), cii: text(cii.bytes) }
  }
}, 120_000)

afterAll(async () => {
  await desk.close()
})

describe('e-invoices of issued documents', () => {
  it('pass the official EN 16931 rules in UBL and in CII', () => {
    const reports = validateEn16931(
      Object.entries(files).flatMap(([name, f]) => [
        { name: `${name}.ubl.xml`, xml: f.ubl },
        { name: `${name}.cii.xml`, xml: f.cii }
      ])
    )
    expect(reports).toHaveLength(Object.keys(issued).length * 2)
    expect(reports.map(describeFatal).filter(Boolean).join('\n')).toBe('')
  }, 120_000)

  const parser = new XMLParser({
    removeNSPrefix: true,
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (n) => ['TaxSubtotal', 'TaxTotal', 'InvoiceLine', 'CreditNoteLine'].includes(n)
  })
  const cents = (value: unknown) => {
    const raw =
      typeof value === 'object' && value !== null ? (value as { '#text': string })['#text'] : String(value)
    const [whole, fraction = ''] = raw.replace('-', '').split('.')
    const magnitude = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
    return raw.startsWith('-') ? -magnitude : magnitude
  }

  it('carry every amount exactly as stored: totals, VAT per category and rate, line nets, amount due', () => {
    for (const [name, doc] of Object.entries(issued)) {
      const root = parser.parse(files[name].ubl) as Partial<Record<string, Record<string, unknown>>>
      const body = root.Invoice ?? root.CreditNote
      if (!body) throw new Error(`${name}: neither an Invoice nor a CreditNote`)
      const totals = body.LegalMonetaryTotal as Record<string, unknown>
      expect(cents(totals.LineExtensionAmount), name).toBe(doc.lineNetCents)
      expect(cents(totals.TaxExclusiveAmount), name).toBe(doc.netCents)
      expect(cents(totals.TaxInclusiveAmount), name).toBe(doc.totalCents)
      expect(cents(totals.PayableAmount), name).toBe(doc.payableCents)
      expect(cents(totals.PrepaidAmount ?? '0'), name).toBe(doc.prepaidCents)
      const [taxTotal] = body.TaxTotal as Record<string, unknown>[]
      expect(cents(taxTotal.TaxAmount), name).toBe(doc.vatCents)
      const subtotals = (taxTotal.TaxSubtotal as Record<string, Record<string, unknown>>[]).map((s) => ({
        category: String(s.TaxCategory.ID),
        taxable: cents(s.TaxableAmount),
        tax: cents(s.TaxAmount)
      }))
      const stored = doc.vatBreakdown.map((r) => ({
        category: r.vatCategory,
        taxable: r.netCents,
        tax: r.vatCents
      }))
      expect(new Set(subtotals.map((s) => JSON.stringify(s))), name).toEqual(
        new Set(stored.map((s) => JSON.stringify(s)))
      )
      // Independent sums: lines add up to BT-106, subtotals to BT-110.
      const lines = (body.InvoiceLine ?? body.CreditNoteLine) as Record<string, unknown>[]
      expect(
        lines.map((l) => cents(l.LineExtensionAmount)),
        name
      ).toEqual(doc.lines.map((l) => l.netCents))
      expect(
        lines.reduce((s, l) => s + cents(l.LineExtensionAmount), 0),
        name
      ).toBe(doc.lineNetCents)
      expect(
        subtotals.reduce((s, r) => s + r.tax, 0),
        name
      ).toBe(doc.vatCents)
    }
  })

  it('states the VAT of a foreign-currency invoice in the accounting currency too (BT-6, BT-111)', () => {
    const doc = issued['foreign-currency']
    expect(doc.currency).toBe('USD')
    // Worked out here: the VAT in dollar cents divided by the ECB-style rate (USD per EUR), rounded half away from zero.
    const vatInEuroCents = Math.round(doc.vatCents / 1.0801)
    expect(vatInEuroCents).toBeGreaterThan(0)
    const euros = (vatInEuroCents / 100).toFixed(2)
    const ubl = files['foreign-currency'].ubl
    expect(ubl).toContain('<cbc:DocumentCurrencyCode>USD</cbc:DocumentCurrencyCode>')
    expect(ubl).toContain('<cbc:TaxCurrencyCode>EUR</cbc:TaxCurrencyCode>')
    expect(ubl).toContain(`<cbc:TaxAmount currencyID="EUR">${euros}</cbc:TaxAmount>`)
    const cii = files['foreign-currency'].cii
    expect(cii).toContain('<ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>')
    expect(cii).toContain(`<ram:TaxTotalAmount currencyID="EUR">${euros}</ram:TaxTotalAmount>`)
    // A document in the accounting currency carries neither element.
    expect(files.standard.ubl).not.toContain('TaxCurrencyCode')
    expect(files.standard.cii).not.toContain('TaxCurrencyCode')
  })

  it('maps what the law asks for: both VAT ids and the delivery country on an intra-community supply, the mandate and creditor id on a direct debit, the corrected invoice on a credit note', () => {
    expect(files['intra-community'].ubl).toContain('<cbc:CompanyID>DE123456789</cbc:CompanyID>')
    expect(files['intra-community'].ubl).toContain(
      '<cbc:TaxExemptionReasonCode>VATEX-EU-IC</cbc:TaxExemptionReasonCode>'
    )
    expect(files['intra-community'].ubl).toMatch(/<cac:DeliveryLocation>[\s\S]*<cbc:IdentificationCode>DE</)
    expect(files['intra-community'].ubl).toContain(
      '<cbc:ActualDeliveryDate>2026-02-27</cbc:ActualDeliveryDate>'
    )
    expect(files['direct-debit'].ubl).toContain('<cbc:PaymentMeansCode>59</cbc:PaymentMeansCode>')
    expect(files['direct-debit'].ubl).toContain('<cbc:ID>MNDT-2026/0042</cbc:ID>')
    expect(files['direct-debit'].ubl).toContain('<cbc:ID schemeID="SEPA">ES12ZZZB12345678</cbc:ID>')
    expect(files['direct-debit'].cii).toContain(
      '<ram:DirectDebitMandateID>MNDT-2026/0042</ram:DirectDebitMandateID>'
    )
    expect(files['credit-note'].ubl).toMatch(/^<\?xml[^>]*>\s*<CreditNote /)
    expect(files['credit-note'].ubl).toContain(`<cbc:ID>${issued.standard.number}</cbc:ID>`)
    expect(files['credit-note'].cii).toContain('<ram:TypeCode>381</ram:TypeCode>')
    const allowances = files['credit-note-allowances']
    expect(allowances.ubl).toMatch(/<cbc:ChargeIndicator>true<\/cbc:ChargeIndicator>[\s\S]*Portes/)
    expect(allowances.ubl).toMatch(
      /<cbc:ChargeIndicator>false<\/cbc:ChargeIndicator>[\s\S]*Descuento fidelidad/
    )
    expect(allowances.cii).toContain('Portes')
    expect(allowances.cii).toContain('Descuento fidelidad')
    expect(issued['credit-note-allowances'].totalCents).toBe(issued['rates-and-adjustments'].totalCents)
    expect(files['debit-note'].cii).toContain('<ram:TypeCode>383</ram:TypeCode>')
    expect(files.standard.ubl).toContain('<cbc:BuyerReference>PO-7781</cbc:BuyerReference>')
    expect(files['rates-and-adjustments'].ubl).toContain(
      '<cbc:BaseQuantity unitCode="HUR">100</cbc:BaseQuantity>'
    )
  })

  it('does not change when the company settings change after issue', async () => {
    const before = files.standard.ubl
    await desk.call('settings.update', {
      settings: companySettings({ legalName: 'Otra Empresa S.A.', iban: 'ES7620770024003102575766' })
    })
    const after = text((await desk.call('einvoice.file', { id: issued.standard.id, format: 'ubl' })).bytes)
    expect(after).toBe(before)
    await desk.call('settings.update', { settings: companySettings() })
  })

  it('is refused for a draft, and a draft lists what the rules would reject before it is issued', async () => {
    const noVatId = await desk.call('customers.create', {
      customer: customer({
        name: 'Müller Bau',
        taxId: '',
        billingAddress: address('Berlin', { country: 'DE' })
      })
    })
    const bad = await desk.call('documents.createDraft', {
      document: draft(
        { ...seed, customerId: noVatId.id },
        { lines: [line({ vatCategory: 'K', vatRateBp: 0 })] }
      )
    })
    const { problems } = await desk.call('einvoice.check', { id: bad.id })
    expect(problems.map((p) => p.rule)).toEqual(expect.arrayContaining(['BR-IC-02', 'BR-IC-11']))
    expect(problems.find((p) => p.rule === 'BR-IC-02')).toMatchObject({
      key: 'einvoiceBuyerVatId',
      params: { category: { key: 'einvoiceCategoryK' } },
      message: "Lines under intra-community supply need the customer's VAT number."
    })
    const good = await desk.call('documents.createDraft', { document: draft(seed) })
    expect((await desk.call('einvoice.check', { id: good.id })).problems).toEqual([])
    const refused = await desk.fail('einvoice.file', { id: good.id, format: 'ubl' })
    expect(refused.message).toContain('issue it first')
  })

  it('refuses the e-invoice of an issued document the rules reject by key, each rule in the reader’s language', async () => {
    // A desk of its own: the document issued here would stop the period export of the others.
    const own = await openTestDesk()
    try {
      const ownSeed = await seedDocuments(own)
      // Issued while the company had no IBAN, to be paid by bank transfer (BR-61), with a line not subject to VAT.
      await own.call('settings.update', { settings: companySettings({ iban: '' }) })
      const created = await own.call('documents.createDraft', {
        document: draft(ownSeed, {
          paymentMethod: 'bank_transfer',
          lines: [line(), line({ vatCategory: 'O', vatRateBp: 0 })]
        })
      })
      const { problems } = await own.call('einvoice.check', { id: created.id })
      const document = await own.call('documents.issue', { id: created.id })
      expect(problems.map((p) => p.rule)).toEqual(['BR-O-11', 'BR-61'])

      const refusal = await own.fail('einvoice.file', { id: document.id, format: 'ubl' })
      expect(refusal.key).toBe('einvoiceProblems')
      expect(refusal.message).toBe(
        `${document.number ?? ''} cannot be sent as an EN 16931 e-invoice: ${problems.map((p) => p.message).join(' ')}`
      )
      const hu = errorsStrings.hu.messages
      const inHungarian = messageIn({ key: 'einvoiceProblems', params: refusal.params ?? {} }, 'hu')
      expect(inHungarian).toBe(
        fill(hu.einvoiceProblems, {
          number: document.number ?? '',
          problems: `${hu.einvoiceNotSubjectMixed} ${hu.einvoiceIban}`
        })
      )
      for (const p of problems) expect(inHungarian).not.toContain(p.message)
    } finally {
      await own.close()
    }
  })

  it('prints as Factur-X only what was issued while the company had it on: the PDF carries the CII of the invoice', async () => {
    const plain = await desk.call('documents.pdf', { id: issued.standard.id })
    expect(Buffer.from(plain.bytes).toString('latin1')).not.toContain('factur-x.xml')
    await desk.call('einvoice.updateSettings', {
      settings: { embedInPdf: true, creditorId: 'ES12ZZZB12345678' }
    })
    // Issued before it was turned on: decided at issue, it stays plain.
    const still = await desk.call('documents.pdf', { id: issued.standard.id })
    expect(Buffer.from(still.bytes).toString('latin1')).not.toContain('factur-x.xml')
    // Issued while it is on: it embeds (and the zip test below exports it with the others).
    const created = await desk.call('documents.createDraft', {
      document: draft(seed, { customerId: issued.standard.customerId, paymentMethod: 'bank_transfer' })
    })
    const embedded = await desk.call('documents.issue', { id: created.id })
    const printed = await desk.call('documents.pdf', { id: embedded.id })
    const pdf = join(desk.folder.path, 'printed.pdf')
    writeFileSync(pdf, printed.bytes)
    execFileSync('pdfdetach', ['-saveall', '-o', desk.folder.path, pdf])
    const cii = await desk.call('einvoice.file', { id: embedded.id, format: 'cii' })
    expect(readFileSync(join(desk.folder.path, 'factur-x.xml'), 'utf8')).toBe(text(cii.bytes))
    expect(pdfText(pdf, { layout: false })).toContain(embedded.number)
    await desk.call('einvoice.updateSettings', {
      settings: { embedInPdf: false, creditorId: 'ES12ZZZB12345678' }
    })
    issued.embedded = embedded
    files.embedded = {
      ubl: text((await desk.call('einvoice.file', { id: embedded.id, format: 'ubl' })).bytes),
      cii: text(cii.bytes)
    }
  }, 60_000)

  it("exports a period's documents into one zip, one file each", async () => {
    const all = Object.values(issued)
    const dates = all.map((d) => d.issueDate ?? '').sort()
    const zipFile = await desk.call('einvoice.batch', {
      type: 'all',
      from: dates[0],
      to: dates[dates.length - 1],
      format: 'cii'
    })
    expect(zipFile.count).toBe(all.length)
    const zip = await JSZip.loadAsync(zipFile.bytes)
    const names = Object.keys(zip.files).sort()
    expect(names).toEqual(all.map((d) => `${d.number}.cii.xml`).sort())
    expect(await zip.file(`${issued.exempt.number}.cii.xml`)?.async('string')).toBe(files.exempt.cii)
    const none = await desk.fail('einvoice.batch', {
      type: 'invoice',
      from: '2020-01-01',
      to: '2020-01-31',
      format: 'ubl'
    })
    expect(none.code).toBe('not_found')
  })
})
