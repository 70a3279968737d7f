/**
 * The weekly report as an Excel workbook: Summary (per executive: actual, target, variance,
 * % of target coloured, conversion rate, activity; a team total row of formulas), Trend, and
 * the week's Invoices, New customers, Open estimates, Overdue invoices and Complaints.
 */
import ExcelJS from 'exceljs'
import { XLSX_MIME, type FileResult } from '../../shared/schemas/common'
import type { FiguresRow } from '../../shared/schemas/figures'
import type { WeeklyReportData } from './report-data'
import {
  addTableSheet,
  addTotalRow,
  centsToUnits,
  colourPercentOfTarget,
  COUNT_FORMAT,
  DATE_FORMAT,
  DECIMAL_FORMAT,
  isoToDate,
  MONEY_FORMAT,
  PERCENT_FORMAT,
  type Cell,
  type SheetColumn
} from './xlsx-sheet'

export const summaryColumns: SheetColumn[] = [
  { header: 'Sales executive', width: 26 },
  { header: 'Revenue', width: 14, format: MONEY_FORMAT },
  { header: 'Revenue target', width: 14, format: MONEY_FORMAT },
  { header: 'Variance', width: 14, format: MONEY_FORMAT },
  { header: '% of target', width: 11, format: PERCENT_FORMAT },
  { header: 'Invoices', width: 9, format: COUNT_FORMAT },
  { header: 'Orders won', width: 10, format: COUNT_FORMAT },
  { header: 'Orders value', width: 14, format: MONEY_FORMAT },
  { header: 'Estimates sent', width: 10, format: COUNT_FORMAT },
  { header: 'Accepted', width: 9, format: COUNT_FORMAT },
  { header: 'Declined', width: 9, format: COUNT_FORMAT },
  { header: 'Conversion rate', width: 11, format: PERCENT_FORMAT },
  { header: 'New customers', width: 10, format: COUNT_FORMAT },
  { header: 'New customers target', width: 11, format: DECIMAL_FORMAT },
  { header: 'Visits completed', width: 10, format: COUNT_FORMAT },
  { header: 'Visits target', width: 9, format: DECIMAL_FORMAT },
  { header: 'Calls', width: 8, format: COUNT_FORMAT },
  { header: 'Calls target', width: 9, format: DECIMAL_FORMAT },
  { header: 'E-mails', width: 8, format: COUNT_FORMAT },
  { header: 'Demos', width: 8, format: COUNT_FORMAT },
  { header: 'Pipeline (open estimates)', width: 16, format: MONEY_FORMAT }
]

const money = (cents: number | null): number | null => (cents === null ? null : centsToUnits(cents))

export function rowLabel(row: FiguresRow): string {
  return row.kind === 'executive' && !row.active ? `${row.name} (left)` : row.name
}

function summaryRow(row: FiguresRow, excelRow: number): Cell[] {
  const target = row.targets.revenueCents
  return [
    rowLabel(row),
    money(row.revenueCents),
    money(target),
    target === null
      ? null
      : { formula: `B${excelRow}-C${excelRow}`, result: money(row.revenueCents - target) },
    {
      formula: `IF(N(C${excelRow})>0,B${excelRow}/C${excelRow},"")`,
      result: target ? row.revenueCents / target : ''
    },
    row.invoiceCount,
    row.ordersWon,
    money(row.ordersWonCents),
    row.estimatesSent,
    row.estimatesAccepted,
    row.estimatesDeclined,
    {
      formula: `IF(J${excelRow}+K${excelRow}>0,J${excelRow}/(J${excelRow}+K${excelRow}),"")`,
      result: row.conversionRate ?? ''
    },
    row.newCustomers,
    row.targets.newCustomers,
    row.visitsCompleted,
    row.targets.visits,
    row.activity.calls,
    row.targets.calls,
    row.activity.emails,
    row.activity.demos,
    money(row.pipelineCents)
  ]
}

function addSummary(workbook: ExcelJS.Workbook, data: WeeklyReportData, title: string): void {
  const { rows, team } = data.figures
  const sheet = addTableSheet(
    workbook,
    'Summary',
    title,
    summaryColumns,
    rows.map((r, i) => summaryRow(r, i + 2))
  )
  const last = rows.length + 1
  const totalRow = last + 1
  const t = team
  const sums: Record<number, number> = {
    2: centsToUnits(t.revenueCents),
    3: centsToUnits(t.targets.revenueCents ?? 0),
    6: t.invoiceCount,
    7: t.ordersWon,
    8: centsToUnits(t.ordersWonCents),
    9: t.estimatesSent,
    10: t.estimatesAccepted,
    11: t.estimatesDeclined,
    13: t.newCustomers,
    14: t.targets.newCustomers ?? 0,
    15: t.visitsCompleted,
    16: t.targets.visits ?? 0,
    17: t.activity.calls,
    18: t.targets.calls ?? 0,
    19: t.activity.emails,
    20: t.activity.demos,
    21: centsToUnits(t.pipelineCents)
  }
  const target = t.targets.revenueCents ?? 0
  addTotalRow(sheet, 'Team total', rows.length, sums, {
    4: { formula: `B${totalRow}-C${totalRow}`, result: centsToUnits(t.revenueCents - target) },
    5: {
      formula: `IF(N(C${totalRow})>0,B${totalRow}/C${totalRow},"")`,
      result: target ? t.revenueCents / target : ''
    },
    12: {
      formula: `IF(J${totalRow}+K${totalRow}>0,J${totalRow}/(J${totalRow}+K${totalRow}),"")`,
      result: t.conversionRate ?? ''
    }
  })
  colourPercentOfTarget(sheet, 5, 2, totalRow)
  sheet.getRow(1).height = 32
}

function addTrend(workbook: ExcelJS.Workbook, data: WeeklyReportData, title: string): void {
  const columns: SheetColumn[] = [
    { header: 'Week', width: 11 },
    { header: 'Revenue', width: 14, format: MONEY_FORMAT },
    { header: 'Team target', width: 14, format: MONEY_FORMAT },
    { header: '% of target', width: 11, format: PERCENT_FORMAT }
  ]
  const rows: Cell[][] = data.trend.map((p, i) => [
    p.week,
    centsToUnits(p.revenueCents),
    money(p.targetCents),
    {
      formula: `IF(N(C${i + 2})>0,B${i + 2}/C${i + 2},"")`,
      result: p.targetCents ? p.revenueCents / p.targetCents : ''
    }
  ])
  const sheet = addTableSheet(workbook, 'Trend', title, columns, rows)
  colourPercentOfTarget(sheet, 4, 2, rows.length + 1)
}

function addInvoices(workbook: ExcelJS.Workbook, data: WeeklyReportData, title: string): void {
  const columns: SheetColumn[] = [
    { header: 'Invoice', width: 16 },
    { header: 'Date', width: 12, format: DATE_FORMAT },
    { header: 'Customer no.', width: 12 },
    { header: 'Customer', width: 32 },
    { header: 'Sales executive', width: 24 },
    { header: 'Net', width: 14, format: MONEY_FORMAT },
    { header: 'Credit/debit notes', width: 14, format: MONEY_FORMAT },
    { header: 'Revenue', width: 14, format: MONEY_FORMAT },
    { header: 'Total incl. VAT', width: 14, format: MONEY_FORMAT }
  ]
  const rows: Cell[][] = data.invoices.map((inv, i) => [
    inv.number,
    isoToDate(inv.issueDate),
    inv.customerCode,
    inv.customerName,
    inv.executive,
    centsToUnits(inv.netCents),
    centsToUnits(inv.correctionsCents),
    { formula: `F${i + 2}+G${i + 2}`, result: centsToUnits(inv.netCents + inv.correctionsCents) },
    centsToUnits(inv.totalCents)
  ])
  const sheet = addTableSheet(workbook, 'Invoices', title, columns, rows)
  const sum = (f: (x: (typeof data.invoices)[number]) => number) =>
    centsToUnits(data.invoices.reduce((s, x) => s + f(x), 0))
  addTotalRow(sheet, 'Total', rows.length, {
    6: sum((x) => x.netCents),
    7: sum((x) => x.correctionsCents),
    8: sum((x) => x.netCents + x.correctionsCents),
    9: sum((x) => x.totalCents)
  })
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

function addOpenEstimates(workbook: ExcelJS.Workbook, data: WeeklyReportData, title: string): void {
  const columns: SheetColumn[] = [
    { header: 'Estimate', width: 16 },
    { header: 'Date', width: 12, format: DATE_FORMAT },
    { header: 'Valid until', width: 12, format: DATE_FORMAT },
    { header: 'Customer', width: 34 },
    { header: 'Sales executive', width: 24 },
    { header: 'Net', width: 14, format: MONEY_FORMAT }
  ]
  const rows: Cell[][] = data.openEstimates.map((e) => [
    e.number,
    isoToDate(e.issueDate),
    isoToDate(e.validUntil),
    e.customerName,
    e.executive,
    centsToUnits(e.netCents)
  ])
  const sheet = addTableSheet(workbook, 'Open estimates', title, columns, rows)
  addTotalRow(sheet, 'Total', rows.length, {
    6: centsToUnits(data.openEstimates.reduce((s, e) => s + e.netCents, 0))
  })
}

/** Open invoices and debit notes due before the week's end (payments area's amounts); still owed = total − credited − paid. */
function addOverdue(workbook: ExcelJS.Workbook, data: WeeklyReportData, title: string): void {
  const columns: SheetColumn[] = [
    { header: 'Invoice', width: 16 },
    { header: 'Date', width: 12, format: DATE_FORMAT },
    { header: 'Due date', width: 12, format: DATE_FORMAT },
    { header: 'Days overdue', width: 10, format: COUNT_FORMAT },
    { header: 'Customer no.', width: 12 },
    { header: 'Customer', width: 32 },
    { header: 'Sales executive', width: 24 },
    { header: 'Total', width: 14, format: MONEY_FORMAT },
    { header: 'Credited', width: 14, format: MONEY_FORMAT },
    { header: 'Paid', width: 14, format: MONEY_FORMAT },
    { header: 'Still owed', width: 14, format: MONEY_FORMAT }
  ]
  const rows: Cell[][] = data.overdue.map((o, i) => [
    o.number,
    isoToDate(o.issueDate),
    isoToDate(o.dueDate),
    o.daysOverdue,
    o.customerCode,
    o.customerName,
    o.executive,
    centsToUnits(o.totalCents),
    centsToUnits(o.creditedCents),
    centsToUnits(o.paidCents),
    { formula: `H${i + 2}-I${i + 2}-J${i + 2}`, result: centsToUnits(o.openCents) }
  ])
  const sheet = addTableSheet(workbook, 'Overdue invoices', title, columns, rows)
  const sum = (f: (x: (typeof data.overdue)[number]) => number) =>
    centsToUnits(data.overdue.reduce((s, x) => s + f(x), 0))
  addTotalRow(sheet, 'Total', rows.length, {
    8: sum((x) => x.totalCents),
    9: sum((x) => x.creditedCents),
    10: sum((x) => x.paidCents),
    11: sum((x) => x.openCents)
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
  addSummary(workbook, data, title)
  addTrend(workbook, data, title)
  addInvoices(workbook, data, title)
  addNewCustomers(workbook, data, title)
  addOpenEstimates(workbook, data, title)
  addOverdue(workbook, data, title)
  addComplaints(workbook, data, title)
  const buffer = await workbook.xlsx.writeBuffer()
  return {
    kind: 'file',
    fileName: reportFileName(week, 'xlsx'),
    mimeType: XLSX_MIME,
    bytes: new Uint8Array(buffer)
  }
}
