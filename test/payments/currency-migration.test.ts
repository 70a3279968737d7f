/**
 * Upgrading a database released with 0012_nav (its guards from 0009 in place) to 0013_currencies:
 * existing payments take the currency of the documents they paid (else the default currency),
 * debit notes that re-billed a return's bank fee become fees, and the guards still hold after.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../../src/main/db/open'
import { migrations } from '../../src/main/db/migrations'
import { tempFolder, type TempFolder } from '../support/fixtures'

let folder: TempFolder
// Unassigned when a test failed before making its folder.
afterEach(() => (folder as TempFolder | undefined)?.remove())

describe('migration 0013_currencies on a database guarded by 0009', () => {
  it('gives existing payments their currency and debit notes their kind, and keeps the guards', async () => {
    folder = tempFolder()
    const path = folder.file('old.db')
    const before = migrations.filter((m) => m.name < '0013')
    expect(before.map((m) => m.name).at(-1)).toBe('0012_nav')
    const old = await openStore(path, { migrations: before, backupFolder: folder.file('backups') })
    const db = old.sqlite
    const now = '2026-01-01T00:00:00.000Z'
    db.prepare("insert into settings (key, value) values ('documents', ?)").run(
      JSON.stringify({ defaultCurrency: 'HUF' })
    )
    db.prepare(
      `insert into customers (code, name, sort_name, status, tax_id, payment_terms_days, preferred_payment_method, product_notes, notes, search_text, created_at, updated_at)
       values ('C-1', 'Őrség Kft.', 'orseg kft.', 'active', '', 30, 'bank_transfer', '', '', '', ?, ?)`
    ).run(now, now)
    const insertDoc = db.prepare(
      `insert into documents (type, status, customer_id, customer_code, customer_name, customer_tax_id, currency, payment_method, corrects_id, net_cents, vat_cents, total_cents, created_at, updated_at)
       values (?, 'draft', 1, 'C-1', 'Őrség Kft.', '', ?, 'bank_transfer', ?, ?, 0, ?, ?, ?)`
    )
    const issue = db.prepare(
      `update documents set number = ?, series_year = 2026, sequence = ?, status = 'issued', issue_date = '2026-01-05', due_date = '2026-02-04', issued_at = ? where id = ?`
    )
    const make = (type: string, currency: string, total: number, number: string, corrects: number | null) => {
      const id = Number(insertDoc.run(type, currency, corrects, total, total, now, now).lastInsertRowid)
      issue.run(number, id, now, id)
      return id
    }
    const eurInvoice = make('invoice', 'EUR', 100_00, 'INV-2026-00001', null)
    const hufInvoice = make('invoice', 'HUF', 50_000, 'INV-2026-00002', null)
    const feeNote = make('debit_note', 'EUR', 3_00, 'DBN-2026-00001', eurInvoice)
    const priceNote = make('debit_note', 'EUR', 7_00, 'DBN-2026-00002', eurInvoice)
    const insertPayment = db.prepare(
      `insert into payments (customer_id, payment_date, amount_cents, method, created_at, created_by) values (1, '2026-01-10', ?, 'bank_transfer', ?, 'test')`
    )
    const allocate = db.prepare(
      `insert into payment_allocations (payment_id, document_id, amount_cents, allocated_on, created_at) values (?, ?, ?, '2026-01-10', ?)`
    )
    const toEur = Number(insertPayment.run(40_00, now).lastInsertRowid)
    allocate.run(toEur, eurInvoice, 40_00, now)
    const toHuf = Number(insertPayment.run(20_000, now).lastInsertRowid)
    allocate.run(toHuf, hufInvoice, 20_000, now)
    const unallocated = Number(insertPayment.run(9_99, now).lastInsertRowid)
    const returned = Number(insertPayment.run(10_00, now).lastInsertRowid)
    db.prepare(
      `insert into payment_returns (payment_id, return_date, reason, bank_fee_cents, rebilled, debit_note_id, created_at, created_by)
       values (?, '2026-01-12', 'insufficient_funds', 300, 1, ?, ?, 'test')`
    ).run(returned, feeNote, now)
    await old.close()

    const store = await openStore(path, { backupFolder: folder.file('backups') })
    try {
      const s = store.sqlite
      const currencies = Object.fromEntries(
        (s.prepare('select id, currency from payments').all() as Array<{ id: number; currency: string }>).map(
          (r) => [r.id, r.currency]
        )
      )
      // Paid documents decide; a payment that paid nothing takes the default currency (HUF here).
      expect(currencies).toEqual({ [toEur]: 'EUR', [toHuf]: 'HUF', [unallocated]: 'HUF', [returned]: 'HUF' })
      const kinds = s
        .prepare('select id, debit_kind as kind from documents where type = ? order by id')
        .all('debit_note')
      expect(kinds).toEqual([
        { id: feeNote, kind: 'fee' },
        { id: priceNote, kind: 'price_correction' }
      ])

      // The guards of 0009 still hold, and the new columns are frozen too.
      expect(() => s.prepare("update payments set currency = 'EUR' where id = ?").run(toHuf)).toThrow(
        /cannot be changed/
      )
      expect(() => s.prepare('update payments set amount_cents = 1 where id = ?').run(toHuf)).toThrow(
        /cannot be changed/
      )
      expect(() => s.prepare("update documents set debit_kind = 'fee' where id = ?").run(priceNote)).toThrow(
        /cannot be changed/
      )
      expect(() => s.prepare("update documents set currency = 'HUF' where id = ?").run(eurInvoice)).toThrow(
        /cannot be changed/
      )
      // A EUR payment cannot go onto the HUF invoice.
      expect(() => allocateAfter(s, toEur, hufInvoice)).toThrow(/its own currency/)
      // The new append-only tables refuse a REPLACE like the others.
      s.prepare(
        `insert into document_exchange_rates (document_id, currency, accounting_currency, rate, rate_date, created_at)
         values (?, 'HUF', 'EUR', '400', '2026-01-05', ?)`
      ).run(hufInvoice, now)
      expect(() =>
        s
          .prepare(
            `insert or replace into document_exchange_rates (document_id, currency, accounting_currency, rate, rate_date, created_at)
             values (?, 'HUF', 'EUR', '1', '2026-01-05', ?)`
          )
          .run(hufInvoice, now)
      ).toThrow(/cannot be replaced/)
    } finally {
      await store.close()
    }
  })
})

function allocateAfter(
  s: { prepare(sql: string): { run(...args: unknown[]): unknown } },
  paymentId: number,
  documentId: number
) {
  s.prepare(
    `insert into payment_allocations (payment_id, document_id, amount_cents, allocated_on, created_at) values (?, ?, 1, '2026-01-10', '2026-01-10')`
  ).run(paymentId, documentId)
}
