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
  if (!found) throw new Error(`The fonts for PDFs were not found (looked in ${resourceFolderCandidates().join(', ')}).`)
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
