/**
 * The one gate every text passes on its way into an .xlsx file (list exports, the weekly report,
 * the figures template, aged receivables). An .xlsx is XML, and XML 1.0 has no way to write some
 * characters at all: a customer named with U+FFFF made Excel call the whole export damaged.
 * exceljs drops the C0 controls itself but not U+FFFE/U+FFFF or half a surrogate pair.
 *
 * Text is always written as text: exceljs makes a formula only from a `{ formula }` value, so a
 * name such as "=HYPERLINK(…)" or "+34 600…" lands in a text cell, never in a formula.
 */
// XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. With the `u` flag,
// \p{Cs} matches only a surrogate that has no partner (a paired one is one code point).
// eslint-disable-next-line no-control-regex -- the control characters are exactly what is removed
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\p{Cs}]/gu

/** The text without the characters an XML file cannot carry. */
export function xmlSafeText(text: string): string {
  NOT_XML.lastIndex = 0
  return NOT_XML.test(text) ? text.replace(NOT_XML, '') : text
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
