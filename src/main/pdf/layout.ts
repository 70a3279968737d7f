/**
 * Draws a printed sales document with pdfkit: company header with logo, addressee, title and
 * dates, the line table (flowing over pages with its header repeated), VAT breakdown and
 * totals, payment instructions, terms, and a footer with "Page 2 / 3" on every page.
 * The embedded DejaVu Sans prints Latin with accents (ő ű ŀl ç ñ) and Cyrillic as real text.
 */
import PDFDocument from 'pdfkit'
import type { CompanyProfile } from '../../shared/schemas/settings'
import { formatIban } from '../../shared/iban'
import { pdfFontSources } from './resources'
import { drawVerifactuQr, type FiscalQr } from '../verifactu/qr-pdf'

/** Opens a TTF the way pdfkit does and hands back the opened font (see pdfFontSources). */
function openWithPdfkit(path: string): unknown {
  const probe = new PDFDocument({ autoFirstPage: false })
  probe.font(path)
  return (probe as unknown as { _font?: { font?: unknown } })._font?.font
}

export interface TableColumn {
  header: string
  width: number
  align: 'left' | 'right'
}

export interface TotalsBlock {
  rows: Array<{ label: string; value: string; bold?: boolean }>
}

export interface PrintModel {
  paper: 'A4' | 'Letter'
  title: string
  number: string
  company: CompanyProfile
  addressee: { heading: string; lines: string[] }
  meta: Array<[string, string]>
  columns: TableColumn[]
  rows: string[][]
  totals: TotalsBlock | null
  /** Paragraphs after the totals: payment instructions, reason, notes, terms. */
  sections: Array<{ heading: string; text: string }>
  footer: string
  /** Spain, VERI*FACTU: the QR block at the top of the first page. */
  fiscalQr?: FiscalQr | null
}

const MARGIN = 50
const FOOTER_SPACE = 46

type Doc = PDFKit.PDFDocument

function useFont(doc: Doc, bold: boolean, size: number): Doc {
  const fonts = pdfFontSources(openWithPdfkit)
  // The family name is pdfkit's per-document cache key (never registerFont: 20x slower).
  const source = bold ? fonts.bold : fonts.regular
  if (typeof source === 'string') return doc.font(source).fontSize(size)
  return doc
    .font(source as unknown as PDFKit.Mixins.PDFFontSource, bold ? 'DejaVuSans-Bold' : 'DejaVuSans')
    .fontSize(size)
}

function logoImage(dataUrl: string): Buffer | null {
  const match = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl)
  return match ? Buffer.from(match[2], 'base64') : null
}

function companyLines(company: CompanyProfile): string[] {
  return [
    [company.addressLine1, company.addressLine2].filter(Boolean).join(', '),
    [company.postalCode, company.city, company.region].filter(Boolean).join(' ') +
      (company.country ? ` (${company.country})` : ''),
    company.taxId ? `Tax id: ${company.taxId}` : '',
    [company.phone, company.email].filter(Boolean).join(' · '),
    company.website
  ].filter((line) => line.trim() !== '')
}

function drawHeader(doc: Doc, model: PrintModel): void {
  const width = doc.page.width - 2 * MARGIN
  const top = doc.y
  const logo = logoImage(model.company.logoDataUrl)
  if (logo) {
    try {
      doc.image(logo, MARGIN, top, { fit: [150, 60] })
    } catch {
      // An unreadable logo must not stop the document from printing.
    }
  }
  const x = MARGIN + width / 2
  useFont(doc, true, 11).text(model.company.legalName, x, top, { width: width / 2, align: 'right' })
  useFont(doc, false, 8.5)
  for (const line of companyLines(model.company))
    doc.text(line, x, doc.y, { width: width / 2, align: 'right' })
  doc.y = Math.max(doc.y, top + 64) + 16

  useFont(doc, true, 18).text(model.title, MARGIN, doc.y, { width })
  useFont(doc, false, 11).text(model.number, MARGIN, doc.y + 2, { width })
  const blockTop = doc.y + 14

  useFont(doc, true, 8.5).text(model.addressee.heading, MARGIN, blockTop, { width: width / 2 - 10 })
  useFont(doc, false, 10)
  for (const line of model.addressee.lines) doc.text(line, MARGIN, doc.y, { width: width / 2 - 10 })
  const leftBottom = doc.y

  let y = blockTop
  const labelWidth = 100
  for (const [label, value] of model.meta) {
    useFont(doc, false, 8.5).text(label, x, y, { width: labelWidth })
    useFont(doc, false, 9.5).text(value, x + labelWidth, y, { width: width / 2 - labelWidth, align: 'right' })
    y = Math.max(doc.y, y + 13)
  }
  doc.y = Math.max(leftBottom, y) + 18
}

function columnXs(columns: TableColumn[]): number[] {
  const xs: number[] = []
  let x = MARGIN
  for (const c of columns) {
    xs.push(x)
    x += c.width
  }
  return xs
}

function drawTableHeader(doc: Doc, model: PrintModel): void {
  const xs = columnXs(model.columns)
  const y = doc.y
  useFont(doc, true, 8)
  model.columns.forEach((c, i) =>
    doc.text(c.header, xs[i] + 3, y, { width: c.width - 6, align: c.align, lineBreak: false })
  )
  const bottom = y + 13
  doc
    .moveTo(MARGIN, bottom)
    .lineTo(doc.page.width - MARGIN, bottom)
    .lineWidth(0.8)
    .strokeColor('#444444')
    .stroke()
  doc.y = bottom + 4
}

const pageBottom = (doc: Doc) => doc.page.height - MARGIN - FOOTER_SPACE

function newPage(doc: Doc, model: PrintModel, withTableHeader: boolean): void {
  doc.addPage({ size: model.paper, margin: MARGIN })
  useFont(doc, false, 8.5).text(`${model.title} ${model.number}`, MARGIN, MARGIN, {
    width: doc.page.width - 2 * MARGIN
  })
  doc.y = MARGIN + 20
  if (withTableHeader) drawTableHeader(doc, model)
}

/**
 * Draws one cell. A cell that fits on one line is placed directly (no line wrapper: most
 * cells are short numbers, and pdfkit's wrapper dominates the cost of a table); a longer
 * one wraps within its column. Returns the height used.
 */
function drawCell(doc: Doc, text: string, x: number, y: number, column: TableColumn): number {
  const inner = column.width - 6
  const width = doc.widthOfString(text)
  if (width <= inner && !text.includes('\n')) {
    doc.text(text, column.align === 'right' ? x + 3 + inner - width : x + 3, y, { lineBreak: false })
    return doc.currentLineHeight(true)
  }
  doc.text(text, x + 3, y, { width: inner, align: column.align })
  return doc.y - y
}

function cellHeight(doc: Doc, text: string, column: TableColumn): number {
  const inner = column.width - 6
  if (doc.widthOfString(text) <= inner && !text.includes('\n')) return doc.currentLineHeight(true)
  return doc.heightOfString(text, { width: inner })
}

function drawRows(doc: Doc, model: PrintModel): void {
  const xs = columnXs(model.columns)
  drawTableHeader(doc, model)
  useFont(doc, false, 9)
  for (const row of model.rows) {
    const height = Math.max(...row.map((cell, i) => cellHeight(doc, cell, model.columns[i]))) + 6
    if (doc.y + height > pageBottom(doc)) {
      newPage(doc, model, true)
      useFont(doc, false, 9)
    }
    const y = doc.y
    row.forEach((cell, i) => drawCell(doc, cell, xs[i], y, model.columns[i]))
    doc.y = y + height
    doc
      .moveTo(MARGIN, doc.y - 2)
      .lineTo(doc.page.width - MARGIN, doc.y - 2)
      .lineWidth(0.3)
      .strokeColor('#bbbbbb')
      .stroke()
  }
}

function drawTotals(doc: Doc, model: PrintModel): void {
  if (!model.totals) return
  const height = model.totals.rows.length * 15 + 10
  if (doc.y + height > pageBottom(doc)) newPage(doc, model, false)
  const right = doc.page.width - MARGIN
  let y = doc.y + 8
  for (const row of model.totals.rows) {
    useFont(doc, row.bold === true, row.bold ? 10.5 : 9)
    doc.text(row.label, right - 300, y, { width: 190, align: 'right' })
    doc.text(row.value, right - 105, y, { width: 105, align: 'right' })
    y += row.bold ? 17 : 14
  }
  doc.y = y + 6
}

function drawSections(doc: Doc, model: PrintModel): void {
  const width = doc.page.width - 2 * MARGIN
  for (const section of model.sections) {
    if (section.text.trim() === '') continue
    useFont(doc, false, 9)
    const height = doc.heightOfString(section.text, { width }) + 16
    if (doc.y + Math.min(height, 60) > pageBottom(doc)) newPage(doc, model, false)
    useFont(doc, true, 9).text(section.heading, MARGIN, doc.y + 6, { width })
    useFont(doc, false, 9).text(section.text, MARGIN, doc.y + 1, { width })
  }
}

function drawFooters(doc: Doc, model: PrintModel): void {
  const range = doc.bufferedPageRange()
  const bank = [
    model.company.legalName,
    model.company.iban ? `IBAN ${formatIban(model.company.iban)}` : '',
    model.company.bic ? `BIC ${model.company.bic}` : ''
  ]
    .filter(Boolean)
    .join(' · ')
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i)
    const bottomMargin = doc.page.margins.bottom
    // Writing below the bottom margin would add a page: lift the margin while drawing the footer.
    doc.page.margins.bottom = 0
    const width = doc.page.width - 2 * MARGIN
    const y = doc.page.height - MARGIN - 30
    doc
      .moveTo(MARGIN, y - 4)
      .lineTo(MARGIN + width, y - 4)
      .lineWidth(0.3)
      .strokeColor('#bbbbbb')
      .stroke()
    useFont(doc, false, 7.5)
    const footerText = [model.footer, bank].filter(Boolean).join('\n')
    doc.text(footerText, MARGIN, y, { width: width - 80, height: 30, ellipsis: true })
    doc.text(`Page ${i + 1} / ${range.count}`, MARGIN + width - 80, y, {
      width: 80,
      align: 'right',
      lineBreak: false
    })
    doc.page.margins.bottom = bottomMargin
  }
}

/** What a caller may add to a document's PDF without changing its layout (Factur-X: PDF/A-3 + the XML). */
export interface PdfExtras {
  options?: Partial<PDFKit.PDFDocumentOptions>
  /** Runs after the pages are drawn, before the file is closed. */
  finish?: (doc: Doc) => void
}

/** Renders the model to PDF bytes. */
export function renderPdf(model: PrintModel, extras: PdfExtras = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    ...extras.options,
    // Start with our font: the default Helvetica would parse its AFM metrics on every document.
    font: pdfFontSources(openWithPdfkit).regular as string,
    size: model.paper,
    margin: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: `${model.title} ${model.number}`,
      Author: model.company.legalName || 'Salesdesk',
      Creator: 'Salesdesk'
    }
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  if (model.fiscalQr) doc.y = drawVerifactuQr(doc, model.fiscalQr, (size) => useFont(doc, false, size))
  drawHeader(doc, model)
  drawRows(doc, model)
  drawTotals(doc, model)
  drawSections(doc, model)
  drawFooters(doc, model)
  extras.finish?.(doc)
  doc.end()
  return done
}
