/**
 * Reading label sheets back: the words of a PDF with their boxes (`pdftotext -bbox`), and the
 * label sheets' published geometry (Avery L7160, L7163, 5160), computed here independently of
 * the code that prints them.
 */
import { pdfText } from '../support/pdf-text'

export interface Word {
  page: number
  x0: number
  y0: number
  x1: number
  y1: number
  text: string
}

export function pdfWords(file: string): Word[] {
  const html = pdfText(file, { as: 'bbox' })
  const out: Word[] = []
  let page = -1
  for (const lineText of html.split('\n')) {
    if (lineText.includes('<page ')) page++
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
      lineText
    )
    if (m) out.push({ page, x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: m[5].replace(/&amp;/g, '&') })
  }
  return out
}

const mm = (v: number) => (v * 72) / 25.4
const inch = (v: number) => v * 72
/** Published sheet geometry: label size, pitch and the first label's corner. */
export const sheets = {
  L7160: {
    cols: 3,
    rows: 7,
    w: mm(63.5),
    h: mm(38.1),
    px: mm(66.04),
    py: mm(38.1),
    left: mm(7.25),
    top: mm(15.15),
    pageW: mm(210),
    pageH: mm(297)
  },
  L7163: {
    cols: 2,
    rows: 7,
    w: mm(99.1),
    h: mm(38.1),
    px: mm(101.6),
    py: mm(38.1),
    left: mm(4.65),
    top: mm(15.15),
    pageW: mm(210),
    pageH: mm(297)
  },
  '5160': {
    cols: 3,
    rows: 10,
    w: inch(2.625),
    h: inch(1),
    px: inch(2.75),
    py: inch(1),
    left: inch(0.1875),
    top: inch(0.5),
    pageW: inch(8.5),
    pageH: inch(11)
  }
} as const

export interface Cell {
  /** Label number over the whole file, from 0: page by page, row by row. */
  index: number
  words: Word[]
  /** Every word inside the label's rectangle (not in a gap, not off the sheet). */
  inside: boolean
}

/** Groups the words by the label they fall on. */
export function labelCells(found: Word[], layout: keyof typeof sheets): Cell[] {
  const sheet = sheets[layout]
  const cells = new Map<number, Cell>()
  for (const w of found) {
    const col = Math.floor((w.x0 - sheet.left) / sheet.px)
    const row = Math.floor((w.y0 - sheet.top) / sheet.py)
    const x = sheet.left + col * sheet.px
    const y = sheet.top + row * sheet.py
    const inside =
      col >= 0 &&
      col < sheet.cols &&
      row >= 0 &&
      row < sheet.rows &&
      w.x0 >= x &&
      w.x1 <= x + sheet.w &&
      w.y0 >= y &&
      w.y1 <= y + sheet.h
    const index = w.page * sheet.cols * sheet.rows + row * sheet.cols + col
    const cell = cells.get(index) ?? { index, words: [], inside: true }
    cell.words.push(w)
    cell.inside &&= inside
    cells.set(index, cell)
  }
  return [...cells.values()].sort((a, b) => a.index - b.index)
}

/** A label's first line: the words on the top line of the cell. */
export function firstLine(cell: Cell): string {
  const top = Math.min(...cell.words.map((w) => w.y0))
  return cell.words
    .filter((w) => Math.abs(w.y0 - top) < 1)
    .sort((a, b) => a.x0 - b.x0)
    .map((w) => w.text)
    .join(' ')
}
