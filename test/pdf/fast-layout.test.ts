/**
 * The fast layout of plain words (src/main/pdf/fast-layout.ts) must give exactly what fontkit's
 * shaper gives: the same glyphs and advances word by word, and the same PDF bytes when a page of
 * mixed text is drawn with it; words it cannot do alone (ligatures, marks, other scripts) are
 * handed to the shaper.
 */
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { withFastLayout, type ShapingFont } from '../../src/main/pdf/fast-layout'
import { openWithPdfkit } from '../../src/main/pdf/layout'
import { pdfFontPaths } from '../../src/main/pdf/resources'

const words = [
  'AV',
  'To ',
  'Yo, ',
  'LTA ',
  'INV-2026-00123 ',
  '1.234.567,89 ',
  '−250,00 € ',
  'Ágnes Szőke ',
  'Борис Петров ',
  'Ελληνικά ',
  'l·l ',
  'office ',
  'fluffy',
  'é',
  'عربي',
  'a\u0301b',
  'x\u0000y',
  '😀 ok'
]

function fonts() {
  // A font of its own (not the process's shared one), so this test sees only its own caches.
  const shaper = openWithPdfkit(pdfFontPaths().regular) as ShapingFont
  return { shaper, fast: withFastLayout(shaper) }
}

const plain = (run: ReturnType<ShapingFont['layout']>) => ({
  glyphs: run.glyphs.map((g) => g.id),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  width: run.advanceWidth
})

async function pdfBytes(font: unknown): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date('2026-01-01T00:00:00Z') } })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
  })
  doc.font(font as PDFKit.Mixins.PDFFontSource, 'DejaVuSans').fontSize(9)
  let y = 40
  for (const word of words) {
    doc.text(`${word} ${word}${word}`, 40, y, { width: 200, align: 'right' })
    doc.text(word, 300, y, { lineBreak: false })
    y += 24
  }
  doc.end()
  return done
}

describe('fast layout of plain words', () => {
  it('gives the glyphs and advances of the shaper for every word, kerned pairs included', () => {
    const { shaper, fast } = fonts()
    for (const word of words) expect(plain(fast.layout(word)), word).toEqual(plain(shaper.layout(word)))
    // The kerned pairs are really kerned (the comparison above is not between two plain sums).
    const av = shaper.layout('AV')
    expect(av.positions[0].xAdvance).not.toBe(av.glyphs[0].advanceWidth)
  })

  it('hands ligatures, marks and other scripts to the shaper', () => {
    const { shaper, fast } = fonts()
    const office = fast.layout('office')
    expect(office.glyphs.length).toBeLessThan('office'.length) // the ffi ligature
    expect(plain(office)).toEqual(plain(shaper.layout('office')))
  })

  it('lays out a plain word without the shaper once its letter pairs are known', () => {
    const { shaper } = fonts()
    const shape = shaper.layout.bind(shaper)
    let shaped = 0
    shaper.layout = (text, features) => {
      shaped++
      return shape(text, features)
    }
    const fast = withFastLayout(shaper)
    fast.layout('Total 1.234,56 ')
    shaped = 0
    fast.layout('Total 1.234,56 ')
    expect(shaped).toBe(0)
    fast.layout('office')
    expect(shaped).toBeGreaterThan(0)
  })

  it('draws the same PDF bytes as the shaper', async () => {
    const { shaper, fast } = fonts()
    const slow = await pdfBytes(shaper)
    expect((await pdfBytes(fast)).equals(slow)).toBe(true)
    expect(slow.length).toBeGreaterThan(1000)
  })
})
