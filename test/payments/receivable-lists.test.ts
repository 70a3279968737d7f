/**
 * Issue 13 item 13: the overdue and returned-payment lists filter by sales executive, sum the
 * whole filtered list per currency, and export to Excel in words. The expected sums are worked
 * out in the test from the amounts it used.
 */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FileResult } from '../../src/shared/schemas/common'
import { customer, executive, openTestDesk, type TestDesk } from '../support/fixtures'
import { invoiceOf, payment, seedDocuments, type Seeded } from './helpers'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

async function sheetOf(file: FileResult, name: string) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet(name)
  if (!sheet) throw new Error(`no sheet ${name}`)
  const header: string[] = []
  sheet.getRow(1).eachCell((c) => header.push(c.text))
  return { sheet, col: (h: string) => header.indexOf(h) + 1 }
}

/** A second executive with a customer of their own (the seeded customer belongs to seed.executiveId). */
async function otherTeam(): Promise<{ executiveId: number; customerId: number }> {
  const exec = await desk.call('executives.create', { executive: executive({ name: 'Ádám Kovács' }) })
  const cust = await desk.call('customers.create', {
    customer: customer({ name: 'Ооо Ромашка', paymentTermsDays: 10, executiveId: exec.id })
  })
  return { executiveId: exec.id, customerId: cust.id }
}

describe('overdue list', () => {
  it('filters by the documents’ executive, sums per currency, and exports the same rows', async () => {
    const other = await otherTeam()
    // Due 15 days (seeded customer) or 10 days (other) after issue; today is 2026-03-02.
    const a = await invoiceOf(desk, seed, 300_00, { issueDate: '2026-01-05' })
    const b = await invoiceOf(desk, seed, 45_000_00, { issueDate: '2026-01-06', currency: 'HUF' })
    const c = await invoiceOf(desk, seed, 200_00, { issueDate: '2026-01-10', customerId: other.customerId })
    await invoiceOf(desk, seed, 999_00) // not due yet
    await desk.call('payments.record', {
      payment: payment(seed, 120_00, { allocations: [{ documentId: a.id, amountCents: 120_00 }] })
    })
    const query = { search: '', customerId: null, asOf: null, offset: 0, limit: 50 }
    const all = await desk.call('receivables.overdue', query)
    expect(all.rows.map((r) => r.number).sort()).toEqual([a.number, b.number, c.number].sort())
    expect(all.totals).toEqual([
      { currency: 'EUR', amountCents: a.totalCents - 120_00 + c.totalCents, count: 2 },
      { currency: 'HUF', amountCents: b.totalCents, count: 1 }
    ])

    const mine = await desk.call('receivables.overdue', { ...query, executiveId: seed.executiveId })
    expect(mine.rows.map((r) => r.number).sort()).toEqual([a.number, b.number].sort())
    expect(mine.totals).toEqual([
      { currency: 'EUR', amountCents: a.totalCents - 120_00, count: 1 },
      { currency: 'HUF', amountCents: b.totalCents, count: 1 }
    ])
    // A past date reads the history: the same filter holds there.
    const before = await desk.call('receivables.overdue', {
      ...query,
      asOf: '2026-02-28',
      executiveId: other.executiveId
    })
    expect(before.rows.map((r) => r.number)).toEqual([c.number])
    expect(before.totals).toEqual([{ currency: 'EUR', amountCents: c.totalCents, count: 1 }])

    const { offset: _o, limit: _l, ...filters } = query
    const { sheet, col } = await sheetOf(
      await desk.call('receivables.overdueXlsx', { ...filters, executiveId: seed.executiveId }),
      'Overdue'
    )
    expect(sheet.rowCount).toBe(3)
    const rowA = sheet.getRow(2)
    expect(rowA.getCell(col('Document')).value).toBe(a.number)
    expect(rowA.getCell(col('Still owed')).value).toBe((a.totalCents - 120_00) / 100)
    expect(rowA.getCell(col('Payment')).value).toBe('Part paid')
    expect(rowA.getCell(col('Days overdue')).value).toBe(
      Math.round((Date.parse('2026-03-02') - Date.parse(a.dueDate ?? '')) / 86_400_000)
    )
    expect(sheet.getRow(3).getCell(col('Payment')).value).toBe('Unpaid')
  })
})

describe('returned payments list', () => {
  it('filters by the customer’s executive, sums the returned amounts per currency, and exports them in words', async () => {
    const other = await otherTeam()
    const returned = async (customerId: number, cents: number, currency = 'EUR') => {
      const p = await desk.call('payments.record', {
        payment: payment(seed, cents, { customerId, currency, allocations: [], method: 'direct_debit' })
      })
      await desk.call('payments.return', {
        id: p.id,
        returnDate: '2026-03-02',
        reason: 'insufficient_funds',
        bankFeeCents: 3_50,
        rebill: false,
        note: ''
      })
    }
    await returned(seed.customerId, 100_00)
    await returned(seed.customerId, 25_00)
    await returned(seed.customerId, 5_000_00, 'HUF')
    await returned(other.customerId, 70_00)
    const query = { status: 'all' as const, customerId: null, offset: 0, limit: 50 }
    const all = await desk.call('investigations.list', query)
    expect(all.total).toBe(4)
    expect(all.totals).toEqual([
      { currency: 'EUR', amountCents: 195_00, count: 3 },
      { currency: 'HUF', amountCents: 5_000_00, count: 1 }
    ])
    const theirs = await desk.call('investigations.list', { ...query, executiveId: other.executiveId })
    expect(theirs.rows.map((r) => r.customerId)).toEqual([other.customerId])
    expect(theirs.totals).toEqual([{ currency: 'EUR', amountCents: 70_00, count: 1 }])

    const { sheet, col } = await sheetOf(
      await desk.call('investigations.exportXlsx', {
        status: 'all',
        customerId: null,
        executiveId: seed.executiveId
      }),
      'Returned payments'
    )
    expect(sheet.rowCount).toBe(4)
    const amounts = [2, 3, 4].map((r) => sheet.getRow(r).getCell(col('Amount')).value)
    expect(amounts.sort()).toEqual([100, 25, 5000].sort())
    expect(sheet.getRow(2).getCell(col('Reason')).value).toBe('Insufficient funds')
    expect(sheet.getRow(2).getCell(col('Investigation')).value).toBe('Open')
    expect(sheet.getRow(2).getCell(col('Bank fee')).value).toBe(3.5)
  })
})
