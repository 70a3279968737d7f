/**
 * The QR on the invoice PDF: the URL builder against the AEAT's vectors, then the printed code
 * itself — the first page rendered at 300 dpi (pdftoppm), decoded with zbarimg, compared with
 * a URL built here from the stored record, its size measured on the image, the legends read back.
 */
import { execFileSync } from 'node:child_process'
import { pdfText } from '../support/pdf-text'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { verifactuQrUrl } from '../../src/main/verifactu/qr-url'
import { draft, issued, line } from '../documents/helpers'
import { desksClosedAfterEach } from '../support/fixtures'
import { spanishDesk, SPANISH_NIF, STANDARDS } from './support'

interface QrVector {
  env: 'test' | 'prod'
  verifactu: boolean
  params: { nif: string; numserie: string; fecha: string; importe: string }
  expected_url: string
}

const vectors = (JSON.parse(readFileSync(join(STANDARDS, 'qr-vectors.json'), 'utf8')) as QrVector[]).filter(
  (v) => v.verifactu
)

/** java.net.URLEncoder.encode(v, "UTF-8"), written out byte by byte (our own reading of the rule). */
function javaUrlEncode(value: string): string {
  let out = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte)
    if (/[A-Za-z0-9.\-*_]/.test(c)) out += c
    else if (c === ' ') out += '+'
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

const desks = desksClosedAfterEach()
let folders: string[] = []
afterEach(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
  folders = []
})

/** The first page at 300 dpi: decoded QR texts and the dark-module bounding box of the code in mm. */
function readFirstPage(pdf: Uint8Array): {
  codes: string[]
  text: string
  qrWidthMm: number
  qrHeightMm: number
  qrTopMm: number
} {
  const folder = mkdtempSync(join(tmpdir(), 'verifactu-qr-'))
  folders.push(folder)
  const file = join(folder, 'invoice.pdf')
  writeFileSync(file, pdf)
  execFileSync('pdftoppm', ['-r', '300', '-f', '1', '-l', '1', '-png', file, join(folder, 'page')])
  execFileSync('pdftoppm', [
    '-r',
    '300',
    '-f',
    '1',
    '-l',
    '1',
    '-gray',
    join(folder, 'invoice.pdf'),
    join(folder, 'gray')
  ])
  const png = join(folder, 'page-1.png')
  let decoded = ''
  try {
    decoded = execFileSync('zbarimg', ['-q', '--raw', png], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    })
  } catch (error) {
    // zbarimg exits 4 when the page has no code at all.
    if ((error as { status?: number }).status !== 4) throw error
  }
  const codes = decoded.split('\n').filter((l) => l !== '')
  const text = pdfText(file, { layout: false, page: 1 })
  // The grey PGM (P5). From the top: the legend above, a blank quiet zone, the code, a blank
  // quiet zone, the legend below. Blocks of rows with dark pixels (gaps under 2 mm merged).
  const pgm = readFileSync(join(folder, 'gray-1.pgm'))
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 50))
  if (!header) throw new Error('not a PGM file')
  const [width, height] = [Number(header[1]), Number(header[2])]
  const pixels = pgm.subarray(header[0].length)
  const gapRows = (2 / 25.4) * 300
  const blocks: Array<{ top: number; bottom: number; left: number; right: number }> = []
  for (let y = 0; y < height / 2 && blocks.length < 3; y++) {
    let first = -1
    let last = -1
    for (let x = 0; x < width; x++) {
      if (pixels[y * width + x] < 128) {
        if (first < 0) first = x
        last = x
      }
    }
    if (first < 0) continue
    const current = blocks.at(-1)
    if (current && y - current.bottom <= gapRows) {
      current.bottom = y
      current.left = Math.min(current.left, first)
      current.right = Math.max(current.right, last)
    } else blocks.push({ top: y, bottom: y, left: first, right: last })
  }
  const code = blocks[1] ?? { top: 0, bottom: -1, left: 0, right: -1 }
  const left = code.left
  const right = code.right
  const top = code.top
  const mm = (px: number) => (px / 300) * 25.4
  return {
    codes,
    text,
    qrWidthMm: mm(right - left + 1),
    qrHeightMm: mm(code.bottom - code.top + 1),
    qrTopMm: mm(top)
  }
}

describe('VERI*FACTU QR', () => {
  it.each(vectors.map((v) => [v.expected_url, v] as const))('builds %s', (_url, vector) => {
    expect(verifactuQrUrl(vector.params, vector.env === 'prod' ? 'production' : 'test')).toBe(
      vector.expected_url
    )
  })

  it('encodes like java.net.URLEncoder: "~", space, "+", "/", accents', () => {
    const url = verifactuQrUrl(
      { nif: SPANISH_NIF, numserie: 'A/1 +~ñ', fecha: '01-01-2026', importe: '-1.50' },
      'test'
    )
    expect(url).toBe(
      `https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?nif=${SPANISH_NIF}&numserie=A%2F1+%2B%7E%C3%B1&fecha=01-01-2026&importe=-1.50`
    )
    expect(url.split('numserie=')[1].split('&')[0]).toBe(javaUrlEncode('A/1 +~ñ'))
  })

  // Three PDFs rendered to images and scanned by zbarimg: slow on a busy machine, hence the time limit.
  it('prints the code of the stored record near the top of the first page, 30–40 mm, with both legends', async () => {
    const { desk, seed, spanishCustomerId, anonymousCustomerId } = await spanishDesk()
    desks.push(desk)
    const invoice = await issued(desk, seed, { customerId: spanishCustomerId })
    const simplified = await issued(desk, seed, { customerId: anonymousCustomerId })
    const note = await desk.call('invoices.createCreditNote', {
      invoiceId: invoice.id,
      reason: 'Devolución',
      lines: [{ lineId: invoice.lines[0].id, quantityMilli: 1_000 }]
    })
    const creditNote = await desk.call('documents.issue', { id: note.id })
    // In dollars: the code carries the record's amount in euros, not the printed total.
    const inDollars = await desk.call('documents.createDraft', {
      document: draft(seed, {
        customerId: spanishCustomerId,
        currency: 'USD',
        lines: [line({ quantityMilli: 3_000, unitPriceCents: 33_333 })]
      })
    })
    await desk.call('verifactu.setDocumentOptions', {
      documentId: inDollars.id,
      options: { correctionCode: null, correctionKind: null, eurRate: '1.0850' }
    })
    const foreign = await desk.call('documents.issue', { id: inDollars.id })
    for (const doc of [invoice, simplified, creditNote, foreign]) {
      const record = desk.store.sqlite
        .prepare(
          "select issuer_nif as nif, invoice_number as number, invoice_date as date, importe_total as importe from verifactu_records where document_id = ? and kind = 'alta'"
        )
        .get(doc.id) as { nif: string; number: string; date: string; importe: string }
      const expected =
        'https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?' +
        `nif=${javaUrlEncode(record.nif)}&numserie=${javaUrlEncode(record.number)}&fecha=${javaUrlEncode(record.date)}&importe=${javaUrlEncode(record.importe)}`
      const pdf = await desk.call('documents.pdf', { id: doc.id })
      const page = readFirstPage(pdf.bytes)
      expect(page.codes).toEqual([expected])
      expect(page.qrWidthMm).toBeGreaterThanOrEqual(30)
      expect(page.qrWidthMm).toBeLessThanOrEqual(40)
      expect(Math.abs(page.qrHeightMm - page.qrWidthMm)).toBeLessThan(1)
      expect(page.qrTopMm).toBeLessThan(40)
      const lines = page.text.split('\n').map((l) => l.trim())
      expect(lines.indexOf('QR tributario:')).toBeGreaterThanOrEqual(0)
      expect(lines.indexOf('VERI*FACTU')).toBeGreaterThan(lines.indexOf('QR tributario:'))
    }
    const importe = (
      desk.store.sqlite
        .prepare(
          "select importe_total as importe from verifactu_records where document_id = ? and kind = 'alta'"
        )
        .get(creditNote.id) as { importe: string }
    ).importe
    expect(importe).toBe('-60.50')
    // USD 999.99 + 210.00 tax = 1 209.99 printed; in euros at 1.0850: 921.65 + 193.55 = 1 115.20.
    expect(foreign.totalCents).toBe(120_999)
    const foreignImporte = desk.store.sqlite
      .prepare(
        "select importe_total as importe from verifactu_records where document_id = ? and kind = 'alta'"
      )
      .get(foreign.id) as { importe: string }
    expect(foreignImporte.importe).toBe('1115.20')
  }, 120_000)

  it('prints no QR when VERI*FACTU is off', async () => {
    const { desk, seed, spanishCustomerId } = await spanishDesk({ enabled: false })
    desks.push(desk)
    const invoice = await issued(desk, seed, { customerId: spanishCustomerId })
    const page = readFirstPage((await desk.call('documents.pdf', { id: invoice.id })).bytes)
    expect(page.codes).toEqual([])
    expect(page.text).not.toContain('QR tributario:')
  })
})
