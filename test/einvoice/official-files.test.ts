/**
 * Every official EN 16931 example of the CEN repository (validation-1.3.16: 19 UBL, 15 CII; issue 11
 * names all 34) is vendored unchanged in test/standards/en16931/examples and passes our validator
 * runner (UBL 2.1 / CII D16B schemas and the official schematron) with no fatal finding. This pins
 * the runner on the whole official set: a runner that misread a syntax, a schema or the SVRL would
 * fail here before it could pass our own files wrongly. The SHA-256 of each file is the one the
 * CEN copy's provenance list records (SHA256SUMS), so the files are the official ones.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { describeFatal, validateEn16931, type ValidationReport } from '../support/en16931'

const STANDARDS = join(import.meta.dirname, '../standards/en16931')
const EXAMPLES = join(STANDARDS, 'examples')

/** The official example files, as the CEN repository names them. */
const names = readdirSync(EXAMPLES)
  .filter((n) => /\.xml$/i.test(n))
  .sort()

/** The runner takes plain names: "FT G2G_TD01 con Allegato, ….xml" becomes "FT_G2G_TD01_con_Allegato__….xml". */
const plain = (name: string) => `${name.replace(/\.xml$/i, '').replace(/[^\w.-]/g, '_')}.xml`

const recorded = new Map(
  readFileSync(join(STANDARDS, 'SHA256SUMS'), 'utf8')
    .split('\n')
    .filter((line) => line.includes('  ./examples/'))
    .map((line) => {
      const [sum, path] = line.split('  ./examples/')
      return [path, sum] as const
    })
)

let reports = new Map<string, ValidationReport>()

beforeAll(() => {
  const files = names.map((name) => ({ name: plain(name), xml: readFileSync(join(EXAMPLES, name), 'utf8') }))
  reports = new Map(validateEn16931(files).map((r) => [r.name, r]))
}, 300_000)

describe('the official EN 16931 examples and our validator runner', () => {
  it('holds all 34 official examples, unchanged', () => {
    expect(names).toHaveLength(34)
    const roots = names.map((name) => {
      const xml = readFileSync(join(EXAMPLES, name), 'utf8')
      return /<(?:\w+:)?(Invoice|CreditNote|CrossIndustryInvoice)[\s>]/.exec(xml)?.[1]
    })
    expect({
      ubl: roots.filter((r) => r === 'Invoice' || r === 'CreditNote').length,
      cii: roots.filter((r) => r === 'CrossIndustryInvoice').length,
      creditNotes: roots.filter((r) => r === 'CreditNote').length
    }).toEqual({ ubl: 19, cii: 15, creditNotes: 1 })
    for (const name of names) {
      const sum = createHash('sha256')
        .update(readFileSync(join(EXAMPLES, name)))
        .digest('hex')
      expect(sum, name).toBe(recorded.get(name))
    }
  })

  it.each(names)('%s passes the official rules with no fatal finding', (name) => {
    const report = reports.get(plain(name))
    expect(report, `no report for ${name}`).toBeDefined()
    expect(describeFatal(report as ValidationReport)).toBe('')
    expect(report?.syntax).toBe(name.startsWith('CII') || /cii|XRechnung/.test(name) ? 'CII' : 'UBL')
  })
})
