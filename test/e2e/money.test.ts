/**
 * Money through the real UI at 1366×768 (issue 12). The aged receivables as of a past date,
 * exported to Excel, read back with exceljs and compared with a ledger worked out in this test
 * from the dates and amounts it wrote (an invoice issued later, a payment and a credit note made
 * later do not count); it runs first, as its invoices are dated earlier and numbers follow dates.
 * Then an exchange rate entered in Settings and corrected, while a dollar invoice keeps the rate
 * frozen at its issue (its page shows the rate, and its VAT and total in euros); and the ECB's
 * reference-rates file imported there, or refused with its faulty line; a list that cannot be read
 * says so.
 */
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { regionFormatter } from '../../src/shared/region'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import {
  expectNoSeriousA11yViolations,
  openSession,
  present,
  type Session,
  setUpCompany,
  daysAgo,
  draftInvoice,
  whileUnreachable
} from './harness'

let session: Session
let page: Page
const store: Session['store'] = (method, input) => session.store(method, input)
const byTestId = (id: string) => session.byTestId(id)

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  await setUpCompany(session, {
    legalName: 'Col·legi Català S.L.',
    addressLine1: 'Carrer de Balmes 12',
    postalCode: '08008'
  })
}, 60_000)

afterAll(async () => {
  await session.close()
})

async function customer(name: string, paymentTermsDays: number): Promise<number> {
  return (await store('customers.create', { customer: { ...emptyCustomer(), name, paymentTermsDays } })).id
}

/** An issued invoice of one line at 0 % VAT (so net = total) or 21 %. */
async function invoice(
  customerId: number,
  issueDate: string,
  cents: number,
  options: { currency?: string; vatRateBp?: number } = {}
) {
  const draft = await draftInvoice(
    session,
    customerId,
    [{ description: 'Assessorament', unitPriceCents: cents, vatRateBp: options.vatRateBp ?? 0 }],
    { currency: options.currency }
  )
  return store('documents.issue', { id: draft.id, issueDate })
}

/** Enters a rate in Settings → Exchange rates the way a user does, and waits for the saved banner. */
async function enterRate(date: string, currency: string, rate: string): Promise<void> {
  const section = byTestId('exchange-rates')
  await section.locator('#rate-date').fill(date)
  await section.locator('[data-testid="rate-currency"]').fill(currency)
  await section.locator('[data-testid="rate-value"]').fill(rate)
  await section.locator('[data-testid="rate-save"]').click()
  await section.locator('[data-testid="banner-success"]').waitFor()
}

describe('aged receivables as of a past date, end to end', () => {
  it('exports what was open at the end of that day, in the buckets of that day', async () => {
    const asOfDaysAgo = 20
    const asOf = daysAgo(asOfDaysAgo)
    const terms = 30
    const debtor = await customer('Ferreteria Puigcerdà SL', terms)
    // The ledger, as [days ago, amount in cents]; every invoice at 0 % VAT, due `terms` days after issue.
    const old = await invoice(debtor, daysAgo(100), 100_000)
    const recent = await invoice(debtor, daysAgo(40), 50_000)
    const afterwards = await invoice(debtor, daysAgo(10), 70_000)
    await store('payments.record', {
      payment: {
        customerId: debtor,
        paymentDate: daysAgo(50),
        amountCents: 30_000,
        method: 'bank_transfer',
        reference: 'TRF 300',
        note: '',
        allocations: [{ documentId: old.id, amountCents: 30_000 }]
      }
    })
    // Made after the date: the rest of the recent invoice paid, and 100.00 of the old one credited.
    await store('payments.record', {
      payment: {
        customerId: debtor,
        paymentDate: daysAgo(5),
        amountCents: 50_000,
        method: 'bank_transfer',
        reference: 'TRF 500',
        note: '',
        allocations: [{ documentId: recent.id, amountCents: 50_000 }]
      }
    })
    const credit = await store('invoices.createCreditNote', {
      invoiceId: old.id,
      reason: 'Descompte pactat',
      lines: [{ lineId: present(old.lines[0]).id, quantityMilli: 100 }]
    })
    await store('documents.issue', { id: credit.id, issueDate: daysAgo(2) })
    expect(afterwards.totalCents).toBe(70_000)

    // At the end of `asOf`: the old invoice owed 1 000.00 − 300.00, due 70 days ago, so 50 days
    // late (31–60); the recent one owed 500.00, due 10 days ago, so not yet due on that day.
    const daysLate = (issuedDaysAgo: number) => issuedDaysAgo - terms - asOfDaysAgo
    expect(daysLate(100)).toBe(50)
    expect(daysLate(40)).toBeLessThan(0)
    const expected = { current: 500, days31to60: 700, total: 1200 }

    await session.open('/payments/aged')
    await byTestId('aged-as-of').fill(asOf)
    await byTestId('aged-total').filter({ hasText: '1,200.00' }).waitFor()
    await expectNoSeriousA11yViolations(page)

    const [file] = await Promise.all([page.waitForEvent('download'), byTestId('export-xlsx').click()])
    expect(file.suggestedFilename()).toBe(`aged-receivables-${asOf}.xlsx`)
    const path = join(session.folder, file.suggestedFilename())
    await file.saveAs(path)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path)
    const sheet = present(workbook.getWorksheet('Aged receivables'))
    const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)
    const column = (name: string) => headers.indexOf(name) + 1
    let found = 0
    sheet.eachRow((row, n) => {
      if (n === 1 || row.getCell(2).value !== 'Ferreteria Puigcerdà SL') return
      found++
      expect(row.getCell(3).value).toBe('EUR')
      expect(row.getCell(column('Current')).value).toBe(expected.current)
      expect(row.getCell(column('1–30 days')).value).toBe(0)
      expect(row.getCell(column('31–60 days')).value).toBe(expected.days31to60)
      expect(row.getCell(column('Over 90 days')).value).toBe(0)
      expect(row.getCell(column('Total open')).value).toBe(expected.total)
    })
    expect(found).toBe(1)
    const totals = sheet.getRow(sheet.rowCount)
    // The date is written the company's region's way (its order; month words, if any, in English).
    const region = await session.store('region.get', {})
    expect(totals.getCell(1).value).toBe(`As of ${regionFormatter(region.format, 'en-GB').date(asOf)}`)
    expect((totals.getCell(column('Total open')).value as ExcelJS.CellFormulaValue).result).toBe(
      expected.total
    )
  })
})

describe('exchange rates, end to end', () => {
  it('adds a rate, corrects it, and a dollar invoice keeps the rate frozen at its issue', async () => {
    const rateDay = daysAgo(3)
    await session.open('/settings')
    await byTestId('exchange-rates').waitFor()
    await enterRate(rateDay, 'USD', '1.25')
    const rows = byTestId('rate-row')
    await rows.filter({ hasText: 'USD' }).filter({ hasText: '1.25' }).waitFor()
    await expectNoSeriousA11yViolations(page)

    // Issued on the rate's day: 1 EUR = 1.25 USD is frozen with it. 100.00 USD + 21 % VAT.
    const buyer = await customer('Atlantic Imports Ltd', 30)
    const dollars = await invoice(buyer, rateDay, 10_000, { currency: 'USD', vatRateBp: 2100 })
    expect(dollars.totalCents).toBe(12_100)

    // The rate was mistyped: the same day and currency again corrects it, it does not add a row.
    await enterRate(rateDay, 'USD', '1.21')
    await rows.filter({ hasText: 'USD' }).filter({ hasText: '1.21' }).waitFor()
    expect(await rows.filter({ hasText: 'USD' }).count()).toBe(1)
    expect(await rows.filter({ hasText: '1.25' }).count()).toBe(0)

    // The invoice still shows the rate of its issue: 21.00 USD ÷ 1.25 = 16.80 EUR, 121.00 ÷ 1.25 = 96.80.
    await session.open(`/invoices/${String(dollars.id)}`)
    const frozen = byTestId('frozen-rate')
    await frozen.waitFor()
    expect(await byTestId('frozen-rate-value').textContent()).toContain('1 EUR = 1.25 USD')
    expect(await byTestId('frozen-rate-vat').textContent()).toContain('16.80')
    expect(await byTestId('frozen-rate-total').textContent()).toContain('96.80')
    await expectNoSeriousA11yViolations(page)

    // An invoice issued after the correction takes the corrected rate: 121.00 ÷ 1.21 = 100.00.
    const later = await invoice(buyer, rateDay, 10_000, { currency: 'USD', vatRateBp: 2100 })
    await session.open(`/invoices/${String(later.id)}`)
    await byTestId('frozen-rate-value').filter({ hasText: '1 EUR = 1.21 USD' }).waitFor()
    expect(await byTestId('frozen-rate-total').textContent()).toContain('100.00')

    // A euro invoice has nothing to convert.
    const euros = await invoice(buyer, rateDay, 5_000)
    await session.open(`/invoices/${String(euros.id)}`)
    await byTestId('document-totals').waitFor()
    expect(await byTestId('frozen-rate').count()).toBe(0)
  })

  it('imports the ECB reference-rates file, and refuses one that is not rates, writing nothing', async () => {
    // The ECB's history layout: newest day first, a trailing comma, N/A where a currency had no rate.
    const newer = daysAgo(9)
    const older = daysAgo(10)
    const history = `Date,GBP,JPY,\n${newer},0.8561,162.50,\n${older},N/A,161.90,\n`
    const total = async () => (await store('rates.list', { currency: null, offset: 0, limit: 1 })).total
    const before = await total()
    await session.open('/settings')
    const section = byTestId('exchange-rates')
    await section.waitFor()
    const upload = (name: string, text: string) =>
      section.locator('#rate-import').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })

    await upload('eurofxref-hist.csv', history)
    // Three rates (the pound had none on the older day) over two days, the dates as the region writes them.
    const formatter = regionFormatter((await store('region.get', {})).format, 'en-GB')
    const day = (iso: string) => formatter.date(iso)
    await section
      .locator('[data-testid="banner-success"]')
      .filter({ hasText: `3 rates imported (2 days, ${day(older)} – ${day(newer)}).` })
      .waitFor()
    expect(await total()).toBe(before + 3)
    const rows = byTestId('rate-row')
    for (const [currency, rate] of [
      ['GBP', '0.8561'],
      ['JPY', '162.5'],
      ['JPY', '161.9']
    ]) {
      const row = rows.filter({ hasText: currency }).filter({ hasText: rate })
      await row.waitFor()
      expect(await row.textContent()).toContain('ECB')
    }

    // A rate that is no number: the line and the currency are named, and nothing is written.
    await upload('rates.csv', `Date, USD\n${newer}, 1.08\n${older}, abc\n`)
    await section
      .locator('[data-testid="banner-error"]')
      .filter({ hasText: 'Line 3, USD: "abc" is not a rate' })
      .waitFor()
    expect(await total()).toBe(before + 3)
    expect(await rows.filter({ hasText: 'USD' }).filter({ hasText: '1.08' }).count()).toBe(0)
  })

  it('says so when the rates cannot be read, instead of "no exchange rates yet"', async () => {
    await whileUnreachable(page, 'rates.list', async () => {
      // A fresh page: the rates already read stay in the query cache of this one.
      await session.open('/settings')
      await page.reload()
      const section = byTestId('exchange-rates')
      const banner = section.locator('[data-testid="banner-error"]')
      await banner.waitFor()
      expect(await banner.textContent()).toBe(
        'Salesdesk is not reachable. Is the Salesdesk window or `salesdesk serve` still running?'
      )
      expect(await section.textContent()).not.toContain('No exchange rates yet.')
      expect(await byTestId('rate-row').count()).toBe(0)
    })
  })
})
