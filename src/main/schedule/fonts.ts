/**
 * Finds the DejaVu fonts in resources/fonts: beside the packaged app (process.resourcesPath),
 * or above this module / the working folder when running from source, the CLI or tests.
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface PdfFonts {
  regular: string
  bold: string
}

let found: PdfFonts | null = null

function candidates(): string[] {
  const list: string[] = []
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath
  if (resourcesPath) list.push(join(resourcesPath, 'resources', 'fonts'))
  for (let dir = dirname(fileURLToPath(import.meta.url)), i = 0; i < 6; i++, dir = dirname(dir)) list.push(join(dir, 'resources', 'fonts'))
  list.push(resolve('resources', 'fonts'))
  return list
}

export function pdfFonts(): PdfFonts {
  if (found) return found
  for (const folder of candidates()) {
    const regular = join(folder, 'DejaVuSans.ttf')
    const bold = join(folder, 'DejaVuSans-Bold.ttf')
    if (existsSync(regular) && existsSync(bold)) return (found = { regular, bold })
  }
  throw new Error('The PDF fonts (resources/fonts/DejaVuSans.ttf) are missing from this installation.')
}
