/**
 * The weekly report's overdue section: what was overdue at the week's end per customer and
 * currency (how many, the oldest due date, still owed in the currency and in the accounting
 * currency), the customers owing most first. Expected figures are worked out here from what the
 * test wrote: a partly paid invoice shows what is left, a fully paid one is gone, one whose payment
 * came back is owed in full again (with its re-billed bank fee, a debit note), one not yet due is
 * left out; a HUF invoice at its frozen rate; opening balances (no frozen rate) at the rates
 * table's rate on their issue date, or at the week's end when the table has none that early.
 * Read back with exceljs and pdftotext; a sent report keeps its amounts after a later payment.
 */
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileResult } from '../../src/shared/schemas/common'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { printFormat } from '../../src/main/pdf/format'
import { overdueByCustomer, type OverdueItem } from '../../src/main/figures/report-data'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { invoiceOf, otherCustomer, payment, seedDocuments, type Seeded } from '../payments/helpers'
import { required } from '../../src/shared/required'
import { pdfText } from '../support/pdf-text'

const WEEK = '2026-W14' // Monday 30 March – Sunday 5 April 2026
const WEEK_END = '2026-04-05'

let desk: TestDesk
let seed: Seeded
let partly: SalesDocument
let paid: SalesDocument
let returned: SalesDocument
let notYetDue: SalesDocument
let forint: SalesDocument
let fee: { id: number; number: string; dueDate: string }
let other: { code: string; name: string; invoice: SalesDocument }

const at = (iso: string) => desk.clock.set(new Date(iso))

/** Forint per euro as this test enters them: 400 from 1 March, 410 from 1 April. */
const HUF_PER_EUR = { march: 400, april: 410 }
/** An amount in fillér converted to euro cents at `rate`, rounded half away from zero (amounts are positive). */
const toEuroCents = (filler: number, rate: number) => Math.round(filler / rate)

beforeAll(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk) // the customer pays in 15 days
  at('2026-02-02T09:00:00Z')
  const otherId = await otherCustomer(desk, 'Ferreteria Vidal SL') // pays in 30 days
  const otherInvoice = await invoiceOf(desk, seed, 50_00, { customerId: otherId }) // due 2026-03-04
  const otherRecord = await desk.call('customers.get', { id: otherId })
  other = { code: otherRecord.code, name: otherRecord.name, invoice: otherInvoice }
  at('2026-03-02T09:00:00Z')
  await desk.call('rates.set', {
    rate: { rateDate: '2026-03-01', currency: 'HUF', rate: String(HUF_PER_EUR.march) }
  })
  partly = await invoiceOf(desk, seed, 100_00) // due 2026-03-17
  paid = await invoiceOf(desk, seed, 200_00)
  returned = await invoiceOf(desk, seed, 300_00)
  forint = await invoiceOf(desk, seed, 40_000_00, { currency: 'HUF' }) // 400 Ft/€ frozen: €100.00
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
  // Two forint invoices still open in the previous system: one from before the first forint rate.
  const file = [
    ['Customer', 'Invoice', 'Date', 'Due', 'Currency', 'Open'],
    ['HU12345676', 'OLD-1', '2026-01-15', '2026-02-14', 'HUF', '12500'],
    ['HU12345676', 'OLD-2', '2026-03-05', '2026-03-20', 'HUF', '8200']
  ]
  const imported = await desk.call('imports.apply', {
    kind: 'openingBalances',
    fileName: 'open.csv',
    base64: Buffer.from(file.map((r) => r.join(';')).join('\r\n'), 'utf8').toString('base64'),
    mapping: { customer: 0, number: 1, issueDate: 2, dueDate: 3, currency: 4, amount: 5 },
    check: false
  })
  expect(imported).toMatchObject({ applied: true, created: 2, problems: [] })
  at('2026-04-06T08:00:00Z')
  await desk.call('rates.set', {
    rate: { rateDate: '2026-04-01', currency: 'HUF', rate: String(HUF_PER_EUR.april) }
  })
})
afterAll(() => desk.close())

async function overdueSheet(file: FileResult): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  return required(workbook.getWorksheet('Overdue invoices'), 'sheet Overdue invoices')
}

const formula = (cell: ExcelJS.Cell) => cell.value as ExcelJS.CellFormulaValue
const iso = (cell: ExcelJS.Cell) => (cell.value as Date).toISOString().slice(0, 10)
const daysTo = (due: string, day: string) => Math.round((Date.parse(day) - Date.parse(due)) / 86_400_000)

interface Expected {
  code: string
  currency: string
  items: Array<{ due: string; open: number; euroCents: number }>
}

/** The test's own ledger at the week's end: what each customer still owed, item by item. */
function expectedRows(): Expected[] {
  const a = 'C-000001'
  return [
    {
      code: a,
      currency: 'EUR',
      items: [
        { due: '2026-03-17', open: 70_00, euroCents: 70_00 }, // 100 less 30 paid
        { due: '2026-03-17', open: 300_00, euroCents: 300_00 }, // its payment came back
        { due: fee.dueDate, open: 4_50, euroCents: 4_50 } // the bank fee passed on
      ]
    },
    {
      code: a,
      currency: 'HUF',
      items: [
        // Frozen at issue (2 March): 400 Ft/€.
        { due: '2026-03-17', open: 40_000_00, euroCents: toEuroCents(40_000_00, HUF_PER_EUR.march) },
        // Issued 15 January, before the first forint rate: at the rate of the week's end.
        { due: '2026-02-14', open: 12_500_00, euroCents: toEuroCents(12_500_00, HUF_PER_EUR.april) },
        // Issued 5 March: at the rate in force that day.
        { due: '2026-03-20', open: 8_200_00, euroCents: toEuroCents(8_200_00, HUF_PER_EUR.march) }
      ]
    },
    { code: other.code, currency: 'EUR', items: [{ due: '2026-03-04', open: 50_00, euroCents: 50_00 }] }
  ]
}

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0)
const oldest = (e: Expected) => e.items.map((i) => i.due).sort()[0]

describe('the overdue section of the weekly report', () => {
  it('adds up, per customer and currency, exactly what was still owed at the week’s end', async () => {
    expect(fee.dueDate).toBe('2026-03-27')
    const sheet = await overdueSheet(await desk.call('weekly.report', { week: WEEK, format: 'xlsx' }))
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Customer no.',
      'Customer',
      'Sales executive',
      'Invoices overdue',
      'Oldest due date',
      'Days overdue',
      'Currency',
      'Still owed',
      'Still owed in EUR'
    ])
    const expected = expectedRows()
    // The customer owing most (in euros, all currencies) first, its currencies together.
    const owedBy = (code: string) =>
      sum(expected.filter((e) => e.code === code).flatMap((e) => e.items.map((i) => i.euroCents)))
    expect(owedBy('C-000001')).toBeGreaterThan(owedBy(other.code))
    expected.forEach((e, i) => {
      const row = sheet.getRow(i + 2)
      expect(row.getCell(1).value, e.code).toBe(e.code)
      expect(row.getCell(4).value).toBe(e.items.length)
      expect(iso(row.getCell(5))).toBe(oldest(e))
      expect(row.getCell(6).value).toBe(daysTo(oldest(e), WEEK_END))
      expect(row.getCell(7).value).toBe(e.currency)
      expect(row.getCell(8).value).toBeCloseTo(sum(e.items.map((x) => x.open)) / 100, 6)
      expect(row.getCell(8).numFmt).toBe('#,##0.00')
      expect(row.getCell(9).value).toBeCloseTo(sum(e.items.map((x) => x.euroCents)) / 100, 6)
      expect(row.getCell(5).numFmt).toBe('d mmm yyyy')
    })
    expect(sheet.getRow(2).getCell(2).value).toBe('Győri Lőrinc és Fiai Kft.')
    expect(sheet.getRow(2).getCell(3).value).toBeTruthy() // the customer's executive
    expect(sheet.getRow(4).getCell(2).value).toBe(other.name)
    // The opening balance from before the first forint rate is converted, not left out.
    expect(toEuroCents(12_500_00, HUF_PER_EUR.april)).toBe(30_49)
    expect(sheet.getRow(3).getCell(9).value).toBeCloseTo((100_00 + 30_49 + 20_50) / 100, 6)

    const total = sheet.getRow(5)
    expect(total.getCell(1).value).toBe('Total')
    expect(total.font.bold).toBe(true)
    // Only the amount in the accounting currency is totalled (currencies are never added).
    expect(formula(total.getCell(4)).formula).toBe('SUM(D2:D4)')
    expect(formula(total.getCell(4)).result).toBe(7)
    expect(formula(total.getCell(9)).formula).toBe('SUM(I2:I4)')
    const allEuro = sum(expected.flatMap((e) => e.items.map((x) => x.euroCents)))
    expect(formula(total.getCell(9)).result).toBeCloseTo(allEuro / 100, 6)
    expect(total.getCell(8).value).toBeNull()
    // Under the total: what the sheet holds, and where each invoice is.
    expect(sheet.getRow(7).getCell(1).text).toContain('Aged receivables')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBeTruthy()
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' })
  })

  it('prints the same rows and the total in euros in the PDF, and says where the invoices are', async () => {
    const text = pdfText((await desk.call('weekly.report', { week: WEEK, format: 'pdf' })).bytes, {
      squeeze: 'spaces'
    })
    const f = printFormat((await desk.call('settings.get', {})).documents.printLocale)
    const section = text.slice(text.indexOf('Overdue invoices'))
    expect(section.replace(/\s+/g, ' ')).toContain('Aged receivables')
    const expected = expectedRows()
    const allEuro = sum(expected.flatMap((e) => e.items.map((x) => x.euroCents)))
    const totalLine = section.split('\n').find((l) => l.trim().startsWith('Total '))
    expect(totalLine, section).toBeDefined()
    expect(totalLine).toContain(f.money(allEuro))
    expect(section).toContain(`${f.money(374_50)} EUR`)
    expect(section).toContain(`${f.money(60_700_00)} HUF`)
    expect(section).toContain(f.money(100_00 + 30_49 + 20_50))
    expect(section).toContain(other.name)
    expect(section).not.toContain(required(paid.number, 'paid.number'))
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
    const allEuro = sum(expectedRows().flatMap((e) => e.items.map((x) => x.euroCents)))
    const owedOf = (sheet: ExcelJS.Worksheet) => formula(sheet.getRow(5).getCell(9)).result
    const archived = await overdueSheet(
      await desk.call('weekly.sentReportFile', { id: sent.id, format: 'xlsx' })
    )
    expect(owedOf(archived)).toBeCloseTo(allEuro / 100, 6)
    const fresh = await overdueSheet(await desk.call('weekly.report', { week: WEEK, format: 'xlsx' }))
    expect(owedOf(fresh)).toBeCloseTo(allEuro / 100, 6)
    expect(fresh.getRow(2).getCell(8).value).toBeCloseTo(374.5, 6)
    // Not yet due at the week's end: in no row.
    expect(notYetDue.dueDate).toBe('2026-04-14')
    expect(forint.currency).toBe('HUF')
  })
})

describe('customers after the listed ones', () => {
  const item = (customerId: number, currency: string, dueDate: string, open: number, euro: number | null) =>
    ({
      customerId,
      customerCode: `C-${String(customerId).padStart(6, '0')}`,
      customerName: `Customer ${String(customerId)}`,
      currency,
      dueDate,
      daysOverdue: daysTo(dueDate, WEEK_END),
      openCents: open,
      openInAccountingCents: euro
    }) satisfies OverdueItem

  it('are added up per currency, and every item counts in the totals', async () => {
    const items = [
      item(1, 'EUR', '2026-03-01', 10_00, 10_00),
      item(2, 'EUR', '2026-02-01', 500_00, 500_00),
      item(3, 'HUF', '2026-01-10', 4_000_00, 10_00),
      item(3, 'EUR', '2026-03-20', 1_00, 1_00),
      item(4, 'USD', '2026-03-10', 7_00, null), // no rate at all
      item(1, 'EUR', '2026-02-20', 20_00, 20_00)
    ]
    const asked: number[][] = []
    const section = await overdueByCustomer(
      items,
      (ids) => {
        asked.push(ids)
        return Promise.resolve(new Map(ids.map((id) => [id, `Exec ${String(id)}`])))
      },
      2
    )
    // Only the listed customers' executives are read.
    expect(asked).toEqual([[2, 1]])
    // Customer 2 owes €500.00, customer 1 €30.00, customer 3 €11.00, customer 4 nothing convertible.
    expect(section.listed).toEqual([
      {
        customerCode: 'C-000002',
        customerName: 'Customer 2',
        executive: 'Exec 2',
        currency: 'EUR',
        count: 1,
        oldestDueDate: '2026-02-01',
        daysOverdue: daysTo('2026-02-01', WEEK_END),
        openCents: 500_00,
        openInAccountingCents: 500_00
      },
      {
        customerCode: 'C-000001',
        customerName: 'Customer 1',
        executive: 'Exec 1',
        currency: 'EUR',
        count: 2,
        oldestDueDate: '2026-02-20',
        daysOverdue: daysTo('2026-02-20', WEEK_END),
        openCents: 30_00,
        openInAccountingCents: 30_00
      }
    ])
    expect(section.others).toEqual([
      {
        currency: 'EUR',
        customers: 1,
        count: 1,
        oldestDueDate: '2026-03-20',
        daysOverdue: daysTo('2026-03-20', WEEK_END),
        openCents: 1_00,
        openInAccountingCents: 1_00
      },
      {
        currency: 'HUF',
        customers: 1,
        count: 1,
        oldestDueDate: '2026-01-10',
        daysOverdue: daysTo('2026-01-10', WEEK_END),
        openCents: 4_000_00,
        openInAccountingCents: 10_00
      },
      {
        currency: 'USD',
        customers: 1,
        count: 1,
        oldestDueDate: '2026-03-10',
        daysOverdue: daysTo('2026-03-10', WEEK_END),
        openCents: 7_00,
        openInAccountingCents: null
      }
    ])
    expect(section.customers).toBe(4)
    expect(section.count).toBe(6)
    expect(section.openInAccountingCents).toBe(10_00 + 500_00 + 10_00 + 1_00 + 20_00)
  })
})
