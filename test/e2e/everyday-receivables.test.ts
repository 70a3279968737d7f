/**
 * Issue 13 items 5 and 13 through the real UI at 1366×768 (the list also at 1920×1080): the
 * invoice list tells unpaid, part paid, paid, overdue and credited apart, shows what is open per
 * currency, filters by it and exports it in words; the invoice page records a payment; the
 * overdue and returned lists have totals, an executive filter and an Excel export.
 */
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import type { PaymentStatus } from '../../src/shared/schemas/document-list'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import {
  expectNoSeriousA11yViolations,
  openSession,
  present,
  type Session,
  setUpCompany,
  daysAgo,
  draftInvoice
} from './harness'

let session: Session
let page: Page

interface Known {
  doc: SalesDocument
  paid: number
  credited: number
}
const known: Known[] = []
let customerId = 0
let otherCustomerId = 0
let executiveId = 0

async function invoice(
  cents: number,
  options: { daysAgo?: number; currency?: string; customer?: number } = {}
) {
  const draft = await draftInvoice(
    session,
    options.customer ?? customerId,
    [{ description: 'Manteniment anual', unitPriceCents: cents }],
    {
      issueDate: options.daysAgo === undefined ? null : daysAgo(options.daysAgo),
      currency: options.currency ?? 'EUR'
    }
  )
  const doc = await session.store('documents.issue', { id: draft.id })
  const k = { doc, paid: 0, credited: 0 }
  known.push(k)
  return k
}

async function pay(k: Known, cents: number) {
  await session.store('payments.record', {
    payment: {
      customerId: k.doc.customerId,
      paymentDate: daysAgo(0),
      amountCents: cents,
      currency: k.doc.currency,
      method: 'bank_transfer',
      reference: '',
      note: '',
      allocations: [{ documentId: k.doc.id, amountCents: cents }]
    }
  })
  k.paid += cents
}

/** The rule of the issue written out again: credited, paid, overdue, part paid, unpaid. */
function expectedStatus(k: Known): PaymentStatus {
  const open = k.doc.totalCents - k.paid - k.credited
  if (k.credited > 0 && k.credited >= k.doc.totalCents) return 'credited'
  if (open <= 0) return 'paid'
  if (present(k.doc.dueDate) < daysAgo(0)) return 'overdue'
  return k.paid > 0 || k.credited > 0 ? 'part_paid' : 'unpaid'
}
const openOf = (k: Known) => k.doc.totalCents - k.paid - k.credited
const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100)

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  await setUpCompany(session, {
    legalName: 'Col·legi Català S.L.',
    addressLine1: 'Carrer de Balmes 12',
    postalCode: '08008',
    iban: 'ES91 2100 0418 4502 0005 1332',
    bic: 'CAIXESBBXXX'
  })
  executiveId = (
    await session.store('executives.create', {
      executive: { name: 'Núria Puig', email: 'nuria@example.com', phone: '', active: true }
    })
  ).id
  customerId = (
    await session.store('customers.create', {
      customer: { ...emptyCustomer(), name: 'Győri Lőrinc Kft.', paymentTermsDays: 30, executiveId }
    })
  ).id
  otherCustomerId = (
    await session.store('customers.create', {
      customer: { ...emptyCustomer(), name: 'Ооо Ромашка', paymentTermsDays: 10 }
    })
  ).id
  // Oldest first: numbers follow the issue dates.
  await invoice(1_000_00, { daysAgo: 60 })
  await invoice(700_00, { daysAgo: 50, customer: otherCustomerId })
  const credited = await invoice(150_00, { daysAgo: 10 })
  const paid = await invoice(200_00)
  const part = await invoice(500_00)
  await invoice(80_00)
  await invoice(9_990_00, { currency: 'HUF' })
  await pay(paid, 200_00)
  await pay(part, 100_00)
  const note = await session.store('invoices.createCreditNote', {
    invoiceId: credited.doc.id,
    reason: 'Devolució'
  })
  await session.store('documents.issue', { id: note.id })
  credited.credited = credited.doc.totalCents
}, 120_000)

afterAll(async () => {
  await session.close()
})

async function shownStatuses(): Promise<Map<string, string | null>> {
  const rows = session.byTestId('document-row')
  const shown = new Map<string, string | null>()
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i)
    const number = present(await row.locator('.mono').textContent())
    shown.set(number, await row.locator('[data-testid="document-payment"]').getAttribute('data-payment'))
  }
  return shown
}

describe('payment status in the invoice list', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 }
  ]) {
    it(`shows each invoice's payment and what is open per currency at ${viewport.width}×${viewport.height}`, async () => {
      await page.setViewportSize(viewport)
      await session.open('/invoices')
      await expect.poll(() => session.byTestId('document-row').count()).toBe(known.length)
      const expected = new Map(known.map((k) => [present(k.doc.number), expectedStatus(k)]))
      await expect.poll(shownStatuses).toEqual(expected)
      // Every status of the issue is in this list, and its label is not clipped.
      expect(new Set(expected.values()).size).toBe(5)
      for (const badge of await session.byTestId('document-payment').all()) {
        // Typed loosely: the node tsconfig has no DOM types.
        const fits = await badge.evaluate(
          (el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth <= el.clientWidth + 1
        )
        expect(fits, (await badge.textContent()) ?? '').toBe(true)
      }
      const row = session.byTestId('document-row').filter({ hasText: present(known[4].doc.number) })
      expect(await row.locator('[data-testid="document-open"]').textContent()).toBe(
        money(openOf(known[4]), 'EUR')
      )

      const sums = new Map<string, number>()
      for (const k of known)
        if (openOf(k) > 0) sums.set(k.doc.currency, (sums.get(k.doc.currency) ?? 0) + openOf(k))
      const totals = present(await session.byTestId('document-open-totals').textContent())
      for (const [currency, cents] of sums) expect(totals).toContain(money(cents, currency))
      await expectNoSeriousA11yViolations(page)
    })
  }

  it('filters by payment status and exports the statuses in words', async () => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await session.open('/invoices')
    await page.locator('#document-payment').selectOption('overdue')
    const overdue = known.filter((k) => expectedStatus(k) === 'overdue').map((k) => present(k.doc.number))
    await expect.poll(async () => [...(await shownStatuses()).keys()].sort()).toEqual(overdue.sort())
    expect(await session.byTestId('document-open-totals').textContent()).toContain(
      money(
        known.filter((k) => expectedStatus(k) === 'overdue').reduce((s, k) => s + openOf(k), 0),
        'EUR'
      )
    )

    await page.locator('#document-payment').selectOption('all')
    await expect.poll(() => session.byTestId('document-row').count()).toBe(known.length)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      session.byTestId('export-xlsx').click()
    ])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(await download.path())
    const sheet = present(workbook.getWorksheet('Invoices'))
    const header: string[] = []
    sheet.getRow(1).eachCell((c) => header.push(c.text))
    const col = (name: string) => header.indexOf(name) + 1
    const words: Record<PaymentStatus, string> = {
      unpaid: 'Unpaid',
      part_paid: 'Part paid',
      paid: 'Paid',
      overdue: 'Overdue',
      credited: 'Credited'
    }
    expect(sheet.rowCount).toBe(known.length + 1)
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r)
      const k = present(known.find((x) => x.doc.number === row.getCell(col('Number')).value))
      expect(row.getCell(col('Status')).value).toBe('Issued')
      expect(row.getCell(col('Payment')).value).toBe(words[expectedStatus(k)])
      expect(row.getCell(col('Open')).value).toBe(openOf(k) / 100)
    }
  })
})

async function download(button: string): Promise<ExcelJS.Workbook> {
  const [file] = await Promise.all([page.waitForEvent('download'), session.byTestId(button).click()])
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(await file.path())
  return workbook
}

describe('receivables basics', () => {
  it('records a payment from the invoice page, for what the invoice still owes', async () => {
    await page.setViewportSize({ width: 1366, height: 768 })
    const part = known[4]
    expect(expectedStatus(part)).toBe('part_paid')
    await session.open(`/invoices/${String(part.doc.id)}`)
    await session.byTestId('document-record-payment').click()
    const dialog = session.byTestId('record-payment-dialog')
    await dialog.waitFor()
    // The amount and the allocation are this invoice's open amount.
    expect(await dialog.locator('[data-testid="payment-amount"]').inputValue()).toBe(
      (openOf(part) / 100).toFixed(2)
    )
    await expectNoSeriousA11yViolations(page)
    await dialog.locator('[data-testid="payment-reference"]').fill('TRF 4711')
    await dialog.locator('[data-testid="dialog-ok"]').click()
    await session.byTestId('document-payment-recorded').waitFor()
    const after = await session.store('receivables.document', { id: part.doc.id })
    expect(after.item).toMatchObject({ openCents: 0, status: 'paid' })
    part.paid = part.doc.totalCents
    await expect.poll(() => session.byTestId('document-record-payment').count()).toBe(0)
    expect(await session.byTestId('payment-status').first().textContent()).toBe('Paid')
  })

  it('lists what is overdue with its total per currency, by executive, and exports it', async () => {
    await session.open('/payments/overdue')
    const overdue = known.filter((k) => expectedStatus(k) === 'overdue')
    await expect.poll(() => session.byTestId('overdue-row').count()).toBe(overdue.length)
    const sum = overdue.reduce((s, k) => s + openOf(k), 0)
    expect(await session.byTestId('overdue-totals').textContent()).toContain(money(sum, 'EUR'))
    await expectNoSeriousA11yViolations(page)

    await page.locator('#overdue-executive').selectOption(String(executiveId))
    const mine = overdue.filter((k) => k.doc.customerId === customerId)
    await expect.poll(() => session.byTestId('overdue-row').count()).toBe(mine.length)
    expect(await session.byTestId('overdue-totals').textContent()).toContain(
      money(
        mine.reduce((s, k) => s + openOf(k), 0),
        'EUR'
      )
    )
    const sheet = present((await download('export-xlsx')).getWorksheet('Overdue'))
    expect(sheet.rowCount).toBe(mine.length + 1)
    expect(sheet.getRow(2).getCell(1).value).toBe(mine[0].doc.number)
    expect(sheet.getRow(2).getCell(9).value).toBe(openOf(mine[0]) / 100)
  })

  it('lists returned payments with their total per currency, by executive, and exports them', async () => {
    for (const [customer, cents] of [
      [customerId, 40_00],
      [otherCustomerId, 65_00]
    ]) {
      const p = await session.store('payments.record', {
        payment: {
          customerId: customer,
          paymentDate: daysAgo(0),
          amountCents: cents,
          // Direct debit needs a mandate on the customer; a transfer can come back too.
          method: 'bank_transfer',
          currency: 'EUR',
          reference: '',
          note: '',
          allocations: []
        }
      })
      await session.store('payments.return', {
        id: p.id,
        returnDate: daysAgo(0),
        reason: 'wrong_account',
        bankFeeCents: 0,
        rebill: false,
        note: ''
      })
    }
    await session.open('/payments/investigations')
    await expect.poll(() => session.byTestId('investigation-row').count()).toBe(2)
    expect(await session.byTestId('investigation-totals').textContent()).toContain(money(105_00, 'EUR'))
    await expectNoSeriousA11yViolations(page)
    await page.locator('#investigation-executive').selectOption(String(executiveId))
    await expect.poll(() => session.byTestId('investigation-row').count()).toBe(1)
    expect(await session.byTestId('investigation-totals').textContent()).toContain(money(40_00, 'EUR'))
    const sheet = present((await download('export-xlsx')).getWorksheet('Returned payments'))
    expect(sheet.rowCount).toBe(2)
    expect(sheet.getRow(2).getCell(6).value).toBe(40)
    expect(sheet.getRow(2).getCell(8).value).toBe('Wrong account')
  })
})
