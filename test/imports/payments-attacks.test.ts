/**
 * Issue 10, "Imports that report every row": the attacks on the payments import, through the API.
 * A stray quote, a Windows-1252 file, a formula cell and 200 000 bad rows.
 */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decodeMessage } from '../../src/shared/errors'
import { MAX_LISTED_PROBLEMS } from '../../src/shared/schemas/imports'
import { dumpDatabase } from '../support/dump'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { seedDocuments } from '../payments/helpers'

let desk: TestDesk

beforeEach(async () => {
  desk = await openTestDesk()
  await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const file = (fileName: string, bytes: Buffer) => ({ fileName, base64: bytes.toString('base64') })
const keyOf = (message: string) => decodeMessage(message)?.key

describe('payments import attacks', () => {
  it('refuses a CSV with a stray quote in row 3, names row 3 and writes nothing', async () => {
    const before = dumpDatabase(desk.store.sqlite)
    const text = [
      'Customer no.;Date;Amount;Method;Reference',
      'C-000001;2026-02-10;10.00;transfer;TRF-1',
      'C-000001;2026-02-11;20.00;transfer;"TRF-2',
      'C-000001;2026-02-12;30.00;transfer;TRF-3',
      'C-000001;2026-02-13;40.00;transfer;TRF-4'
    ].join('\n')
    const result = await desk.call('payments.import', file('pagos.csv', Buffer.from(text)))
    expect(result.applied).toBe(false)
    expect(result.payments).toBe(0)
    expect(result.problems.map((p) => p.row)).toEqual([3])
    expect(keyOf(result.problems[0].message)).toBe('importQuoteNotClosed')
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)

    // A quote inside an unquoted field: row 3 is refused, the rows after it are still read and checked.
    const stray = await desk.call(
      'payments.import',
      file(
        'pagos.csv',
        Buffer.from(
          [
            'Customer no.,Date,Amount,Method,Reference',
            'C-000001,2026-02-10,10.00,transfer,TRF-1',
            'C-000001,2026-02-11,20.00,transfer,TRF "2',
            'C-000001,2026-02-12,30.00,transfer,TRF-3',
            'C-999999,2026-02-13,40.00,transfer,TRF-4'
          ].join('\r\n')
        )
      )
    )
    expect(stray.applied).toBe(false)
    expect(stray.problems.map((p) => [p.row, keyOf(p.message) ?? p.column])).toEqual([
      [3, 'importQuoteStray'],
      [5, 'importCustomerUnknown']
    ])
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })

  it('reads a Windows-1252 file as Windows-1252 and says so: Núñez stays Núñez', async () => {
    // The bytes Excel writes for "CSV" on a Spanish Windows: ú = FA, ñ = F1, € = 80, one byte each.
    const bytes = Buffer.concat([
      Buffer.from(
        'Customer no.;Date;Amount;Method;Reference\r\nC-000001;2026-02-10;12,50;transfer;Pago N',
        'ascii'
      ),
      Buffer.from([0xfa, 0xf1]),
      Buffer.from('ez ', 'ascii'),
      Buffer.from([0x80]),
      Buffer.from('\r\n', 'ascii')
    ])
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const result = await desk.call('payments.import', file('pagos.csv', bytes))
    expect(result).toMatchObject({ applied: true, payments: 1, encoding: 'windows-1252' })
    const stored = desk.store.sqlite.prepare('select reference from payments').all()
    expect(stored).toEqual([{ reference: 'Pago Núñez €' }])

    const utf8 = await desk.call(
      'payments.import',
      file(
        'pagos.csv',
        Buffer.from('Customer no.;Date;Amount;Reference\nC-000001;2026-02-11;1;Señal Núñez\n')
      )
    )
    expect(utf8).toMatchObject({ applied: true, encoding: 'utf-8' })
  })

  it("reads Excel's Unicode text (UTF-16 with its byte-order mark, tab-separated) as what it says", async () => {
    const text = (day: string) =>
      `Customer no.\tDate\tAmount\tMethod\tReference\r\nC-000001\t2026-02-${day}\t12,50\ttransfer\tPago Núñez € Ромашка\r\n`
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('10'), 'utf16le')])
    // Big-endian: the same code units with their two bytes swapped.
    const bigEndian = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text('11'), 'utf16le').swap16()])
    for (const bytes of [littleEndian, bigEndian]) {
      const result = await desk.call('payments.import', file('pagos.csv', bytes))
      expect(result).toMatchObject({ applied: true, payments: 1, encoding: 'utf-8', problems: [] })
    }
    expect(desk.store.sqlite.prepare('select payment_date, reference from payments').raw().all()).toEqual([
      ['2026-02-10', 'Pago Núñez € Ромашка'],
      ['2026-02-11', 'Pago Núñez € Ромашка']
    ])
  })

  it('refuses a formula cell with a row error, whatever its cached result', async () => {
    const before = dumpDatabase(desk.store.sqlite)
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Pagos')
    sheet.addRow(['Customer no.', 'Date', 'Amount', 'Reference'])
    sheet.addRow(['C-000001', new Date('2026-02-10T00:00:00Z'), 10, 'A'])
    sheet.addRow(['C-000001', new Date('2026-02-11T00:00:00Z'), { formula: 'C2*100', result: 1000 }, 'B'])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const result = await desk.call('payments.import', file('pagos.xlsx', bytes))
    expect(result.applied).toBe(false)
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0].row).toBe(3)
    expect(decodeMessage(result.problems[0].message)).toEqual({
      key: 'importFormulaCell',
      params: { cell: 'C3' }
    })
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })

  it('lists the first 200 problems of 200 000 bad rows and counts the rest', async () => {
    const rows = 200_000
    const lines = ['Customer no.,Date,Amount,Reference']
    for (let i = 0; i < rows; i++) lines.push(`NOBODY-${i},2026-02-10,1.00,R${i}`)
    const before = dumpDatabase(desk.store.sqlite)
    const result = await desk.call('payments.import', file('pagos.csv', Buffer.from(lines.join('\n'))))
    expect(result.applied).toBe(false)
    expect(result.rows).toBe(rows)
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS)
    expect(result.problems.map((p) => p.row)).toEqual(Array.from({ length: 200 }, (_, i) => i + 2))
    expect(result.problems[199].message).toContain('"NOBODY-199"')
    expect(result.moreProblems).toBe(rows - MAX_LISTED_PROBLEMS)
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  }, 120_000)
})
