/**
 * The weekly management pack as PDF (A4 landscape): the summary table with the team total,
 * charts (actual vs target per executive, the 12-week revenue trend, pipeline, top performers)
 * drawn as vector bars and lines, then the week's invoices, new customers, open estimates and
 * overdue invoices. Same content as the Excel report.
 */
import PDFDocument from 'pdfkit'
import type { FileResult } from '../../shared/schemas/common'
import { wholeTarget, type FiguresRow } from '../../shared/schemas/figures'
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
import { correctionKindLabels, reportFileName, reportNotes, rowLabel } from './report-xlsx'

const PDF_MIME = 'application/pdf'

/** Amounts of the report in its (accounting) currency; ratios and counts in the report's locale. */
interface ReportFormat {
  money: (minor: number) => string
  own: (minor: number, currency: string) => string
  percent: (ratio: number | null) => string
  date: (iso: string | null) => string
  count: (n: number) => string
}

function reportFormat(f: PrintFormat, currency: string): ReportFormat {
  return {
    money: (minor) => `${minor < 0 ? '-' : ''}${f.money(Math.abs(minor), currency)}`,
    own: (minor, own) => `${minor < 0 ? '-' : ''}${f.money(Math.abs(minor), own)} ${own}`,
    percent: (ratio) => (ratio === null ? '' : f.ratio(ratio)),
    date: (iso) => f.date(iso),
    count: (n) => f.number(n)
  }
}

/** "0 % (0/1)": a ratio with the counts it rests on (one executive's week has only a few quotes). */
const ofBase = (g: ReportFormat, ratio: number, part: number, whole: number) =>
  `${g.percent(ratio)} (${g.count(part)}/${g.count(whole)})`

/** "3 (target 5)": a countable target per week in whole units. */
const withTarget = (g: ReportFormat, actual: number, target: number | null) =>
  `${g.count(actual)}${target === null ? '' : ` (${g.count(wholeTarget(target))})`}`

function summaryTable(doc: Doc, data: WeeklyReportData, g: ReportFormat): void {
  const columns: PdfColumn[] = [
    { header: 'Sales executive', weight: 2.6 },
    { header: 'Invoiced', weight: 1.9, align: 'right' },
    { header: 'Corrections', weight: 1.7, align: 'right' },
    { header: 'Revenue', weight: 1.9, align: 'right' },
    { header: 'Target', weight: 1.9, align: 'right' },
    { header: '% of target', weight: 1.3, align: 'right' },
    { header: 'Fees (not revenue)', weight: 1.4, align: 'right' },
    { header: 'Orders won', weight: 1.9, align: 'right' },
    { header: 'Estimates sent / accepted / declined / superseded', weight: 1.9, align: 'right' },
    { header: 'Decided ratio', weight: 1.3, align: 'right' },
    { header: 'Cohort conversion', weight: 1.7, align: 'right' },
    { header: 'New customers (target)', weight: 1.3, align: 'right' },
    { header: 'Visits (target)', weight: 1.2, align: 'right' },
    { header: 'Calls (target)', weight: 1.2, align: 'right' },
    { header: 'Pipeline', weight: 1.9, align: 'right' }
  ]
  const cells = (r: FiguresRow) => {
    const target = r.targets.revenueCents
    return [
      rowLabel(r),
      g.money(r.invoicedCents),
      g.money(r.correctionsCents),
      g.money(r.revenueCents),
      target === null ? '' : g.money(target),
      target ? g.percent(r.revenueCents / target) : '',
      g.money(r.feesCents),
      `${g.count(r.ordersWon)} · ${g.money(r.ordersWonCents)}`,
      [r.estimatesSent, r.estimatesAccepted, r.estimatesDeclined, r.estimatesSuperseded]
        .map(g.count)
        .join(' / '),
      g.percent(r.conversionRate),
      `${g.percent(r.cohortConversion)} (${g.count(r.cohortAccepted)}/${g.count(r.cohortSent)})`,
      withTarget(g, r.newCustomers, r.targets.newCustomers),
      withTarget(g, r.visitsCompleted, r.targets.visits),
      withTarget(g, r.activity.calls, r.targets.calls),
      g.money(r.pipelineCents)
    ]
  }
  table(doc, columns, [
    ...data.figures.rows.map((r) => ({ cells: cells(r) })),
    { cells: cells(data.figures.team), bold: true }
  ])
  useFont(doc, false, 7.5).fillColor('#444444')
  for (const note of reportNotes(data)) doc.text(note, MARGIN, doc.y + 2, { width: contentWidth(doc) })
  doc.fillColor('#000000')
}

function shortName(name: string): string {
  const parts = name.split(' ')
  return parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1][0]}.` : name
}

function chartsPage(doc: Doc, data: WeeklyReportData, g: ReportFormat): void {
  doc.addPage()
  heading(doc, 'Charts', `Week ${data.figures.week}`)
  const width = contentWidth(doc)
  const half = (width - 90) / 2
  const top = doc.y + 24
  const executives = data.figures.rows.filter((r) => r.kind === 'executive')
  const units = (minor: number) => g.money(Math.round(minor)).replace(/[.,]0+$/, '')
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
      `Revenue ${g.money(p.revenueCents)}`,
      p.percentOfTarget === null ? '' : `${g.percent(p.percentOfTarget)} of target`,
      p.conversionRate === null
        ? ''
        : `decided ratio ${ofBase(g, p.conversionRate, p.estimatesAccepted, p.estimatesDecided)}`,
      p.cohortConversion === null
        ? ''
        : `cohort conversion ${ofBase(g, p.cohortConversion, p.cohortAccepted, p.cohortSent)}`
    ]
    doc.text(parts.filter(Boolean).join(' · '), x - 50, doc.y + 1, { width: half })
    y = doc.y + 8
  })
  doc.y = second + 150
}

/** A document's own amount and, beside it, its net in the accounting currency ("—" without a rate). */
const converted = (g: ReportFormat, own: number, currency: string, accounting: number | null) => [
  g.own(own, currency),
  accounting === null ? '—' : g.money(accounting)
]

const totalRow = (width: number, last: string) => ({
  bold: true,
  cells: ['Total', ...Array<string>(width - 2).fill(''), last]
})

function lists(doc: Doc, data: WeeklyReportData, g: ReportFormat): void {
  const { currency } = data
  doc.addPage()
  heading(doc, `Invoices of week ${data.figures.week}`, `Net in the invoice's currency and in ${currency}`)
  const sumOf = <T>(rows: T[], read: (r: T) => number | null) => rows.reduce((s, r) => s + (read(r) ?? 0), 0)
  table(
    doc,
    [
      { header: 'Invoice', weight: 2 },
      { header: 'Date', weight: 1.5 },
      { header: 'Customer', weight: 4 },
      { header: 'Sales executive', weight: 2.5 },
      { header: 'Net', weight: 2, align: 'right' },
      { header: `Net in ${currency}`, weight: 1.8, align: 'right' }
    ],
    [
      ...data.invoices.map((i) => ({
        cells: [
          i.number,
          g.date(i.issueDate),
          `${i.customerCode} ${i.customerName}`,
          i.executive,
          ...converted(g, i.netCents, i.currency, i.netInAccountingCents)
        ]
      })),
      ...(data.invoices.length
        ? [totalRow(6, g.money(sumOf(data.invoices, (i) => i.netInAccountingCents)))]
        : [])
    ]
  )
  heading(
    doc,
    'Corrections issued this week',
    'Credit notes (minus) and price-correction debit notes (plus) count in revenue this week, whichever week their invoice was in; fees passed on do not'
  )
  table(
    doc,
    [
      { header: 'Note', weight: 2 },
      { header: 'Date', weight: 1.4 },
      { header: 'Kind', weight: 3 },
      { header: 'Invoice', weight: 2 },
      { header: 'Customer', weight: 3.2 },
      { header: 'Sales executive', weight: 2.2 },
      { header: 'Net', weight: 2, align: 'right' },
      { header: `Net in ${currency}`, weight: 1.8, align: 'right' }
    ],
    [
      ...data.corrections.map((c) => ({
        cells: [
          c.number,
          g.date(c.issueDate),
          correctionKindLabels[c.kind],
          `${c.invoiceNumber} (${g.date(c.invoiceDate)})`,
          `${c.customerCode} ${c.customerName}`,
          c.executive,
          ...converted(g, c.netCents, c.currency, c.netInAccountingCents)
        ]
      })),
      ...(data.corrections.length
        ? [
            {
              bold: true,
              cells: [
                'Total',
                '',
                'Corrections of revenue',
                ...Array<string>(4).fill(''),
                g.money(sumOf(data.corrections, (c) => (c.kind === 'fee' ? 0 : c.netInAccountingCents)))
              ]
            },
            {
              bold: true,
              cells: [
                '',
                '',
                'Fees (not revenue)',
                ...Array<string>(4).fill(''),
                g.money(sumOf(data.corrections, (c) => (c.kind === 'fee' ? c.netInAccountingCents : 0)))
              ]
            }
          ]
        : [])
    ],
    'No credit or debit notes this week.'
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
      cells: [c.code, c.name, c.city, c.country, c.executive, g.date(c.createdAt.slice(0, 10))]
    }))
  )
  heading(
    doc,
    'Open estimates',
    `Sent by ${g.date(data.figures.end)}, still valid, not yet accepted, declined or superseded`
  )
  table(
    doc,
    [
      { header: 'Estimate', weight: 2 },
      { header: 'Date', weight: 1.5 },
      { header: 'Valid until', weight: 1.5 },
      { header: 'Customer', weight: 4 },
      { header: 'Sales executive', weight: 2.5 },
      { header: 'Net', weight: 2, align: 'right' },
      { header: `Net in ${currency}`, weight: 1.8, align: 'right' }
    ],
    [
      ...data.openEstimates.map((e) => ({
        cells: [
          e.number,
          g.date(e.issueDate),
          g.date(e.validUntil),
          e.customerName,
          e.executive,
          ...converted(g, e.netCents, e.currency, e.netInAccountingCents)
        ]
      })),
      ...(data.openEstimates.length
        ? [totalRow(7, g.money(sumOf(data.openEstimates, (e) => e.netInAccountingCents)))]
        : [])
    ]
  )
  heading(
    doc,
    'Overdue invoices',
    `Invoices and debit notes due before ${g.date(data.figures.end)} and still open at its end; amounts incl. VAT in their currency, with what was credited and paid on them, and what is still owed in ${currency}`
  )
  table(
    doc,
    [
      { header: 'Invoice', weight: 2 },
      { header: 'Date', weight: 1.4 },
      { header: 'Due date', weight: 1.4 },
      { header: 'Days', weight: 0.7, align: 'right' },
      { header: 'Customer', weight: 3 },
      { header: 'Sales executive', weight: 1.8 },
      { header: 'Total', weight: 1.7, align: 'right' },
      { header: 'Credited', weight: 1.5, align: 'right' },
      { header: 'Paid', weight: 1.5, align: 'right' },
      { header: 'Still owed', weight: 1.7, align: 'right' },
      { header: `Still owed in ${currency}`, weight: 1.6, align: 'right' }
    ],
    [
      ...data.overdue.map((o) => ({
        cells: [
          o.number,
          g.date(o.issueDate),
          g.date(o.dueDate),
          g.count(o.daysOverdue),
          `${o.customerCode} ${o.customerName}`,
          o.executive,
          g.own(o.totalCents, o.currency),
          g.own(o.creditedCents, o.currency),
          g.own(o.paidCents, o.currency),
          ...converted(g, o.openCents, o.currency, o.openInAccountingCents)
        ]
      })),
      ...(data.overdue.length
        ? [totalRow(11, g.money(sumOf(data.overdue, (o) => o.openInAccountingCents)))]
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
  const g = reportFormat(f, data.currency)
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
      `${f.date(start)} – ${f.date(end)}${data.company.legalName ? ` · ${data.company.legalName}` : ''} · amounts net of VAT in ${data.currency}, converted at each document's exchange rate frozen at issue`
    )
  doc.fillColor('#000000')
  doc.y += 10
  heading(doc, 'Summary per sales executive')
  summaryTable(doc, data, g)
  chartsPage(doc, data, g)
  lists(doc, data, g)
  footers(doc, data)
  doc.end()
  return {
    kind: 'file',
    fileName: reportFileName(week, 'pdf'),
    mimeType: PDF_MIME,
    bytes: new Uint8Array(await done)
  }
}
