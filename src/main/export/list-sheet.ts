/**
 * A list's export of one sheet, the way every list screen exports (customers, executives, products,
 * contracts, requests, the visit log, overdue and returned payments): the list's own words in one
 * language, a sheet named by those words, dates and times in the company's region.
 */
import type { Language } from '../../shared/languages'
import type { FileResult } from '../../shared/schemas/common'
import type { Executor, ServiceContext } from '../context'
import { exportWordsLanguage } from './words'
import { buildXlsx, workbookRegion, type ExportColumn, type WorkbookRegion } from './xlsx'

/** What a list gives its export: the columns in the export's words and all rows, in the list's order. */
interface ListSheet<Row> {
  columns: ExportColumn<Row>[]
  rows: Row[]
}

/**
 * The file `fileName` with one sheet `words.sheet`, the words from `table` in `asked` (the user's
 * language; the company's document language when none is given). `sheet` gets the words and the
 * workbook's region (a heading may name the time zone) and returns the columns and rows.
 */
export async function exportListSheet<Words extends { sheet: string }, Row>(
  db: Executor,
  table: Record<Language, Words>,
  asked: Language | null,
  fileName: string,
  sheet: (words: Words, region: WorkbookRegion) => Promise<ListSheet<Row>>
): Promise<FileResult> {
  const language = await exportWordsLanguage(db, asked)
  const words = table[language]
  const region = await workbookRegion(db, language)
  const { columns, rows } = await sheet(words, region)
  return buildXlsx(fileName, [{ name: words.sheet, columns, rows }], region)
}

/**
 * A list's export as the list's API calls it: with the list's filters (all rows, the list's order)
 * and the user's language, the company's document language when none is given. `sheet` reads the
 * rows for `query` and gives the columns in the export's words.
 */
export function listExport<Filters, Words extends { sheet: string }, Row>(
  table: Record<Language, Words>,
  fileName: string,
  sheet: (
    ctx: ServiceContext,
    query: Filters,
    words: Words,
    region: WorkbookRegion
  ) => Promise<ListSheet<Row>>
): (ctx: ServiceContext, query: Filters, language?: Language | null) => Promise<FileResult> {
  return (ctx, query, language = null) =>
    exportListSheet(ctx.db, table, language, fileName, (words, region) => sheet(ctx, query, words, region))
}

/** An amount column in each row's own currency (its minor unit sets the decimals). */
export function moneyColumn<Row extends { currency: string }>(
  header: string,
  width: number,
  value: (row: Row) => number | null
): ExportColumn<Row> {
  return { header, kind: 'money', width, value, currency: (row) => row.currency }
}

/** The customer as the lists show it: the code, then the name. */
export function customerColumns<Row extends { customerCode: string; customerName: string }>(words: {
  customerCode: string
  customer: string
}): ExportColumn<Row>[] {
  return [
    { header: words.customerCode, kind: 'text', width: 12, value: (r) => r.customerCode },
    { header: words.customer, kind: 'text', width: 34, value: (r) => r.customerName }
  ]
}
