/**
 * Issued documents print from their snapshot and print right (issue 11): reprints after any
 * settings change are identical, amounts at the schemas' maxima stay on one line, long notes
 * and footers never collide or lose lines, the payment block is in the body, digit grouping is
 * consistent, labels follow the document's language, paid to date and balance due.
 * Every PDF is read back with pdftotext.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_QUANTITY_MILLI, MAX_UNIT_PRICE_CENTS } from '../../src/shared/schemas/document-drafts'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { pdfText } from '../support/pdf-text'
import {
  companySettings,
  issued,
  line,
  seedDocuments,
  setDocumentLanguage,
  type Seeded
} from '../documents/helpers'
import { payment } from '../payments/helpers'

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

function save(bytes: Uint8Array, name: string): string {
  const file = desk.folder.file(name)
  writeFileSync(file, bytes)
  return file
}
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
/** The creation date and the file id pdfkit derives from it: the only bytes a reprint may change. */
const withoutDate = (bytes: Uint8Array) =>
  Buffer.from(bytes)
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/, '')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '')

describe('printed from the snapshot', () => {
  it('reprints an issued invoice identically after every settings change', async () => {
    const invoice = await issued(desk, seed)
    const first = await desk.call('documents.pdf', { id: invoice.id })
    desk.clock.advance(86_400_000)
    await desk.call('settings.update', {
      settings: {
        ...companySettings({
          legalName: 'Otra Empresa S.A.',
          addressLine1: 'Gran Vía 1',
          taxId: 'ESA87654323',
          iban: 'ES7620770024003102575766',
          bic: 'CAHMESMMXXX',
          documentFooter: 'Otro pie de página',
          logoDataUrl:
            'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
        }),
        documents: { ...companySettings().documents, printLocale: 'es-ES', paperSize: 'Letter' }
      }
    })
    const second = await desk.call('documents.pdf', { id: invoice.id })
    const a = pdfText(save(first.bytes, 'first.pdf'))
    const b = pdfText(save(second.bytes, 'second.pdf'))
    expect(b).toBe(a)
    expect(a).toContain('Col·legi Català de Façanes S.L.')
    expect(a).not.toContain('Otra Empresa')
    expect(withoutDate(second.bytes)).toBe(withoutDate(first.bytes))
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(false)
    // A draft follows the settings and the customer of the moment: Spanish labels, the new company.
    await setDocumentLanguage(desk, seed.customerId, 'es')
    const draftDoc = await desk.call('documents.createDraft', {
      document: {
        type: 'invoice',
        customerId: seed.customerId,
        issueDate: null,
        validUntil: null,
        promisedDate: null,
        paymentInstructions: '',
        notes: '',
        reason: '',
        lines: [line()]
      }
    })
    const draftText = pdfText(save((await desk.call('documents.pdf', { id: draftDoc.id })).bytes, 'd.pdf'), {
      squeeze: 'nbsp'
    })
    expect(draftText).toContain('Otra Empresa S.A.')
    expect(draftText).toContain('Factura (borrador)')
  })

  it('prints the payment block in the body, a long footer whole, paid to date and balance due', async () => {
    const footer = `${'Inscrita en el Registro Mercantil de Barcelona, tomo 45.678, folio 123, hoja B-987654. '.repeat(11)}ÚLTIMA LÍNEA DEL PIE`
    expect(footer.length).toBeLessThanOrEqual(1000)
    await desk.call('settings.update', { settings: companySettings({ documentFooter: footer }) })
    const invoice = await issued(desk, seed, { paymentMethod: 'bank_transfer' })
    // 2 × 50.00 + 1.5 × 123.45 − 10 % = 100.00 + 166.66 = 266.66; VAT 21 % = 56.00; total 322.66
    expect(invoice.totalCents).toBe(32_266)
    await desk.call('payments.record', { payment: payment(seed, 10_000) })
    const file = save((await desk.call('documents.pdf', { id: invoice.id })).bytes, 'paid.pdf')
    const pdf = pdfText(file, { squeeze: 'nbsp' })
    expect(pdf).toContain('Payment details')
    expect(pdf).toContain('IBAN: ES91 2100 0418 4502 0005 1332 BIC: CAIXESBBXXX')
    expect(pdf).toContain(`Reference to quote: ${invoice.number}`)
    expect(pdf).toContain('ÚLTIMA LÍNEA DEL PIE')
    expect(pdf).toContain('Paid to date -100.00')
    expect(pdf).toContain('Balance due (EUR) 222.66')
    // The legal name prints once in the header, not again in the footer.
    expect(pdf.match(/Col·legi Català de Façanes S\.L\./g)).toHaveLength(1)
  })
})

describe('printed right', () => {
  it('keeps amounts at the schemas maxima on one line', async () => {
    const invoice = await issued(desk, seed, {
      lines: [
        line({ quantityMilli: MAX_QUANTITY_MILLI, unitPriceCents: MAX_UNIT_PRICE_CENTS, vatRateBp: 2100 })
      ]
    })
    // 1 000 000 × 10 000 000.00 = 10 000 000 000 000.00; VAT 21 % = 2 100 000 000 000.00
    expect(invoice.totalCents).toBe(1_210_000_000_000_000)
    const pdf = pdfText(save((await desk.call('documents.pdf', { id: invoice.id })).bytes, 'max.pdf'))
    expect(pdf).toContain('10,000,000,000,000.00')
    expect(pdf).toContain('10,000,000.00')
    expect(pdf).toContain('1,000,000')
    expect(pdf).toMatch(/Total \(EUR\)\s+12,100,000,000,000\.00/)
    expect(pdf).toContain('2,100,000,000,000.00')
  })

  it('flows long notes over pages above the footer, with the running head on every page', async () => {
    const notes = Array.from({ length: 90 }, (_, i) => `Nota ${i + 1}: прим.`).join('\n')
    const invoice = await issued(desk, seed, { notes })
    const file = save((await desk.call('documents.pdf', { id: invoice.id })).bytes, 'notes.pdf')
    const pages = pageCount(file)
    expect(notes.length).toBeLessThanOrEqual(4000)
    expect(pages).toBeGreaterThanOrEqual(2)
    for (let page = 2; page <= pages; page++) {
      const pageText = pdfText(file, { page, squeeze: 'nbsp' })
      expect(pageText.trimStart().startsWith(`Invoice ${invoice.number}`), `page ${page}`).toBe(true)
      expect(pageText).toContain(`Page ${page} of ${pages}`)
      // The footer is the last thing on the page: no note line after it.
      const afterFooter = pageText.slice(pageText.indexOf('Inscrita en el Registre'))
      expect(afterFooter).not.toMatch(/Nota \d+/)
    }
    const all = pdfText(file, { squeeze: 'nbsp' })
    for (const n of [1, 45, 90]) expect(all).toContain(`Nota ${n}: прим.`)
  })

  it('groups digits on every amount in Spanish and prints Spanish labels for a Spanish document', async () => {
    const settings = companySettings()
    await desk.call('settings.update', {
      settings: { ...settings, documents: { ...settings.documents, printLocale: 'es-ES' } }
    })
    await setDocumentLanguage(desk, seed.customerId, 'es')
    // 1 160.38 net at 21 %: VAT 243.68, total 1 404.06
    const invoice = await issued(desk, seed, {
      lines: [line({ quantityMilli: 1000, unitPriceCents: 116_038 })]
    })
    expect(invoice.totalCents).toBe(140_406)
    const pdf = pdfText(save((await desk.call('documents.pdf', { id: invoice.id })).bytes, 'es.pdf'), {
      squeeze: 'nbsp'
    })
    expect(pdf).toContain('Total (EUR) 1.404,06')
    expect(pdf).toContain('1.160,38')
    expect(pdf).toContain('Factura')
    expect(pdf).toContain('Facturar a')
    expect(pdf).toContain('Página 1 de 1')
    expect(pdf).not.toContain('Bill to')
  })
})
