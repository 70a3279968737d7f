/**
 * The line-less remainder credit note on the invoice page (issue 11), at 1366×768 with axe: an
 * invoice whose two lines were credited by notes drafted side by side still has its freight and
 * allowance open; the invoice page offers "Credit note", the dialog says what it will credit (no
 * lines to pick), and the draft it makes issues and closes the invoice (no credit note offered).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { address, customer } from '../support/fixtures'
import {
  draftInvoice,
  expectNoSeriousA11yViolations,
  openSession,
  present,
  setUpCompany,
  type Session
} from './harness'

let session: Session
let page: Page
let invoice: SalesDocument

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`)

async function offered(): Promise<string[]> {
  const buttons = await page.locator('[data-testid="document-actions"] [data-testid^="action-"]').all()
  const ids = await Promise.all(buttons.map(async (b) => present(await b.getAttribute('data-testid'))))
  return ids.map((id) => id.slice('action-'.length)).sort()
}

// 3 × 13.37 + 1 × 20.02 = 60.13; freight 15.00; allowance 3.01; all at 21 %: base 72.12, VAT 15.15.
// Credited side by side: 40.11 + 8.42 and 20.02 + 4.20. Left: 11.99 + (15.15 − 8.42 − 4.20) = 14.52.
const LEFT = 1500 - 301 + (1515 - Math.round(4011 * 0.21) - Math.round(2002 * 0.21))

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  await setUpCompany(session)
  const buyer = await session.store('customers.create', {
    customer: customer({
      name: 'Ferreteria Vidal S.L.',
      taxId: 'B87654323',
      billingAddress: address('Girona', { line1: 'Carrer Nou 3', postalCode: '17001', country: 'ES' }),
      documentLanguage: 'en'
    })
  })
  const draft = await draftInvoice(
    session,
    buyer.id,
    [
      { description: 'A', quantityMilli: 3000, unitPriceCents: 1337, vatRateBp: 2100 },
      { description: 'B', quantityMilli: 1000, unitPriceCents: 2002, vatRateBp: 2100 }
    ],
    {
      allowancesCharges: [
        { charge: true, amountCents: 1500, reason: 'Freight', vatCategory: 'S', vatRateBp: 2100 },
        { charge: false, amountCents: 301, reason: 'Loyalty discount', vatCategory: 'S', vatRateBp: 2100 }
      ]
    }
  )
  invoice = await session.store('documents.issue', { id: draft.id })
  const notes = []
  for (const l of invoice.lines)
    notes.push(
      await session.store('invoices.createCreditNote', {
        invoiceId: invoice.id,
        reason: 'Returned',
        lines: [{ lineId: l.id, quantityMilli: l.quantityMilli }]
      })
    )
  for (const n of notes) await session.store('documents.issue', { id: n.id })
}, 120_000)

afterAll(async () => {
  await session.close()
})

describe('the remainder credit note on the invoice page', () => {
  it('is offered, says what it credits, and the note it makes closes the invoice', async () => {
    expect(LEFT).toBe(1452)
    await session.open(`/invoices/${invoice.id}`)
    await page.locator('[data-testid="document-view"][data-status="issued"]').waitFor()
    await expect.poll(offered).toEqual(['creditNote', 'debitNote'])
    await expectNoSeriousA11yViolations(page)

    await byTestId('action-creditNote').click()
    const explain = byTestId('credit-remainder-explain')
    await explain.waitFor()
    expect(await explain.textContent()).toBe(
      'Every line of this invoice is credited; its freight, charges or allowances are not. The credit note credits them as they were on the invoice, with one line of 0.00 that names the invoice. It is made as a draft for you to check and issue.'
    )
    expect(await byTestId('correction-lines').count()).toBe(0)
    await expectNoSeriousA11yViolations(page)
    await byTestId('correction-reason').fill('Freight not owed')
    await byTestId('dialog-ok').click()

    await page.waitForURL((url) => {
      const match = /#\/invoices\/(\d+)$/.exec(url.href)
      return match !== null && Number(match[1]) !== invoice.id
    })
    const noteId = Number(present(/\/(\d+)$/.exec(page.url()))[1])
    await page.locator('[data-testid="document-form"][data-type="credit_note"]').waitFor()
    await expect.poll(() => byTestId('total-total').textContent()).toBe('€14.52')
    await expectNoSeriousA11yViolations(page)
    await byTestId('action-issue').click()
    await byTestId('confirm-ok').click()
    await page.locator('[data-testid="document-view"][data-status="issued"]').waitFor()

    const note = await session.store('documents.get', { id: noteId })
    expect(note).toMatchObject({ type: 'credit_note', totalCents: LEFT, reason: 'Freight not owed' })
    expect(note.lines.map((l) => [l.description, l.netCents])).toEqual([
      [`Freight and charges of invoice ${present(invoice.number)}`, 0]
    ])
    expect(note.allowancesCharges.map((ac) => [ac.charge, ac.amountCents])).toEqual([
      [true, 1500],
      [false, 301]
    ])
    // The invoice is fully credited: nothing left to credit, nothing owed.
    await session.open(`/invoices/${invoice.id}`)
    await page.locator('[data-testid="document-view"][data-status="issued"]').waitFor()
    await expect.poll(offered).toEqual(['debitNote'])
    const open = await session.store('receivables.document', { id: invoice.id })
    expect(open.item?.openCents ?? 0).toBe(0)
  }, 120_000)
})
