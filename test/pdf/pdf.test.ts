/**
 * PDFs read back with poppler's pdftotext/pdfinfo/pdfimages: numbers, names with accents and
 * Cyrillic, totals, page numbering over several pages, paper sizes, logo, delivery notes, CLI.
 */
import { execFileSync } from 'node:child_process'
import { pdfText } from '../support/pdf-text'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli'
import { customer, openTestDesk, type TestDesk } from '../support/fixtures'
import {
  companySettings,
  confirmedOrder,
  draft,
  issued,
  line,
  seedDocuments,
  type Seeded
} from '../documents/helpers'
import { required } from '../../src/shared/required'

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

const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' })

const ONE_PIXEL_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

describe('invoice PDF', () => {
  it('prints the number, the customer with ő/ű, Catalan and Cyrillic text, the VAT breakdown and totals as real text', async () => {
    await desk.call('settings.update', { settings: companySettings({ logoDataUrl: ONE_PIXEL_PNG }) })
    const invoice = await issued(desk, seed, {
      notes: 'Gràcies per la vostra confiança. Спасибо за заказ! Üdvözlettel: Őrs',
      lines: [
        line({
          description: 'Instal·lació de façana — монтаж фасада',
          quantityMilli: 2_500,
          unitPriceCents: 10_000,
          vatRateBp: 2100
        }),
        line({
          description: 'Llibre de manteniment',
          quantityMilli: 1_000,
          unitPriceCents: 1_050,
          vatRateBp: 400
        })
      ]
    })
    const file = await desk.call('documents.pdf', { id: invoice.id })
    expect(file).toMatchObject({ kind: 'file', fileName: 'INV-2026-00001.pdf', mimeType: 'application/pdf' })
    const pdf = pdfText(save(file.bytes, file.fileName), { squeeze: 'nbsp' })
    expect(pdf).toContain('Invoice')
    expect(pdf).toContain('INV-2026-00001')
    expect(pdf).toContain('Győri Lőrinc és Fiai Kft.')
    expect(pdf).toContain('Szőlő utca 5')
    expect(pdf).toContain('Col·legi Català de Façanes S.L.')
    expect(pdf).toContain('Instal·lació de façana — монтаж фасада')
    expect(pdf).toContain('Спасибо за заказ! Üdvözlettel: Őrs')
    expect(pdf).toContain('Оплата в течение 30 дней.')
    // 2.5 × 100.00 = 250.00 at 21 % -> 52.50; 10.50 at 4 % -> 0.42; total 260.50 + 52.92 = 313.42
    expect(invoice).toMatchObject({ netCents: 26_050, vatCents: 5292, totalCents: 31_342 })
    expect(pdf).toContain('VAT S 21 % on 250.00 52.50')
    expect(pdf).toContain('VAT S 4 % on 10.50 0.42')
    expect(pdf).toContain('Total (EUR) 313.42')
    expect(pdf).toContain('Due date 17 Mar 2026')
    expect(pdf).toContain('IBAN ES91 2100 0418 4502 0005 1332')
    expect(pdf).toContain('Page 1 of 1')
    expect(
      execFileSync('pdfimages', ['-list', desk.folder.file(file.fileName)], { encoding: 'utf8' })
    ).toMatch(/png|image/)
    expect(info(desk.folder.file(file.fileName))).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/)
  })

  it('flows a long invoice over pages with the table header repeated and "Page n of N"', async () => {
    const lines = Array.from({ length: 45 }, (_, i) =>
      line({
        description: `Posició ${i + 1}: cadira — стул №${i + 1}`,
        quantityMilli: 1000,
        unitPriceCents: 100 * (i + 1)
      })
    )
    const invoice = await issued(desk, seed, { lines })
    const file = await desk.call('documents.pdf', { id: invoice.id })
    const pdf = pdfText(save(file.bytes, 'long.pdf'), { squeeze: 'nbsp' })
    const pages = Number(
      required(
        /Pages:\s+(\d+)/.exec(info(desk.folder.file('long.pdf'))),
        "/Pages:\\s+(\\d+)/.exec(info(desk.folder.file('lo"
      )[1]
    )
    expect(pages).toBe(2)
    expect(pdf).toContain('Page 1 of 2')
    expect(pdf).toContain('Page 2 of 2')
    expect(pdf.match(/Description Qty Unit Unit price Disc\. VAT Net/g)).toHaveLength(2)
    expect(pdf).toContain('Posició 1: cadira — стул №1')
    expect(pdf).toContain('Posició 45: cadira — стул №45')
    // Sum of 1..45 × 1.00 = 1035.00, VAT 21 % = 217.35
    expect(pdf).toContain('Total (EUR) 1,252.35')
  })

  it('prints on US Letter when asked, in the locale and language from the settings, and marks drafts', async () => {
    const settings = companySettings()
    await desk.call('settings.update', {
      settings: { ...settings, documents: { ...settings.documents, printLocale: 'es-ES' } }
    })
    // A customer with no country and no chosen language reads the company's print language.
    const local = await desk.call('customers.create', { customer: customer({ name: 'Sin país S.L.' }) })
    const created = await desk.call('documents.createDraft', {
      document: draft(seed, { customerId: local.id })
    })
    const file = await desk.call('documents.pdf', { id: created.id, paper: 'Letter' })
    const path = save(file.bytes, file.fileName)
    expect(info(path)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/)
    const pdf = pdfText(path, { squeeze: 'nbsp' })
    expect(pdf).toContain('Factura (borrador)')
    expect(pdf).toContain('Borrador — sin validez como documento')
    // 322.66 in Spanish notation
    expect(pdf).toContain('Total (EUR) 322,66')
  })
})

describe('text layer across documents', () => {
  it('letters inside accented letters and ligatures stay extractable in later documents', async () => {
    // The opened font is shared by all documents of the process; the first one uses Ő Ö Ű,
    // whose glyphs are built from O and U, and the fi/ffi ligatures.
    const first = await issued(desk, seed, { lines: [line({ description: 'ŐÖŰÜ őöűü — office fit' })] })
    pdfText(save((await desk.call('documents.pdf', { id: first.id })).bytes, 'first.pdf'), {
      squeeze: 'nbsp'
    })
    const second = await issued(desk, seed, { lines: [line({ description: 'OUTLOOK office fit' })] })
    const pdf = pdfText(save((await desk.call('documents.pdf', { id: second.id })).bytes, 'second.pdf'), {
      squeeze: 'nbsp'
    })
    expect(pdf).toContain('OUTLOOK office fit')
    expect(pdf).toContain('INV-2026-00002')
  })
})

describe('other documents', () => {
  it('estimate, order confirmation, delivery note, credit note', async () => {
    const { estimate, order } = await confirmedOrder(desk, seed)
    const estimatePdf = pdfText(
      save((await desk.call('documents.pdf', { id: estimate.id })).bytes, 'e.pdf'),
      { squeeze: 'nbsp' }
    )
    expect(estimatePdf).toContain('Estimate')
    expect(estimatePdf).toContain('EST-2026-00001')
    expect(estimatePdf).toContain('Valid until 1 Apr 2026')
    const orderPdf = pdfText(save((await desk.call('documents.pdf', { id: order.id })).bytes, 'o.pdf'), {
      squeeze: 'nbsp'
    })
    expect(orderPdf).toContain('Order confirmation')
    expect(orderPdf).toContain('Our estimate EST-2026-00001')

    const delivered = await desk.call('orders.recordDelivery', {
      orderId: order.id,
      deliveryDate: '2026-03-04',
      note: 'Lliurat a la Núria — доставлено',
      lines: [{ lineId: order.lines[1].id, quantityMilli: 1_000 }]
    })
    const note = await desk.call('deliveries.pdf', { id: delivered.deliveries[0].id })
    expect(note.fileName).toBe('delivery-ORD-2026-00001-1.pdf')
    const notePdf = pdfText(save(note.bytes, note.fileName), { squeeze: 'nbsp' })
    expect(notePdf).toContain('Delivery note')
    expect(notePdf).toContain('ORD-2026-00001/1')
    expect(notePdf).toContain('Cadira ergonòmica h 1.5 1')
    expect(notePdf).toContain('Lliurat a la Núria — доставлено')
    expect(notePdf).not.toContain('Total')

    const invoice = await issued(desk, seed)
    const credit = await desk.call('documents.issue', {
      id: (
        await desk.call('invoices.createCreditNote', {
          invoiceId: invoice.id,
          reason: 'Mercancía devuelta — возврат'
        })
      ).id
    })
    const creditPdf = pdfText(save((await desk.call('documents.pdf', { id: credit.id })).bytes, 'c.pdf'), {
      squeeze: 'nbsp'
    })
    expect(creditPdf).toContain('Credit note')
    expect(creditPdf).toContain('CRN-2026-00001')
    expect(creditPdf).toContain('Corrects invoice INV-2026-00001')
    expect(creditPdf).toContain('Mercancía devuelta — возврат')
  })
})

describe('salesdesk pdf', () => {
  it('writes one document by number, and a date range into a folder', async () => {
    for (let i = 0; i < 3; i++) await issued(desk, seed)
    await issued(desk, seed, { type: 'estimate' })
    const out = desk.folder.file('one.pdf')
    expect(await runCli(['pdf', '--db', desk.databasePath, '--number', 'INV-2026-00002', '--out', out])).toBe(
      0
    )
    expect(pdfText(out, { squeeze: 'nbsp' })).toContain('INV-2026-00002')

    const dir = desk.folder.file('batch')
    expect(
      await runCli([
        'pdf',
        '--db',
        desk.databasePath,
        '--from',
        '2026-01-01',
        '--to',
        '2026-12-31',
        '--type',
        'invoice',
        '--out-dir',
        dir
      ])
    ).toBe(0)
    expect(readdirSync(dir).sort()).toEqual([
      'INV-2026-00001.pdf',
      'INV-2026-00002.pdf',
      'INV-2026-00003.pdf'
    ])
    expect(pdfText(`${dir}/INV-2026-00003.pdf`, { squeeze: 'nbsp' })).toContain('Győri Lőrinc és Fiai Kft.')

    expect(await runCli(['pdf', '--db', desk.databasePath, '--number', 'INV-2026-00009', '--out', out])).toBe(
      2
    )
    expect(await runCli(['pdf', '--db', desk.folder.file('missing.db'), '--number', 'INV-2026-00001'])).toBe(
      2
    )
    expect(existsSync(desk.folder.file('missing.db'))).toBe(false)
    expect(await runCli(['pdf', '--db', desk.databasePath, '--number', 'X', '--from', '2026-01-01'])).toBe(2)
  })
})
