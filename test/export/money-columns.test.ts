/**
 * Money in list exports is written in the unit of its own currency: an amount is stored in the
 * currency's minor unit (ISO 4217: yen have none, dinars have thousandths), so dividing every
 * amount by 100 turned ¥1 234 into 12.34 and KWD 1.234 into 12.34.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildXlsx, type ExportColumn } from '../../src/main/export/xlsx'
import { defaultRegionFormat } from '../../src/shared/region'

interface Row {
  what: string
  currency: string
  amount: number
}

const rows: Row[] = [
  { what: 'euro invoice', currency: 'EUR', amount: 123456 },
  { what: 'yen invoice', currency: 'JPY', amount: 123456 },
  { what: 'dinar invoice', currency: 'KWD', amount: 123456 },
  { what: 'forint invoice', currency: 'HUF', amount: 123456 }
]

// Written out here from ISO 4217, not from the app's table: the amount in the currency's units.
const inUnits: Record<string, { value: number; numFmt: string }> = {
  EUR: { value: 1234.56, numFmt: '#,##0.00' },
  JPY: { value: 123456, numFmt: '#,##0' },
  KWD: { value: 123.456, numFmt: '#,##0.000' },
  HUF: { value: 1234.56, numFmt: '#,##0.00' }
}

describe('money columns of a list export', () => {
  it('write each amount in its own currency, with that currency decimals', async () => {
    const columns: ExportColumn<Row>[] = [
      { header: 'What', kind: 'text', value: (r) => r.what },
      { header: 'Currency', kind: 'text', value: (r) => r.currency },
      { header: 'Amount', kind: 'money', value: (r) => r.amount, currency: (r) => r.currency },
      { header: 'In hundredths', kind: 'money', value: (r) => r.amount }
    ]
    const file = await buildXlsx('money.xlsx', [{ name: 'Money', columns, rows }], {
      region: defaultRegionFormat('es-ES'),
      timeZone: 'Europe/Madrid'
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Money')
    expect(sheet).toBeDefined()
    rows.forEach((row, i) => {
      const cells = sheet?.getRow(i + 2)
      const amount = cells?.getCell(3)
      expect(amount?.value, row.what).toBe(inUnits[row.currency].value)
      expect(amount?.numFmt, row.what).toBe(inUnits[row.currency].numFmt)
      // A column without a currency keeps hundredths (its amounts are cents by contract).
      expect(cells?.getCell(4).value).toBe(row.amount / 100)
    })
  })
})
