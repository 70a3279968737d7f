/**
 * Issued documents are immutable: the API refuses edits and deletes, and so does the store
 * itself (triggers) when written to with raw SQL behind the application's back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { dumpDatabase } from '../support/dump'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { confirmedOrder, draft, issued, seedDocuments, type Seeded } from './helpers'

let desk: TestDesk
let seed: Seeded
let invoice: SalesDocument
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
  invoice = await issued(desk, seed)
})
afterEach(async () => {
  await desk.close()
})

const run =
  (sql: string, ...params: unknown[]) =>
  () =>
    desk.store.sqlite.prepare(sql).run(...params)

describe('through the API', () => {
  it('refuses to edit or delete an issued invoice, and changes nothing', async () => {
    const before = dumpDatabase(desk.store.sqlite)
    const edit = await desk.fail('documents.updateDraft', { id: invoice.id, document: draft(seed) })
    expect(edit.code).toBe('conflict')
    expect(edit.message).toMatch(/issued.*credit or debit note/)
    expect((await desk.fail('documents.deleteDraft', { id: invoice.id })).code).toBe('conflict')
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })
})

describe('in the store (raw SQL)', () => {
  it('refuses to delete an issued invoice or its lines', () => {
    expect(run('delete from documents where id = ?', invoice.id)).toThrow(
      /Issued documents cannot be deleted/
    )
    expect(run('delete from document_lines where document_id = ?', invoice.id)).toThrow(/cannot be deleted/)
  })

  it('refuses to change the money, lines, customer snapshot, dates or number', () => {
    for (const [column, value] of [
      ['total_cents', 1],
      ['net_cents', 1],
      ['customer_name', 'Someone else'],
      ['customer_id', 999],
      ['billing_city', 'Budapest'],
      ['issue_date', '2026-01-01'],
      ['due_date', '2027-01-01'],
      ['number', 'INV-2026-99999'],
      ['sequence', 9],
      ['notes', 'changed'],
      ['payment_instructions', 'pay elsewhere'],
      ['seller_legal_name', 'Someone Else S.L.'],
      ['seller_iban', 'ES7620770024003102575766'],
      ['supply_date', '2026-01-01'],
      ['prepaid_cents', 1],
      ['corrected_number', 'INV-2026-00009']
    ] as const) {
      expect(run(`update documents set ${column} = ? where id = ?`, value, invoice.id), column).toThrow(
        /cannot be changed/
      )
    }
    expect(
      run('update document_lines set unit_price_ten_thousandths = 1 where document_id = ?', invoice.id)
    ).toThrow(/cannot be changed/)
    expect(
      run('update document_lines set quantity_milli = quantity_milli + 1 where document_id = ?', invoice.id)
    ).toThrow(/cannot be changed/)
    expect(
      run(
        `insert into document_lines (document_id, position, description, unit, quantity_milli, unit_price_ten_thousandths, discount_bp, vat_rate_bp, gross_cents, discount_cents, net_cents)
         values (?, 9, 'extra', '', 1000, 100, 0, 0, 100, 0, 100)`,
        invoice.id
      )
    ).toThrow(/cannot be changed/)
    expect(run("update document_lines set vat_category = 'E' where document_id = ?", invoice.id)).toThrow(
      /cannot be changed/
    )
    expect(
      run(
        `insert into document_allowances_charges (document_id, position, is_charge, amount_cents, reason, vat_category, vat_rate_bp)
         values (?, 0, 1, 500, 'Freight', 'S', 2100)`,
        invoice.id
      )
    ).toThrow(/cannot be changed/)
    expect(run('update documents set status = ? where id = ?', 'draft', invoice.id)).toThrow()
    const row = desk.store.sqlite
      .prepare('select total_cents, number, customer_name from documents where id = ?')
      .get(invoice.id)
    expect(row).toEqual({
      total_cents: invoice.totalCents,
      number: 'INV-2026-00001',
      customer_name: 'Győri Lőrinc és Fiai Kft.'
    })
  })

  it('allows only the forward status steps of estimates and orders', async () => {
    expect(run("update documents set status = 'draft', number = null where id = ?", invoice.id)).toThrow()
    const { estimate, order } = await confirmedOrder(desk, seed)
    expect(run("update documents set status = 'sent' where id = ?", estimate.id)).toThrow(
      /status change is not allowed/
    )
    expect(run("update documents set status = 'cancelled' where id = ?", estimate.id)).toThrow()
    expect(run("update documents set status = 'confirmed' where id = ?", order.id)).not.toThrow()
    expect(run("update documents set status = 'delivered' where id = ?", order.id)).not.toThrow()
    expect(run("update documents set status = 'confirmed' where id = ?", order.id)).toThrow(
      /status change is not allowed/
    )
    expect(run("update documents set status_reason = 'why not' where id = ?", order.id)).toThrow(
      /status change is not allowed/
    )
  })

  it('keeps deliveries and the numbering series append-only', async () => {
    const { order } = await confirmedOrder(desk, seed)
    await desk.call('orders.recordDelivery', {
      orderId: order.id,
      deliveryDate: '2026-03-03',
      note: '',
      lines: [{ lineId: order.lines[0].id, quantityMilli: 1000 }]
    })
    expect(run('update delivery_lines set quantity_milli = 5')).toThrow(/cannot be changed/)
    expect(run('delete from deliveries')).toThrow(/cannot be deleted/)
    expect(run("update document_series set next_sequence = 1 where type = 'invoice'")).toThrow(
      /cannot go back/
    )
    expect(run('delete from document_series')).toThrow(/cannot be deleted/)
  })

  it('still lets drafts be edited and deleted', async () => {
    const created = await desk.call('documents.createDraft', { document: draft(seed) })
    expect(run("update documents set notes = 'ok' where id = ?", created.id)).not.toThrow()
    expect(
      run('update document_lines set quantity_milli = 5 where document_id = ?', created.id)
    ).not.toThrow()
    expect(run('delete from documents where id = ?', created.id)).not.toThrow()
    expect(
      desk.store.sqlite
        .prepare('select count(*) as n from document_lines where document_id = ?')
        .get(created.id)
    ).toEqual({ n: 0 })
  })

  it('refuses an issued status without a number, and a number on a draft', async () => {
    const created = await desk.call('documents.createDraft', { document: draft(seed) })
    expect(run("update documents set status = 'issued' where id = ?", created.id)).toThrow(/CHECK/)
    expect(run("update documents set number = 'INV-2026-00077' where id = ?", created.id)).toThrow(/CHECK/)
    expect(run("update documents set status = 'sent' where id = ?", created.id)).toThrow(/CHECK/)
  })
})
