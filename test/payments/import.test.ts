/**
 * Import of payments from CSV and Excel: all-or-nothing, every problem with its row number and
 * column, later rows see what earlier rows paid, a file imported twice is refused.
 */
import { textContaining } from '../support/matchers'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTable } from '../../src/main/imports/table'
import { dumpDatabase } from '../support/dump'
import { openTestDesk, paymentQuery, type TestDesk } from '../support/fixtures'
import { invoiceOf, otherCustomer, seedDocuments, type Seeded } from './helpers'
import { required } from '../../src/shared/required'
import { messageText } from '../../src/shared/errors'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

/** The problems with their keyed messages in English, as the command line shows them. */
const english = (problems: Array<{ row: number; column: string; message: string }>) =>
  problems.map((p) => ({ ...p, message: messageText(p.message) }))

const csv = (text: string) => ({
  fileName: 'pagos.csv',
  base64: Buffer.from(text, 'utf8').toString('base64')
})

describe('payment import', () => {
  it('parses quoted CSV fields with separators, quotes and line breaks, comma or semicolon', async () => {
    const rows = async (text: string) => {
      const out: Array<{ row: number; cells: unknown[] }> = []
      for await (const { row, cells } of openTable('x.csv', Buffer.from(text)).rows) out.push({ row, cells })
      return out
    }
    expect(await rows('a;b;c\r\n"x;1";"he said ""hi""";"two\nlines"\nz;y;x\n')).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['x;1', 'he said "hi"', 'two\nlines'] },
      { row: 3, cells: ['z', 'y', 'x'] }
    ])
    expect(await rows('\uFEFFa,b\n1,2')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] }
    ])
  })

  it('records every row of a good CSV in order: named invoices, oldest first, credit', async () => {
    const a = await invoiceOf(desk, seed, 100_00, { issueDate: '2026-01-05' })
    const b = await invoiceOf(desk, seed, 50_00, { issueDate: '2026-02-05' })
    const other = await otherCustomer(desk)
    const c = await invoiceOf(desk, seed, 30_00, { customerId: other })
    const result = await desk.call(
      'payments.import',
      csv(
        [
          'Customer no.;Date;Amount;Method;Reference;Invoices',
          `C-000001;2026-02-10;"1.234,56";transfer;TRF-1;${b.number}`,
          'C-000001;01/03/2026;10;card;TPV-2;',
          '',
          `c-000002;2026-03-02;30.00;;REM-3;${c.number}`
        ].join('\n')
      )
    )
    expect(result).toEqual({
      applied: true,
      rows: 3,
      payments: 3,
      totals: [{ currency: 'EUR', totalCents: 1_234_56 + 10_00 + 30_00 }],
      problems: [],
      moreProblems: 0,
      encoding: 'utf-8'
    })
    const account = await desk.call('receivables.account', { customerId: seed.customerId })
    // Row 2 paid b (50.00) and kept the rest as credit; row 3 went to the oldest open invoice (a).
    expect(
      required(
        account.items.find((i) => i.documentId === b.id),
        'account.items.find((i) => i.documentId === b.id)'
      ).status
    ).toBe('paid')
    expect(account.items.find((i) => i.documentId === a.id)).toMatchObject({
      paidCents: 10_00,
      status: 'partially_paid'
    })
    expect(account.balances[0].creditCents).toBe(1_234_56 - 50_00)
    const list = await desk.call(
      'payments.list',
      paymentQuery({ sort: { field: 'id', direction: 'asc' }, limit: 10 })
    )
    expect(list.rows.map((r) => [r.paymentDate, r.method, r.reference])).toEqual([
      ['2026-02-10', 'bank_transfer', 'TRF-1'],
      ['2026-03-01', 'card', 'TPV-2'],
      ['2026-03-02', 'bank_transfer', 'REM-3']
    ])
    const log = await desk.call('activity.list', { entity: 'payment', entityId: null, offset: 0, limit: 10 })
    expect(log.rows[0].summary).toContain('Imported 3 payments')
    expect(log.rows.filter((r) => r.summary.endsWith('[import]'))).toHaveLength(3)

    // The same file again: every row is already recorded, nothing is written.
    const before = dumpDatabase(desk.store.sqlite)
    const again = await desk.call(
      'payments.import',
      csv(
        ['Customer no.;Date;Amount;Method;Reference;Invoices', 'C-000001;01/03/2026;10;card;TPV-2;'].join(
          '\n'
        )
      )
    )
    expect(again.applied).toBe(false)
    expect(english(again.problems)).toEqual([
      { row: 2, column: 'Reference', message: textContaining('already recorded (payment ') }
    ])
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })

  it('reports every bad row with its number and column and writes nothing', async () => {
    const a = await invoiceOf(desk, seed, 20_00)
    const other = await otherCustomer(desk)
    const foreign = await invoiceOf(desk, seed, 5_00, { customerId: other })
    const before = dumpDatabase(desk.store.sqlite)
    const result = await desk.call(
      'payments.import',
      csv(
        [
          'Customer,Date,Amount,Method,Reference,Invoices',
          'C-000001,2026-03-01,20.00,transfer,OK-1,', // fine on its own
          'C-999,2026-03-01,5,,X,',
          'C-000001,31/02/2026,5,,X,',
          'C-000001,2026-03-01,abc,,X,',
          'C-000001,2026-03-01,-5,,X,',
          'C-000001,2026-03-01,5,cheque,X,',
          `C-000001,2026-03-01,5,,X,${foreign.number}`,
          `C-000001,2026-03-02,5,,Y,${a.number}`, // a is paid by row 2 by then
          'C-000001,2026-12-01,5,,X,'
        ].join('\n')
      )
    )
    expect(result.applied).toBe(false)
    expect(result.payments).toBe(0)
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Customer no.'],
      [4, 'Date'],
      [5, 'Amount'],
      [6, 'Amount'],
      [7, 'Method'],
      [10, 'Date']
    ])
    expect(result.problems[0].message).toContain('C-999')
    // Each problem is keyed text the screen translates; in English it reads:
    expect(english(result.problems).map((p) => p.message)).toEqual([
      'No customer has the number "C-999"',
      '"31/02/2026" is not a date: use 2026-03-02 or 02/03/2026',
      '"abc" is not an amount, e.g. 1234.50',
      'The amount must be more than zero',
      'Unknown method "cheque": use bank transfer, card or direct debit',
      '2026-12-01 is in the future'
    ])
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)

    // With the field problems fixed, the store-level ones show up, still with their rows.
    const second = await desk.call(
      'payments.import',
      csv(
        [
          'Customer,Date,Amount,Method,Reference,Invoices',
          'C-000001,2026-03-01,20.00,transfer,OK-1,',
          `C-000001,2026-03-01,5,,X,${foreign.number}`,
          `C-000001,2026-03-02,5,,Y,${a.number}`
        ].join('\n')
      )
    )
    expect(english(second.problems)).toEqual([
      { row: 3, column: 'Invoices', message: `${foreign.number} is not an issued invoice of this customer` },
      { row: 4, column: 'Invoices', message: `${a.number} is already paid` }
    ])
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })

  it('reads an Excel file with real dates and numbers; a file without the columns is refused', async () => {
    await invoiceOf(desk, seed, 75_00)
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Pagos')
    sheet.addRow(['Customer no.', 'Date', 'Amount', 'Method', 'Reference', 'Invoices'])
    sheet.addRow(['C-000001', new Date('2026-02-28T00:00:00Z'), 75.5, 'Direct debit', '=HYPERLINK("x")', ''])
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
    const result = await desk.call('payments.import', { fileName: 'pagos.xlsx', base64 })
    expect(result).toMatchObject({
      applied: true,
      payments: 1,
      totals: [{ currency: 'EUR', totalCents: 75_50 }]
    })
    const p = await desk.call('payments.get', { id: 1 })
    expect(p).toMatchObject({
      paymentDate: '2026-02-28',
      method: 'direct_debit',
      reference: '=HYPERLINK("x")',
      source: 'import',
      unallocatedCents: 50
    })

    const bad = await desk.call('payments.import', csv('Name;When\nx;y'))
    expect(bad.applied).toBe(false)
    expect(bad.problems.map((p) => [p.row, p.column])).toEqual([
      [1, 'Customer no.'],
      [1, 'Date'],
      [1, 'Amount']
    ])
    expect(
      (
        await desk.fail('payments.import', {
          fileName: 'x.xlsx',
          base64: Buffer.from('not a zip').toString('base64')
        })
      ).code
    ).toBe('invalid_input')
    const template = await desk.call('payments.importTemplate', {})
    const read = new ExcelJS.Workbook()
    await read.xlsx.load(Buffer.from(template.bytes) as unknown as ArrayBuffer)
    expect(read.worksheets[0].getRow(1).values).toEqual([
      undefined,
      'Customer no.',
      'Date',
      'Amount',
      'Method',
      'Reference',
      'Invoices',
      undefined,
      expect.stringContaining('bank transfer, card or direct debit')
    ])
  })
})
