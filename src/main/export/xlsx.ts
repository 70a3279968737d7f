/**
 * Streams list exports to .xlsx with real types: numbers as numbers, dates as dates,
 * money with a number format, a frozen header row and an autofilter. Uses exceljs's
 * streaming writer (4-5x faster and far leaner than the in-memory workbook).
 */
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { minorUnits } from '../../shared/currencies'
import type { Language } from '../../shared/languages'
import { excelDateFormat, type RegionFormat } from '../../shared/region'
import { XLSX_MIME, type FileResult } from '../../shared/schemas/common'
import type { Executor } from '../context'
import { reportProgress, yieldToOthers } from '../jobs/context'
import { getRegion } from '../region/service'
import { zoneOffsetMs } from '../schedule/time'
import { yesNoWords } from './words'
import { xlsxInlineRow, xmlSafeText } from './xml-text'

export type ColumnKind = 'text' | 'integer' | 'money' | 'percent' | 'date' | 'datetime' | 'boolean'

export interface ExportColumn<Row> {
  header: string
  width?: number
  kind: ColumnKind
  value: (row: Row) => string | number | boolean | null
  /**
   * A money column's currency: its minor unit sets the decimals (EUR 2, JPY 0, KWD 3). Without it
   * the amount is in hundredths.
   */
  currency?: (row: Row) => string
}

/**
 * How a workbook writes dates and times (issue 14): the company's region (date order, clock) and
 * time zone, as the weekly report does; `language` (dc:language) when the sheet's words are in one.
 */
export interface WorkbookRegion {
  region: RegionFormat
  timeZone: string
  language?: Language
}

/** The company's region for a workbook; `language` when the caller writes its words in it. */
export async function workbookRegion(db: Executor, language?: Language): Promise<WorkbookRegion> {
  const { format, timeZone } = await getRegion(db)
  return { region: format, timeZone, ...(language ? { language } : {}) }
}

/** Amounts of one currency: its number format and its minor units turned into units. */
export interface MoneyOf {
  format: string
  units: (minor: number) => number
}

export function moneyOf(currency: string): MoneyOf {
  const digits = minorUnits(currency)
  return {
    format: digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`,
    units: (minor) => minor / 10 ** digits
  }
}

/** Excel number formats per kind: dates in the region's order, times on its clock. */
export function excelFormats({ region }: WorkbookRegion): Partial<Record<ColumnKind, string>> {
  const date = excelDateFormat(region)
  return {
    integer: '0',
    money: '#,##0.00',
    percent: '0.00%',
    date,
    datetime: `${date} ${region.clock === '12h' ? 'h:mm AM/PM' : 'hh:mm'}`
  }
}

/**
 * A column wide enough for its header (with the filter button) and for a date as the region
 * writes it: translated headers and a 12-hour clock are longer than the English ISO defaults.
 */
export function fittedWidth(header: string, width: number, format: string | undefined): number {
  const dateText = format && /y/.test(format) ? format.replace('AM/PM', 'PM').length + 2 : 0
  return Math.max(width, Math.min(Math.max(header.length + 4, dateText), 60))
}

/**
 * The wall-clock time of an instant in `timeZone`, as a Date whose UTC fields hold it: Excel has
 * no time zones, so a cell shows the office's time (what the screens show) only if it stores it.
 */
function wallClock(iso: string, timeZone: string): Date {
  const ms = Date.parse(iso)
  return new Date(ms + zoneOffsetMs(timeZone, ms))
}

/** Converts a stored value to what the cell should hold (money cents -> units, ISO -> Date). */
function cellValue(
  kind: ColumnKind,
  value: string | number | boolean | null,
  format: WorkbookRegion,
  digits = 2
): ExcelJS.CellValue {
  if (value === null || value === '') return null
  switch (kind) {
    case 'money':
      return Number(value) / 10 ** digits
    case 'percent':
      return Number(value) / 10000
    case 'date':
      return new Date(String(value).length === 10 ? `${value}T00:00:00Z` : String(value))
    case 'datetime': {
      const text = String(value)
      // A plain day has no clock; an instant is shown on the office's clock.
      return text.length === 10 ? new Date(`${text}T00:00:00Z`) : wallClock(text, format.timeZone)
    }
    case 'boolean': {
      // Yes/No in the sheet's language (English when its words are in none).
      const words = yesNoWords[format.language ?? 'en']
      return value ? words.yes : words.no
    }
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
  fill: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>,
  language?: Language
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
  // dc:language of the file's properties: exceljs writes it, its types leave it out.
  if (language) Object.assign(workbook, { language })
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

/** Writes one or more sheets in the company's region (see `workbookRegion`) and returns the file's bytes. */
export function buildXlsx<Rows extends unknown[]>(
  fileName: string,
  sheets: [...{ [K in keyof Rows]: SheetSpec<Rows[K]> }],
  format: WorkbookRegion
): Promise<FileResult> {
  return streamWorkbook(
    fileName,
    async (workbook) => {
      for (const sheet of sheets) await writeSheet(workbook, sheet, format)
    },
    format.language
  )
}

async function writeSheet<Row>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: SheetSpec<Row>,
  format: WorkbookRegion
): Promise<void> {
  const sheet = workbook.addWorksheet(xmlSafeText(spec.name), { views: [{ state: 'frozen', ySplit: 1 }] })
  const numberFormats = excelFormats(format)
  sheet.columns = spec.columns.map((c, i) => {
    const numFmt = numberFormats[c.kind]
    return {
      header: xmlSafeText(c.header),
      key: `c${i}`,
      width: fittedWidth(c.header, c.width ?? 16, numFmt),
      style: numFmt ? { numFmt } : {}
    }
  })
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } }
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.commit()
  const total = spec.total ?? (Array.isArray(spec.rows) ? spec.rows.length : 0)
  let count = 0
  /** Adds a row; true every 1 000 rows, when the export should let others in. */
  const add = (row: Row): boolean => {
    const digits = spec.columns.map((c) => (c.currency ? minorUnits(c.currency(row)) : 2))
    const added = sheet.addRow(
      xlsxInlineRow(spec.columns.map((c, i) => cellValue(c.kind, c.value(row), format, digits[i])))
    )
    // The column's format shows two decimals; an amount in yen or dinars shows its own.
    spec.columns.forEach((c, i) => {
      if (c.currency && digits[i] !== 2) added.getCell(i + 1).numFmt = moneyOf(c.currency(row)).format
    })
    added.commit()
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
