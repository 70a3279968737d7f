/**
 * Upgrading a database that already has issued invoices, debit and credit notes (made before
 * 0006_payments existed): the receivables start from them, credit notes deducted, drafts and
 * estimates left out; the triggers then keep them right.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../../src/main/db/open'
import { migrations } from '../../src/main/db/migrations'
import { tempFolder, type TempFolder } from '../support/fixtures'

let folder: TempFolder
// Unassigned when a test failed before making its folder.
afterEach(() => (folder as TempFolder | undefined)?.remove())

describe('migration 0006_payments on an existing database', () => {
  it('builds the receivables from the documents issued before it', async () => {
    folder = tempFolder()
    const path = folder.file('old.db')
    const before = migrations.filter((m) => m.name < '0006')
    const old = await openStore(path, { migrations: before, backupFolder: folder.file('backups') })
    const db = old.sqlite
    const now = '2026-01-01T00:00:00.000Z'
    db.prepare(
      `insert into customers (code, name, sort_name, status, tax_id, payment_terms_days, preferred_payment_method, product_notes, notes, search_text, created_at, updated_at)
       values ('C-1', 'Őrség Kft.', 'orseg kft.', 'active', '', 30, 'bank_transfer', '', '', '', ?, ?)`
    ).run(now, now)
    const insertDoc = db.prepare(
      `insert into documents (type, status, customer_id, customer_code, customer_name, customer_tax_id, currency, payment_method, corrects_id, net_cents, vat_cents, total_cents, created_at, updated_at)
       values (?, 'draft', 1, 'C-1', 'Őrség Kft.', '', 'EUR', 'bank_transfer', ?, ?, 0, ?, ?, ?)`
    )
    const issue = db.prepare(
      `update documents set number = ?, series_year = 2026, sequence = ?, status = ?, issue_date = ?, due_date = ?, issued_at = ? where id = ?`
    )
    const make = (
      type: string,
      total: number,
      number: string,
      sequence: number,
      status: string,
      due: string | null,
      corrects: number | null = null
    ) => {
      const id = Number(insertDoc.run(type, corrects, total, total, now, now).lastInsertRowid)
      if (status !== 'draft') issue.run(number, sequence, status, '2026-01-05', due, now, id)
      return id
    }
    const invoice = make('invoice', 100_00, 'INV-2026-00001', 1, 'issued', '2026-02-04')
    make('credit_note', 30_00, 'CRN-2026-00001', 1, 'issued', null, invoice)
    make('debit_note', 5_00, 'DBN-2026-00001', 1, 'issued', '2026-02-04', invoice)
    make('invoice', 70_00, '', 0, 'draft', null)
    make('estimate', 10_00, 'EST-2026-00001', 1, 'sent', null)
    await old.close()

    const store = await openStore(path, { backupFolder: folder.file('backups') })
    try {
      const rows = store.sqlite
        .prepare(
          'select document_id as id, total_cents as total, credited_cents as credited, open_cents as open, due_date as due from receivables order by document_id'
        )
        .all()
      expect(rows).toEqual([
        { id: 1, total: 100_00, credited: 30_00, open: 70_00, due: '2026-02-04' },
        { id: 3, total: 5_00, credited: 0, open: 5_00, due: '2026-02-04' }
      ])
      // From now on the store keeps them: issuing the draft adds it.
      store.sqlite
        .prepare(
          "update documents set number = 'INV-2026-00002', series_year = 2026, sequence = 2, status = 'issued', issue_date = '2026-01-06', due_date = '2026-02-05', issued_at = ? where id = 4"
        )
        .run(now)
      expect(
        store.sqlite.prepare('select open_cents as open from receivables where document_id = 4').get()
      ).toEqual({ open: 70_00 })
    } finally {
      await store.close()
    }
  })
})
