/**
 * Draws a printed sales document with pdfkit: company header with logo, addressee, title and
 * dates, the line table (flowing over pages with its header repeated), VAT breakdown and
 * totals, payment instructions, terms, and a footer with "Page 2 of 3" on every page.
 * The embedded DejaVu Sans prints Latin with accents (ő ű ŀl ç ñ) and Cyrillic as real text.
 */
import PDFDocument from 'pdfkit'
import type { CompanyProfile } from '../../shared/schemas/settings'
import { pdfFontSources } from './resources'
import { label } from './strings'
import { drawVerifactuQr, type FiscalQr } from '../verifactu/qr-pdf'

/** Opens a TTF the way pdfkit does and hands back the opened font (see pdfFontSources). */
export function openWithPdfkit(path: string): unknown {
  const probe = new PDFDocument({ autoFirstPage: false })
  probe.font(path)
  return (probe as unknown as { _font?: { font?: unknown } })._font?.font
}

export interface TableColumn {
  header: string
  /** Fixed width; ignored for columns sized to their content (see `flexible`). */
  width: number
  align: 'left' | 'right'
  /** The one column that takes what the others leave (descriptions); the rest are sized to content. */
  flexible?: boolean
}

/** The seller as printed: the company profile (drafts) or the snapshot frozen at issue. */
export type PrintSeller = Pick<
  CompanyProfile,
  | 'legalName'
  | 'addressLine1'
  | 'addressLine2'
  | 'postalCode'
  | 'city'
  | 'region'
  | 'country'
  | 'taxId'
  | 'phone'
  | 'email'
  | 'website'
  | 'iban'
  | 'bic'
  | 'logoDataUrl'
  | 'documentFooter'
> & { registration?: string }

export interface TotalsBlock {
  rows: Array<{ label: string; value: string; bold?: boolean }>
}

export interface PrintModel {
  paper: 'A4' | 'Letter'
  /** Language of the fixed labels (tax id, page numbers); English when left out. */
  language?: string
  title: string
  number: string
  company: PrintSeller
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
/** Space for the running head on pages after the first. */
const HEAD_SPACE = 20
const FOOTER_FONT = 7.5
/** The narrowest a flexible (description) column may get before the table font shrinks. */
const MIN_FLEXIBLE = 150

type Doc = PDFKit.PDFDocument

export function useFont(doc: Doc, bold: boolean, size: number): Doc {
  const fonts = pdfFontSources(openWithPdfkit)
  // The family name is pdfkit's per-document cache key (never registerFont: 20x slower).
  const source = bold ? fonts.bold : fonts.regular
  if (typeof source === 'string') return doc.font(source).fontSize(size)
  return doc
    .font(source as unknown as PDFKit.Mixins.PDFFontSource, bold ? 'DejaVuSans-Bold' : 'DejaVuSans')
    .fontSize(size)
}

/** How a printed line looks: its thickness (points) and colour. */
export interface RuleLine {
  width: number
  color: string
}

/** Under a table's header and above its totals. */
export const STRONG_RULE: RuleLine = { width: 0.8, color: '#444444' }
/** Between a document's rows and above its footer. */
const LIGHT_RULE: RuleLine = { width: 0.3, color: '#bbbbbb' }

/** A horizontal line `length` long from (`x`, `y`). */
export function rule(doc: Doc, x: number, y: number, length: number, line: RuleLine): void {
  doc
    .moveTo(x, y)
    .lineTo(x + length, y)
    .lineWidth(line.width)
    .strokeColor(line.color)
    .stroke()
}

function logoImage(dataUrl: string): Buffer | null {
  const match = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl)
  return match ? Buffer.from(match[2], 'base64') : null
}

function companyLines(company: PrintSeller, language: string): string[] {
  return [
    [company.addressLine1, company.addressLine2].filter(Boolean).join(', '),
    [company.postalCode, company.city, company.region].filter(Boolean).join(' ') +
      (company.country ? ` (${company.country})` : ''),
    company.taxId ? label(language, 'taxId', { id: company.taxId }) : '',
    company.registration ?? '',
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
  for (const line of companyLines(model.company, model.language ?? 'en'))
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

/**
 * Sizes every non-flexible column to its widest cell (header included) so amounts never wrap;
 * the flexible column takes the rest. When that leaves it too narrow, the table font shrinks.
 * Returns the columns with widths and the font size to draw the rows with.
 */
function sizeColumns(doc: Doc, model: PrintModel): { columns: TableColumn[]; fontSize: number } {
  const total = doc.page.width - 2 * MARGIN
  if (!model.columns.some((c) => c.flexible)) return { columns: model.columns, fontSize: 9 }
  for (let fontSize = 9; ; fontSize -= 0.5) {
    const widths = model.columns.map((c, i) => {
      if (c.flexible) return 0
      useFont(doc, true, Math.min(8, fontSize))
      let widest = doc.widthOfString(c.header)
      useFont(doc, false, fontSize)
      for (const row of model.rows)
        for (const part of row[i].split('\n')) widest = Math.max(widest, doc.widthOfString(part))
      return Math.ceil(widest) + 8
    })
    const flexible = total - widths.reduce((a, b) => a + b, 0)
    if (flexible >= MIN_FLEXIBLE || fontSize <= 5)
      return {
        columns: model.columns.map((c, i) => ({
          ...c,
          width: c.flexible ? Math.max(flexible, 40) : widths[i]
        })),
        fontSize
      }
  }
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

function drawTableHeader(doc: Doc, columns: TableColumn[], fontSize: number): void {
  const xs = columnXs(columns)
  const y = doc.y
  useFont(doc, true, Math.min(8, fontSize))
  columns.forEach((c, i) =>
    doc.text(c.header, xs[i] + 3, y, { width: c.width - 6, align: c.align, lineBreak: false })
  )
  const bottom = y + 13
  rule(doc, MARGIN, bottom, doc.page.width - 2 * MARGIN, STRONG_RULE)
  doc.y = bottom + 4
}

/** The lowest y body text may reach: the page's bottom margin holds the footer. */
const pageBottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom

interface FontState {
  _font: unknown
  _fontSize: number
}

/**
 * Every page after the first starts with the running head, whether we break the page (tables)
 * or pdfkit does (a long note or terms text): drawn on pdfkit's pageAdded event, with the text
 * state put back so the paragraph being wrapped continues in its own font.
 */
function drawRunningHeads(doc: Doc, model: PrintModel): void {
  doc.on('pageAdded', () => {
    const state = doc as unknown as FontState
    const saved = { font: state._font, size: state._fontSize, x: doc.x }
    useFont(doc, false, 8.5).text(`${model.title} ${model.number}`, MARGIN, MARGIN, {
      width: doc.page.width - 2 * MARGIN,
      lineBreak: false
    })
    state._font = saved.font
    state._fontSize = saved.size
    doc.x = saved.x
    doc.y = doc.page.margins.top
  })
}

function newPage(doc: Doc): void {
  doc.addPage()
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
  const { columns, fontSize } = sizeColumns(doc, model)
  const xs = columnXs(columns)
  drawTableHeader(doc, columns, fontSize)
  useFont(doc, false, fontSize)
  for (const row of model.rows) {
    const height = Math.max(...row.map((cell, i) => cellHeight(doc, cell, columns[i]))) + 6
    if (doc.y + height > pageBottom(doc)) {
      newPage(doc)
      drawTableHeader(doc, columns, fontSize)
      useFont(doc, false, fontSize)
    }
    const y = doc.y
    row.forEach((cell, i) => drawCell(doc, cell, xs[i], y, columns[i]))
    doc.y = y + height
    rule(doc, MARGIN, doc.y - 2, doc.page.width - 2 * MARGIN, LIGHT_RULE)
  }
}

function drawTotals(doc: Doc, model: PrintModel): void {
  if (!model.totals) return
  const rows = model.totals.rows
  const right = doc.page.width - MARGIN
  const width = right - MARGIN
  // The amount column is as wide as the widest amount (in its own font): an amount never wraps.
  const valueWidth = Math.max(
    105,
    ...rows.map((row) => useFont(doc, row.bold === true, row.bold ? 10.5 : 9).widthOfString(row.value) + 4)
  )
  const labelWidth = Math.min(300, width - valueWidth - 10)
  let y = doc.y + 8
  for (const row of rows) {
    useFont(doc, row.bold === true, row.bold ? 10.5 : 9)
    const height = Math.max(doc.heightOfString(row.label, { width: labelWidth }), doc.currentLineHeight(true))
    if (y + height > pageBottom(doc)) {
      newPage(doc)
      y = doc.y
      useFont(doc, row.bold === true, row.bold ? 10.5 : 9)
    }
    doc.text(row.label, right - valueWidth - 10 - labelWidth, y, { width: labelWidth, align: 'right' })
    doc.text(row.value, right - valueWidth, y, { width: valueWidth, align: 'right', lineBreak: false })
    y += Math.max(height, row.bold ? 17 : 14) + (row.bold ? 3 : 0)
  }
  doc.y = y + 6
}

function drawSections(doc: Doc, model: PrintModel): void {
  const width = doc.page.width - 2 * MARGIN
  for (const section of model.sections) {
    if (section.text.trim() === '') continue
    useFont(doc, false, 9)
    const height = doc.heightOfString(section.text, { width }) + 16
    // Keep a heading with the start of its text; a long text flows on (pdfkit breaks the page above the footer).
    if (doc.y + Math.min(height, 60) > pageBottom(doc)) newPage(doc)
    useFont(doc, true, 9).text(section.heading, MARGIN, doc.y + 6, { width })
    useFont(doc, false, 9).text(section.text, MARGIN, doc.y + 1, { width })
  }
}

/** The footer text (the bank details print in the body's payment block, not here). */
const footerTextOf = (model: PrintModel) => model.footer.trim()

/** Height the footer needs on every page: all its lines, never cut. */
function footerHeight(doc: Doc, model: PrintModel): number {
  const text = footerTextOf(model)
  useFont(doc, false, FOOTER_FONT)
  const width = doc.page.width - 2 * MARGIN - 90
  return Math.max(doc.currentLineHeight(true), text ? doc.heightOfString(text, { width }) : 0)
}

function drawFooters(doc: Doc, model: PrintModel, height: number): void {
  const range = doc.bufferedPageRange()
  const text = footerTextOf(model)
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i)
    const bottomMargin = doc.page.margins.bottom
    // Writing below the bottom margin would add a page: lift the margin while drawing the footer.
    doc.page.margins.bottom = 0
    const width = doc.page.width - 2 * MARGIN
    const y = doc.page.height - MARGIN - height
    rule(doc, MARGIN, y - 4, width, LIGHT_RULE)
    useFont(doc, false, FOOTER_FONT)
    if (text) doc.text(text, MARGIN, y, { width: width - 90 })
    doc.text(
      label(model.language ?? 'en', 'page', { page: i + 1, pages: range.count }),
      MARGIN + width - 85,
      y,
      {
        width: 85,
        align: 'right',
        lineBreak: false
      }
    )
    doc.page.margins.bottom = bottomMargin
  }
}

/** What a caller may add to a document's PDF without changing its layout (Factur-X: PDF/A-3 + the XML). */
export interface PdfExtras {
  options?: Partial<PDFKit.PDFDocumentOptions>
  /** Runs after the pages are drawn, before the file is closed. */
  finish?: (doc: Doc) => void
  /**
   * The PDF's creation date (now when left out): the same model gives the same bytes apart
   * from that date and the file id pdfkit derives from it.
   */
  createdAt?: Date
}

/** Renders the model to PDF bytes. */
export function renderPdf(model: PrintModel, extras: PdfExtras = {}): Promise<Buffer> {
  const probe = new PDFDocument({ autoFirstPage: false })
  probe.addPage({ size: model.paper, margin: MARGIN })
  const reserved = footerHeight(probe, model) + 14
  const doc = new PDFDocument({
    ...extras.options,
    // Start with our font: the default Helvetica would parse its AFM metrics on every document.
    font: pdfFontSources(openWithPdfkit).regular as string,
    size: model.paper,
    // Every page keeps room for the running head and the whole footer; pdfkit's own page breaks respect it.
    margins: { top: MARGIN + HEAD_SPACE, bottom: MARGIN + reserved, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    // The catalog's /Lang: screen readers and text extraction read the document in its language.
    lang: model.language ?? 'en',
    info: {
      Title: `${model.title} ${model.number}`,
      Author: model.company.legalName || 'Salesdesk',
      Creator: 'Salesdesk',
      CreationDate: extras.createdAt ?? new Date()
    }
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  drawRunningHeads(doc, model)
  if (model.fiscalQr) doc.y = drawVerifactuQr(doc, model.fiscalQr, (size) => useFont(doc, false, size))
  drawHeader(doc, model)
  drawRows(doc, model)
  drawTotals(doc, model)
  drawSections(doc, model)
  drawFooters(doc, model, reserved - 14)
  extras.finish?.(doc)
  doc.end()
  return done
}
