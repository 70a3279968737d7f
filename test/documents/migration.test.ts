/**
 * Migration 0007 (issued documents that hold up) on a store with issued documents written by
 * the version before: prices become ten-thousandths, 0 % lines zero-rated, and the rebuilt
 * document_lines / delivery_lines keep their rows, ids, foreign keys, indexes and triggers.
 */
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore, type Store } from '../../src/main/db/open'
import { migrations } from '../../src/main/db/migrations/index'
import { tempFolder, type TempFolder } from '../support/fixtures'

let folder: TempFolder
let store: Store | undefined
afterEach(async () => {
  await store?.close()
  store = undefined
  folder.remove()
})

const before0007 = migrations.slice(
  0,
  migrations.findIndex((m) => m.name === '0007_document_legal')
)

function seedVersion6(sqlite: BetterSqlite3.Database): void {
  const now = '2026-02-01T10:00:00.000Z'
  sqlite
    .prepare(
      `insert into customers (code, name, sort_name, status, preferred_payment_method, search_text, created_at, updated_at)
       values ('C-1', 'Łukasz Őrs', 'lukasz ors', 'active', 'bank_transfer', '', ?, ?)`
    )
    .run(now, now)
  // Drafts first (lines may only be added to drafts), then issued the way the old program did.
  const doc = sqlite.prepare(
    `insert into documents (id, type, status, customer_id, customer_code, customer_name, customer_tax_id,
       issue_date, currency, payment_method, source_id, corrects_id, net_cents, vat_cents, total_cents, created_at, updated_at)
     values (?, ?, 'draft', 1, 'C-1', 'Łukasz Őrs', '', '2026-02-01', ?, 'bank_transfer', ?, ?, ?, ?, ?, ?, ?)`
  )
  const issue = sqlite.prepare(
    'update documents set number = ?, series_year = 2026, sequence = ?, status = ?, issued_at = ? where id = ?'
  )
  const line = sqlite.prepare(
    `insert into document_lines (id, document_id, position, description, unit, quantity_milli, unit_price_cents, discount_bp, vat_rate_bp,
       source_line_id, gross_cents, discount_cents, net_cents) values (?, ?, ?, ?, 'pc', ?, ?, 0, ?, ?, ?, 0, ?)`
  )
  doc.run(1, 'order', 'EUR', null, null, 1000, 210, 1210, now, now)
  line.run(1, 1, 0, 'Silla', 2000, 500, 2100, null, 1000, 1000)
  line.run(2, 1, 1, 'Libro', 1000, 0, 0, null, 0, 0)
  issue.run('ORD-2026-00001', 1, 'confirmed', now, 1)
  doc.run(2, 'invoice', 'EUR', 1, null, 1000, 210, 1210, now, now)
  line.run(3, 2, 0, 'Silla', 2000, 500, 2100, 1, 1000, 1000)
  issue.run('INV-2026-00001', 1, 'issued', now, 2)
  doc.run(3, 'credit_note', 'EUR', null, 2, 500, 105, 605, now, now)
  line.run(4, 3, 0, 'Silla', 1000, 500, 2100, 3, 500, 500)
  issue.run('CRN-2026-00001', 1, 'issued', now, 3)
  doc.run(4, 'invoice', 'JPY', null, null, 300, 0, 300, now, now)
  line.run(5, 4, 0, 'お茶', 1000, 300, 0, null, 300, 300)
  issue.run('INV-2026-00002', 2, 'issued', now, 4)
  sqlite
    .prepare(
      "insert into deliveries (id, order_id, sequence, delivery_date, created_at) values (1, 1, 1, '2026-02-02', ?)"
    )
    .run(now)
  sqlite
    .prepare('insert into delivery_lines (delivery_id, order_line_id, quantity_milli) values (1, 1, 2000)')
    .run()
}

describe('migration 0007_document_legal', () => {
  it('converts prices, keeps ids, links, deliveries, indexes and the store triggers', async () => {
    folder = tempFolder()
    const path = folder.file('old.db')
    const old = await openStore(path, { migrations: before0007, backupFolder: folder.file('backups') })
    seedVersion6(old.sqlite)
    const triggersBefore = (
      old.sqlite
        .prepare(
          "select name from sqlite_master where type = 'trigger' and tbl_name in ('document_lines', 'delivery_lines') order by name"
        )
        .all() as Array<{ name: string }>
    ).map((t) => t.name)
    expect(triggersBefore.length).toBeGreaterThanOrEqual(5)
    await old.close()

    store = await openStore(path, { backupFolder: folder.file('backups') })
    const sqlite = store.sqlite
    const lines = sqlite
      .prepare(
        'select id, document_id, source_line_id, quantity_milli, unit_price_ten_thousandths as price, vat_category, vat_rate_bp from document_lines order by id'
      )
      .all()
    expect(lines).toEqual([
      {
        id: 1,
        document_id: 1,
        source_line_id: null,
        quantity_milli: 2000,
        price: 50_000,
        vat_category: 'S',
        vat_rate_bp: 2100
      },
      {
        id: 2,
        document_id: 1,
        source_line_id: null,
        quantity_milli: 1000,
        price: 0,
        vat_category: 'Z',
        vat_rate_bp: 0
      },
      {
        id: 3,
        document_id: 2,
        source_line_id: 1,
        quantity_milli: 2000,
        price: 50_000,
        vat_category: 'S',
        vat_rate_bp: 2100
      },
      {
        id: 4,
        document_id: 3,
        source_line_id: 3,
        quantity_milli: 1000,
        price: 50_000,
        vat_category: 'S',
        vat_rate_bp: 2100
      },
      // Yen have no minor unit: 300 yen are 3 000 000 ten-thousandths.
      {
        id: 5,
        document_id: 4,
        source_line_id: null,
        quantity_milli: 1000,
        price: 3_000_000,
        vat_category: 'Z',
        vat_rate_bp: 0
      }
    ])
    expect(sqlite.prepare('select * from delivery_lines').all()).toEqual([
      { delivery_id: 1, order_line_id: 1, quantity_milli: 2000 }
    ])
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    const triggersAfter = (
      sqlite
        .prepare(
          "select name from sqlite_master where type = 'trigger' and tbl_name in ('document_lines', 'delivery_lines') order by name"
        )
        .all() as Array<{ name: string }>
    ).map((t) => t.name)
    // Every trigger is back (later migrations add their own).
    expect(triggersAfter).toEqual(expect.arrayContaining(triggersBefore))
    // The triggers work on the rebuilt tables.
    expect(() => sqlite.prepare('update document_lines set quantity_milli = 1 where id = 3').run()).toThrow(
      /cannot be changed/
    )
    expect(() => sqlite.prepare('delete from document_lines where id = 4').run()).toThrow(/cannot be deleted/)
    expect(() => sqlite.prepare('update delivery_lines set quantity_milli = 1').run()).toThrow(
      /cannot be changed/
    )
    // Foreign keys still point at the rebuilt table.
    expect(() =>
      sqlite
        .prepare('insert into delivery_lines (delivery_id, order_line_id, quantity_milli) values (1, 99, 1)')
        .run()
    ).toThrow(/FOREIGN KEY/)
    const indexes = (
      sqlite
        .prepare("select name from sqlite_master where type = 'index' and tbl_name = 'document_lines'")
        .all() as Array<{
        name: string
      }>
    ).map((i) => i.name)
    expect(indexes).toEqual(
      expect.arrayContaining(['document_lines_document', 'document_lines_source', 'document_lines_product'])
    )
    // Old documents: the whole total is due, the sum of lines is the net; no seller snapshot.
    expect(
      sqlite
        .prepare('select line_net_cents, payable_cents, seller_legal_name from documents where id = 2')
        .get()
    ).toEqual({ line_net_cents: 1000, payable_cents: 1210, seller_legal_name: null })
    // Negative lines are allowed now, zero quantities still are not.
    const draft = sqlite
      .prepare(
        `insert into documents (type, status, customer_id, customer_code, customer_name, customer_tax_id, currency, payment_method,
           net_cents, vat_cents, total_cents, created_at, updated_at) values ('invoice', 'draft', 1, 'C-1', 'x', '', 'EUR', 'card', 0, 0, 0, '', '')`
      )
      .run().lastInsertRowid
    const insertLine = sqlite.prepare(
      `insert into document_lines (document_id, position, description, quantity_milli, unit_price_ten_thousandths, discount_bp, vat_rate_bp, gross_cents, discount_cents, net_cents)
       values (?, 0, 'Anticipo', ?, 1000000, 0, 2100, -100, 0, -100)`
    )
    expect(() => insertLine.run(draft, -1000)).not.toThrow()
    expect(() => insertLine.run(draft, 0)).toThrow(/CHECK/)
  })
})
