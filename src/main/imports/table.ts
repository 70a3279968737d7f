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
 * - Row numbers are the ones the spreadsheet shows (the header is row 1).
 */
import { isUtf8 } from 'node:buffer'
import { Readable } from 'node:stream'
import { parse, type CsvError } from 'csv-parse'
import ExcelJS from 'exceljs'
import { DomainError, keyed } from '../../shared/errors'
import type { FileEncoding } from '../../shared/schemas/imports'

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

/** Bytes handed to the parser at a time. */
const CHUNK = 64 * 1024

export function isCsvName(fileName: string): boolean {
  return /\.csv$/i.test(fileName)
}

/** "," or ";" (Excel writes ";" where the decimal comma is used): whichever the first line has more of. */
function separatorOf(firstLine: string): string {
  const semicolons = firstLine.split(';').length
  const commas = firstLine.split(',').length
  return semicolons > commas ? ';' : ','
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

async function* csvRows(bytes: Buffer, encoding: FileEncoding, chunks: Chunks): AsyncGenerator<TableRow> {
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
    yield { row: good + next, cells: record }
  }
  yield* skippedUpTo(Number.MAX_SAFE_INTEGER)
}

/** The plain value of a cell; `formula` when the cell holds one. */
function plainCell(value: ExcelJS.CellValue): Cell | { formula: true } {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value
  if (typeof value === 'boolean') return String(value)
  if ('formula' in value || 'sharedFormula' in value) return { formula: true }
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('text' in value) return value.text
  if ('error' in value) return value.error
  return null
}

const columnLetters = (n: number): string =>
  (n > 26 ? columnLetters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26))

async function* sheetRows(sheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<TableRow> {
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
      : { row: row.number, cells }
  }
}

interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string
}

/** Reads past a sheet nobody asked for: the zip stream must go through it to reach the next. */
async function skipSheet(sheet: AsyncIterable<ExcelJS.Row>): Promise<void> {
  const rows = sheet[Symbol.asyncIterator]()
  while (!(await rows.next()).done) {
    // The row is not wanted.
  }
}

export interface WorkbookRow extends TableRow {
  sheet: string
}

/**
 * The rows of an Excel workbook, streamed: of the sheets named in `sheets`, or of the first
 * sheet without it. Each sheet must be read before the next is reached (the workbook is one
 * zip stream), which a plain `for await` over the rows does.
 */
export async function* workbookRows(
  bytes: Buffer,
  sheets?: readonly string[],
  chunks = new Chunks(bytes)
): AsyncGenerator<WorkbookRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks.of(null)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore'
  })
  try {
    for await (const sheet of reader as AsyncIterable<SheetReader>) {
      if (sheets === undefined || sheets.includes(sheet.name)) {
        for await (const row of sheetRows(sheet)) yield { ...row, sheet: sheet.name }
        if (sheets === undefined) return
      } else await skipSheet(sheet)
    }
  } catch {
    // A zip or XML error: not a workbook (errors of the caller never arrive here).
    throw new DomainError('invalid_input', { key: 'importNotWorkbook' }, { base64: { key: 'importNotXlsx' } })
  }
}

/** A CSV or the first sheet of an Excel file, row by row. */
export function openTable(fileName: string, bytes: Buffer): Table {
  const chunks = new Chunks(bytes)
  const bytesRead = () => chunks.read
  if (isCsvName(fileName)) {
    const encoding: FileEncoding = isUtf8(bytes) ? 'utf-8' : 'windows-1252'
    return { encoding, rows: csvRows(bytes, encoding, chunks), bytesRead }
  }
  return { encoding: 'utf-8', rows: workbookRows(bytes, undefined, chunks), bytesRead }
}
