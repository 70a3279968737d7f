/**
 * As of a date means as of that date: aged receivables, its Excel export, the overdue list and
 * the statement's "of which overdue" for past dates are compared with a ledger the test keeps
 * itself from what it did (invoices, credit notes, payments, allocations and returns with their
 * dates), never with the service's own query.
 */
import { pdfText } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { agedBuckets, type AgedBucket } from '../../src/shared/schemas/receivables'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { DAY, invoiceOf, otherCustomer, payment, seedDocuments } from './helpers'

interface Doc {
  id: number
  number: string
  customerId: number
  currency: string
  issueDate: string
  dueDate: string
  totalCents: number
}
interface Pay {
  id: number
  customerId: number
  currency: string
  date: string
  amountCents: number
  returnedOn: string | null
  allocations: Array<{ documentId: number; date: string; amountCents: number }>
}

/** The test's own books. */
const ledger = {
  docs: [] as Doc[],
  credits: [] as Array<{ documentId: number; date: string; amountCents: number }>,
  payments: [] as Pay[]
}

/** The value, or a failed test saying what was missing. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Missing: ${what}`)
  return value
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY)

function bucket(days: number): AgedBucket {
  if (days <= 0) return 'current'
  if (days <= 30) return 'days1to30'
  if (days <= 60) return 'days31to60'
  if (days <= 90) return 'days61to90'
  return 'over90'
}

function openOn(doc: Doc, asOf: string): number {
  const credited = ledger.credits
    .filter((c) => c.documentId === doc.id && c.date <= asOf)
    .reduce((s, c) => s + c.amountCents, 0)
  let paid = 0
  for (const p of ledger.payments) {
    if (p.returnedOn !== null && p.returnedOn <= asOf) continue
    for (const a of p.allocations) if (a.documentId === doc.id && a.date <= asOf) paid += a.amountCents
  }
  return doc.totalCents - credited - paid
}

/** Aged rows as the ledger says: [customerId, currency, ...buckets, total, credit]. */
function expectedAged(asOf: string): Array<[number, string, ...number[]]> {
  const rows = new Map<
    string,
    { customerId: number; currency: string; b: Record<AgedBucket, number>; total: number; credit: number }
  >()
  const row = (customerId: number, currency: string) => {
    const key = `${customerId}/${currency}`
    if (!rows.has(key))
      rows.set(key, {
        customerId,
        currency,
        b: { current: 0, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0 },
        total: 0,
        credit: 0
      })
    return must(rows.get(key), key)
  }
  for (const doc of ledger.docs) {
    if (doc.issueDate > asOf) continue
    const open = openOn(doc, asOf)
    if (open === 0) continue
    const r = row(doc.customerId, doc.currency)
    if (open < 0) r.credit += -open
    else {
      r.b[bucket(daysBetween(doc.dueDate, asOf))] += open
      r.total += open
    }
  }
  for (const p of ledger.payments) {
    if (p.date > asOf || (p.returnedOn !== null && p.returnedOn <= asOf)) continue
    const allocated = p.allocations
      .filter((a) => {
        const doc = must(
          ledger.docs.find((d) => d.id === a.documentId),
          'document'
        )
        return (a.date > doc.issueDate ? a.date : doc.issueDate) <= asOf
      })
      .reduce((s, a) => s + a.amountCents, 0)
    if (p.amountCents - allocated !== 0) row(p.customerId, p.currency).credit += p.amountCents - allocated
  }
  return [...rows.values()]
    .map((r): [number, string, ...number[]] => [
      r.customerId,
      r.currency,
      ...agedBuckets.map((k) => r.b[k]),
      r.total,
      r.credit
    ])
    .sort((a, b) => `${a[0]}/${a[1]}`.localeCompare(`${b[0]}/${b[1]}`))
}

function expectedOverdue(asOf: string): Array<[string, number]> {
  return ledger.docs
    .filter((d) => d.issueDate <= asOf && d.dueDate < asOf && openOn(d, asOf) > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id)
    .map((d) => [d.number, openOn(d, asOf)])
}

let desk: TestDesk
let customerA: number
let customerB: number

async function invoice(customerId: number, cents: number, issueDate: string, currency = 'EUR'): Promise<Doc> {
  const doc = await invoiceOf(desk, seedRef, cents, { issueDate, customerId, currency })
  const d = {
    id: doc.id,
    number: must(doc.number, 'number'),
    customerId,
    currency,
    issueDate,
    dueDate: must(doc.dueDate, 'due date'),
    totalCents: cents
  }
  ledger.docs.push(d)
  return d
}

async function pay(
  customerId: number,
  cents: number,
  date: string,
  allocations: Array<[Doc, number]>,
  currency = 'EUR'
): Promise<Pay> {
  const recorded = await desk.call('payments.record', {
    payment: payment(seedRef, cents, {
      customerId,
      paymentDate: date,
      currency,
      allocations: allocations.map(([d, amountCents]) => ({ documentId: d.id, amountCents }))
    })
  })
  const p: Pay = {
    id: recorded.id,
    customerId,
    currency,
    date,
    amountCents: cents,
    returnedOn: null,
    allocations: allocations.map(([d, amountCents]) => ({ documentId: d.id, date, amountCents }))
  }
  ledger.payments.push(p)
  return p
}

let seedRef: Awaited<ReturnType<typeof seedDocuments>>
const today = '2026-04-10'

beforeAll(async () => {
  desk = await openTestDesk()
  seedRef = await seedDocuments(desk)
  customerA = seedRef.customerId // pays in 15 days
  customerB = await otherCustomer(desk) // 30 days
  const a1 = await invoice(customerA, 100_00, '2026-01-05')
  const b1 = await invoice(customerB, 50_00, '2026-01-20')
  const a2 = await invoice(customerA, 80_00, '2026-02-10')
  const a3 = await invoice(customerA, 30_000_00, '2026-02-25', 'HUF')
  await pay(customerA, 60_00, '2026-01-25', [[a1, 60_00]])
  const bPay = await pay(customerB, 50_00, '2026-02-15', [[b1, 50_00]])
  await pay(customerA, 30_00, '2026-02-20', []) // kept as credit
  await pay(customerA, 10_000_00, '2026-02-26', [[a3, 10_000_00]], 'HUF')
  // Credit note for half of a2, dated 2026-02-28.
  const a2Doc = await desk.call('documents.get', { id: a2.id })
  const credit = await desk.call('invoices.createCreditNote', {
    invoiceId: a2.id,
    reason: 'Devolució parcial',
    lines: [{ lineId: a2Doc.lines[0].id, quantityMilli: 500 }]
  })
  await desk.call('documents.issue', { id: credit.id, issueDate: '2026-02-28' })
  ledger.credits.push({ documentId: a2.id, date: '2026-02-28', amountCents: 40_00 })
  // B's payment comes back on 2026-03-01 (today then is 2026-03-02).
  await desk.call('payments.return', {
    id: bPay.id,
    returnDate: '2026-03-01',
    reason: 'insufficient_funds',
    bankFeeCents: 0,
    rebill: false,
    note: ''
  })
  bPay.returnedOn = '2026-03-01'
  // Later: A pays the rest of a1 and its credit goes to a2.
  desk.clock.set(new Date(`${today}T09:00:00Z`))
  await pay(customerA, 40_00, '2026-04-05', [[a1, 40_00]])
  await desk.call('credit.apply', { customerId: customerA, documentId: a2.id, amountCents: 30_00 })
  const creditPayment = must(
    ledger.payments.find((p) => p.amountCents === 30_00),
    'credit payment'
  )
  creditPayment.allocations.push({ documentId: a2.id, date: today, amountCents: 30_00 })
  // Two of B's invoices settled today that were not on 2026-03-10 (nothing open now tells): c1,
  // half paid, its other half credited on 03-15; c2 paid, fully credited on 03-08 (over-settled:
  // a credit of 20.00 on 03-10), its payment returned on 03-20.
  const c1 = await invoice(customerB, 20_00, '2026-03-05')
  const c2 = await invoice(customerB, 20_00, '2026-03-05')
  await pay(customerB, 10_00, '2026-03-06', [[c1, 10_00]])
  const c2Pay = await pay(customerB, 20_00, '2026-03-06', [[c2, 20_00]])
  const creditNote = async (doc: Doc, quantityMilli: number, date: string, cents: number) => {
    const full = await desk.call('documents.get', { id: doc.id })
    const note = await desk.call('invoices.createCreditNote', {
      invoiceId: doc.id,
      reason: 'Devolución',
      lines: [{ lineId: full.lines[0].id, quantityMilli }]
    })
    await desk.call('documents.issue', { id: note.id, issueDate: date })
    ledger.credits.push({ documentId: doc.id, date, amountCents: cents })
  }
  await creditNote(c2, 1000, '2026-03-08', 20_00)
  await creditNote(c1, 500, '2026-03-15', 10_00)
  await desk.call('payments.return', {
    id: c2Pay.id,
    returnDate: '2026-03-20',
    reason: 'insufficient_funds',
    bankFeeCents: 0,
    rebill: false,
    note: ''
  })
  c2Pay.returnedOn = '2026-03-20'
  for (const doc of [c1, c2]) expect(openOn(doc, today)).toBe(0)
  expect([c1, c2].map((doc) => openOn(doc, '2026-03-10'))).toEqual([10_00, -20_00])
}, 120_000)

afterEach(() => undefined)

const dates = [
  '2026-01-31',
  '2026-02-16',
  '2026-02-27',
  '2026-02-28',
  '2026-03-01',
  '2026-03-10',
  '2026-03-31',
  today
]

describe('aged receivables as of a date', () => {
  it.each(dates)('as of %s equals the ledger', async (asOf) => {
    const report = await desk.call('receivables.aged', { asOf, search: '', offset: 0, limit: 100 })
    const actual = report.rows
      .map((r): [number, string, ...number[]] => [
        r.customerId,
        r.currency,
        ...agedBuckets.map((k) => r[k]),
        r.totalCents,
        r.creditCents
      ])
      .sort((a, b) => `${a[0]}/${a[1]}`.localeCompare(`${b[0]}/${b[1]}`))
    expect(actual).toEqual(expectedAged(asOf))
    for (const totals of report.totals) {
      const mine = expectedAged(asOf).filter((r) => r[1] === totals.currency)
      expect(totals.totalCents).toBe(mine.reduce((s, r) => s + r[7], 0))
    }
  })

  it('leaves out what was issued after the date and counts what was paid after it as open', async () => {
    const report = await desk.call('receivables.aged', {
      asOf: '2026-01-31',
      search: '',
      offset: 0,
      limit: 100
    })
    // Only a1 (issued 01-05, due 01-20, 60.00 paid) and b1 (issued 01-20): nothing from February.
    expect(report.rows.map((r) => [r.customerId, r.totalCents])).toEqual(
      [
        [customerB, 50_00],
        [customerA, 40_00]
      ].sort((x, y) => y[1] - x[1])
    )
  })

  it('exports the same figures to Excel as of the date', async () => {
    const asOf = '2026-02-28'
    const file = await desk.call('receivables.agedXlsx', { asOf, search: '' })
    expect(file.fileName).toBe(`aged-receivables-${asOf}.xlsx`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    const expected = expectedAged(asOf)
    const codes = new Map([
      [customerA, 'C-000001'],
      [customerB, 'C-000002']
    ])
    const read: Array<[string, string, number]> = []
    sheet.eachRow((row, n) => {
      if (n === 1) return
      const code = row.getCell(1).value
      if (typeof code === 'string' && code.startsWith('C-'))
        read.push([code, row.getCell(3).text, Math.round(Number(row.getCell(9).value) * 100)])
    })
    expect(read.sort()).toEqual(
      expected.map((r): [string, string, number] => [must(codes.get(r[0]), 'code'), r[1], r[7]]).sort()
    )
    // The second sheet: each invoice still owed at the end of that day, with its days overdue.
    const items = must(workbook.getWorksheet('Open invoices'), 'sheet Open invoices')
    const listed: Array<[string, string, number, number]> = []
    items.eachRow((row, n) => {
      if (n > 1)
        listed.push([
          row.getCell(4).text,
          row.getCell(9).text,
          Math.round(Number(row.getCell(13).value) * 100),
          Number(row.getCell(7).value)
        ])
    })
    const owed = ledger.docs
      .filter((d) => d.issueDate <= asOf && openOn(d, asOf) > 0)
      .map((d): [string, string, number, number] => [
        d.number,
        d.currency,
        openOn(d, asOf),
        d.dueDate < asOf ? daysBetween(d.dueDate, asOf) : 0
      ])
    expect(owed.length).toBeGreaterThan(1)
    expect(listed.sort()).toEqual(owed.sort())
  })
  it('writes the export in the reader’s language, the open items’ dates as date cells in the region’s order', async () => {
    const asOf = '2026-03-10'
    const region = await desk.call('region.get', {})
    await desk.call('region.update', {
      region: {
        format: { ...region.format, dateFormat: 'DD.MM.YYYY' },
        paperSize: region.paperSize,
        timeZone: region.timeZone
      }
    })
    try {
      const file = await desk.call('receivables.agedXlsx', { asOf, search: '', language: 'es' })
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
      const [aged, items] = workbook.worksheets
      expect(aged.name).toBe('Antigüedad de saldos')
      expect(aged.getRow(1).values).toEqual([
        undefined,
        'N.º de cliente',
        'Cliente',
        'Moneda',
        'Sin vencer',
        '1–30 días',
        '31–60 días',
        '61–90 días',
        'Más de 90 días',
        'Total pendiente',
        'Saldo a favor'
      ])
      const totalRows = aged.getRows(2, aged.rowCount - 1) ?? []
      expect(totalRows.map((r) => r.getCell(1).value)).toContain('A fecha de 10.03.2026')
      expect(items.name).toBe('Facturas pendientes')
      expect(items.getRow(1).values).toEqual([
        undefined,
        'N.º de cliente',
        'Cliente',
        'Tipo',
        'Número',
        'Fecha',
        'Vencimiento',
        'Días vencido',
        'Tramo',
        'Moneda',
        'Total',
        'Abonado',
        'Cobrado',
        'Pendiente'
      ])
      const spanishBucket: Record<AgedBucket, string> = {
        current: 'Sin vencer',
        days1to30: '1–30 días',
        days31to60: '31–60 días',
        days61to90: '61–90 días',
        over90: 'Más de 90 días'
      }
      const read: unknown[][] = []
      items.eachRow((row, n) => {
        if (n === 1) return
        for (const c of [5, 6]) expect(row.getCell(c).numFmt).toBe('dd.mm.yyyy')
        read.push([1, 3, 4, 5, 6, 8].map((c) => row.getCell(c).value))
      })
      const codes = new Map([
        [customerA, 'C-000001'],
        [customerB, 'C-000002']
      ])
      const utc = (iso: string) => new Date(`${iso}T00:00:00Z`)
      const expected = ledger.docs
        .filter((d) => d.issueDate <= asOf && openOn(d, asOf) > 0)
        .map((d) => [
          codes.get(d.customerId),
          'Factura',
          d.number,
          utc(d.issueDate),
          utc(d.dueDate),
          spanishBucket[bucket(d.dueDate < asOf ? daysBetween(d.dueDate, asOf) : 0)]
        ])
      expect(expected.length).toBeGreaterThan(2)
      const key = (r: unknown[]) => String(r[2])
      expect(read.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
        expected.sort((a, b) => key(a).localeCompare(key(b)))
      )
    } finally {
      await desk.call('region.update', {
        region: { format: region.format, paperSize: region.paperSize, timeZone: region.timeZone }
      })
    }
  })
})

describe('overdue and statements as of a date', () => {
  it.each(dates)('the overdue list as of %s equals the ledger', async (asOf) => {
    const page = await desk.call('receivables.overdue', {
      search: '',
      customerId: null,
      asOf,
      offset: 0,
      limit: 100
    })
    expect(page.rows.map((r) => [r.number, r.openCents])).toEqual(expectedOverdue(asOf))
    expect(page.total).toBe(expectedOverdue(asOf).length)
  })

  it('a statement ending on a past date prints what was overdue then', async () => {
    const to = '2026-03-01'
    const file = await desk.call('receivables.statementPdf', {
      customerId: customerB,
      from: null,
      to,
      paper: null
    })
    const path = desk.folder.file('statement.pdf')
    writeFileSync(path, file.bytes)
    const text = pdfText(path, { squeeze: 'spaces' })
    const overdue = expectedOverdue(to)
      .filter(
        ([number]) =>
          must(
            ledger.docs.find((d) => d.number === number),
            number
          ).customerId === customerB
      )
      .reduce((s, [, open]) => s + open, 0)
    expect(overdue).toBe(50_00)
    expect(text).toContain('Of which overdue on 1 Mar 2026 50.00')
  })
})
