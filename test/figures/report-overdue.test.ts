/**
 * The weekly report's overdue invoices come from the payments area: a partly paid invoice
 * shows what is left, a fully paid one is gone, one whose payment came back is owed in full
 * again (and the re-billed bank fee, a debit note, is listed too), one not yet due at the
 * week's end is left out. Read back with exceljs (dates, numbers, formulas, totals) and
 * pdftotext (the total still owed); the list is the payments area's own overdue list on the
 * week's last day; a sent report keeps the amounts it was sent with after a later payment.
 */
import { execFileSync } from 'node:child_process'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileResult } from '../../src/shared/schemas/common'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { printFormat } from '../../src/main/pdf/format'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { invoiceOf, payment, seedDocuments, type Seeded } from '../payments/helpers'
import { required } from '../../src/shared/required'

const WEEK = '2026-W14' // Monday 30 March – Sunday 5 April 2026
const WEEK_END = '2026-04-05'

let desk: TestDesk
let seed: Seeded
let partly: SalesDocument
let paid: SalesDocument
let returned: SalesDocument
let notYetDue: SalesDocument
let fee: { id: number; number: string; dueDate: string }

const at = (iso: string) => desk.clock.set(new Date(iso))

beforeAll(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk) // the customer pays in 15 days
  at('2026-03-02T09:00:00Z')
  partly = await invoiceOf(desk, seed, 100_00) // due 2026-03-17
  paid = await invoiceOf(desk, seed, 200_00)
  returned = await invoiceOf(desk, seed, 300_00)
  at('2026-03-10T09:00:00Z')
  await desk.call('payments.record', {
    payment: payment(seed, 30_00, {
      paymentDate: '2026-03-10',
      allocations: [{ documentId: partly.id, amountCents: 30_00 }]
    })
  })
  await desk.call('payments.record', {
    payment: payment(seed, 200_00, {
      paymentDate: '2026-03-10',
      allocations: [{ documentId: paid.id, amountCents: 200_00 }]
    })
  })
  const direct = await desk.call('payments.record', {
    payment: payment(seed, 300_00, {
      paymentDate: '2026-03-10',
      method: 'direct_debit',
      allocations: [{ documentId: returned.id, amountCents: 300_00 }]
    })
  })
  // The direct debit comes back on 12 March; the 4.50 bank fee is re-billed (a debit note due 27 March).
  at('2026-03-12T09:00:00Z')
  await desk.call('payments.return', {
    id: direct.id,
    returnDate: '2026-03-12',
    reason: 'insufficient_funds',
    bankFeeCents: 4_50,
    rebill: true,
    note: ''
  })
  const debit = desk.store.sqlite
    .prepare(
      "select id, number, due_date as dueDate from documents where type = 'debit_note' and status = 'issued'"
    )
    .get() as typeof fee
  fee = debit
  at('2026-03-30T09:00:00Z')
  notYetDue = await invoiceOf(desk, seed, 50_00) // due 2026-04-14, after the week
  at('2026-04-06T08:00:00Z')
})
afterAll(() => desk.close())

async function overdueSheet(file: FileResult): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  return required(workbook.getWorksheet('Overdue invoices'), 'sheet Overdue invoices')
}

const formula = (cell: ExcelJS.Cell) => cell.value as ExcelJS.CellFormulaValue
const iso = (cell: ExcelJS.Cell) => (cell.value as Date).toISOString().slice(0, 10)
const pdfText = (bytes: Uint8Array) =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(bytes), encoding: 'utf8' }).replace(
    /[ \t]+/g,
    ' '
  )

describe('overdue invoices in the weekly report', () => {
  it('shows exactly what is still owed after a partial, a full and a returned payment', async () => {
    expect(fee.dueDate).toBe('2026-03-27')
    const sheet = await overdueSheet(await desk.call('weekly.report', { week: WEEK, format: 'xlsx' }))
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Invoice',
      'Date',
      'Due date',
      'Days overdue',
      'Customer no.',
      'Customer',
      'Sales executive',
      'Currency',
      'Total',
      'Credited',
      'Paid',
      'Still owed',
      'Still owed in EUR'
    ])
    const numbers: string[] = []
    sheet.eachRow((r, n) => {
      if (n > 1) numbers.push(r.getCell(1).text)
    })
    // Oldest due first; the fully paid invoice and the one due after the week are not there.
    expect(numbers).toEqual([partly.number, returned.number, fee.number, 'Total'])
    expect(numbers).not.toContain(paid.number)
    expect(numbers).not.toContain(notYetDue.number)

    const expected: Array<[string, number, number, number, string, number]> = [
      // number, total, paid, still owed, due date, days overdue on Sunday 5 April
      [required(partly.number, 'partly.number'), 100, 30, 70, '2026-03-17', 19],
      [required(returned.number, 'returned.number'), 300, 0, 300, '2026-03-17', 19],
      [fee.number, 4.5, 0, 4.5, '2026-03-27', 9]
    ]
    expected.forEach(([number, total, paidUnits, owed, due, days], i) => {
      const r = i + 2
      const row = sheet.getRow(r)
      expect(row.getCell(1).value).toBe(number)
      expect(row.getCell(2).value).toBeInstanceOf(Date)
      expect(iso(row.getCell(3))).toBe(due)
      expect(row.getCell(4).value).toBe(days)
      expect(row.getCell(5).value).toBe('C-000001')
      expect(row.getCell(6).value).toBe('Győri Lőrinc és Fiai Kft.')
      expect(row.getCell(7).value).toBeTruthy() // the customer's executive
      expect(row.getCell(8).value).toBe('EUR')
      expect(row.getCell(9).value).toBe(total)
      expect(row.getCell(10).value).toBe(0)
      expect(row.getCell(11).value).toBe(paidUnits)
      expect(formula(row.getCell(12)).formula).toBe(`I${r}-J${r}-K${r}`)
      expect(formula(row.getCell(12)).result).toBe(owed)
      expect(row.getCell(12).numFmt).toBe('#,##0.00')
      expect(row.getCell(13).value).toBe(owed)
      // Dates as the region writes them: the month in words by default (en-GB).
      expect(row.getCell(3).numFmt).toBe('d mmm yyyy')
    })
    expect(iso(sheet.getCell('B2'))).toBe('2026-03-02')

    const total = sheet.getRow(5)
    expect(total.font.bold).toBe(true)
    // Only the amount in the accounting currency is totalled (currencies are never added).
    expect(formula(total.getCell(13)).formula).toBe('SUM(M2:M4)')
    expect(formula(total.getCell(13)).result).toBeCloseTo(374.5, 6)
    expect(total.getCell(12).value).toBeNull()
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBeTruthy()
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' })
  })

  it('is the payments area’s own overdue list on the week’s last day', async () => {
    const list = await desk.call('receivables.overdue', {
      search: '',
      customerId: null,
      asOf: WEEK_END,
      offset: 0,
      limit: 100
    })
    const sheet = await overdueSheet(await desk.call('weekly.report', { week: WEEK, format: 'xlsx' }))
    expect(list.rows.map((r) => [r.number, r.openCents / 100, r.daysOverdue])).toEqual(
      [2, 3, 4].map((n) => [
        sheet.getRow(n).getCell(1).value,
        formula(sheet.getRow(n).getCell(12)).result,
        sheet.getRow(n).getCell(4).value
      ])
    )
  })

  it('prints the total still owed in the PDF', async () => {
    const text = pdfText((await desk.call('weekly.report', { week: WEEK, format: 'pdf' })).bytes)
    const f = printFormat((await desk.call('settings.get', {})).documents.printLocale)
    const section = text.slice(text.indexOf('Overdue invoices'))
    expect(section).toContain(required(returned.number, 'returned.number'))
    expect(section).toContain(fee.number)
    expect(section).not.toContain(required(paid.number, 'paid.number'))
    const totalLine = section.split('\n').find((l) => l.trim().startsWith('Total '))
    expect(totalLine, section).toBeDefined()
    expect(totalLine).toContain(f.money(374_50))
    expect(section).toContain(`${f.money(70_00)} EUR`)
  })

  it('is as of the week’s end: a payment that comes in afterwards changes neither the sent report nor a rerun', async () => {
    const sent = await desk.call('weekly.markSent', { week: WEEK })
    at('2026-04-08T09:00:00Z')
    await desk.call('payments.record', {
      payment: payment(seed, 70_00, {
        paymentDate: '2026-04-08',
        allocations: [{ documentId: partly.id, amountCents: 70_00 }]
      })
    })
    const owedOf = (sheet: ExcelJS.Worksheet) => formula(sheet.getRow(sheet.rowCount).getCell(13)).result
    const archived = await overdueSheet(
      await desk.call('weekly.sentReportFile', { id: sent.id, format: 'xlsx' })
    )
    expect(owedOf(archived)).toBeCloseTo(374.5, 6)
    const fresh = await overdueSheet(await desk.call('weekly.report', { week: WEEK, format: 'xlsx' }))
    const numbers = (sheet: ExcelJS.Worksheet) => [2, 3, 4].map((n) => sheet.getRow(n).getCell(1).value)
    expect(numbers(fresh)).toEqual(numbers(archived))
    expect(owedOf(fresh)).toBeCloseTo(374.5, 6)
  })
})
