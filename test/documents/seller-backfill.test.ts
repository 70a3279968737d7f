/**
 * Documents issued before migration 0007 had no frozen seller and printed from the Settings of the
 * day (issue 11). Migration 0040 freezes, for each, the seller as Settings say at migration time,
 * with the language, locale and paper it printed in, and records it in the activity log; the record
 * chain still verifies. After that no issued document reads Settings at print time: every Settings
 * field changed, the old invoice reprints with the same text and the same bytes apart from the date.
 */
import { pdfText } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import type BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../src/main/api'
import { verifyChain } from '../../src/main/db/chain'
import { migrations } from '../../src/main/db/migrations/index'
import { loadEInvoice } from '../../src/main/einvoice/from-document'
import { openStore, type Store } from '../../src/main/db/open'
import { dateFormats } from '../../src/shared/region'
import type { FileResult } from '../../src/shared/schemas/common'
import { defaultSettings } from '../../src/shared/schemas/settings'
import { tempFolder, testClock, type TempFolder } from '../support/fixtures'

let folder: TempFolder
let store: Store | undefined
afterEach(async () => {
  await store?.close()
  store = undefined
  folder.remove()
})

const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

/** The company as Settings say when 0040 runs. */
const company = {
  ...defaultSettings().company,
  legalName: 'Ferretería Antigua S.L.',
  addressLine1: 'Calle Vieja 7',
  postalCode: '46001',
  city: 'València',
  region: 'Valencia',
  country: 'ES',
  taxId: 'ESB12345674',
  registration: 'Registro Mercantil de Valencia, tomo 1',
  phone: '+34 960 000 000',
  email: 'facturas@antigua.example',
  website: 'https://antigua.example',
  iban: 'ES91 2100 0418 4502 0005 1332',
  bic: 'CAIXESBBXXX',
  documentFooter: 'Ferretería Antigua S.L. · pie de 2025',
  footerByLanguage: { en: '', es: '', ca: '', hu: 'Ferretería Antigua S.L. · lábléc 2025', ru: '' },
  logoDataUrl: LOGO
}

/** Two invoices and a credit note issued by the version before 0007 (no seller snapshot), and a draft. */
function seedVersion6(sqlite: BetterSqlite3.Database): void {
  const now = '2025-06-01T10:00:00.000Z'
  sqlite
    .prepare(
      `insert into customers (code, name, sort_name, status, preferred_payment_method, search_text, created_at, updated_at)
       values ('C-1', 'Łukasz Őrs', 'lukasz ors', 'active', 'bank_transfer', '', ?, ?)`
    )
    .run(now, now)
  // A Hungarian customer: such documents printed in Hungarian, with the Hungarian footer.
  sqlite.prepare("update customers set billing_country = 'HU' where id = 1").run()
  const doc = sqlite.prepare(
    `insert into documents (id, type, status, customer_id, customer_code, customer_name, customer_tax_id,
       issue_date, currency, payment_method, corrects_id, net_cents, vat_cents, total_cents, created_at, updated_at)
     values (?, ?, 'draft', 1, 'C-1', 'Łukasz Őrs', '', '2025-06-01', 'EUR', 'bank_transfer', ?, ?, ?, ?, ?, ?)`
  )
  const issue = sqlite.prepare(
    'update documents set number = ?, series_year = 2025, sequence = ?, status = ?, issued_at = ? where id = ?'
  )
  const line = sqlite.prepare(
    `insert into document_lines (document_id, position, description, unit, quantity_milli, unit_price_cents, discount_bp, vat_rate_bp,
       gross_cents, discount_cents, net_cents) values (?, 0, 'Martillo', 'pc', ?, 500, 0, 2100, ?, 0, ?)`
  )
  doc.run(1, 'invoice', null, 1000, 210, 1210, now, now)
  line.run(1, 2000, 1000, 1000)
  issue.run('INV-2025-00001', 1, 'issued', now, 1)
  doc.run(2, 'invoice', null, 500, 105, 605, now, now)
  line.run(2, 1000, 500, 500)
  issue.run('INV-2025-00002', 2, 'issued', now, 2)
  doc.run(3, 'credit_note', 1, 500, 105, 605, now, now)
  line.run(3, 1000, 500, 500)
  issue.run('CRN-2025-00001', 1, 'issued', now, 3)
  doc.run(4, 'invoice', null, 500, 105, 605, now, now)
  line.run(4, 1000, 500, 500)
  const settings = sqlite.prepare('insert into settings (key, value) values (?, ?)')
  settings.run('company', JSON.stringify(company))
  settings.run(
    'documents',
    JSON.stringify({ ...defaultSettings().documents, printLocale: 'es-ES', paperSize: 'Letter' })
  )
}

async function migratedStore(seedMore?: (sqlite: BetterSqlite3.Database) => void): Promise<{
  store: Store
  api: Api
  pdf: (id: number) => Promise<Uint8Array>
}> {
  folder = tempFolder()
  const path = folder.file('old.db')
  const before0007 = migrations.slice(
    0,
    migrations.findIndex((m) => m.name === '0007_document_legal')
  )
  const old = await openStore(path, { migrations: before0007, backupFolder: folder.file('backups') })
  seedVersion6(old.sqlite)
  seedMore?.(old.sqlite)
  await old.close()
  const opened = await openStore(path, { backupFolder: folder.file('backups') })
  store = opened
  const clock = testClock(new Date('2026-03-02T09:00:00.000Z'))
  const api = createApi({
    store: opened,
    dataFolder: folder.path,
    version: '0.0.0-test',
    actor: 'ana.tester',
    now: clock.now,
    reportError: () => undefined
  })
  const pdf = async (id: number) => {
    clock.advance(60_000)
    const result = await api.dispatch('documents.pdf', { id })
    if (!result.ok) throw new Error(result.error.message)
    return (result.data as FileResult).bytes
  }
  return { store: opened, api, pdf }
}

const pdftotext = (bytes: Uint8Array, name: string) => {
  const file = folder.file(name)
  writeFileSync(file, bytes)
  return pdfText(file)
}
const withoutDate = (bytes: Uint8Array) =>
  Buffer.from(bytes)
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/, '')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '')

describe('migration 0040: the seller of documents issued before 0007', () => {
  it('freezes the seller of Settings for each issued document without one, logs it, and the chain verifies', async () => {
    const { store } = await migratedStore()
    const sqlite = store.sqlite
    const frozen = sqlite
      .prepare(
        'select document_id, seller_legal_name, seller_tax_id, seller_iban, seller_footer, seller_logo_sha256, document_language, print_locale, paper_size from document_seller_backfills order by document_id'
      )
      .all() as Array<Record<string, unknown>>
    // The draft (4) gets nothing: it still follows Settings until issued.
    expect(frozen.map((r) => r.document_id)).toEqual([1, 2, 3])
    const logo = sqlite.prepare('select sha256 from document_logos where data_url = ?').pluck().get(LOGO)
    for (const row of frozen)
      expect(row).toMatchObject({
        seller_legal_name: company.legalName,
        seller_tax_id: company.taxId,
        seller_iban: company.iban,
        seller_logo_sha256: logo,
        // What they printed with before: the customer's language (Hungarian, from the country), its
        // usual locale (the company's es-ES is of another language), that language's footer, the paper.
        seller_footer: company.footerByLanguage.hu,
        document_language: 'hu',
        print_locale: 'hu-HU',
        paper_size: 'Letter'
      })
    // The documents themselves are untouched (they are chained as issued).
    expect(
      sqlite.prepare('select count(*) from documents where seller_legal_name is not null').pluck().get()
    ).toBe(0)
    const log = sqlite
      .prepare(
        "select entity, entity_id, details from activity_log where action = 'freeze_seller' order by id"
      )
      .all() as Array<{ entity: string; entity_id: number | null; details: string }>
    expect(log.map((e) => [e.entity, e.entity_id])).toEqual([
      ['document', 1],
      ['document', 2],
      ['document', 3],
      ['database', null]
    ])
    expect(JSON.parse(log[0].details)).toEqual({
      key: 'documentSellerFrozen',
      params: { number: 'INV-2025-00001', legalName: company.legalName, taxId: company.taxId }
    })
    expect(JSON.parse(log[3].details)).toEqual({ key: 'sellerFrozenForDocuments', params: { count: 3 } })
    const report = verifyChain(sqlite)
    expect(report.problem).toBeNull()
    expect(report.ok).toBe(true)
    // Every entry is chained, the four new ones included.
    expect(report.perTable.activity_log).toBe(
      sqlite.prepare('select count(*) from activity_log').pluck().get() as number
    )
    // The backfill cannot be edited afterwards.
    expect(() =>
      sqlite.prepare("update document_seller_backfills set seller_iban = 'X' where document_id = 1").run()
    ).toThrow(/cannot be changed/)
  })

  it('reprints an old invoice identically after every Settings field changed', async () => {
    const { api, pdf } = await migratedStore()
    const first = await pdf(1)
    const a = pdftotext(first, 'first.pdf')
    expect(a).toContain('Ferretería Antigua S.L.')
    expect(a).toContain('Calle Vieja 7')
    expect(a).toContain('lábléc 2025')
    const defaults = defaultSettings()
    const changed = await api.dispatch('settings.update', {
      settings: {
        company: {
          legalName: 'Otra Empresa Nueva S.A.',
          addressLine1: 'Gran Vía 1',
          addressLine2: 'Planta 3',
          postalCode: '28013',
          city: 'Madrid',
          region: 'Madrid',
          country: 'HU',
          taxId: 'HU12345676',
          registration: 'Cégjegyzékszám 01-09-000000',
          phone: '+36 1 000 0000',
          email: 'szamla@uj.example',
          website: 'https://uj.example',
          iban: 'HU42 1177 3016 1111 1018 0000 0000',
          bic: 'OTPVHUHB',
          logoDataUrl: '',
          defaultTerms: 'Fizetés 8 napon belül.',
          documentFooter: 'Új lábléc',
          ossVoluntary: true
        },
        documents: {
          ...defaults.documents,
          printLocale: 'hu-HU',
          paperSize: 'A4',
          defaultCurrency: 'HUF'
        }
      }
    })
    expect(changed.ok, JSON.stringify(changed)).toBe(true)
    const embed = await api.dispatch('einvoice.updateSettings', {
      settings: { embedInPdf: true, creditorId: 'HU12ZZZ12345678' }
    })
    expect(embed.ok).toBe(true)
    // Settings → Region too (a draft's dates and numbers): another date order, separators, clock, zone.
    const region = await api.dispatch('region.update', {
      region: {
        format: {
          dateFormat: dateFormats[dateFormats.length - 1],
          decimalSeparator: '.',
          groupSeparator: "'",
          firstDayOfWeek: 7,
          clock: '12h'
        },
        paperSize: 'A4',
        timeZone: 'America/New_York'
      }
    })
    expect(region.ok, JSON.stringify(region)).toBe(true)
    const second = await pdf(1)
    expect(pdftotext(second, 'second.pdf')).toBe(a)
    expect(withoutDate(second)).toBe(withoutDate(first))
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(false)
  })
})

/**
 * Before 0047 the e-invoice of a direct-debit or card invoice read the creditor id from Settings and
 * the mandate, debited IBAN and card from the customer at export or print time. 0047 freezes what
 * they state on the day it runs; the chain still verifies and later changes leave them as they were.
 */
function seedPaidByDebitAndCard(sqlite: BetterSqlite3.Database): void {
  const now = '2025-06-02T10:00:00.000Z'
  sqlite
    .prepare(
      `insert into customers (code, name, sort_name, status, preferred_payment_method, search_text, created_at, updated_at)
       values ('C-2', 'Card Buyer', 'card buyer', 'active', 'card', '', ?, ?)`
    )
    .run(now, now)
  const setup = sqlite.prepare(
    `insert into customer_payment_setups (customer_id, method, iban, mandate_reference, mandate_signed_on, card_brand, card_last4, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)`
  )
  setup.run(1, 'direct_debit', 'ES7620770024003102575766', 'MNDT-2025/0007', '2025-05-01', '', '', now)
  setup.run(2, 'card', '', '', null, 'visa', '4242', now)
  const doc = sqlite.prepare(
    `insert into documents (id, type, status, customer_id, customer_code, customer_name, customer_tax_id,
       issue_date, currency, payment_method, net_cents, vat_cents, total_cents, created_at, updated_at)
     values (?, 'invoice', 'draft', ?, ?, 'Buyer', '', '2025-06-02', 'EUR', ?, 500, 105, 605, ?, ?)`
  )
  const line = sqlite.prepare(
    `insert into document_lines (document_id, position, description, unit, quantity_milli, unit_price_cents, discount_bp, vat_rate_bp,
       gross_cents, discount_cents, net_cents) values (?, 0, 'Martillo', 'pc', 1000, 500, 0, 2100, 500, 0, 500)`
  )
  const issue = sqlite.prepare(
    "update documents set number = ?, series_year = 2025, sequence = ?, status = 'issued', issued_at = ? where id = ?"
  )
  doc.run(5, 1, 'C-1', 'direct_debit', now, now)
  line.run(5)
  issue.run('INV-2025-00003', 3, now, 5)
  doc.run(6, 2, 'C-2', 'card', now, now)
  line.run(6)
  issue.run('INV-2025-00004', 4, now, 6)
  sqlite
    .prepare("insert into settings (key, value) values ('einvoice', ?)")
    .run(JSON.stringify({ embedInPdf: false, creditorId: 'ES12ZZZB12345678' }))
}

describe('migration 0047: the creditor id, mandate and card of documents issued before it', () => {
  it('freezes what their e-invoices stated, logs it, the chain verifies, and later changes leave them as they were', async () => {
    const { store, api } = await migratedStore(seedPaidByDebitAndCard)
    const sqlite = store.sqlite
    expect(sqlite.prepare('select * from document_payment_means order by document_id').all()).toEqual([
      {
        document_id: 5,
        creditor_id: 'ES12ZZZB12345678',
        mandate_reference: 'MNDT-2025/0007',
        debited_iban: 'ES7620770024003102575766',
        card_last4: ''
      },
      { document_id: 6, creditor_id: '', mandate_reference: '', debited_iban: '', card_last4: '4242' }
    ])
    const log = sqlite
      .prepare("select entity, entity_id, details from activity_log where action = 'freeze_payment_means'")
      .all() as Array<{ entity: string; entity_id: number | null; details: string }>
    expect(log.map((e) => [e.entity, e.entity_id, JSON.parse(e.details) as unknown])).toEqual([
      ['database', null, { key: 'paymentMeansFrozenForDocuments', params: { count: 2 } }]
    ])
    const report = verifyChain(sqlite)
    expect(report.problem).toBeNull()
    expect(report.perTable.activity_log).toBe(
      sqlite.prepare('select count(*) from activity_log').pluck().get() as number
    )
    expect(() =>
      sqlite.prepare("update document_payment_means set creditor_id = 'X' where document_id = 5").run()
    ).toThrow(/cannot be changed/)

    const means = async () =>
      Promise.all([5, 6].map(async (id) => (await loadEInvoice(store.db, id, '2026-03-02')).paymentMeans))
    const before = await means()
    expect(before).toEqual([
      {
        kind: 'direct_debit',
        mandateReference: 'MNDT-2025/0007',
        creditorId: 'ES12ZZZB12345678',
        debitedIban: 'ES7620770024003102575766'
      },
      { kind: 'card', last4: '4242', holder: null }
    ])
    const ok = async (method: string, input: unknown) => {
      const result = await api.dispatch(method, input)
      expect(result.ok, JSON.stringify(result)).toBe(true)
    }
    await ok('einvoice.updateSettings', { settings: { embedInPdf: true, creditorId: 'ES98ZZZB87654321' } })
    const setup = { bic: '', mandateSignedOn: '2026-03-01', cardExpiry: '' }
    await ok('paymentSetup.update', {
      customerId: 1,
      setup: {
        ...setup,
        method: 'direct_debit',
        iban: 'ES91 2100 0418 4502 0005 1332',
        mandateReference: 'MNDT-2026/0999',
        cardBrand: null,
        cardLast4: ''
      }
    })
    await ok('paymentSetup.update', {
      customerId: 2,
      setup: {
        ...setup,
        method: 'card',
        iban: '',
        mandateReference: '',
        cardBrand: 'visa',
        cardLast4: '1111',
        cardExpiry: '2029-09'
      }
    })
    expect(await means()).toEqual(before)
  })
})
