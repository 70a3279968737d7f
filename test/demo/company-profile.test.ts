/**
 * The demo's company is one a tax inspector would accept (issue 11): a complete profile (legal name,
 * address, tax id, IBAN and BIC, all valid), every product at one of Settings' VAT rates for the
 * seller's country, no document charging a rate that country does not have on its date, and an
 * invoice's PDF (read back with pdftotext) carrying the payment block in its body: IBAN, BIC and
 * the reference to quote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemo } from '../../src/main/demo/generate'
import { ibanProblem, isValidBic } from '../../src/shared/iban'
import type { CountryVatRate } from '../../src/shared/schemas/vat-rates'
import { taxIdProblem } from '../../src/shared/tax-ids'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { pdfText } from '../support/pdf-text'
import { issued, line } from '../documents/helpers'

let desk: TestDesk
const NOW = new Date('2026-03-02T09:30:00Z')

beforeAll(async () => {
  desk = await openTestDesk({ company: false })
  generateDemo(desk.store, { size: 'small', seed: 7, now: NOW })
}, 120_000)

afterAll(async () => {
  await desk.close()
})

/** The rates of `country` in Settings in force on `day`. */
function ratesOn(table: CountryVatRate[], country: string, day: string): Set<number> {
  return new Set(
    table
      .filter(
        (r) =>
          r.country === country &&
          (r.validFrom === null || r.validFrom <= day) &&
          (r.validTo === null || day <= r.validTo)
      )
      .map((r) => r.rateBp)
  )
}

describe("the demo's company", () => {
  it('has a complete, valid profile', async () => {
    const { company } = await desk.call('settings.get', {})
    for (const field of [
      'legalName',
      'addressLine1',
      'postalCode',
      'city',
      'country',
      'taxId',
      'iban',
      'bic'
    ] as const)
      expect(company[field].trim(), field).not.toBe('')
    expect(taxIdProblem(company.taxId, company.country)).toBeNull()
    expect(ibanProblem(company.iban)).toBeNull()
    expect(isValidBic(company.bic)).toBe(true)
  })

  it("sells at Settings' rates of its own country: every product, and every line of every issued document on its date", async () => {
    const { company } = await desk.call('settings.get', {})
    const { rates } = await desk.call('vatRates.get', {})
    const today = NOW.toISOString().slice(0, 10)
    const own = ratesOn(rates, company.country, today)
    expect(own.size).toBeGreaterThan(1)
    const products = desk.store.sqlite.prepare('select sku, vat_rate_bp from products').all() as Array<{
      sku: string
      vat_rate_bp: number
    }>
    expect(products.length).toBeGreaterThan(0)
    expect(products.filter((p) => !own.has(p.vat_rate_bp))).toEqual([])

    const lines = desk.store.sqlite
      .prepare(
        `select d.number, d.issue_date, l.vat_category, l.vat_rate_bp from document_lines l
         join documents d on d.id = l.document_id where d.number is not null`
      )
      .all() as Array<{ number: string; issue_date: string; vat_category: string; vat_rate_bp: number }>
    expect(lines.length).toBeGreaterThan(100)
    const wrong = lines.filter((l) =>
      l.vat_category === 'S'
        ? l.vat_rate_bp === 0 || !ratesOn(rates, company.country, l.issue_date).has(l.vat_rate_bp)
        : l.vat_rate_bp !== 0
    )
    expect(wrong).toEqual([])
    // The rates it does use are more than one (the demo is not all at the standard rate).
    expect(
      new Set(lines.filter((l) => l.vat_category === 'S').map((l) => l.vat_rate_bp)).size
    ).toBeGreaterThan(1)
  })

  it("prints the payment block in an invoice's body: IBAN, BIC and the reference to quote", async () => {
    const { company } = await desk.call('settings.get', {})
    const invoice = desk.store.sqlite
      .prepare(
        `select id, number from documents where type = 'invoice' and number is not null
         and payment_method = 'bank_transfer' and document_language = 'es' order by id desc limit 1`
      )
      .get() as { id: number; number: string }
    const text = pdfText((await desk.call('documents.pdf', { id: invoice.id })).bytes, { squeeze: 'nbsp' })
    // A Spanish customer's invoice prints in Spanish; the IBAN in groups of four.
    const iban = company.iban.replace(/\s/g, '').replace(/(.{4})(?!$)/g, '$1 ')
    expect(text).toContain('Datos de pago')
    expect(text).toContain(`IBAN: ${iban} BIC: ${company.bic}`)
    expect(text).toContain(`Indique la referencia: ${invoice.number}`)
  })

  it('prints each customer’s invoice in their language with that language’s terms and footer: a Hungarian customer’s in Hungarian', async () => {
    const { company } = await desk.call('settings.get', {})
    const languages = desk.store.sqlite
      .prepare(
        `select d.document_language as language, count(*) as n from documents d join customers c on c.id = d.customer_id
         where d.number is not null group by d.document_language order by 1`
      )
      .all() as Array<{ language: string; n: number }>
    // More than Spanish: the demo's customers are in several countries.
    expect(languages.map((l) => l.language)).toEqual(expect.arrayContaining(['es', 'hu']))
    const invoice = desk.store.sqlite
      .prepare(
        `select d.id, d.number, d.terms from documents d join customers c on c.id = d.customer_id
         where d.type = 'invoice' and d.number is not null and c.billing_country = 'HU' order by d.id desc limit 1`
      )
      .get() as { id: number; number: string; terms: string }
    expect(invoice.terms).toBe(company.termsByLanguage.hu)
    const text = pdfText((await desk.call('documents.pdf', { id: invoice.id })).bytes, { squeeze: 'nbsp' })
    expect(text).toContain('Fizetés a megállapodott határidőn belül banki átutalással, a számla sorszámának')
    expect(text).toContain('Adószám (NIF): B12345674')
    expect(text).toContain('Számla')
    expect(text).not.toContain(company.defaultTerms)
    expect(text).not.toContain('Pago en el plazo acordado')
  })

  // Last: it issues one more invoice, which the tests above must not pick as the newest.
  it('issues its documents with the seller snapshot the app freezes at issue, column for column', async () => {
    const snapshotOf = (id: number) =>
      Object.fromEntries(
        Object.entries(
          desk.store.sqlite.prepare('select * from documents where id = ?').get(id) as Record<string, unknown>
        ).filter(([column]) => /^seller_|^(document_language|print_locale|paper_size)$/.test(column))
      )
    const demo = desk.store.sqlite
      .prepare(
        `select d.id, d.customer_id as customerId from documents d join customers c on c.id = d.customer_id
         where d.type = 'invoice' and d.number is not null and c.billing_country = 'HU' order by d.id desc limit 1`
      )
      .get() as { id: number; customerId: number }
    const seed = { customerId: demo.customerId, productId: 0, executiveId: 0 }
    const mine = await issued(desk, seed, { lines: [line()] })
    const expected = snapshotOf(demo.id)
    expect(Object.keys(expected)).toHaveLength(19)
    expect(expected.document_language).toBe('hu')
    expect(snapshotOf(mine.id)).toEqual(expected)
  })
})
