/**
 * Runs the official EN 16931 validation (CEN schematron 1.3.16 compiled to XSLT, plus the UBL 2.1
 * and CII D16B schemas) on many files at once: one xmllint call per schema and one Saxon-HE batch
 * per syntax, because a JVM start costs about a second. The artefacts are vendored in
 * test/standards/en16931 (see SOURCE.md there).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

const STANDARDS = join(import.meta.dirname, '..', 'standards', 'en16931')
const SAXON_JAR = process.env.SAXON_JAR ?? '/usr/share/java/Saxon-HE.jar'
const SCHEMAS = {
  Invoice: join(STANDARDS, 'ubl/schema/UBL-2.1/xsd/maindoc/UBL-Invoice-2.1.xsd'),
  CreditNote: join(STANDARDS, 'ubl/schema/UBL-2.1/xsd/maindoc/UBL-CreditNote-2.1.xsd'),
  CrossIndustryInvoice: join(STANDARDS, 'cii/schema/CrossIndustryInvoice_100pD16B.xsd')
} as const
const XSLT = {
  UBL: join(STANDARDS, 'ubl/xslt/EN16931-UBL-validation.xslt'),
  CII: join(STANDARDS, 'cii/xslt/EN16931-CII-validation.xslt')
} as const

export interface Finding {
  rule: string
  location: string
  text: string
}

export interface ValidationReport {
  name: string
  syntax: 'UBL' | 'CII'
  /** XSD errors and schematron asserts flagged fatal (or with any flag other than warning). */
  fatal: Finding[]
  warnings: Finding[]
}

function rootOf(xml: string): keyof typeof SCHEMAS {
  if (/<!DOCTYPE/i.test(xml)) throw new Error('DOCTYPE declarations are refused (XXE guard)')
  const match = /<(?:[A-Za-z_][\w.-]*:)?(Invoice|CreditNote|CrossIndustryInvoice)[\s>]/.exec(xml)
  if (!match) throw new Error('Not a UBL Invoice/CreditNote or a CII CrossIndustryInvoice')
  return match[1] as keyof typeof SCHEMAS
}

const svrlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  isArray: (name) => name === 'failed-assert'
})

interface FailedAssert {
  id?: string
  flag?: string
  location?: string
  text?: string | { '#text'?: string }
}

/** Validates every file; names must be unique plain file names ending in .xml. */
export function validateEn16931(files: readonly { name: string; xml: string }[]): ValidationReport[] {
  const work = mkdtempSync(join(tmpdir(), 'salesdesk-en16931-'))
  try {
    const reports = new Map<string, ValidationReport>()
    const bySchema = new Map<keyof typeof SCHEMAS, string[]>()
    for (const { name, xml } of files) {
      if (!/^[\w.-]+\.xml$/.test(name) || reports.has(name))
        throw new Error(`Bad or repeated file name ${name}`)
      const root = rootOf(xml)
      const syntax = root === 'CrossIndustryInvoice' ? 'CII' : 'UBL'
      const folder = join(work, `in-${syntax}`)
      mkdirSync(folder, { recursive: true })
      writeFileSync(join(folder, name), xml)
      reports.set(name, { name, syntax, fatal: [], warnings: [] })
      bySchema.set(root, [...(bySchema.get(root) ?? []), join(folder, name)])
    }

    for (const [root, paths] of bySchema) {
      const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMAS[root], ...paths], {
        encoding: 'utf8'
      })
      if (run.error) throw run.error
      for (const line of run.stderr.split('\n')) {
        const match = /^(.*?\/)([\w.-]+\.xml):(\d+): (.*error.*)$/.exec(line)
        if (!match) continue
        reports.get(match[2])?.fatal.push({ rule: 'XSD', location: `line ${match[3]}`, text: match[4] })
      }
    }

    for (const syntax of ['UBL', 'CII'] as const) {
      const input = join(work, `in-${syntax}`)
      const output = join(work, `svrl-${syntax}`)
      if (![...reports.values()].some((r) => r.syntax === syntax)) continue
      mkdirSync(output)
      execFileSync(
        'java',
        [
          '-XX:TieredStopAtLevel=1',
          '-XX:+UseSerialGC',
          '-Xss8m',
          '-cp',
          SAXON_JAR,
          'net.sf.saxon.Transform',
          `-s:${input}`,
          `-xsl:${XSLT[syntax]}`,
          `-o:${output}`
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] }
      )
      for (const file of readdirSync(output)) {
        const report = reports.get(file)
        if (!report) continue
        const svrl = svrlParser.parse(readFileSync(join(output, file), 'utf8')) as {
          'schematron-output'?: { 'failed-assert'?: FailedAssert[] }
        }
        for (const assert of svrl['schematron-output']?.['failed-assert'] ?? []) {
          const finding = {
            rule: assert.id ?? '?',
            location: assert.location ?? '',
            text: typeof assert.text === 'string' ? assert.text : (assert.text?.['#text'] ?? '')
          }
          if (assert.flag === 'warning') report.warnings.push(finding)
          else report.fatal.push(finding)
        }
      }
    }
    return [...reports.values()]
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** One line per fatal finding, for a readable test failure. */
export function describeFatal(report: ValidationReport): string {
  return report.fatal.map((f) => `${report.name}: [${f.rule}] ${f.location} ${f.text}`).join('\n')
}
