/**
 * Issue 12's report files against the bare libraries: the weekly report's Excel and PDF drawn
 * from data read once, beside exceljs and pdfkit writing the same cells with nothing else (no
 * styles, formulas, wrapping, charts or page furniture): the ratio is what the report adds.
 */
import ExcelJS from 'exceljs'
import PDFDocument from 'pdfkit'
import { weeklyReportData, type WeeklyReportData } from '../src/main/figures/report-data'
import { weeklyReportPdf } from '../src/main/figures/report-pdf'
import { weeklyReportXlsx } from '../src/main/figures/report-xlsx'
import { pdfFontPaths } from '../src/main/pdf/resources'
import type { Salesdesk } from '../src/main/runtime'
import { cpuFigure, type CpuSample, loadNote, medianCpu, report, timeRunsCpu } from './stats'

type Value = string | number | Date | null

const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`)
const units = (minor: number | null) => (minor === null ? null : minor / 100)

/** The report's tables as plain rows of values (the summary, then each list). */
function tables(data: WeeklyReportData): Array<{ name: string; rows: Value[][] }> {
  const { figures } = data
  return [
    {
      name: 'Summary',
      rows: [...figures.rows, figures.team].map((r) => [
        r.name,
        units(r.invoicedCents),
        units(r.correctionsCents),
        units(r.revenueCents),
        units(r.targets.revenueCents),
        units(r.feesCents),
        r.ordersWon,
        units(r.ordersWonCents),
        r.estimatesSent,
        r.estimatesAccepted,
        r.estimatesDeclined,
        r.estimatesSuperseded,
        r.conversionRate,
        r.cohortConversion,
        r.newCustomers,
        r.visitsCompleted,
        r.activity.calls,
        units(r.pipelineCents)
      ])
    },
    { name: 'Trend', rows: data.trend.map((p) => [p.week, units(p.revenueCents), units(p.targetCents)]) },
    {
      name: 'Invoices',
      rows: data.invoices.map((i) => [
        i.number,
        day(i.issueDate),
        i.customerCode,
        i.customerName,
        i.executive,
        i.currency,
        units(i.netCents),
        units(i.totalCents),
        units(i.netInAccountingCents)
      ])
    },
    {
      name: 'Corrections',
      rows: data.corrections.map((c) => [
        c.number,
        day(c.issueDate),
        c.kind,
        c.invoiceNumber,
        day(c.invoiceDate),
        `${c.customerCode} ${c.customerName}`,
        c.executive,
        c.currency,
        units(c.netCents),
        units(c.netInAccountingCents)
      ])
    },
    {
      name: 'New customers',
      rows: data.newCustomers.map((c) => [c.code, c.name, c.city, c.country, c.executive, day(c.createdAt)])
    },
    {
      name: 'Open estimates',
      rows: data.openEstimates.map((e) => [
        e.number,
        day(e.issueDate),
        day(e.validUntil),
        e.customerName,
        e.executive,
        e.currency,
        units(e.netCents),
        units(e.netInAccountingCents)
      ])
    },
    {
      name: 'Overdue invoices',
      rows: [...data.overdue.listed, ...data.overdue.others].map((o) => [
        'customerCode' in o ? o.customerCode : '',
        'customerName' in o ? o.customerName : String(o.customers),
        'executive' in o ? o.executive : '',
        o.count,
        day(o.oldestDueDate),
        o.daysOverdue,
        o.currency,
        units(o.openCents),
        units(o.openInAccountingCents)
      ])
    }
  ]
}

/** exceljs alone: one sheet per table, the values added row by row, written to a buffer. */
async function bareXlsx(data: WeeklyReportData): Promise<number> {
  const workbook = new ExcelJS.Workbook()
  for (const { name, rows } of tables(data)) {
    const sheet = workbook.addWorksheet(name)
    for (const row of rows) sheet.addRow(row)
  }
  return (await workbook.xlsx.writeBuffer()).byteLength
}

const text = (value: Value) =>
  value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value)

/** pdfkit alone: the same cells as text on a grid (one line each, same font and size), A4 landscape. */
async function barePdf(data: WeeklyReportData): Promise<number> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36 })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
  })
  doc.font(pdfFontPaths().regular).fontSize(8)
  const bottom = doc.page.height - 60
  for (const { rows } of tables(data)) {
    doc.addPage()
    let y = 36
    for (const row of rows) {
      if (y > bottom) {
        doc.addPage()
        y = 36
      }
      const width = (doc.page.width - 72) / row.length
      row.forEach((value, i) => doc.text(text(value), 36 + i * width, y, { lineBreak: false }))
      y += 11
    }
  }
  doc.end()
  return (await done).length
}

/**
 * Data read once, then ours and the bare library on it in turn (so both see the same load). Each
 * figure is wall time and CPU time (process and main thread): on a loaded machine the wall time is
 * mostly waiting for a core, so the goals are judged on CPU time.
 */
export interface ReportFilesBench {
  data: CpuSample
  /** Ours and the bare library drawing the same cells, per format. */
  draw: Record<'xlsx' | 'pdf', { ours: CpuSample; bare: CpuSample }>
}

export async function benchReportFiles(app: Salesdesk, week: string): Promise<ReportFilesBench> {
  const reads = medianCpu(await timeRunsCpu(3, () => weeklyReportData(app.store.db, week)))
  const data = await weeklyReportData(app.store.db, week)
  const cells = tables(data).reduce((sum, t) => sum + t.rows.reduce((s, r) => s + r.length, 0), 0)
  report('report data read once (weeklyReportData)', cpuFigure(reads), `${cells} cells listed, ${loadNote()}`)
  const now = new Date()
  const pairs: Array<[string, () => Promise<unknown>, () => Promise<unknown>]> = [
    ['xlsx', () => weeklyReportXlsx(data, now), () => bareXlsx(data)],
    ['pdf', () => weeklyReportPdf(data, now), () => barePdf(data)]
  ]
  const draw = {} as ReportFilesBench['draw']
  for (const [format, ours, bare] of pairs) {
    const oursRuns: CpuSample[] = []
    const bareRuns: CpuSample[] = []
    for (let i = 0; i < 3; i++) {
      oursRuns.push(...(await timeRunsCpu(1, ours)))
      bareRuns.push(...(await timeRunsCpu(1, bare)))
    }
    const [o, b] = [medianCpu(oursRuns), medianCpu(bareRuns)]
    draw[format as 'xlsx' | 'pdf'] = { ours: o, bare: b }
    report(`report ${format} drawn from the data`, cpuFigure(o), loadNote())
    report(
      `bare ${format === 'pdf' ? 'pdfkit' : 'exceljs'}, same cells`,
      cpuFigure(b),
      `ours / bare: wall ${(o.wallMs / b.wallMs).toFixed(2)}×, CPU ${(o.cpuMs / b.cpuMs).toFixed(2)}×`
    )
  }
  return { data: reads, draw }
}
