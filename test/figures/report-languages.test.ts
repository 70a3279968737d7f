/**
 * The weekly report in the chosen language and region (issue 14): every sheet name, header and
 * label of the Excel workbook read back with exceljs and compared with the report's string table,
 * no English label left where the language has its own; the PDF read back with pdftotext, with
 * /Lang set; dates, amounts and percentages written with the region's marks (a decimal comma for
 * the ratios as for the money), checked against a formatting written here.
 */
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileResult } from '../../src/shared/schemas/common'
import type { Language } from '../../src/shared/languages'
import type { RegionFormat } from '../../src/shared/region'
import { COHORT_WEEKS } from '../../src/shared/schemas/figures'
import { reportLabels, type ReportLabel } from '../../src/main/figures/report-strings'
import { required } from '../../src/shared/required'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { buildScenario, type Scenario } from './scenario'
import { pdfText, squeezed } from '../support/pdf-text'

let desk: TestDesk
let scenario: Scenario
const WEEK = '2026-W53'

beforeAll(async () => {
  desk = await openTestDesk()
  scenario = await buildScenario(desk)
  desk.clock.set(new Date('2027-01-13T09:00:00Z'))
  await desk.call('targets.set', {
    target: {
      executiveId: scenario.b,
      metric: 'revenue',
      period: 'week',
      value: 40_000,
      validFrom: '2026-10-01'
    }
  })
})
afterAll(() => desk.close())

const regions: Record<'es' | 'hu', RegionFormat> = {
  es: {
    dateFormat: 'DD/MM/YYYY',
    decimalSeparator: ',',
    groupSeparator: '.',
    firstDayOfWeek: 1,
    clock: '24h'
  },
  hu: {
    dateFormat: 'YYYY. MM. DD.',
    decimalSeparator: ',',
    groupSeparator: '\u00a0',
    firstDayOfWeek: 1,
    clock: '24h'
  }
}
/** The week's first and last day as each region writes them (2026-12-28 … 2027-01-03). */
const weekDays = { es: ['28/12/2026', '03/01/2027'], hu: ['2026. 12. 28.', '2027. 01. 03.'] }
const excelDates = { es: 'dd/mm/yyyy', hu: 'yyyy. mm. dd.' }
/** An ISO day as each region above writes it. */
function day(iso: string, language: 'es' | 'hu'): string {
  const [y, m, d] = iso.split('-')
  return language === 'es' ? `${d}/${m}/${y}` : `${y}. ${m}. ${d}.`
}

async function useRegion(format: RegionFormat): Promise<void> {
  const current = await desk.call('region.get', {})
  await desk.call('region.update', {
    region: { format, paperSize: current.paperSize, timeZone: current.timeZone }
  })
}

async function workbookOf(file: FileResult): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  return workbook
}

const word = (key: ReportLabel, language: Language, values: Record<string, string> = {}) =>
  reportLabels[key][language].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '')

/** The header row of each sheet, by label, in the order the report is read. */
const sheetHeaders: Array<[ReportLabel, ReportLabel[]]> = [
  [
    'sheetSummary',
    [
      'salesExecutive',
      'invoiced',
      'correctionsIssued',
      'revenue',
      'revenueTarget',
      'variance',
      'percentOfTarget',
      'feesPassedOn',
      'invoices',
      'ordersWon',
      'ordersValue',
      'estimatesSent',
      'accepted',
      'declined',
      'superseded',
      'decidedRatioDefined',
      'cohortSent',
      'cohortAccepted',
      'cohortConversionDefined',
      'newCustomers',
      'newCustomersTarget',
      'visitsCompleted',
      'visitsTarget',
      'calls',
      'callsTarget',
      'emails',
      'demos',
      'pipelineDefined'
    ]
  ],
  ['sheetTrend', ['week', 'revenue', 'teamTarget', 'percentOfTarget']],
  [
    'sheetInvoices',
    [
      'invoice',
      'date',
      'customerNo',
      'customer',
      'salesExecutive',
      'currency',
      'net',
      'totalInclVat',
      'netIn'
    ]
  ],
  [
    'sheetCorrections',
    [
      'note',
      'date',
      'kind',
      'correctsInvoice',
      'invoiceDate',
      'customer',
      'salesExecutive',
      'currency',
      'netCreditNegative',
      'netIn'
    ]
  ],
  ['sheetNewCustomers', ['customerNo', 'customer', 'city', 'country', 'salesExecutive', 'created']],
  [
    'sheetOpenEstimates',
    ['estimate', 'date', 'validUntil', 'customer', 'salesExecutive', 'currency', 'net', 'netIn']
  ],
  [
    'sheetOverdue',
    [
      'customerNo',
      'customer',
      'salesExecutive',
      'overdueCount',
      'oldestDueDate',
      'daysOverdue',
      'currency',
      'stillOwed',
      'stillOwedIn'
    ]
  ],
  ['sheetComplaints', ['sheetComplaints', 'value']]
]

/** Every text cell of the workbook, and its notes. */
function texts(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = []
  for (const sheet of workbook.worksheets) {
    out.push(sheet.name)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') out.push(cell.value)
        const note = cell.note as string | { texts: Array<{ text: string }> } | undefined
        if (typeof note === 'string') out.push(note)
        else if (note) out.push(note.texts.map((t) => t.text).join(''))
      })
    )
  }
  return out
}

/** "12345.6" written with the region's marks, worked out here rather than with Intl. */
function written(value: number, decimals: number, region: RegionFormat): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, region.groupSeparator)
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? region.decimalSeparator + fraction : ''}`
}

for (const language of ['es', 'hu'] as const) {
  describe(`the weekly report in ${language}`, () => {
    it('Excel: sheet names, headers, rows and notes come from the table, dates in the region', async () => {
      await useRegion(regions[language])
      const figures = await desk.call('weekly.figures', { week: WEEK })
      const file = await desk.call('weekly.report', { week: WEEK, format: 'xlsx', language })
      const workbook = await workbookOf(file)
      expect(workbook.worksheets.map((s) => s.name)).toEqual(
        sheetHeaders.map(([sheet]) => word(sheet, language))
      )
      for (const [sheet, headers] of sheetHeaders) {
        const found = required(workbook.getWorksheet(word(sheet, language)), sheet)
        expect(
          headers.map((_, i) => found.getRow(1).getCell(i + 1).value),
          sheet
        ).toEqual(headers.map((h) => word(h, language, { currency: 'EUR' })))
        expect(found.headerFooter.oddFooter).toContain(word('page', language, { page: '&P', pages: '&N' }))
      }
      const summary = required(workbook.getWorksheet(word('sheetSummary', language)), 'summary')
      const names = figures.rows.map((_, i) => summary.getRow(i + 2).getCell(1).value)
      expect(names).toContain(word('leftCompany', language, { name: 'Carles Puig' }))
      expect(summary.getRow(figures.rows.length + 2).getCell(1).value).toBe(word('teamTotal', language))
      const all = texts(workbook)
      expect(all).toContain(word('noteRevenue', language))
      expect(all).toContain(word('noteDecided', language))
      expect(all).toContain(
        word('noteCohort', language, {
          from: day(figures.cohortFrom, language),
          to: weekDays[language][1],
          weeks: String(COHORT_WEEKS)
        })
      )
      const complaints = required(workbook.getWorksheet(word('sheetComplaints', language)), 'complaints')
      expect([2, 3, 4, 5].map((r) => complaints.getRow(r).getCell(1).value)).toEqual(
        (['opened', 'closed', 'late', 'medianResolutionHours'] as const).map((k) => word(k, language))
      )
      // No English label left where the language has its own word.
      const english: string[] = Object.values(reportLabels)
        .filter((l) => l.en !== l[language] && !l.en.includes('{'))
        .map((l) => l.en)
      expect(all.filter((text) => english.includes(text))).toEqual([])
      // Dates as the region writes them; the file says its language.
      const invoices = required(workbook.getWorksheet(word('sheetInvoices', language)), 'invoices')
      expect(invoices.getRow(2).getCell(2).numFmt).toBe(excelDates[language])
      expect(summary.headerFooter.oddHeader).toContain(
        `(${weekDays[language][0]} – ${weekDays[language][1]})`
      )
      expect((workbook as unknown as { language?: string }).language).toBe(language)
    })

    it('PDF: headings and labels from the table, /Lang, dates and ratios with the region’s marks', async () => {
      await useRegion(regions[language])
      const figures = await desk.call('weekly.figures', { week: WEEK })
      const file = await desk.call('weekly.report', { week: WEEK, format: 'pdf', language })
      const text = pdfText(file.bytes)
      const flat = squeezed(text, 'all')
      for (const key of [
        'summaryHeading',
        'charts',
        'chartRevenue',
        'chartTrend',
        'chartPipeline',
        'topPerformers',
        'correctionsHeading',
        'complaintsSubtitle'
      ] as const)
        expect(flat, key).toContain(word(key, language))
      expect(flat).toContain(word('pdfTitle', language, { week: WEEK }))
      expect(flat).toContain(word('invoicesOfWeek', language, { week: WEEK }))
      expect(flat).toContain(word('page', language, { page: '1', pages: '' }))
      for (const english of [
        'Summary per sales executive',
        'Top performers',
        'Weekly sales report',
        'Page 1 of'
      ])
        expect(flat).not.toContain(english)
      expect(Buffer.from(file.bytes).toString('latin1')).toMatch(new RegExp(`/Lang \\(${language}\\)`))
      // Dates, money and ratios with the region's marks (the issue: "235.0 %" beside "1.234,50").
      const region = regions[language]
      expect(flat).toContain(`${weekDays[language][0]} – ${weekDays[language][1]}`)
      const boris = required(
        figures.rows.find((r) => r.executiveId === scenario.b),
        'Boris'
      )
      const target = required(boris.targets.revenueCents, 'target')
      const percent = written(Math.round((boris.revenueCents / target) * 1000) / 10, 1, region)
      expect(flat).toMatch(new RegExp(`${percent.replace(/[.]/g, '\\.')}\\s?%`))
      expect(flat.replace(/\u00a0/g, ' ')).toContain(
        written(figures.team.revenueCents / 100, 2, region).replace(/\u00a0/g, ' ')
      )
      expect(flat).not.toMatch(/\d\.\d\s?%/)
    })
  })
}

describe('a sent report', () => {
  it('is archived in the language chosen at sending, Cyrillic sheet names included', async () => {
    const sent = await desk.call('weekly.markSent', { week: WEEK, language: 'ru' })
    const file = await desk.call('weekly.sentReportFile', { id: sent.id, format: 'xlsx' })
    const workbook = await workbookOf(file)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(sheetHeaders.map(([sheet]) => word(sheet, 'ru')))
    const pdf = await desk.call('weekly.sentReportFile', { id: sent.id, format: 'pdf' })
    expect(pdfText(pdf.bytes).replace(/\s+/g, ' ')).toContain(word('summaryHeading', 'ru'))
  })
})
