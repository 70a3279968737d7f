/**
 * One table sheet of the weekly report (in-memory exceljs workbook: the report is small and
 * needs formulas, conditional formats and print set-up): a bold header row that is frozen,
 * filtered and repeated on every printed page, real numbers and dates with number formats,
 * landscape and fit to one page wide.
 */
import type ExcelJS from 'exceljs'
import { xlsxRow, xmlSafeText } from '../export/xml-text'

export const PERCENT_FORMAT = '0.0%'
export const COUNT_FORMAT = '0'
export const DECIMAL_FORMAT = '0.##'

export interface SheetColumn {
  header: string
  width: number
  format?: string
}

export type Cell = string | number | Date | null | { formula: string; result: number | string | null }

/** Excel column letter: 1 -> A, 27 -> AA. */
export function columnLetter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

export const isoToDate = (iso: string): Date => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)

const sharedStyles = new Map<string, Partial<ExcelJS.Style>>()

/**
 * The one style object of a number format (none: exceljs's default), for data cells only: it
 * is shared, so nothing may change it afterwards (total rows get their own).
 */
export function sharedStyle(format: string | undefined): Partial<ExcelJS.Style> {
  const key = format ?? ''
  let style = sharedStyles.get(key)
  if (!style) sharedStyles.set(key, (style = Object.freeze(format ? { numFmt: format } : {})))
  return style
}

/**
 * Writes the header and rows; returns the sheet (the caller adds totals and formats). `pageFooter`
 * is the printed page number in the report's language, with Excel's &P (page) and &N (pages).
 */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: SheetColumn[],
  rows: Cell[][],
  pageFooter = 'Page &P of &N'
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(xmlSafeText(name), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,

      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
    },
    headerFooter: {
      oddHeader: `&L&B${escapeHeader(xmlSafeText(title))}&R${escapeHeader(xmlSafeText(name))}`,
      oddFooter: `&LSalesdesk&R${pageFooter}`
    }
  })
  // A4 (9 in the Office Open XML numbering): exceljs types PaperSize as a const enum, which
  // isolatedModules cannot read, so the number is set as plain data.
  Object.assign(sheet.pageSetup, { paperSize: 9 })
  sheet.columns = columns.map((c) => ({
    header: xmlSafeText(c.header),
    width: c.width,
    style: c.format ? { numFmt: c.format } : {}
  }))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', wrapText: true }
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } }
  // One style object per column, shared by its data cells: exceljs writes a style once per
  // object it has seen, and renders the XML of every other cell's own copy to find it again
  // (most of the time of a 10 000-row report).
  const styles = columns.map((c) => sharedStyle(c.format))
  for (const values of rows) {
    const row = sheet.addRow(xlsxRow(values))
    for (let i = 0; i < columns.length; i++) {
      const value = values[i]
      // Left to exceljs: a date in a column without a format takes its default date format.
      if (!(value instanceof Date) || columns[i].format) row.getCell(i + 1).style = styles[i]
    }
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: columns.length }
  }
  return sheet
}

/** "&" starts a code in Excel page headers. */
const escapeHeader = (text: string) => text.replace(/&/g, '&&')

/** A bold total row under the data with SUM formulas (and their computed results) in the given columns. */
export function addTotalRow(
  sheet: ExcelJS.Worksheet,
  label: string,
  dataRows: number,
  sums: Record<number, number>,
  extra: Record<number, Cell> = {}
): ExcelJS.Row {
  const values: Cell[] = [label]
  const last = dataRows + 1
  for (const [column, result] of Object.entries(sums)) {
    const letter = columnLetter(Number(column))
    values[Number(column) - 1] = { formula: dataRows > 0 ? `SUM(${letter}2:${letter}${last})` : '0', result }
  }
  for (const [column, cell] of Object.entries(extra)) values[Number(column) - 1] = cell
  const row = sheet.addRow(xlsxRow(values))
  row.font = { bold: true }
  row.border = { top: { style: 'thin' } }
  return row
}

/** Green at or above target, amber from 80 %, red below, on a column of ratios. */
export function colourPercentOfTarget(
  sheet: ExcelJS.Worksheet,
  column: number,
  firstRow: number,
  lastRow: number
): void {
  if (lastRow < firstRow) return
  const letter = columnLetter(column)
  const ref = `${letter}${firstRow}:${letter}${lastRow}`
  const cell = `${letter}${firstRow}`
  const fill = (argb: string): Partial<ExcelJS.Style> => ({
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb } }
  })
  sheet.addConditionalFormatting({
    ref,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`AND(ISNUMBER(${cell}),${cell}>=1)`],
        style: fill('FFC6EFCE')
      },
      {
        type: 'expression',
        priority: 2,
        formulae: [`AND(ISNUMBER(${cell}),${cell}>=0.8,${cell}<1)`],
        style: fill('FFFFEB9C')
      },
      {
        type: 'expression',
        priority: 3,
        formulae: [`AND(ISNUMBER(${cell}),${cell}<0.8)`],
        style: fill('FFFFC7CE')
      }
    ]
  })
}
