/**
 * Demo payments on top of the demo invoices and debit notes (runs inside generateDemo's
 * transaction, with prepared statements, after the documents): payment set-ups for the
 * direct-debit and card customers (valid IBANs, mandates; brand / last four / expiry), most
 * invoices paid on time, some late, some in part, some still open (so every aged bucket has
 * something), a few direct debits and card payments returned — bank fee, sometimes re-billed
 * on a debit note — each with its investigation (older ones resolved or written off, with
 * dated notes), and the matching activity-log entries. The store's triggers keep the
 * receivables table right as the rows go in.
 */
import { activity } from '../../shared/activity'
import { defaultSettings } from '../../shared/schemas/settings'
import { defaultEInvoiceSettings } from '../../shared/schemas/einvoice'
import { addDaysIso, daysBetween } from '../../shared/iso-week'
import type { Store } from '../db/open'
import { freezeIssuedPaymentMeans } from '../db/migrations/0047_documents'
import { seededRandom, type Random } from './random'
import { demoSellerAssignments, demoSellerValues, demoSettings, demoToday } from './company'
import { languageOfLocale } from '../../shared/languages'
import type { ReturnReason } from '../../shared/schemas/payments'
import { returnReasonWords } from '../../shared/words/payments'
import { feeDebitNoteTexts, paymentReturnedDetails } from '../payments/fee-texts'

export interface PaymentsDemoSummary {
  payments: number
  returns: number
  setups: number
}

const IBAN_LENGTHS: Record<string, number> = {
  ES: 24,
  DE: 22,
  HU: 28,
  PT: 25,
  PL: 28,
  AT: 20,
  BE: 16,
  CZ: 24,
  SK: 24,
  FR: 27
}
const BICS = [
  'CAIXESBBXXX',
  'BSCHESMMXXX',
  'OTPVHUHBXXX',
  'DEUTDEFFXXX',
  'BCOMPTPLXXX',
  'PKOPPLPWXXX',
  'GIBAATWWXXX',
  'GEBABEBBXXX'
]
const RETURN_NOTES = [
  'Llamado al cliente: cambió de banco, nos envía el nuevo IBAN.',
  'Customer says the account was overdrawn by mistake; will pay by transfer.',
  'Ügyfél visszahívást kért a pénzügyi osztálytól.',
  'Клиент обещал оплатить до конца недели.',
  'Sent the bank’s return notice and a copy of the invoice.',
  'Mandat signat de nou; cobrarem el mes vinent.'
]

/** A valid IBAN (right length, mod-97 check digits) with a numeric account part. */
export function demoIban(random: Random, country: string): string {
  const code = IBAN_LENGTHS[country] ? country : 'ES'
  let bban = ''
  for (let i = 0; i < IBAN_LENGTHS[code] - 4; i++) bban += String(random.int(0, 9))
  const digits = (bban + code + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let remainder = 0
  for (let i = 0; i < digits.length; i += 7)
    remainder = Number(String(remainder) + digits.slice(i, i + 7)) % 97
  return `${code}${String(98 - remainder).padStart(2, '0')}${bban}`
}

const money = (cents: number) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
const methodLabels: Record<string, string> = {
  bank_transfer: 'bank transfer',
  card: 'card',
  direct_debit: 'direct debit'
}

export function insertPaymentsDemo(store: Store, seed: number, now: Date): PaymentsDemoSummary {
  // Like the demo documents: a large page cache while ~300 000 rows go into indexes at random places.
  const cacheSize = store.sqlite.pragma('cache_size', { simple: true }) as number
  store.sqlite.pragma('cache_size = -262144')
  try {
    return insertPayments(store, seed, now)
  } finally {
    store.sqlite.pragma(`cache_size = ${cacheSize}`)
  }
}

/**
 * The creditor id, mandate, debited IBAN and card the e-invoices of the demo's direct-debit and card
 * invoices, credit and debit notes state, frozen with them as migration 0047 froze the documents issued before
 * it. The demo sets no creditor id (Settings → E-invoice keeps its default).
 */
export function freezeDemoPaymentMeans(store: Store): void {
  freezeIssuedPaymentMeans(store.sqlite, defaultEInvoiceSettings().creditorId)
}

function insertPayments(store: Store, seed: number, now: Date): PaymentsDemoSummary {
  const db = store.sqlite
  const random = seededRandom(seed * 48_271 + 11)
  const today = demoToday(now)
  const stamp = (day: string) =>
    `${day}T${String(random.int(8, 17)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`
  const summary: PaymentsDemoSummary = { payments: 0, returns: 0, setups: 0 }

  // Payment set-ups of the customers who pay by direct debit or card.
  const insertSetup = db.prepare(
    `insert into customer_payment_setups (customer_id, method, iban, bic, mandate_reference, mandate_signed_on, card_brand, card_last4, card_expiry, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const customers = db
    .prepare(
      "select id, preferred_payment_method as method, billing_country as country, created_at as createdAt from customers where preferred_payment_method <> 'bank_transfer'"
    )
    .all() as Array<{ id: number; method: string; country: string; createdAt: string }>
  for (const c of customers) {
    const signed = c.createdAt.slice(0, 10)
    if (c.method === 'direct_debit') {
      insertSetup.run(
        c.id,
        c.method,
        demoIban(random, c.country),
        random.pick(BICS),
        `MNDT-${String(c.id).padStart(6, '0')}-${random.int(1, 9)}`,
        signed,
        '',
        '',
        '',
        `${signed}T10:00:00.000Z`
      )
    } else {
      const expiry = `${random.int(Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 4)}-${String(random.int(1, 12)).padStart(2, '0')}`
      insertSetup.run(
        c.id,
        c.method,
        '',
        '',
        '',
        null,
        random.pick(['visa', 'visa', 'mastercard', 'amex', 'maestro']),
        String(random.int(0, 9999)).padStart(4, '0'),
        expiry,
        `${signed}T10:00:00.000Z`
      )
    }
    summary.setups++
  }

  const items = db
    .prepare(
      `select r.document_id as id, r.customer_id as customerId, r.issue_date as issueDate, r.due_date as dueDate, r.open_cents as openCents,
         d.number, d.payment_method as method, c.code, c.name
       from receivables r join documents d on d.id = r.document_id join customers c on c.id = r.customer_id
       where r.open_cents > 0 order by r.issue_date, r.document_id`
    )
    .all() as Array<{
    id: number
    customerId: number
    issueDate: string
    dueDate: string
    openCents: number
    number: string
    method: string
    code: string
    name: string
  }>

  const insertPayment = db.prepare(
    `insert into payments (customer_id, payment_date, amount_cents, method, reference, note, status, source, allocated_cents, created_at, created_by)
     values (?, ?, ?, ?, ?, '', 'received', 'manual', 0, ?, 'salesdesk demo')`
  )
  const insertAllocation = db.prepare(
    'insert into payment_allocations (payment_id, document_id, amount_cents, allocated_on, created_at) values (?, ?, ?, ?, ?)'
  )
  const log = db.prepare(
    "insert into activity_log (at, actor, entity, entity_id, action, summary, details) values (?, 'salesdesk demo', ?, ?, ?, ?, ?)"
  )

  interface Paid {
    paymentId: number
    item: (typeof items)[number]
    date: string
    amount: number
    method: string
  }
  const returnable: Paid[] = []

  function pay(item: (typeof items)[number], date: string, amount: number, method: string): void {
    const at = stamp(date)
    const reference =
      method === 'bank_transfer'
        ? `TRF ${item.number}`
        : method === 'card'
          ? `TPV-${random.int(100000, 999999)}`
          : `SEPA ${item.number}`
    const paymentId = Number(
      insertPayment.run(item.customerId, date, amount, method, reference, at).lastInsertRowid
    )
    insertAllocation.run(paymentId, item.id, amount, date, at)
    log.run(
      at,
      'payment',
      paymentId,
      'record',
      `Recorded a payment of ${money(amount)} from ${item.code} ${item.name} on ${date} by ${methodLabels[method]} (reference ${reference}), for ${item.number} ${money(amount)}`,
      JSON.stringify(
        activity('paymentRecorded', {
          amount: { money: amount, currency: '' },
          code: item.code,
          name: item.name,
          date: { date },
          method: { term: `payments.method.${method}` },
          documents: item.number
        })
      )
    )
    summary.payments++
    if (method !== 'bank_transfer') returnable.push({ paymentId, item, date, amount, method })
  }

  for (const item of items) {
    const overdueDays = daysBetween(item.dueDate, today)
    const method = item.method
    // Direct debits are collected on the due date; card payments near the issue date.
    const onTime =
      method === 'direct_debit'
        ? item.dueDate
        : method === 'card'
          ? addDaysIso(item.issueDate, random.int(0, 3))
          : addDaysIso(item.dueDate, -random.int(0, 10))
    const roll = random.next()
    if (overdueDays < 0) {
      // Not due yet: some paid already.
      if (method === 'card' || roll < 0.35) {
        const date = onTime <= today ? onTime : today
        if (date >= item.issueDate) pay(item, date, item.openCents, method)
      }
      continue
    }
    // Older documents are settled more often: what is left open ages into every bucket.
    const openChance = overdueDays > 365 ? 0.005 : overdueDays > 120 ? 0.02 : overdueDays > 60 ? 0.06 : 0.15
    if (roll < openChance) continue
    if (roll < openChance + 0.06) {
      // Part paid.
      const part = Math.max(1, Math.round((item.openCents * random.int(20, 70)) / 100))
      const date = onTime <= today ? onTime : today
      pay(item, date < item.issueDate ? item.issueDate : date, part, method)
      continue
    }
    const late = random.chance(0.22) ? random.int(1, Math.min(75, Math.max(1, overdueDays))) : 0
    let date = late > 0 ? addDaysIso(item.dueDate, late) : onTime
    if (date > today) date = today
    if (date < item.issueDate) date = item.issueDate
    pay(item, date, item.openCents, method)
  }

  // Returned direct debits and card charges, in date order (re-billed fees become debit notes,
  // numbered after the existing ones of their year, so numbers stay in date order).
  // About 2.5 %, and at least a handful in a small demo so the investigations screen has something.
  const returnRate = Math.min(0.3, Math.max(0.025, 12 / Math.max(1, returnable.length)))
  const returns = returnable
    .filter(() => random.chance(returnRate))
    .map((p) => ({ ...p, returnDate: addDaysIso(p.date, random.int(2, 8)) }))
  returns.sort((a, b) =>
    a.returnDate < b.returnDate ? -1 : a.returnDate > b.returnDate ? 1 : a.paymentId - b.paymentId
  )
  const setReturned = db.prepare("update payments set status = 'returned' where id = ?")
  const insertReturn = db.prepare(
    `insert into payment_returns (payment_id, return_date, reason, bank_fee_cents, rebilled, debit_note_id, note, created_at, created_by)
     values (?, ?, ?, ?, ?, ?, '', ?, 'salesdesk demo')`
  )
  const insertInvestigation = db.prepare(
    `insert into payment_investigations (return_id, customer_id, status, opened_on, closed_on, outcome, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertNote = db.prepare(
    "insert into investigation_notes (investigation_id, note_date, text, actor, created_at) values (?, ?, ?, 'salesdesk demo', ?)"
  )
  const seriesRows = db
    .prepare("select year, next_sequence as next from document_series where type = 'debit_note'")
    .all() as Array<{ year: number; next: number }>
  const nextSequence = new Map(seriesRows.map((r) => [r.year, r.next]))
  const lastDebitDate = new Map(
    (
      db
        .prepare(
          "select series_year as year, max(issue_date) as last from documents where type = 'debit_note' and status = 'issued' group by series_year"
        )
        .all() as Array<{ year: number; last: string }>
    ).map((r) => [r.year, r.last])
  )
  const source = db.prepare(
    `select customer_id, executive_id, customer_code, customer_name, customer_tax_id, billing_line1, billing_postal_code, billing_city, billing_region, billing_country, payment_method
     from documents where id = ?`
  )
  const insertDoc = db.prepare(
    `insert into documents (type, status, customer_id, executive_id, customer_code, customer_name, customer_tax_id, billing_line1, billing_postal_code, billing_city,
       billing_region, billing_country, currency, payment_method, reason, notes, corrects_id, net_cents, vat_cents, total_cents, created_at, updated_at)
     values ('debit_note', 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, 0, ?, ?, ?)`
  )
  const insertLine = db.prepare(
    `insert into document_lines (document_id, position, product_id, description, unit, quantity_milli, unit_price_ten_thousandths, discount_bp, vat_category, vat_rate_bp, gross_cents, discount_cents, net_cents)
     values (?, 0, null, ?, '', 1000, ? * 100, 0, 'O', 0, ?, 0, ?)`
  )
  const numberDoc = db.prepare(
    `update documents set number = ?, series_year = ?, sequence = ?, status = 'issued', issue_date = ?, due_date = ?, search_text = ?, issued_at = ?, updated_at = ?,
       line_net_cents = net_cents, payable_cents = total_cents, corrected_number = (select number from documents c where c.id = documents.corrects_id),
       corrected_issue_date = (select issue_date from documents c where c.id = documents.corrects_id), ${demoSellerAssignments} where id = ?`
  )
  const upsertSeries = db.prepare(
    'insert into document_series (type, year, next_sequence) values (?, ?, ?) on conflict (type, year) do update set next_sequence = excluded.next_sequence'
  )
  const terms = db.prepare('select payment_terms_days as terms from customers where id = ?')
  const sellerValues = demoSellerValues()
  const prefix = defaultSettings().documents.prefixes.debit_note
  const printLocale = demoSettings().documents.printLocale
  const reasons: Record<string, ReturnReason[]> = {
    direct_debit: [
      'insufficient_funds',
      'insufficient_funds',
      'mandate_cancelled',
      'wrong_account',
      'account_closed'
    ],
    card: ['disputed_card_charge', 'disputed_card_charge', 'insufficient_funds', 'other']
  }
  const repay: Array<{ item: Paid['item']; date: string; amount: number }> = []

  for (const r of returns) {
    if (r.returnDate > today) continue
    const at = stamp(r.returnDate)
    const reason = random.pick(reasons[r.method])
    const fee =
      r.method === 'direct_debit' ? random.pick([350, 450, 600, 1200]) : random.pick([0, 1500, 2000])
    setReturned.run(r.paymentId)
    const year = Number(r.returnDate.slice(0, 4))
    let debitNoteId: number | null = null
    let rebillText = fee > 0 ? '; bank fee not re-billed' : ''
    let debitNoteNumber: string | null = null
    if (fee > 0 && random.chance(0.6) && (lastDebitDate.get(year) ?? '') <= r.returnDate) {
      const s = source.get(r.item.id) as Record<string, string | number | null>
      // The demo's documents print in the company's language (demoSellerValues).
      const texts = feeDebitNoteTexts(languageOfLocale(printLocale), printLocale, {
        amountCents: r.amount,
        currency: 'EUR',
        paymentDate: r.date,
        returnDate: r.returnDate,
        reason,
        reference: null
      })
      debitNoteId = Number(
        insertDoc.run(
          s.customer_id,
          s.executive_id,
          s.customer_code,
          s.customer_name,
          s.customer_tax_id,
          s.billing_line1,
          s.billing_postal_code,
          s.billing_city,
          s.billing_region,
          s.billing_country,
          s.payment_method,
          texts.reason,
          texts.notes,
          r.item.id,
          fee,
          fee,
          at,
          at
        ).lastInsertRowid
      )
      insertLine.run(debitNoteId, texts.line, fee, fee, fee)
      const sequence = nextSequence.get(year) ?? 1
      nextSequence.set(year, sequence + 1)
      upsertSeries.run('debit_note', year, sequence + 1)
      lastDebitDate.set(year, r.returnDate)
      const number = `${prefix}-${year}-${String(sequence).padStart(5, '0')}`
      const termDays = (terms.get(r.item.customerId) as { terms: number }).terms
      numberDoc.run(
        number,
        year,
        sequence,
        r.returnDate,
        addDaysIso(r.returnDate, termDays),
        `${number.toLowerCase()} ${r.item.code.toLowerCase()} ${r.item.name.toLowerCase()}`,
        at,
        at,
        ...sellerValues,
        debitNoteId
      )
      log.run(
        at,
        'document',
        debitNoteId,
        'issue',
        `Issued debit note ${number} for ${r.item.code} ${r.item.name}`,
        JSON.stringify(
          activity('documentIssued', {
            type: { term: 'documents.type.debit_note' },
            number,
            code: r.item.code,
            name: r.item.name
          })
        )
      )
      rebillText = `; bank fee ${money(fee)} re-billed on debit note ${number}`
      debitNoteNumber = number
    }
    const returnId = Number(
      insertReturn.run(r.paymentId, r.returnDate, reason, fee, debitNoteId === null ? 0 : 1, debitNoteId, at)
        .lastInsertRowid
    )
    log.run(
      at,
      'payment',
      r.paymentId,
      'return',
      `Returned payment of ${money(r.amount)} from ${r.item.code} ${r.item.name} received ${r.date} on ${r.returnDate}: ${returnReasonWords.en[reason]}${rebillText}. Its invoices are open again.`,
      JSON.stringify(
        paymentReturnedDetails(
          {
            amount: { money: r.amount, currency: '' },
            code: r.item.code,
            name: r.item.name,
            date: r.returnDate,
            reason
          },
          fee > 0 ? { amount: { money: fee, currency: '' }, debitNote: debitNoteNumber } : null
        )
      )
    )
    const age = daysBetween(r.returnDate, today)
    const status =
      age > 60
        ? random.chance(0.85)
          ? 'resolved'
          : 'written_off'
        : age > 14
          ? random.pick(['contacted', 'resolved'])
          : random.pick(['open', 'open', 'contacted'])
    const closedOn =
      status === 'resolved' || status === 'written_off'
        ? addDaysIso(r.returnDate, Math.min(age, random.int(5, 40)))
        : null
    const outcome =
      status === 'resolved'
        ? 'Paid again by bank transfer.'
        : status === 'written_off'
          ? 'Customer unreachable; amount written off.'
          : ''
    const investigationId = Number(
      insertInvestigation.run(returnId, r.item.customerId, status, r.returnDate, closedOn, outcome, at, at)
        .lastInsertRowid
    )
    log.run(
      at,
      'investigation',
      investigationId,
      'open',
      `Opened an investigation into the returned payment of ${money(r.amount)} from ${r.item.code} ${r.item.name}`,
      JSON.stringify(
        activity('investigationOpened', {
          amount: { money: r.amount, currency: '' },
          code: r.item.code,
          name: r.item.name
        })
      )
    )
    if (status !== 'open') {
      const noteDay = addDaysIso(r.returnDate, Math.min(age, random.int(1, 4)))
      insertNote.run(investigationId, noteDay, random.pick(RETURN_NOTES), stamp(noteDay))
    }
    if (closedOn) {
      insertNote.run(investigationId, closedOn, outcome, stamp(closedOn))
      log.run(
        stamp(closedOn),
        'investigation',
        investigationId,
        status,
        `Investigation of the returned payment from ${r.item.code} ${r.item.name}: ${status === 'resolved' ? 'resolved' : 'written off'} on ${closedOn} — ${outcome}`,
        JSON.stringify(
          activity('investigationStep', {
            code: r.item.code,
            name: r.item.name,
            status: { term: `payments.investigations.status.${status}` }
          })
        )
      )
      if (status === 'resolved') repay.push({ item: r.item, date: closedOn, amount: r.amount })
    }
    summary.returns++
  }
  // Resolved returns were paid again by transfer.
  for (const r of repay) {
    const at = stamp(r.date)
    const paymentId = Number(
      insertPayment.run(r.item.customerId, r.date, r.amount, 'bank_transfer', `TRF ${r.item.number} (2)`, at)
        .lastInsertRowid
    )
    insertAllocation.run(paymentId, r.item.id, r.amount, r.date, at)
    log.run(
      at,
      'payment',
      paymentId,
      'record',
      `Recorded a payment of ${money(r.amount)} from ${r.item.code} ${r.item.name} on ${r.date} by bank transfer (reference TRF ${r.item.number} (2)), for ${r.item.number} ${money(r.amount)}`,
      JSON.stringify(
        activity('paymentRecorded', {
          amount: { money: r.amount, currency: '' },
          code: r.item.code,
          name: r.item.name,
          date: { date: r.date },
          method: { term: 'payments.method.bank_transfer' },
          documents: r.item.number
        })
      )
    )
    summary.payments++
  }
  return summary
}
