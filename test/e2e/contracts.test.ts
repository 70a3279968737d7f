/**
 * Contracts through the real UI in Chromium against the real store: create one, attach the
 * signed PDF (and download it again), activate it, find it among the renewals, create its
 * due invoices as drafts in one step, follow its end marker from the schedule, renew it,
 * terminate it with a reason, and export the filtered list to Excel. Every step is checked
 * in the store. Each test writes the contract it works on through the API (as the form writes
 * the first test's), so each one runs alone.
 */
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { DateTime } from 'luxon'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { openSession, type Session, present, setUpCompany } from './harness'

let session: Session
let page: Page

// The harness's store (a refusal fails the test, naming the fields) under a short name.
const store: Session['store'] = (method, input) => session.store(method, input)

const byTestId = (id: string) => session.byTestId(id)

// Dates relative to the day the test runs: the contract started two months ago and must be
// renewed soon (its notice date is 30 days before its end, 40 days from now).
const today = DateTime.local().startOf('day')
const start = today.minus({ months: 2 }).startOf('month')
const end = today.plus({ days: 70 })
const iso = (d: DateTime) => present(d.toISODate())

let customerId = 0
let executiveId = 0

beforeAll(async () => {
  session = await openSession()
  page = session.page
  customerId = (
    await store('customers.create', { customer: { ...emptyCustomer(), name: 'Łódź Mühle Compañía S.A.' } })
  ).id
  executiveId = (
    await store('executives.create', {
      executive: { name: 'Gergő Szabó', email: '', phone: '', active: true }
    })
  ).id
  // Let the app take its token from the first address before going anywhere else.
  await page.locator('[data-testid="database-path"]').waitFor()
  await page.goto(`${session.host.url}#/contracts`)
  await page.reload()
})

afterAll(async () => {
  await session.close()
})

/**
 * A contract written through the API with what the first test enters in the form (its own title),
 * activated when asked; `ends` instead of the usual end date.
 */
async function contractOf(title: string, status: 'draft' | 'active', ends = end): Promise<number> {
  const { id } = await store('contracts.create', {
    contract: {
      customerId,
      executiveId,
      title,
      description: '',
      valueCents: 125050,
      currency: 'EUR',
      startDate: iso(start),
      endDate: iso(ends),
      billingFrequency: 'monthly',
      noticePeriodDays: 30,
      signedDate: null
    }
  })
  if (status === 'active') await store('contracts.activate', { id })
  return id
}

/** The contract's page, once drawn (the address changes before the page is: wait for its number). */
async function openContract(id: number): Promise<void> {
  const { number } = await store('contracts.get', { id })
  await page.goto(`${session.host.url}#/contracts/${id}`)
  await expect.poll(() => byTestId('contract-number').textContent()).toBe(number)
}

describe('contracts, end to end', () => {
  it('creates a contract as a draft from the form', async () => {
    await byTestId('contract-new').click()
    await byTestId('contract-form').waitFor()
    await byTestId('contract-save').click()
    // Field-level errors from the shared schema, nothing written.
    await byTestId('error-title').waitFor()
    expect((await store('contracts.list', listQuery(''))).total).toBe(0)

    await byTestId('contract-customer-picker').fill('mühle')
    await byTestId('contract-customer-picker-option').first().click()
    await byTestId('contract-executive').selectOption({ label: 'Gergő Szabó' })
    await byTestId('contract-title').fill('Mantenimiento anual de maquinaria')
    await byTestId('contract-value').fill('1.250,50')
    await byTestId('contract-frequency').selectOption('monthly')
    await byTestId('contract-start').fill(iso(start))
    await byTestId('contract-end').fill(iso(end))
    await byTestId('contract-notice').fill('30')
    await byTestId('contract-save').click()
    await page.waitForURL(/#\/contracts\/\d+$/)
    const contractId = Number(present(/#\/contracts\/(\d+)$/.exec(page.url()))[1])

    const contract = await store('contracts.get', { id: contractId })
    expect(contract.status).toBe('draft')
    expect(contract.customerId).toBe(customerId)
    expect(contract.executiveName).toBe('Gergő Szabó')
    expect(contract.valueCents).toBe(125050)
    expect(contract.billingFrequency).toBe('monthly')
    expect(contract.startDate).toBe(iso(start))
    expect(contract.endDate).toBe(iso(end))
    expect(contract.noticeDate).toBe(iso(end.minus({ days: 30 })))
    // The address changes before the saved contract's page is drawn: wait for its number.
    await expect.poll(() => byTestId('contract-number').textContent()).toBe(contract.number)
    await expect.poll(() => byTestId('contract-status').textContent()).toBe('Draft')
    // The window is named after the record (RecordForm): its number, then its title.
    expect(await page.title()).toBe(`${contract.number} Mantenimiento anual de maquinaria — Salesdesk`)
  })

  it("changes a draft's customer: the name links to the one chosen before and after saving", async () => {
    const other = (
      await store('customers.create', { customer: { ...emptyCustomer(), name: 'Kraków Młyn Sp. z o.o.' } })
    ).id
    const contractId = await contractOf('Contrato que cambia de cliente', 'draft')
    await openContract(contractId)
    const link = byTestId('contract-customer').locator('a')
    expect(await link.getAttribute('href')).toBe(`#/customers/${String(customerId)}`)
    await byTestId('contract-customer-picker').fill('kraków')
    await byTestId('contract-customer-picker-option').first().click()
    await link.filter({ hasText: 'Kraków Młyn' }).waitFor()
    expect(await link.getAttribute('href')).toBe(`#/customers/${String(other)}`)
    await byTestId('contract-save').click()
    await expect.poll(async () => (await store('contracts.get', { id: contractId })).customerId).toBe(other)
    expect(await link.getAttribute('href')).toBe(`#/customers/${String(other)}`)
  })

  it('attaches the signed PDF into the data folder and downloads it again', async () => {
    const contractId = await contractOf('Contrato con el PDF firmado', 'draft')
    await openContract(contractId)
    const content = Buffer.from('%PDF-1.4\n% signed contract, Łódź\n%%EOF\n')
    await byTestId('contract-attach-input').setInputFiles({
      name: 'Contrato firmado ñ.pdf',
      mimeType: 'application/pdf',
      buffer: content
    })
    await byTestId('contract-attachment').waitFor()
    const contract = await store('contracts.get', { id: contractId })
    expect(contract.attachments.map((a) => [a.fileName, a.sizeBytes])).toEqual([
      ['Contrato firmado ñ.pdf', content.length]
    ])

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId('contract-attachment').locator('button').first().click()
    ])
    expect(download.suggestedFilename()).toBe('Contrato firmado ñ.pdf')
    expect(readFileSync(await download.path())).toEqual(content)
  })

  it('activates the contract and finds it among the renewals', async () => {
    const contractId = await contractOf('Mantenimiento por activar', 'draft')
    await openContract(contractId)
    await byTestId('contract-activate').click()
    await byTestId('confirm-ok').click()
    await page.locator('[data-testid="contract-status"]', { hasText: 'Active' }).waitFor()
    expect((await store('contracts.get', { id: contractId })).status).toBe('active')
    // Notice date in 40 days: expiring (within 30 days of it) is not yet shown…
    expect(await byTestId('contract-expiring').count()).toBe(0)

    await page.goto(`${session.host.url}#/contracts/renewals`)
    await byTestId('renewals-page').waitFor()
    await page.locator(`[data-testid="renewal-row"][data-id="${contractId}"]`).waitFor()
    // …and a 30-day window leaves it out, as the store does.
    await byTestId('renewals-within').fill('30')
    await page.locator(`[data-testid="renewal-row"][data-id="${contractId}"]`).waitFor({ state: 'detached' })
    expect((await store('contracts.renewals', { withinDays: 30 })).map((r) => r.id)).not.toContain(contractId)
    expect((await store('contracts.renewals', { withinDays: 90 })).map((r) => r.id)).toContain(contractId)
  })

  it('creates the invoices due up to today as drafts in one step', async () => {
    const contractId = await contractOf('Mantenimiento facturado por meses', 'active')
    await openContract(contractId)
    await byTestId('contract-due-until').fill(iso(today))
    await byTestId('contract-propose').click()
    await byTestId('contract-due-row').first().waitFor()
    const proposal = await store('contracts.billingProposal', { id: contractId, until: iso(today) })
    expect(proposal.due.length).toBeGreaterThanOrEqual(3)
    await expect.poll(() => byTestId('contract-due-row').count()).toBe(proposal.due.length)

    await byTestId('contract-create-invoices').click()
    await page.locator('[data-testid="banner-success"]', { hasText: 'draft invoices created' }).waitFor()
    await byTestId('contract-due-none').waitFor()
    const after = await store('contracts.billingProposal', { id: contractId, until: iso(today) })
    expect(after.due).toEqual([])
    expect(after.alreadyBilled).toHaveLength(proposal.due.length)
    for (const billed of after.alreadyBilled) {
      const invoice = await store('documents.get', { id: present(billed.invoiceId) })
      expect(invoice.type).toBe('invoice')
      expect(invoice.status).toBe('draft')
      expect(invoice.customerId).toBe(customerId)
    }
  })

  it('shows the contract end as a marker in the schedule, which opens the contract', async () => {
    // Three days after the other tests' contracts end: the day's cell shows this marker alone.
    const ends = end.plus({ days: 3 })
    const contractId = await contractOf('Mantenimiento con fin en la agenda', 'active', ends)
    const { number } = await store('contracts.get', { id: contractId })
    await page.goto(`${session.host.url}#/schedule?view=month&date=${iso(ends)}`)
    const marker = page.locator('.rbc-event.ev-contract_end', { hasText: number })
    await marker.waitFor()
    await marker.click()
    await page.waitForURL(new RegExp(`#/contracts/${contractId}$`))
    await byTestId('contract-form').waitFor()
  })

  it('renews the contract into a linked draft, then terminates the original with a date and a reason', async () => {
    const contractId = await contractOf('Mantenimiento anual renovado', 'active')
    await openContract(contractId)
    await byTestId('contract-renew-step').click()
    await byTestId('contract-renew-confirm').click()
    await page.waitForURL(
      (url) => /#\/contracts\/\d+$/.test(url.hash) && !url.hash.endsWith(`/${contractId}`)
    )
    const renewalId = Number(present(/#\/contracts\/(\d+)$/.exec(page.url()))[1])
    const renewal = await store('contracts.get', { id: renewalId })
    await page
      .locator('[data-testid="banner-success"]', { hasText: `Renewal ${renewal.number} created as a draft.` })
      .waitFor()
    expect(renewal).toMatchObject({
      status: 'draft',
      renewedFromId: contractId,
      startDate: iso(end.plus({ days: 1 })),
      valueCents: 125050,
      customerId
    })
    expect((await store('contracts.get', { id: contractId })).renewedById).toBe(renewalId)

    await openContract(contractId)
    await byTestId('contract-terminate-step').click()
    await byTestId('contract-step-date').fill(iso(today))
    await byTestId('contract-step-confirm').click()
    // No reason: said beside the field, nothing written.
    await byTestId('error-step-reason').waitFor()
    expect((await store('contracts.get', { id: contractId })).status).toBe('active')
    await byTestId('contract-step-reason').fill('Cierre del taller de Łódź')
    await byTestId('contract-step-confirm').click()
    await page.locator('[data-testid="contract-status"]', { hasText: 'Terminated' }).waitFor()
    const terminated = await store('contracts.get', { id: contractId })
    expect(terminated).toMatchObject({
      status: 'terminated',
      closedDate: iso(today),
      terminationReason: 'Cierre del taller de Łódź'
    })
    // A terminated contract is read-only here.
    await expect.poll(() => byTestId('contract-save').count()).toBe(0)
  })

  it('lists the contracts with search and status filter, and exports what the list shows to Excel', async () => {
    // An original renewed into a draft, then terminated (as the test before does through the screens).
    const contractId = await contractOf('Limpieza de cristales', 'active')
    const renewalId = (
      await store('contracts.renew', { id: contractId, startDate: null, endDate: null, valueCents: null })
    ).id
    await store('contracts.terminate', {
      id: contractId,
      date: iso(today),
      reason: 'Cierre del taller de Łódź'
    })
    await page.goto(`${session.host.url}#/contracts`)
    await byTestId('contract-search').fill('cristales')
    await page.locator('[data-testid="list-count"]', { hasText: /^2 contracts$/ }).waitFor()
    await byTestId('contract-filter-status').selectOption('terminated')
    await page.locator('[data-testid="list-count"]', { hasText: /^1 contract$/ }).waitFor()
    await byTestId('contract-filter-status').selectOption('draft')
    await page.locator('[data-testid="list-count"]', { hasText: /^1 contract$/ }).waitFor()

    const [download] = await Promise.all([page.waitForEvent('download'), byTestId('export-xlsx').click()])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(await download.path())
    const cells = workbook.worksheets[0]
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row.map(String) : []))
    const [original, renewal] = await Promise.all([
      store('contracts.get', { id: contractId }),
      store('contracts.get', { id: renewalId })
    ])
    expect(cells).toContain(renewal.number)
    expect(cells).not.toContain(original.number)
  })

  it('starts a new contract in the company’s default currency, not in euros', async () => {
    await setUpCompany(session, {}, { defaultCurrency: 'GBP' })
    await page.goto(`${session.host.url}#/contracts`)
    await page.reload()
    await byTestId('contract-new').click()
    await expect.poll(() => byTestId('contract-currency').inputValue()).toBe('GBP')
    // A currency the user typed before the settings arrived is kept: the form is filled in once.
    await byTestId('contract-currency').fill('HUF')
    await byTestId('contract-title').click()
    expect(await byTestId('contract-currency').inputValue()).toBe('HUF')
  })
})

function listQuery(search: string) {
  return {
    search,
    status: 'all',
    customerId: null,
    executiveId: null,
    sort: { field: 'number', direction: 'asc' },
    offset: 0,
    limit: 10
  } as const
}
