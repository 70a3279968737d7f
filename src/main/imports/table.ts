/**
 * The one reader of imported files (CSV and Excel), shared by every import. It hands the rows
 * over one at a time, as the parser produces them, so an import holds no copy of the file's
 * rows: memory stays flat whatever the number of rows (the file's own bytes aside).
 *
 * - CSV goes through csv-parse in strict mode: a stray or unclosed quote is a problem of that
 *   row (never silently glued to the next rows), and parsing goes on with the next record.
 * - A CSV that is not valid UTF-8 is read as Windows-1252 (what Excel saves as "CSV" on a
 *   Western European Windows) and the import says so, instead of turning `Núñez` into `N��ez`.
 * - In an Excel file a formula cell is refused: its cached result may not be what the
 *   formula says now, so the user is asked to paste values.
 * - A cell holding a control character (C0 such as NUL or escape, DEL, C1) or a code that is not
 *   a character (U+FFFE, U+FFFF, half a surrogate pair) is a problem of its row, named by its
 *   cell: such characters are not text, and once stored they could not be seen, searched,
 *   purged, or written into an XML file. Tab and line breaks only where the import says a column is a multi-line text field
 *   (a note), and in the header row.
 * - Row numbers are the ones the spreadsheet shows (the header is row 1).
 */
import { isUtf8 } from 'node:buffer'
import { PassThrough, Readable } from 'node:stream'
import { parse, type CsvError } from 'csv-parse'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { cardNumberCell } from '../../shared/cards'
import { DomainError, keyed } from '../../shared/errors'
import { notTextCharacter } from '../../shared/text'
import type { FileEncoding } from '../../shared/schemas/imports'
import { reportProgress, yieldToOthers } from '../jobs/context'

export type Cell = string | number | Date | null

export interface TableRow {
  /** As the spreadsheet numbers it: the header is row 1. */
  row: number
  cells: Cell[]
  /** A row the file itself makes unreadable (a quote error, a formula), as keyed text. */
  problem?: string
}

export interface Table {
  encoding: FileEncoding
  rows: AsyncIterable<TableRow>
  /** Bytes of the file handed to the parser so far, for progress. */
  bytesRead(): number
}

/** Rows between two progress reports (and a pause for other requests). */
const PROGRESS_EVERY = 2000

/**
 * Called by an import after each row it counts (`rows` so far) of `table`, a file of `fileSize`
 * bytes: every PROGRESS_EVERY rows it reports how far into the file the import is and lets other
 * requests in (and honours a cancel), so a long import neither looks stuck nor holds the app up.
 */
export async function importProgress(table: Table, fileSize: number, rows: number): Promise<void> {
  if (rows % PROGRESS_EVERY !== 0) return
  reportProgress(table.bytesRead(), fileSize, 'import')
  await yieldToOthers()
}

/** Bytes handed to the parser at a time. */
const CHUNK = 64 * 1024

export function isCsvName(fileName: string): boolean {
  return /\.csv$/i.test(fileName)
}

/** "," or ";" (Excel writes ";" where the decimal comma is used): whichever the first line has more of. */
function separatorOf(firstLine: string): string {
  const semicolons = firstLine.split(';').length
  const commas = firstLine.split(',').length
  // Tabs: Excel's "Unicode text" (UTF-16, see utf16AsUtf8) separates with them.
  const tabs = firstLine.split('\t').length
  if (tabs > semicolons && tabs > commas) return '\t'
  return semicolons > commas ? ';' : ','
}

/**
 * A file that starts with a UTF-16 byte-order mark (Excel's "Unicode text"), as UTF-8; null for
 * any other file. The mark says the encoding, so nothing is guessed: read as Windows-1252 it was
 * refused with every column "missing".
 */
function utf16AsUtf8(bytes: Buffer): Buffer | null {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null
  return encoding ? Buffer.from(new TextDecoder(encoding).decode(bytes), 'utf8') : null
}

/** The file in chunks, counting what was handed over. */
class Chunks {
  read = 0

  constructor(private readonly bytes: Buffer) {}

  *of(decode: ((chunk: Buffer) => string) | null): Generator<Buffer | string> {
    for (let at = 0; at < this.bytes.length; at += CHUNK) {
      const chunk = this.bytes.subarray(at, at + CHUNK)
      this.read = at + chunk.length
      yield decode ? decode(chunk) : chunk
    }
  }
}

const quoteProblems: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: keyed('importQuoteNotClosed'),
  CSV_INVALID_CLOSING_QUOTE: keyed('importQuoteStray'),
  INVALID_OPENING_QUOTE: keyed('importQuoteStray')
}

const columnLetters = (n: number): string =>
  (n > 26 ? columnLetters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26))

/** Which columns (from 0) may hold tabs and line breaks: those of a multi-line text field. */
type LinesAllowed = (column: number) => boolean
const noLines: LinesAllowed = () => false

/** The row as read, or as a problem naming its first cell with a character that is not text. */
function checkedRow(row: number, cells: Cell[], linesAllowed: LinesAllowed): TableRow {
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]
    if (typeof cell !== 'string') continue
    // The header's names are not stored; a heading may wrap onto two lines.
    const found = notTextCharacter(cell, row === 1 || linesAllowed(c))
    if (!found) continue
    // A card number goes to the import's own check, which refuses it as such (a number typed
    // with tabs is a card number first; its message never echoes the cell).
    if (cardNumberCell(cells) >= 0) return { row, cells }
    const at = `${columnLetters(c + 1)}${row}`
    const problem =
      found.kind === 'line'
        ? keyed('importLineBreak', { cell: at })
        : keyed(found.kind === 'control' ? 'importControlCharacter' : 'importNotCharacter', {
            cell: at,
            code: found.code
          })
    return { row, cells, problem }
  }
  return { row, cells }
}

async function* csvRows(
  bytes: Buffer,
  encoding: FileEncoding,
  chunks: Chunks,
  linesAllowed: LinesAllowed
): AsyncGenerator<TableRow> {
  // Windows-1252 is one byte per character: chunks decode on their own.
  const cp1252 = new TextDecoder('windows-1252')
  const decode = encoding === 'windows-1252' ? (chunk: Buffer) => cp1252.decode(chunk) : null
  const head = bytes.subarray(0, Math.min(bytes.length, 4096))
  const firstLine = (decode ? decode(head) : head.toString('utf8')).split(/\r?\n/, 1)[0] ?? ''
  // Records the parser skipped, by the number of good records before each (in file order).
  const skipped: Array<{ before: number; problem: string }> = []
  const parser = Readable.from(chunks.of(decode)).pipe(
    parse({
      delimiter: separatorOf(firstLine.replace(/^\uFEFF/, '')),
      // Files edited by hand mix line endings.
      record_delimiter: ['\r\n', '\n', '\r'],
      bom: true,
      encoding: 'utf8',
      relax_column_count: true,
      skip_records_with_error: true,
      info: true
    })
  )
  parser.on('skip', (error: CsvError) => {
    skipped.push({
      before: Number(error.records),
      problem: quoteProblems[error.code] ?? keyed('importRowUnreadable')
    })
  })
  let good = 0
  let next = 0
  // Skips are announced while parsing, ahead of the records still in the stream's buffer:
  // a skip with `before` = k sits between good records k and k+1.
  const skippedUpTo = function* (records: number): Generator<TableRow> {
    while (next < skipped.length && skipped[next].before <= records) {
      yield { row: good + next + 1, cells: [], problem: skipped[next].problem }
      next++
    }
  }
  for await (const { record } of parser as AsyncIterable<{ record: string[] }>) {
    yield* skippedUpTo(good)
    good++
    yield checkedRow(good + next, record, linesAllowed)
  }
  yield* skippedUpTo(Number.MAX_SAFE_INTEGER)
}

/**
 * Excel's text as written: the file escapes characters XML cannot hold (control characters) as
 * `_xHHHH_`, and a typed `_x0041_` as `_x005F_x0041_`; exceljs leaves the escapes as they are, so
 * a bell came in as the text "_x0007_" (and was not seen as a control character).
 */
const excelText = (text: string): string =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text

/** The plain value of a cell; `formula` when the cell holds one. */
function plainCell(value: ExcelJS.CellValue): Cell | { formula: true } {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return excelText(value)
  if (typeof value === 'number' || value instanceof Date) return value
  if (typeof value === 'boolean') return String(value)
  if ('formula' in value || 'sharedFormula' in value) return { formula: true }
  if ('richText' in value) return excelText(value.richText.map((r) => r.text).join(''))
  if ('text' in value) return excelText(value.text)
  if ('error' in value) return value.error
  return null
}

async function* sheetRows(
  sheet: AsyncIterable<ExcelJS.Row>,
  linesAllowed: LinesAllowed
): AsyncGenerator<TableRow> {
  for await (const row of sheet) {
    const values = Array.isArray(row.values) ? row.values : []
    const cells: Cell[] = []
    let formulaAt = 0
    for (let c = 1; c < values.length; c++) {
      const plain = plainCell(values[c])
      if (plain !== null && typeof plain === 'object' && !(plain instanceof Date)) {
        if (formulaAt === 0) formulaAt = c
        cells.push(null)
      } else cells.push(plain)
    }
    yield formulaAt > 0
      ? {
          row: row.number,
          cells,
          problem: keyed('importFormulaCell', { cell: `${columnLetters(formulaAt)}${row.number}` })
        }
      : checkedRow(row.number, cells, linesAllowed)
  }
}

interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string
}

/**
 * The part parsers of exceljs's streaming workbook reader. Its own `parse()` takes the zip's
 * entries in stored order from unzipper, whose parser declares the end of the archive as soon as
 * it has read the whole file, even while entries it has handed over are still waiting to be taken
 * (exceljs issue 3064). exceljs and LibreOffice store the workbook part last, so on a busy machine
 * it went missing and a good file was refused as "not a workbook"; a small last sheet could go
 * missing the same way. So the parts are found through the zip's central directory (jszip) and
 * given to these parsers in the order they need each other: relations, the sheet list, shared
 * strings and styles, then each sheet, which is still read as a stream.
 */
interface WorkbookParts {
  model?: { sheets?: { id: number; name: string; rId: string }[] }
  workbookRels?: { Id: string; Target: string }[]
  _parseRels(entry: Readable): Promise<void>
  _parseWorkbook(entry: Readable): Promise<void>
  _parseSharedStrings(entry: Readable): AsyncGenerator
  _parseStyles(entry: Readable): Promise<void>
  _parseWorksheet(sheet: Readable, sheetNo: string): Generator<{ value: SheetReader }>
}

/** The parts of the workbook, each as a stream; the sheet list in the order of the tabs. */
async function workbookParts(bytes: Buffer, progress: (percent: number) => void) {
  const zip = await JSZip.loadAsync(bytes)
  const part = (path: string, onUpdate?: (percent: number) => void): Readable | null => {
    const file = zip.file(path.replace(/^\//, ''))
    if (!file) return null
    // jszip's stream is an old-style one: a Node PassThrough gives it async iteration. A damaged
    // part's error must reach the reader through it (pipe does not pass errors on; an 'error'
    // nobody listens to would end the process).
    const source = file.nodeStream('nodebuffer', onUpdate && ((meta) => onUpdate(meta.percent)))
    const stream = new PassThrough()
    source.on('error', (error: Error) => stream.destroy(error))
    return source.pipe(stream)
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore'
  }) as unknown as WorkbookParts
  const rels = part('xl/_rels/workbook.xml.rels')
  const book = part('xl/workbook.xml')
  if (!rels || !book) throw new Error('not a workbook')
  await reader._parseRels(rels)
  await reader._parseWorkbook(book)
  const strings = part('xl/sharedStrings.xml')
  if (strings) for await (const _ of reader._parseSharedStrings(strings));
  const styles = part('xl/styles.xml')
  if (styles) await reader._parseStyles(styles)
  const targets = new Map((reader.workbookRels ?? []).map((rel) => [rel.Id, rel.Target]))
  return (reader.model?.sheets ?? []).flatMap(({ name, rId }) => {
    const target = targets.get(rId) ?? ''
    const sheetNo = /(?:^|\/)worksheets\/sheet(\d+)\.xml$/.exec(target)?.[1]
    if (sheetNo === undefined) return []
    return [{ name, open: () => part(`xl/worksheets/sheet${sheetNo}.xml`, progress), sheetNo, reader }]
  })
}

export interface WorkbookRow extends TableRow {
  sheet: string
}

/**
 * The rows of an Excel workbook, streamed: of the sheets named in `sheets`, or of the first
 * sheet without it. Only the sheets asked for are read.
 */
export async function* workbookRows(
  bytes: Buffer,
  sheets?: readonly string[],
  chunks = new Chunks(bytes),
  linesAllowed = noLines
): AsyncGenerator<WorkbookRow> {
  try {
    const parts = await workbookParts(bytes, (percent) => {
      chunks.read = Math.round((bytes.length * percent) / 100)
    })
    for (const { name, open, sheetNo, reader } of parts) {
      if (sheets !== undefined && !sheets.includes(name)) continue
      const stream = open()
      if (!stream) throw new Error(`sheet ${name} is missing`)
      for (const { value: sheet } of reader._parseWorksheet(stream, sheetNo)) {
        for await (const row of sheetRows(sheet, linesAllowed)) yield { ...row, sheet: name }
      }
      if (sheets === undefined) return
    }
  } catch {
    // A zip or XML error: not a workbook (errors of the caller never arrive here).
    throw new DomainError('invalid_input', { key: 'importNotWorkbook' }, { base64: { key: 'importNotXlsx' } })
  }
}

/**
 * A CSV or the first sheet of an Excel file, row by row; `linesAllowed` says which columns are
 * multi-line text fields (none unless said).
 */
export function openTable(fileName: string, bytes: Buffer, linesAllowed = noLines): Table {
  if (isCsvName(fileName)) {
    const unicode = utf16AsUtf8(bytes)
    const text = unicode ?? bytes
    const chunks = new Chunks(text)
    const encoding: FileEncoding = unicode || isUtf8(bytes) ? 'utf-8' : 'windows-1252'
    // Progress in the bytes of the file as given.
    return {
      encoding,
      rows: csvRows(text, encoding, chunks, linesAllowed),
      bytesRead: () => Math.round((chunks.read * bytes.length) / Math.max(text.length, 1))
    }
  }
  const chunks = new Chunks(bytes)
  return {
    encoding: 'utf-8',
    rows: workbookRows(bytes, undefined, chunks, linesAllowed),
    bytesRead: () => chunks.read
  }
}
