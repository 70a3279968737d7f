/**
 * A postal campaign on paper (issue 18): address labels on standard sheets and one mail-merge
 * letter per recipient, each as one PDF. Label sheets follow the manufacturers' published
 * geometry (Avery L7160, L7163 and 5160), so each address prints inside its label.
 */
import PDFDocument from 'pdfkit'
import type { Language } from '../../shared/languages'
import type { LabelLayout } from '../../shared/schemas/campaigns'
import { useFont } from '../pdf/layout'

const MM = 72 / 25.4
const INCH = 72

interface LabelSheet {
  paper: 'A4' | 'LETTER'
  columns: number
  rows: number
  /** Label size, and the distance from one label's corner to the next one's (pitch), in points. */
  width: number
  height: number
  pitchX: number
  pitchY: number
  /** The first label's top-left corner, from the sheet's top-left corner. */
  left: number
  top: number
  /** White space kept inside each label, so printers' tolerance never cuts a line. */
  padding: number
}

/** Published dimensions: Avery L7160 and L7163 (A4), Avery 5160 (US Letter). */
const labelSheets: Record<LabelLayout, LabelSheet> = {
  L7160: {
    paper: 'A4',
    columns: 3,
    rows: 7,
    width: 63.5 * MM,
    height: 38.1 * MM,
    pitchX: 66.04 * MM,
    pitchY: 38.1 * MM,
    left: 7.25 * MM,
    top: 15.15 * MM,
    padding: 4 * MM
  },
  L7163: {
    paper: 'A4',
    columns: 2,
    rows: 7,
    width: 99.1 * MM,
    height: 38.1 * MM,
    pitchX: 101.6 * MM,
    pitchY: 38.1 * MM,
    left: 4.65 * MM,
    top: 15.15 * MM,
    padding: 5 * MM
  },
  '5160': {
    paper: 'LETTER',
    columns: 3,
    rows: 10,
    width: 2.625 * INCH,
    height: 1 * INCH,
    pitchX: 2.75 * INCH,
    pitchY: 1 * INCH,
    left: 0.1875 * INCH,
    top: 0.5 * INCH,
    padding: 0.08 * INCH
  }
}

type Doc = PDFKit.PDFDocument

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = []
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => {
      resolve(Buffer.concat(chunks))
    })
    doc.on('error', reject)
  })
}

function newDocument(size: string, title: string, language: Language): Doc {
  return new PDFDocument({
    size,
    margin: 0,
    autoFirstPage: false,
    lang: language,
    info: { Title: title, Creator: 'Salesdesk' }
  })
}

/** Cuts a line to the width with "…" (an address never wraps onto the next label). */
function fitted(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text
  let end = text.length
  while (end > 1 && doc.widthOfString(`${text.slice(0, end)}…`) > width) end--
  return `${text.slice(0, end)}…`
}

/** The address labels, filled row by row from the top left; a new sheet every columns × rows. */
export function renderLabels(
  addresses: string[][],
  layout: LabelLayout,
  language: Language
): Promise<Buffer> {
  const sheet = labelSheets[layout]
  const doc = newDocument(sheet.paper, `Labels ${layout}`, language)
  const done = collect(doc)
  const perSheet = sheet.columns * sheet.rows
  const innerWidth = sheet.width - 2 * sheet.padding
  const innerHeight = sheet.height - 2 * sheet.padding
  const mostLines = Math.max(1, ...addresses.map((a) => a.length))
  // One size for the whole run: the most lines any address has fit the label's height.
  const size = Math.min(10, (innerHeight / mostLines) * 0.85)
  addresses.forEach((lines, index) => {
    const slot = index % perSheet
    if (slot === 0) doc.addPage({ size: sheet.paper, margin: 0 })
    const x = sheet.left + (slot % sheet.columns) * sheet.pitchX + sheet.padding
    const top = sheet.top + Math.floor(slot / sheet.columns) * sheet.pitchY + sheet.padding
    const lineHeight = innerHeight / Math.max(lines.length, mostLines)
    lines.forEach((line, n) => {
      useFont(doc, n === 0, size)
      doc.text(fitted(doc, line, innerWidth), x, top + n * lineHeight, { lineBreak: false })
    })
  })
  if (addresses.length === 0) doc.addPage({ size: sheet.paper, margin: 0 })
  doc.end()
  return done
}

export interface Letter {
  language: Language
  /** The company's own lines: name first. */
  sender: string[]
  /** The recipient's mailing address: name first. */
  recipient: string[]
  /** The place and date line. */
  dateLine: string
  subject: string
  body: string
}

/**
 * One letter a page (a long one runs on): the sender at the top, the recipient where a DL window
 * envelope shows it (left window, 45 mm from the top), then date, subject and the merged text.
 */
export function renderLetters(letters: Letter[], paper: 'A4' | 'Letter', title: string): Promise<Buffer> {
  const doc = newDocument(paper === 'A4' ? 'A4' : 'LETTER', title, letters[0]?.language ?? 'en')
  const done = collect(doc)
  const margin = 20 * MM
  for (const letter of letters) {
    doc.addPage({
      size: paper === 'A4' ? 'A4' : 'LETTER',
      margins: { top: margin, bottom: margin, left: margin, right: margin }
    })
    const width = doc.page.width - 2 * margin
    useFont(doc, true, 10).text(letter.sender[0] ?? '', margin, margin, { width })
    useFont(doc, false, 8).text(letter.sender.slice(1).join(' · '), { width })
    doc.y = 45 * MM
    letter.recipient.forEach((line, n) => {
      useFont(doc, n === 0, 10).text(line, margin, doc.y, { width: 85 * MM, lineBreak: false })
      doc.moveDown(0.2)
    })
    doc.y = Math.max(doc.y, 90 * MM)
    useFont(doc, false, 10).text(letter.dateLine, margin, doc.y, { width, align: 'right' })
    doc.moveDown(1.5)
    if (letter.subject !== '') {
      useFont(doc, true, 11).text(letter.subject, margin, doc.y, { width })
      doc.moveDown(1)
    }
    useFont(doc, false, 10).text(letter.body, margin, doc.y, { width, align: 'left', lineGap: 2 })
  }
  if (letters.length === 0) doc.addPage({ size: paper === 'A4' ? 'A4' : 'LETTER' })
  doc.end()
  return done
}
