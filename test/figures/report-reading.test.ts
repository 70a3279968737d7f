/**
 * The weekly report reads its data with queries written for speed (issue 12 "Speed"): new customers
 * as two index searches joined by UNION, superseded estimates and opening balances with CROSS JOIN
 * so SQLite starts from the small table, the ledger as of a week's end summing from the history only
 * the documents something happened to afterwards (the others as the receivables table has them), the
 * open estimates through their own index. Their answers must be those of the plain queries they
 * replaced, which are written out here: on four weeks of a generated demo, with converted prospects,
 * superseded estimates, opening balances and credit notes after the weeks added so that every branch
 * has rows to find.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemo } from '../../src/main/demo/generate'
import { weeklyReportData } from '../../src/main/figures/report-data'
import { openingLedgerAsOf } from '../../src/main/payments/opening-balances'
import { ledgerAsOf } from '../../src/main/payments/receivables'
import { addDaysIso, isoWeekRange } from '../../src/shared/iso-week'
import { openTestDesk, type TestDesk } from '../support/fixtures'

const NOW = new Date('2026-03-02T09:30:00Z')
/** The four complete weeks before NOW (Monday 2 March 2026). */
const WEEKS = ['2026-W06', '2026-W07', '2026-W08', '2026-W09']

let desk: TestDesk

const rows = <T>(text: string, ...params: unknown[]) => desk.store.sqlite.prepare(text).all(...params) as T[]

beforeAll(async () => {
  desk = await openTestDesk()
  generateDemo(desk.store, { size: 'small', seed: 11, now: NOW })
  const sqlite = desk.store.sqlite
  // Customers who came in as prospects: created long before, converted in each of the weeks (they
  // are new in the week of their first order, not the week they were created).
  const old = rows<{ id: number }>(
    "select id from customers where created_at < '2026-01-01' order by id limit 8"
  )
  old.forEach(({ id }, i) => {
    const converted = `${addDaysIso(isoWeekRange(WEEKS[i % 4]).start, i % 7)}T10:00:00.000Z`
    sqlite
      .prepare(
        'insert into prospects (customer_id, created_at, updated_at, converted_at) values (?, ?, ?, ?)'
      )
      .run(id, '2025-06-01T09:00:00.000Z', converted, converted)
  })
  // And a prospect still on the desk, created in a week: not a new customer yet.
  const fresh = rows<{ id: number; created_at: string }>(
    'select id, created_at from customers where created_at >= ? order by id limit 1',
    isoWeekRange(WEEKS[1]).start
  )
  for (const c of fresh)
    sqlite
      .prepare('insert into prospects (customer_id, created_at, updated_at) values (?, ?, ?)')
      .run(c.id, c.created_at, c.created_at)
  // Estimates replaced by a later one, superseded in the weeks.
  const estimates = rows<{ id: number }>(
    "select id from documents where type = 'estimate' and status <> 'draft' order by id limit 12"
  )
  for (let i = 0; i + 1 < estimates.length; i += 2)
    sqlite
      .prepare(
        'insert into estimate_supersessions (estimate_id, superseded_by_id, superseded_on) values (?, ?, ?)'
      )
      .run(estimates[i].id, estimates[i + 1].id, addDaysIso(isoWeekRange(WEEKS[(i / 2) % 4]).start, i % 7))
  // Opening balances of two customers, one issued after the first week.
  const [a, b] = rows<{ code: string }>('select code from customers order by id limit 2')
  const file = [
    ['Customer', 'Invoice', 'Date', 'Due', 'Currency', 'Open'],
    [a.code, 'OB-1', '2025-11-15', '2025-12-15', 'EUR', '1250.40'],
    [b.code, 'OB-2', '2026-02-10', '2026-02-20', 'EUR', '310.00']
  ]
  desk.clock.set(NOW)
  const imported = await desk.call('imports.apply', {
    kind: 'openingBalances',
    fileName: 'open.csv',
    base64: Buffer.from(file.map((r) => r.join(';')).join('\r\n'), 'utf8').toString('base64'),
    mapping: { customer: 0, number: 1, issueDate: 2, dueDate: 3, currency: 4, amount: 5 },
    check: false
  })
  expect(imported).toMatchObject({ applied: true, created: 2, problems: [] })
  // Credit notes issued after the last week (today), of invoices issued in the weeks: one open, one
  // paid, each credited a line, and one credited whole.
  const credited = rows<{ id: number; open: number }>(
    `select r.document_id as id, r.open_cents as open from receivables r join documents d on d.id = r.document_id
    where d.type = 'invoice' and r.issue_date between ? and ? and r.credited_cents = 0 order by r.document_id`,
    isoWeekRange(WEEKS[0]).start,
    isoWeekRange(WEEKS[3]).end
  )
  const open = credited.find((r) => r.open > 0)
  const paid = credited.find((r) => r.open === 0)
  const whole = credited.filter((r) => r.open > 0).at(-1)
  for (const [invoice, quantity] of [
    [open, 'line'],
    [paid, 'line'],
    [whole, 'all']
  ] as const) {
    if (invoice === undefined) throw new Error('The demo has no invoice to credit')
    const full = await desk.call('documents.get', { id: invoice.id })
    const note = await desk.call('invoices.createCreditNote', {
      invoiceId: invoice.id,
      reason: 'Devolución',
      lines: (quantity === 'all' ? full.lines : full.lines.slice(0, 1)).map((l) => ({
        lineId: l.id,
        quantityMilli: l.quantityMilli
      }))
    })
    await desk.call('documents.issue', { id: note.id, issueDate: '2026-03-02' })
  }
}, 120_000)
afterAll(() => desk.close())

/** The new customers of a week as the report read them before (one OR over every customer). */
function plainNewCustomers(start: string, end: string) {
  const next = addDaysIso(end, 1)
  return rows<{
    code: string
    name: string
    city: string
    country: string
    executive: string
    createdAt: string
  }>(
    `select c.code as code, c.name as name, c.billing_city as city, c.billing_country as country,
      coalesce(e.name, '') as executive, c.created_at as createdAt
    from customers c left join sales_executives e on e.id = c.executive_id
    where (c.created_at >= ? and c.created_at < ?
        and not exists (select 1 from prospects p where p.customer_id = c.id))
      or exists (select 1 from prospects p where p.customer_id = c.id
        and p.converted_at >= ? and p.converted_at < ?)
    order by c.created_at, c.code`,
    start,
    next,
    start,
    next
  )
}

/** Superseded estimates of a week per executive, with a plain join. */
function plainSuperseded(start: string, end: string): Map<number | null, number> {
  const found = rows<{ exec: number | null; n: number }>(
    `select d.executive_id as exec, count(*) as n
    from estimate_supersessions s join documents d on d.id = s.estimate_id
    where s.superseded_on >= ? and s.superseded_on <= ? group by d.executive_id`,
    start,
    end
  )
  return new Map(found.map((r) => [r.exec, r.n]))
}

/** Opening balances issued by a day with their customer, with a plain join (nothing paid on them here). */
function plainOpening(asOf: string) {
  return rows<{ id: number; code: string; name: string; open: number }>(
    `select o.id as id, c.code as code, c.name as name, o.amount_cents as open
    from opening_balances o join customers c on c.id = o.customer_id
    where o.issue_date <= ? order by o.id`,
    asOf
  )
}

/**
 * What was open on each invoice and debit note at the end of `asOf`, every one of them summed from
 * the history (the ledger's query before it took the documents nothing happened to after that day
 * from the receivables table).
 */
function plainLedger(asOf: string) {
  return rows<{
    id: number
    customerId: number
    currency: string
    credited: number
    paid: number
    open: number
  }>(
    `select id, customerId, currency, credited, paid, total - credited - paid as open from (
      select d.id as id, d.customer_id as customerId, d.currency as currency, d.payable_cents as total,
        coalesce((select case when sum(c.total_cents) >= d.total_cents then max(0, d.payable_cents)
            else max(0, min(d.payable_cents, sum(max(c.payable_cents, 0)))) end from documents c
          where c.corrects_id = d.id and c.type = 'credit_note' and c.status = 'issued' and c.issue_date <= $asOf), 0) as credited,
        coalesce((select sum(a.amount_cents) from payment_allocations a left join payment_returns t on t.payment_id = a.payment_id
          where a.document_id = d.id and a.allocated_on <= $asOf and (t.return_date is null or t.return_date > $asOf)), 0) as paid
      from documents d
      where d.type in ('invoice', 'debit_note') and d.status = 'issued' and d.issue_date <= $asOf)
    where open <> 0 order by id`,
    { asOf }
  )
}

/** Estimates open at the end of `day` (sent by then, valid then, not decided by then), by id. */
function plainOpenEstimates(day: string) {
  return rows<{ number: string; net: number }>(
    `select d.number as number, d.net_cents as net from documents d
    where d.type = 'estimate' and d.status <> 'draft' and d.issue_date <= ? and d.issue_date >= ? and d.valid_until >= ?
      and not exists (select 1 from activity_log a where a.entity = 'document' and a.entity_id = d.id
        and a.action in ('accept', 'decline') and a.at < ?)
    order by d.number`,
    day,
    addDaysIso(day, -400),
    day,
    addDaysIso(day, 1)
  )
}

describe('the weekly report read with the faster queries', () => {
  it('finds what was open at each week’s end as the history says, however it changed afterwards', async () => {
    const changedAfter = { credited: 0, paid: 0, returned: 0, openNow: 0 }
    for (const week of WEEKS) {
      const { end } = isoWeekRange(week)
      const ledger = (await ledgerAsOf(desk.store.db, end))
        .filter((r) => r.documentId > 0)
        .map((r) => ({
          id: r.documentId,
          customerId: r.customerId,
          currency: r.currency,
          credited: r.creditedCents,
          paid: r.paidCents,
          open: r.openCents
        }))
        .sort((a, b) => a.id - b.id)
      const plain = plainLedger(end)
      expect(ledger, week).toEqual(plain)
      // Every way a document can stand differently then than now is among them.
      const count = (text: string) => rows<{ n: number }>(text, { asOf: end })[0].n
      changedAfter.credited +=
        count(`select count(distinct c.corrects_id) as n from documents c join documents i on i.id = c.corrects_id
        where c.type = 'credit_note' and c.status = 'issued' and c.issue_date > $asOf and i.issue_date <= $asOf`)
      changedAfter.paid +=
        count(`select count(distinct a.document_id) as n from payment_allocations a join documents i on i.id = a.document_id
        where a.allocated_on > $asOf and i.issue_date <= $asOf`)
      changedAfter.returned += count(`select count(distinct a.document_id) as n from payment_returns t
        join payment_allocations a on a.payment_id = t.payment_id where a.allocated_on <= $asOf`)
      changedAfter.openNow +=
        count(`select count(*) as n from receivables r where r.open_cents <> 0 and r.issue_date <= $asOf
        and r.document_id in (select document_id from payment_allocations where allocated_on <= $asOf)`)
      const data = await weeklyReportData(desk.store.db, week)
      expect(
        data.openEstimates
          .map((e) => ({ number: e.number, net: e.netCents }))
          .sort((a, b) => (a.number < b.number ? -1 : 1)),
        week
      ).toEqual(plainOpenEstimates(end))
    }
    for (const [what, n] of Object.entries(changedAfter)) expect(n, what).toBeGreaterThan(0)
  })

  it('lists the same new customers, superseded estimates and opening balances as the plain queries, on four weeks', async () => {
    let newCustomers = 0
    let superseded = 0
    let converted = 0
    for (const week of WEEKS) {
      const { start, end } = isoWeekRange(week)
      const data = await weeklyReportData(desk.store.db, week)
      const plain = plainNewCustomers(start, end)
      expect(data.newCustomers, week).toEqual(plain)
      newCustomers += plain.length
      converted += plain.filter((c) => c.createdAt < '2026-01-01').length

      const expected = plainSuperseded(start, end)
      for (const row of data.figures.rows)
        expect(row.estimatesSuperseded, `${week} ${row.name}`).toBe(expected.get(row.executiveId) ?? 0)
      expect(data.figures.team.estimatesSuperseded).toBe([...expected.values()].reduce((s, n) => s + n, 0))
      superseded += data.figures.team.estimatesSuperseded

      const opening = await openingLedgerAsOf(desk.store.db, end)
      expect(
        opening.map((o) => ({
          id: -o.documentId,
          code: o.customerCode,
          name: o.customerName,
          open: o.openCents
        }))
      ).toEqual(plainOpening(end))
    }
    // Every branch had something to find.
    expect(newCustomers).toBeGreaterThan(0)
    expect(converted).toBe(8)
    expect(superseded).toBe(6)
    expect(plainOpening(isoWeekRange(WEEKS[3]).end)).toHaveLength(2)
    expect(plainOpening(isoWeekRange(WEEKS[0]).end)).toHaveLength(1)
  })
})
