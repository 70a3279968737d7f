/**
 * Payments through the real UI: an overdue invoice gets a partial then a full payment, the
 * payment comes back (fee re-billed), the invoice reopens, the investigation is worked to
 * "resolved" with a note, and the reminder letter is downloaded and read with pdftotext. A return with
 * the fee left empty charges no fee (and a fee that is not an amount is refused, recording nothing).
 * The payment set-up refuses a full card number. Every step is checked in the store too.
 */
import { pdfText } from '../support/pdf-text'
import { listQuery } from '../documents/helpers'
import { paymentQuery } from '../support/fixtures'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import {
  expectNoSeriousA11yViolations,
  openSession,
  type Session,
  present,
  setUpCompany,
  daysAgo,
  draftInvoice
} from './harness'

let session: Session
let page: Page
let customerId = 0
let invoiceId = 0
let invoiceNumber = ''

// The harness's store (a refusal fails the test, naming the fields) under a short name.
const store: Session['store'] = (method, input) => session.store(method, input)

const byTestId = (id: string) => session.byTestId(id)
const item = async () =>
  present((await store('receivables.account', { customerId })).items.find((i) => i.documentId === invoiceId))

beforeAll(async () => {
  session = await openSession()
  page = session.page
  await setUpCompany(session, {
    legalName: 'Col·legi Català S.L.',
    // An invoice is issued only with the seller's address and tax id (issue 11).
    addressLine1: 'Carrer de Balmes 12',
    postalCode: '08008',
    iban: 'ES91 2100 0418 4502 0005 1332',
    bic: 'CAIXESBBXXX'
  })
  const customer = await store('customers.create', {
    customer: { ...emptyCustomer(), name: 'Győri Lőrinc Kft.', paymentTermsDays: 30 }
  })
  customerId = customer.id
  const draft = await draftInvoice(
    session,
    customerId,
    [{ description: 'Manteniment anual', unitPriceCents: 100_000 }],
    { issueDate: daysAgo(60) }
  )
  const invoice = await store('documents.issue', { id: draft.id })
  invoiceId = invoice.id
  invoiceNumber = present(invoice.number)
}, 60_000)

afterAll(async () => {
  await session.close()
})

async function recordFromCustomerPage(amount: string): Promise<void> {
  await page.goto(`${session.host.url}#/customers/${customerId}`)
  await byTestId('account-record-payment').click()
  const dialog = byTestId('record-payment-dialog')
  await dialog.waitFor()
  await dialog.locator('[data-testid="payment-amount"]').fill(amount)
  await dialog.locator('[data-testid="payment-reference"]').fill(`TRF ${amount}`)
  await dialog.locator('[data-testid="dialog-ok"]').click()
  await page.waitForURL(/#\/payments\/\d+$/)
}

describe('payments, end to end', () => {
  it('shows the overdue invoice on the customer page and takes a partial, then a full payment', async () => {
    await page.goto(`${session.host.url}#/customers/${customerId}`)
    await byTestId('customer-payments').waitFor()
    await byTestId('account-item').first().waitFor()
    expect(await byTestId('account-balance').textContent()).toContain('1,000.00')
    expect(await byTestId('account-item').first().textContent()).toContain(invoiceNumber)
    await expect.poll(() => byTestId('payment-overdue').count()).toBe(1)

    // Not an amount: the field says so, and nothing is recorded.
    await byTestId('account-record-payment').click()
    const dialog = byTestId('record-payment-dialog')
    await dialog.locator('[data-testid="payment-amount"]').fill('cuatrocientos')
    await dialog.locator('[data-testid="dialog-ok"]').click()
    await dialog.locator('.field-error', { hasText: 'Enter an amount' }).waitFor()
    // What it pays: the oldest first by default; choosing lists the open invoice to pick.
    expect(await dialog.getByRole('radio', { name: 'The oldest open documents first' }).isChecked()).toBe(
      true
    )
    await dialog.getByRole('radio', { name: 'Let me choose' }).check()
    expect(await dialog.locator('[data-testid="payment-mode-choose"]').isChecked()).toBe(true)
    await dialog.locator('label', { hasText: invoiceNumber }).waitFor()
    await dialog.locator('[data-testid="dialog-cancel"]').click()
    expect(await item()).toMatchObject({ status: 'unpaid', openCents: 100_000 })

    await recordFromCustomerPage('400')
    expect(await item()).toMatchObject({ status: 'partially_paid', openCents: 60_000 })
    // The address changes before the payment page has loaded: wait for its allocations.
    await byTestId('payment-allocations').filter({ hasText: invoiceNumber }).waitFor()

    await recordFromCustomerPage('600,00')
    expect(await item()).toMatchObject({ status: 'paid', openCents: 0 })
    await page.goto(`${session.host.url}#/invoices/${invoiceId}`)
    await page
      .locator('[data-testid="document-payments"] [data-testid="payment-status"]', { hasText: 'Paid' })
      .waitFor()
    await expect.poll(() => page.locator('[data-testid="document-payments"] li').count()).toBe(2)
    await page.goto(`${session.host.url}#/customers/${customerId}`)
    // Exactly nothing open ('0.00' alone would also match the old '1,000.00').
    await page.locator('[data-testid="account-balance"]', { hasText: /^€0\.00$/ }).waitFor()
  })

  it('records the return of the second payment: the invoice reopens, the fee goes on a debit note', async () => {
    await page.goto(`${session.host.url}#/payments`)
    await byTestId('payment-row').first().waitFor()
    await expect.poll(() => byTestId('payment-row').count()).toBe(2)
    // Newest first: the 600.00 payment.
    await byTestId('payment-row').first().dblclick()
    await byTestId('payment-page').waitFor()
    await byTestId('payment-return').click()
    const dialog = byTestId('return-dialog')
    await dialog.locator('[data-testid="return-reason"]').selectOption('insufficient_funds')
    await dialog.locator('[data-testid="return-fee"]').fill('4,50')
    await dialog.locator('[data-testid="return-rebill"]').check()
    await dialog.locator('[data-testid="dialog-ok"]').click()
    await byTestId('payment-returned').waitFor()
    await expect.poll(() => byTestId('payment-status-badge').textContent()).toBe('Returned')
    expect(await byTestId('payment-returned').textContent()).toContain('DBN-')

    expect(await item()).toMatchObject({ status: 'partially_paid', openCents: 60_000 })
    const account = await store('receivables.account', { customerId })
    expect(account.balances[0].balanceCents).toBe(60_450)
    expect(account.openInvestigations).toBe(1)
  })

  it('works the investigation to resolved with a dated note', async () => {
    await byTestId('payment-investigation-link').click()
    await byTestId('investigation-page').waitFor()
    await expect.poll(() => byTestId('investigation-reason').textContent()).toBe('Insufficient funds')
    await byTestId('investigation-note-text').fill(
      'Llamada al cliente: pagará por transferencia — позвонили.'
    )
    await byTestId('investigation-add-note').click()
    await page.locator('[data-testid="investigation-notes"] li').first().waitFor()
    await byTestId('investigation-step-contacted').click()
    await page.locator('[data-testid="investigation-status"]', { hasText: 'Customer contacted' }).waitFor()
    // Resolving needs an outcome: the field says so.
    await byTestId('investigation-step-resolved').click()
    await page.locator('.field-error', { hasText: 'Say how it ended' }).waitFor()
    await byTestId('investigation-outcome').fill('Paid again by transfer')
    await byTestId('investigation-step-resolved').click()
    await page.locator('[data-testid="investigation-status"]', { hasText: 'Resolved' }).waitFor()
    const list = await store('investigations.list', { status: 'resolved', customerId, offset: 0, limit: 5 })
    expect(list.rows).toHaveLength(1)
    expect(list.rows[0].notes).toBe(1)
    // Also on the customer page.
    await page.goto(`${session.host.url}#/customers/${customerId}`)
    await page.locator('[data-testid="account-investigations"] li', { hasText: 'Resolved' }).waitFor()
  })

  it('downloads the reminder letter with the overdue invoice, and lists it as overdue and aged', async () => {
    await page.goto(`${session.host.url}#/customers/${customerId}`)
    // One button; the level is worked out from the reminders on record (none yet: level 1).
    const reminder = byTestId('account-reminder')
    await expect.poll(() => reminder.textContent()).toBe('Payment reminder, level 1 (PDF)')
    await expect.poll(() => byTestId('email-reminder').textContent()).toBe('E-mail reminder, level 1')
    const [download] = await Promise.all([page.waitForEvent('download'), reminder.click()])
    expect(download.suggestedFilename()).toMatch(/^reminder-1-.*\.pdf$/)
    const text = pdfText(await download.path(), { squeeze: 'spaces' })
    expect(text).toContain('Payment reminder')
    expect(text).toContain(invoiceNumber)
    expect(text).toContain('Dear Győri Lőrinc Kft.')
    expect(text).toMatch(/600\.00/)

    await page.goto(`${session.host.url}#/payments/overdue`)
    await byTestId('overdue-row').first().waitFor()
    expect(await byTestId('overdue-row').first().textContent()).toContain(invoiceNumber)
    await page.goto(`${session.host.url}#/payments/aged`)
    await byTestId('aged-row').first().waitFor()
    await expect.poll(() => byTestId('aged-total').textContent()).toContain('604.50')
  })

  it('payment set-up on the customer form: direct debit with a checked IBAN, and a full card number refused and never stored', async () => {
    await page.goto(`${session.host.url}#/customers/${customerId}`)
    const method = byTestId('customer-payment-method')
    await method.waitFor()
    await method.selectOption('direct_debit')
    await byTestId('customer-iban').fill('ES91 2100 0418 4502 0005 1333')
    await byTestId('customer-mandate').fill('MNDT-42')
    await byTestId('customer-mandate-date').fill('2026-02-14')
    await byTestId('customer-save').click()
    await page.locator('.field-error', { hasText: 'check digits' }).waitFor()
    await byTestId('customer-iban').fill('ES91 2100 0418 4502 0005 1332')
    await byTestId('customer-save').click()
    await byTestId('banner-success').waitFor()
    expect(await store('paymentSetup.get', { customerId })).toMatchObject({
      method: 'direct_debit',
      iban: 'ES9121000418450200051332',
      mandateReference: 'MNDT-42'
    })

    await method.selectOption('card')
    await byTestId('customer-card-brand').selectOption('visa')
    await byTestId('customer-card-last4').evaluate((input) =>
      (input as unknown as { removeAttribute: (name: string) => void }).removeAttribute('maxlength')
    )
    await byTestId('customer-card-last4').fill('4111 1111 1111 1111')
    await byTestId('customer-card-expiry').fill('2027-09')
    await byTestId('customer-save').click()
    await page.locator('.field-error', { hasText: 'four digits' }).waitFor()
    expect((await store('paymentSetup.get', { customerId })).method).toBe('direct_debit')
    const dump =
      JSON.stringify(session.app.store.sqlite.prepare('select * from customer_payment_setups').all()) +
      JSON.stringify(session.app.store.sqlite.prepare('select summary from activity_log').all())
    expect(dump).not.toContain('4111111111111111')
    expect(dump).not.toContain('4111 1111')
    // Left saved, so the next step's navigation meets no unsaved-changes question.
    await byTestId('customer-card-last4').fill('1111')
    await byTestId('customer-save').click()
    await byTestId('banner-success').waitFor()
    expect((await store('paymentSetup.get', { customerId })).method).toBe('card')
  })

  it('a customer who owes in two currencies chooses the payment’s currency, and it pays only that one', async () => {
    await store('rates.set', { rate: { rateDate: daysAgo(10), currency: 'USD', rate: '1.25' } })
    const dual = await store('customers.create', {
      customer: { ...emptyCustomer(), name: 'Dual Trading Ltd', paymentTermsDays: 30 }
    })
    const issue = async (currency: 'EUR' | 'USD', cents: number) => {
      const draft = await draftInvoice(
        session,
        dual.id,
        [{ description: `Servei en ${currency}`, unitPriceCents: cents }],
        { currency, issueDate: daysAgo(5) }
      )
      return (await store('documents.issue', { id: draft.id })).id
    }
    const euroInvoice = await issue('EUR', 20_000)
    const dollarInvoice = await issue('USD', 30_000)
    // What each invoice still owes (a paid one may leave the account's open items).
    const open = async () => {
      const items = (await store('receivables.account', { customerId: dual.id })).items
      const owed = (id: number) => items.find((i) => i.documentId === id)?.openCents ?? 0
      return [owed(euroInvoice), owed(dollarInvoice)]
    }

    await page.goto(`${session.host.url}#/customers/${String(dual.id)}`)
    await byTestId('account-record-payment').click()
    const dialog = byTestId('record-payment-dialog')
    await dialog.locator('[data-testid="payment-currency"]').waitFor()
    await dialog.locator('[data-testid="payment-amount"]').fill('300')
    // Without a currency the dialog says why and records nothing.
    await dialog.locator('[data-testid="dialog-ok"]').click()
    await dialog.getByText('choose the payment’s currency').waitFor()
    expect(await open()).toEqual([20_000, 30_000])
    await expectNoSeriousA11yViolations(page)

    await dialog.locator('[data-testid="payment-currency"]').selectOption('USD')
    await dialog.locator('[data-testid="payment-reference"]').fill('WIRE 300 USD')
    await dialog.locator('[data-testid="dialog-ok"]').click()
    await page.waitForURL(/#\/payments\/\d+$/)
    expect(await open()).toEqual([20_000, 0])
  })

  it('the import dialog lists the rows a refused file has, each with its row number, and records nothing', async () => {
    const lines = [
      'Customer no.;Date;Amount;Method;Reference',
      'C-000001;2026-02-10;10.00;transfer;TRF-1',
      'C-000001;2026-02-11;20.00;transfer;"TRF-2',
      'C-000001;2026-02-12;30.00;transfer;TRF-3'
    ]
    // The spreadsheet's numbering: the header is row 1; the quote left open is on the third line.
    const badRow = lines.findIndex((l) => l.includes('"')) + 1
    const query = paymentQuery({ limit: 1 })
    const before = (await store('payments.list', query)).total
    await page.goto(`${session.host.url}#/payments`)
    await byTestId('payments-import').click()
    const dialog = byTestId('import-payments-dialog')
    await dialog.getByLabel('File', { exact: true }).setInputFiles({
      name: 'pagos.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n'))
    })
    await dialog.locator('[data-testid="dialog-ok"]').click()
    const problems = dialog.locator('[data-testid="payment-import-problem"]')
    await problems.first().waitFor()
    expect(await problems.locator('td:first-child').allTextContents()).toEqual([String(badRow)])
    await expectNoSeriousA11yViolations(page)
    expect((await store('payments.list', query)).total).toBe(before)
  })

  it('an invoice with a prepaid amount stands open on the customer page for its amount due, not its total', async () => {
    const client = await store('customers.create', {
      customer: { ...emptyCustomer(), name: 'Bestretta Prepagada S.L.', paymentTermsDays: 30 }
    })
    const draft = await draftInvoice(
      session,
      client.id,
      [{ description: 'Servei amb bestreta', unitPriceCents: 100_00, vatRateBp: 2100 }],
      { issueDate: daysAgo(5), prepaidCents: 50_00 }
    )
    const invoice = await store('documents.issue', { id: draft.id })
    // 100.00 + 21 % = 121.00, less 50.00 prepaid: 71.00 due.
    const due = 100_00 + Math.round((100_00 * 21) / 100) - 50_00
    expect([invoice.payableCents, due]).toEqual([71_00, 71_00])
    await page.goto(`${session.host.url}#/customers/${String(client.id)}`)
    await page.locator('[data-testid="account-balance"]', { hasText: /^€71\.00$/ }).waitFor()
    const row = byTestId('account-item').filter({ hasText: present(invoice.number) })
    await row.waitFor()
    expect(await row.textContent()).toContain('€71.00')
    expect(await row.textContent()).not.toContain('121.00')
    await expectNoSeriousA11yViolations(page)
  })

  it('a credit on account is applied to an open invoice from the customer page, and the banner says how much', async () => {
    const client = await store('customers.create', {
      customer: { ...emptyCustomer(), name: 'Saldo a Favor S.L.', paymentTermsDays: 30 }
    })
    // 30.00 paid with nothing to pay: all of it is the customer's credit.
    await store('payments.record', {
      payment: {
        customerId: client.id,
        paymentDate: daysAgo(3),
        amountCents: 30_00,
        currency: 'EUR',
        method: 'bank_transfer',
        reference: 'Avançament',
        note: '',
        allocations: []
      }
    })
    const draft = await draftInvoice(
      session,
      client.id,
      [{ description: 'Servei', unitPriceCents: 100_00, vatRateBp: 0 }],
      { issueDate: daysAgo(2) }
    )
    const invoice = await store('documents.issue', { id: draft.id })
    const number = present(invoice.number)
    await page.goto(`${session.host.url}#/customers/${String(client.id)}`)
    const row = byTestId('account-item').filter({ hasText: number })
    await row.locator('[data-testid="account-apply-credit"]').click()
    // The whole credit (30.00) goes to the invoice of 100.00: 70.00 stays open.
    expect(await byTestId('banner-success').textContent()).toBe(`€30.00 of credit applied to ${number}.`)
    await expect.poll(async () => row.textContent()).toContain('€70.00')
    const account = await store('receivables.account', { customerId: client.id })
    expect(present(account.items.find((i) => i.documentId === invoice.id)).openCents).toBe(100_00 - 30_00)
    await expect.poll(() => row.locator('[data-testid="account-apply-credit"]').count()).toBe(0)
  })

  it('an amount picked for an invoice beyond what it owes is refused beside that invoice, and nothing is recorded', async () => {
    const client = await store('customers.create', {
      customer: { ...emptyCustomer(), name: 'Massa Pagat S.L.', paymentTermsDays: 30 }
    })
    const owed = 80_00
    const draft = await draftInvoice(
      session,
      client.id,
      [{ description: 'Revisió', unitPriceCents: owed, vatRateBp: 0 }],
      {
        issueDate: daysAgo(0)
      }
    )
    const invoice = await store('documents.issue', { id: draft.id })
    const number = present(invoice.number)
    const paymentsOf = async () =>
      (await store('payments.list', paymentQuery({ customerId: client.id, limit: 10 }))).total
    await page.goto(`${session.host.url}#/customers/${String(client.id)}`)
    await byTestId('account-record-payment').click()
    const dialog = byTestId('record-payment-dialog')
    await dialog.locator('[data-testid="payment-amount"]').fill('120')
    await dialog.getByRole('radio', { name: 'Let me choose' }).check()
    await dialog.locator('[data-testid="payment-pick"]').check()
    const amount = dialog.locator('[data-testid="payment-pick-amount-0"]')
    await amount.fill('120')
    await dialog.locator('[data-testid="dialog-ok"]').click()
    // The store's words, under the invoice's row and in the banner; the amount is marked and focused.
    const said = `Only 80.00 EUR is owed on ${number}`
    expect(await dialog.locator('[data-testid="payment-pick-problem-0"]').textContent()).toBe(said)
    expect(await dialog.locator('[data-testid="banner-error"]').textContent()).toContain(said)
    expect(await amount.getAttribute('aria-invalid')).toBe('true')
    await expect
      .poll(() => page.evaluate<string | null>('document.activeElement?.getAttribute("data-testid") ?? null'))
      .toBe('payment-pick-amount-0')
    await expectNoSeriousA11yViolations(page)
    expect(await paymentsOf()).toBe(0)
    // Corrected, it records: the invoice is paid and the 40.00 over is the customer's credit.
    await amount.fill('80')
    await dialog.locator('[data-testid="dialog-ok"]').click()
    await page.waitForURL(/#\/payments\/\d+$/)
    expect(await paymentsOf()).toBe(1)
    const account = await store('receivables.account', { customerId: client.id })
    expect(present(account.items.find((i) => i.documentId === invoice.id)).openCents).toBe(0)
    expect(present(account.balances.find((b) => b.currency === 'EUR')).creditCents).toBe(120_00 - owed)
  })

  it('a return with the fee left empty charges no fee: a fee that is not an amount is refused first, and nothing is recorded', async () => {
    const payments = await store('payments.list', paymentQuery({ customerId, status: 'received', limit: 10 }))
    const first = present(payments.rows.find((p) => p.amountCents === 40_000))
    const balanceBefore = (await store('receivables.account', { customerId })).balances[0].balanceCents
    const openBefore = (await item()).openCents
    const debitNotes = async () =>
      (await store('documents.list', listQuery({ type: 'debit_note', customerId, limit: 50 }))).total
    const debitNotesBefore = await debitNotes()

    await page.goto(`${session.host.url}#/payments/${String(first.id)}`)
    await byTestId('payment-page').waitFor()
    await byTestId('payment-return').click()
    const dialog = byTestId('return-dialog')
    await dialog.locator('[data-testid="return-fee"]').fill('cuatro')
    await dialog.locator('[data-testid="dialog-ok"]').click()
    await dialog.locator('.field-error', { hasText: 'Enter an amount' }).waitFor()
    expect((await store('payments.get', { id: first.id })).status).not.toBe('returned')

    await dialog.locator('[data-testid="return-fee"]').fill('')
    await dialog.locator('[data-testid="dialog-ok"]').click()
    await byTestId('payment-returned').waitFor()
    const returned = present(await byTestId('payment-returned').textContent())
    expect(returned).not.toContain('Fee')
    expect(returned).not.toContain('DBN-')
    // The 400.00 it paid is open again; no fee and no debit note are added.
    expect((await item()).openCents).toBe(openBefore + 40_000)
    const balanceAfter = (await store('receivables.account', { customerId })).balances[0].balanceCents
    expect(balanceAfter).toBe(balanceBefore + 40_000)
    expect(await debitNotes()).toBe(debitNotesBefore)
  })
})
