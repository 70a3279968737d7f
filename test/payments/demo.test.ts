/**
 * Demo payments: every aged bucket has something, some invoices are paid late, some returned
 * (with investigations in every state and re-billed fees on debit notes that keep the series
 * gap-free and in date order), set-ups are valid, and the receivables kept by the store agree
 * with a recomputation from the raw rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemo } from '../../src/main/demo/generate'
import { ibanProblem } from '../../src/shared/iban'
import { openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk

beforeAll(async () => {
  desk = await openTestDesk()
  generateDemo(desk.store, { size: 'small', seed: 5, now: new Date('2026-03-02T09:30:00Z') })
}, 120_000)
afterAll(async () => {
  await desk.close()
})

const all = <T>(sql: string) => desk.store.sqlite.prepare(sql).all() as T[]
const count = (sql: string) => all<{ n: number }>(sql)[0].n

describe('demo payments', () => {
  it('make the receivables look real: every bucket, late payments, returns, investigations', async () => {
    const aged = await desk.call('receivables.aged', { asOf: null, search: '', offset: 0, limit: 5 })
    for (const bucket of ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const)
      expect(aged.totals[0][bucket], bucket).toBeGreaterThan(0)
    expect(count("select count(*) as n from payments where status = 'received'")).toBeGreaterThan(100)
    const late = count(
      'select count(*) as n from payment_allocations a join receivables r on r.document_id = a.document_id where a.allocated_on > r.due_date'
    )
    expect(late).toBeGreaterThan(10)
    const returns = all<{ status: string }>('select status from payment_investigations')
    expect(returns.length).toBeGreaterThan(0)
    expect(
      count('select count(*) as n from payment_returns where rebilled = 1 and debit_note_id is not null')
    ).toBeGreaterThan(0)
    const overdue = await desk.call('receivables.overdue', {
      search: '',
      customerId: null,
      asOf: null,
      offset: 0,
      limit: 1
    })
    expect(overdue.total).toBeGreaterThan(10)
  })

  it('keeps receivables equal to the raw rows and the debit-note series gap-free and in date order', async () => {
    const mismatches = all(`select r.document_id from receivables r join documents d on d.id = r.document_id
      where r.open_cents <> d.total_cents
        - coalesce((select sum(c.total_cents) from documents c where c.corrects_id = d.id and c.type = 'credit_note' and c.status = 'issued'), 0)
        - coalesce((select sum(a.amount_cents) from payment_allocations a join payments p on p.id = a.payment_id where a.document_id = d.id and p.status = 'received'), 0)`)
    expect(mismatches).toEqual([])
    expect(
      count(
        "select count(*) as n from documents where type in ('invoice', 'debit_note') and status = 'issued'"
      )
    ).toBe(count('select count(*) as n from receivables'))
    expect(count('select count(*) as n from payments where allocated_cents > amount_cents')).toBe(0)
    const numbering = await desk.call('numbering.report', {})
    expect(numbering.gapFree).toBe(true)
    const notes = all<{ year: number; sequence: number; issueDate: string }>(
      "select series_year as year, sequence, issue_date as issueDate from documents where type = 'debit_note' and status = 'issued' order by series_year, sequence"
    )
    for (let i = 1; i < notes.length; i++)
      if (notes[i].year === notes[i - 1].year) expect(notes[i].issueDate >= notes[i - 1].issueDate).toBe(true)
  })

  it('sets customers up with valid IBANs and mandates, cards with last four only', () => {
    const setups = all<{ method: string; iban: string; mandateReference: string; cardLast4: string }>(
      'select method, iban, mandate_reference as mandateReference, card_last4 as cardLast4 from customer_payment_setups'
    )
    expect(setups.length).toBeGreaterThan(10)
    for (const s of setups) {
      if (s.method === 'direct_debit') {
        expect(ibanProblem(s.iban), s.iban).toBeNull()
        expect(s.mandateReference).not.toBe('')
      } else expect(s.cardLast4).toMatch(/^\d{4}$/)
    }
  })
})
