/**
 * A small sales history across the turn of 2026/2027, built through the real services with a
 * moving clock: weeks that span two months (2026-W44: 26 Oct – 1 Nov) and two years (2026-W53:
 * 28 Dec – 3 Jan; 2027-W01 starts 4 Jan), a credit note issued two weeks after the invoice it
 * corrects, a debit note, estimates accepted / declined in a later week, an order, new
 * customers, site visits, weekly activity, a document without an executive, and an executive
 * who left. Plus an independent recomputation of the figures from raw rows (luxon ISO weeks).
 */
import { DateTime } from 'luxon'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { customer, executive, type TestDesk } from '../support/fixtures'
import { companySettings, line } from '../documents/helpers'
import { required } from '../../src/shared/required'

export interface Scenario {
  a: number
  b: number
  c: number
  invoiceC: SalesDocument
  creditNote: SalesDocument
}

const at = (desk: TestDesk, iso: string) => desk.clock.set(new Date(iso))

export async function buildScenario(desk: TestDesk): Promise<Scenario> {
  at(desk, '2026-10-26T08:00:00Z')
  await desk.call('settings.update', { settings: companySettings() })
  const a = (
    await desk.call('executives.create', {
      executive: executive({ name: 'Ágnes Szőke', email: 'agnes@example.com' })
    })
  ).id
  const b = (
    await desk.call('executives.create', {
      executive: executive({ name: 'Борис Петров', email: 'boris@example.com' })
    })
  ).id
  const c = (
    await desk.call('executives.create', {
      executive: executive({ name: 'Carles Puig', email: 'carles@example.com' })
    })
  ).id
  const cust = async (name: string, executiveId: number | null, when: string) => {
    at(desk, when)
    return (await desk.call('customers.create', { customer: customer({ name, executiveId }) })).id
  }
  const ca1 = await cust('Ferretería Núñez', a, '2026-10-26T09:00:00Z')
  const cb1 = await cust('Győri Kft.', b, '2026-10-26T09:05:00Z')
  const cc1 = await cust('Col·legi de Façanes', c, '2026-11-01T22:00:00Z')
  const nobody = await cust('Без менеджера ООО', null, '2026-11-01T22:30:00Z')

  const issue = async (
    type: SalesDocument['type'],
    customerId: number,
    issueDate: string,
    lines = [line()]
  ) => {
    const draft = await desk.call('documents.createDraft', {
      document: {
        type,
        customerId,
        issueDate: null,
        validUntil: null,
        promisedDate: null,
        paymentInstructions: '',
        notes: '',
        reason: '',
        lines
      }
    })
    return desk.call('documents.issue', { id: draft.id, issueDate })
  }

  at(desk, '2026-11-02T08:00:00Z')
  await issue('invoice', ca1, '2026-10-30', [line({ quantityMilli: 3_000, unitPriceCents: 10_000 })])
  await issue('invoice', cb1, '2026-11-01', [
    line({ quantityMilli: 1_500, unitPriceCents: 3_333, discountBp: 500 })
  ])
  const estA = await issue('estimate', ca1, '2026-10-27', [line({ unitPriceCents: 70_000 })])
  const estB = await issue('estimate', cb1, '2026-10-28', [line({ unitPriceCents: 20_000 })])
  at(desk, '2026-11-01T20:00:00Z')
  await desk.call('estimates.decline', { id: estB.id, reason: 'Too expensive' })
  at(desk, '2026-11-02T10:00:00Z')
  await desk.call('estimates.accept', { id: estA.id })
  const orderDraft = await desk.call('estimates.convertToOrder', { id: estA.id })
  await desk.call('documents.issue', { id: orderDraft.id, issueDate: '2026-11-03' })

  at(desk, '2026-12-28T09:00:00Z')
  await issue('estimate', cb1, '2026-12-28', [line({ unitPriceCents: 45_500 })])
  const invoiceC = await issue('invoice', cc1, '2026-12-31', [
    line({ quantityMilli: 4_000, unitPriceCents: 25_000 }),
    line({ description: 'Montatge', quantityMilli: 1_000, unitPriceCents: 9_999 })
  ])
  at(desk, '2027-01-02T10:00:00Z')
  const invoiceA = await issue('invoice', ca1, '2027-01-02', [
    line({ quantityMilli: 2_000, unitPriceCents: 12_345 })
  ])
  await cust('Nová zákaznice s.r.o.', a, '2027-01-03T23:59:00Z')
  await cust('Müller & Söhne', b, '2027-01-04T00:00:30Z')
  at(desk, '2027-01-04T11:00:00Z')
  await issue('invoice', cb1, '2027-01-04', [line({ quantityMilli: 1_000, unitPriceCents: 50_000 })])
  await issue('invoice', nobody, '2027-01-05', [line({ quantityMilli: 1_000, unitPriceCents: 7_700 })])

  // Corrections two weeks later (2027-W02): they count in the week they are issued.
  at(desk, '2027-01-12T09:00:00Z')
  const creditDraft = await desk.call('invoices.createCreditNote', {
    invoiceId: invoiceC.id,
    reason: 'Damaged panel returned',
    lines: [{ lineId: invoiceC.lines[0].id, quantityMilli: 1_000 }]
  })
  const creditNote = await desk.call('documents.issue', { id: creditDraft.id, issueDate: '2027-01-12' })
  const debitDraft = await desk.call('invoices.createDebitNote', {
    invoiceId: invoiceA.id,
    reason: 'Freight not invoiced'
  })
  await desk.call('documents.updateDraft', {
    id: debitDraft.id,
    document: {
      ...draftInputOf(debitDraft),
      lines: [line({ description: 'Freight', quantityMilli: 1_000, unitPriceCents: 1_500 })]
    }
  })
  await desk.call('documents.issue', { id: debitDraft.id, issueDate: '2027-01-12' })

  // Site visits (helper D's tables): completed ones count by their end, per executive on the visit.
  const visit = desk.store.sqlite.prepare(
    `insert into site_visits (customer_id, start_at, end_at, purpose, status, created_at, updated_at)
     values (?, ?, ?, 'Visit', ?, '2026-10-26T08:00:00Z', '2026-10-26T08:00:00Z')`
  )
  const on = desk.store.sqlite.prepare(
    'insert into site_visit_executives (visit_id, executive_id, start_at) values (?, ?, ?)'
  )
  for (const [start, end, status, execs] of [
    ['2026-12-31T14:00:00.000Z', '2026-12-31T16:00:00.000Z', 'completed', [a]],
    ['2027-01-03T23:00:00.000Z', '2027-01-04T00:30:00.000Z', 'completed', [a, b]],
    ['2027-01-05T09:00:00.000Z', '2027-01-05T10:00:00.000Z', 'cancelled', [b]]
  ] as const) {
    const id = Number(visit.run(cc1, start, end, status).lastInsertRowid)
    for (const e of execs) on.run(id, e, start)
  }

  await desk.call('weekly.saveActivity', {
    week: '2026-W53',
    entries: [
      { executiveId: a, metric: 'calls', value: 40 },
      { executiveId: c, metric: 'demos', value: 2 }
    ]
  })
  await desk.call('weekly.saveActivity', {
    week: '2027-W01',
    entries: [
      { executiveId: b, metric: 'calls', value: 12 },
      { executiveId: b, metric: 'emails', value: 0 }
    ]
  })

  // Carles left after the new year.
  await desk.call('executives.update', {
    id: c,
    executive: executive({ name: 'Carles Puig', email: 'carles@example.com', active: false })
  })
  return { a, b, c, invoiceC, creditNote }
}

function draftInputOf(doc: SalesDocument) {
  return {
    type: doc.type,
    customerId: doc.customerId,
    issueDate: null,
    validUntil: null,
    promisedDate: null,
    paymentInstructions: '',
    notes: '',
    reason: doc.reason,
    lines: []
  }
}

// ---------- the independent reference ----------

export interface Reference {
  revenueCents: number
  invoiceCount: number
  ordersWon: number
  ordersWonCents: number
  estimatesSent: number
  estimatesAccepted: number
  estimatesDeclined: number
  newCustomers: number
  visitsCompleted: number
  calls: number
  emails: number
  demos: number
}

const weekOf = (isoDate: string) => {
  const d = DateTime.fromISO(isoDate.slice(0, 10), { zone: 'utc' })
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`
}

/** Figures per "week|executive id or none", from the raw rows with plain JS. */
export function referenceFigures(desk: TestDesk): Map<string, Reference> {
  const sqlite = desk.store.sqlite
  const docs = sqlite
    .prepare(
      'select id, type, status, executive_id, issue_date, net_cents, corrects_id, replaces_id, debit_kind from documents'
    )
    .all() as Array<{
    id: number
    type: string
    status: string
    executive_id: number | null
    issue_date: string | null
    net_cents: number
    corrects_id: number | null
    replaces_id: number | null
    debit_kind: string | null
  }>
  const byId = new Map(docs.map((d) => [d.id, d]))
  const out = new Map<string, Reference>()
  const get = (week: string, exec: number | null) => {
    const key = `${week}|${exec ?? 'none'}`
    let r = out.get(key)
    if (!r)
      out.set(
        key,
        (r = {
          revenueCents: 0,
          invoiceCount: 0,
          ordersWon: 0,
          ordersWonCents: 0,
          estimatesSent: 0,
          estimatesAccepted: 0,
          estimatesDeclined: 0,
          newCustomers: 0,
          visitsCompleted: 0,
          calls: 0,
          emails: 0,
          demos: 0
        })
      )
    return r
  }
  for (const d of docs) {
    if (d.status === 'draft' || !d.issue_date) continue
    if (d.type === 'invoice') {
      const r = get(weekOf(d.issue_date), d.executive_id)
      r.revenueCents += d.net_cents
      r.invoiceCount++
    } else if (d.type === 'credit_note' || (d.type === 'debit_note' && d.debit_kind !== 'fee')) {
      // A correction counts in the week it is issued, for the executive of its invoice.
      const invoice = required(byId.get(required(d.corrects_id, 'd.corrects_id')), 'byId.get(d.corrects_id)')
      get(weekOf(d.issue_date), invoice.executive_id).revenueCents +=
        d.type === 'credit_note' ? -d.net_cents : d.net_cents
    } else if (d.type === 'order' && d.status !== 'cancelled') {
      const r = get(weekOf(d.issue_date), d.executive_id)
      r.ordersWon++
      r.ordersWonCents += d.net_cents
    } else if (d.type === 'estimate' && byId.get(d.replaces_id ?? 0)?.type !== 'estimate') {
      get(weekOf(d.issue_date), d.executive_id).estimatesSent++
    }
  }
  const decisions = sqlite
    .prepare(
      "select entity_id, action, at from activity_log where entity = 'document' and action in ('accept', 'decline')"
    )
    .all() as Array<{ entity_id: number; action: string; at: string }>
  const superseded = new Set(
    (
      sqlite.prepare('select estimate_id from estimate_supersessions').all() as Array<{ estimate_id: number }>
    ).map((r) => r.estimate_id)
  )
  for (const e of decisions) {
    if (superseded.has(e.entity_id)) continue
    const r = get(weekOf(e.at), required(byId.get(e.entity_id), 'byId.get(e.entity_id)').executive_id)
    if (e.action === 'accept') r.estimatesAccepted++
    else r.estimatesDeclined++
  }
  for (const c of sqlite.prepare('select executive_id, created_at from customers').all() as Array<{
    executive_id: number | null
    created_at: string
  }>) {
    get(weekOf(c.created_at), c.executive_id).newCustomers++
  }
  const visits = sqlite
    .prepare(
      'select v.end_at, v.status, e.executive_id from site_visits v join site_visit_executives e on e.visit_id = v.id'
    )
    .all() as Array<{ end_at: string; status: string; executive_id: number }>
  for (const v of visits)
    if (v.status === 'completed') get(weekOf(v.end_at), v.executive_id).visitsCompleted++
  for (const w of sqlite
    .prepare('select executive_id, week, metric, value from weekly_activity')
    .all() as Array<{
    executive_id: number
    week: string
    metric: 'calls' | 'emails' | 'demos'
    value: number
  }>) {
    get(w.week, w.executive_id)[w.metric] += w.value
  }
  return out
}
