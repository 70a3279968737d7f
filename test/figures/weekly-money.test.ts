/**
 * The weekly figures a controller signs (issue 12): amounts in several currencies converted to the
 * accounting currency at the rate each document was issued at (a rate corrected later changes
 * nothing; a document without any rate is named, not added), corrections in the week they are
 * issued as their own column, fees passed on kept out of revenue, a revised estimate superseded
 * (not declined, not sent twice), cohort conversion beside the decided ratio, and targets in whole
 * units with the exact value in the Excel cell note. Every figure is compared with a recomputation
 * from the raw rows written here, with the rates this test entered; the Excel report is read back
 * with exceljs and the PDF with pdftotext.
 */
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import type { FiguresRow, WeeklyFigures } from '../../src/shared/schemas/figures'
import { printFormat } from '../../src/main/pdf/format'
import { required } from '../../src/shared/required'
import { issued, line, seedDocuments, type Seeded } from '../documents/helpers'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { pdfText } from '../support/pdf-text'

let desk: TestDesk
let seed: Seeded
const at = (iso: string) => desk.clock.set(new Date(iso))
/** The rate (units per EUR) in force when each foreign-currency document was issued, as this test set it. */
const rateAtIssue = new Map<number, string>()
let usdInvoice: SalesDocument
let gbpInvoice: SalesDocument
let estimate1: SalesDocument
let revision: SalesDocument
let creditNote: SalesDocument
let priceDebit: SalesDocument
let feeDebit: SalesDocument

const oneLine = (cents: number) => [line({ quantityMilli: 1_000, unitPriceCents: cents, vatRateBp: 0 })]

async function invoice(cents: number, currency: string, issueDate: string): Promise<SalesDocument> {
  return issued(desk, seed, { type: 'invoice', currency, issueDate, lines: oneLine(cents) })
}

async function debitNote(invoiceId: number, cents: number, kind: 'price_correction' | 'fee', day: string) {
  const draft = await desk.call('invoices.createDebitNote', {
    invoiceId,
    reason: 'Charged again',
    debitKind: kind
  })
  await desk.call('documents.updateDraft', {
    id: draft.id,
    document: {
      type: 'debit_note',
      customerId: draft.customerId,
      issueDate: null,
      validUntil: null,
      promisedDate: null,
      paymentInstructions: '',
      notes: '',
      reason: 'Charged again',
      lines: oneLine(cents)
    }
  })
  return desk.call('documents.issue', { id: draft.id, issueDate: day })
}

beforeAll(async () => {
  desk = await openTestDesk()
  at('2026-03-02T08:00:00Z')
  seed = await seedDocuments(desk)
  await desk.call('rates.set', { rate: { rateDate: '2026-03-01', currency: 'USD', rate: '1.1' } })
  await desk.call('rates.set', { rate: { rateDate: '2026-03-01', currency: 'HUF', rate: '400' } })
  // Three new customers a month (0.69 a week: shown as 1) and 2 calls a day.
  for (const [metric, value] of [
    ['new_customers', 3],
    ['calls_per_day', 2]
  ] as const)
    await desk.call('targets.set', {
      target: { executiveId: seed.executiveId, metric, period: 'month', value, validFrom: '2026-01-01' }
    })

  // 2026-W10: invoices in EUR, USD, HUF and GBP (no GBP rate), three estimates.
  await invoice(1_000_00, 'EUR', '2026-03-02')
  usdInvoice = await invoice(555_55, 'USD', '2026-03-03')
  rateAtIssue.set(usdInvoice.id, '1.1')
  const hufInvoice = await invoice(40_000_00, 'HUF', '2026-03-03')
  rateAtIssue.set(hufInvoice.id, '400')
  gbpInvoice = await invoice(100_00, 'GBP', '2026-03-04')
  const eurInvoice = required(
    (
      await desk.call('documents.list', {
        type: 'invoice',
        search: '',
        status: 'all',
        customerId: null,
        executiveId: null,
        dateFrom: '2026-03-02',
        dateTo: '2026-03-02',
        sort: { field: 'number', direction: 'asc' },
        offset: 0,
        limit: 10
      })
    ).rows[0],
    'the EUR invoice'
  )
  estimate1 = await issued(desk, seed, { type: 'estimate', issueDate: '2026-03-04', lines: oneLine(300_00) })
  const estimate2 = await issued(desk, seed, {
    type: 'estimate',
    issueDate: '2026-03-04',
    lines: oneLine(200_00)
  })
  const estimate3 = await issued(desk, seed, {
    type: 'estimate',
    currency: 'USD',
    issueDate: '2026-03-05',
    lines: oneLine(110_00)
  })
  rateAtIssue.set(estimate3.id, '1.1')
  // The USD rate of 1 March is corrected afterwards: documents issued at 1.1 keep it.
  at('2026-03-06T08:00:00Z')
  await desk.call('rates.set', { rate: { rateDate: '2026-03-01', currency: 'USD', rate: '1.2' } })

  // 2026-W11: the first estimate is revised (superseded), the second declined; the USD invoice is
  // credited in full at that day's rate; a price correction and a fee on the EUR invoice.
  at('2026-03-10T09:00:00Z')
  const revisionDraft = await desk.call('estimates.revise', { id: estimate1.id })
  revision = await desk.call('documents.issue', { id: revisionDraft.id, issueDate: '2026-03-10' })
  at('2026-03-11T09:00:00Z')
  await desk.call('estimates.decline', { id: estimate2.id, reason: 'Too expensive' })
  at('2026-03-12T09:00:00Z')
  await desk.call('rates.set', { rate: { rateDate: '2026-03-12', currency: 'USD', rate: '1.25' } })
  const creditDraft = await desk.call('invoices.createCreditNote', {
    invoiceId: usdInvoice.id,
    reason: 'Returned',
    lines: [{ lineId: usdInvoice.lines[0].id, quantityMilli: 1_000 }]
  })
  creditNote = await desk.call('documents.issue', { id: creditDraft.id, issueDate: '2026-03-12' })
  rateAtIssue.set(creditNote.id, '1.25')
  priceDebit = await debitNote(eurInvoice.id, 50_00, 'price_correction', '2026-03-12')
  at('2026-03-13T09:00:00Z')
  feeDebit = await debitNote(eurInvoice.id, 4_50, 'fee', '2026-03-13')

  // 2026-W12: the revision is accepted.
  at('2026-03-17T09:00:00Z')
  await desk.call('estimates.accept', { id: revision.id })
  at('2026-03-23T09:00:00Z')
})
afterAll(() => desk.close())

// ---------- the independent recomputation ----------

/** minor units of a currency with `digits` decimals at `rate` (units per EUR) in EUR cents, half away from zero. */
function toEur(minor: number, digits: number, rate: string): number {
  const [whole, fraction = ''] = rate.split('.')
  const rateNumerator = BigInt(whole + fraction)
  const rateDenominator = 10n ** BigInt(fraction.length)
  // minor / 10^digits / (num/den) * 100
  const numerator = BigInt(Math.abs(minor)) * rateDenominator * 100n
  const denominator = rateNumerator * 10n ** BigInt(digits)
  const rounded = (numerator * 2n + denominator) / (denominator * 2n)
  return Number(minor < 0 ? -rounded : rounded)
}

const DIGITS: Record<string, number> = { EUR: 2, USD: 2, HUF: 2, GBP: 2 }

interface Raw {
  id: number
  number: string
  type: string
  status: string
  currency: string
  net_cents: number
  issue_date: string
  corrects_id: number | null
  replaces_id: number | null
  debit_kind: string | null
}

interface Expected {
  invoicedCents: number
  correctionsCents: number
  feesCents: number
  revenueCents: number
  estimatesSent: number
  estimatesAccepted: number
  estimatesDeclined: number
  estimatesSuperseded: number
  cohortSent: number
  cohortAccepted: number
  pipelineCount: number
  pipelineCents: number
  unconverted: string[]
}

const WEEKS: Record<string, [string, string]> = {
  '2026-W10': ['2026-03-02', '2026-03-08'],
  '2026-W11': ['2026-03-09', '2026-03-15'],
  '2026-W12': ['2026-03-16', '2026-03-22']
}

function reference(week: string): Expected {
  const [start, end] = WEEKS[week]
  const docs = desk.store.sqlite
    .prepare(
      `select id, number, type, status, currency, net_cents, issue_date, corrects_id, replaces_id, debit_kind
       from documents where number is not null`
    )
    .all() as Raw[]
  const byId = new Map(docs.map((d) => [d.id, d]))
  const inWeek = (day: string) => day >= start && day <= end
  const unconverted: string[] = []
  const eur = (d: Raw, minor = d.net_cents) => {
    if (d.currency === 'EUR') return minor
    const rate = rateAtIssue.get(d.id)
    if (rate === undefined) {
      unconverted.push(d.number)
      return 0
    }
    return toEur(minor, DIGITS[d.currency], rate)
  }
  const log = desk.store.sqlite
    .prepare("select entity_id, action, at from activity_log where entity = 'document'")
    .all() as Array<{ entity_id: number; action: string; at: string }>
  const superseded = new Set(
    docs
      .filter((d) => d.type === 'estimate' && d.replaces_id !== null)
      .map((d) => required(d.replaces_id, 'id'))
  )
  const e: Expected = {
    invoicedCents: 0,
    correctionsCents: 0,
    feesCents: 0,
    revenueCents: 0,
    estimatesSent: 0,
    estimatesAccepted: 0,
    estimatesDeclined: 0,
    estimatesSuperseded: 0,
    cohortSent: 0,
    cohortAccepted: 0,
    pipelineCount: 0,
    pipelineCents: 0,
    unconverted
  }
  const isRevision = (d: Raw) => d.replaces_id !== null && byId.get(d.replaces_id)?.type === 'estimate'
  for (const d of docs) {
    if (d.type === 'invoice' && inWeek(d.issue_date)) e.invoicedCents += eur(d)
    if (d.type === 'credit_note' && inWeek(d.issue_date)) e.correctionsCents -= eur(d)
    if (d.type === 'debit_note' && inWeek(d.issue_date)) {
      if (d.debit_kind === 'fee') e.feesCents += eur(d)
      else e.correctionsCents += eur(d)
    }
    if (d.type === 'estimate' && !isRevision(d)) {
      if (inWeek(d.issue_date)) e.estimatesSent++
      // The cohort: quotes first sent in the 12 weeks to the week's end (all of this test's).
      if (d.issue_date <= end) {
        e.cohortSent++
        const versions = docs.filter((v) => v.id === d.id || v.replaces_id === d.id).map((v) => v.id)
        if (
          log.some((a) => versions.includes(a.entity_id) && a.action === 'accept' && a.at.slice(0, 10) <= end)
        )
          e.cohortAccepted++
      }
    }
    if (d.type === 'estimate' && d.issue_date <= end) {
      const decided = log.some(
        (a) => a.entity_id === d.id && ['accept', 'decline'].includes(a.action) && a.at.slice(0, 10) <= end
      )
      if (!decided) {
        e.pipelineCount++
        e.pipelineCents += eur(d)
      }
    }
  }
  for (const a of log) {
    if (!inWeek(a.at.slice(0, 10)) || byId.get(a.entity_id)?.type !== 'estimate') continue
    if (a.action === 'accept') e.estimatesAccepted++
    if (a.action === 'decline' && !superseded.has(a.entity_id)) e.estimatesDeclined++
  }
  for (const d of docs)
    if (d.type === 'estimate' && isRevision(d) && inWeek(d.issue_date)) e.estimatesSuperseded++
  e.revenueCents = e.invoicedCents + e.correctionsCents
  e.unconverted = [
    ...new Set(unconverted.filter((n) => docs.some((d) => d.number === n && inWeek(d.issue_date))))
  ]
  return e
}

function actual(figures: WeeklyFigures, row: FiguresRow): Expected {
  return {
    invoicedCents: row.invoicedCents,
    correctionsCents: row.correctionsCents,
    feesCents: row.feesCents,
    revenueCents: row.revenueCents,
    estimatesSent: row.estimatesSent,
    estimatesAccepted: row.estimatesAccepted,
    estimatesDeclined: row.estimatesDeclined,
    estimatesSuperseded: row.estimatesSuperseded,
    cohortSent: row.cohortSent,
    cohortAccepted: row.cohortAccepted,
    pipelineCount: row.pipelineCount,
    pipelineCents: row.pipelineCents,
    unconverted: figures.unconverted.map((u) => u.number)
  }
}

async function workbook(week: string): Promise<ExcelJS.Workbook> {
  const file = await desk.call('weekly.report', { week, format: 'xlsx' })
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  return book
}

const weeklyPdfText = async (week: string) =>
  pdfText((await desk.call('weekly.report', { week, format: 'pdf' })).bytes, { squeeze: 'spaces' })

const header = (sheet: ExcelJS.Worksheet) => sheet.getRow(1).values as unknown[]
const cellOf = (sheet: ExcelJS.Worksheet, row: number, title: string) => {
  const column = header(sheet).indexOf(title)
  expect(column, `column ${title}`).toBeGreaterThan(0)
  return sheet.getCell(row, column)
}
const valueOf = (cell: ExcelJS.Cell): unknown =>
  cell.value !== null && typeof cell.value === 'object' && 'formula' in cell.value
    ? (cell.value.result ?? 0)
    : cell.value

describe('weekly figures in the accounting currency, as a controller signs them', () => {
  it.each(Object.keys(WEEKS))('%s matches the recomputation from the raw rows', async (week) => {
    const figures = await desk.call('weekly.figures', { week })
    expect(figures.currency).toBe('EUR')
    const row = required(
      figures.rows.find((r) => r.executiveId === seed.executiveId),
      'the executive'
    )
    expect(actual(figures, row)).toEqual(reference(week))
    expect(actual(figures, figures.team)).toEqual(reference(week))
  })

  it('converts at the rate frozen at issue, not at a rate corrected later, and names what it cannot convert', async () => {
    const w10 = await desk.call('weekly.figures', { week: '2026-W10' })
    // 1 000.00 EUR + 555.55 USD at 1.1 (505.05) + 40 000.00 HUF at 400 (100.00); GBP has no rate.
    expect(w10.team.invoicedCents).toBe(1_000_00 + 505_05 + 100_00)
    expect(w10.unconverted).toEqual([{ number: gbpInvoice.number, currency: 'GBP', date: '2026-03-04' }])
    const w11 = await desk.call('weekly.figures', { week: '2026-W11' })
    // The credit note of the USD invoice at 1.25 (its own issue date), the price correction +50.00;
    // the 4.50 fee is apart and not revenue.
    expect(w11.team.correctionsCents).toBe(-444_44 + 50_00)
    expect(w11.team.feesCents).toBe(4_50)
    expect(w11.team.revenueCents).toBe(-444_44 + 50_00)
  })

  it('counts a revised estimate once: superseded, not declined, and not sent again', async () => {
    const w11 = await desk.call('weekly.figures', { week: '2026-W11' })
    expect([w11.team.estimatesSent, w11.team.estimatesDeclined, w11.team.estimatesSuperseded]).toEqual([
      0, 1, 1
    ])
    expect(w11.team.conversionRate).toBe(0)
    const w12 = await desk.call('weekly.figures', { week: '2026-W12' })
    expect(w12.team.conversionRate).toBe(1)
    // Three quotes sent in the cohort (the revision is the first one's), one accepted by 22 March.
    expect([w12.team.cohortSent, w12.team.cohortAccepted, w12.team.cohortConversion]).toEqual([3, 1, 1 / 3])
    expect(w12.cohortFrom).toBe('2025-12-29')
    const stored = desk.store.sqlite
      .prepare('select estimate_id as id, superseded_on as day from estimate_supersessions')
      .all()
    expect(stored).toEqual([{ id: estimate1.id, day: '2026-03-10' }])
  })
})

describe('the weekly report files', () => {
  it('Excel: invoiced, corrections and revenue as a formula, fees apart, the cohort, whole targets with the exact value in a note', async () => {
    const book = await workbook('2026-W11')
    const summary = required(book.getWorksheet('Summary'), 'Summary')
    const expected = reference('2026-W11')
    expect(valueOf(cellOf(summary, 2, 'Invoiced'))).toBe(expected.invoicedCents / 100)
    expect(valueOf(cellOf(summary, 2, 'Corrections (credit/debit notes issued this week)'))).toBe(
      expected.correctionsCents / 100
    )
    expect((cellOf(summary, 2, 'Revenue').value as ExcelJS.CellFormulaValue).formula).toBe('B2+C2')
    expect(valueOf(cellOf(summary, 2, 'Revenue'))).toBeCloseTo(expected.revenueCents / 100, 6)
    expect(valueOf(cellOf(summary, 2, 'Fees passed on (not revenue)'))).toBe(expected.feesCents / 100)
    expect(valueOf(cellOf(summary, 2, 'Superseded by a revision'))).toBe(1)
    expect(valueOf(cellOf(summary, 2, 'Cohort: quotes sent'))).toBe(3)
    const target = cellOf(summary, 2, 'New customers target')
    expect(target.value).toBe(1) // 3 a month × 12 / 52 = 0.69 a week
    expect(target.note).toBe('Exact target per week: 0.69')
    expect(cellOf(summary, 2, 'Calls target').value).toBe(10)
    const notes: string[] = []
    summary.eachRow((r) => {
      notes.push(r.getCell(1).text)
    })
    expect(notes.join('\n')).toContain('Amounts net of VAT in EUR, the accounting currency')
    expect(notes.join('\n')).toContain('Decided ratio = estimates accepted ÷ (accepted + declined)')

    const corrections = required(book.getWorksheet('Corrections'), 'Corrections')
    const listed: unknown[][] = []
    corrections.eachRow((r, n) => {
      if (n > 1)
        listed.push([
          r.getCell(1).value,
          r.getCell(3).value,
          r.getCell(8).value,
          valueOf(r.getCell(9)),
          valueOf(r.getCell(10))
        ])
    })
    expect(listed).toEqual([
      [creditNote.number, 'Credit note', 'USD', -555.55, -444.44],
      [priceDebit.number, 'Debit note: price correction', 'EUR', 50, 50],
      [feeDebit.number, 'Debit note: fee passed on (not revenue)', 'EUR', 4.5, 4.5],
      ['Corrections of revenue', null, null, null, expected.correctionsCents / 100],
      ['Fees passed on (not revenue)', null, null, null, 4.5]
    ])
  })

  it('Excel: each invoice in its own currency beside its net in EUR, and the note on what was left out', async () => {
    const book = await workbook('2026-W10')
    const invoices = required(book.getWorksheet('Invoices'), 'Invoices')
    const rows: unknown[][] = []
    invoices.eachRow((r, n) => {
      if (n > 1)
        rows.push([r.getCell(1).value, r.getCell(6).value, r.getCell(7).value, valueOf(r.getCell(9))])
    })
    expect(rows.find((r) => r[0] === usdInvoice.number)).toEqual([usdInvoice.number, 'USD', 555.55, 505.05])
    expect(rows.find((r) => r[0] === gbpInvoice.number)).toEqual([gbpInvoice.number, 'GBP', 100, null])
    expect(rows[rows.length - 1]).toEqual(['Total', null, null, (1_000_00 + 505_05 + 100_00) / 100])
    const summary = required(book.getWorksheet('Summary'), 'Summary')
    const texts: string[] = []
    summary.eachRow((r) => texts.push(r.getCell(1).text))
    expect(texts.join('\n')).toContain(
      `Left out for want of an exchange rate: ${gbpInvoice.number} (GBP, 4 Mar 2026).`
    )
  })

  it('PDF: says what the amounts are in, shows the corrections and fees, the cohort and the definitions', async () => {
    const f = printFormat((await desk.call('settings.get', {})).documents.printLocale)
    const text = await weeklyPdfText('2026-W11')
    expect(text).toContain(
      "amounts net of VAT in EUR, converted at each document's exchange rate frozen at issue"
    )
    expect(text).toContain('Corrections issued this week')
    expect(text).toContain(required(creditNote.number, 'number'))
    expect(text).toContain(`-${f.money(555_55, 'USD')} USD`)
    expect(text).toContain(`-${f.money(444_44)}`)
    expect(text).toContain(`Fees (not revenue) ${f.money(4_50)}`)
    // Dates in the sentences as the region writes them (en-GB by default: 22 Dec 2025).
    expect(text).toContain('Cohort conversion = of the quotes first sent from 22 Dec 2025')
    const w12 = await weeklyPdfText('2026-W12')
    expect(w12).toContain(`${f.ratio(1 / 3)} (1/3)`)
  })
})
