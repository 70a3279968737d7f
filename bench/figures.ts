/**
 * Issue 6 figures on the large demo database (≥ 1 000 000 invoice lines): weekly figures for
 * all executives (target: under 50 ms), and a year's invoice lines to Excel (250 000 rows)
 * against a bare exceljs stream of the same rows (target: at most 1.3×), with peak memory.
 *
 * Call from bench/run.ts with the started app on the large demo:
 *   await benchWeeklyFigures(app)
 *   await benchWeeklyReport(app)
 *   await benchInvoiceLinesExport(app)
 */
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { addIsoWeeks, isoWeekOf, isoWeeksEndingWith } from '../src/shared/iso-week'
import type { WeeklyFigures } from '../src/shared/schemas/figures'
import {
  countInvoiceLines,
  exportInvoiceLines,
  invoiceLineColumns,
  invoiceLineRows,
  type InvoiceLineRow
} from '../src/main/figures/invoice-lines'
import type { Salesdesk } from '../src/main/runtime'
import {
  cpuFigure,
  type CpuSample,
  heading,
  loadNote,
  median,
  medianCpu,
  ms,
  percentile,
  report,
  timeOnce,
  timeRuns,
  timeRunsCpu
} from './stats'
import { required } from '../src/shared/required'

const MB = 1024 * 1024

/** Runs `action` while sampling the process's resident memory; returns its peak above the start. */
export async function withPeakMemory<T>(
  action: () => Promise<T>
): Promise<{ result: T; ms: number; peakRssMb: number; peakHeapMb: number }> {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const start = process.memoryUsage()
  let peakRss = start.rss
  let peakHeap = start.heapUsed
  const sample = () => {
    const now = process.memoryUsage()
    peakRss = Math.max(peakRss, now.rss)
    peakHeap = Math.max(peakHeap, now.heapUsed)
  }
  const timer = setInterval(sample, 5)
  try {
    const { ms: elapsed, result } = await timeOnce(action)
    sample()
    return {
      result,
      ms: elapsed,
      peakRssMb: (peakRss - start.rss) / MB,
      peakHeapMb: (peakHeap - start.heapUsed) / MB
    }
  } finally {
    clearInterval(timer)
  }
}

export async function call<T>(app: Salesdesk, method: string, input: unknown): Promise<T> {
  const result = await app.api.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.data as T
}

/** The last complete week before `now` and the 11 before it. */
export function recentWeeks(now = new Date(), count = 12): string[] {
  return isoWeeksEndingWith(addIsoWeeks(isoWeekOf(now.toISOString()), -1), count)
}

export interface WeeklyFiguresBench {
  executives: number
  firstMs: number
  medianMs: number
  p95Ms: number
  dashboardMedianMs: number
}

/** weekly.figures (all executives, one ISO week) through the API, over the last 12 weeks. */
export async function benchWeeklyFigures(app: Salesdesk, weeks = recentWeeks()): Promise<WeeklyFiguresBench> {
  heading('Weekly figures (large demo, all executives)')
  const first = await timeOnce(() =>
    call<WeeklyFigures>(app, 'weekly.figures', { week: weeks[weeks.length - 1] })
  )
  const executives = first.result.rows.length
  const samples: number[] = []
  for (let round = 0; round < 5; round++) {
    for (const week of weeks)
      samples.push(...(await timeRuns(1, () => call(app, 'weekly.figures', { week }))))
  }
  const dashboard = await timeRuns(5, () => call(app, 'weekly.dashboard', { week: weeks[weeks.length - 1] }))
  const result = {
    executives,
    firstMs: first.ms,
    medianMs: median(samples),
    p95Ms: percentile(samples, 95),
    dashboardMedianMs: median(dashboard)
  }
  report(
    'weekly.figures, first call',
    ms(result.firstMs),
    `${executives} rows (executives with figures or active)`
  )
  report(
    `weekly.figures, ${weeks.length} weeks x 5`,
    `median ${ms(result.medianMs)}, p95 ${ms(result.p95Ms)}`,
    'target: under 50 ms'
  )
  report('weekly.dashboard (figures + 12-week trend)', `median ${ms(result.dashboardMedianMs)}`)
  return result
}

export interface WeeklyReportBench {
  week: string
  invoices: number
  xlsxMs: number
  pdfMs: number
  /** CPU time of the process (every thread), median of the runs. */
  xlsxCpuMs: number
  pdfCpuMs: number
  /** CPU time of the main thread alone, median of the runs. */
  xlsxThreadMs: number
  pdfThreadMs: number
  xlsxBytes: number
  pdfBytes: number
}

/** The weekly report of the last complete week (every invoice of the week listed), Excel and PDF. */
export async function benchWeeklyReport(
  app: Salesdesk,
  week = required(recentWeeks().at(-1), 'last complete week')
): Promise<WeeklyReportBench> {
  const figures = await call<WeeklyFigures>(app, 'weekly.figures', { week })
  heading(`Weekly report ${week} (${figures.team.invoiceCount.toLocaleString('en')} invoices listed)`)
  let xlsxBytes = 0
  let pdfBytes = 0
  const xlsxRuns = await timeRunsCpu(
    3,
    async () =>
      (xlsxBytes = (await call<{ bytes: Uint8Array }>(app, 'weekly.report', { week, format: 'xlsx' })).bytes
        .length)
  )
  const pdfRuns = await timeRunsCpu(
    3,
    async () =>
      (pdfBytes = (await call<{ bytes: Uint8Array }>(app, 'weekly.report', { week, format: 'pdf' })).bytes
        .length)
  )
  const [xlsx, pdf] = [medianCpu(xlsxRuns), medianCpu(pdfRuns)]
  // Each run's main-thread CPU: the first calls of the process compile the code they run (the
  // report's, exceljs', pdfkit's), so they cost more than the data and draw figures, measured after.
  const runs = (samples: CpuSample[]) => `runs, main: ${samples.map((r) => ms(r.threadMs)).join(', ')}`
  const result = {
    week,
    invoices: figures.team.invoiceCount,
    xlsxMs: xlsx.wallMs,
    pdfMs: pdf.wallMs,
    xlsxCpuMs: xlsx.cpuMs,
    pdfCpuMs: pdf.cpuMs,
    xlsxThreadMs: xlsx.threadMs,
    pdfThreadMs: pdf.threadMs,
    xlsxBytes,
    pdfBytes
  }
  report(
    'weekly.report xlsx (goal: 300 ms)',
    cpuFigure(xlsx),
    `${(xlsxBytes / 1024).toFixed(0)} KB, ${loadNote()}; ${runs(xlsxRuns)}`
  )
  report(
    'weekly.report pdf, with charts (goal: 500 ms)',
    cpuFigure(pdf),
    `${(pdfBytes / 1024).toFixed(0)} KB, ${loadNote()}; ${runs(pdfRuns)}`
  )
  return result
}

export interface InvoiceLinesBench {
  year: number
  yearLines: number
  rows: number
  oursMs: number
  bareMs: number
  ratio: number
  oursPeakRssMb: number
  barePeakRssMb: number
  /** Peak JS heap above the start (the bare run's rows are read before it starts). */
  oursPeakHeapMb: number
  barePeakHeapMb: number
  oursBytes: number
  bareBytes: number
}

/** The year with the most invoice lines in the store. */
export function busiestYear(app: Salesdesk): number {
  const row = app.store.sqlite
    .prepare(
      `select substr(d.issue_date, 1, 4) as year, count(*) as n from documents d join document_lines l on l.document_id = d.id
       where d.type = 'invoice' and d.status = 'issued' group by 1 order by n desc limit 1`
    )
    .get() as { year: string } | undefined
  return row ? Number(row.year) : new Date().getFullYear()
}

/** The same rows as plain cell arrays, converted the way a hand-written export would. */
function bareCells(row: InvoiceLineRow): ExcelJS.CellValue[] {
  return [
    row.number,
    new Date(`${row.issueDate}T00:00:00Z`),
    row.customerCode,
    row.customerName,
    row.executive,
    row.position + 1,
    row.sku,
    row.description,
    row.quantityMilli / 1000,
    row.unit,
    row.unitPriceCents / 100,
    row.discountBp / 10000,
    row.vatRateBp / 10000,
    row.netCents / 100
  ]
}

/** Streams rows with exceljs into memory, nothing else (no formats, no progress, no query). */
async function bareExcelStream(rows: ExcelJS.CellValue[][]): Promise<number> {
  const sink = new PassThrough()
  let bytes = 0
  sink.on('data', (chunk: Buffer) => (bytes += chunk.length))
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve)
    sink.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false
  })
  const sheet = workbook.addWorksheet('Invoice lines')
  sheet.columns = invoiceLineColumns.map((c, i) => ({ header: c.header, key: `c${i}` }))
  for (const row of rows) sheet.addRow(row).commit()
  sheet.commit()
  await workbook.commit()
  await finished
  return bytes
}

/**
 * A year's invoice lines to Excel: ours (keyset-paged query + typed, formatted streaming export,
 * as `weekly.invoiceLinesXlsx` / `salesdesk report invoice-lines` run it) against a bare exceljs
 * stream of the same rows already in memory. `rows` caps the export (the 250 000).
 */
export async function benchInvoiceLinesExport(
  app: Salesdesk,
  options: { year?: number; rows?: number; runs?: number } = {}
): Promise<InvoiceLinesBench> {
  const year = options.year ?? busiestYear(app)
  const limit = options.rows ?? 250_000
  const runs = options.runs ?? 3
  const from = `${year}-01-01`
  const to = `${year}-12-31`
  const yearLines = await countInvoiceLines(app.store.db, from, to)
  const rows = Math.min(limit, yearLines)
  heading(
    `Invoice lines of ${year} to Excel (${rows.toLocaleString('en')} rows x ${invoiceLineColumns.length} columns)`
  )

  // The bare library gets the same rows, read beforehand.
  const cells: ExcelJS.CellValue[][] = []
  for await (const row of invoiceLineRows(app.store.db, from, to, rows)) cells.push(bareCells(row))
  // Interleaved, so both see the same machine load.
  const ours: Array<Awaited<ReturnType<typeof withPeakMemory<number>>>> = []
  const bare: typeof ours = []
  for (let i = 0; i < runs; i++) {
    ours.push(
      await withPeakMemory(
        async () =>
          (await exportInvoiceLines(app.store.db, { from, to, fileName: 'bench.xlsx', limit: rows })).bytes
            .length
      )
    )
    bare.push(await withPeakMemory(() => bareExcelStream(cells)))
  }

  const oursMs = median(ours.map((r) => r.ms))
  const bareMs = median(bare.map((r) => r.ms))
  const result: InvoiceLinesBench = {
    year,
    yearLines,
    rows,
    oursMs,
    bareMs,
    ratio: oursMs / bareMs,
    oursPeakRssMb: Math.max(...ours.map((r) => r.peakRssMb)),
    barePeakRssMb: Math.max(...bare.map((r) => r.peakRssMb)),
    oursPeakHeapMb: Math.max(...ours.map((r) => r.peakHeapMb)),
    barePeakHeapMb: Math.max(...bare.map((r) => r.peakHeapMb)),
    oursBytes: ours[0].result,
    bareBytes: bare[0].result
  }
  const mb = (n: number) => `${n.toFixed(0)} MB`
  report(
    'ours: query + typed streaming export',
    `median ${ms(oursMs)}`,
    `peak RSS +${mb(result.oursPeakRssMb)}, heap +${mb(result.oursPeakHeapMb)}, file ${mb(result.oursBytes / MB)}`
  )
  report(
    'bare exceljs stream, rows in memory',
    `median ${ms(bareMs)}`,
    `peak RSS +${mb(result.barePeakRssMb)}, heap +${mb(result.barePeakHeapMb)}, file ${mb(result.bareBytes / MB)}`
  )
  report(
    'ours / bare (ratio)',
    `${result.ratio.toFixed(2)}x`,
    `target: at most 1.3x; the year has ${yearLines.toLocaleString('en')} lines`
  )
  return result
}
