/** Validates NAV XML with xmllint against the vendored official XSDs (test/standards/nav). */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const NAV_XSD = fileURLToPath(new URL('../standards/nav/xsd/nav-all.xsd', import.meta.url))

export function standardsFile(name: string): string {
  return fileURLToPath(new URL(`../standards/nav/${name}`, import.meta.url))
}

/** Empty when the document validates, else xmllint's messages. */
export function xsdErrors(xml: string): string {
  try {
    execFileSync('xmllint', ['--nonet', '--noout', '--schema', NAV_XSD, '-'], { input: xml, stdio: 'pipe' })
    return ''
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error)
  }
}

/** Validates many documents with one xmllint run; one entry per document ('' when valid). */
export function xsdErrorsMany(xmls: readonly string[]): string[] {
  if (xmls.length === 0) return []
  const folder = mkdtempSync(join(tmpdir(), 'nav-xsd-'))
  try {
    const files = xmls.map((xml, i) => {
      const file = join(folder, `${String(i)}.xml`)
      writeFileSync(file, xml)
      return file
    })
    let output: string
    try {
      execFileSync('xmllint', ['--nonet', '--noout', '--schema', NAV_XSD, ...files], { stdio: 'pipe' })
      return xmls.map(() => '')
    } catch (error) {
      output = String((error as { stderr?: Buffer }).stderr ?? error)
    }
    return files.map((file) =>
      output
        .split('\n')
        .filter((line) => line.startsWith(`${file}:`) && !line.endsWith(' validates'))
        .join('\n')
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
