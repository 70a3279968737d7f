/**
 * The printed day sheet lists, under each visit, what that customer still owes (issue 11): each
 * open invoice with its number, due date and open amount after payments, oldest due first; paid
 * invoices and other customers' invoices are left out. Read back with pdftotext; the amounts left
 * open are worked out here from the totals and the payment.
 */
import { pdfText } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { issued, line } from '../documents/helpers'
import { openScheduleDesk, visit, type ScheduleDesk } from './support'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
})
afterEach(async () => {
  await s.desk.close()
})

/** A date as the English sheet prints it: 17 Mar 2026. */
const day = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${iso}T00:00:00Z`))
    .replace('Sept', 'Sep')
const amount = (cents: number) =>
  new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 }).format(cents / 100)

describe('open invoices on the printed day sheet', () => {
  it('prints each open invoice of the visited customer with its due date and what is left to pay', async () => {
    const seed = { customerId: s.ferreteria, productId: 0, executiveId: s.ana }
    const paid = await issued(s.desk, seed, { issueDate: '2026-01-15', lines: [line()] })
    const older = await issued(s.desk, seed, {
      issueDate: '2026-02-02',
      lines: [line({ quantityMilli: 10_000, unitPriceCents: 12_345 })]
    })
    const newer = await issued(s.desk, seed, {
      issueDate: '2026-02-20',
      lines: [line({ quantityMilli: 1000, unitPriceCents: 30_000 })]
    })
    const elsewhere = await issued(
      s.desk,
      { ...seed, customerId: s.moskva },
      {
        issueDate: '2026-02-25',
        lines: [line()]
      }
    )
    // The January invoice paid in full, 100.00 more on the next oldest (payments go oldest first).
    const paying = 100_00
    await s.desk.call('payments.record', {
      payment: {
        customerId: s.ferreteria,
        paymentDate: '2026-03-02',
        amountCents: paid.totalCents + paying,
        method: 'bank_transfer',
        reference: '',
        note: '',
        allocations: null
      }
    })
    // 10 × 123.45 = 1,234.50 at 21 % = 1,493.75 (less 100.00 paid); 300.00 at 21 % = 363.00.
    const olderOpen = 123_450 + Math.round((123_450 * 21) / 100) - paying
    const newerOpen = 30_000 + Math.round((30_000 * 21) / 100)
    expect([older.totalCents - paying, newer.totalCents]).toEqual([olderOpen, newerOpen])

    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T09:00:00Z', '2026-03-03T10:00:00Z', { purpose: 'Cobro pendiente' })
    })
    const file = await s.desk.call('schedule.daySheetPdf', { executiveId: s.ana, date: '2026-03-03' })
    const path = s.desk.folder.file('open.pdf')
    writeFileSync(path, file.bytes)
    const text = pdfText(path, { squeeze: 'nbsp' })

    const lines = [
      `Open invoice ${older.number}, due ${day(older.dueDate ?? '')}: ${amount(olderOpen)} EUR`,
      `Open invoice ${newer.number}, due ${day(newer.dueDate ?? '')}: ${amount(newerOpen)} EUR`
    ]
    for (const l of lines) expect(text).toContain(l)
    expect(text.indexOf(lines[0])).toBeLessThan(text.indexOf(lines[1]))
    expect(text.match(/Open invoice/g)).toHaveLength(2)
    expect(text).not.toContain(`${paid.number},`)
    expect(text).not.toContain(`${elsewhere.number},`)

    // A credit note for the whole newer invoice: it is no longer owed, and the sheet says so.
    const note = await s.desk.call('invoices.createCreditNote', { invoiceId: newer.id, reason: 'Devuelto' })
    await s.desk.call('documents.issue', { id: note.id })
    const again = await s.desk.call('schedule.daySheetPdf', { executiveId: s.ana, date: '2026-03-03' })
    const againPath = s.desk.folder.file('credited.pdf')
    writeFileSync(againPath, again.bytes)
    const credited = pdfText(againPath, { squeeze: 'nbsp' })
    expect(credited).toContain(lines[0])
    expect(credited).not.toContain(`${newer.number},`)
    expect(credited.match(/Open invoice/g)).toHaveLength(1)
  })
})
