/** The text of a PDF as `pdftotext` (poppler) reads it, for tests that check what was printed. */
import { execFileSync } from 'node:child_process'

/**
 * Runs of white space replaced by one space: `spaces` = spaces and tabs (lines kept), `nbsp` = also
 * no-break spaces, `narrow` = also narrow no-break spaces (U+202F, which Intl puts in French and
 * Hungarian numbers and before am/pm), `all` = every white space, line breaks included (one line).
 */
const runs = {
  spaces: /[ \t]+/g,
  nbsp: /[ \t\u00a0]+/g,
  narrow: /[ \t\u00a0\u202f]+/g,
  all: /\s+/g
} as const
export type Squeeze = keyof typeof runs

export interface PdfTextOptions {
  /** `-layout` (the default): columns kept side by side; `false`: the content stream's order, so a long
   *  sentence reads back as it was written whatever its line breaks. */
  layout?: boolean
  /** Instead of the text: `raw` (`-raw`, the words in the content stream's order, lines as drawn) or
   *  `bbox` (`-bbox`, an XHTML page per page with each word's box). */
  as?: 'raw' | 'bbox'
  /** White space squeezed (see `squeezed`). Default: the text as read. */
  squeeze?: Squeeze
  /** Only this page (1-based; `-f n -l n`). Default: every page. */
  page?: number
}

/** `text` with its runs of white space as one space, as `pdfText`'s `squeeze` option gives them. */
export const squeezed = (text: string, squeeze: Squeeze): string => text.replace(runs[squeeze], ' ')

/** `source`: the PDF's bytes (piped to pdftotext) or the path of a PDF file. */
export function pdfText(source: Uint8Array | string, options: PdfTextOptions = {}): string {
  const args = [
    ...(options.as ? [`-${options.as}`] : options.layout === false ? [] : ['-layout']),
    ...(options.page === undefined ? [] : ['-f', String(options.page), '-l', String(options.page)]),
    typeof source === 'string' ? source : '-',
    '-'
  ]
  const text = execFileSync('pdftotext', args, {
    encoding: 'utf8',
    ...(typeof source === 'string' ? {} : { input: Buffer.from(source) })
  })
  return options.squeeze ? squeezed(text, options.squeeze) : text
}
