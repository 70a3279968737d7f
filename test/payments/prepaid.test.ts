/**
 * The receivable of an invoice with a prepaid amount is its amount due (issues 11 and 12; model in
 * src/main/db/migrations/0036_money.ts): 121.00 with 50.00 prepaid leaves 71.00 open in the
 * customer's account, the aged list (today and as of a past date), the overdue list, the statement,
 * the day sheet and a reminder; a payment of 71.00 closes it; credit notes take off the amount due
 * first, so a full credit ends at 0.00, never at −50.00. Every expected figure is worked out here
 * from the lines, the prepaid amount and what the test did, never read from the service's query.
 * An invoice issued before migration 0036 is corrected by it, logged, and the record chain verifies.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi } from '../../src/main/api'
import { verifyChain } from '../../src/main/db/chain'
import { migrations } from '../../src/main/db/migrations'
import { openStore } from '../../src/main/db/open'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import {
  companySettings,
  creditNote,
  draft,
  lineCreditDrafts,
  type CreditedLines,
  line,
  seedDocuments,
  setDocumentLanguage,
  type Seeded
} from '../documents/helpers'
import { openScheduleDesk, visit, type ScheduleDesk } from '../schedule/support'
import { describeFatal, validateEn16931 } from '../support/en16931'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { payment } from './helpers'
import { pdfText } from '../support/pdf-text'

let s: ScheduleDesk
let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  s = await openScheduleDesk()
  desk = s.desk
  seed = { customerId: s.ferreteria, productId: 0, executiveId: s.ana }
  // The letters compared below are the English ones.
  await setDocumentLanguage(desk, s.ferreteria, 'en')
})
afterEach(async () => {
  await desk.close()
})

/** 100.00 net at 21 % in two lines of 50.00: total 121.00, worked out here. */
const NET = 2 * 50_00
const TOTAL = NET + Math.round((NET * 21) / 100)

async function prepaidInvoice(
  prepaidCents: number,
  options: { issueDate?: string; currency?: string; roundingCents?: number } = {}
): Promise<SalesDocument> {
  const created = await desk.call('documents.createDraft', {
    document: draft(seed, {
      issueDate: options.issueDate ?? '2026-01-10',
      currency: options.currency ?? 'EUR',
      prepaidCents,
      roundingCents: options.roundingCents,
      lines: [
        line({ quantityMilli: 1000, unitPriceCents: 50_00 }),
        line({ quantityMilli: 1000, unitPriceCents: 50_00 })
      ]
    })
  })
  return desk.call('documents.issue', { id: created.id })
}

/** "1,234.50" as the en-GB letters and sheets print cents. */
const printed = (cents: number) =>
  `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100).toLocaleString('en-GB')}.${String(Math.abs(cents) % 100).padStart(2, '0')}`

const day = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${iso}T00:00:00Z`))
    .replace('Sept', 'Sep')

/** What the customer's account, aged list (today) and overdue list say is open, per currency. */
async function openEverywhere(currency = 'EUR') {
  const account = await desk.call('receivables.account', { customerId: seed.customerId })
  const balance = account.balances.find((b) => b.currency === currency)
  const aged = await desk.call('receivables.aged', { asOf: null, search: '', offset: 0, limit: 50 })
  const overdue = await desk.call('receivables.overdue', {
    search: '',
    customerId: seed.customerId,
    asOf: null,
    offset: 0,
    limit: 50
  })
  return {
    balance: balance?.balanceCents ?? 0,
    open: balance?.openCents ?? 0,
    items: account.items.filter((i) => i.currency === currency && i.openCents !== 0).map((i) => i.openCents),
    aged: aged.rows.filter((r) => r.currency === currency).reduce((sum, r) => sum + r.totalCents, 0),
    overdue: overdue.rows.filter((r) => r.currency === currency).map((r) => r.openCents)
  }
}

async function agedOn(asOf: string, currency = 'EUR'): Promise<number> {
  const aged = await desk.call('receivables.aged', { asOf, search: '', offset: 0, limit: 50 })
  return aged.rows.filter((r) => r.currency === currency).reduce((sum, r) => sum + r.totalCents, 0)
}

/** Credits `lines` of the invoice (none: all that is left) on 20 February. */
const credit = (invoice: SalesDocument, lines?: CreditedLines) =>
  creditNote(desk, invoice, { lines, issueDate: '2026-02-20' })

describe('an invoice with a prepaid amount', () => {
  it('stands open for its amount due everywhere, is reminded for it, and a payment of it closes it', async () => {
    const prepaid = 50_00
    const due = TOTAL - prepaid
    expect([TOTAL, due]).toEqual([121_00, 71_00])
    const invoice = await prepaidInvoice(prepaid)
    expect([invoice.totalCents, invoice.prepaidCents, invoice.payableCents]).toEqual([TOTAL, prepaid, due])

    expect(await openEverywhere()).toEqual({
      balance: due,
      open: due,
      items: [due],
      aged: due,
      overdue: [due]
    })
    expect((await desk.call('receivables.document', { id: invoice.id })).item?.openCents).toBe(due)
    // As of a past date (the ledger read): issued on 10 January, nothing else happened.
    expect(await agedOn('2026-01-31')).toBe(due)
    expect(await agedOn('2026-01-09')).toBe(0)

    const statement = pdfText(
      (
        await desk.call('receivables.statementPdf', {
          customerId: seed.customerId,
          from: null,
          to: null,
          paper: null
        })
      ).bytes,
      { squeeze: 'nbsp' }
    )
    expect(statement).toContain(`Invoiced and debited (EUR) ${printed(due)}`)
    expect(statement).toContain(`Closing balance (EUR) ${printed(due)}`)
    expect(statement).not.toContain(printed(TOTAL))

    const reminder = pdfText(
      (
        await desk.call('receivables.reminderPdf', {
          customerId: seed.customerId,
          asOf: '2026-03-02',
          paper: null
        })
      ).bytes,
      { squeeze: 'nbsp' }
    )
    expect(reminder).toContain(`Total overdue (EUR) ${printed(due)}`)
    expect(reminder).not.toContain(printed(TOTAL))

    await desk.call('visits.create', {
      visit: visit(s, '2026-03-03T09:00:00Z', '2026-03-03T10:00:00Z', { purpose: 'Cobro pendiente' })
    })
    const sheet = pdfText(
      (await desk.call('schedule.daySheetPdf', { executiveId: s.ana, date: '2026-03-03' })).bytes,
      { squeeze: 'nbsp' }
    )
    expect(sheet).toContain(
      `Open invoice ${invoice.number}, due ${day(invoice.dueDate ?? '')}: ${printed(due)} EUR`
    )

    // A payment of the amount due (no picks: oldest first) closes it, with no credit left over.
    await desk.call('payments.record', { payment: payment(seed, due, { paymentDate: '2026-03-02' }) })
    expect(await openEverywhere()).toEqual({ balance: 0, open: 0, items: [], aged: 0, overdue: [] })
    const account = await desk.call('receivables.account', { customerId: seed.customerId })
    expect(account.balances.find((b) => b.currency === 'EUR')?.creditCents).toBe(0)
    // Still 71.00 open at the end of the day before the payment.
    expect(await agedOn('2026-03-01')).toBe(due)
  })

  it('a credit note of the whole invoice carries the prepaid amount and closes it at 0.00, not −50.00', async () => {
    // With the IBAN the e-invoices below need.
    await desk.call('settings.update', { settings: companySettings() })
    const prepaid = 50_00
    const invoice = await prepaidInvoice(prepaid)
    const note = await credit(invoice)
    // The note credits every line (121.00); what it takes off the receivable is what was due.
    expect([note.totalCents, note.prepaidCents, note.payableCents]).toEqual([TOTAL, prepaid, TOTAL - prepaid])
    expect(await openEverywhere()).toEqual({ balance: 0, open: 0, items: [], aged: 0, overdue: [] })
    expect((await desk.call('receivables.document', { id: invoice.id })).item?.openCents).toBe(0)
    // Before the note (20 February) it was open; from that day on, nothing.
    expect(await agedOn('2026-02-19')).toBe(TOTAL - prepaid)
    expect(await agedOn('2026-02-20')).toBe(0)
    const statement = pdfText(
      (
        await desk.call('receivables.statementPdf', {
          customerId: seed.customerId,
          from: null,
          to: null,
          paper: null
        })
      ).bytes,
      { squeeze: 'nbsp' }
    )
    expect(statement).toContain(`Credited and paid (EUR) ${printed(TOTAL - prepaid)}`)
    expect(statement).toContain(`Closing balance (EUR) ${printed(0)}`)

    // The e-invoices say the same (BT-113 prepaid, BT-115 due) and pass the official rules
    // (BR-CO-16: amount due = total − prepaid + rounding), the note as UBL CreditNote and CII 381.
    const files = []
    for (const doc of [invoice, note])
      for (const format of ['ubl', 'cii'] as const) {
        const file = await desk.call('einvoice.file', { id: doc.id, format })
        files.push({ name: `${String(doc.id)}.${format}.xml`, xml: Buffer.from(file.bytes).toString('utf8') })
      }
    for (const { xml } of files) {
      expect(xml).toMatch(/<(cbc:PrepaidAmount|ram:TotalPrepaidAmount)[^>]*>50\.00</)
      expect(xml).toMatch(/<(cbc:PayableAmount|ram:DuePayableAmount)[^>]*>71\.00</)
    }
    expect(
      validateEn16931(files)
        .filter((r) => r.fatal.length > 0)
        .map(describeFatal)
    ).toEqual([])
  }, 60_000)

  it('a paid invoice credited in full leaves the customer a credit of what they paid on it', async () => {
    const prepaid = 50_00
    const invoice = await prepaidInvoice(prepaid)
    expect(await agedOn('2026-01-31')).toBe(TOTAL - prepaid)
    await desk.call('payments.record', {
      payment: payment(seed, TOTAL - prepaid, { paymentDate: '2026-02-01' })
    })
    await credit(invoice)
    // Paid 71.00 here for goods all returned: 71.00 is owed back on this invoice (the 50.00
    // prepaid is owed back where it was paid, not here).
    const { balance } = await openEverywhere()
    expect(balance).toBe(-(TOTAL - prepaid))
  })

  // [prepaid, first credit in units of 1] -> the invoice's open amount after each note.
  const cases: Array<[string, number]> = [
    ['prepaid less than what is left after a partial credit', 50_00],
    ['prepaid more than what is left after a partial credit', 100_00]
  ]
  it.each(cases)('partial credit then the rest: %s', async (_name, prepaid) => {
    const invoice = await prepaidInvoice(prepaid)
    const due = TOTAL - prepaid
    const half = 50_00 + Math.round((50_00 * 21) / 100)
    // The amount due is credited first; what a note cannot take from it is prepaid on the note.
    let dueLeft = due
    const takes = (noteTotal: number) => {
      const taken = Math.min(noteTotal, dueLeft)
      dueLeft -= taken
      return taken
    }
    const first = await credit(invoice, [{ lineId: invoice.lines[0].id, quantityMilli: 1000 }])
    const firstTakes = takes(half)
    expect([first.totalCents, first.prepaidCents, first.payableCents]).toEqual([
      half,
      half - firstTakes,
      firstTakes
    ])
    expect((await openEverywhere()).balance).toBe(due - firstTakes)

    const rest = await credit(invoice)
    const restTakes = takes(TOTAL - half)
    expect([rest.totalCents, rest.prepaidCents, rest.payableCents]).toEqual([
      TOTAL - half,
      TOTAL - half - restTakes,
      restTakes
    ])
    expect(await openEverywhere()).toEqual({ balance: 0, open: 0, items: [], aged: 0, overdue: [] })
    expect(await agedOn('2026-02-20')).toBe(0)
  })

  it('two credit notes drafted before either is issued: the second one’s prepaid amount is worked out again at issue', async () => {
    const prepaid = 50_00
    const invoice = await prepaidInvoice(prepaid)
    const half = 50_00 + Math.round((50_00 * 21) / 100)
    // One note per line (1 × 50.00 each).
    const drafts = await lineCreditDrafts(desk, invoice)
    // Drafted side by side, each sees the whole 71.00 due to credit.
    expect(drafts.map((d) => d.payableCents)).toEqual([half, half])
    const first = await desk.call('documents.issue', { id: drafts[0].id, issueDate: '2026-02-20' })
    const second = await desk.call('documents.issue', { id: drafts[1].id, issueDate: '2026-02-20' })
    expect([first.prepaidCents, first.payableCents]).toEqual([0, half])
    expect([second.prepaidCents, second.payableCents]).toEqual([
      half - (TOTAL - prepaid - half),
      TOTAL - prepaid - half
    ])
    expect(await openEverywhere()).toEqual({ balance: 0, open: 0, items: [], aged: 0, overdue: [] })
  })

  // [prepaid, rounding of the amount due (BT-114)]
  const rounded: Array<[number, number]> = [
    [0, 2],
    [50_00, 3],
    [50_00, -4]
  ]
  it.each(rounded)(
    'prepaid %i and rounding %i: credited in two notes, the invoice ends at 0.00',
    async (prepaid, rounding) => {
      const invoice = await prepaidInvoice(prepaid, { roundingCents: rounding })
      const due = TOTAL - prepaid + rounding
      expect(invoice.payableCents).toBe(due)
      expect((await openEverywhere()).balance).toBe(due)
      const half = 50_00 + Math.round((50_00 * 21) / 100)
      const first = await credit(invoice, [{ lineId: invoice.lines[0].id, quantityMilli: 1000 }])
      // The first note takes from the amount due first, with no rounding of its own.
      expect([first.roundingCents, first.payableCents]).toEqual([0, Math.min(half, due)])
      const rest = await credit(invoice)
      // The last one takes the invoice's rounding and exactly what is left due.
      expect([rest.roundingCents, rest.payableCents]).toEqual([rounding, due - Math.min(half, due)])
      expect(await openEverywhere()).toEqual({ balance: 0, open: 0, items: [], aged: 0, overdue: [] })
      expect(await agedOn('2026-02-20')).toBe(0)
    }
  )

  it('in a foreign currency: open for its amount due in that currency only', async () => {
    const prepaid = 21_00
    const invoice = await prepaidInvoice(prepaid, { currency: 'USD' })
    expect(invoice.currency).toBe('USD')
    const usd = await openEverywhere('USD')
    expect(usd).toEqual({
      balance: TOTAL - prepaid,
      open: TOTAL - prepaid,
      items: [TOTAL - prepaid],
      aged: TOTAL - prepaid,
      overdue: [TOTAL - prepaid]
    })
    expect((await openEverywhere('EUR')).balance).toBe(0)
    expect(await agedOn('2026-01-31', 'USD')).toBe(TOTAL - prepaid)
    await credit(invoice)
    expect((await openEverywhere('USD')).balance).toBe(0)
  })
})

describe('migration 0036_money', () => {
  it('corrects the receivables of invoices issued before it, logs each, and the chain still verifies', async () => {
    await desk.close()
    const before = migrations.slice(
      0,
      migrations.findIndex((m) => m.name === '0036_money')
    )
    desk = await openTestDesk({ open: { migrations: before } })
    seed = await seedDocuments(desk)
    const unpaid = await prepaidInvoice(50_00)
    const paid = await prepaidInvoice(30_00)
    const plain = await prepaidInvoice(0)
    await desk.call('payments.record', {
      payment: payment(seed, TOTAL - 30_00, {
        paymentDate: '2026-02-01',
        allocations: [{ documentId: paid.id, amountCents: TOTAL - 30_00 }]
      })
    })
    const open = (sqlite: TestDesk['store']['sqlite']) =>
      sqlite
        .prepare(
          'select document_id as id, total_cents as total, open_cents as open from receivables order by document_id'
        )
        .all()
    // The old trigger stored the total.
    expect(open(desk.store.sqlite)).toEqual([
      { id: unpaid.id, total: TOTAL, open: TOTAL },
      { id: paid.id, total: TOTAL, open: 30_00 },
      { id: plain.id, total: TOTAL, open: TOTAL }
    ])
    await desk.store.close()

    const store = await openStore(desk.databasePath, { backupFolder: desk.folder.file('backups') })
    // afterEach closes the upgraded store and removes the folder.
    const folder = desk.folder
    desk = {
      ...desk,
      store,
      close: async () => {
        await store.close()
        folder.remove()
      }
    }
    expect(open(store.sqlite)).toEqual([
      { id: unpaid.id, total: TOTAL - 50_00, open: TOTAL - 50_00 },
      { id: paid.id, total: TOTAL - 30_00, open: 0 },
      { id: plain.id, total: TOTAL, open: TOTAL }
    ])
    const logged = store.sqlite
      .prepare(
        "select entity_id as id, actor, details from activity_log where action = 'receivable_amount_due' order by id"
      )
      .all() as Array<{ id: number; actor: string; details: string }>
    expect(logged.map((l) => [l.id, l.actor, JSON.parse(l.details) as unknown])).toEqual([
      [
        unpaid.id,
        'salesdesk',
        {
          key: 'receivableAmountDue',
          params: {
            number: unpaid.number,
            open: { money: TOTAL - 50_00, currency: 'EUR' },
            before: { money: TOTAL, currency: 'EUR' }
          }
        }
      ],
      [
        paid.id,
        'salesdesk',
        {
          key: 'receivableAmountDue',
          params: {
            number: paid.number,
            open: { money: 0, currency: 'EUR' },
            before: { money: 30_00, currency: 'EUR' }
          }
        }
      ]
    ])
    const chain = verifyChain(store.sqlite)
    expect(chain.problem).toBeNull()
    expect(chain.ok).toBe(true)
    // The frozen keys are guarded again.
    expect(() =>
      store.sqlite.prepare('update receivables set total_cents = 1 where document_id = ?').run(unpaid.id)
    ).toThrow(/cannot be changed/)
    // And the services read it so: the customer owes 71.00 + 121.00.
    const api = createApi({
      store,
      dataFolder: desk.folder.path,
      version: '0.0.0-test',
      actor: 'ana',
      now: desk.clock.now
    })
    const account = await api.dispatch('receivables.account', { customerId: seed.customerId })
    expect(
      account.ok && (account.data as { balances: Array<{ balanceCents: number }> }).balances[0].balanceCents
    ).toBe(TOTAL - 50_00 + TOTAL)
  })
})
