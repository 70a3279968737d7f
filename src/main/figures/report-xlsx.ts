/**
 * The weekly report as an Excel workbook: Summary (per executive: invoiced, corrections, revenue,
 * target, variance, % of target coloured, fees apart, decided ratio and cohort conversion,
 * activity; a team total row of formulas; the definitions under it), Trend, and the week's
 * Invoices, Corrections (credit and debit notes issued in it), New customers, Open estimates,
 * Overdue invoices and Complaints. Amounts in the accounting currency at each document's frozen
 * rate; the lists also show each document's own currency and amount.
 */
import ExcelJS from 'exceljs'
import { XLSX_MIME, type FileResult } from '../../shared/schemas/common'
import { minorUnits } from '../../shared/currencies'
import { xlsxRow } from '../export/xml-text'
import { COHORT_WEEKS, wholeTarget, type FiguresRow } from '../../shared/schemas/figures'
import type { WeekCorrection, WeeklyReportData } from './report-data'
import {
  addTableSheet,
  addTotalRow,
  colourPercentOfTarget,
  columnLetter,
  COUNT_FORMAT,
  DATE_FORMAT,
  DECIMAL_FORMAT,
  isoToDate,
  PERCENT_FORMAT,
  sharedStyle,
  type Cell,
  type SheetColumn
} from './xlsx-sheet'

/** Amounts of one currency: its number format and its minor units turned into units. */
interface MoneyOf {
  format: string
  units: (minor: number) => number
}

export function moneyOf(currency: string): MoneyOf {
  const digits = minorUnits(currency)
  return {
    format: digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`,
    units: (minor) => minor / 10 ** digits
  }
}

const summaryColumns = (moneyFormat: string): SheetColumn[] => [
  { header: 'Sales executive', width: 26 },
  { header: 'Invoiced', width: 14, format: moneyFormat },
  { header: 'Corrections (credit/debit notes issued this week)', width: 16, format: moneyFormat },
  { header: 'Revenue', width: 14, format: moneyFormat },
  { header: 'Revenue target', width: 14, format: moneyFormat },
  { header: 'Variance', width: 14, format: moneyFormat },
  { header: '% of target', width: 11, format: PERCENT_FORMAT },
  { header: 'Fees passed on (not revenue)', width: 14, format: moneyFormat },
  { header: 'Invoices', width: 9, format: COUNT_FORMAT },
  { header: 'Orders won', width: 10, format: COUNT_FORMAT },
  { header: 'Orders value', width: 14, format: moneyFormat },
  { header: 'Estimates sent', width: 10, format: COUNT_FORMAT },
  { header: 'Accepted', width: 9, format: COUNT_FORMAT },
  { header: 'Declined', width: 9, format: COUNT_FORMAT },
  { header: 'Superseded by a revision', width: 10, format: COUNT_FORMAT },
  { header: 'Decided ratio (accepted ÷ (accepted + declined))', width: 13, format: PERCENT_FORMAT },
  { header: 'Cohort: quotes sent', width: 10, format: COUNT_FORMAT },
  { header: 'Cohort: accepted', width: 10, format: COUNT_FORMAT },
  { header: 'Cohort conversion (accepted ÷ sent)', width: 12, format: PERCENT_FORMAT },
  { header: 'New customers', width: 10, format: COUNT_FORMAT },
  { header: 'New customers target', width: 11, format: COUNT_FORMAT },
  { header: 'Visits completed', width: 10, format: COUNT_FORMAT },
  { header: 'Visits target', width: 9, format: COUNT_FORMAT },
  { header: 'Calls', width: 8, format: COUNT_FORMAT },
  { header: 'Calls target', width: 9, format: COUNT_FORMAT },
  { header: 'E-mails', width: 8, format: COUNT_FORMAT },
  { header: 'Demos', width: 8, format: COUNT_FORMAT },
  { header: 'Pipeline (open estimates)', width: 16, format: moneyFormat }
]

/** Columns of the summary sheet by name (1-based), so formulas follow the list above. */
const col = {
  invoiced: 2,
  corrections: 3,
  revenue: 4,
  target: 5,
  variance: 6,
  percent: 7,
  accepted: 13,
  declined: 14,
  decided: 16,
  cohortSent: 17,
  cohortAccepted: 18,
  cohort: 19,
  newCustomersTarget: 21,
  visitsTarget: 23,
  callsTarget: 25
} as const
const L = (column: number, row: number) => `${columnLetter(column)}${String(row)}`

export function rowLabel(row: FiguresRow): string {
  return row.kind === 'executive' && !row.active ? `${row.name} (left)` : row.name
}

/** A countable target in whole units (the exact per-week value is in the cell's note). */
const wholeOrNull = (value: number | null) => (value === null ? null : wholeTarget(value))

function ratioFormula(part: number, whole: number, row: number, result: number | null): Cell {
  return { formula: `IF(N(${L(whole, row)})>0,${L(part, row)}/${L(whole, row)},"")`, result: result ?? '' }
}

function summaryRow(row: FiguresRow, r: number, m: MoneyOf): Cell[] {
  const target = row.targets.revenueCents
  const money = (minor: number | null) => (minor === null ? null : m.units(minor))
  return [
    rowLabel(row),
    m.units(row.invoicedCents),
    m.units(row.correctionsCents),
    { formula: `${L(col.invoiced, r)}+${L(col.corrections, r)}`, result: m.units(row.revenueCents) },
    money(target),
    target === null
      ? null
      : { formula: `${L(col.revenue, r)}-${L(col.target, r)}`, result: m.units(row.revenueCents - target) },
    ratioFormula(col.revenue, col.target, r, target ? row.revenueCents / target : null),
    m.units(row.feesCents),
    row.invoiceCount,
    row.ordersWon,
    m.units(row.ordersWonCents),
    row.estimatesSent,
    row.estimatesAccepted,
    row.estimatesDeclined,
    row.estimatesSuperseded,
    {
      formula: `IF(${L(col.accepted, r)}+${L(col.declined, r)}>0,${L(col.accepted, r)}/(${L(col.accepted, r)}+${L(col.declined, r)}),"")`,
      result: row.conversionRate ?? ''
    },
    row.cohortSent,
    row.cohortAccepted,
    ratioFormula(col.cohortAccepted, col.cohortSent, r, row.cohortConversion),
    row.newCustomers,
    wholeOrNull(row.targets.newCustomers),
    row.visitsCompleted,
    wholeOrNull(row.targets.visits),
    row.activity.calls,
    wholeOrNull(row.targets.calls),
    row.activity.emails,
    row.activity.demos,
    m.units(row.pipelineCents)
  ]
}

/** The exact per-week value of a countable target, as the cell's note when it is not whole. */
function noteExactTargets(sheet: ExcelJS.Worksheet, rows: FiguresRow[]): void {
  const targets: Array<[number, (r: FiguresRow) => number | null]> = [
    [col.newCustomersTarget, (r) => r.targets.newCustomers],
    [col.visitsTarget, (r) => r.targets.visits],
    [col.callsTarget, (r) => r.targets.calls]
  ]
  rows.forEach((row, i) => {
    for (const [column, read] of targets) {
      const exact = read(row)
      if (exact !== null && exact !== wholeTarget(exact))
        sheet.getCell(i + 2, column).note = `Exact target per week: ${String(exact)}`
    }
  })
}

function addSummary(workbook: ExcelJS.Workbook, data: WeeklyReportData, title: string, m: MoneyOf): void {
  const { rows, team } = data.figures
  const sheet = addTableSheet(
    workbook,
    'Summary',
    title,
    summaryColumns(m.format),
    rows.map((r, i) => summaryRow(r, i + 2, m))
  )
  const totalRow = rows.length + 2
  const t = team
  const sums: Record<number, number> = {
    [col.invoiced]: m.units(t.invoicedCents),
    [col.corrections]: m.units(t.correctionsCents),
    [col.target]: m.units(t.targets.revenueCents ?? 0),
    8: m.units(t.feesCents),
    9: t.invoiceCount,
    10: t.ordersWon,
    11: m.units(t.ordersWonCents),
    12: t.estimatesSent,
    [col.accepted]: t.estimatesAccepted,
    [col.declined]: t.estimatesDeclined,
    15: t.estimatesSuperseded,
    [col.cohortSent]: t.cohortSent,
    [col.cohortAccepted]: t.cohortAccepted,
    20: t.newCustomers,
    [col.newCustomersTarget]: sumOfCells(rows, (r) => wholeOrNull(r.targets.newCustomers)),
    22: t.visitsCompleted,
    [col.visitsTarget]: sumOfCells(rows, (r) => wholeOrNull(r.targets.visits)),
    24: t.activity.calls,
    [col.callsTarget]: sumOfCells(rows, (r) => wholeOrNull(r.targets.calls)),
    26: t.activity.emails,
    27: t.activity.demos,
    28: m.units(t.pipelineCents)
  }
  const target = t.targets.revenueCents ?? 0
  addTotalRow(sheet, 'Team total', rows.length, sums, {
    [col.revenue]: {
      formula: `${L(col.invoiced, totalRow)}+${L(col.corrections, totalRow)}`,
      result: m.units(t.revenueCents)
    },
    [col.variance]: {
      formula: `${L(col.revenue, totalRow)}-${L(col.target, totalRow)}`,
      result: m.units(t.revenueCents - target)
    },
    [col.percent]: ratioFormula(col.revenue, col.target, totalRow, target ? t.revenueCents / target : null),
    [col.decided]: {
      formula: `IF(${L(col.accepted, totalRow)}+${L(col.declined, totalRow)}>0,${L(col.accepted, totalRow)}/(${L(col.accepted, totalRow)}+${L(col.declined, totalRow)}),"")`,
      result: t.conversionRate ?? ''
    },
    [col.cohort]: ratioFormula(col.cohortAccepted, col.cohortSent, totalRow, t.cohortConversion)
  })
  noteExactTargets(sheet, rows)
  colourPercentOfTarget(sheet, col.percent, 2, totalRow)
  sheet.getRow(1).height = 58
  addNotes(sheet, data, totalRow + 2)
}

const sumOfCells = (rows: FiguresRow[], read: (r: FiguresRow) => number | null) =>
  rows.reduce((s, r) => s + (read(r) ?? 0), 0)

/** Under the summary: what the amounts are in, and the definitions the figures use. */
function addNotes(sheet: ExcelJS.Worksheet, data: WeeklyReportData, firstRow: number): void {
  reportNotes(data).forEach((text, i) => {
    sheet.getCell(firstRow + i, 1).value = text
  })
}

/** The sentences the Excel and PDF reports state under their summary. */
export function reportNotes(data: WeeklyReportData): string[] {
  const { figures } = data
  const notes = [
    `Amounts net of VAT in ${figures.currency}, the accounting currency; a document in another currency is converted at the exchange rate frozen with it at issue.`,
    'Revenue = invoiced + corrections. Corrections are the credit notes (minus) and price-correction debit notes (plus) issued this week, whichever week their invoice was in. Fees and charges passed on by debit notes are not revenue.',
    'Decided ratio = estimates accepted ÷ (accepted + declined) this week; an estimate replaced by its revision is superseded, not declined, and a revision is not counted as sent again.',
    `Cohort conversion = of the quotes first sent from ${figures.cohortFrom} to ${figures.end} (${String(COHORT_WEEKS)} weeks), the share accepted by ${figures.end}.`,
    'Targets per week: counts in whole units (the exact value in the Excel cell note).'
  ]
  if (figures.unconverted.length > 0)
    notes.push(
      `Left out for want of an exchange rate: ${figures.unconverted.map((u) => `${u.number} (${u.currency}, ${u.date})`).join(', ')}.`
    )
  return notes
}

function addTrend(workbook: ExcelJS.Workbook, data: WeeklyReportData, title: string, m: MoneyOf): void {
  const columns: SheetColumn[] = [
    { header: 'Week', width: 11 },
    { header: 'Revenue', width: 14, format: m.format },
    { header: 'Team target', width: 14, format: m.format },
    { header: '% of target', width: 11, format: PERCENT_FORMAT }
  ]
  const rows: Cell[][] = data.trend.map((p, i) => [
    p.week,
    m.units(p.revenueCents),
    p.targetCents === null ? null : m.units(p.targetCents),
    ratioFormula(2, 3, i + 2, p.targetCents ? p.revenueCents / p.targetCents : null)
  ])
  const sheet = addTableSheet(workbook, 'Trend', title, columns, rows)
  colourPercentOfTarget(sheet, 4, 2, rows.length + 1)
}

/** Columns of a document's own amount with its currency, and its net in the accounting currency. */
const amountColumns = (m: MoneyOf, accounting: string, own: string[]): SheetColumn[] => [
  { header: 'Currency', width: 9 },
  ...own.map((header) => ({ header, width: 14, format: '#,##0.###' })),
  { header: `Net in ${accounting}`, width: 14, format: m.format }
]

const ownUnits = (minor: number, currency: string) => moneyOf(currency).units(minor)

/** Each row's own amounts get the number format of the currency in its `currencyColumn`. */
function formatOwnAmounts(
  sheet: ExcelJS.Worksheet,
  rows: number,
  currencyColumn: number,
  columns: number[]
): void {
  for (let r = 2; r <= rows + 1; r++) {
    const currency = sheet.getCell(r, currencyColumn).text
    const style = sharedStyle(moneyOf(currency).format)
    for (const column of columns) sheet.getCell(r, column).style = style
  }
}

function addInvoices(workbook: ExcelJS.Workbook, data: WeeklyReportData, title: string, m: MoneyOf): void {
  const columns: SheetColumn[] = [
    { header: 'Invoice', width: 16 },
    { header: 'Date', width: 12, format: DATE_FORMAT },
    { header: 'Customer no.', width: 12 },
    { header: 'Customer', width: 32 },
    { header: 'Sales executive', width: 24 },
    ...amountColumns(m, data.currency, ['Net', 'Total incl. VAT'])
  ]
  const rows: Cell[][] = data.invoices.map((inv) => [
    inv.number,
    isoToDate(inv.issueDate),
    inv.customerCode,
    inv.customerName,
    inv.executive,
    inv.currency,
    ownUnits(inv.netCents, inv.currency),
    ownUnits(inv.totalCents, inv.currency),
    inv.netInAccountingCents === null ? null : m.units(inv.netInAccountingCents)
  ])
  const sheet = addTableSheet(workbook, 'Invoices', title, columns, rows)
  formatOwnAmounts(sheet, rows.length, 6, [7, 8])
  addTotalRow(sheet, 'Total', rows.length, {
    9: m.units(data.invoices.reduce((s, x) => s + (x.netInAccountingCents ?? 0), 0))
  })
}

export const correctionKindLabels: Record<WeekCorrection['kind'], string> = {
  credit_note: 'Credit note',
  price_correction: 'Debit note: price correction',
  fee: 'Debit note: fee passed on (not revenue)'
}

/** The credit and debit notes issued in the week: the corrections column, and the fees apart. */
function addCorrections(workbook: ExcelJS.Workbook, data: WeeklyReportData, title: string, m: MoneyOf): void {
  const columns: SheetColumn[] = [
    { header: 'Note', width: 16 },
    { header: 'Date', width: 12, format: DATE_FORMAT },
    { header: 'Kind', width: 30 },
    { header: 'Corrects invoice', width: 16 },
    { header: 'Invoice date', width: 12, format: DATE_FORMAT },
    { header: 'Customer', width: 32 },
    { header: 'Sales executive', width: 24 },
    ...amountColumns(m, data.currency, ['Net (credit notes negative)'])
  ]
  const rows: Cell[][] = data.corrections.map((c) => [
    c.number,
    isoToDate(c.issueDate),
    correctionKindLabels[c.kind],
    c.invoiceNumber,
    isoToDate(c.invoiceDate),
    `${c.customerCode} ${c.customerName}`,
    c.executive,
    c.currency,
    ownUnits(c.netCents, c.currency),
    c.netInAccountingCents === null ? null : m.units(c.netInAccountingCents)
  ])
  const sheet = addTableSheet(workbook, 'Corrections', title, columns, rows)
  formatOwnAmounts(sheet, rows.length, 8, [9])
  const last = rows.length + 1
  const sumIf = (kind: 'fee' | 'revenue') =>
    m.units(
      data.corrections
        .filter((c) => (c.kind === 'fee') === (kind === 'fee'))
        .reduce((s, c) => s + (c.netInAccountingCents ?? 0), 0)
    )
  const range = (column: number) => `${L(column, 2)}:${L(column, Math.max(2, last))}`
  const feeLabel = correctionKindLabels.fee
  const revenueRow = sheet.addRow(
    xlsxRow([
      'Corrections of revenue',
      ...Array<null>(8).fill(null),
      {
        formula: rows.length ? `SUMIF(${range(3)},"<>${feeLabel}",${range(10)})` : '0',
        result: sumIf('revenue')
      }
    ])
  )
  const feeRow = sheet.addRow(
    xlsxRow([
      'Fees passed on (not revenue)',
      ...Array<null>(8).fill(null),
      { formula: rows.length ? `SUMIF(${range(3)},"${feeLabel}",${range(10)})` : '0', result: sumIf('fee') }
    ])
  )
  for (const row of [revenueRow, feeRow]) row.font = { bold: true }
}

function addNewCustomers(workbook: ExcelJS.Workbook, data: WeeklyReportData, title: string): void {
  const columns: SheetColumn[] = [
    { header: 'Customer no.', width: 12 },
    { header: 'Customer', width: 34 },
    { header: 'City', width: 18 },
    { header: 'Country', width: 9 },
    { header: 'Sales executive', width: 24 },
    { header: 'Created', width: 12, format: DATE_FORMAT }
  ]
  const rows: Cell[][] = data.newCustomers.map((c) => [
    c.code,
    c.name,
    c.city,
    c.country,
    c.executive,
    isoToDate(c.createdAt.slice(0, 10))
  ])
  addTableSheet(workbook, 'New customers', title, columns, rows)
}

function addOpenEstimates(
  workbook: ExcelJS.Workbook,
  data: WeeklyReportData,
  title: string,
  m: MoneyOf
): void {
  const columns: SheetColumn[] = [
    { header: 'Estimate', width: 16 },
    { header: 'Date', width: 12, format: DATE_FORMAT },
    { header: 'Valid until', width: 12, format: DATE_FORMAT },
    { header: 'Customer', width: 34 },
    { header: 'Sales executive', width: 24 },
    ...amountColumns(m, data.currency, ['Net'])
  ]
  const rows: Cell[][] = data.openEstimates.map((e) => [
    e.number,
    isoToDate(e.issueDate),
    isoToDate(e.validUntil),
    e.customerName,
    e.executive,
    e.currency,
    ownUnits(e.netCents, e.currency),
    e.netInAccountingCents === null ? null : m.units(e.netInAccountingCents)
  ])
  const sheet = addTableSheet(workbook, 'Open estimates', title, columns, rows)
  formatOwnAmounts(sheet, rows.length, 6, [7])
  addTotalRow(sheet, 'Total', rows.length, {
    8: m.units(data.openEstimates.reduce((s, e) => s + (e.netInAccountingCents ?? 0), 0))
  })
}

/**
 * Open invoices and debit notes due before the week's end, as they stood at its end (payments
 * area's ledger); amounts in the document's currency, still owed = total − credited − paid, and
 * what is still owed in the accounting currency (the only column totalled: currencies are never added).
 */
function addOverdue(workbook: ExcelJS.Workbook, data: WeeklyReportData, title: string, m: MoneyOf): void {
  const columns: SheetColumn[] = [
    { header: 'Invoice', width: 16 },
    { header: 'Date', width: 12, format: DATE_FORMAT },
    { header: 'Due date', width: 12, format: DATE_FORMAT },
    { header: 'Days overdue', width: 10, format: COUNT_FORMAT },
    { header: 'Customer no.', width: 12 },
    { header: 'Customer', width: 32 },
    { header: 'Sales executive', width: 24 },
    { header: 'Currency', width: 9 },
    { header: 'Total', width: 14 },
    { header: 'Credited', width: 14 },
    { header: 'Paid', width: 14 },
    { header: 'Still owed', width: 14 },
    { header: `Still owed in ${data.currency}`, width: 14, format: m.format }
  ]
  const rows: Cell[][] = data.overdue.map((o, i) => [
    o.number,
    isoToDate(o.issueDate),
    isoToDate(o.dueDate),
    o.daysOverdue,
    o.customerCode,
    o.customerName,
    o.executive,
    o.currency,
    ownUnits(o.totalCents, o.currency),
    ownUnits(o.creditedCents, o.currency),
    ownUnits(o.paidCents, o.currency),
    {
      formula: `I${String(i + 2)}-J${String(i + 2)}-K${String(i + 2)}`,
      result: ownUnits(o.openCents, o.currency)
    },
    o.openInAccountingCents === null ? null : m.units(o.openInAccountingCents)
  ])
  const sheet = addTableSheet(workbook, 'Overdue invoices', title, columns, rows)
  formatOwnAmounts(sheet, rows.length, 8, [9, 10, 11, 12])
  addTotalRow(sheet, 'Total', rows.length, {
    13: m.units(data.overdue.reduce((s, x) => s + (x.openInAccountingCents ?? 0), 0))
  })
}

/** The week's complaints (requests area): opened, closed, late, median resolution time. */
function addComplaints(workbook: ExcelJS.Workbook, data: WeeklyReportData, title: string): void {
  const columns: SheetColumn[] = [
    { header: 'Complaints', width: 34 },
    { header: 'Value', width: 12, format: DECIMAL_FORMAT }
  ]
  const c = data.complaints
  addTableSheet(workbook, 'Complaints', title, columns, [
    ['Opened', c.opened],
    ['Closed', c.closed],
    ['Late', c.late],
    ['Median resolution time (hours)', c.medianResolutionHours]
  ])
}

export const reportFileName = (week: string, format: 'xlsx' | 'pdf') => `weekly-report-${week}.${format}`

export async function weeklyReportXlsx(data: WeeklyReportData, createdAt: Date): Promise<FileResult> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Salesdesk'
  workbook.created = createdAt
  workbook.modified = createdAt
  const { week, start, end } = data.figures
  const title = `Weekly report ${week} (${start} – ${end})${data.company.legalName ? ` · ${data.company.legalName}` : ''}`
  const m = moneyOf(data.currency)
  addSummary(workbook, data, title, m)
  addTrend(workbook, data, title, m)
  addInvoices(workbook, data, title, m)
  addCorrections(workbook, data, title, m)
  addNewCustomers(workbook, data, title)
  addOpenEstimates(workbook, data, title, m)
  addOverdue(workbook, data, title, m)
  addComplaints(workbook, data, title)
  const buffer = await workbook.xlsx.writeBuffer()
  return {
    kind: 'file',
    fileName: reportFileName(week, 'xlsx'),
    mimeType: XLSX_MIME,
    bytes: new Uint8Array(buffer)
  }
}
