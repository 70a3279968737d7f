/**
 * The one gate every text passes on its way into an .xlsx file (list exports, the weekly report,
 * the figures template, aged receivables). An .xlsx is XML, and XML 1.0 has no way to write some
 * characters at all: a customer named with U+FFFF made Excel call the whole export damaged.
 * exceljs drops the C0 controls itself but not U+FFFE/U+FFFF or half a surrogate pair. Text that
 * looks like Excel's own escapes (`_x0041_`) is escaped as Excel does, so it is not read back as "A".
 *
 * Text is always written as text: exceljs makes a formula only from a `{ formula }` value, so a
 * name such as "=HYPERLINK(…)" or "+34 600…" lands in a text cell, never in a formula.
 *
 * Where the escaped text goes matters. Excel decodes `_xHHHH_` in every cell text; exceljs and
 * LibreOffice only in shared strings and in an inline string's rich-text run (`<is><r><t>`), not in
 * a cell's `<v>` (`t="str"`), where they showed `_x005F_x0041_` for a name typed `_x0041_`.
 * Workbooks with shared strings (exceljs's Workbook) take `xlsxRow`; the streaming writer without
 * shared strings (list exports, aged receivables: shared strings for every cell cost 2× CPU) takes
 * `xlsxInlineRow`, which writes just the cells holding such an escape as a one-run rich text, and
 * every other text as before.
 */
import type ExcelJS from 'exceljs'

// XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. With the `u` flag,
// \p{Cs} matches only a surrogate that has no partner (a paired one is one code point).
// eslint-disable-next-line no-control-regex -- the control characters are exactly what is removed
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\p{Cs}]/gu

/**
 * An underscore that starts what Excel reads as an escape, `_xHHHH_`. Excel (and exceljs, and our
 * own importer) decode these in cell text, so a customer named `_x0041_` came back as `A`. Excel
 * itself writes such text with its underscore escaped, `_x005F_x0041_`; so do we. Every
 * underscore is escaped, also one whose `_x…_` shares its last underscore with the one before
 * (`_x0041_x0042_`), since a reader decodes from the left. Any number of hex digits in either
 * case: Excel decodes four, LibreOffice fewer too (`_x004_` came back as U+0004), and an escaped
 * underscore reads back as an underscore in every one of them.
 */
const EXCEL_ESCAPE_START = /_(?=x[0-9A-Fa-f]+_)/g

/**
 * The text as an xlsx must hold it: without the characters an XML file cannot carry, and with
 * text shaped like Excel's `_xHHHH_` escapes escaped, so it reads back as written.
 */
export function xmlSafeText(text: string): string {
  return escapedUnderscores(withoutNonXml(text))
}

function withoutNonXml(text: string): string {
  NOT_XML.lastIndex = 0
  return NOT_XML.test(text) ? text.replace(NOT_XML, '') : text
}

function escapedUnderscores(text: string): string {
  return text.includes('_x') ? text.replace(EXCEL_ESCAPE_START, '_x005F_') : text
}

/** One cell's value with its text (or a formula's text result) made safe; other values as they are. */
export function xlsxValue<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T
  if (value !== null && typeof value === 'object' && 'formula' in value && 'result' in value) {
    const result: unknown = value.result
    if (typeof result === 'string') return { ...value, result: xmlSafeText(result) }
  }
  return value
}

/** A row of cell values, for `sheet.addRow(xlsxRow([...]))`. */
export function xlsxRow<T>(values: readonly T[]): T[] {
  return values.map(xlsxValue)
}

/**
 * A row for the streaming writer without shared strings: as `xlsxRow`, except that a text holding
 * an escaped `_x…_` becomes a one-run rich text (an inline string), which Excel, exceljs and
 * LibreOffice all decode; our importer reads it as text (imports/table.ts). exceljs's shared
 * strings key rich text by its string form, so never give this to a workbook that has them.
 */
export function xlsxInlineRow(values: readonly ExcelJS.CellValue[]): ExcelJS.CellValue[] {
  return values.map((value) => {
    if (typeof value !== 'string') return xlsxValue(value)
    const clean = withoutNonXml(value)
    const escaped = escapedUnderscores(clean)
    return escaped === clean ? clean : { richText: [{ text: escaped }] }
  })
}
