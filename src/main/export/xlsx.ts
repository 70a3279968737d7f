/**
 * Streams list exports to .xlsx with real types: numbers as numbers, dates as dates,
 * money with a number format, a frozen header row and an autofilter. Uses exceljs's
 * streaming writer (4-5x faster and far leaner than the in-memory workbook).
 */
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { XLSX_MIME, type FileResult } from '../../shared/schemas/common'
import { reportProgress, yieldToOthers } from '../jobs/context'
import { xlsxRow, xmlSafeText } from './xml-text'

export type ColumnKind = 'text' | 'integer' | 'money' | 'percent' | 'date' | 'datetime' | 'boolean'

export interface ExportColumn<Row> {
  header: string
  width?: number
  kind: ColumnKind
  value: (row: Row) => string | number | boolean | null
}

const numberFormats: Partial<Record<ColumnKind, string>> = {
  integer: '0',
  money: '#,##0.00',
  percent: '0.00%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm'
}

/** Converts a stored value to what the cell should hold (money cents -> units, ISO -> Date). */
function cellValue(kind: ColumnKind, value: string | number | boolean | null): ExcelJS.CellValue {
  if (value === null || value === '') return null
  switch (kind) {
    case 'money':
      return Number(value) / 100
    case 'percent':
      return Number(value) / 10000
    case 'date':
    case 'datetime':
      return new Date(String(value).length === 10 ? `${value}T00:00:00Z` : String(value))
    case 'boolean':
      return value ? 'Yes' : 'No'
    default:
      // exceljs stores strings as text cells, so "=SUM(...)" typed by a user stays text.
      return value
  }
}

export interface SheetSpec<Row> {
  name: string
  columns: ExportColumn<Row>[]
  rows: Iterable<Row> | AsyncIterable<Row>
  /** For progress reports when rows is not an array. */
  total?: number
}

/**
 * Runs `fill` on a streaming workbook and returns the finished file: the one place that
 * collects exceljs's output into bytes (list exports, reports with their own layout).
 */
export async function streamWorkbook(
  fileName: string,
  fill: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>
): Promise<FileResult> {
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve)
    sink.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false
  })
  workbook.creator = 'Salesdesk'
  workbook.created = new Date()
  await fill(workbook)
  await workbook.commit()
  await finished
  const joined = Buffer.concat(chunks)
  // A plain Uint8Array view of the joined bytes: no second copy of a large file.
  return {
    kind: 'file',
    fileName,
    mimeType: XLSX_MIME,
    bytes: new Uint8Array(joined.buffer, joined.byteOffset, joined.length)
  }
}

/** Writes one or more sheets and returns the file's bytes. */
export function buildXlsx<Rows extends unknown[]>(
  fileName: string,
  sheets: [...{ [K in keyof Rows]: SheetSpec<Rows[K]> }]
): Promise<FileResult> {
  return streamWorkbook(fileName, async (workbook) => {
    for (const sheet of sheets) await writeSheet(workbook, sheet)
  })
}

async function writeSheet<Row>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: SheetSpec<Row>
): Promise<void> {
  const sheet = workbook.addWorksheet(xmlSafeText(spec.name), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = spec.columns.map((c, i) => ({
    header: xmlSafeText(c.header),
    key: `c${i}`,
    width: c.width ?? 16,
    style: numberFormats[c.kind] ? { numFmt: numberFormats[c.kind] } : {}
  }))
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } }
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.commit()
  const total = spec.total ?? (Array.isArray(spec.rows) ? spec.rows.length : 0)
  let count = 0
  /** Adds a row; true every 1 000 rows, when the export should let others in. */
  const add = (row: Row): boolean => {
    sheet.addRow(xlsxRow(spec.columns.map((c) => cellValue(c.kind, c.value(row))))).commit()
    return ++count % 1000 === 0
  }
  // Yield now and then so a large export never blocks other requests (or a cancel) for long.
  const pause = async () => {
    reportProgress(count, total, spec.name)
    await yieldToOthers()
  }
  // Arrays go through a plain loop: `for await` would add a promise turn for every row.
  if (Symbol.iterator in spec.rows) {
    for (const row of spec.rows) if (add(row)) await pause()
  } else {
    for await (const row of spec.rows) if (add(row)) await pause()
  }
  reportProgress(count, total, spec.name)
  sheet.commit()
}
