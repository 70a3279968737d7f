/**
 * Demo sales documents over the last two years, per sales executive: estimates (sent, then
 * accepted, declined or still open, with the activity-log entries the document services
 * write: issue / accept / decline / convert), orders from accepted estimates, issued invoices,
 * and credit/debit notes correcting some of them. Numbers follow document_series gap-free and
 * in date order per type and year; totals come from src/shared/totals.ts. Also weekly activity
 * (calls, e-mails, demos) and quarterly targets with history.
 *
 * Bulk rows go through prepared statements inside the caller's transaction: a document is
 * inserted as a draft, its lines added, then numbered (the store refuses lines on a numbered
 * document), exactly the order the services follow.
 */
import { activity } from '../../shared/activity'
import { documentTotals, unitPriceOf, type TotalsLine } from '../../shared/totals'
import { DEFAULT_EXEMPTION_CODE, defaultVatCategoryFor } from '../../shared/vat'
import { demoSellerAssignments, demoSellerValues, demoSettings, demoToday } from './company'
import { addDaysIso, isoWeekOf, isoWeekday } from '../../shared/iso-week'
import { defaultSettings, termsIn } from '../../shared/schemas/settings'
import type { Language } from '../../shared/languages'
import { printLanguageOf } from '../customers/language'
import type { Store } from '../db/open'
import type { Random } from './random'
import { addressValues, type DemoAddress } from './address'
import { customersByExecutive } from './by-executive'

export interface DemoDocumentRates {
  /** Per active executive and working day. */
  invoices: number
  estimates: number
  invoiceLines: [number, number]
  /** Rates in the last 13 weeks are multiplied by this (recent weeks look busy on the dashboard). */
  recentBoost: number
  /**
   * More estimates per active executive and working day, drawn from a random stream of their own
   * so that everything else in the demo (invoices, payments, visits) stays as it was.
   */
  moreEstimates: number
}

export const demoDocumentRates: Record<'small' | 'large', DemoDocumentRates> = {
  // Small: under one quote a week per executive, 3-4 in the busy last 13 weeks (it was one a month).
  small: { invoices: 0.06, estimates: 0.05, invoiceLines: [1, 6], recentBoost: 4, moreEstimates: 0.12 },
  large: { invoices: 6.9, estimates: 2, invoiceLines: [5, 15], recentBoost: 1, moreEstimates: 0 }
}

/**
 * The day each sales executive who left (inactive) stopped working, in the demo: they issue and
 * decide nothing after it, and the demo schedule gives them no visits after it either.
 */
export function demoLeavingDays(
  executives: Array<{ id: number; active: number | boolean }>,
  today: string
): Map<number, string> {
  const start = addDaysIso(today, -730)
  return new Map(executives.filter((e) => !e.active).map((e, i) => [e.id, addDaysIso(start, 300 + i * 60)]))
}

export interface DemoDocumentsSummary {
  documents: number
  invoices: number
  invoiceLines: number
}

interface Product {
  id: number
  name: string
  unit: string
  unitPriceCents: number
  vatRateBp: number
}

interface Customer extends DemoAddress {
  id: number
  code: string
  name: string
  taxId: string
  terms: number
  method: string
  createdAt: string
  documentLanguage: Language | null
}

type DocType = 'estimate' | 'order' | 'invoice' | 'credit_note' | 'debit_note'

interface Pending {
  day: string
  run: () => void
}

const prefixes = defaultSettings().documents.prefixes

export function insertDemoDocuments(
  store: Store,
  options: {
    size: 'small' | 'large'
    random: Random
    /** The stream the extra estimates (`moreEstimates`) are drawn from. */
    quotes: Random
    now: Date
    onProgress?: (stage: string, done: number, total: number) => void
  }
): DemoDocumentsSummary {
  const { random, quotes } = options
  const rates = demoDocumentRates[options.size]
  const db = store.sqlite
  const today = demoToday(options.now)
  const start = addDaysIso(today, -730)
  const recentFrom = addDaysIso(today, -91)

  const products = db
    .prepare(
      'select id, name, unit, unit_price_cents as unitPriceCents, vat_rate_bp as vatRateBp from products where active = 1'
    )
    .all() as Product[]
  const executives = db.prepare('select id, active from sales_executives order by id').all() as Array<{
    id: number
    active: number
  }>
  const customers = db
    .prepare(
      `select id, code, name, tax_id as taxId, billing_line1 as line1, billing_postal_code as postalCode, billing_city as city,
         billing_region as region, billing_country as country, payment_terms_days as terms, preferred_payment_method as method,
         created_at as createdAt, executive_id as executiveId, document_language as documentLanguage from customers where status <> 'prospect' order by created_at`
    )
    .all() as Array<Customer & { executiveId: number | null }>
  const customersOf = customersByExecutive(customers)
  if (products.length === 0 || customers.length === 0) return { documents: 0, invoices: 0, invoiceLines: 0 }

  const insertDoc = db.prepare(
    `insert into documents (type, status, customer_id, executive_id, customer_code, customer_name, customer_tax_id,
       billing_line1, billing_postal_code, billing_city, billing_region, billing_country, currency, payment_method,
       reason, source_id, corrects_id, net_cents, vat_cents, total_cents, created_at, updated_at)
     values (?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertLine = db.prepare(
    `insert into document_lines (document_id, position, product_id, description, unit, quantity_milli, unit_price_ten_thousandths, discount_bp,
       vat_category, vat_rate_bp, vat_exemption_code, source_line_id, gross_cents, discount_cents, net_cents)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const numberDoc = db.prepare(
    `update documents set number = ?, series_year = ?, sequence = ?, status = ?, issue_date = ?, valid_until = ?, due_date = ?,
       search_text = ?, issued_at = ?, updated_at = ?, line_net_cents = net_cents, payable_cents = total_cents,
       supply_date = ?,
       corrected_number = (select number from documents c where c.id = documents.corrects_id),
       corrected_issue_date = (select issue_date from documents c where c.id = documents.corrects_id),
       terms = ?, ${demoSellerAssignments} where id = ?`
  )
  const setStatus = db.prepare(
    'update documents set status = ?, status_reason = ?, updated_at = ? where id = ?'
  )
  const log = db.prepare(
    "insert into activity_log (at, actor, entity, entity_id, action, summary, details) values (?, 'salesdesk demo', 'document', ?, ?, ?, ?)"
  )
  const settings = demoSettings()
  const sellerCountry = settings.company.country
  // Each customer's documents in their language, as issuing freezes it: labels, terms and footer.
  const printed = new Map<number, { seller: string[]; terms: string }>()
  const printedFor = (customer: Customer) => {
    let known = printed.get(customer.id)
    if (!known) {
      const print = printLanguageOf(
        { documentLanguage: customer.documentLanguage, billingCountry: customer.country },
        settings
      )
      known = { seller: demoSellerValues(print), terms: termsIn(settings.company, print.language) }
      printed.set(customer.id, known)
    }
    return known
  }
  const insertSeries = db.prepare('insert into document_series (type, year, next_sequence) values (?, ?, ?)')

  // A million lines go into indexes at random places (product, customer): with SQLite's default
  // 2 MB page cache every insert would read pages back from the WAL. Use 256 MB while generating.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number
  db.pragma('cache_size = -262144')
  try {
    return generate()
  } finally {
    db.pragma(`cache_size = ${cacheSize}`)
  }

  function generate(): DemoDocumentsSummary {
    const sequences = new Map<string, number>()
    const summary: DemoDocumentsSummary = { documents: 0, invoices: 0, invoiceLines: 0 }
    const pending: Pending[] = []
    const at = (day: string, rnd: Random = random) =>
      `${day}T${String(rnd.int(8, 17)).padStart(2, '0')}:${String(rnd.int(0, 59)).padStart(2, '0')}:00.000Z`
    const labels: Record<DocType, string> = {
      estimate: 'estimate',
      order: 'order',
      invoice: 'invoice',
      credit_note: 'credit note',
      debit_note: 'debit note'
    }

    interface Made {
      id: number
      number: string
      lines: Array<{ id: number; line: TotalsLine; productId: number; name: string; unit: string }>
      netCents: number
    }

    function make(
      type: DocType,
      executiveId: number,
      customer: Customer,
      day: string,
      lines: Array<TotalsLine & { productId: number; name: string; unit: string; sourceLineId?: number }>,
      extra: { status: string; sourceId?: number; correctsId?: number; reason?: string },
      rnd: Random = random
    ): Made {
      // The seller is Spanish: EU businesses abroad get intra-community supply, the rest of the world export, at 0 %.
      const category = defaultVatCategoryFor(sellerCountry, customer.country, customer.taxId)
      if (category !== 'S') lines = lines.map((l) => ({ ...l, vatCategory: category, vatRateBp: 0 }))
      else lines = lines.map((l) => ({ ...l, vatCategory: l.vatRateBp === 0 ? 'Z' : 'S' }))
      const totals = documentTotals(lines)
      const stamp = at(day, rnd)
      const id = Number(
        insertDoc.run(
          type,
          customer.id,
          executiveId,
          customer.code,
          customer.name,
          customer.taxId,
          ...addressValues(customer),
          customer.method,
          extra.reason ?? '',
          extra.sourceId ?? null,
          extra.correctsId ?? null,
          totals.netCents,
          totals.vatCents,
          totals.totalCents,
          stamp,
          stamp
        ).lastInsertRowid
      )
      const made: Made = { id, number: '', lines: [], netCents: totals.netCents }
      lines.forEach((l, position) => {
        const a = totals.lines[position]
        const lineId = Number(
          insertLine.run(
            id,
            position,
            l.productId,
            l.name,
            l.unit,
            l.quantityMilli,
            unitPriceOf(l),
            l.discountBp,
            l.vatCategory ?? 'S',
            l.vatRateBp,
            DEFAULT_EXEMPTION_CODE[l.vatCategory ?? 'S'] ?? null,
            l.sourceLineId ?? null,
            a.grossCents,
            a.discountCents,
            a.netCents
          ).lastInsertRowid
        )
        made.lines.push({ id: lineId, line: l, productId: l.productId, name: l.name, unit: l.unit })
      })
      const year = Number(day.slice(0, 4))
      const key = `${type}|${year}`
      const sequence = (sequences.get(key) ?? 0) + 1
      sequences.set(key, sequence)
      made.number = `${prefixes[type]}-${year}-${String(sequence).padStart(5, '0')}`
      const payable = type === 'invoice' || type === 'debit_note'
      numberDoc.run(
        made.number,
        year,
        sequence,
        extra.status,
        day,
        type === 'estimate' ? addDaysIso(day, 30) : null,
        payable ? addDaysIso(day, customer.terms) : null,
        `${made.number.toLowerCase()} ${customer.code.toLowerCase()} ${customer.name.toLowerCase()}`,
        stamp,
        stamp,
        // Demo goods go out the day they are invoiced: the date of supply the law asks invoices to show.
        type === 'estimate' || type === 'order' ? null : day,
        printedFor(customer).terms,
        ...printedFor(customer).seller,
        id
      )
      log.run(
        stamp,
        id,
        'issue',
        `Issued ${labels[type]} ${made.number} for ${customer.code} ${customer.name}`,
        JSON.stringify(
          activity('documentIssued', {
            type: { term: `documents.type.${type}` },
            number: made.number,
            code: customer.code,
            name: customer.name
          })
        )
      )
      summary.documents++
      if (type === 'invoice') {
        summary.invoices++
        summary.invoiceLines += lines.length
      }
      return made
    }

    const randomLines = (min: number, max: number, rnd: Random = random) =>
      Array.from({ length: rnd.int(min, max) }, () => {
        const p = rnd.pick(products)
        return {
          productId: p.id,
          name: p.name,
          unit: p.unit,
          quantityMilli: rnd.chance(0.15) ? rnd.int(1, 40) * 250 : rnd.int(1, 12) * 1000,
          unitPriceCents: p.unitPriceCents,
          discountBp: rnd.pick([0, 0, 0, 500, 1000]),
          vatRateBp: p.vatRateBp
        }
      })

    const customerFor = (executiveId: number, day: string, rnd: Random = random): Customer | null => {
      const list = customersOf.get(executiveId)
      if (!list) return null
      // Customers created by then (the list is ordered by creation): binary search the prefix.
      let lo = 0
      let hi = list.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (list[mid].createdAt.slice(0, 10) <= day) lo = mid + 1
        else hi = mid
      }
      return lo === 0 ? null : list[rnd.int(0, lo - 1)]
    }

    const count = (rate: number, rnd: Random = random) =>
      Math.floor(rate) + (rnd.chance(rate - Math.floor(rate)) ? 1 : 0)
    const leftOn = demoLeavingDays(executives, today)
    const revenueByQuarter = new Map<string, number>()
    const quarterOf = (day: string) =>
      `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`
    const totalDays = 730
    let dayIndex = 0

    /** One quote sent by `executive` on `day`, its decision and order queued (every draw from `rnd`). */
    function sendQuote(executive: { id: number }, day: string, left: string | undefined, rnd: Random): void {
      const customer = customerFor(executive.id, day, rnd)
      if (!customer) return
      const estimate = make(
        'estimate',
        executive.id,
        customer,
        day,
        randomLines(1, 5, rnd),
        { status: 'sent' },
        rnd
      )
      const outcome = rnd.next()
      const decisionDay = addDaysIso(day, rnd.int(1, 20))
      if (outcome < 0.8 && decisionDay <= today && (!left || decisionDay <= left)) {
        const accepted = outcome < 0.45
        pending.push({
          day: decisionDay,
          run: () => {
            const stamp = at(decisionDay, rnd)
            setStatus.run(
              accepted ? 'accepted' : 'declined',
              accepted ? '' : 'Price too high',
              stamp,
              estimate.id
            )
            log.run(
              stamp,
              estimate.id,
              accepted ? 'accept' : 'decline',
              `Estimate ${estimate.number} ${accepted ? 'accepted' : 'declined: Price too high'}`,
              JSON.stringify(
                accepted
                  ? activity('estimateAccepted', { number: estimate.number, reason: '' })
                  : activity('estimateDeclined', { number: estimate.number, reason: 'Price too high' })
              )
            )
            if (!accepted || rnd.chance(0.2)) return
            const order = make(
              'order',
              executive.id,
              customer,
              decisionDay,
              estimate.lines.map((l) => ({
                ...l.line,
                productId: l.productId,
                name: l.name,
                unit: l.unit,
                sourceLineId: l.id
              })),
              {
                status: rnd.chance(0.05) ? 'cancelled' : 'confirmed',
                sourceId: estimate.id
              },
              rnd
            )
            setStatus.run('converted', '', stamp, estimate.id)
            log.run(
              stamp,
              estimate.id,
              'convert',
              `Estimate ${estimate.number} converted into order ${order.number}`,
              JSON.stringify(
                activity('estimateConverted', {
                  number: estimate.number,
                  type: { term: 'documents.type.order' },
                  newNumber: order.number
                })
              )
            )
          }
        })
      }
    }

    for (let day = start; day <= today; day = addDaysIso(day, 1), dayIndex++) {
      // Scheduled events first (decisions, orders, credit notes), in the order they were queued.
      for (let i = 0; i < pending.length;) {
        if (pending[i].day === day) pending.splice(i, 1)[0].run()
        else i++
      }
      if (dayIndex % 30 === 0) options.onProgress?.('documents', dayIndex, totalDays)
      if (isoWeekday(day) > 5) continue
      const boost = day >= recentFrom ? rates.recentBoost : 1
      for (const executive of executives) {
        const left = leftOn.get(executive.id)
        if (left && day > left) continue
        for (let n = count(rates.estimates * boost); n > 0; n--) sendQuote(executive, day, left, random)
        for (let n = count(rates.moreEstimates * boost, quotes); n > 0; n--)
          sendQuote(executive, day, left, quotes)
        for (let n = count(rates.invoices * boost); n > 0; n--) {
          const customer = customerFor(executive.id, day)
          if (!customer) continue
          const invoice = make('invoice', executive.id, customer, day, randomLines(...rates.invoiceLines), {
            status: 'issued'
          })
          const quarter = `${executive.id}|${quarterOf(day)}`
          revenueByQuarter.set(quarter, (revenueByQuarter.get(quarter) ?? 0) + invoice.netCents)
          if (random.chance(0.035)) {
            const noteDay = addDaysIso(day, random.int(2, 30))
            if (noteDay > today) continue
            const credit = random.chance(0.85)
            pending.push({
              day: noteDay,
              run: () => {
                const picked = credit
                  ? invoice.lines.slice(0, Math.max(1, Math.ceil(invoice.lines.length / 3)))
                  : invoice.lines.slice(0, 1)
                const lines = picked.map((l) => ({
                  ...l.line,
                  productId: l.productId,
                  name: l.name,
                  unit: l.unit,
                  sourceLineId: credit ? l.id : undefined,
                  quantityMilli: credit ? l.line.quantityMilli : 1000
                }))
                make(credit ? 'credit_note' : 'debit_note', executive.id, customer, noteDay, lines, {
                  status: 'issued',
                  correctsId: invoice.id,
                  reason: credit ? 'Goods returned damaged' : 'Delivery charge not invoiced'
                })
              }
            })
          }
        }
      }
    }
    for (const [key, next] of sequences) {
      const [type, year] = key.split('|')
      insertSeries.run(type, Number(year), next + 1)
    }
    insertWeeklyActivity(store, random, executives, start, today, leftOn)
    insertTargets(store, random, executives, revenueByQuarter, start, today, leftOn)
    options.onProgress?.('documents', totalDays, totalDays)
    return summary
  }
}

function insertWeeklyActivity(
  store: Store,
  random: Random,
  executives: Array<{ id: number }>,
  start: string,
  today: string,
  leftOn: Map<number, string>
): void {
  const insert = store.sqlite.prepare(
    "insert into weekly_activity (executive_id, week, metric, value, updated_at, updated_by) values (?, ?, ?, ?, ?, 'salesdesk demo')"
  )
  const thisWeek = isoWeekOf(today)
  for (let day = start; isoWeekOf(day) < thisWeek; day = addDaysIso(day, 7)) {
    const week = isoWeekOf(day)
    for (const e of executives) {
      const left = leftOn.get(e.id)
      if (left && day > left) continue
      const stamp = `${addDaysIso(day, 4)}T17:00:00.000Z`
      insert.run(e.id, week, 'calls', random.int(25, 80), stamp)
      insert.run(e.id, week, 'emails', random.int(30, 120), stamp)
      insert.run(e.id, week, 'demos', random.int(0, 6), stamp)
    }
  }
}

/** Quarterly revenue targets (last quarter's revenue + 0–15 %, in round thousands) and activity quotas. */
/** Executives who left get zero targets from their leaving day, so the team target stops counting them. */
function insertTargets(
  store: Store,
  random: Random,
  executives: Array<{ id: number; active: number }>,
  revenue: Map<string, number>,
  start: string,
  today: string,
  leftOn: Map<number, string>
): void {
  const insert = store.sqlite.prepare(
    "insert into sales_targets (executive_id, metric, period, value, valid_from, created_at, created_by) values (?, ?, ?, ?, ?, ?, 'salesdesk demo')"
  )
  const firstYear = Number(start.slice(0, 4))
  for (const e of executives) {
    insert.run(e.id, 'calls_per_day', 'week', random.int(8, 14), start, `${start}T08:00:00.000Z`)
    insert.run(e.id, 'visits_per_week', 'week', random.int(2, 5), start, `${start}T08:00:00.000Z`)
    insert.run(e.id, 'new_customers', 'month', random.int(1, 4), start, `${start}T08:00:00.000Z`)
    let previous = 0
    for (let year = firstYear; year <= Number(today.slice(0, 4)); year++) {
      for (let q = 1; q <= 4; q++) {
        const from = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`
        const left = leftOn.get(e.id)
        if (from > today || (left && from > left)) break
        if (addDaysIso(from, 92) <= start) continue
        const earlier =
          revenue.get(`${e.id}|${q === 1 ? year - 1 : year}-Q${q === 1 ? 4 : q - 1}`) ?? previous
        const value = Math.round((earlier * (1 + random.int(0, 15) / 100)) / 100_000) * 100_000
        if (value <= 0) continue
        previous = earlier
        insert.run(
          e.id,
          'revenue',
          'quarter',
          value,
          from < start ? start : from,
          `${from < start ? start : from}T08:00:00.000Z`
        )
      }
    }
    const left = leftOn.get(e.id)
    if (left)
      for (const metric of ['revenue', 'new_customers', 'calls_per_day', 'visits_per_week'])
        insert.run(e.id, metric, 'week', 0, addDaysIso(left, 1), `${left}T18:00:00.000Z`)
  }
}
