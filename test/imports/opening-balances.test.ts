/**
 * Opening balances (issue 13 item 11): invoices still open in the previous system, imported
 * through the Import page's third kind, count in every receivable reader (customer account,
 * aged receivables now and as of a past date, overdue list, statement, reminders) and are
 * settled by a payment's oldest-first plan; they take no number and make no document. Every
 * expected figure is computed here from the rows the test wrote, not read from the service.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decodeMessage } from '../../src/shared/errors'
import { agedBuckets } from '../../src/shared/schemas/receivables'
import { defaultReminderWording } from '../../src/shared/schemas/reminders'
import { dumpDatabase } from '../support/dump'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { invoiceOf, otherCustomer, payment, seedDocuments, type Seeded } from '../payments/helpers'
import { pdfText } from '../support/pdf-text'
import { isOpeningItem } from '../../src/main/payments/opening-balances'
import { previousReminders } from '../../src/main/payments/reminders'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const csv = (rows: string[][]) =>
  Buffer.from(rows.map((r) => r.join(';')).join('\r\n'), 'utf8').toString('base64')

const header = ['Cliente', 'Factura', 'Fecha', 'Vencimiento', 'Moneda', 'Importe pendiente']

/** The previous system's open invoices, as the test knows them (minor units of each currency). */
const opening = [
  { number: 'F-2025/0412', issueDate: '2025-11-10', dueDate: '2025-12-10', currency: 'EUR', minor: 250_50 },
  // No due date in the file: the invoice date plus the customer's 15 days.
  { number: 'F-2026/0031', issueDate: '2026-01-31', dueDate: '2026-02-15', currency: 'EUR', minor: 1_000_00 },
  { number: 'F-2026/0050', issueDate: '2026-02-20', dueDate: '2026-03-20', currency: 'HUF', minor: 12_500_00 }
]

const file = () =>
  csv([
    header,
    ['HU12345676', 'F-2025/0412', '2025-11-10', '10/12/2025', 'EUR', '250,50'],
    ['HU12345676', 'F-2026/0031', '31/01/2026', '', '', '1.000,00'],
    ['HU12345676', 'F-2026/0050', '2026.02.20.', '20.03.2026', 'HUF', '12 500']
  ])

const mapping = { customer: 0, number: 1, issueDate: 2, dueDate: 3, currency: 4, amount: 5 }

async function importOpening(base64 = file(), check = false) {
  return desk.call('imports.apply', {
    kind: 'openingBalances',
    fileName: 'pendientes.csv',
    base64,
    mapping,
    check
  })
}

const DAY = 86_400_000
const daysPast = (due: string, asOf: string) => Math.round((Date.parse(asOf) - Date.parse(due)) / DAY)
const bucket = (days: number) =>
  days <= 0
    ? 'current'
    : days <= 30
      ? 'days1to30'
      : days <= 60
        ? 'days31to60'
        : days <= 90
          ? 'days61to90'
          : 'over90'

/** Aged buckets per currency from the test's own ledger. */
function agedOf(items: Array<{ currency: string; dueDate: string; openMinor: number }>, asOf: string) {
  const byCurrency = new Map<string, Record<string, number>>()
  for (const item of items) {
    if (item.openMinor === 0) continue
    const row = byCurrency.get(item.currency) ?? Object.fromEntries(agedBuckets.map((b) => [b, 0]))
    row[bucket(daysPast(item.dueDate, asOf))] += item.openMinor
    byCurrency.set(item.currency, row)
  }
  return byCurrency
}

describe('opening balances', () => {
  it('are checked without writing, imported once, and refused a second time', async () => {
    const before = dumpDatabase(desk.store.sqlite)
    const bad = await importOpening(
      csv([
        header,
        ['NOBODY', 'X-1', '2026-01-01', '', 'EUR', '10'],
        ['HU12345676', 'X-2', '31/02/2026', '', 'EUR', '10'],
        ['HU12345676', 'X-3', '2026-01-10', '2026-01-01', 'EUR', '10'],
        ['HU12345676', 'X-4', '2026-01-10', '', 'JPY', '12,5'],
        ['HU12345676', 'X-5', '2026-01-10', '', 'XYZ', '10']
      ])
    )
    expect(bad.applied).toBe(false)
    expect(bad.problems.map((p) => [p.row, p.field, decodeMessage(p.message)?.key])).toEqual([
      [2, 'customer', 'importCustomerNotFound'],
      [3, 'issueDate', 'importNotADate'],
      [4, 'dueDate', 'importDueBeforeIssue'],
      [5, 'amount', 'importNotAnAmount'],
      [6, 'currency', 'importNotACurrency']
    ])
    const checked = await importOpening(file(), true)
    expect(checked).toMatchObject({ applied: false, rows: 3, created: 3, problems: [] })
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)

    const documentsBefore = desk.store.sqlite.prepare('select count(*) as n from documents').get()
    const done = await importOpening()
    expect(done).toMatchObject({ applied: true, rows: 3, created: 3 })
    const stored = desk.store.sqlite
      .prepare(
        'select number, issue_date as issueDate, due_date as dueDate, currency, amount_cents as minor from opening_balances order by id'
      )
      .all()
    expect(stored).toEqual(opening)
    // No document, no number of ours.
    expect(desk.store.sqlite.prepare('select count(*) as n from documents').get()).toEqual(documentsBefore)

    const again = await importOpening()
    expect(again.applied).toBe(false)
    expect(again.problems.map((p) => decodeMessage(p.message)?.key)).toEqual([
      'importOpeningExists',
      'importOpeningExists',
      'importOpeningExists'
    ])
    // A record: the store refuses to change or delete it.
    expect(() => desk.store.sqlite.prepare('delete from opening_balances').run()).toThrow(/cannot be deleted/)
    expect(() => desk.store.sqlite.prepare('update opening_balances set amount_cents = 1').run()).toThrow(
      /cannot be changed/
    )
  })

  it('count in the account, aged receivables, overdue list, statement and reminders, and are paid oldest first', async () => {
    const invoice = await invoiceOf(desk, seed, 100_00, { issueDate: '2026-02-01' })
    await importOpening()
    const today = '2026-03-02'
    const ledger = [
      ...opening.map((o) => ({ ...o, openMinor: o.minor })),
      {
        number: invoice.number ?? '',
        issueDate: '2026-02-01',
        dueDate: invoice.dueDate ?? '',
        currency: 'EUR',
        openMinor: 100_00
      }
    ]
    const expectAged = async (asOf: string | null, items: typeof ledger) => {
      const report = await desk.call('receivables.aged', { asOf, search: '', offset: 0, limit: 50 })
      const expected = agedOf(
        items.filter((i) => i.issueDate <= (asOf ?? today)),
        asOf ?? today
      )
      expect(report.rows.length).toBe(expected.size)
      for (const row of report.rows)
        for (const b of agedBuckets)
          expect([row.currency, b, row[b]]).toEqual([row.currency, b, expected.get(row.currency)?.[b]])
    }
    await expectAged(null, ledger)

    const account = await desk.call('receivables.account', { customerId: seed.customerId })
    const openNow = (currency: string) =>
      ledger.filter((i) => i.currency === currency).reduce((sum, i) => sum + i.openMinor, 0)
    expect(account.balances.find((b) => b.currency === 'EUR')?.openCents).toBe(openNow('EUR'))
    expect(account.balances.find((b) => b.currency === 'HUF')?.openCents).toBe(openNow('HUF'))
    const openingItems = account.items.filter((i) => i.type === 'opening_balance')
    expect(openingItems.map((i) => i.number).sort()).toEqual(opening.map((o) => o.number).sort())
    expect(openingItems.every((i) => i.documentId < 0)).toBe(true)

    // The overdue list: due before today and still open, oldest due first.
    const overdue = await desk.call('receivables.overdue', {
      search: '',
      customerId: null,
      asOf: null,
      executiveId: null,
      offset: 0,
      limit: 50
    })
    const expectedOverdue = ledger
      .filter((i) => i.dueDate < today)
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1))
      .map((i) => i.number)
    expect(overdue.rows.map((r) => r.number)).toEqual(expectedOverdue)
    expect(overdue.total).toBe(expectedOverdue.length)
    // With an executive chosen, only documents (opening balances have no executive).
    const ofExecutive = await desk.call('receivables.overdue', {
      search: '',
      customerId: null,
      asOf: null,
      executiveId: seed.executiveId,
      offset: 0,
      limit: 50
    })
    expect(ofExecutive.rows.map((r) => r.number)).toEqual([invoice.number])

    // The reminder names every item overdue long enough, the opening balances among them.
    const wording = defaultReminderWording()
    const remindable = ledger
      .filter((i) => daysPast(i.dueDate, today) >= wording.level1.days && daysPast(i.dueDate, today) > 0)
      .map((i) => i.number)
    expect(await desk.call('reminders.nextLevel', { customerId: seed.customerId })).toBe(1)
    const letter = await desk.call('receivables.reminderPdf', {
      customerId: seed.customerId,
      asOf: null,
      paper: null
    })
    const text = pdfText(letter.bytes, { squeeze: 'spaces' })
    for (const number of remindable) expect(text).toContain(number)
    expect(text).not.toContain('F-2026/0050')
    const reminders = await desk.call('reminders.list', { customerId: seed.customerId })
    expect(reminders[0].items.map((i) => i.number).sort()).toEqual([...remindable].sort())
    // Every item's previous reminder is the one just recorded, the opening balances' (negative ids) too.
    const named = reminders[0].items.map((i) => i.documentId)
    expect(named.some(isOpeningItem) && !named.every(isOpeningItem)).toBe(true)
    const previous = await previousReminders(desk.store.db, named)
    expect(named.map((id) => [id, previous.get(id)])).toEqual(
      reminders[0].items.map((i) => [
        i.documentId,
        { level: i.level, asOf: reminders[0].asOf, number: reminders[0].number }
      ])
    )
    // The next level follows the opening balances' own previous reminder, as for invoices.
    desk.clock.set(new Date(Date.parse(`${today}T10:00:00Z`) + wording.level2.days * DAY))
    expect(await desk.call('reminders.nextLevel', { customerId: seed.customerId })).toBe(2)
    desk.clock.set(new Date(`${today}T10:00:00Z`))

    // A payment without picks settles the oldest due first: F-2025/0412, then part of F-2026/0031.
    const paid = await desk.call('payments.record', { payment: payment(seed, 300_00, { currency: 'EUR' }) })
    expect(paid.allocations.map((a) => [a.documentNumber, a.amountCents])).toEqual([
      ['F-2025/0412', 250_50],
      ['F-2026/0031', 300_00 - 250_50]
    ])
    ledger[0].openMinor = 0
    ledger[1].openMinor -= 300_00 - 250_50
    await expectAged(null, ledger)
    // As of the day before the payment, the ledger still has them open.
    await expectAged('2026-03-01', [...opening.map((o) => ({ ...o, openMinor: o.minor })), ledger[3]])

    // The statement lists the opening balances and closes on what the ledger says.
    const statement = pdfText(
      (
        await desk.call('receivables.statementPdf', {
          customerId: seed.customerId,
          from: null,
          to: null,
          paper: null,
          currency: 'EUR'
        })
      ).bytes,
      { squeeze: 'spaces' }
    )
    expect(statement).toContain('F-2025/0412')
    expect(statement).toContain('Invoice open at the start')
    const closing = openNow('EUR')
    expect(statement).toContain(
      `${Math.floor(closing / 100).toLocaleString('en-GB')}.${String(closing % 100).padStart(2, '0')}`
    )

    // A returned payment reopens what it settled.
    await desk.call('payments.return', {
      id: paid.id,
      returnDate: today,
      reason: 'insufficient_funds',
      bankFeeCents: 0,
      rebill: false,
      note: ''
    })
    const after = await desk.call('receivables.account', { customerId: seed.customerId })
    expect(after.items.find((i) => i.number === 'F-2025/0412')?.openCents).toBe(250_50)
    expect(after.items.find((i) => i.number === 'F-2026/0031')?.openCents).toBe(1_000_00)
  })

  it('are settled oldest first by a payments import, beside a customer who has none', async () => {
    // Only the EUR ones: with HUF open as well a payment without a currency is refused.
    const eur = opening.filter((o) => o.currency === 'EUR')
    await importOpening(
      csv([
        header,
        ['HU12345676', 'F-2025/0412', '2025-11-10', '10/12/2025', 'EUR', '250,50'],
        ['HU12345676', 'F-2026/0031', '31/01/2026', '', '', '1.000,00']
      ])
    )
    const other = await otherCustomer(desk)
    const invoice = await invoiceOf(desk, seed, 80_00, { customerId: other })
    const code = (id: number) =>
      desk.store.sqlite.prepare('select code from customers where id = ?').pluck().get(id) as string
    const paidMinor = 300_00
    const result = await desk.call('payments.import', {
      fileName: 'cobros.csv',
      base64: csv([
        ['Customer no.', 'Date', 'Amount', 'Method', 'Reference'],
        [code(seed.customerId), '2026-03-01', '300,00', 'transfer', 'TRF-1'],
        [code(other), '2026-03-01', '50,00', 'transfer', 'TRF-2']
      ])
    })
    expect([result.applied, result.payments, result.problems]).toEqual([true, 2, []])
    // The test's own oldest-due-first plan over the opening balances.
    let left = paidMinor
    const expected: Array<[string, number]> = []
    for (const o of [...eur].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1))) {
      const amount = Math.min(left, o.minor)
      if (amount > 0) expected.push([o.number, amount])
      left -= amount
    }
    expect(
      desk.store.sqlite
        .prepare(
          `select o.number, a.amount_cents from opening_balance_allocations a
           join opening_balances o on o.id = a.opening_balance_id order by a.id`
        )
        .raw()
        .all()
    ).toEqual(expected)
    expect(
      desk.store.sqlite.prepare('select document_id, amount_cents from payment_allocations').raw().all()
    ).toEqual([[invoice.id, 50_00]])
  })
})
