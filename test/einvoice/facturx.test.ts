/**
 * Factur-X: a PDF/A-3b whose embedded factur-x.xml is extracted with poppler's pdfdetach and
 * validated with the official EN 16931 rules; the XMP declares PDF/A-3b and the Factur-X level.
 */
import { execFileSync } from 'node:child_process'
import { pdfText } from '../support/pdf-text'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import { afterAll, describe, expect, it } from 'vitest'
import { toCii } from '../../src/main/einvoice/cii'
import { embedFacturX, FACTURX_FILE_NAME, PDFA3_OPTIONS } from '../../src/main/einvoice/facturx'
import { pdfFontSources } from '../../src/main/pdf/resources'
import { describeFatal, validateEn16931 } from '../support/en16931'
import { buildInvoice } from './builder'

const work = mkdtempSync(join(tmpdir(), 'salesdesk-facturx-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function facturXPdf(cii: string): Promise<Buffer> {
  const font = pdfFontSources(() => undefined).regular as string
  const doc = new PDFDocument({ ...PDFA3_OPTIONS, font, info: { Title: 'Factura INV-2026-00042' } })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.on('data', (c: Buffer) => chunks.push(c))
  doc.text('Factura INV-2026-00042 — Größe & Söhne GmbH')
  embedFacturX(doc, cii, '2026-11-30', 'EN 16931')
  doc.end()
  return done
}

describe('Factur-X', () => {
  it('embeds a CII file that passes the EN 16931 rules and declares PDF/A-3b', async () => {
    const cii = toCii(
      buildInvoice({
        lines: [
          { quantity: '3', price: '120.5' },
          { quantity: '1', price: '9', rate: '10' }
        ]
      })
    )
    const pdf = join(work, 'invoice.pdf')
    writeFileSync(pdf, await facturXPdf(cii))

    const list = execFileSync('pdfdetach', ['-list', pdf], { encoding: 'utf8' })
    expect(list).toContain(FACTURX_FILE_NAME)
    execFileSync('pdfdetach', ['-saveall', '-o', work, pdf])
    const embedded = readFileSync(join(work, FACTURX_FILE_NAME), 'utf8')
    expect(embedded).toBe(cii)
    const [report] = validateEn16931([{ name: 'factur-x.xml', xml: embedded }])
    expect(describeFatal(report)).toBe('')

    const xmp = execFileSync('pdfinfo', ['-meta', pdf], { encoding: 'utf8' })
    expect(xmp).toMatch(/<pdfaid:part>3<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/)
    expect(xmp).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>')
    expect(xmp).toContain('<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>')
    const raw = readFileSync(pdf, 'latin1')
    expect(raw).toMatch(/\/AFRelationship \/Alternative/)
    expect(raw).toMatch(/\/OutputIntents/)
    expect(pdfText(pdf, { layout: false })).toContain('Größe & Söhne GmbH')
  }, 60_000)
})
