/**
 * Issue 10, "Exports": a customer named with U+FFFF made customers.exportXlsx write XML that
 * Excel calls damaged. Every xlsx writer passes its text through one gate (export/xml-text.ts);
 * the export is unzipped and each XML part parsed strictly by xmllint, then read back with
 * exceljs. Text that starts with = + - @ stays a text cell, never a formula.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { parse as parseCsv } from 'csv-parse/sync'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { xlsxRow, xmlSafeText } from '../../src/main/export/xml-text'
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
      [...readFileSync(path, 'utf8').matchAll(/\.addRow\((?!\s*xlsx(Inline)?Row\()/g)].map(() => path)
    )
    expect(ungated).toEqual([])
    // A workbook streamed without shared strings takes the inline gate, one with them the shared one
    // (exceljs's shared strings would merge every rich-text cell into one).
    const wrongGate = files.filter((path) => {
      const text = readFileSync(path, 'utf8')
      const streamed = /streamWorkbook\(|WorkbookWriter\(/.test(text)
      return streamed ? /\bxlsxRow\(/.test(text) : /\.addRow\(\s*xlsxInlineRow\(/.test(text)
    })
    expect(wrongGate).toEqual([])
  })
})

describe("text shaped like Excel's _xHHHH_ escapes reads back as written", () => {
  // Excel decodes `_xHHHH_` in cell text (ECMA-376 ST_Xstring, the type of shared strings and of
  // a cell's <v>): unescaped, a customer named "_x0041_" came back as "A", in Excel and in our own
  // importer (imports/table.ts decodes as Excel does).
  const names = [
    '_x0041_',
    '_x005F_',
    '_x12_',
    'Ferretería Núñez S.L.',
    '_x0041_x0042_',
    'Bar _x00e9_ Sol',
    'Ana_x0041_Núñez',
    '_X0041_ upper X',
    '_x004_ three digits',
    '_x00041_ five digits',
    '__x0041__'
  ]

  async function exported(): Promise<Buffer> {
    for (const [i, name] of names.entries())
      await desk.call('customers.create', { customer: customer({ name, code: `X-${String(i)}` }) })
    const { offset: _offset, limit: _limit, ...filters } = customerQuery()
    return Buffer.from((await desk.call('customers.exportXlsx', filters)).bytes)
  }

  /** A workbook with shared strings (the weekly report, the templates), its one row through the gate. */
  async function sharedStringsWorkbook(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Names').addRow(xlsxRow(names))
    return Buffer.from(await workbook.xlsx.writeBuffer())
  }

  it('the gate escapes the underscore that starts one, as Excel writes it, and nothing else', () => {
    expect(xmlSafeText('_x0041_')).toBe('_x005F_x0041_')
    expect(xmlSafeText('_x0041_x0042_')).toBe('_x005F_x0041_x005F_x0042_')
    expect(xmlSafeText('a_x00e9_b')).toBe('a_x005F_x00e9_b')
    // LibreOffice decodes fewer digits too: escaped, it reads back as typed everywhere.
    expect(xmlSafeText('_x4_')).toBe('_x005F_x4_')
    for (const plain of ['_X0041_', '_xg041_', '_x0041', 'x0041_', 'snake_case_x', '_x_'])
      expect(xmlSafeText(plain)).toBe(plain)
  })

  it('exceljs, which decodes shared strings like Excel, reads each name back as typed', async () => {
    // The check that it decodes: an unescaped "_x0041_" comes back as "A".
    const raw = new ExcelJS.Workbook()
    raw.addWorksheet('Raw').addRow(['_x0041_'])
    const rawRead = new ExcelJS.Workbook()
    await rawRead.xlsx.load(await raw.xlsx.writeBuffer())
    expect(rawRead.getWorksheet('Raw')?.getCell('A1').text).toBe('A')

    const read = new ExcelJS.Workbook()
    await read.xlsx.load((await sharedStringsWorkbook()) as unknown as ArrayBuffer)
    const row = read.getWorksheet('Names')?.getRow(1)
    expect(names.map((_, i) => row?.getCell(i + 1).text)).toEqual(names)
  })

  /** The workbook converted to CSV by LibreOffice (headless), as rows of cells. */
  function libreOfficeRows(file: Buffer, name: string): string[][] {
    const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim()
    expect(soffice, 'LibreOffice is not installed: apt-get install -y libreoffice-calc-nogui').not.toBe('')
    const folder = desk.folder.file('libreoffice')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, `${name}.xlsx`), file)
    const converted = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(folder, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1',
        '--outdir',
        folder,
        join(folder, `${name}.xlsx`)
      ],
      { encoding: 'utf8', timeout: 120_000 }
    )
    expect(converted.status, converted.stderr).toBe(0)
    return parseCsv(readFileSync(join(folder, `${name}.csv`), 'utf8'), {})
  }

  it('LibreOffice (headless, to CSV) reads each name back as typed', async () => {
    expect(libreOfficeRows(await sharedStringsWorkbook(), 'names')[0]).toEqual(names)
  })

  it('a list export holds each name in a form Excel, exceljs and LibreOffice all decode, and our own customer import takes it back as typed', async () => {
    const file = await exported()
    // List exports stream their text as a cell's <v> (t="str", no shared strings, for CPU and
    // memory), where exceljs and LibreOffice do not decode `_xHHHH_`: a name holding one is an
    // inline string's rich-text run, which all three decode; every other text stays a <v>.
    const sheetXml =
      (await (await JSZip.loadAsync(file)).file('xl/worksheets/sheet1.xml')?.async('string')) ?? ''
    expect(sheetXml).toContain('<is><r><t>_x005F_x0041_x005F_x0042_</t></r></is>')
    expect(sheetXml).toContain('<is><r><t>_x005F_x12_</t></r></is>')
    expect(sheetXml).toContain('t="str"><v>Ferretería Núñez S.L.</v>')
    expect(sheetXml).not.toMatch(/<v>[^<]*_x005F_/)
    expect(sheetXml.match(/t="inlineStr"/g)?.length).toBe(names.filter((n) => xmlSafeText(n) !== n).length)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Customers')
    const headings: string[] = []
    sheet?.getRow(1).eachCell((cell, col) => (headings[col - 1] = cell.text))
    const nameColumn = headings.indexOf('Name') + 1
    const exceljsNames: string[] = []
    sheet?.eachRow((row, n) => {
      if (n > 1) exceljsNames.push(row.getCell(nameColumn).text)
    })
    expect(exceljsNames.sort()).toEqual([...names].sort())

    const rows = libreOfficeRows(file, 'customers')
    const libreNames = rows.slice(1).map((row) => row[nameColumn - 1])
    expect(libreNames.sort()).toEqual([...names].sort())

    const other = await openTestDesk()
    try {
      const result = await other.call('imports.apply', {
        kind: 'customers',
        fileName: 'customers.xlsx',
        base64: file.toString('base64'),
        mapping: { name: headings.indexOf('Name') }
      })
      expect(result).toMatchObject({ applied: true, created: names.length, problems: [] })
      const list = await other.call('customers.list', customerQuery({ limit: 50 }))
      expect(list.rows.map((r) => r.name).sort()).toEqual([...names].sort())
    } finally {
      await other.close()
    }
  })
})
