/**
 * Terms and footer per document language (issue 14): a document starts with the terms of its
 * customer's language and prints that language's footer, frozen at issue; a language left empty
 * prints the default ones. Every PDF is read back with pdftotext.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultSettings } from '../../src/shared/schemas/settings'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'
import { pdfText } from '../support/pdf-text'
import { companySettings, draft, issued, seedDocuments, setDocumentLanguage, type Seeded } from './helpers'

const hungarianTerms = 'Fizetés 15 napon belül átutalással, a számla sorszámára hivatkozva.'
const hungarianFooter = 'Bejegyezve: Győri Törvényszék Cégbírósága, Cg. 08-09-012345'
const spanishTerms = 'Pago a 30 días por transferencia bancaria.'
// The defaults of companySettings(): what a language left empty prints.
const defaults = companySettings().company
const languageTexts = (texts: { hu?: string; es?: string }) => ({
  ...defaultSettings().company.termsByLanguage,
  ...texts
})

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
  await desk.call('settings.update', {
    settings: companySettings({
      termsByLanguage: languageTexts({ hu: hungarianTerms, es: spanishTerms }),
      footerByLanguage: languageTexts({ hu: hungarianFooter })
    })
  })
  // The seeded customer is in Győr: from their country, their documents are in Hungarian.
  await setDocumentLanguage(desk, seed.customerId, null)
})
afterEach(async () => {
  await desk.close()
})

/** The document's PDF read in content order, whitespace squeezed. */
const documentText = async (id: number) =>
  pdfText((await desk.call('documents.pdf', { id })).bytes, { layout: false, squeeze: 'all' })

async function catalanCustomer(): Promise<number> {
  const created = await desk.call('customers.create', {
    customer: customer({
      name: 'Forn de Pa Vilaró',
      billingAddress: address('Girona', { postalCode: '17001' }),
      documentLanguage: 'ca'
    })
  })
  return created.id
}

describe('terms and footer per document language', () => {
  it("prints a Hungarian customer's Hungarian terms and footer, and the defaults for Catalan", async () => {
    const hungarian = await issued(desk, seed)
    expect(hungarian.terms).toBe(hungarianTerms)
    const hu = await documentText(hungarian.id)
    expect(hu).toContain('Számla')
    expect(hu).toContain(hungarianTerms)
    expect(hu).toContain(hungarianFooter)
    expect(hu).not.toContain(defaults.defaultTerms)
    expect(hu).not.toContain(defaults.documentFooter)

    const catalan = await issued(desk, { ...seed, customerId: await catalanCustomer() })
    expect(catalan.terms).toBe(defaults.defaultTerms)
    const ca = await documentText(catalan.id)
    expect(ca).toContain('Factura')
    expect(ca).toContain(defaults.defaultTerms)
    expect(ca).toContain(defaults.documentFooter)
    expect(ca).not.toContain(hungarianTerms)
    expect(ca).not.toContain(hungarianFooter)
  })

  it('keeps an issued invoice as issued when the Hungarian texts change; a new draft takes the new ones', async () => {
    const invoice = await issued(desk, seed)
    const before = await documentText(invoice.id)
    await desk.call('settings.update', {
      settings: companySettings({
        termsByLanguage: languageTexts({ hu: 'Új feltételek: fizetés 8 napon belül.' }),
        footerByLanguage: languageTexts({ hu: 'Új lábléc' })
      })
    })
    const after = await documentText(invoice.id)
    expect(after).toBe(before)
    expect(after).toContain(hungarianTerms)
    expect(after).toContain(hungarianFooter)
    expect((await desk.call('documents.get', { id: invoice.id })).terms).toBe(hungarianTerms)

    const next = await desk.call('documents.createDraft', { document: draft(seed) })
    expect(next.terms).toBe('Új feltételek: fizetés 8 napon belül.')
    const draftText = await documentText(next.id)
    expect(draftText).toContain('Új lábléc')
    // Terms typed on the draft are the draft's, whatever the language.
    const typed = await desk.call('documents.createDraft', { document: draft(seed, { terms: 'Egyedi.' }) })
    expect(typed.terms).toBe('Egyedi.')
  })

  it('prints the default terms and footer for settings saved before per-language texts existed', async () => {
    // What an older version stored: the company profile without the per-language texts.
    const { termsByLanguage: _t, footerByLanguage: _f, ...older } = companySettings().company
    desk.store.sqlite
      .prepare("UPDATE settings SET value = ? WHERE key = 'company'")
      .run(JSON.stringify(older))
    const settings = await desk.call('settings.get', {})
    expect(settings.company.termsByLanguage).toEqual(defaultSettings().company.termsByLanguage)
    const invoice = await issued(desk, seed)
    expect(invoice.terms).toBe(defaults.defaultTerms)
    const text = await documentText(invoice.id)
    expect(text).toContain(defaults.defaultTerms)
    expect(text).toContain(defaults.documentFooter)
  })
})
