/** The text of a PDF as `pdftotext` (poppler) reads it, for tests that check what was printed. */
import { execFileSync } from 'node:child_process'

export interface PdfTextOptions {
  /** `-layout` (the default): columns kept side by side; `false`: the content stream's order, so a long
   *  sentence reads back as it was written whatever its line breaks. */
  layout?: boolean
  /** Runs replaced by one space: `spaces` = spaces and tabs (lines kept), `nbsp` = also no-break spaces,
   *  `all` = every whitespace, line breaks included (one line). Default: the text as read. */
  squeeze?: 'spaces' | 'nbsp' | 'all'
  /** Only this page (1-based; `-f n -l n`). Default: every page. */
  page?: number
}

const runs = { spaces: /[ \t]+/g, nbsp: /[ \t\u00a0]+/g, all: /\s+/g } as const

/** `source`: the PDF's bytes (piped to pdftotext) or the path of a PDF file. */
export function pdfText(source: Uint8Array | string, options: PdfTextOptions = {}): string {
  const args = [
    ...(options.layout === false ? [] : ['-layout']),
    ...(options.page === undefined ? [] : ['-f', String(options.page), '-l', String(options.page)]),
    typeof source === 'string' ? source : '-',
    '-'
  ]
  const text = execFileSync('pdftotext', args, {
    encoding: 'utf8',
    ...(typeof source === 'string' ? {} : { input: Buffer.from(source) })
  })
  return options.squeeze ? text.replace(runs[options.squeeze], ' ') : text
}
