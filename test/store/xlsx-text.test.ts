/**
 * Issue 10, "Exports": a customer named with U+FFFF made customers.exportXlsx write XML that
 * Excel calls damaged. Every xlsx writer passes its text through one gate (export/xml-text.ts);
 * the export is unzipped and each XML part parsed strictly by xmllint, then read back with
 * exceljs. Text that starts with = + - @ stays a text cell, never a formula.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { xmlSafeText } from '../../src/main/export/xml-text'
import { apiInputs } from '../../src/shared/api'
import { customer, customerQuery, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

/** xmllint reads the part from stdin and exits non-zero on anything XML 1.0 forbids. */
function xmllint(xml: string): { ok: boolean; message: string } {
  const run = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' })
  return { ok: run.status === 0, message: run.stderr }
}

const injections = ['=HYPERLINK("http://evil.example","Click")', '+34 600 000 000', '-2+3', '@SUM(A1:A9)']

describe('xlsx exports carry only what XML can', () => {
  it('a customer named with U+FFFF and U+FFFE exports as well-formed XML, read back without them', async () => {
    // Typed text with U+FFFF is refused at the API now (dispatch), but databases of older versions
    // still hold such names: stored as they were, straight to the handler after the schema.
    const create = desk.api.handlers['customers.create']
    await create(
      apiInputs['customers.create'].parse({
        customer: customer({ name: 'Núñez\uFFFF S.L.\uFFFE', code: 'C-1' })
      })
    )
    for (const [i, name] of injections.entries())
      await desk.call('customers.create', { customer: customer({ name, code: `F-${String(i)}` }) })
    const { offset: _offset, limit: _limit, ...filters } = customerQuery()
    const file = await desk.call('customers.exportXlsx', filters)
    const zip = await JSZip.loadAsync(file.bytes)
    const parts = Object.keys(zip.files).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'))
    expect(parts).toContain('xl/worksheets/sheet1.xml')
    for (const part of parts) {
      const xml = await zip.file(part)?.async('string')
      expect(xml, part).toBeDefined()
      const check = xmllint(xml ?? '')
      expect(check.ok, `${part}: ${check.message}`).toBe(true)
    }

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Customers')
    expect(sheet).toBeDefined()
    const header = new Map<string, number>()
    sheet?.getRow(1).eachCell((cell, col) => header.set(cell.text, col))
    const nameColumn = header.get('Name') ?? 0
    const names = new Map<string, ExcelJS.Cell>()
    sheet?.eachRow((row, n) => {
      if (n > 1) names.set(row.getCell(nameColumn).text, row.getCell(nameColumn))
    })
    expect(names.has('Núñez S.L.')).toBe(true)
    // Formula-looking names are text cells holding exactly what was typed.
    for (const name of injections) {
      const cell = names.get(name)
      expect(cell, name).toBeDefined()
      expect(cell?.type).toBe(ExcelJS.ValueType.String)
      expect(cell?.formula).toBeUndefined()
    }
  })

  it('the gate removes every character XML 1.0 forbids, and only those', () => {
    const forbidden = [
      '\u0000',
      '\u0008',
      '\u000B',
      '\u000C',
      '\u001F',
      '\uFFFE',
      '\uFFFF',
      '\uD800',
      '\uDFFF'
    ]
    for (const c of forbidden) expect(xmlSafeText(`a${c}b`), JSON.stringify(c)).toBe('ab')
    // Allowed: tab, newline, CR, Cyrillic, ő, a whole surrogate pair (an emoji), U+FFFD.
    const allowed = 'Tab\there\nline\rЖ ő 😀 \uFFFD ŀl'
    expect(xmlSafeText(allowed)).toBe(allowed)
    // What remains is well-formed XML text by xmllint's own judgement.
    const all = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).join('')
    const cleaned = xmlSafeText(all).replace(/&/g, '&amp;').replace(/</g, '&lt;')
    expect(xmllint(`<t>${cleaned}</t>`).ok).toBe(true)
  })

  it('every sheet.addRow in the main process goes through the gate', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (path.endsWith('.ts')) files.push(path)
      }
    }
    walk('src/main')
    const ungated = files.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/\.addRow\((?!\s*xlsxRow\()/g)].map(() => path)
    )
    expect(ungated).toEqual([])
  })
})
