/**
 * BT-120, the exemption reason, in the document's language (issue 14). A line of an exempt category
 * whose reason the user left empty gets, at issue, the wording the PDF prints for the category in the
 * document's language, frozen with the line: a Spanish exempt invoice and a Hungarian reverse-charge
 * one carry the Spanish and Hungarian reason in UBL and CII and pass the EN 16931 rules; their PDF
 * prints the wording once. An invoice issued the old way (no reason written at issue: the module
 * that writes it answers null while it is issued) keeps its English default, byte for byte, after
 * the new ones are issued, and the chain still verifies.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { documentLabels } from '../../src/main/pdf/strings'
import { draft, line, seedDocuments, type Seeded } from '../documents/helpers'
import { describeFatal, validateEn16931 } from '../support/en16931'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'
import { pdfText, squeezed } from '../support/pdf-text'

const old = vi.hoisted(() => ({ path: false }))
vi.mock('../../src/main/documents/exemption-text', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/main/documents/exemption-text')>()
  return {
    ...actual,
    defaultExemptionText: (...args: Parameters<typeof actual.defaultExemptionText>) =>
      old.path ? null : actual.defaultExemptionText(...args)
  }
})

let desk: TestDesk
let seed: Seeded
const issued: Record<string, SalesDocument> = {}
const files: Record<string, { ubl: string; cii: string }> = {}
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8')

async function xml(doc: SalesDocument): Promise<{ ubl: string; cii: string }> {
  const ubl = await desk.call('einvoice.file', { id: doc.id, format: 'ubl' })
  const cii = await desk.call('einvoice.file', { id: doc.id, format: 'cii' })
  return { ubl: text(ubl.bytes), cii: text(cii.bytes) }
}

beforeAll(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
  const spanish = await desk.call('customers.create', {
    customer: customer({
      name: 'Oficines Núñez S.L.',
      taxId: 'B87654323',
      billingAddress: address('Girona', { line1: 'Carrer Nou 3', postalCode: '17001', country: 'ES' }),
      documentLanguage: 'es'
    })
  })
  const hungarian = await desk.call('customers.create', {
    customer: customer({
      name: 'Kovács és Társa Kft.',
      taxId: 'HU11111111',
      billingAddress: address('Győr', { line1: 'Baross út 1', postalCode: '9021', country: 'HU' }),
      documentLanguage: 'hu'
    })
  })
  const issue = async (customerId: number, lines: ReturnType<typeof line>[]) => {
    const created = await desk.call('documents.createDraft', {
      document: draft(seed, { customerId, paymentMethod: 'bank_transfer', lines })
    })
    return desk.call('documents.issue', { id: created.id })
  }
  old.path = true
  issued.old = await issue(hungarian.id, [line({ vatCategory: 'AE', vatRateBp: 0 })])
  old.path = false
  files.oldBefore = await xml(issued.old)
  // An exempt line needs a code or a reason: the code only, the reason left to Salesdesk.
  issued.spanish = await issue(spanish.id, [
    line({ vatCategory: 'E', vatRateBp: 0, vatExemptionCode: 'VATEX-EU-132-1I' })
  ])
  issued.hungarian = await issue(hungarian.id, [line({ vatCategory: 'AE', vatRateBp: 0 })])
  // The user's own reason stays as typed.
  issued.own = await issue(spanish.id, [
    line({ vatCategory: 'E', vatRateBp: 0, vatExemptionText: 'Exento, artículo 20.Uno.9 Ley 37/1992' })
  ])
  for (const name of ['old', 'spanish', 'hungarian', 'own']) files[name] = await xml(issued[name])
}, 120_000)

afterAll(async () => {
  await desk.close()
})

const wording = (key: 'vatCategoryE' | 'vatCategoryAE', language: 'en' | 'es' | 'hu') =>
  documentLabels[key][language]
/** How the XML writes a text (the wordings hold no character XML escapes but these). */
const inXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

describe('BT-120 in the document language', () => {
  it('is written at issue in Spanish and in Hungarian, in UBL and CII, and the rules pass', () => {
    expect(issued.spanish.documentLanguage ?? 'es').toBe('es')
    const es = inXml(wording('vatCategoryE', 'es'))
    const hu = inXml(wording('vatCategoryAE', 'hu'))
    expect(es).toBe('Exento de IVA')
    expect(hu).toMatch(/^Fordított adózás/)
    expect(files.spanish.ubl).toContain(`<cbc:TaxExemptionReason>${es}</cbc:TaxExemptionReason>`)
    expect(files.spanish.cii).toContain(`<ram:ExemptionReason>${es}</ram:ExemptionReason>`)
    expect(files.hungarian.ubl).toContain(`<cbc:TaxExemptionReason>${hu}</cbc:TaxExemptionReason>`)
    expect(files.hungarian.cii).toContain(`<ram:ExemptionReason>${hu}</ram:ExemptionReason>`)
    for (const name of ['spanish', 'hungarian']) {
      expect(files[name].ubl).not.toContain('Reverse charge<')
      expect(files[name].ubl).not.toContain('Exempt from VAT<')
    }
    expect(files.own.ubl).toContain(
      '<cbc:TaxExemptionReason>Exento, artículo 20.Uno.9 Ley 37/1992</cbc:TaxExemptionReason>'
    )
    const reports = validateEn16931(
      ['spanish', 'hungarian', 'old', 'own'].flatMap((name) => [
        { name: `${name}.ubl.xml`, xml: files[name].ubl },
        { name: `${name}.cii.xml`, xml: files[name].cii }
      ])
    )
    expect(reports).toHaveLength(8)
    expect(reports.map(describeFatal).filter(Boolean).join('\n')).toBe('')
  }, 120_000)

  it('is frozen with the line: the issued document shows it', async () => {
    const again = await desk.call('documents.get', { id: issued.hungarian.id })
    expect(again.lines[0]?.vatExemptionText).toBe(wording('vatCategoryAE', 'hu'))
    expect(issued.spanish.lines[0]?.vatExemptionText).toBe(wording('vatCategoryE', 'es'))
  })

  it('prints once on the PDF (the category wording, no second copy as the reason)', async () => {
    const printed = async (doc: SalesDocument) =>
      squeezed(pdfText((await desk.call('documents.pdf', { id: doc.id })).bytes), 'all')
    const spanish = await printed(issued.spanish)
    expect(spanish).toContain('E: Exento de IVA — Exención: VATEX-EU-132-1I')
    expect(spanish.split('Exento de IVA')).toHaveLength(2)
    const hungarian = await printed(issued.hungarian)
    const hu = squeezed(wording('vatCategoryAE', 'hu'), 'all')
    expect(hungarian).toContain(`AE: ${hu}`)
    expect(hungarian.split(hu)).toHaveLength(2)
    expect(hungarian).not.toContain('Mentesség')
  })

  it('leaves a document issued the old way as it was: its English default, byte for byte, and the chain verifies', async () => {
    expect(issued.old.lines[0]?.vatExemptionText).toBeNull()
    expect(files.oldBefore.ubl).toContain(
      `<cbc:TaxExemptionReason>${wording('vatCategoryAE', 'en').split(':')[0]}</cbc:TaxExemptionReason>`
    )
    expect(files.old).toEqual(files.oldBefore)
    expect(await xml(issued.old)).toEqual(files.oldBefore)
    expect(await desk.call('records.verify', {})).toMatchObject({ status: 'verified', problem: null })
  })
})
