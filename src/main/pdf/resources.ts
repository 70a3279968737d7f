/**
 * Finds the resources folder (fonts embedded in PDFs, icons) wherever we run:
 * - packaged app: electron-builder copies resources/ to <process.resourcesPath>/resources;
 * - bundled (out/main/*.js) from a checkout: <repo>/resources, two folders up;
 * - sources under vitest or tsx (src/main/pdf): <repo>/resources, three folders up;
 * - last resort: ./resources in the working folder.
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const MARKER = join('fonts', 'DejaVuSans.ttf')

export function resourceFolderCandidates(here = dirname(fileURLToPath(import.meta.url))): string[] {
  const packaged = (process as { resourcesPath?: string }).resourcesPath
  return [
    ...(process.env.SALESDESK_RESOURCES ? [process.env.SALESDESK_RESOURCES] : []),
    ...(packaged ? [join(packaged, 'resources')] : []),
    resolve(here, '../../resources'),
    resolve(here, '../../../resources'),
    resolve('resources')
  ]
}

let found: string | undefined

export function resourcesFolder(): string {
  found ??= resourceFolderCandidates().find((folder) => existsSync(join(folder, MARKER)))
  if (!found)
    throw new Error(`The fonts for PDFs were not found (looked in ${resourceFolderCandidates().join(', ')}).`)
  return found
}

export interface PdfFontPaths {
  regular: string
  bold: string
}

/** DejaVu Sans (Latin with ő ű ŀ ç, Cyrillic, Greek): embedded by path, never by registered name (20× slower). */
export function pdfFontPaths(): PdfFontPaths {
  const folder = join(resourcesFolder(), 'fonts')
  return { regular: join(folder, 'DejaVuSans.ttf'), bold: join(folder, 'DejaVuSans-Bold.ttf') }
}

/** What pdfkit's font() accepts besides a path: an opened font (it has a layout function). */
export type OpenedFont = { layout: (...args: never[]) => unknown }

const isPresentationForm = (cp: number) => (cp >= 0xfb00 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)

interface SharedFontParts {
  characterSet?: number[]
  glyphForCodePoint?: (codePoint: number) => unknown
}

export interface PdfFontSources {
  regular: string | OpenedFont
  bold: string | OpenedFont
}

let opened: PdfFontSources | undefined

/**
 * The fonts opened once per process and shared by every document: parsing DejaVu Sans takes
 * about 70 ms, far more than drawing a page, so reopening it per document made a 20-line
 * invoice ~10x slower. pdfkit accepts an opened font in font(); we open it through a probe
 * document so no second font library is needed. Should pdfkit's internals ever change,
 * the paths are used instead (slower, same output).
 */
export function pdfFontSources(probeOpen: (path: string) => unknown): PdfFontSources {
  if (opened) return opened
  const paths = pdfFontPaths()
  const open = (path: string): string | OpenedFont => {
    try {
      const font = probeOpen(path) as (OpenedFont & SharedFontParts) | undefined
      if (
        typeof font?.layout !== 'function' ||
        !Array.isArray(font.characterSet) ||
        typeof font.glyphForCodePoint !== 'function'
      )
        return path
      // Glyph objects are cached in the shared font with the characters they were first made
      // for, and that is what the PDF's text layer (ToUnicode) uses. Subsetting creates the
      // components of accented letters (the O inside Ő) without characters; if a component
      // were made that way first, the next documents would print O but pdftotext would not
      // find it. So make every mapped glyph once, from its character, before anything else.
      // Presentation forms (the fi ligature, Arabic forms) are left to the layout, which makes
      // them from the letters they replace: "fi" then extracts as f + i, not as U+FB01.
      for (const codePoint of font.characterSet)
        if (!isPresentationForm(codePoint)) font.glyphForCodePoint(codePoint)
      return font
    } catch {
      return path
    }
  }
  opened = { regular: open(paths.regular), bold: open(paths.bold) }
  return opened
}
