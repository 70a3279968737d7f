/**
 * OSS distance sales end to end in the core (issue 11): once sales to consumers in another EU
 * country pass €10 000 in a year (the sale that passes it included), an invoice to such a consumer
 * must charge that country's VAT; the decision is frozen with the document at issue, prints on
 * the PDF (the legal wording, the country beside the rate) and travels in the UBL and CII note,
 * which the official EN 16931 rules accept. Reprints after later settings changes are identical.
 * Every expected figure is written out here from the invoices the test issues.
 */
import { XMLParser } from 'fast-xml-parser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeFatal, validateEn16931 } from '../support/en16931'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'
import { draft, issued, line, seedDocuments, setDocumentLanguage, type Seeded } from './helpers'
import { pdfText, squeezed } from '../support/pdf-text'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const WORDING =
  'Distance sale to a consumer in Germany: VAT of Germany charged at the rates of Germany and declared through the One-Stop Shop (OSS) (Art. 33 and 59c Directive 2006/112/EC).'

async function consumerInBerlin() {
  const created = await desk.call('customers.create', {
    customer: customer({
      name: 'Jana Schmidt',
      taxId: '',
      billingAddress: address('Berlin', { line1: 'Hauptstraße 1', postalCode: '10115', country: 'DE' })
    })
  })
  await setDocumentLanguage(desk, created.id, 'en')
  return created.id
}

/** One line of `cents` net at `rateBp`, dated `issueDate`. */
const sale = (customerId: number, issueDate: string, cents: number, vatRateBp: number) =>
  issued(desk, seed, {
    customerId,
    issueDate,
    lines: [line({ description: 'Lampe', quantityMilli: 1_000, unitPriceCents: cents, vatRateBp })]
  })

const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false })
type Node = Record<string, unknown>

const frozenRows = () =>
  desk.store.sqlite.prepare('select * from document_distance_sales order by document_id').all() as Record<
    string,
    unknown
  >[]

describe('OSS distance sales on issued documents', () => {
  it('over the threshold an invoice charges the consumer’s country’s VAT, frozen and printed', async () => {
    const consumer = await consumerInBerlin()
    // 10 000.00 this year is exactly the threshold, not above: Spanish VAT, nothing frozen.
    const first = await sale(consumer, '2026-01-10', 1_000_000, 2100)
    expect(frozenRows()).toEqual([])
    expect(
      pdfText((await desk.call('documents.pdf', { id: first.id })).bytes, { layout: false, squeeze: 'all' })
    ).not.toContain('One-Stop Shop')

    // The next 50.00 passes it (10 050.00 > 10 000.00): this sale already takes German VAT, so 21 % is refused.
    const error = await desk.fail('documents.issue', {
      id: (
        await desk.call('documents.createDraft', {
          document: {
            type: 'invoice',
            customerId: consumer,
            issueDate: '2026-02-01',
            validUntil: null,
            promisedDate: null,
            paymentInstructions: '',
            notes: '',
            reason: '',
            lines: [
              line({ description: 'Lampe', quantityMilli: 1_000, unitPriceCents: 5_000, vatRateBp: 2100 })
            ]
          }
        })
      ).id
    })
    expect(error).toMatchObject({
      code: 'conflict',
      key: 'distanceSaleRate',
      params: { country: 'DE', description: 'Lampe', rate: '21' }
    })
    // The refusal wrote nothing: no number taken, nothing frozen.
    expect(frozenRows()).toEqual([])
    expect(
      (
        desk.store.sqlite
          .prepare("select count(*) as n from documents where number is not null and type = 'invoice'")
          .get() as { n: number }
      ).n
    ).toBe(1)

    // At Germany's 19 %: 50.00 net, 9.50 VAT.
    const oss = await sale(consumer, '2026-02-02', 5_000, 1900)
    expect({ net: oss.netCents, vat: oss.vatCents, total: oss.totalCents }).toEqual({
      net: 5_000,
      vat: 950,
      total: 5_950
    })
    expect(frozenRows()).toEqual([
      {
        document_id: oss.id,
        vat_country: 'DE',
        seller_country: 'ES',
        previous_year_cents: 0,
        current_year_cents: 1_005_000,
        threshold_cents: 1_000_000
      }
    ])

    const printed = pdfText((await desk.call('documents.pdf', { id: oss.id })).bytes, { layout: false })
    expect(squeezed(printed, 'all')).toContain(WORDING)
    expect(squeezed(printed, 'all')).toContain('VAT S (DE) 19 % on 50.00 9.50')

    // Reprinted after the VAT rates and the company change, the text is the same.
    const table = await desk.call('vatRates.get', {})
    await desk.call('vatRates.update', {
      table: { rates: table.rates.filter((r) => r.country !== 'DE') }
    })
    const settings = await desk.call('settings.get', {})
    await desk.call('settings.update', {
      settings: { ...settings, company: { ...settings.company, country: 'FR', city: 'Perpignan' } }
    })
    expect(pdfText((await desk.call('documents.pdf', { id: oss.id })).bytes, { layout: false })).toBe(printed)

    // The e-invoice says the same in its note and passes the official rules, as UBL and CII.
    const files = []
    for (const format of ['ubl', 'cii'] as const) {
      const file = await desk.call('einvoice.file', { id: oss.id, format })
      files.push({ name: `oss.${format}.xml`, xml: Buffer.from(file.bytes).toString('utf8') })
    }
    const ubl = parser.parse(files[0].xml) as { Invoice: Node }
    expect(ubl.Invoice.Note).toBe(WORDING)
    const subtotal = (ubl.Invoice.TaxTotal as Node).TaxSubtotal as Node
    expect((subtotal.TaxCategory as Node).Percent).toBe('19')
    const cii = parser.parse(files[1].xml) as { CrossIndustryInvoice: { ExchangedDocument: Node } }
    expect((cii.CrossIndustryInvoice.ExchangedDocument.IncludedNote as Node).Content).toBe(WORDING)
    const reports = validateEn16931(files)
    expect(reports.filter((r) => r.fatal.length > 0).map(describeFatal)).toEqual([])

    // A credit note of the OSS invoice follows it: same country, same wording.
    const noteDraft = await desk.call('invoices.createCreditNote', {
      invoiceId: oss.id,
      reason: 'Rücksendung'
    })
    const note = await desk.call('documents.issue', { id: noteDraft.id })
    expect(frozenRows().map((r) => [r.document_id, r.vat_country, r.current_year_cents])).toEqual([
      [oss.id, 'DE', 1_005_000],
      [note.id, 'DE', 1_005_000]
    ])
    expect(
      pdfText((await desk.call('documents.pdf', { id: note.id })).bytes, { layout: false, squeeze: 'all' })
    ).toContain(WORDING)
  }, 120_000)

  it('prints the wording in the document’s language, and the record cannot be changed', async () => {
    const consumer = await consumerInBerlin()
    await setDocumentLanguage(desk, consumer, 'es')
    // Last year's 10 000.01 (the last cent already at German VAT) applies the rule from 1 January.
    await sale(consumer, '2025-11-03', 1_000_000, 2100)
    await sale(consumer, '2025-11-04', 1, 1900)
    const oss = await sale(consumer, '2026-01-02', 10_000, 700)
    expect(oss.vatCents).toBe(700)
    const text = pdfText((await desk.call('documents.pdf', { id: oss.id })).bytes, {
      layout: false,
      squeeze: 'all'
    })
    expect(text).toContain(
      'Venta a distancia a un consumidor en Alemania: IVA de Alemania a los tipos de Alemania, declarado en la ventanilla única (OSS) (arts. 33 y 59 quater Directiva 2006/112/CE).'
    )
    expect(frozenRows().at(-1)).toMatchObject({
      document_id: oss.id,
      previous_year_cents: 1_000_001,
      current_year_cents: 10_000
    })

    const refused = (statement: string) => () => desk.store.sqlite.prepare(statement).run()
    expect(refused('update document_distance_sales set vat_country = ?'.replace('?', "'FR'"))).toThrow(
      /cannot be changed/
    )
    expect(refused('delete from document_distance_sales')).toThrow(/cannot be changed/)
    expect(
      refused(
        `insert or replace into document_distance_sales values (${String(oss.id)}, 'FR', 'ES', 0, 0, 1000000)`
      )
    ).toThrow(/cannot be changed/)
    expect(frozenRows().map((r) => r.vat_country)).toEqual(['DE', 'DE'])
  }, 120_000)

  it('a business with a VAT id, or a consumer below the threshold, is charged the seller’s VAT', async () => {
    const consumer = await consumerInBerlin()
    const business = await desk.call('customers.create', {
      customer: customer({
        name: 'Schmidt Bau GmbH',
        taxId: 'DE136695976',
        billingAddress: address('Berlin', { line1: 'Hauptstraße 1', postalCode: '10115', country: 'DE' })
      })
    })
    await sale(business.id, '2026-03-01', 2_000_000, 2100)
    await sale(consumer, '2026-03-02', 999_999, 2100)
    expect(frozenRows()).toEqual([])
  }, 120_000)

  /** A draft of one line, `cents` net in `currency` at `vatRateBp`. */
  const draftOf = (
    customerId: number,
    issueDate: string,
    cents: number,
    vatRateBp: number,
    currency = 'EUR'
  ) =>
    desk.call('documents.createDraft', {
      document: draft(seed, {
        customerId,
        issueDate,
        currency,
        lines: [line({ description: 'Lampe', quantityMilli: 1_000, unitPriceCents: cents, vatRateBp })]
      })
    })

  it('a non-euro invoice counts its own net in euros, at the rate its issue freezes', async () => {
    const consumer = await consumerInBerlin()
    await sale(consumer, '2026-01-10', 999_000, 2100)
    await desk.call('rates.set', { rate: { rateDate: '2026-02-01', currency: 'USD', rate: '1.25' } })
    // USD 12.50 is EUR 10.00 at 1.25: 9 990.00 + 10.00 is the threshold itself, not above it.
    const level = await draftOf(consumer, '2026-02-02', 1_250, 2100, 'USD')
    const atThreshold = await desk.call('documents.issue', { id: level.id })
    expect(atThreshold.exchangeRate?.rate).toBe('1.25')
    expect(frozenRows()).toEqual([])
    expect(await desk.call('documents.distanceSale', { id: atThreshold.id })).toBeNull()

    // USD 100.00 is EUR 80.00: 10 000.00 + 80.00 passes it with this very sale, so 21 % is refused…
    const over = await draftOf(consumer, '2026-02-03', 10_000, 2100, 'USD')
    expect(await desk.fail('documents.issue', { id: over.id })).toMatchObject({
      key: 'distanceSaleRate',
      params: { country: 'DE', rate: '21' }
    })
    // …and Germany's 19 % is issued, the year's figure frozen with its own euros.
    const own = 10_000 / 1.25
    const ok = await draftOf(consumer, '2026-02-03', 10_000, 1900, 'USD')
    const oss = await desk.call('documents.issue', { id: ok.id })
    expect(oss.exchangeRate?.rate).toBe('1.25')
    expect(frozenRows()).toEqual([
      {
        document_id: oss.id,
        vat_country: 'DE',
        seller_country: 'ES',
        previous_year_cents: 0,
        current_year_cents: 999_000 + 1_000 + own,
        threshold_cents: 1_000_000
      }
    ])
    expect(await desk.call('documents.distanceSale', { id: oss.id })).toEqual({
      vatCountry: 'DE',
      sellerCountry: 'ES',
      previousYearCents: 0,
      currentYearCents: 1_008_000,
      thresholdCents: 1_000_000,
      voluntary: false
    })
  }, 120_000)

  it('a draft prints the wording its issue would carry, and nothing is frozen by printing', async () => {
    const consumer = await consumerInBerlin()
    await sale(consumer, '2026-01-10', 999_999, 2100)
    // 9 999.99 + 0.01 is the threshold itself, not above it: a draft prints no wording.
    const below = await draftOf(consumer, '2026-02-01', 1, 1900)
    const level = pdfText((await desk.call('documents.pdf', { id: below.id })).bytes, {
      layout: false,
      squeeze: 'all'
    })
    expect(level).not.toContain('One-Stop Shop')
    await sale(consumer, '2026-01-11', 1, 2100)
    // 10 000.00 + 50.00: this draft is the sale that passes the threshold.
    const german = await draftOf(consumer, '2026-02-02', 5_000, 1900)
    const printed = pdfText((await desk.call('documents.pdf', { id: german.id })).bytes, {
      layout: false,
      squeeze: 'all'
    })
    expect(printed).toContain(WORDING)
    expect(printed).toContain('VAT S (DE) 19 % on 50.00 9.50')
    // At the Spanish 21 % its issue would be refused: the draft does not claim German VAT.
    const spanish = await draftOf(consumer, '2026-02-02', 5_000, 2100)
    const plain = pdfText((await desk.call('documents.pdf', { id: spanish.id })).bytes, {
      layout: false,
      squeeze: 'all'
    })
    expect(plain).not.toContain('One-Stop Shop')
    expect(plain).toContain('VAT S 21 % on 50.00 10.50')
    expect(frozenRows()).toEqual([])
    expect(await desk.call('documents.distanceSale', { id: german.id })).toBeNull()
  }, 120_000)

  it('the company’s OSS option below the threshold is honoured at issue and frozen with the invoice', async () => {
    const consumer = await consumerInBerlin()
    const settings = await desk.call('settings.get', {})
    await desk.call('settings.update', {
      settings: { ...settings, company: { ...settings.company, ossVoluntary: true } }
    })
    // No sales at all, yet German VAT: 21 % is refused, 19 % is issued.
    const spanish = await draftOf(consumer, '2026-03-01', 10_000, 2100)
    expect(await desk.fail('documents.issue', { id: spanish.id })).toMatchObject({ key: 'distanceSaleRate' })
    const oss = await sale(consumer, '2026-03-01', 10_000, 1900)
    const decision = {
      vatCountry: 'DE',
      sellerCountry: 'ES',
      previousYearCents: 0,
      currentYearCents: 10_000,
      thresholdCents: 1_000_000,
      voluntary: true
    }
    expect(await desk.call('documents.distanceSale', { id: oss.id })).toEqual(decision)
    const printed = pdfText((await desk.call('documents.pdf', { id: oss.id })).bytes, { layout: false })
    expect(squeezed(printed, 'all')).toContain(WORDING)

    // Opting out later changes nothing issued; the next sale is charged Spanish VAT again.
    await desk.call('settings.update', { settings })
    expect(await desk.call('documents.distanceSale', { id: oss.id })).toEqual(decision)
    expect(pdfText((await desk.call('documents.pdf', { id: oss.id })).bytes, { layout: false })).toBe(printed)
    const after = await sale(consumer, '2026-03-02', 10_000, 2100)
    expect(after.vatCents).toBe(2_100)
    expect(frozenRows().map((r) => r.document_id)).toEqual([oss.id])
  }, 120_000)
})
