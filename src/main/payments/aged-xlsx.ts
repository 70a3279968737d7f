/**
 * Aged receivables to Excel as of a date: one row per customer and currency, amounts as numbers
 * with their currency's decimals, a frozen header, an autofilter, and one totals row per
 * currency (SUBTOTAL when there is one, so a filtered view adds up what it shows; SUMIF over the
 * currency column when there are several: amounts in different currencies are never added).
 * Names are written as text cells, never as formulas. A second sheet lists every invoice, debit
 * note and opening balance still owed at the end of that day, one row each (the detail the weekly
 * report's overdue section, which adds them up per customer, sends its readers to).
 * Its words are in the user's language (the company's document language when none is given,
 * see aged-words.ts); dates are date cells shown in the region's order.
 */
import type ExcelJS from 'exceljs'
import { xlsxInlineRow } from '../export/xml-text'
import type { FileResult } from '../../shared/schemas/common'
import { agedBuckets } from '../../shared/schemas/receivables'
import type { ServiceContext } from '../context'
import { today } from '../documents/common'
import { fittedWidth, moneyOf, streamWorkbook, workbookRegion } from '../export/xlsx'
import { daysBetween } from '../../shared/iso-week'
import { agedReport, bucketOf, ledgerAsOf } from './receivables'
import { agedWords, type AgedWords } from './aged-words'
import { exportWordsLanguage } from '../export/words'
import { minorUnits } from '../../shared/currencies'
import { localeForLanguage, type Language } from '../../shared/languages'
import { fillLabel } from '../pdf/strings'
import { foldForSearch, searchWords } from '../../shared/text'
import { excelDateFormat, regionFormatter } from '../../shared/region'
import { readSettings } from '../settings/service'

const moneyFormat = (currency: string) => moneyOf(currency).format

export async function agedReceivablesXlsx(
  ctx: ServiceContext,
  query: { asOf: string | null; search: string; language: Language | null }
): Promise<FileResult> {
  const language = await exportWordsLanguage(ctx.db, query.language)
  const words = agedWords[language]
  const report = await agedReport(ctx, {
    asOf: query.asOf ?? today(ctx),
    search: query.search,
    offset: 0,
    limit: Number.MAX_SAFE_INTEGER
  })
  // The date in the region's order, month words (if any) in the sheet's language.
  const { region } = await workbookRegion(ctx.db, language)
  const locale = localeForLanguage(language, (await readSettings(ctx.db)).documents.printLocale)
  const asOf = regionFormatter(region, locale).date(report.asOf)
  const fileName = `aged-receivables-${report.asOf}.xlsx`
  return streamWorkbook(
    fileName,
    async (workbook) => {
      const sheet = workbook.addWorksheet(words.sheetAged, { views: [{ state: 'frozen', ySplit: 1 }] })
      const headers = [
        words.customerNo,
        words.customer,
        words.currency,
        ...agedBuckets.map((b) => words.buckets[b]),
        words.totalOpen,
        words.credit
      ]
      sheet.columns = headers.map((header, i) => ({
        header,
        key: `c${i}`,
        width: fittedWidth(header, i === 1 ? 40 : i === 0 ? 14 : i === 2 ? 10 : 15, undefined)
      }))
      const lastRow = report.rows.length + 1
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: headers.length } }
      const header = sheet.getRow(1)
      header.font = { bold: true }
      header.commit()
      let n = 0
      const keys = [...agedBuckets, 'totalCents', 'creditCents'] as const
      const amount = (minor: number, currency: string) => minor / 10 ** minorUnits(currency)
      for (const row of report.rows) {
        const added = sheet.addRow(
          xlsxInlineRow([
            row.customerCode,
            row.customerName,
            row.currency,
            ...keys.map((key) => amount(row[key], row.currency))
          ])
        )
        const numFmt = moneyFormat(row.currency)
        for (let c = 4; c < 4 + keys.length; c++) added.getCell(c).numFmt = numFmt
        added.commit()
        if (++n % 2000 === 0) await new Promise((resolve) => setImmediate(resolve))
      }
      for (const totals of report.totals) {
        const values: ExcelJS.CellValue[] = [
          fillLabel(words.asOf, { date: asOf }),
          fillLabel(words.totalOf, { currency: totals.currency }),
          totals.currency
        ]
        keys.forEach((key, i) => {
          const column = String.fromCharCode(68 + i)
          // One currency: SUBTOTAL, so a filtered view adds up what it shows; several: one SUMIF each.
          const range = `${column}2:${column}${lastRow}`
          values.push({
            formula:
              report.totals.length === 1
                ? `SUBTOTAL(9,${range})`
                : `SUMIF(C2:C${lastRow},"${totals.currency}",${range})`,
            result: amount(totals[key], totals.currency)
          })
        })
        const totalRow = sheet.addRow(xlsxInlineRow(values))
        totalRow.font = { bold: true }
        const numFmt = moneyFormat(totals.currency)
        for (let c = 4; c < 4 + keys.length; c++) totalRow.getCell(c).numFmt = numFmt
        totalRow.commit()
      }
      sheet.commit()
      await addOpenItems(workbook, ctx, report.asOf, query.search, words, excelDateFormat(region))
    },
    language
  )
}

const kindOf = (words: AgedWords, type: string) =>
  type === 'invoice' || type === 'debit_note' || type === 'opening_balance' ? words.kinds[type] : type

/** Each item still owed at the end of `asOf`, by customer, oldest due first (search: the customer). */
async function addOpenItems(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  ctx: ServiceContext,
  asOf: string,
  search: string,
  words: AgedWords,
  dateFormat: string
): Promise<void> {
  const searched = searchWords(search)
  const items = (await ledgerAsOf(ctx.db, asOf))
    .filter((r) => r.openCents > 0)
    .filter((r) => {
      const text = foldForSearch(`${r.customerCode} ${r.customerName}`)
      return searched.every((w) => text.includes(w))
    })
    .sort(
      (a, b) =>
        a.customerCode.localeCompare(b.customerCode) ||
        (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) ||
        a.documentId - b.documentId
    )
  const sheet = workbook.addWorksheet(words.sheetOpen, { views: [{ state: 'frozen', ySplit: 1 }] })
  const headers = [
    words.customerNo,
    words.customer,
    words.kind,
    words.number,
    words.date,
    words.dueDate,
    words.daysOverdue,
    words.age,
    words.currency,
    words.total,
    words.credited,
    words.paid,
    words.stillOwed
  ]
  sheet.columns = headers.map((header, i) => ({
    header,
    key: `c${String(i)}`,
    width: fittedWidth(header, i === 1 ? 40 : i <= 3 ? 16 : 13, i === 4 || i === 5 ? dateFormat : undefined)
  }))
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: items.length + 1, column: headers.length } }
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.commit()
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
  let n = 0
  for (const item of items) {
    const late = item.dueDate < asOf ? daysBetween(item.dueDate, asOf) : 0
    const amount = (minor: number) => minor / 10 ** minorUnits(item.currency)
    const added = sheet.addRow(
      xlsxInlineRow([
        item.customerCode,
        item.customerName,
        kindOf(words, item.type),
        item.number ?? '',
        day(item.issueDate),
        day(item.dueDate),
        late,
        words.buckets[bucketOf(late)],
        item.currency,
        amount(item.totalCents),
        amount(item.creditedCents),
        amount(item.paidCents),
        amount(item.openCents)
      ])
    )
    for (const c of [5, 6]) added.getCell(c).numFmt = dateFormat
    const numFmt = moneyFormat(item.currency)
    for (let c = 10; c <= 13; c++) added.getCell(c).numFmt = numFmt
    added.commit()
    if (++n % 2000 === 0) await new Promise((resolve) => setImmediate(resolve))
  }
  sheet.commit()
}
