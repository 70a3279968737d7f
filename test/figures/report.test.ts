/**
 * The weekly report files and the sent-report archive, on the turn-of-the-year scenario:
 * the Excel workbook read back with exceljs (numbers, dates, formulas, formats, frozen and
 * filtered header, print set-up) and converted by LibreOffice headless, the PDF read back with
 * pdftotext, and a sent report that keeps its figures and bytes when an invoice is credited later.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileResult } from '../../src/shared/schemas/common'
import type { FiguresRow } from '../../src/shared/schemas/figures'
import { printFormat } from '../../src/main/pdf/format'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { buildScenario, type Scenario } from './scenario'
import { line } from '../documents/helpers'
import { required } from '../../src/shared/required'
import { pdfText } from '../support/pdf-text'

let desk: TestDesk
let scenario: Scenario
const WEEK = '2026-W53'

beforeAll(async () => {
  desk = await openTestDesk()
  scenario = await buildScenario(desk)
  desk.clock.set(new Date('2027-01-13T09:00:00Z'))
  // A quarter target for Ágnes and a week target for Boris (per week: quarter × 4 / 52).
  await desk.call('targets.set', {
    target: {
      executiveId: scenario.a,
      metric: 'revenue',
      period: 'quarter',
      value: 1_300_000,
      validFrom: '2026-10-01'
    }
  })
  await desk.call('targets.set', {
    target: {
      executiveId: scenario.b,
      metric: 'revenue',
      period: 'week',
      value: 40_000,
      validFrom: '2026-10-01'
    }
  })
  await desk.call('targets.set', {
    target: {
      executiveId: scenario.a,
      metric: 'calls_per_day',
      period: 'week',
      value: 10,
      validFrom: '2026-12-01'
    }
  })
})
afterAll(() => desk.close())

async function workbookOf(file: FileResult): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  return workbook
}

const formulaOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).formula
/** A formula's stored result (exceljs leaves a result of 0 out of the file). */
const resultOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).result ?? 0

/** RFC 4180 CSV as LibreOffice writes it (quoted text, doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      cells.push(cell)
      rows.push(cells)
      cells = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell)
    rows.push(cells)
  }
  return rows
}

const row = (rows: FiguresRow[], id: number) =>
  required(
    rows.find((r) => r.executiveId === id),
    'rows.find((r) => r.executiveId === id)'
  )

describe('the weekly report in Excel', () => {
  it('has one Summary row per executive with real numbers, targets, formulas and the team total', async () => {
    const figures = await desk.call('weekly.figures', { week: WEEK })
    const file = await desk.call('weekly.report', { week: WEEK, format: 'xlsx' })
    expect(file.fileName).toBe(`weekly-report-${WEEK}.xlsx`)
    const workbook = await workbookOf(file)
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Trend',
      'Invoices',
      'Corrections',
      'New customers',
      'Open estimates',
      'Overdue invoices',
      'Complaints'
    ])
    const summary = required(workbook.getWorksheet('Summary'), 'sheet Summary')
    expect(summary.getRow(1).getCell(2).value).toBe('Invoiced')
    expect(summary.getRow(1).getCell(4).value).toBe('Revenue')
    const names = figures.rows.map((_, i) => summary.getRow(i + 2).getCell(1).value)
    expect(names).toContain('Ágnes Szőke')
    expect(names).toContain('Борис Петров')
    expect(names).toContain('Carles Puig (left)')

    for (const [i, r] of figures.rows.entries()) {
      const excel = summary.getRow(i + 2)
      expect(excel.getCell(2).value, `invoiced by ${r.name}`).toBe(r.invoicedCents / 100)
      expect(excel.getCell(3).value, `corrections of ${r.name}`).toBe(r.correctionsCents / 100)
      expect(formulaOf(excel.getCell(4))).toBe(`B${i + 2}+C${i + 2}`)
      expect(resultOf(excel.getCell(4)), `revenue of ${r.name}`).toBe(r.revenueCents / 100)
      expect(excel.getCell(2).numFmt).toBe('#,##0.00')
      expect(excel.getCell(9).value).toBe(r.invoiceCount)
      expect(excel.getCell(24).value).toBe(r.activity.calls)
    }
    // Ágnes: 1 300 000 cents a quarter = 100 000 cents a week. Carles's credit note was issued in
    // 2027-W02: it is a correction of that week, not of this one.
    const agnesRow = figures.rows.findIndex((r) => r.executiveId === scenario.a) + 2
    expect(summary.getCell(`E${agnesRow}`).value).toBe(1_000)
    expect(formulaOf(summary.getCell(`F${agnesRow}`))).toBe(`D${agnesRow}-E${agnesRow}`)
    expect(resultOf(summary.getCell(`F${agnesRow}`))).toBeCloseTo(
      (row(figures.rows, scenario.a).revenueCents - 100_000) / 100,
      6
    )
    expect(formulaOf(summary.getCell(`G${agnesRow}`))).toContain(`D${agnesRow}/E${agnesRow}`)
    expect(summary.getCell(`G${agnesRow}`).numFmt).toBe('0.0%')
    expect(summary.getCell(`Y${agnesRow}`).value).toBe(50) // 10 calls a day × 5
    const carlesRow = figures.rows.findIndex((r) => r.executiveId === scenario.c) + 2
    expect(resultOf(summary.getCell(`D${carlesRow}`))).toBe(scenario.invoiceC.netCents / 100)

    const total = summary.getRow(figures.rows.length + 2)
    expect(total.getCell(1).value).toBe('Team total')
    expect(formulaOf(total.getCell(2))).toBe(`SUM(B2:B${figures.rows.length + 1})`)
    expect(formulaOf(total.getCell(4))).toBe(`B${figures.rows.length + 2}+C${figures.rows.length + 2}`)
    expect(resultOf(total.getCell(4))).toBeCloseTo(figures.team.revenueCents / 100, 6)
    expect(resultOf(total.getCell(5))).toBeCloseTo(1_000 + 400, 6)
    expect(total.font.bold).toBe(true)

    // Frozen, filtered header; landscape, one page wide, header row repeated.
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(summary.autoFilter).toBeTruthy()
    expect(summary.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      printTitlesRow: '1:1'
    })
    // % of target coloured by conditional formatting.
    expect(
      (summary as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length
    ).toBeGreaterThan(0)
  })

  it('lists the week’s invoices with dates as dates, and the corrections in the week they are issued', async () => {
    const workbook = await workbookOf(await desk.call('weekly.report', { week: WEEK, format: 'xlsx' }))
    const invoices = required(workbook.getWorksheet('Invoices'), 'sheet Invoices')
    const numbers: string[] = []
    invoices.eachRow((r, n) => {
      if (n > 1) numbers.push(r.getCell(1).text)
    })
    expect(numbers).toContain(scenario.invoiceC.number)
    expect(numbers[numbers.length - 1]).toBe('Total')
    const at = numbers.indexOf(required(scenario.invoiceC.number, 'scenario.invoiceC.number')) + 2
    const date = invoices.getCell(`B${at}`).value
    expect(date).toBeInstanceOf(Date)
    expect((date as Date).toISOString().slice(0, 10)).toBe('2026-12-31')
    expect(invoices.getCell(`F${at}`).value).toBe('EUR')
    expect(invoices.getCell(`G${at}`).value).toBe(scenario.invoiceC.netCents / 100)
    expect(invoices.getCell(`I${at}`).value).toBe(scenario.invoiceC.netCents / 100)
    // No note was issued in W53; W02 lists the credit note and the debit note as corrections.
    const none = required(workbook.getWorksheet('Corrections'), 'sheet Corrections')
    expect(none.getCell('A2').value).toBe('Corrections of revenue')
    const w02 = await workbookOf(await desk.call('weekly.report', { week: '2027-W02', format: 'xlsx' }))
    const notes = required(w02.getWorksheet('Corrections'), 'sheet Corrections')
    expect(notes.getCell('A2').value).toBe(scenario.creditNote.number)
    expect(notes.getCell('C2').value).toBe('Credit note')
    expect(notes.getCell('D2').value).toBe(scenario.invoiceC.number)
    expect(notes.getCell('J2').value).toBe(-scenario.creditNote.netCents / 100)
    expect(notes.getCell('C3').value).toBe('Debit note: price correction')
    expect(notes.getCell('J3').value).toBe(15)
    expect(notes.getCell('A4').value).toBe('Corrections of revenue')
    expect(resultOf(notes.getCell('J4'))).toBeCloseTo((1_500 - scenario.creditNote.netCents) / 100, 6)
  })

  it('opens in LibreOffice (headless) and shows the same figures', async () => {
    const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim()
    expect(
      soffice,
      'LibreOffice is not installed: apt-get install -y libreoffice-calc-nogui (.ci/run does)'
    ).not.toBe('')
    const figures = await desk.call('weekly.figures', { week: WEEK })
    const file = await desk.call('weekly.report', { week: WEEK, format: 'xlsx' })
    const folder = desk.folder.file('libreoffice')
    mkdirSync(folder, { recursive: true })
    const input = join(folder, file.fileName)
    writeFileSync(input, file.bytes)
    const profile = `file://${join(folder, 'profile')}`
    // The Summary sheet (the first) as CSV: UTF-8 (76), comma separated, values as shown.
    const converted = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1',
        '--outdir',
        folder,
        input
      ],
      { encoding: 'utf8', timeout: 120_000 }
    )
    expect(converted.status, converted.stderr).toBe(0)
    expect(readdirSync(folder)).toContain(`weekly-report-${WEEK}.csv`)
    const csv = readFileSync(join(folder, `weekly-report-${WEEK}.csv`), 'utf8')
    const rows = parseCsv(csv)
    expect(rows[0].slice(0, 7)).toEqual([
      'Sales executive',
      'Invoiced',
      'Corrections (credit/debit notes issued this week)',
      'Revenue',
      'Revenue target',
      'Variance',
      '% of target'
    ])
    const byName = new Map(rows.map((r) => [r[0], r]))
    const money = (cents: number) =>
      (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    const agnes = byName.get('Ágnes Szőke')
    expect(agnes, csv).toBeDefined()
    const agnesFigures = row(figures.rows, scenario.a)
    expect(required(agnes, 'agnes')[3]).toBe(money(agnesFigures.revenueCents))
    expect(required(agnes, 'agnes')[4]).toBe('1,000.00')
    expect(required(agnes, 'agnes')[23]).toBe(String(agnesFigures.activity.calls))
    expect(required(byName.get('Борис Петров'), 'column Борис Петров')[3]).toBe(
      money(row(figures.rows, scenario.b).revenueCents)
    )
    expect(required(byName.get('Carles Puig (left)'), 'column Carles Puig (left)')[3]).toBe(
      money(row(figures.rows, scenario.c).revenueCents)
    )
    const total = byName.get('Team total')
    expect(required(total, 'total')[3]).toBe(money(figures.team.revenueCents))
    expect(required(total, 'total')[4]).toBe('1,400.00')
  }, 180_000)
})

describe('the weekly report in PDF', () => {
  it('carries the summary, names in every script and the team total', async () => {
    const figures = await desk.call('weekly.figures', { week: WEEK })
    const file = await desk.call('weekly.report', { week: WEEK, format: 'pdf' })
    expect(file.mimeType).toBe('application/pdf')
    const text = pdfText(file.bytes)
    const settings = await desk.call('settings.get', {})
    const f = printFormat(settings.documents.printLocale)
    expect(text).toContain(WEEK)
    for (const name of ['Ágnes Szőke', 'Борис Петров', 'Carles Puig']) expect(text).toContain(name)
    expect(text).toContain(f.money(figures.team.revenueCents))
    expect(text).toContain(f.money(row(figures.rows, scenario.c).revenueCents))
    expect(text).toContain(required(scenario.invoiceC.number, 'scenario.invoiceC.number'))
  })

  it('prints on the company paper (A4 or Letter, landscape), every page, with the same figures', async () => {
    const figures = await desk.call('weekly.figures', { week: WEEK })
    const settings = await desk.call('settings.get', {})
    const f = printFormat(settings.documents.printLocale)
    const dir = mkdtempSync(join(tmpdir(), 'weekly-paper-'))
    /** Every page's size as pdfinfo reads it back ("841.89 x 595.28"), and the text. */
    const readBack = (bytes: Uint8Array, name: string) => {
      const path = join(dir, name)
      writeFileSync(path, bytes)
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1])
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), path], { encoding: 'utf8' })
      const sizes = Array.from(info.matchAll(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/g), (m) => m[1])
      return { pages, sizes, text: pdfText(bytes) }
    }
    try {
      expect(settings.documents.paperSize).toBe('A4')
      const a4 = readBack((await desk.call('weekly.report', { week: WEEK, format: 'pdf' })).bytes, 'a4.pdf')
      expect(a4.pages).toBeGreaterThan(2)
      expect(a4.sizes).toEqual(Array<string>(a4.pages).fill('841.89 x 595.28'))
      // Numbered at the foot as the printed documents are: "Page 2 of 3".
      for (let page = 1; page <= a4.pages; page++) expect(a4.text).toContain(`Page ${page} of ${a4.pages}`)

      await desk.call('settings.update', {
        settings: { ...settings, documents: { ...settings.documents, paperSize: 'Letter' } }
      })
      const letter = readBack(
        (await desk.call('weekly.report', { week: WEEK, format: 'pdf' })).bytes,
        'letter.pdf'
      )
      expect(letter.sizes).toEqual(Array<string>(letter.pages).fill('792 x 612'))
      // The narrower page still carries the summary, the names and the team total.
      expect(letter.text).toContain(f.money(figures.team.revenueCents))
      for (const name of ['Ágnes Szőke', 'Борис Петров', 'Carles Puig']) expect(letter.text).toContain(name)
      expect(letter.text).toContain(required(scenario.invoiceC.number, 'scenario.invoiceC.number'))
    } finally {
      await desk.call('settings.update', { settings })
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('sent reports', () => {
  it('archives both files with the week, reopens them byte for byte, and says what changed since', async () => {
    desk.clock.set(new Date('2027-01-13T10:00:00Z'))
    const w01 = '2027-W01'
    const before = await desk.call('weekly.figures', { week: w01 })
    const sent = await desk.call('weekly.markSent', { week: w01 })
    expect(sent).toMatchObject({ week: w01, sentAt: '2027-01-13T10:00:00.000Z', sentBy: desk.actor })
    expect(sent.xlsxBytes).toBeGreaterThan(1000)
    expect(sent.pdfBytes).toBeGreaterThan(1000)
    expect((await desk.call('weekly.sentReports', { week: w01 })).map((r) => r.id)).toEqual([sent.id])
    expect((await desk.call('weekly.sentReports', { week: null })).map((r) => r.id)).toContain(sent.id)
    const xlsx = await desk.call('weekly.sentReportFile', { id: sent.id, format: 'xlsx' })
    const pdf = await desk.call('weekly.sentReportFile', { id: sent.id, format: 'pdf' })
    expect(xlsx.bytes.length).toBe(sent.xlsxBytes)
    expect(pdf.bytes.length).toBe(sent.pdfBytes)
    expect(pdfText(pdf.bytes)).toContain(
      printFormat((await desk.call('settings.get', {})).documents.printLocale).money(before.team.revenueCents)
    )

    const unchanged = await desk.call('weekly.dashboard', { week: w01 })
    expect(unchanged.sent).toMatchObject({ changed: false, changes: [] })

    // Boris's 2027-01-04 invoice is credited in full two weeks later: a correction of that later
    // week, so W01 as sent stays true.
    desk.clock.set(new Date('2027-01-20T09:00:00Z'))
    const invoiceId = (
      desk.store.sqlite
        .prepare("select id from documents where type = 'invoice' and issue_date = '2027-01-04'")
        .get() as { id: number }
    ).id
    const invoice = await desk.call('documents.get', { id: invoiceId })
    const credit = await desk.call('invoices.createCreditNote', {
      invoiceId,
      reason: 'Cancelled',
      lines: invoice.lines.map((l) => ({ lineId: l.id, quantityMilli: l.quantityMilli }))
    })
    await desk.call('documents.issue', { id: credit.id, issueDate: '2027-01-20' })
    expect((await desk.call('weekly.dashboard', { week: w01 })).sent).toMatchObject({ changed: false })
    const w03 = await desk.call('weekly.figures', { week: '2027-W03' })
    expect(w03.team.correctionsCents).toBe(-invoice.netCents)

    // An order dated back into W01, issued now, does change it, and is named as the cause.
    const orderDraft = await desk.call('documents.createDraft', {
      document: {
        type: 'order',
        customerId: invoice.customerId,
        issueDate: null,
        validUntil: null,
        promisedDate: null,
        paymentInstructions: '',
        notes: '',
        reason: '',
        lines: [line({ quantityMilli: 2_000, unitPriceCents: 12_300 })]
      }
    })
    const order = await desk.call('documents.issue', { id: orderDraft.id, issueDate: '2027-01-06' })
    const dashboard = await desk.call('weekly.dashboard', { week: w01 })
    expect(dashboard.sent?.changed).toBe(true)
    const teamOrders = required(dashboard.sent, 'dashboard.sent').changes.find(
      (c) => c.kind === 'team' && c.figure === 'ordersValue'
    )
    expect(teamOrders).toEqual({
      kind: 'team',
      name: before.team.name,
      figure: 'ordersValue',
      sent: before.team.ordersWonCents,
      now: before.team.ordersWonCents + order.netCents
    })
    expect(required(dashboard.sent, 'dashboard.sent').causes).toContainEqual(
      expect.objectContaining({ type: 'order', number: order.number, effectCents: order.netCents })
    )

    // The archive still holds the files as sent.
    const again = await desk.call('weekly.sentReportFile', { id: sent.id, format: 'xlsx' })
    expect(Buffer.from(again.bytes).equals(Buffer.from(xlsx.bytes))).toBe(true)
    const sentSummary = required(
      (await workbookOf(again)).getWorksheet('Summary'),
      "(await workbookOf(again)).getWorksheet('Summary')"
    )
    const fresh = required(
      (await workbookOf(await desk.call('weekly.report', { week: w01, format: 'xlsx' }))).getWorksheet(
        'Summary'
      ),
      "( await workbookOf(await desk.call('weekly.repo"
    )
    const ordersOf = (sheet: ExcelJS.Worksheet) => resultOf(sheet.getRow(before.rows.length + 2).getCell(11))
    expect(ordersOf(sentSummary)).toBeCloseTo(before.team.ordersWonCents / 100, 6)
    expect(ordersOf(fresh)).toBeCloseTo((before.team.ordersWonCents + order.netCents) / 100, 6)

    const missing = await desk.fail('weekly.sentReportFile', { id: 99_999, format: 'pdf' })
    expect(missing.code).toBe('not_found')

    // The store itself refuses to change or delete a sent report.
    expect(() =>
      desk.store.sqlite.prepare("update weekly_reports set xlsx = x'00' where id = ?").run(sent.id)
    ).toThrow(/cannot be changed/)
    expect(() => desk.store.sqlite.prepare('delete from weekly_reports where id = ?').run(sent.id)).toThrow(
      /cannot be deleted/
    )
  })
})

describe("a year's invoice lines to Excel", () => {
  it('writes every line of the invoices issued that year, typed, in date order', async () => {
    const file = await desk.call('weekly.invoiceLinesXlsx', { year: 2026 })
    expect(file.fileName).toBe('invoice-lines-2026.xlsx')
    const sheet = required(
      (await workbookOf(file)).getWorksheet('Invoice lines'),
      "(await workbookOf(file)).getWorksheet('Invoice "
    )
    const expected = desk.store.sqlite
      .prepare(
        `select d.number, d.issue_date, l.net_cents from documents d join document_lines l on l.document_id = d.id
         where d.type = 'invoice' and d.status = 'issued' and d.issue_date like '2026-%' order by d.issue_date, d.id, l.position`
      )
      .all() as Array<{ number: string; issue_date: string; net_cents: number }>
    expect(expected.length).toBeGreaterThan(3)
    expect(sheet.rowCount).toBe(expected.length + 1)
    expect(sheet.getRow(1).getCell(1).value).toBe('Invoice')
    expected.forEach((line, i) => {
      const row = sheet.getRow(i + 2)
      expect(row.getCell(1).value).toBe(line.number)
      expect((row.getCell(2).value as Date).toISOString().slice(0, 10)).toBe(line.issue_date)
      expect(row.getCell(14).value).toBe(line.net_cents / 100)
    })
    expect(sheet.getRow(2).getCell(14).numFmt).toBe('#,##0.00')
    // 2027's invoices stay out; a year without invoices gives just the header.
    const empty = required(
      (await workbookOf(await desk.call('weekly.invoiceLinesXlsx', { year: 2030 }))).getWorksheet(
        'Invoice lines'
      ),
      "(await workbookOf(await desk.call('weekly.invoi"
    )
    expect(empty.rowCount).toBe(1)
  })
})
