/**
 * Drawing pieces for the weekly management pack (pdfkit, landscape): the embedded DejaVu Sans
 * from C's resources (by path: parsed once per document), a table that flows over pages with
 * its header repeated, and vector charts (bars and lines) drawn with pdfkit paths.
 */
import { withFastLayout, type ShapingFont } from '../pdf/fast-layout'
import { openWithPdfkit, rule, STRONG_RULE, type RuleLine } from '../pdf/layout'
import { pdfFontSources, type OpenedFont } from '../pdf/resources'

export type Doc = PDFKit.PDFDocument

export const MARGIN = 36
export const FOOTER_SPACE = 24

/** Between the rows of the weekly pack's tables. */
const ROW_RULE: RuleLine = { width: 0.25, color: '#cccccc' }
/** A chart's scale lines: zero drawn strong, the others faint. */
const ZERO_LINE: RuleLine = { width: 0.6, color: '#444444' }
const GRID_LINE: RuleLine = { width: 0.25, color: '#dddddd' }

let fonts: { regular: string | OpenedFont; bold: string | OpenedFont } | undefined

/** DejaVu Sans opened once per process, with the fast layout of plain words (pdf/fast-layout.ts). */
function reportFonts() {
  if (!fonts) {
    const sources = pdfFontSources(openWithPdfkit)
    const fast = (source: string | OpenedFont) =>
      typeof source === 'string' ? source : withFastLayout(source as unknown as ShapingFont)
    fonts = { regular: fast(sources.regular), bold: fast(sources.bold) }
  }
  return fonts
}

export function useFont(doc: Doc, bold: boolean, size: number): Doc {
  const source = bold ? reportFonts().bold : reportFonts().regular
  if (typeof source === 'string') return doc.font(source).fontSize(size)
  // The family name is pdfkit's per-document cache key for an opened font.
  return doc
    .font(source as unknown as PDFKit.Mixins.PDFFontSource, bold ? 'DejaVuSans-Bold' : 'DejaVuSans')
    .fontSize(size)
}

export const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN
export const pageBottom = (doc: Doc) => doc.page.height - MARGIN - FOOTER_SPACE

export interface PdfColumn {
  header: string
  /** Share of the content width. */
  weight: number
  align?: 'left' | 'right'
}

export function heading(doc: Doc, text: string, subtitle?: string): void {
  if (doc.y > pageBottom(doc) - 80) doc.addPage()
  useFont(doc, true, 13)
    .fillColor('#1f3b57')
    .text(text, MARGIN, doc.y, { width: contentWidth(doc) })
  if (subtitle)
    useFont(doc, false, 8.5)
      .fillColor('#555555')
      .text(subtitle, MARGIN, doc.y + 1, { width: contentWidth(doc) })
  doc.fillColor('#000000')
  doc.y += 6
}

/** A table; rows flagged bold (totals) print bold with a rule above. */
export function table(
  doc: Doc,
  columns: PdfColumn[],
  rows: Array<{ cells: string[]; bold?: boolean }>,
  emptyText: string
): void {
  const width = contentWidth(doc)
  const total = columns.reduce((s, c) => s + c.weight, 0)
  const widths = columns.map((c) => (c.weight / total) * width)
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((s, w) => s + w, 0))
  const drawHeader = () => {
    const y = doc.y
    useFont(doc, true, 7.5)
    const height =
      Math.max(...columns.map((c, i) => doc.heightOfString(c.header, { width: widths[i] - 4 }))) + 4
    doc
      .rect(MARGIN, y - 2, width, height + 2)
      .fill('#e8eef4')
      .fillColor('#000000')
    columns.forEach((c, i) =>
      doc.text(c.header, xs[i] + 2, y, { width: widths[i] - 4, align: c.align ?? 'left' })
    )
    doc.y = y + height + 2
  }
  if (doc.y > pageBottom(doc) - 30) doc.addPage()
  drawHeader()
  if (rows.length === 0) {
    useFont(doc, false, 8.5)
      .fillColor('#555555')
      .text(emptyText, MARGIN + 2, doc.y + 2, { width })
    doc.fillColor('#000000')
    doc.y += 8
    return
  }
  for (const row of rows) {
    useFont(doc, row.bold === true, 8)
    // Most cells fit on one line: measured once (pdfkit keeps the words' widths), they are
    // drawn at their place without pdfkit's line wrapper, which costs more than the drawing
    // (a week's lists are 10 000 rows). A cell that does not fit wraps as before.
    const lineHeight = doc.currentLineHeight(true)
    const oneLine = row.cells.map((cell, i) => fitsOneLine(doc, cell, widths[i] - 4))
    const height =
      Math.max(
        ...row.cells.map((cell, i) => {
          const width = oneLine[i]
          if (width === null) return doc.heightOfString(cell, { width: widths[i] - 4 })
          return cell === '' ? 0 : lineHeight
        })
      ) + 4
    if (doc.y + height > pageBottom(doc)) {
      doc.addPage()
      drawHeader()
      useFont(doc, row.bold === true, 8)
    }
    const y = doc.y
    if (row.bold) rule(doc, MARGIN, y - 1, width, STRONG_RULE)
    row.cells.forEach((cell, i) => {
      const width = oneLine[i]
      if (width === null)
        doc.text(cell, xs[i] + 2, y + 1, { width: widths[i] - 4, align: columns[i].align ?? 'left' })
      else if (cell !== '')
        oneLineText(
          doc,
          cell,
          columns[i].align === 'right' ? xs[i] + widths[i] - 2 - width : xs[i] + 2,
          y + 1,
          width
        )
    })
    doc.x = MARGIN
    doc.y = y + height
    rule(doc, MARGIN, doc.y, width, ROW_RULE)
  }
  doc.y += 10
}

/** The width of a cell's text when it fits on one line of `width`, else null (it wraps). */
function fitsOneLine(doc: Doc, cell: string, width: number): number | null {
  if (cell.includes('\n')) return null
  // pdfkit's right alignment measures the text without its trailing spaces.
  const measured = doc.widthOfString(cell.replace(/\s+$/, ''))
  return measured <= width ? measured : null
}

/** What `doc.text(text, x, y, { lineBreak: false })` ends in, with the width already measured. */
interface Fragments {
  _fragment?: (text: string, x: number, y: number, options: { textWidth: number; wordCount: number }) => void
}

/**
 * One line of text whose width is known: pdfkit's own drawing step, without measuring the text
 * twice more on the way to it (text() measures for the alignment and to move x on). Should
 * pdfkit's internals change, text() draws it (same output, slower).
 */
function oneLineText(doc: Doc, text: string, x: number, y: number, width: number): void {
  const draw = (doc as unknown as Fragments)._fragment
  if (typeof draw === 'function') draw.call(doc, text, x, y, { textWidth: width, wordCount: 1 })
  else doc.text(text, x, y, { lineBreak: false })
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** A value axis that always shows zero: round steps from the lowest (negative week) to the highest value. */
export interface Scale {
  low: number
  high: number
  step: number
}

export function niceScale(values: number[], intervals = 4): Scale {
  const lowest = Math.min(0, ...values)
  const highest = Math.max(0, ...values)
  const span = highest - lowest
  if (span <= 0) return { low: 0, high: 1, step: 0.25 }
  const power = 10 ** Math.floor(Math.log10(span / intervals))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((v) => v * intervals >= span) ?? span
  // The lowest bar keeps room under it for its amount, above the category labels.
  const floor = Math.floor(lowest / step) * step
  const low = lowest < 0 && lowest - floor < step / 4 ? floor - step : floor
  // A step chosen for the span can still leave the top out once the bottom is rounded down.
  const high = Math.max(Math.ceil(highest / step) * step, low + step)
  return { low, high, step }
}

/** The y of a value inside the box on that scale (pdfkit's y grows downwards). */
const yOn = (box: Box, scale: Scale, value: number) =>
  box.y + box.height - ((value - scale.low) / (scale.high - scale.low)) * box.height

/** What every chart draws first: its title above the box, and the grid of a scale that fits `values`. */
function chartFrame(
  doc: Doc,
  box: Box,
  title: string,
  values: number[],
  format: (v: number) => string
): Scale {
  useFont(doc, true, 9).text(title, box.x - 50, box.y - 16, { width: box.width + 50 })
  const scale = niceScale(values)
  useFont(doc, false, 6.5).fillColor('#555555')
  const ticks = Math.round((scale.high - scale.low) / scale.step)
  for (let i = 0; i <= ticks; i++) {
    const value = scale.low + i * scale.step
    const y = yOn(box, scale, value)
    rule(doc, box.x, y, box.width, value === 0 ? ZERO_LINE : GRID_LINE)
    doc.text(format(value), box.x - 52, y - 3.5, { width: 48, align: 'right', lineBreak: false })
  }
  doc.fillColor('#000000')
  return scale
}

export interface BarSeries {
  label: string
  color: string
  values: number[]
}

/** Grouped vertical bars with category labels under them and a legend. */
export function barChart(
  doc: Doc,
  box: Box,
  title: string,
  categories: string[],
  series: BarSeries[],
  format: (v: number) => string
): void {
  const bars = series.flatMap((s) => s.values)
  const scale = chartFrame(doc, box, title, bars, format)
  const zero = yOn(box, scale, 0)
  const group = box.width / Math.max(1, categories.length)
  const bar = Math.min(18, (group * 0.8) / Math.max(1, series.length))
  categories.forEach((category, c) => {
    const left = box.x + c * group + (group - bar * series.length) / 2
    series.forEach((s, i) => {
      const value = s.values[c] ?? 0
      const end = yOn(box, scale, value)
      if (end !== zero)
        doc.rect(left + i * bar, Math.min(zero, end), bar - 1, Math.abs(end - zero)).fill(s.color)
      // A bar below zero (a week of credit notes) carries its amount, so it is not read as a small positive one.
      if (value < 0) {
        useFont(doc, false, 5.5).fillColor('#a02020')
        doc.text(format(value), left + i * bar - 10, end + 1, {
          width: bar + 19,
          align: 'center',
          lineBreak: false
        })
      }
    })
    useFont(doc, false, 6).fillColor('#333333')
    doc.text(category, box.x + c * group, box.y + box.height + 3, {
      width: group,
      align: 'center',
      height: 16,
      ellipsis: true
    })
  })
  legend(doc, box, series)
}

export interface LineSeries {
  label: string
  color: string
  values: Array<number | null>
  dashed?: boolean
}

/** Lines over categories (weeks), with markers on the actual values. */
export function lineChart(
  doc: Doc,
  box: Box,
  title: string,
  categories: string[],
  series: LineSeries[],
  format: (v: number) => string
): void {
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null))
  const scale = chartFrame(doc, box, title, values, format)
  const step = box.width / Math.max(1, categories.length)
  const xOf = (i: number) => box.x + step * i + step / 2
  const yOf = (v: number) => yOn(box, scale, v)
  for (const s of series) {
    let started = false
    s.values.forEach((v, i) => {
      if (v === null) {
        started = false
        return
      }
      if (started) doc.lineTo(xOf(i), yOf(v))
      else doc.moveTo(xOf(i), yOf(v))
      started = true
    })
    if (s.dashed) doc.dash(3, { space: 2 })
    doc.lineWidth(1.4).strokeColor(s.color).stroke()
    doc.undash()
    if (!s.dashed) s.values.forEach((v, i) => v !== null && doc.circle(xOf(i), yOf(v), 1.8).fill(s.color))
  }
  useFont(doc, false, 6).fillColor('#333333')
  categories.forEach((c, i) =>
    doc.text(c, xOf(i) - step / 2, box.y + box.height + 3, { width: step, align: 'center', lineBreak: false })
  )
  legend(doc, box, series)
}

function legend(doc: Doc, box: Box, items: Array<{ label: string; color: string }>): void {
  let x = box.x
  const y = box.y + box.height + 20
  useFont(doc, false, 7).fillColor('#000000')
  for (const item of items) {
    doc.rect(x, y, 8, 8).fill(item.color)
    doc.fillColor('#000000').text(item.label, x + 11, y, { lineBreak: false })
    x += 16 + doc.widthOfString(item.label)
  }
  doc.fillColor('#000000')
}
