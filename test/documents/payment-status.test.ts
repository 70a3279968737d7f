/**
 * The invoice list's payment status and open amount (issue 13 item 5): each issued invoice is
 * unpaid, part paid, paid, overdue or credited as of the company's today, the filter picks each
 * status, and the open totals come per currency. The expected values are worked out in the test
 * from what it paid and credited, not read from the store.
 */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { paymentStatuses, type PaymentStatus } from '../../src/shared/schemas/document-list'
import { type SalesDocument } from '../../src/shared/schemas/documents'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { invoiceOf, payment, seedDocuments, type Seeded } from '../payments/helpers'
import { creditNote, draft, listQuery } from './helpers'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

/** The test clock's date (fixtures START) and the seeded customer's 15 days of terms. */
const TODAY = '2026-03-02'

interface Known {
  doc: SalesDocument
  paid: number
  credited: number
}

/** The rule of the issue, written out again: credited, paid, overdue, part paid, unpaid. */
function expectedStatus(k: Known): PaymentStatus {
  const open = k.doc.totalCents - k.paid - k.credited
  if (k.credited > 0 && k.credited >= k.doc.totalCents) return 'credited'
  if (open <= 0) return 'paid'
  if ((k.doc.dueDate ?? '') < TODAY) return 'overdue'
  return k.paid > 0 || k.credited > 0 ? 'part_paid' : 'unpaid'
}

async function pay(k: Known, cents: number): Promise<void> {
  await desk.call('payments.record', {
    payment: payment(seed, cents, {
      currency: k.doc.currency,
      allocations: [{ documentId: k.doc.id, amountCents: cents }]
    })
  })
  k.paid += cents
}

async function scenario(): Promise<Known[]> {
  const known = (doc: SalesDocument): Known => ({ doc, paid: 0, credited: 0 })
  const overdue = known(await invoiceOf(desk, seed, 300_00, { issueDate: '2026-01-05' }))
  const overduePart = known(await invoiceOf(desk, seed, 200_00, { issueDate: '2026-01-20' }))
  const credited = known(await invoiceOf(desk, seed, 150_00, { issueDate: '2026-02-01' }))
  const paid = known(await invoiceOf(desk, seed, 120_00))
  const part = known(await invoiceOf(desk, seed, 500_00))
  const unpaid = known(await invoiceOf(desk, seed, 80_00))
  const forint = known(await invoiceOf(desk, seed, 9_990_00, { currency: 'HUF' }))
  await pay(overduePart, 50_00)
  await pay(paid, 120_00)
  await pay(part, 125_00)
  await creditNote(desk, credited.doc, { reason: 'Devolució', issueDate: '2026-02-03' })
  credited.credited = credited.doc.totalCents
  return [overdue, overduePart, credited, paid, part, unpaid, forint]
}

describe('payment status of the invoice list', () => {
  it('says for each issued invoice whether it is unpaid, part paid, paid, overdue or credited, with what is open', async () => {
    const known = await scenario()
    const unissued = await desk.call('documents.createDraft', { document: draft(seed, { lines: [] }) })
    const list = await desk.call('documents.list', listQuery())
    const byId = new Map(list.rows.map((r) => [r.id, r]))
    for (const k of known) {
      expect(byId.get(k.doc.id), k.doc.number ?? '').toMatchObject({
        paymentStatus: expectedStatus(k),
        openCents: k.doc.totalCents - k.paid - k.credited
      })
    }
    // Every status of the issue appears once at least in this scenario.
    expect(new Set(known.map(expectedStatus))).toEqual(new Set(paymentStatuses))
    expect(byId.get(unissued.id)).toMatchObject({ paymentStatus: null, openCents: null })
    const credits = await desk.call('documents.list', listQuery({ type: 'credit_note' }))
    expect(credits.rows.map((r) => r.paymentStatus)).toEqual([null])
  })

  it('filters by each status and sums the open amount per currency', async () => {
    const known = await scenario()
    for (const status of paymentStatuses) {
      const found = await desk.call('documents.list', listQuery({ payment: status }))
      const expected = known.filter((k) => expectedStatus(k) === status).map((k) => k.doc.id)
      expect(found.rows.map((r) => r.id).sort(), status).toEqual(expected.sort())
      expect(found.total).toBe(expected.length)
    }
    const all = await desk.call('documents.list', listQuery())
    const open = new Map<string, { openCents: number; count: number }>()
    for (const k of known) {
      const cents = k.doc.totalCents - k.paid - k.credited
      if (cents <= 0) continue
      const sum = open.get(k.doc.currency) ?? { openCents: 0, count: 0 }
      open.set(k.doc.currency, { openCents: sum.openCents + cents, count: sum.count + 1 })
    }
    expect(all.openTotals).toEqual(
      [...open.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, s]) => ({ currency, ...s }))
    )
    // Later windows do not sum again.
    expect((await desk.call('documents.list', listQuery({ offset: 2 }))).openTotals).toEqual([])
  })

  it('exports the payment status in words and the open amount as a number', async () => {
    const known = await scenario()
    const { offset: _o, limit: _l, ...filters } = listQuery()
    const file = await desk.call('documents.exportXlsx', filters)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Invoices')
    if (!sheet) throw new Error('no Invoices sheet')
    const header: string[] = []
    sheet.getRow(1).eachCell((c) => header.push(c.text))
    const col = (name: string) => header.indexOf(name) + 1
    const words: Record<PaymentStatus, string> = {
      unpaid: 'Unpaid',
      part_paid: 'Part paid',
      paid: 'Paid',
      overdue: 'Overdue',
      credited: 'Credited'
    }
    for (let row = 2; row <= sheet.rowCount; row++) {
      const r = sheet.getRow(row)
      const k = known.find((x) => x.doc.number === r.getCell(col('Number')).value)
      if (!k) throw new Error(`unexpected row ${r.getCell(1).text}`)
      expect(r.getCell(col('Status')).value).toBe('Issued')
      expect(r.getCell(col('Payment')).value).toBe(words[expectedStatus(k)])
      expect(r.getCell(col('Open')).value).toBe((k.doc.totalCents - k.paid - k.credited) / 100)
    }
    expect(sheet.rowCount).toBe(known.length + 1)
  })
})
