/**
 * The weekly management pack as PDF (A4 landscape): the summary table with the team total,
 * charts (actual vs target per executive, the 12-week revenue trend, pipeline, top performers)
 * drawn as vector bars and lines, then the week's invoices, new customers, open estimates and
 * overdue invoices. Same content as the Excel report.
 */
import PDFDocument from 'pdfkit'
import type { FileResult } from '../../shared/schemas/common'
import type { FiguresRow } from '../../shared/schemas/figures'
import { printFormat, type PrintFormat } from '../pdf/format'
import {
  barChart,
  contentWidth,
  heading,
  lineChart,
  MARGIN,
  table,
  useFont,
  type Doc,
  type PdfColumn
} from './pdf-draw'
import type { WeeklyReportData } from './report-data'
import { reportFileName, rowLabel } from './report-xlsx'

const PDF_MIME = 'application/pdf'

const percent = (ratio: number | null) => (ratio === null ? '' : `${(ratio * 100).toFixed(1)} %`)
const count = (n: number | null) => (n === null ? '' : String(Math.round(n * 100) / 100))

function summaryTable(doc: Doc, data: WeeklyReportData, f: PrintFormat): void {
  const columns: PdfColumn[] = [
    { header: 'Sales executive', weight: 3 },
    { header: 'Revenue', weight: 2, align: 'right' },
    { header: 'Target', weight: 2, align: 'right' },
    { header: 'Variance', weight: 2, align: 'right' },
    { header: '% of target', weight: 1.4, align: 'right' },
    { header: 'Orders won', weight: 1.9, align: 'right' },
    { header: 'Estimates sent / accepted / declined', weight: 2, align: 'right' },
    { header: 'Conversion', weight: 1.6, align: 'right' },
    { header: 'New customers (target)', weight: 1.5, align: 'right' },
    { header: 'Visits (target)', weight: 1.3, align: 'right' },
    { header: 'Calls (target)', weight: 1.4, align: 'right' },
    { header: 'Pipeline', weight: 2, align: 'right' }
  ]
  const cells = (r: FiguresRow) => {
    const target = r.targets.revenueCents
    return [
      rowLabel(r),
      f.money(r.revenueCents),
      target === null ? '' : f.money(target),
      target === null ? '' : f.money(r.revenueCents - target),
      target ? percent(r.revenueCents / target) : '',
      `${r.ordersWon} · ${f.money(r.ordersWonCents)}`,
      `${r.estimatesSent} / ${r.estimatesAccepted} / ${r.estimatesDeclined}`,
      percent(r.conversionRate),
      `${r.newCustomers}${r.targets.newCustomers === null ? '' : ` (${count(r.targets.newCustomers)})`}`,
      `${r.visitsCompleted}${r.targets.visits === null ? '' : ` (${count(r.targets.visits)})`}`,
      `${r.activity.calls}${r.targets.calls === null ? '' : ` (${count(r.targets.calls)})`}`,
      f.money(r.pipelineCents)
    ]
  }
  table(doc, columns, [
    ...data.figures.rows.map((r) => ({ cells: cells(r) })),
    { cells: cells(data.figures.team), bold: true }
  ])
}

function shortName(name: string): string {
  const parts = name.split(' ')
  return parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1][0]}.` : name
}

function chartsPage(doc: Doc, data: WeeklyReportData, f: PrintFormat): void {
  doc.addPage()
  heading(doc, 'Charts', `Week ${data.figures.week}`)
  const width = contentWidth(doc)
  const half = (width - 90) / 2
  const top = doc.y + 24
  const executives = data.figures.rows.filter((r) => r.kind === 'executive')
  const units = (cents: number) => f.money(Math.round(cents)).replace(/[.,]00$/, '')
  barChart(
    doc,
    { x: MARGIN + 50, y: top, width: half, height: 150 },
    'Revenue: actual vs target per executive',
    executives.map((r) => shortName(r.name)),
    [
      { label: 'Revenue', color: '#2f6f9f', values: executives.map((r) => r.revenueCents) },
      { label: 'Target', color: '#b9c7d4', values: executives.map((r) => r.targets.revenueCents ?? 0) }
    ],
    units
  )
  lineChart(
    doc,
    { x: MARGIN + 110 + half, y: top, width: half - 20, height: 150 },
    'Team revenue, last 12 weeks',
    data.trend.map((p) => p.week.slice(5)),
    [
      { label: 'Revenue', color: '#2f6f9f', values: data.trend.map((p) => p.revenueCents) },
      { label: 'Target', color: '#c0504d', values: data.trend.map((p) => p.targetCents), dashed: true }
    ],
    units
  )
  const second = top + 225
  barChart(
    doc,
    { x: MARGIN + 50, y: second, width: half, height: 110 },
    'Pipeline: open estimates by value',
    executives.map((r) => shortName(r.name)),
    [{ label: 'Open estimates (net)', color: '#6a9f3f', values: executives.map((r) => r.pipelineCents) }],
    units
  )
  const x = MARGIN + 110 + half
  useFont(doc, true, 9).text('Top performers', x - 50, second - 16, { width: half })
  let y = second
  if (data.topPerformers.length === 0) useFont(doc, false, 8.5).text('No revenue this week yet.', x - 50, y)
  data.topPerformers.forEach((p, i) => {
    useFont(doc, true, 11)
      .fillColor('#1f3b57')
      .text(`${i + 1}. ${p.name}`, x - 50, y, { width: half })
    useFont(doc, false, 8.5).fillColor('#000000')
    const parts = [
      `Revenue ${f.money(p.revenueCents)}`,
      p.percentOfTarget === null ? '' : `${percent(p.percentOfTarget)} of target`,
      p.conversionRate === null ? '' : `conversion ${percent(p.conversionRate)}`
    ]
    doc.text(parts.filter(Boolean).join(' · '), x - 50, doc.y + 1, { width: half })
    y = doc.y + 8
  })
  doc.y = second + 150
}

function lists(doc: Doc, data: WeeklyReportData, f: PrintFormat): void {
  doc.addPage()
  heading(
    doc,
    `Invoices of week ${data.figures.week}`,
    'Revenue = net after the credit and debit notes on each invoice'
  )
  const sumOf = <T>(rows: T[], g: (r: T) => number) => rows.reduce((s, r) => s + g(r), 0)
  table(
    doc,
    [
      { header: 'Invoice', weight: 2 },
      { header: 'Date', weight: 1.5 },
      { header: 'Customer', weight: 4 },
      { header: 'Sales executive', weight: 2.5 },
      { header: 'Net', weight: 1.6, align: 'right' },
      { header: 'Credit/debit notes', weight: 1.6, align: 'right' },
      { header: 'Revenue', weight: 1.6, align: 'right' }
    ],
    [
      ...data.invoices.map((i) => ({
        cells: [
          i.number,
          f.date(i.issueDate),
          `${i.customerCode} ${i.customerName}`,
          i.executive,
          f.money(i.netCents),
          f.money(i.correctionsCents),
          f.money(i.netCents + i.correctionsCents)
        ]
      })),
      ...(data.invoices.length
        ? [
            {
              bold: true,
              cells: [
                'Total',
                '',
                '',
                '',
                f.money(sumOf(data.invoices, (i) => i.netCents)),
                f.money(sumOf(data.invoices, (i) => i.correctionsCents)),
                f.money(sumOf(data.invoices, (i) => i.netCents + i.correctionsCents))
              ]
            }
          ]
        : [])
    ]
  )
  heading(doc, 'New customers')
  table(
    doc,
    [
      { header: 'Customer no.', weight: 1.5 },
      { header: 'Customer', weight: 4 },
      { header: 'City', weight: 2 },
      { header: 'Country', weight: 1 },
      { header: 'Sales executive', weight: 2.5 },
      { header: 'Created', weight: 1.5 }
    ],
    data.newCustomers.map((c) => ({
      cells: [c.code, c.name, c.city, c.country, c.executive, f.date(c.createdAt.slice(0, 10))]
    }))
  )
  heading(
    doc,
    'Open estimates',
    `Sent by ${f.date(data.figures.end)}, still valid, not yet accepted or declined`
  )
  table(
    doc,
    [
      { header: 'Estimate', weight: 2 },
      { header: 'Date', weight: 1.5 },
      { header: 'Valid until', weight: 1.5 },
      { header: 'Customer', weight: 4 },
      { header: 'Sales executive', weight: 2.5 },
      { header: 'Net', weight: 1.6, align: 'right' }
    ],
    [
      ...data.openEstimates.map((e) => ({
        cells: [
          e.number,
          f.date(e.issueDate),
          f.date(e.validUntil),
          e.customerName,
          e.executive,
          f.money(e.netCents)
        ]
      })),
      ...(data.openEstimates.length
        ? [
            {
              bold: true,
              cells: ['Total', '', '', '', '', f.money(sumOf(data.openEstimates, (e) => e.netCents))]
            }
          ]
        : [])
    ]
  )
  heading(
    doc,
    'Overdue invoices',
    `Invoices and debit notes due before ${f.date(data.figures.end)} and still open; amounts incl. VAT, with what was credited and paid on them`
  )
  table(
    doc,
    [
      { header: 'Invoice', weight: 2 },
      { header: 'Date', weight: 1.4 },
      { header: 'Due date', weight: 1.4 },
      { header: 'Days', weight: 0.7, align: 'right' },
      { header: 'Customer', weight: 3.4 },
      { header: 'Sales executive', weight: 2 },
      { header: 'Total', weight: 1.5, align: 'right' },
      { header: 'Credited', weight: 1.5, align: 'right' },
      { header: 'Paid', weight: 1.5, align: 'right' },
      { header: 'Still owed', weight: 1.5, align: 'right' }
    ],
    [
      ...data.overdue.map((o) => ({
        cells: [
          o.number,
          f.date(o.issueDate),
          f.date(o.dueDate),
          String(o.daysOverdue),
          `${o.customerCode} ${o.customerName}`,
          o.executive,
          f.money(o.totalCents),
          f.money(o.creditedCents),
          f.money(o.paidCents),
          f.money(o.openCents)
        ]
      })),
      ...(data.overdue.length
        ? [
            {
              bold: true,
              cells: [
                'Total',
                '',
                '',
                '',
                '',
                '',
                f.money(sumOf(data.overdue, (o) => o.totalCents)),
                f.money(sumOf(data.overdue, (o) => o.creditedCents)),
                f.money(sumOf(data.overdue, (o) => o.paidCents)),
                f.money(sumOf(data.overdue, (o) => o.openCents))
              ]
            }
          ]
        : [])
    ],
    'Nothing overdue at the end of the week.'
  )
  const c = data.complaints
  heading(
    doc,
    'Complaints',
    "Late: closed after their resolution time, or still open past it at the week's end"
  )
  table(
    doc,
    [
      { header: 'Opened', weight: 1, align: 'right' },
      { header: 'Closed', weight: 1, align: 'right' },
      { header: 'Late', weight: 1, align: 'right' },
      { header: 'Median resolution time', weight: 2, align: 'right' }
    ],
    [
      {
        cells: [
          String(c.opened),
          String(c.closed),
          String(c.late),
          c.medianResolutionHours === null ? '–' : `${String(c.medianResolutionHours)} h`
        ]
      }
    ]
  )
}

function footers(doc: Doc, data: WeeklyReportData): void {
  const range = doc.bufferedPageRange()
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    const y = doc.page.height - MARGIN - 10
    useFont(doc, false, 7).fillColor('#555555')
    doc.text(`${data.company.legalName || 'Salesdesk'} · Weekly report ${data.figures.week}`, MARGIN, y, {
      width: 400,
      lineBreak: false
    })
    doc.text(`Page ${i + 1} / ${range.count}`, doc.page.width - MARGIN - 100, y, {
      width: 100,
      align: 'right',
      lineBreak: false
    })
    doc.page.margins.bottom = bottom
  }
}

export async function weeklyReportPdf(data: WeeklyReportData, createdAt: Date): Promise<FileResult> {
  const f = printFormat(data.locale)
  const { week, start, end } = data.figures
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `Weekly report ${week}`,
      Author: data.company.legalName || 'Salesdesk',
      Creator: 'Salesdesk',
      CreationDate: createdAt
    }
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  useFont(doc, true, 16).text(`Weekly sales report ${week}`, MARGIN, MARGIN)
  useFont(doc, false, 9.5)
    .fillColor('#444444')
    .text(
      `${f.date(start)} – ${f.date(end)}${data.company.legalName ? ` · ${data.company.legalName}` : ''} · amounts net of VAT in ${data.currency}`
    )
  doc.fillColor('#000000')
  doc.y += 10
  heading(doc, 'Summary per sales executive')
  summaryTable(doc, data, f)
  chartsPage(doc, data, f)
  lists(doc, data, f)
  footers(doc, data)
  doc.end()
  return {
    kind: 'file',
    fileName: reportFileName(week, 'pdf'),
    mimeType: PDF_MIME,
    bytes: new Uint8Array(await done)
  }
}
