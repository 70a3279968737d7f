/**
 * Old invoices with a rounding amount (BT-114) credited in full before the rounding went with the
 * last credit note (issues 11 and 12; model in src/main/db/migrations/0043_money.ts). Credit notes
 * issued by the old code carry no rounding, and 0036_money caps what they take at the invoice's
 * amount due, so an invoice rounded up by 0.02 and credited in full stood 0.02 open. Rule: credit
 * notes that together credit the invoice's whole total close it. The store is built at the
 * migration before 0036, the notes are issued by the old code path (the note keeps the prepaid and
 * rounding its draft holds: none), then every migration runs. Every expected figure is worked out
 * here from the lines and the rounding, never read from the service's query.
 */
import { pdfText } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApi } from '../../src/main/api'
import { verifyChain } from '../../src/main/db/chain'
import { migrations } from '../../src/main/db/migrations'
import { openStore } from '../../src/main/db/open'
import type { ApiInput, ApiMethod, ApiOutput } from '../../src/shared/api'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { creditNote, draft, line, seedDocuments, type CreditedLines, type Seeded } from '../documents/helpers'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { otherCustomer, payment } from './helpers'

// The old code path: before the fix a credit note was issued with the prepaid amount and the
// rounding its draft held (a credit note's draft holds none).
vi.mock('../../src/main/documents/credit-prepaid', () => ({
  creditNoteAmounts: (
    _db: unknown,
    _invoiceId: number,
    _noteId: number | null,
    note: { totalCents: number; roundingCents: number }
  ) => Promise.resolve({ prepaidCents: 0, roundingCents: note.roundingCents })
}))

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk({
    open: {
      migrations: migrations.slice(
        0,
        migrations.findIndex((m) => m.name === '0036_money')
      )
    }
  })
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

/** 100.00 net at 21 % in two lines of 50.00: total 121.00; one line is half of it. */
const NET = 2 * 50_00
const TOTAL = NET + Math.round((NET * 21) / 100)
const HALF = 50_00 + Math.round((50_00 * 21) / 100)

async function roundedInvoice(roundingCents: number, customerId = seed.customerId): Promise<SalesDocument> {
  const created = await desk.call('documents.createDraft', {
    document: draft(
      { ...seed, customerId },
      {
        issueDate: '2026-01-10',
        roundingCents,
        lines: [
          line({ quantityMilli: 1000, unitPriceCents: 50_00 }),
          line({ quantityMilli: 1000, unitPriceCents: 50_00 })
        ]
      }
    )
  })
  return desk.call('documents.issue', { id: created.id })
}

/** Credits `lines` of the invoice (none: all that is left) on 20 February. */
const credit = (invoice: SalesDocument, lines?: CreditedLines) =>
  creditNote(desk, invoice, { lines, issueDate: '2026-02-20' })

/** Closes the store built at the old migrations and opens it with all of them, as an update does. */
async function upgrade(): Promise<void> {
  await desk.store.close()
  const store = await openStore(desk.databasePath, { backupFolder: desk.folder.file('backups') })
  const api = createApi({
    store,
    dataFolder: desk.folder.path,
    version: '0.0.0-test',
    actor: 'ana',
    now: desk.clock.now
  })
  const folder = desk.folder
  desk = {
    ...desk,
    store,
    api,
    call: async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
      const result = await api.dispatch(method, input)
      if (!result.ok) throw new Error(JSON.stringify(result.error))
      return result.data as ApiOutput<M>
    },
    close: async () => {
      await store.close()
      folder.remove()
    }
  }
}

/** "1,234.50" as the en-GB statement prints cents. */
const printed = (cents: number) =>
  `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100).toLocaleString('en-GB')}.${String(Math.abs(cents) % 100).padStart(2, '0')}`

describe('migration 0043_money', () => {
  it('closes old invoices with a rounding amount that credit notes credited in full, logs each, and the chain verifies', async () => {
    const up = await roundedInvoice(2)
    const down = await roundedInvoice(-4)
    const twoNotes = await roundedInvoice(2)
    const partly = await roundedInvoice(2)
    // Another customer's, paid on 1 February and the payment returned on 5 February, so the aged
    // list as of a past date reads it from the history (src/main/payments/receivables.ts ledgerAsOf).
    const other = await otherCustomer(desk)
    const returned = await roundedInvoice(2, other)
    const paid = await desk.call('payments.record', {
      // What the old trigger (0006) held open: the total.
      payment: payment({ ...seed, customerId: other }, TOTAL, {
        paymentDate: '2026-02-01',
        allocations: [{ documentId: returned.id, amountCents: TOTAL }]
      })
    })
    await desk.call('payments.return', {
      id: paid.id,
      returnDate: '2026-02-05',
      reason: 'insufficient_funds',
      bankFeeCents: 0,
      rebill: false,
      note: ''
    })
    const due = (rounding: number) => TOTAL + rounding
    expect([up, down, twoNotes, partly].map((i) => [i.totalCents, i.roundingCents, i.payableCents])).toEqual([
      [TOTAL, 2, due(2)],
      [TOTAL, -4, due(-4)],
      [TOTAL, 2, due(2)],
      [TOTAL, 2, due(2)]
    ])
    const notes = [
      await credit(up),
      await credit(down),
      await credit(twoNotes, [{ lineId: twoNotes.lines[0].id, quantityMilli: 1000 }]),
      await credit(twoNotes),
      await credit(partly, [{ lineId: partly.lines[0].id, quantityMilli: 1000 }]),
      await credit(returned)
    ]
    // Old-shaped notes: no rounding, no prepaid amount, amount due = total.
    expect(notes.map((n) => [n.totalCents, n.roundingCents, n.payableCents])).toEqual([
      [TOTAL, 0, TOTAL],
      [TOTAL, 0, TOTAL],
      [HALF, 0, HALF],
      [TOTAL - HALF, 0, TOTAL - HALF],
      [HALF, 0, HALF],
      [TOTAL, 0, TOTAL]
    ])
    const stored = (sqlite: TestDesk['store']['sqlite']) =>
      sqlite
        .prepare(
          'select document_id as id, total_cents as total, credited_cents as credited, open_cents as open from receivables order by document_id'
        )
        .all()
    // The old trigger (0006) stored the totals and credited the notes' totals.
    expect(stored(desk.store.sqlite)).toEqual([
      { id: up.id, total: TOTAL, credited: TOTAL, open: 0 },
      { id: down.id, total: TOTAL, credited: TOTAL, open: 0 },
      { id: twoNotes.id, total: TOTAL, credited: TOTAL, open: 0 },
      { id: partly.id, total: TOTAL, credited: HALF, open: TOTAL - HALF },
      { id: returned.id, total: TOTAL, credited: TOTAL, open: 0 }
    ])

    await upgrade()
    // Credited in full (in one note or two): closed at 0.00, also rounded down (never below 0.00).
    // Credited in part: open for its amount due less the note, the rounding still on it.
    const partlyOpen = due(2) - HALF
    expect(stored(desk.store.sqlite)).toEqual([
      { id: up.id, total: due(2), credited: due(2), open: 0 },
      { id: down.id, total: due(-4), credited: due(-4), open: 0 },
      { id: twoNotes.id, total: due(2), credited: due(2), open: 0 },
      { id: partly.id, total: due(2), credited: HALF, open: partlyOpen },
      { id: returned.id, total: due(2), credited: due(2), open: 0 }
    ])

    // Each correction logged: 0036 set the amounts due (0.02 left open on the credited ones),
    // 0043 closed the two credited in full.
    const logged = desk.store.sqlite
      .prepare(
        "select entity_id as id, actor, details from activity_log where action = 'receivable_amount_due' order by activity_log.id"
      )
      .all() as Array<{ id: number; actor: string; details: string }>
    const entry = (invoice: SalesDocument, open: number, before: number) => [
      invoice.id,
      'salesdesk',
      {
        key: 'receivableAmountDue',
        params: {
          number: invoice.number,
          open: { money: open, currency: 'EUR' },
          before: { money: before, currency: 'EUR' }
        }
      }
    ]
    expect(logged.map((l) => [l.id, l.actor, JSON.parse(l.details) as unknown])).toEqual([
      entry(up, 2, 0),
      entry(down, 0, 0),
      entry(twoNotes, 2, 0),
      entry(partly, partlyOpen, TOTAL - HALF),
      entry(returned, 2, 0),
      entry(up, 0, 2),
      entry(twoNotes, 0, 2),
      entry(returned, 0, 2)
    ])
    const chain = verifyChain(desk.store.sqlite)
    expect(chain.problem).toBeNull()
    expect(chain.ok).toBe(true)
    // The frozen keys are guarded again.
    expect(() =>
      desk.store.sqlite.prepare('update receivables set total_cents = 1 where document_id = ?').run(up.id)
    ).toThrow(/cannot be changed/)

    // The services say so: the account, the aged list today and as of past dates.
    const account = await desk.call('receivables.account', { customerId: seed.customerId })
    expect(account.balances.map((b) => [b.currency, b.balanceCents, b.openCents])).toEqual([
      ['EUR', partlyOpen, partlyOpen]
    ])
    expect(account.items.filter((i) => i.openCents !== 0).map((i) => [i.documentId, i.openCents])).toEqual([
      [partly.id, partlyOpen]
    ])
    const agedOn = async (asOf: string | null) =>
      (await desk.call('receivables.aged', { asOf, search: '', offset: 0, limit: 50 })).rows.reduce(
        (sum, r) => sum + r.totalCents,
        0
      )
    expect(await agedOn(null)).toBe(partlyOpen)
    expect(await agedOn('2026-02-20')).toBe(partlyOpen)
    expect(await agedOn('2026-02-28')).toBe(partlyOpen)
    // The day before the notes, every invoice was open for its amount due.
    expect(await agedOn('2026-02-19')).toBe(due(2) + due(-4) + due(2) + due(2) + due(2))

    // The statement: invoices debit their amount due, the notes credit what they took, and the
    // closing balance is the account's.
    const pdf = await desk.call('receivables.statementPdf', {
      customerId: seed.customerId,
      from: null,
      to: null,
      paper: null
    })
    const file = desk.folder.file('statement.pdf')
    writeFileSync(file, pdf.bytes)
    const statement = pdfText(file, { squeeze: 'nbsp' })
    expect(statement).toContain(`Invoiced and debited (EUR) ${printed(due(2) + due(-4) + due(2) + due(2))}`)
    expect(statement).toContain(`Credited and paid (EUR) ${printed(due(2) + due(-4) + due(2) + HALF)}`)
    expect(statement).toContain(`Closing balance (EUR) ${printed(partlyOpen)}`)

    // A note without rounding that completes the credit now (the old path, mocked above; the
    // store's trigger applies the same rule): the invoice closes at 0.00 in the store and the ledger.
    const rest = await credit(partly)
    expect([rest.totalCents, rest.roundingCents, rest.payableCents]).toEqual([TOTAL - HALF, 0, TOTAL - HALF])
    expect(stored(desk.store.sqlite)[3]).toEqual({ id: partly.id, total: due(2), credited: due(2), open: 0 })
    const after = await desk.call('receivables.account', { customerId: seed.customerId })
    expect(after.balances.map((b) => [b.currency, b.balanceCents, b.openCents])).toEqual([['EUR', 0, 0]])
    expect(await agedOn(null)).toBe(0)
    expect(await agedOn('2026-02-21')).toBe(0)
  }, 60_000)
})

describe('migration 0043_money, a paid invoice', () => {
  it('paid, then credited in full by an old note: the customer is owed exactly what they paid', async () => {
    const invoice = await roundedInvoice(2)
    // What the old trigger (0006) held open, the total, was paid.
    await desk.call('payments.record', {
      payment: payment(seed, TOTAL, {
        paymentDate: '2026-02-01',
        allocations: [{ documentId: invoice.id, amountCents: TOTAL }]
      })
    })
    await credit(invoice)
    await upgrade()
    // Amount due 121.02, all of it credited, 121.00 paid: 121.00 owed back (0036 alone: 120.98).
    const account = await desk.call('receivables.account', { customerId: seed.customerId })
    expect(account.balances.map((b) => [b.currency, b.balanceCents])).toEqual([['EUR', -TOTAL]])
    expect(verifyChain(desk.store.sqlite).ok).toBe(true)
  }, 60_000)
})
