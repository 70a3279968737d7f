/** Validates NAV XML with xmllint against the vendored official XSDs (test/standards/nav). */
import { execFileSync } from 'node:child_process'
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
