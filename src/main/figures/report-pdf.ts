/**
 * The weekly management pack as PDF (landscape, on the company's paper: A4 or Letter): the summary table with the team total,
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
import { OVERDUE_CUSTOMERS_LISTED, type WeeklyReportData } from './report-data'
import { correctionKindLabels, reportFileName, reportNotes, rowLabel } from './report-xlsx'
import { reportWords, type ReportWords } from './report-strings'

const PDF_MIME = 'application/pdf'

/**
 * Amounts of the report in its (accounting) currency; ratios, counts and dates as the region writes
 * them; words in the report's language.
 */
interface ReportFormat {
  t: ReportWords
  money: (minor: number) => string
  own: (minor: number, currency: string) => string
  percent: (ratio: number | null) => string
  date: (iso: string | null) => string
  count: (n: number) => string
  decimal: (n: number) => string
}

function reportFormat(f: PrintFormat, currency: string, t: ReportWords): ReportFormat {
  return {
    t,
    money: (minor) => `${minor < 0 ? '-' : ''}${f.money(Math.abs(minor), currency)}`,
    own: (minor, own) => `${minor < 0 ? '-' : ''}${f.money(Math.abs(minor), own)} ${own}`,
    percent: (ratio) => (ratio === null ? '' : f.ratio(ratio)),
    date: (iso) => f.date(iso),
    count: (n) => f.number(n),
    decimal: (n) => f.number(n, 2)
  }
}

/** "0 % (0/1)": a ratio with the counts it rests on (one executive's week has only a few quotes). */
const ofBase = (g: ReportFormat, ratio: number, part: number, whole: number) =>
  `${g.percent(ratio)} (${g.count(part)}/${g.count(whole)})`

/** "3 (target 5)": a countable target per week in whole units. */
const withTarget = (g: ReportFormat, actual: number, target: number | null) =>
  `${g.count(actual)}${target === null ? '' : ` (${g.count(wholeTarget(target))})`}`

function summaryTable(doc: Doc, data: WeeklyReportData, g: ReportFormat): void {
  const { t } = g
  const columns: PdfColumn[] = [
    { header: t('salesExecutive'), weight: 2.6 },
    { header: t('invoiced'), weight: 1.9, align: 'right' },
    { header: t('corrections'), weight: 1.7, align: 'right' },
    { header: t('revenue'), weight: 1.9, align: 'right' },
    { header: t('target'), weight: 1.9, align: 'right' },
    { header: t('percentOfTarget'), weight: 1.3, align: 'right' },
    { header: t('fees'), weight: 1.4, align: 'right' },
    { header: t('ordersWon'), weight: 1.9, align: 'right' },
    { header: t('estimateCounts'), weight: 1.9, align: 'right' },
    { header: t('decidedRatio'), weight: 1.3, align: 'right' },
    { header: t('cohortConversion'), weight: 1.7, align: 'right' },
    { header: t('newCustomersWithTarget'), weight: 1.3, align: 'right' },
    { header: t('visitsWithTarget'), weight: 1.2, align: 'right' },
    { header: t('callsWithTarget'), weight: 1.2, align: 'right' },
    { header: t('pipeline'), weight: 1.9, align: 'right' }
  ]
  const cells = (r: FiguresRow) => {
    const target = r.targets.revenueCents
    return [
      rowLabel(r, t),
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
  table(
    doc,
    columns,
    [...data.figures.rows.map((r) => ({ cells: cells(r) })), { cells: cells(data.figures.team), bold: true }],
    t('noneThisWeek')
  )
  useFont(doc, false, 7.5).fillColor('#444444')
  for (const note of reportNotes(data, t, g.date))
    doc.text(note, MARGIN, doc.y + 2, { width: contentWidth(doc) })
  doc.fillColor('#000000')
}

function shortName(name: string): string {
  const parts = name.split(' ')
  return parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1][0]}.` : name
}

function chartsPage(doc: Doc, data: WeeklyReportData, g: ReportFormat): void {
  const { t } = g
  doc.addPage()
  heading(doc, t('charts'), t('weekOf', { week: data.figures.week }))
  const width = contentWidth(doc)
  const half = (width - 90) / 2
  const top = doc.y + 24
  const executives = data.figures.rows.filter((r) => r.kind === 'executive')
  const units = (minor: number) => g.money(Math.round(minor)).replace(/[.,]0+$/, '')
  barChart(
    doc,
    { x: MARGIN + 50, y: top, width: half, height: 150 },
    t('chartRevenue'),
    executives.map((r) => shortName(r.name)),
    [
      { label: t('revenue'), color: '#2f6f9f', values: executives.map((r) => r.revenueCents) },
      { label: t('target'), color: '#b9c7d4', values: executives.map((r) => r.targets.revenueCents ?? 0) }
    ],
    units
  )
  lineChart(
    doc,
    { x: MARGIN + 110 + half, y: top, width: half - 20, height: 150 },
    t('chartTrend'),
    data.trend.map((p) => p.week.slice(5)),
    [
      { label: t('revenue'), color: '#2f6f9f', values: data.trend.map((p) => p.revenueCents) },
      { label: t('target'), color: '#c0504d', values: data.trend.map((p) => p.targetCents), dashed: true }
    ],
    units
  )
  const second = top + 225
  barChart(
    doc,
    { x: MARGIN + 50, y: second, width: half, height: 110 },
    t('chartPipeline'),
    executives.map((r) => shortName(r.name)),
    [{ label: t('openEstimatesNet'), color: '#6a9f3f', values: executives.map((r) => r.pipelineCents) }],
    units
  )
  const x = MARGIN + 110 + half
  useFont(doc, true, 9).text(t('topPerformers'), x - 50, second - 16, { width: half })
  let y = second
  if (data.topPerformers.length === 0) useFont(doc, false, 8.5).text(t('noRevenueYet'), x - 50, y)
  data.topPerformers.forEach((p, i) => {
    useFont(doc, true, 11)
      .fillColor('#1f3b57')
      .text(`${i + 1}. ${p.name}`, x - 50, y, { width: half })
    useFont(doc, false, 8.5).fillColor('#000000')
    const parts = [
      t('topRevenue', { amount: g.money(p.revenueCents) }),
      p.percentOfTarget === null ? '' : t('topOfTarget', { percent: g.percent(p.percentOfTarget) }),
      p.conversionRate === null
        ? ''
        : t('topDecided', { value: ofBase(g, p.conversionRate, p.estimatesAccepted, p.estimatesDecided) }),
      p.cohortConversion === null
        ? ''
        : t('topCohort', { value: ofBase(g, p.cohortConversion, p.cohortAccepted, p.cohortSent) })
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

const totalRow = (t: ReportWords, width: number, last: string) => ({
  bold: true,
  cells: [t('total'), ...Array<string>(width - 2).fill(''), last]
})

function lists(doc: Doc, data: WeeklyReportData, g: ReportFormat): void {
  const { currency } = data
  const { t } = g
  const netIn = t('netIn', { currency })
  doc.addPage()
  heading(doc, t('invoicesOfWeek', { week: data.figures.week }), t('invoicesSubtitle', { currency }))
  const sumOf = <T>(rows: T[], read: (r: T) => number | null) => rows.reduce((s, r) => s + (read(r) ?? 0), 0)
  table(
    doc,
    [
      { header: t('invoice'), weight: 2 },
      { header: t('date'), weight: 1.5 },
      { header: t('customer'), weight: 4 },
      { header: t('salesExecutive'), weight: 2.5 },
      { header: t('net'), weight: 2, align: 'right' },
      { header: netIn, weight: 1.8, align: 'right' }
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
        ? [totalRow(t, 6, g.money(sumOf(data.invoices, (i) => i.netInAccountingCents)))]
        : [])
    ],
    t('noneThisWeek')
  )
  heading(doc, t('correctionsHeading'), t('correctionsSubtitle'))
  table(
    doc,
    [
      { header: t('note'), weight: 2 },
      { header: t('date'), weight: 1.4 },
      { header: t('kind'), weight: 3 },
      { header: t('invoice'), weight: 2 },
      { header: t('customer'), weight: 3.2 },
      { header: t('salesExecutive'), weight: 2.2 },
      { header: t('net'), weight: 2, align: 'right' },
      { header: netIn, weight: 1.8, align: 'right' }
    ],
    [
      ...data.corrections.map((c) => ({
        cells: [
          c.number,
          g.date(c.issueDate),
          t(correctionKindLabels[c.kind]),
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
                t('total'),
                '',
                t('correctionsOfRevenue'),
                ...Array<string>(4).fill(''),
                g.money(sumOf(data.corrections, (c) => (c.kind === 'fee' ? 0 : c.netInAccountingCents)))
              ]
            },
            {
              bold: true,
              cells: [
                '',
                '',
                t('fees'),
                ...Array<string>(4).fill(''),
                g.money(sumOf(data.corrections, (c) => (c.kind === 'fee' ? c.netInAccountingCents : 0)))
              ]
            }
          ]
        : [])
    ],
    t('noCorrections')
  )
  heading(doc, t('newCustomers'))
  table(
    doc,
    [
      { header: t('customerNo'), weight: 1.5 },
      { header: t('customer'), weight: 4 },
      { header: t('city'), weight: 2 },
      { header: t('country'), weight: 1 },
      { header: t('salesExecutive'), weight: 2.5 },
      { header: t('created'), weight: 1.5 }
    ],
    data.newCustomers.map((c) => ({
      cells: [c.code, c.name, c.city, c.country, c.executive, g.date(c.createdAt.slice(0, 10))]
    })),
    t('noneThisWeek')
  )
  heading(doc, t('sheetOpenEstimates'), t('openEstimatesSubtitle', { date: g.date(data.figures.end) }))
  table(
    doc,
    [
      { header: t('estimate'), weight: 2 },
      { header: t('date'), weight: 1.5 },
      { header: t('validUntil'), weight: 1.5 },
      { header: t('customer'), weight: 4 },
      { header: t('salesExecutive'), weight: 2.5 },
      { header: t('net'), weight: 2, align: 'right' },
      { header: netIn, weight: 1.8, align: 'right' }
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
        ? [totalRow(t, 7, g.money(sumOf(data.openEstimates, (e) => e.netInAccountingCents)))]
        : [])
    ],
    t('noneThisWeek')
  )
  const { overdue } = data
  heading(
    doc,
    t('sheetOverdue'),
    t('overdueSubtitle', {
      date: g.date(data.figures.end),
      currency,
      listed: g.count(OVERDUE_CUSTOMERS_LISTED)
    })
  )
  table(
    doc,
    [
      { header: t('customer'), weight: 4 },
      { header: t('salesExecutive'), weight: 2.2 },
      { header: t('overdueCount'), weight: 1.2, align: 'right' },
      { header: t('oldestDueDate'), weight: 1.6 },
      { header: t('daysOverdue'), weight: 1.1, align: 'right' },
      { header: t('stillOwed'), weight: 2, align: 'right' },
      { header: t('stillOwedIn', { currency }), weight: 1.8, align: 'right' }
    ],
    [
      ...[
        ...overdue.listed.map((o) => ({ ...o, name: `${o.customerCode} ${o.customerName}` })),
        ...overdue.others.map((o) => ({
          ...o,
          name: t('otherCustomers', { count: g.count(o.customers) }),
          executive: ''
        }))
      ].map((o) => ({
        cells: [
          o.name,
          o.executive,
          g.count(o.count),
          g.date(o.oldestDueDate),
          g.count(o.daysOverdue),
          ...converted(g, o.openCents, o.currency, o.openInAccountingCents)
        ]
      })),
      ...(overdue.count
        ? [
            {
              bold: true,
              cells: [
                t('total'),
                '',
                g.count(overdue.count),
                '',
                '',
                '',
                g.money(overdue.openInAccountingCents)
              ]
            }
          ]
        : [])
    ],
    t('nothingOverdue')
  )
  const c = data.complaints
  heading(doc, t('sheetComplaints'), t('complaintsSubtitle'))
  table(
    doc,
    [
      { header: t('opened'), weight: 1, align: 'right' },
      { header: t('closed'), weight: 1, align: 'right' },
      { header: t('late'), weight: 1, align: 'right' },
      { header: t('medianResolution'), weight: 2, align: 'right' }
    ],
    [
      {
        cells: [
          g.count(c.opened),
          g.count(c.closed),
          g.count(c.late),
          c.medianResolutionHours === null ? '–' : t('hours', { hours: g.decimal(c.medianResolutionHours) })
        ]
      }
    ],
    t('noneThisWeek')
  )
}

function footers(doc: Doc, data: WeeklyReportData, t: ReportWords): void {
  const range = doc.bufferedPageRange()
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    const y = doc.page.height - MARGIN - 10
    useFont(doc, false, 7).fillColor('#555555')
    doc.text(
      `${data.company.legalName || 'Salesdesk'} · ${t('shortTitle', { week: data.figures.week })}`,
      MARGIN,
      y,
      {
        width: 400,
        lineBreak: false
      }
    )
    doc.text(t('page', { page: i + 1, pages: range.count }), doc.page.width - MARGIN - 100, y, {
      width: 100,
      align: 'right',
      lineBreak: false
    })
    doc.page.margins.bottom = bottom
  }
}

export async function weeklyReportPdf(data: WeeklyReportData, createdAt: Date): Promise<FileResult> {
  const f = printFormat(data.locale, data.region)
  const t = reportWords(data.language)
  const g = reportFormat(f, data.currency, t)
  const { week, start, end } = data.figures
  const doc = new PDFDocument({
    size: data.paper,
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    lang: data.language,
    info: {
      Title: t('shortTitle', { week }),
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
  useFont(doc, true, 16).text(t('pdfTitle', { week }), MARGIN, MARGIN)
  useFont(doc, false, 9.5)
    .fillColor('#444444')
    .text(
      `${f.date(start)} – ${f.date(end)}${data.company.legalName ? ` · ${data.company.legalName}` : ''} · ${t('amountsLine', { currency: data.currency })}`
    )
  doc.fillColor('#000000')
  doc.y += 10
  heading(doc, t('summaryHeading'))
  summaryTable(doc, data, g)
  chartsPage(doc, data, g)
  lists(doc, data, g)
  footers(doc, data, t)
  doc.end()
  return {
    kind: 'file',
    fileName: reportFileName(week, 'pdf'),
    mimeType: PDF_MIME,
    bytes: new Uint8Array(await done)
  }
}
