/**
 * Aged receivables to Excel: one row per customer, amounts as numbers with a money format,
 * a frozen header, an autofilter, and a totals row of SUBTOTAL formulas (so a filtered view
 * adds up what it shows). Names are written as text cells, never as formulas.
 */
import type ExcelJS from 'exceljs'
import type { FileResult } from '../../shared/schemas/common'
import { agedBucketLabels, agedBuckets } from '../../shared/schemas/payments'
import type { ServiceContext } from '../context'
import { today } from '../documents/common'
import { streamWorkbook } from '../export/xlsx'
import { agedReport } from './receivables'

const MONEY = '#,##0.00'

export async function agedReceivablesXlsx(
  ctx: ServiceContext,
  query: { asOf: string | null; search: string }
): Promise<FileResult> {
  const report = await agedReport(ctx, {
    asOf: query.asOf ?? today(ctx),
    search: query.search,
    offset: 0,
    limit: Number.MAX_SAFE_INTEGER
  })
  return streamWorkbook(`aged-receivables-${report.asOf}.xlsx`, async (workbook) => {
    const sheet = workbook.addWorksheet('Aged receivables', { views: [{ state: 'frozen', ySplit: 1 }] })
    const headers = [
      'Customer no.',
      'Customer',
      ...agedBuckets.map((b) => agedBucketLabels[b]),
      'Total open',
      'Credit'
    ]
    sheet.columns = headers.map((header, i) => ({
      header,
      key: `c${i}`,
      width: i === 1 ? 40 : i === 0 ? 14 : 15,
      style: i >= 2 ? { numFmt: MONEY } : {}
    }))
    const lastRow = report.rows.length + 1
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: headers.length } }
    const header = sheet.getRow(1)
    header.font = { bold: true }
    header.commit()
    let n = 0
    for (const row of report.rows) {
      sheet
        .addRow([
          row.customerCode,
          row.customerName,
          ...agedBuckets.map((b) => row[b] / 100),
          row.totalCents / 100,
          row.creditCents / 100
        ])
        .commit()
      if (++n % 2000 === 0) await new Promise((resolve) => setImmediate(resolve))
    }
    const totals = [`As of ${report.asOf}`, 'Total']
    const values: ExcelJS.CellValue[] = [...totals]
    const keys = [...agedBuckets, 'totalCents', 'creditCents'] as const
    const amounts = keys.map((key) => report.rows.reduce((sum, row) => sum + row[key], 0))
    amounts.forEach((cents, i) => {
      const column = String.fromCharCode(67 + i)
      values.push({
        formula: `SUBTOTAL(9,${column}2:${column}${lastRow})`,
        result: cents / 100
      })
    })
    const totalRow = sheet.addRow(values)
    totalRow.font = { bold: true }
    totalRow.commit()
    sheet.commit()
  })
}
