/**
 * VAT category B (split payment, Italy's scissione dei pagamenti; issue 11). Migration 0052 widens
 * the VAT category CHECKs in place (no table rebuilt): a store of the previous version migrates, its
 * rows and the record chain verify, a B line can then be stored and an unknown category still
 * cannot. A B invoice between Italian parties prints its split-payment wording; VERI*FACTU and NAV
 * (Spain and Hungary have no split payment) refuse such a document by key.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { verifyChain } from '../../src/main/db/chain'
import { migrations } from '../../src/main/db/migrations/index'
import { openStore } from '../../src/main/db/open'
import { navSource } from '../../src/main/nav/source'
import { DomainError, englishMessage } from '../../src/shared/errors'
import { pdfText } from '../support/pdf-text'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'
import { spanishDesk } from '../verifactu/support'
import { companySettings, draft, line, seedDocuments } from './helpers'

const desks: TestDesk[] = []
afterEach(async () => {
  for (const desk of desks.splice(0)) await desk.close()
})

/** Sets the company in Italy and makes an Italian customer; returns the customer's id. */
async function italian(
  desk: TestDesk,
  overrides: Parameters<typeof companySettings>[0] = {}
): Promise<number> {
  await desk.call('settings.update', {
    settings: companySettings({
      legalName: 'Forniture Sanitarie Emilia S.r.l.',
      addressLine1: 'Via Emilia 10',
      postalCode: '42100',
      city: 'Reggio Emilia',
      country: 'IT',
      taxId: 'IT01598570354',
      ...overrides
    })
  })
  const buyer = await desk.call('customers.create', {
    customer: customer({
      code: 'C-MO',
      name: 'Azienda USL di Modena',
      taxId: 'IT02241850367',
      billingAddress: address('Modena', { postalCode: '41121', country: 'IT' }),
      documentLanguage: 'en'
    })
  })
  return buyer.id
}

const bLine = line({
  description: 'Dispositivi medici',
  quantityMilli: 2000,
  unitPriceTenThousandths: 1_000_000,
  vatCategory: 'B',
  vatRateBp: 2200
})

describe('VAT category B (split payment)', () => {
  it('0052 widens the CHECKs of a store at the previous version without touching its rows', async () => {
    const before = migrations.slice(
      0,
      migrations.findIndex((m) => m.name === '0052_documents')
    )
    expect(before).toHaveLength(migrations.length - 1)
    const desk = await openTestDesk({ open: { migrations: before } })
    desks.push(desk)
    const seed = await seedDocuments(desk)
    const created = await desk.call('documents.createDraft', { document: draft(seed) })
    await desk.call('documents.issue', { id: created.id })
    // At the previous version a B line is refused by the store itself.
    const draftId = (await desk.call('documents.createDraft', { document: draft(seed) })).id
    const insertDraftLine = (category: string) =>
      desk.store.sqlite
        .prepare(
          `insert into document_lines (document_id, position, description, quantity_milli, unit_price_ten_thousandths,
             discount_bp, vat_category, vat_rate_bp, gross_cents, discount_cents, net_cents)
           values (?, 99, 'x', 1000, 10000, 0, ?, 2200, 100, 0, 100)`
        )
        .run(draftId, category)
    expect(() => insertDraftLine('B')).toThrow(/CHECK constraint failed/)
    const dump = (sqlite: typeof desk.store.sqlite) =>
      [
        'documents',
        'document_lines',
        'document_allowances_charges',
        'customers',
        'products',
        'record_chain'
      ].map((table) => sqlite.prepare(`select * from ${table} order by rowid`).all())
    const rowsBefore = dump(desk.store.sqlite)
    const tablesBefore = desk.store.sqlite
      .prepare("select name, sql from sqlite_schema where type = 'table' order by name")
      .all() as Array<{ name: string; sql: string }>
    await desk.store.close()

    const store = await openStore(desk.databasePath, { backupFolder: desk.folder.file('backups') })
    try {
      const sqlite = store.sqlite
      expect(sqlite.pragma('user_version', { simple: true })).toBe(migrations.length)
      expect(dump(sqlite)).toEqual(rowsBefore)
      const report = verifyChain(sqlite)
      expect(report.problem).toBeNull()
      expect(report.ok).toBe(true)
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      // Exactly the four tables changed, each only by the widened list.
      const tablesAfter = sqlite
        .prepare("select name, sql from sqlite_schema where type = 'table' order by name")
        .all() as Array<{ name: string; sql: string }>
      const changed = tablesAfter.filter((t, i) => t.sql !== tablesBefore[i].sql)
      expect(changed.map((t) => t.name)).toEqual([
        'customers',
        'document_allowances_charges',
        'document_lines',
        'products'
      ])
      for (const t of changed)
        expect(t.sql).toBe(
          tablesBefore
            .find((b) => b.name === t.name)
            ?.sql.replace(`('S', 'Z', 'E', 'AE', 'K', 'G', 'O')`, `('S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'B')`)
        )
      const insert = (category: string) =>
        sqlite
          .prepare(
            `insert into document_lines (document_id, position, description, quantity_milli, unit_price_ten_thousandths,
               discount_bp, vat_category, vat_rate_bp, gross_cents, discount_cents, net_cents)
             values (?, 99, 'x', 1000, 10000, 0, ?, 2200, 100, 0, 100)`
          )
          .run(draftId, category)
      expect(() => insert('B')).not.toThrow()
      expect(() => insert('Q')).toThrow(/CHECK constraint failed/)
      expect(() => sqlite.prepare("update customers set default_vat_category = 'B'").run()).not.toThrow()
      expect(() => sqlite.prepare("update customers set default_vat_category = 'Q'").run()).toThrow(/CHECK/)
    } finally {
      await store.close()
    }
  })

  it('0052 fails clearly, changing nothing, when a table does not hold the list exactly once', async () => {
    const before = migrations.slice(
      0,
      migrations.findIndex((m) => m.name === '0052_documents')
    )
    const desk = await openTestDesk({ open: { migrations: before } })
    desks.push(desk)
    // A products table whose CHECK was already changed by hand (another list).
    desk.store.sqlite.exec(`alter table products rename to products_old`)
    desk.store.sqlite.exec(
      `create table products (id integer primary key, vat_category text check (vat_category in ('S')))`
    )
    const schema = desk.store.sqlite.prepare('select sql from sqlite_schema order by name').pluck().all()
    await desk.store.close()
    await expect(openStore(desk.databasePath, { backupFolder: desk.folder.file('backups') })).rejects.toThrow(
      /occurs 0 times in the schema of products, expected once/
    )
    const store = await openStore(desk.databasePath, {
      migrations: before,
      backupFolder: desk.folder.file('backups')
    })
    try {
      expect(store.sqlite.prepare('select sql from sqlite_schema order by name').pluck().all()).toEqual(
        schema
      )
      expect(store.sqlite.pragma('user_version', { simple: true })).toBe(before.length)
    } finally {
      await store.close()
    }
  })

  it('a B invoice between Italian parties prints the split-payment wording under its VAT breakdown', async () => {
    const desk = await openTestDesk()
    desks.push(desk)
    const seed = await seedDocuments(desk)
    const buyerId = await italian(desk)
    const created = await desk.call('documents.createDraft', {
      document: draft(seed, { customerId: buyerId, currency: 'EUR', lines: [bLine] })
    })
    const doc = await desk.call('documents.issue', { id: created.id })
    // 2 × 100.00 at 22 %: computed here.
    expect([doc.netCents, doc.vatCents, doc.totalCents]).toEqual([20_000, 4_400, 24_400])
    expect(doc.vatBreakdown.map((r) => [r.vatCategory, r.vatRateBp])).toEqual([['B', 2200]])
    const text = pdfText((await desk.call('documents.pdf', { id: doc.id })).bytes).replace(/\s+/g, ' ')
    expect(text).toContain(
      'B: Split payment: VAT paid by the public buyer to the treasury (Art. 17-ter DPR 633/1972)'
    )
  })

  it('NAV refuses to report a document with a B line (Hungarian VAT has no split payment)', async () => {
    const desk = await openTestDesk()
    desks.push(desk)
    const seed = await seedDocuments(desk)
    const buyerId = await italian(desk)
    const created = await desk.call('documents.createDraft', {
      document: draft(seed, { customerId: buyerId, currency: 'EUR', lines: [bLine] })
    })
    const doc = await desk.call('documents.issue', { id: created.id })
    const error = await navSource(desk.store.db, doc.id).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).message).toBe(englishMessage({ key: 'navSplitPayment' }))
  })

  it('VERI*FACTU refuses to record a document with a B line (Spanish VAT has no split payment)', async () => {
    const { desk, seed } = await spanishDesk()
    desks.push(desk)
    // VERI*FACTU is on (Spanish NIF); the company is registered in Italy, so B passes the domestic check.
    const buyerId = await italian(desk, { taxId: 'ESB12345674' })
    const created = await desk.call('documents.createDraft', {
      document: draft(seed, { customerId: buyerId, currency: 'EUR', lines: [bLine] })
    })
    const error = await desk.fail('documents.issue', { id: created.id })
    expect(error.code).toBe('conflict')
    expect(error.message).toBe(englishMessage({ key: 'verifactuSplitPayment' }))
    // The same document with a standard-rated line is recorded.
    const plain = await desk.call('documents.createDraft', {
      document: draft(seed, { customerId: buyerId, currency: 'EUR', lines: [{ ...bLine, vatCategory: 'S' }] })
    })
    await desk.call('documents.issue', { id: plain.id })
    expect(
      desk.store.sqlite
        .prepare('select count(*) from verifactu_records where document_id = ?')
        .pluck()
        .get(plain.id)
    ).toBe(1)
  })
})
