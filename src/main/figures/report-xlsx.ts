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
import { moneyOf, type MoneyOf } from '../export/xlsx'
import { xlsxRow } from '../export/xml-text'
import { COHORT_WEEKS, wholeTarget, type FiguresRow } from '../../shared/schemas/figures'
import { OVERDUE_CUSTOMERS_LISTED, type WeekCorrection, type WeeklyReportData } from './report-data'
import { reportWords, type ReportWords } from './report-strings'
import { excelDateFormat, regionFormatter } from '../../shared/region'
import {
  addTableSheet,
  addTotalRow,
  colourPercentOfTarget,
  columnLetter,
  COUNT_FORMAT,
  DECIMAL_FORMAT,
  isoToDate,
  PERCENT_FORMAT,
  sharedStyle,
  type Cell,
  type SheetColumn
} from './xlsx-sheet'

const summaryColumns = (t: ReportWords, moneyFormat: string): SheetColumn[] => [
  { header: t('salesExecutive'), width: 26 },
  { header: t('invoiced'), width: 14, format: moneyFormat },
  { header: t('correctionsIssued'), width: 16, format: moneyFormat },
  { header: t('revenue'), width: 14, format: moneyFormat },
  { header: t('revenueTarget'), width: 14, format: moneyFormat },
  { header: t('variance'), width: 14, format: moneyFormat },
  { header: t('percentOfTarget'), width: 11, format: PERCENT_FORMAT },
  { header: t('feesPassedOn'), width: 14, format: moneyFormat },
  { header: t('invoices'), width: 9, format: COUNT_FORMAT },
  { header: t('ordersWon'), width: 10, format: COUNT_FORMAT },
  { header: t('ordersValue'), width: 14, format: moneyFormat },
  { header: t('estimatesSent'), width: 10, format: COUNT_FORMAT },
  { header: t('accepted'), width: 9, format: COUNT_FORMAT },
  { header: t('declined'), width: 9, format: COUNT_FORMAT },
  { header: t('superseded'), width: 10, format: COUNT_FORMAT },
  { header: t('decidedRatioDefined'), width: 13, format: PERCENT_FORMAT },
  { header: t('cohortSent'), width: 10, format: COUNT_FORMAT },
  { header: t('cohortAccepted'), width: 10, format: COUNT_FORMAT },
  { header: t('cohortConversionDefined'), width: 12, format: PERCENT_FORMAT },
  { header: t('newCustomers'), width: 10, format: COUNT_FORMAT },
  { header: t('newCustomersTarget'), width: 11, format: COUNT_FORMAT },
  { header: t('visitsCompleted'), width: 10, format: COUNT_FORMAT },
  { header: t('visitsTarget'), width: 9, format: COUNT_FORMAT },
  { header: t('calls'), width: 8, format: COUNT_FORMAT },
  { header: t('callsTarget'), width: 9, format: COUNT_FORMAT },
  { header: t('emails'), width: 8, format: COUNT_FORMAT },
  { header: t('demos'), width: 8, format: COUNT_FORMAT },
  { header: t('pipelineDefined'), width: 16, format: moneyFormat }
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

/** What one sheet of the report is written with: its words, title, money and date formats. */
export interface ReportSheet {
  data: WeeklyReportData
  t: ReportWords
  title: string
  m: MoneyOf
  /** The Excel number format of dates, as the region writes them. */
  dateFormat: string
  /** A date written out in text (notes, titles), as the region writes it. */
  date: (iso: string) => string
  /** A count written out in text, as the region writes it. */
  count: (n: number) => string
}

/** A row's name in the report's language: the team, no executive, or an executive who has left. */
export function rowLabel(row: FiguresRow, t: ReportWords): string {
  if (row.kind === 'team') return t('teamTotal')
  if (row.kind === 'unassigned') return t('noExecutive')
  return row.active ? row.name : t('leftCompany', { name: row.name })
}

/** A countable target in whole units (the exact per-week value is in the cell's note). */
const wholeOrNull = (value: number | null) => (value === null ? null : wholeTarget(value))

function ratioFormula(part: number, whole: number, row: number, result: number | null): Cell {
  return { formula: `IF(N(${L(whole, row)})>0,${L(part, row)}/${L(whole, row)},"")`, result: result ?? '' }
}

function summaryRow(row: FiguresRow, r: number, m: MoneyOf, t: ReportWords): Cell[] {
  const target = row.targets.revenueCents
  const money = (minor: number | null) => (minor === null ? null : m.units(minor))
  return [
    rowLabel(row, t),
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
function noteExactTargets(sheet: ExcelJS.Worksheet, rows: FiguresRow[], { t, data }: ReportSheet): void {
  const written = regionFormatter(data.region, data.locale)
  const targets: Array<[number, (r: FiguresRow) => number | null]> = [
    [col.newCustomersTarget, (r) => r.targets.newCustomers],
    [col.visitsTarget, (r) => r.targets.visits],
    [col.callsTarget, (r) => r.targets.calls]
  ]
  rows.forEach((row, i) => {
    for (const [column, read] of targets) {
      const exact = read(row)
      if (exact !== null && exact !== wholeTarget(exact))
        sheet.getCell(i + 2, column).note = t('exactTarget', { value: written.number(exact) })
    }
  })
}

function addSummary(workbook: ExcelJS.Workbook, report: ReportSheet): void {
  const { data, t, m } = report
  const { rows, team } = data.figures
  const sheet = addTableSheet(
    workbook,
    t('sheetSummary'),
    report.title,
    summaryColumns(t, m.format),
    rows.map((r, i) => summaryRow(r, i + 2, m, t)),
    t('page', { page: '&P', pages: '&N' })
  )
  const totalRow = rows.length + 2
  const sum = team
  const sums: Record<number, number> = {
    [col.invoiced]: m.units(sum.invoicedCents),
    [col.corrections]: m.units(sum.correctionsCents),
    [col.target]: m.units(sum.targets.revenueCents ?? 0),
    8: m.units(sum.feesCents),
    9: sum.invoiceCount,
    10: sum.ordersWon,
    11: m.units(sum.ordersWonCents),
    12: sum.estimatesSent,
    [col.accepted]: sum.estimatesAccepted,
    [col.declined]: sum.estimatesDeclined,
    15: sum.estimatesSuperseded,
    [col.cohortSent]: sum.cohortSent,
    [col.cohortAccepted]: sum.cohortAccepted,
    20: sum.newCustomers,
    [col.newCustomersTarget]: sumOfCells(rows, (r) => wholeOrNull(r.targets.newCustomers)),
    22: sum.visitsCompleted,
    [col.visitsTarget]: sumOfCells(rows, (r) => wholeOrNull(r.targets.visits)),
    24: sum.activity.calls,
    [col.callsTarget]: sumOfCells(rows, (r) => wholeOrNull(r.targets.calls)),
    26: sum.activity.emails,
    27: sum.activity.demos,
    28: m.units(sum.pipelineCents)
  }
  const target = sum.targets.revenueCents ?? 0
  addTotalRow(sheet, t('teamTotal'), rows.length, sums, {
    [col.revenue]: {
      formula: `${L(col.invoiced, totalRow)}+${L(col.corrections, totalRow)}`,
      result: m.units(sum.revenueCents)
    },
    [col.variance]: {
      formula: `${L(col.revenue, totalRow)}-${L(col.target, totalRow)}`,
      result: m.units(sum.revenueCents - target)
    },
    [col.percent]: ratioFormula(col.revenue, col.target, totalRow, target ? sum.revenueCents / target : null),
    [col.decided]: {
      formula: `IF(${L(col.accepted, totalRow)}+${L(col.declined, totalRow)}>0,${L(col.accepted, totalRow)}/(${L(col.accepted, totalRow)}+${L(col.declined, totalRow)}),"")`,
      result: sum.conversionRate ?? ''
    },
    [col.cohort]: ratioFormula(col.cohortAccepted, col.cohortSent, totalRow, sum.cohortConversion)
  })
  noteExactTargets(sheet, rows, report)
  colourPercentOfTarget(sheet, col.percent, 2, totalRow)
  sheet.getRow(1).height = 58
  reportNotes(data, t, report.date).forEach((text, i) => {
    sheet.getCell(totalRow + 2 + i, 1).value = text
  })
}

const sumOfCells = (rows: FiguresRow[], read: (r: FiguresRow) => number | null) =>
  rows.reduce((s, r) => s + (read(r) ?? 0), 0)

/** The sentences the Excel and PDF reports state under their summary: what the amounts are in, and the definitions. */
export function reportNotes(data: WeeklyReportData, t: ReportWords, date: (iso: string) => string): string[] {
  const { figures } = data
  const notes = [
    t('noteCurrency', { currency: figures.currency }),
    t('noteRevenue'),
    t('noteDecided'),
    t('noteCohort', { from: date(figures.cohortFrom), to: date(figures.end), weeks: COHORT_WEEKS }),
    t('noteTargets')
  ]
  if (figures.unconverted.length > 0)
    notes.push(
      t('noteUnconverted', {
        documents: figures.unconverted.map((u) => `${u.number} (${u.currency}, ${date(u.date)})`).join(', ')
      })
    )
  return notes
}

function addTrend(workbook: ExcelJS.Workbook, report: ReportSheet): void {
  const { data, t, m } = report
  const columns: SheetColumn[] = [
    { header: t('week'), width: 11 },
    { header: t('revenue'), width: 14, format: m.format },
    { header: t('teamTarget'), width: 14, format: m.format },
    { header: t('percentOfTarget'), width: 11, format: PERCENT_FORMAT }
  ]
  const rows: Cell[][] = data.trend.map((p, i) => [
    p.week,
    m.units(p.revenueCents),
    p.targetCents === null ? null : m.units(p.targetCents),
    ratioFormula(2, 3, i + 2, p.targetCents ? p.revenueCents / p.targetCents : null)
  ])
  const sheet = addSheet(workbook, report, 'sheetTrend', columns, rows)
  colourPercentOfTarget(sheet, 4, 2, rows.length + 1)
}

/** Columns of a document's own amount with its currency, and its net in the accounting currency. */
const amountColumns = ({ t, m, data }: ReportSheet, own: string[]): SheetColumn[] => [
  { header: t('currency'), width: 9 },
  ...own.map((header) => ({ header, width: 14, format: '#,##0.###' })),
  { header: t('netIn', { currency: data.currency }), width: 14, format: m.format }
]

/** A table sheet named in the report's language, with its title and page footer. */
const addSheet = (
  workbook: ExcelJS.Workbook,
  report: ReportSheet,
  name:
    | 'sheetTrend'
    | 'sheetInvoices'
    | 'sheetCorrections'
    | 'sheetNewCustomers'
    | 'sheetOpenEstimates'
    | 'sheetOverdue'
    | 'sheetComplaints',
  columns: SheetColumn[],
  rows: Cell[][]
) =>
  addTableSheet(
    workbook,
    report.t(name),
    report.title,
    columns,
    rows,
    report.t('page', { page: '&P', pages: '&N' })
  )

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

function addInvoices(workbook: ExcelJS.Workbook, report: ReportSheet): void {
  const { data, t, m, dateFormat } = report
  const columns: SheetColumn[] = [
    { header: t('invoice'), width: 16 },
    { header: t('date'), width: 12, format: dateFormat },
    { header: t('customerNo'), width: 12 },
    { header: t('customer'), width: 32 },
    { header: t('salesExecutive'), width: 24 },
    ...amountColumns(report, [t('net'), t('totalInclVat')])
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
  const sheet = addSheet(workbook, report, 'sheetInvoices', columns, rows)
  formatOwnAmounts(sheet, rows.length, 6, [7, 8])
  addTotalRow(sheet, t('total'), rows.length, {
    9: m.units(data.invoices.reduce((s, x) => s + (x.netInAccountingCents ?? 0), 0))
  })
}

/** The kind of a credit or debit note as the report names it. */
export const correctionKindLabels = {
  credit_note: 'creditNote',
  price_correction: 'priceCorrection',
  fee: 'feeNote'
} as const satisfies Record<WeekCorrection['kind'], string>

/** The credit and debit notes issued in the week: the corrections column, and the fees apart. */
function addCorrections(workbook: ExcelJS.Workbook, report: ReportSheet): void {
  const { data, t, m, dateFormat } = report
  const columns: SheetColumn[] = [
    { header: t('note'), width: 16 },
    { header: t('date'), width: 12, format: dateFormat },
    { header: t('kind'), width: 30 },
    { header: t('correctsInvoice'), width: 16 },
    { header: t('invoiceDate'), width: 12, format: dateFormat },
    { header: t('customer'), width: 32 },
    { header: t('salesExecutive'), width: 24 },
    ...amountColumns(report, [t('netCreditNegative')])
  ]
  const rows: Cell[][] = data.corrections.map((c) => [
    c.number,
    isoToDate(c.issueDate),
    t(correctionKindLabels[c.kind]),
    c.invoiceNumber,
    isoToDate(c.invoiceDate),
    `${c.customerCode} ${c.customerName}`,
    c.executive,
    c.currency,
    ownUnits(c.netCents, c.currency),
    c.netInAccountingCents === null ? null : m.units(c.netInAccountingCents)
  ])
  const sheet = addSheet(workbook, report, 'sheetCorrections', columns, rows)
  formatOwnAmounts(sheet, rows.length, 8, [9])
  const last = rows.length + 1
  const sumIf = (kind: 'fee' | 'revenue') =>
    m.units(
      data.corrections
        .filter((c) => (c.kind === 'fee') === (kind === 'fee'))
        .reduce((s, c) => s + (c.netInAccountingCents ?? 0), 0)
    )
  const range = (column: number) => `${L(column, 2)}:${L(column, Math.max(2, last))}`
  const feeLabel = t(correctionKindLabels.fee)
  const revenueRow = sheet.addRow(
    xlsxRow([
      t('correctionsOfRevenue'),
      ...Array<null>(8).fill(null),
      {
        formula: rows.length ? `SUMIF(${range(3)},"<>${feeLabel}",${range(10)})` : '0',
        result: sumIf('revenue')
      }
    ])
  )
  const feeRow = sheet.addRow(
    xlsxRow([
      t('feesPassedOn'),
      ...Array<null>(8).fill(null),
      { formula: rows.length ? `SUMIF(${range(3)},"${feeLabel}",${range(10)})` : '0', result: sumIf('fee') }
    ])
  )
  for (const row of [revenueRow, feeRow]) row.font = { bold: true }
}

function addNewCustomers(workbook: ExcelJS.Workbook, report: ReportSheet): void {
  const { data, t } = report
  const columns: SheetColumn[] = [
    { header: t('customerNo'), width: 12 },
    { header: t('customer'), width: 34 },
    { header: t('city'), width: 18 },
    { header: t('country'), width: 9 },
    { header: t('salesExecutive'), width: 24 },
    { header: t('created'), width: 12, format: report.dateFormat }
  ]
  const rows: Cell[][] = data.newCustomers.map((c) => [
    c.code,
    c.name,
    c.city,
    c.country,
    c.executive,
    isoToDate(c.createdAt.slice(0, 10))
  ])
  addSheet(workbook, report, 'sheetNewCustomers', columns, rows)
}

function addOpenEstimates(workbook: ExcelJS.Workbook, report: ReportSheet): void {
  const { data, t, m, dateFormat } = report
  const columns: SheetColumn[] = [
    { header: t('estimate'), width: 16 },
    { header: t('date'), width: 12, format: dateFormat },
    { header: t('validUntil'), width: 12, format: dateFormat },
    { header: t('customer'), width: 34 },
    { header: t('salesExecutive'), width: 24 },
    ...amountColumns(report, [t('net')])
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
  const sheet = addSheet(workbook, report, 'sheetOpenEstimates', columns, rows)
  formatOwnAmounts(sheet, rows.length, 6, [7])
  addTotalRow(sheet, t('total'), rows.length, {
    8: m.units(data.openEstimates.reduce((s, e) => s + (e.netInAccountingCents ?? 0), 0))
  })
}

/**
 * What was overdue at the week's end per customer and currency (the payments area's ledger as
 * of then): the customers owing most one by one, then the others per currency; still owed in the
 * document's currency, and in the accounting currency (the only amount totalled: currencies are
 * never added).
 */
function addOverdue(workbook: ExcelJS.Workbook, report: ReportSheet): void {
  const { data, t, m, dateFormat } = report
  const overdue = data.overdue
  const columns: SheetColumn[] = [
    { header: t('customerNo'), width: 12 },
    { header: t('customer'), width: 34 },
    { header: t('salesExecutive'), width: 24 },
    { header: t('overdueCount'), width: 10, format: COUNT_FORMAT },
    { header: t('oldestDueDate'), width: 12, format: dateFormat },
    { header: t('daysOverdue'), width: 10, format: COUNT_FORMAT },
    { header: t('currency'), width: 9 },
    { header: t('stillOwed'), width: 14 },
    { header: t('stillOwedIn', { currency: data.currency }), width: 14, format: m.format }
  ]
  const groups = [
    ...overdue.listed,
    ...overdue.others.map((o) => ({
      ...o,
      customerCode: '',
      customerName: t('otherCustomers', { count: report.count(o.customers) }),
      executive: ''
    }))
  ]
  const rows: Cell[][] = groups.map((o) => [
    o.customerCode,
    o.customerName,
    o.executive,
    o.count,
    isoToDate(o.oldestDueDate),
    o.daysOverdue,
    o.currency,
    ownUnits(o.openCents, o.currency),
    o.openInAccountingCents === null ? null : m.units(o.openInAccountingCents)
  ])
  const sheet = addSheet(workbook, report, 'sheetOverdue', columns, rows)
  formatOwnAmounts(sheet, rows.length, 7, [8])
  const total = addTotalRow(sheet, t('total'), rows.length, {
    4: overdue.count,
    9: m.units(overdue.openInAccountingCents)
  })
  // What the sheet holds and where the rest is, under the total (as the summary's notes).
  sheet.getCell(total.number + 2, 1).value = t('overdueSubtitle', {
    date: report.date(data.figures.end),
    currency: data.currency,
    listed: report.count(OVERDUE_CUSTOMERS_LISTED)
  })
}

/** The week's complaints (requests area): opened, closed, late, median resolution time. */
function addComplaints(workbook: ExcelJS.Workbook, report: ReportSheet): void {
  const { t } = report
  const columns: SheetColumn[] = [
    { header: t('sheetComplaints'), width: 34 },
    { header: t('value'), width: 12, format: DECIMAL_FORMAT }
  ]
  const c = report.data.complaints
  addSheet(workbook, report, 'sheetComplaints', columns, [
    [t('opened'), c.opened],
    [t('closed'), c.closed],
    [t('late'), c.late],
    [t('medianResolutionHours'), c.medianResolutionHours]
  ])
}

export const reportFileName = (week: string, format: 'xlsx' | 'pdf') => `weekly-report-${week}.${format}`

export async function weeklyReportXlsx(data: WeeklyReportData, createdAt: Date): Promise<FileResult> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Salesdesk'
  workbook.created = createdAt
  workbook.modified = createdAt
  // dc:language of the file's properties: exceljs writes it, its types leave it out.
  Object.assign(workbook, { language: data.language })
  const { week, start, end } = data.figures
  const t = reportWords(data.language)
  const written = regionFormatter(data.region, data.locale)
  const date = (iso: string) => written.date(iso)
  const title = `${t('title', { week, start: date(start), end: date(end) })}${data.company.legalName ? ` · ${data.company.legalName}` : ''}`
  const report: ReportSheet = {
    data,
    t,
    title,
    m: moneyOf(data.currency),
    dateFormat: excelDateFormat(data.region),
    date,
    count: (n) => written.number(n)
  }
  for (const add of [
    addSummary,
    addTrend,
    addInvoices,
    addCorrections,
    addNewCustomers,
    addOpenEstimates,
    addOverdue,
    addComplaints
  ])
    add(workbook, report)
  const buffer = await workbook.xlsx.writeBuffer()
  return {
    kind: 'file',
    fileName: reportFileName(week, 'xlsx'),
    mimeType: XLSX_MIME,
    bytes: new Uint8Array(buffer)
  }
}
