/**
 * Receivables: aged buckets at their exact boundaries, overdue list, investigations and their
 * steps, statement of account and reminder letters read back with pdftotext, the aged Excel
 * export read back with exceljs, reliability over 12 months.
 */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bucketOf } from '../../src/main/payments/receivables'
import { defaultReminderTexts } from '../../src/main/payments/reminder-texts'
import { dumpDatabase } from '../support/dump'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { DAY, invoiceOf, otherCustomer, payment, seedDocuments, type Seeded } from './helpers'
import { required } from '../../src/shared/required'
import { pdfText } from '../support/pdf-text'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

describe('aged receivables', () => {
  it('puts each amount in its bucket at the exact boundaries (0, 1, 30, 31, 60, 61, 90, 91 days past due)', async () => {
    // Seeded customer pays in 15 days: invoice of 2026-03-02 is due 2026-03-17.
    const invoice = await invoiceOf(desk, seed, 1_00)
    const due = required(invoice.dueDate, 'invoice.dueDate')
    expect(due).toBe('2026-03-17')
    const expected: Array<[number, string]> = [
      [-5, 'current'],
      [0, 'current'],
      [1, 'days1to30'],
      [30, 'days1to30'],
      [31, 'days31to60'],
      [60, 'days31to60'],
      [61, 'days61to90'],
      [90, 'days61to90'],
      [91, 'over90'],
      [400, 'over90']
    ]
    for (const [days, bucket] of expected) {
      expect(bucketOf(days)).toBe(bucket)
      const report = await desk.call('receivables.aged', {
        asOf: addDays(due, days),
        search: '',
        offset: 0,
        limit: 10
      })
      expect(report.rows).toHaveLength(1)
      const row = report.rows[0]
      expect(row[bucket as 'current'], `${days} days`).toBe(1_00)
      expect(row.totalCents).toBe(1_00)
      expect(report.totals[0][bucket as 'current']).toBe(1_00)
    }
  })

  it('adds up per customer with totals, shows credit apart, drops what is paid, filters by name', async () => {
    const other = await otherCustomer(desk)
    await invoiceOf(desk, seed, 10_00, { issueDate: '2026-01-02' }) // due 01-17: 44 days on 03-02
    await invoiceOf(desk, seed, 20_00, { issueDate: '2026-03-01' }) // due 03-16: current
    await invoiceOf(desk, seed, 5_00, { issueDate: '2026-03-02', customerId: other }) // due 04-01: current
    const paid = await invoiceOf(desk, seed, 7_00)
    await desk.call('payments.record', {
      payment: payment(seed, 7_00, { allocations: [{ documentId: paid.id, amountCents: 7_00 }] })
    })
    await desk.call('payments.record', {
      payment: payment(seed, 3_00, { customerId: other, allocations: [] })
    })

    const report = await desk.call('receivables.aged', { asOf: null, search: '', offset: 0, limit: 10 })
    expect(report.asOf).toBe('2026-03-02')
    expect(
      report.rows.map((r) => [r.customerCode, r.current, r.days31to60, r.totalCents, r.creditCents])
    ).toEqual([
      ['C-000001', 20_00, 10_00, 30_00, 0],
      ['C-000002', 5_00, 0, 5_00, 3_00]
    ])
    expect(report.totals).toEqual([
      {
        currency: 'EUR',
        current: 25_00,
        days1to30: 0,
        days31to60: 10_00,
        days61to90: 0,
        over90: 0,
        totalCents: 35_00,
        creditCents: 3_00
      }
    ])
    const filtered = await desk.call('receivables.aged', {
      asOf: null,
      search: 'ромашка',
      offset: 0,
      limit: 10
    })
    expect(filtered.rows.map((r) => r.customerId)).toEqual([other])
    expect(filtered.total).toBe(1)

    const file = await desk.call('receivables.agedXlsx', { asOf: null, search: '' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Customer no.',
      'Customer',
      'Currency',
      'Current',
      '1–30 days',
      '31–60 days',
      '61–90 days',
      'Over 90 days',
      'Total open',
      'Credit'
    ])
    expect(sheet.getCell('B3').value).toBe('Ооо Ромашка')
    expect(sheet.getCell('C2').value).toBe('EUR')
    expect(sheet.getCell('D2').value).toBe(20)
    expect(sheet.getCell('F2').value).toBe(10)
    expect(sheet.getCell('D4').value).toMatchObject({ formula: 'SUBTOTAL(9,D2:D3)', result: 25 })
    expect(sheet.getCell('J4').value).toMatchObject({ formula: 'SUBTOTAL(9,J2:J3)', result: 3 })
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  })

  it('lists overdue documents oldest due first, with days overdue', async () => {
    const old = await invoiceOf(desk, seed, 10_00, { issueDate: '2026-01-02' })
    await invoiceOf(desk, seed, 20_00, { issueDate: '2026-02-01' }) // due 02-16
    await invoiceOf(desk, seed, 30_00) // not due
    await desk.call('payments.record', {
      payment: payment(seed, 4_00, { allocations: [{ documentId: old.id, amountCents: 4_00 }] })
    })
    const page = await desk.call('receivables.overdue', {
      search: '',
      customerId: null,
      asOf: null,
      offset: 0,
      limit: 10
    })
    expect(page.total).toBe(2)
    expect(page.rows.map((r) => [r.number, r.openCents, r.daysOverdue, r.status])).toEqual([
      ['INV-2026-00001', 6_00, 44, 'partially_paid'],
      ['INV-2026-00002', 20_00, 14, 'unpaid']
    ])
    expect(
      (
        await desk.call('receivables.overdue', {
          search: 'INV-2026-00002',
          customerId: null,
          asOf: null,
          offset: 0,
          limit: 10
        })
      ).total
    ).toBe(1)
  })
})

describe('payment reliability', () => {
  it('counts returns and days late over the last 12 months', async () => {
    const account = () => desk.call('receivables.account', { customerId: seed.customerId })
    expect((await account()).reliability.rating).toBe('no_history')
    const early = await invoiceOf(desk, seed, 10_00, { issueDate: '2026-01-02' }) // due 01-17
    await desk.call('payments.record', {
      payment: payment(seed, 10_00, {
        paymentDate: '2026-01-27',
        allocations: [{ documentId: early.id, amountCents: 10_00 }]
      })
    })
    let r = (await account()).reliability
    expect(r).toMatchObject({
      itemsDue: 1,
      paidLate: 1,
      averageDaysLate: 10,
      maxDaysLate: 10,
      returns: 0,
      rating: 'fair'
    })
    await invoiceOf(desk, seed, 10_00, { issueDate: '2026-01-05' }) // due 01-20, still open: 41 days late
    r = (await account()).reliability
    expect(r).toMatchObject({
      itemsDue: 2,
      paidLate: 2,
      averageDaysLate: 26,
      maxDaysLate: 41,
      rating: 'fair'
    })
    const p = await desk.call('payments.record', { payment: payment(seed, 1_00, { allocations: [] }) })
    await desk.call('payments.return', {
      id: p.id,
      returnDate: '2026-03-02',
      reason: 'insufficient_funds',
      bankFeeCents: 0,
      rebill: false,
      note: ''
    })
    const p2 = await desk.call('payments.record', { payment: payment(seed, 1_00, { allocations: [] }) })
    await desk.call('payments.return', {
      id: p2.id,
      returnDate: '2026-03-02',
      reason: 'insufficient_funds',
      bankFeeCents: 0,
      rebill: false,
      note: ''
    })
    expect((await account()).reliability).toMatchObject({ returns: 2, rating: 'poor' })
  })
})

describe('payment reliability of a long-overdue invoice', () => {
  it('counts a document due more than a year ago that is still open', async () => {
    await invoiceOf(desk, seed, 10_00, { issueDate: '2025-01-02' }) // due 2025-01-17, open
    const paidOld = await invoiceOf(desk, seed, 10_00, { issueDate: '2025-01-03' })
    await desk.call('payments.record', {
      payment: payment(seed, 10_00, {
        paymentDate: '2025-03-01',
        allocations: [{ documentId: paidOld.id, amountCents: 10_00 }]
      })
    })
    const r = (await desk.call('receivables.account', { customerId: seed.customerId })).reliability
    // The paid one is outside the 12 months; the open one is 409 days late today.
    expect(r).toMatchObject({ itemsDue: 1, paidLate: 1, maxDaysLate: 409, rating: 'poor' })
  })
})

describe('investigations', () => {
  async function returnedPayment() {
    await invoiceOf(desk, seed, 50_00)
    const p = await desk.call('payments.record', {
      payment: payment(seed, 50_00, { method: 'direct_debit' })
    })
    const returned = await desk.call('payments.return', {
      id: p.id,
      returnDate: '2026-03-02',
      reason: 'mandate_cancelled',
      bankFeeCents: 3_00,
      rebill: false,
      note: ''
    })
    return required(
      required(returned.return, 'returned.return').investigationId,
      'returned.return.investigationId'
    )
  }

  it('go open → customer contacted → resolved with dated notes, and are listed by status', async () => {
    const id = await returnedPayment()
    desk.clock.advance(2 * DAY)
    let inv = await desk.call('investigations.addNote', {
      id,
      noteDate: '2026-03-03',
      text: 'Llamado al cliente: dice que cambió de banco. Позвонили.'
    })
    expect(inv.notesList).toHaveLength(1)
    inv = await desk.call('investigations.update', {
      id,
      status: 'contacted',
      outcome: '',
      date: '2026-03-03'
    })
    expect(inv.status).toBe('contacted')
    expect(
      (await desk.call('investigations.list', { status: 'active', customerId: null, offset: 0, limit: 10 }))
        .total
    ).toBe(1)

    const before = dumpDatabase(desk.store.sqlite)
    expect(
      (await desk.fail('investigations.update', { id, status: 'resolved', outcome: '', date: '2026-03-04' }))
        .fields?.outcome
    ).toBeDefined()
    expect(
      (await desk.fail('investigations.update', { id, status: 'open', outcome: '', date: '2026-03-04' })).code
    ).toBe('conflict')
    expect(
      (await desk.fail('investigations.update', { id, status: 'resolved', outcome: 'x', date: '2026-03-01' }))
        .fields?.date
    ).toBeDefined()
    expect(
      (await desk.fail('investigations.addNote', { id, noteDate: '2026-03-09', text: 'later' })).fields
        ?.noteDate
    ).toBeDefined()
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)

    await desk.call('investigations.addNote', { id, noteDate: '2026-03-04', text: 'New mandate signed' })
    inv = await desk.call('investigations.update', {
      id,
      status: 'resolved',
      outcome: 'New mandate MNDT-2; paid by transfer',
      date: '2026-03-04'
    })
    expect(inv).toMatchObject({ status: 'resolved', closedOn: '2026-03-04', notes: 2 })
    expect(inv.notesList.map((n) => n.noteDate)).toEqual(['2026-03-03', '2026-03-04'])
    expect(
      (await desk.call('investigations.list', { status: 'active', customerId: null, offset: 0, limit: 10 }))
        .total
    ).toBe(0)
    expect(
      (
        await desk.call('investigations.list', {
          status: 'resolved',
          customerId: seed.customerId,
          offset: 0,
          limit: 10
        })
      ).rows[0].id
    ).toBe(id)
    expect(
      (
        await desk.fail('investigations.update', {
          id,
          status: 'written_off',
          outcome: 'x',
          date: '2026-03-04'
        })
      ).code
    ).toBe('conflict')

    const log = (
      await desk.call('activity.list', { entity: 'investigation', entityId: id, offset: 0, limit: 20 })
    ).rows.map((r) => r.action)
    expect(log).toEqual(['resolved', 'note', 'contacted', 'note', 'open'])
    expect(() => desk.store.sqlite.prepare('delete from investigation_notes').run()).toThrow(
      /cannot be deleted/
    )
  })

  it('can be written off straight from open', async () => {
    const id = await returnedPayment()
    const inv = await desk.call('investigations.update', {
      id,
      status: 'written_off',
      outcome: 'Company dissolved',
      date: '2026-03-02'
    })
    expect(inv).toMatchObject({ status: 'written_off', closedOn: '2026-03-02', outcome: 'Company dissolved' })
  })
})

describe('printed statements and reminders', () => {
  it('statement of account: invoices, credit notes, payments, a returned payment and the running balance', async () => {
    const a = await invoiceOf(desk, seed, 1_000_00, { issueDate: '2026-01-10' })
    const b = await invoiceOf(desk, seed, 250_50, { issueDate: '2026-02-01' })
    const credit = await desk.call('invoices.createCreditNote', { invoiceId: b.id, reason: 'Devolució' })
    await desk.call('documents.issue', { id: credit.id, issueDate: '2026-02-03' })
    await desk.call('payments.record', {
      payment: payment(seed, 600_00, {
        paymentDate: '2026-02-10',
        reference: 'TRF-Őz-1',
        allocations: [{ documentId: a.id, amountCents: 600_00 }]
      })
    })
    const p = await desk.call('payments.record', {
      payment: payment(seed, 400_00, {
        paymentDate: '2026-02-20',
        method: 'direct_debit',
        reference: 'SEPA-Ж'
      })
    })
    await desk.call('payments.return', {
      id: p.id,
      returnDate: '2026-02-25',
      reason: 'insufficient_funds',
      bankFeeCents: 0,
      rebill: false,
      note: ''
    })

    const file = await desk.call('receivables.statementPdf', {
      customerId: seed.customerId,
      from: null,
      to: null,
      paper: null
    })
    expect(file.fileName).toBe('statement-C-000001-2026-03-02.pdf')
    const text = pdfText(file.bytes, { squeeze: 'spaces' })
    expect(text).toContain('Statement of account')
    expect(text).toContain('Győri Lőrinc és Fiai Kft.')
    expect(text).toContain('Col·legi Català de Façanes S.L.')
    const lines = text.split('\n')
    const lineWith = (s: string) => lines.find((l) => l.includes(s)) ?? ''
    expect(lineWith('INV-2026-00001')).toMatch(
      /^10 Jan 2026 INV-2026-00001 Invoice, due 25 Jan 2026 1,000\.00 1,000\.00$/
    )
    expect(lineWith('INV-2026-00002')).toMatch(/250\.50 1,250\.50$/)
    expect(lineWith('CRN-2026-00001')).toMatch(/250\.50 1,000\.00$/)
    expect(lineWith('TRF-Őz-1')).toMatch(/TRF-Őz-1 Payment, bank transfer 600\.00 400\.00$/)
    expect(lineWith('Payment, direct debit')).toMatch(/SEPA-Ж Payment, direct debit 400\.00 0\.00$/)
    expect(lineWith('Returned: Insufficient funds')).toMatch(
      /SEPA-Ж Returned: Insufficient funds 400\.00 400\.00$/
    )
    expect(text).toMatch(/Closing balance \(EUR\) 400\.00/)
    expect(text).toContain('ES91 2100 0418 4502 0005 1332')

    // A period: the opening balance carries what came before.
    const period = pdfText(
      (
        await desk.call('receivables.statementPdf', {
          customerId: seed.customerId,
          from: '2026-02-15',
          to: '2026-02-28',
          paper: 'Letter'
        })
      ).bytes,
      { squeeze: 'spaces' }
    )
    expect(period).toMatch(/Opening balance 400\.00/)
    expect(period).not.toContain('INV-2026-00001')
    expect(period).toMatch(/Closing balance \(EUR\) 400\.00/)
  })

  it('reminder letters at three levels, each following the one before, with the wording from the settings', async () => {
    await invoiceOf(desk, seed, 120_00, { issueDate: '2026-01-02' })
    await invoiceOf(desk, seed, 80_00) // not due yet: not in the letter
    const first = pdfText(
      (
        await desk.call('receivables.reminderPdf', {
          customerId: seed.customerId,
          level: 1,
          asOf: null,
          paper: null
        })
      ).bytes,
      { squeeze: 'spaces' }
    )
    expect(first).toContain('Payment reminder')
    expect(first).toContain('Reminder no. REM-2026-00001')
    expect(first).toContain('INV-2026-00001')
    expect(first).not.toContain('INV-2026-00002')
    expect(first).toContain('Dear Győri Lőrinc és Fiai Kft.')
    expect(first).toMatch(/totalling 120\.00 EUR/)

    const wording = structuredClone(defaultReminderTexts.en)
    wording.level3 = {
      title: 'Último aviso — последнее предупреждение',
      body: 'Estimado {customer}: la deuda de {total} lleva {days} días vencida.',
      closing: 'Atentamente, {company}',
      days: 14
    }
    await desk.call('reminders.updateWording', { wording })
    expect((await desk.call('reminders.wording', {})).level3.title).toBe(wording.level3.title)
    // Level 2 comes 14 days after level 1 at the earliest (the default days).
    const second = pdfText(
      (
        await desk.call('receivables.reminderPdf', {
          customerId: seed.customerId,
          level: 2,
          asOf: '2026-03-16',
          paper: null
        })
      ).bytes,
      { squeeze: 'spaces' }
    )
    expect(second).toContain('Second payment reminder')
    expect(second).toContain('REM-2026-00002')
    const third = pdfText(
      (
        await desk.call('receivables.reminderPdf', {
          customerId: seed.customerId,
          level: 3,
          asOf: '2026-04-01',
          paper: null
        })
      ).bytes,
      { squeeze: 'spaces' }
    )
    expect(third).toContain('Último aviso — последнее предупреждение')
    expect(third).toContain('lleva 74 días vencida')
    expect(third).toContain('Atentamente, Col·legi Català de Façanes S.L.')
    expect(third).toContain('INV-2026-00002')

    const log = await desk.call('activity.list', {
      entity: 'customer',
      entityId: seed.customerId,
      offset: 0,
      limit: 10
    })
    expect(log.rows.filter((r) => r.action === 'reminder')).toHaveLength(3)
    // Nothing overdue: nothing to remind of.
    const other = await otherCustomer(desk)
    expect(
      (await desk.fail('receivables.reminderPdf', { customerId: other, level: 1, asOf: null, paper: null }))
        .code
    ).toBe('conflict')
  })
})
