/**
 * Builds a realistic demo database: sales executives, a product catalogue and customers
 * with contacts, addresses in several languages (accents and Cyrillic included) and
 * product preferences. Bulk rows go through prepared statements in one transaction.
 */
import { activity } from '../../shared/activity'
import { chainUnchained } from '../db/chain'
import { conflict } from '../../shared/errors'
import { foldForSearch } from '../../shared/text'
import type { Store } from '../db/open'
import { insertDeskDemo } from './desk'
import { searchTextOf } from '../db/search'
import { locales, productFamilies, type Locale } from './names'
import { seededRandom, type Random } from './random'
import { insertDemoDocuments } from './documents'
import { insertScheduleDemo } from './schedule'
import { freezeDemoPaymentMeans, insertPaymentsDemo } from './payments'
import { insertDemoSettings } from './company'
import { writeTransactionSync } from '../db/write-transaction'
import { addressValues, type DemoAddress } from './address'

export type DemoSize = 'small' | 'large'

export const demoSizes: Record<DemoSize, { executives: number; products: number; customers: number }> = {
  small: { executives: 8, products: 120, customers: 400 },
  large: { executives: 30, products: 2000, customers: 100_000 }
}

export interface DemoSummary {
  executives: number
  products: number
  customers: number
  contacts: number
  /** How long each part took, for the bench: master data, documents, schedule. */
  stageMs: { masterData: number; documents: number; schedule: number; payments: number }
}

export interface DemoOptions {
  size: DemoSize
  seed?: number
  now?: Date
  onProgress?: (stage: string, done: number, total: number) => void
}

/** Plain ASCII for e-mail addresses: "José Núñez" -> "jose.nunez". */
function emailLocalPart(name: string): string {
  const ascii = foldForSearch(name)
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '')
  return ascii || 'contact'
}

function personName(random: Random, locale: Locale): string {
  return `${random.pick(locale.firstNames)} ${random.pick(locale.surnames)}`
}

function phone(random: Random, locale: Locale): string {
  return `${locale.phonePrefix} ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`
}

export interface DemoCustomer extends DemoAddress {
  code: string
  name: string
  sortName: string
  status: 'prospect' | 'active' | 'inactive'
  taxId: string
  paymentTermsDays: number
  preferredPaymentMethod: 'bank_transfer' | 'card' | 'direct_debit'
  executiveId: number
  notes: string
  searchText: string
  createdAt: string
  contacts: Array<{ name: string; role: string; phone: string; email: string }>
  preferredProductIds: number[]
}

/** The customers of a demo database, as plain rows (also used by the benchmark). */
export function* demoCustomers(
  count: number,
  executiveCount: number,
  productCount: number,
  seed = 1,
  now = new Date()
): Generator<DemoCustomer> {
  const random = seededRandom(seed * 7919 + 17)
  const roles = ['Purchasing', 'Accounts payable', 'Director', 'Office manager', 'Logistics']
  for (let n = 1; n <= count; n++) {
    const locale = random.pick(locales)
    const surname = random.pick(locale.surnames)
    const name = locale.company(surname, (list) => random.pick(list))
    const [city, postalCode, region] = random.pick(locale.cities)
    const code = `C-${String(n).padStart(6, '0')}`
    const domain = `${emailLocalPart(surname).replace(/\./g, '')}${n}.example`
    const contacts = Array.from({ length: random.int(1, 3) }, () => {
      const contactName = personName(random, locale)
      return {
        name: contactName,
        role: random.pick(roles),
        phone: phone(random, locale),
        email: `${emailLocalPart(contactName)}@${domain}`
      }
    })
    const taxId = locale.taxId(n * 7919)
    const created = new Date(now.getTime() - random.int(0, 5 * 365) * 86_400_000).toISOString()
    yield {
      code,
      name,
      sortName: foldForSearch(name),
      status: random.chance(0.75) ? 'active' : random.chance(0.6) ? 'prospect' : 'inactive',
      taxId,
      line1: `${random.pick(locale.streets)} ${random.int(1, 180)}`,
      postalCode,
      city,
      region,
      country: locale.country,
      paymentTermsDays: random.pick([0, 15, 30, 30, 30, 45, 60, 90]),
      preferredPaymentMethod: random.pick([
        'bank_transfer',
        'bank_transfer',
        'direct_debit',
        'card'
      ] as const),
      executiveId: random.int(1, executiveCount),
      notes: random.chance(0.2) ? 'Prefers delivery before noon. Entrega por la mañana.' : '',
      searchText: searchTextOf([code, name, taxId, city, ...contacts.flatMap((c) => [c.name, c.email])]),
      createdAt: created,
      contacts,
      preferredProductIds: random.chance(0.5)
        ? [...new Set([random.int(1, productCount), random.int(1, productCount)])]
        : []
    }
  }
}

function insertExecutives(store: Store, count: number, random: Random, now: string): void {
  const insert = store.sqlite.prepare(
    'insert into sales_executives (name, email, phone, active, created_at, updated_at) values (?, ?, ?, ?, ?, ?)'
  )
  for (let i = 0; i < count; i++) {
    const locale = locales[i % locales.length]
    const name = personName(random, locale)
    insert.run(
      name,
      `${emailLocalPart(name)}@salesdesk-demo.example`,
      phone(random, locale),
      i < count - 2 ? 1 : 0,
      now,
      now
    )
  }
}

function insertProducts(store: Store, count: number, random: Random, now: string): void {
  const insert = store.sqlite.prepare(
    `insert into products (sku, name, description, unit, unit_price_cents, vat_rate_bp, active, search_text, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  for (let i = 1; i <= count; i++) {
    const family = productFamilies[(i - 1) % productFamilies.length]
    const variant = random.pick(family.variants)
    const sku = `P-${String(i).padStart(5, '0')}`
    const name = `${family.name} ${variant} ${Math.ceil(i / productFamilies.length)}`
    const description = `${family.name} (${variant})`
    insert.run(
      sku,
      name,
      description,
      family.unit,
      random.int(50, 250_000),
      family.vatRateBp,
      random.chance(0.95) ? 1 : 0,
      searchTextOf([sku, name, description]),
      now,
      now
    )
  }
}

function insertCustomers(
  store: Store,
  options: DemoOptions,
  sizes: (typeof demoSizes)[DemoSize],
  now: Date
): number {
  const insertCustomer = store.sqlite.prepare(
    `insert into customers (code, name, sort_name, status, tax_id,
       billing_line1, billing_postal_code, billing_city, billing_region, billing_country,
       mailing_line1, mailing_postal_code, mailing_city, mailing_region, mailing_country,
       delivery_line1, delivery_postal_code, delivery_city, delivery_region, delivery_country,
       payment_terms_days, preferred_payment_method, product_notes, executive_id, notes, search_text, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)`
  )
  const insertContact = store.sqlite.prepare(
    'insert into customer_contacts (customer_id, position, name, role, phone, email) values (?, ?, ?, ?, ?, ?)'
  )
  const insertPreference = store.sqlite.prepare(
    'insert into customer_product_preferences (customer_id, product_id) values (?, ?)'
  )
  let contacts = 0
  let id = 0
  for (const c of demoCustomers(sizes.customers, sizes.executives, sizes.products, options.seed, now)) {
    const address = addressValues(c)
    const result = insertCustomer.run(
      c.code,
      c.name,
      c.sortName,
      c.status,
      c.taxId,
      ...address,
      ...address,
      ...address,
      c.paymentTermsDays,
      c.preferredPaymentMethod,
      c.executiveId,
      c.notes,
      c.searchText,
      c.createdAt,
      c.createdAt
    )
    id = Number(result.lastInsertRowid)
    c.contacts.forEach((contact, position) =>
      insertContact.run(id, position, contact.name, contact.role, contact.phone, contact.email)
    )
    contacts += c.contacts.length
    for (const productId of c.preferredProductIds) insertPreference.run(id, productId)
    if (id % 10_000 === 0) options.onProgress?.('customers', id, sizes.customers)
  }
  return contacts
}

/** Demo rows refer to executives and products by ids 1..n: only a file that never had records. */
function refuseUnlessEmpty(store: Store): void {
  const existing = store.sqlite
    .prepare('select (select count(*) from customers) + (select count(*) from products) as n')
    .get() as { n: number }
  const used = store.sqlite
    .prepare(
      "select count(*) as n from sqlite_sequence where name in ('customers', 'products', 'sales_executives') and seq > 0"
    )
    .get() as { n: number }
  if (existing.n > 0 || used.n > 0) {
    throw conflict('demoNeedsEmptyDatabase')
  }
}

export function generateDemo(store: Store, options: DemoOptions): DemoSummary {
  const sizes = demoSizes[options.size]
  const now = options.now ?? new Date()
  const random = seededRandom(options.seed ?? 1)
  const stageMs = { masterData: 0, documents: 0, schedule: 0, payments: 0 }
  const timed = <T>(stage: keyof typeof stageMs, work: () => T): T => {
    const started = performance.now()
    const result = work()
    stageMs[stage] += performance.now() - started
    return result
  }
  // One immediate transaction, the emptiness check inside it: two processes cannot both fill the file.
  const contacts = writeTransactionSync(store.sqlite, () => {
    refuseUnlessEmpty(store)
    const contacts = timed('masterData', () => {
      insertDemoSettings(store.sqlite)
      insertExecutives(store, sizes.executives, random, now.toISOString())
      insertProducts(store, sizes.products, random, now.toISOString())
      return insertCustomers(store, options, sizes, now)
    })
    timed('documents', () =>
      insertDemoDocuments(store, {
        size: options.size,
        random,
        // The extra estimates' own stream (see demoDocumentRates.moreEstimates).
        quotes: seededRandom((options.seed ?? 1) * 7_411 + 29),
        now,
        onProgress: options.onProgress
      })
    )
    timed('schedule', () => insertScheduleDemo(store, options.size, options.seed ?? 1, now))
    timed('payments', () => insertPaymentsDemo(store, options.seed ?? 1, now))
    timed('schedule', () => insertDeskDemo(store, options.seed ?? 1, now))
    freezeDemoPaymentMeans(store)
    store.sqlite
      .prepare(
        'insert into activity_log (at, actor, entity, entity_id, action, summary, details) values (?, ?, ?, ?, ?, ?, ?)'
      )
      .run(
        now.toISOString(),
        'salesdesk demo',
        'database',
        null,
        'demo',
        `Created ${options.size} demo data`,
        JSON.stringify(activity(options.size === 'small' ? 'demoCreatedSmall' : 'demoCreatedLarge'))
      )
    // The rows above went in by bulk statements: chain them, in the same transaction, as issuing would.
    chainUnchained(store.sqlite)
    return contacts
  })
  store.sqlite.pragma('optimize')
  return {
    executives: sizes.executives,
    products: sizes.products,
    customers: sizes.customers,
    contacts,
    stageMs
  }
}
