/**
 * Issue 13 item 11 through the Import page at 1366×768: customers already in Salesdesk (by code,
 * or by tax id alone) are listed as problems, skipped, or updated from the file as the user
 * chooses; and opening balances (invoices still open in the previous system) imported there show
 * on the customer's page with the amounts and due dates the test computes. Each step is checked
 * in the store; axe on each screen.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { spanishCompanyTaxId } from '../../src/shared/tax-ids'
import { customerQuery } from '../support/fixtures'
import { expectNoSeriousA11yViolations, openSession, present, type Session, setUpCompany } from './harness'

let session: Session
let page: Page
const ids = new Map<string, number>()

const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(';')).join('\r\n'), 'utf8')
const chooseFile = (name: string, buffer: Buffer) =>
  session.byTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer })

const customersFile = csv([
  ['Código', 'Nombre', 'NIF', 'País', 'Población'],
  // Found by its code: the city moves.
  ['CLI-1', 'Ferretería Núñez S.L.', spanishCompanyTaxId(1001), 'ES', 'Alcalá de Henares'],
  // No code: found by its tax id.
  ['', 'Cal Pagès', spanishCompanyTaxId(1002), 'ES', 'Figueres'],
  ['CLI-3', 'Óptica Ñandú', spanishCompanyTaxId(1003), 'ES', 'Sevilla']
])

async function cityOf(code: string): Promise<string> {
  const customer = await session.store('customers.get', { id: present(ids.get(code), code) })
  return customer.billingAddress.city
}

async function customerCodes(): Promise<string[]> {
  return (await session.store('customers.list', customerQuery())).rows.map((r) => r.code).sort()
}

async function checkWith(choice: 'refuse' | 'skip' | 'update') {
  await session.byTestId('import-existing').selectOption(choice)
  await session.byTestId('import-check').click()
}

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  page = session.page
  await setUpCompany(session)
  for (const [code, name, n, city] of [
    ['CLI-1', 'Ferretería Núñez S.L.', 1001, 'Madrid'],
    ['CLI-2', 'Cal Pagès', 1002, 'Girona']
  ] as const) {
    const base = emptyCustomer()
    const created = await session.store('customers.create', {
      customer: {
        ...base,
        code,
        name,
        taxId: spanishCompanyTaxId(n),
        paymentTermsDays: 30,
        billingAddress: { ...base.billingAddress, city, country: 'ES' }
      }
    })
    ids.set(code, created.id)
  }
}, 60_000)

afterAll(async () => {
  await session.close()
})

describe('the import’s choices for records already in Salesdesk', () => {
  it('lists them as problems by default and writes nothing', async () => {
    await session.open('/import?kind=customers')
    await chooseFile('clientes.csv', customersFile)
    await expect.poll(() => session.byTestId('import-preview').locator('tbody tr').count()).toBe(3)
    expect(await session.byTestId('import-existing').inputValue()).toBe('refuse')
    await session.byTestId('import-check').click()
    const problems = session.byTestId('import-problem')
    await expect.poll(() => problems.count(), { timeout: 30_000 }).toBe(2)
    // The header is row 1: the two customers already in Salesdesk are rows 2 and 3.
    const rows = await Promise.all((await problems.all()).map((p) => p.getAttribute('data-row')))
    expect(rows).toEqual(['2', '3'])
    expect(await problems.nth(1).textContent()).toContain('CLI-2')
    expect(await session.byTestId('import-run').isDisabled()).toBe(true)
    await expectNoSeriousA11yViolations(page)
    expect(await customerCodes()).toEqual(['CLI-1', 'CLI-2'])
  })

  it('skips them: only the new customer is created, the others stay as they were', async () => {
    await checkWith('skip')
    await expect
      .poll(() => session.byTestId('import-checked').textContent(), { timeout: 30_000 })
      .toContain(
        'Rows: 3; records to create: 1. Nothing is written yet. Records to update: 0; rows to skip: 2.'
      )
    await session.byTestId('import-run').click()
    await expect.poll(() => session.byTestId('import-created').textContent(), { timeout: 30_000 }).toBe('1')
    expect(await session.byTestId('import-skipped').textContent()).toBe('2')
    await expectNoSeriousA11yViolations(page)
    expect(await customerCodes()).toEqual(['CLI-1', 'CLI-2', 'CLI-3'])
    const created = await session.store('customers.list', customerQuery({ search: 'Ñandú' }))
    ids.set('CLI-3', present(created.rows.at(0)).id)
    expect(await cityOf('CLI-1')).toBe('Madrid')
    expect(await cityOf('CLI-2')).toBe('Girona')
  })

  it('updates them from the file the second time, creating nothing twice', async () => {
    await session.byTestId('import-again').click()
    await chooseFile('clientes.csv', customersFile)
    await expect.poll(() => session.byTestId('import-preview').locator('tbody tr').count()).toBe(3)
    await checkWith('update')
    await expect
      .poll(() => session.byTestId('import-checked').textContent(), { timeout: 30_000 })
      .toContain('records to create: 0. Nothing is written yet. Records to update: 3; rows to skip: 0.')
    await session.byTestId('import-run').click()
    await expect.poll(() => session.byTestId('import-updated').textContent(), { timeout: 30_000 }).toBe('3')
    expect(await customerCodes()).toEqual(['CLI-1', 'CLI-2', 'CLI-3'])
    expect(await cityOf('CLI-1')).toBe('Alcalá de Henares')
    expect(await cityOf('CLI-2')).toBe('Figueres')
    expect(await cityOf('CLI-3')).toBe('Sevilla')
    // Fields the file does not have are kept: the payment terms typed in Salesdesk.
    expect((await session.store('customers.get', { id: present(ids.get('CLI-2')) })).paymentTermsDays).toBe(
      30
    )
    const log = await session.store('activity.list', {
      entity: 'customer',
      entityId: present(ids.get('CLI-2')),
      offset: 0,
      limit: 10
    })
    expect(log.rows.filter((r) => r.action === 'update')).toHaveLength(1)
  })
})

/** The previous system's open invoices, as the test knows them. */
const opening = [
  { customer: 'CLI-1', number: 'F-2025/0412', issue: '2025-11-10', due: '2025-12-10', cents: 250_50 },
  // No due date in the file: the invoice date plus the customer's 30 days.
  { customer: 'CLI-1', number: 'F-2026/0031', issue: '2026-01-31', due: null, cents: 99_95 },
  // Named by its tax id.
  { customer: 'CLI-2', number: 'F-2025/0450', issue: '2025-11-20', due: '2025-12-20', cents: 1_000_00 }
]

const dueOf = (o: (typeof opening)[number]) =>
  o.due ?? new Date(Date.parse(`${o.issue}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10)
const spanish = (iso: string) => iso.split('-').reverse().join('/')
const amountText = (cents: number) =>
  `${Math.floor(cents / 100).toLocaleString('de-DE')},${String(cents % 100).padStart(2, '0')}`

function openingFile(rows: typeof opening): Buffer {
  return csv([
    ['Cliente', 'Factura', 'Fecha', 'Vencimiento', 'Importe pendiente'],
    ...rows.map((o) => [
      o.customer === 'CLI-2' ? spanishCompanyTaxId(1002) : o.customer,
      o.number,
      spanish(o.issue),
      o.due === null ? '' : spanish(o.due),
      amountText(o.cents)
    ])
  ])
}

describe('opening balances through the Import page', () => {
  it('refuses a row of an unknown customer and writes nothing', async () => {
    await session.open('/import?kind=openingBalances')
    expect(await session.byTestId('import-kind').inputValue()).toBe('openingBalances')
    await chooseFile(
      'pendientes.csv',
      openingFile([...opening, { ...opening[0], customer: 'CLI-9', number: 'F-2025/0999' }])
    )
    await expect.poll(() => session.byTestId('import-preview').locator('tbody tr').count()).toBe(4)
    await session.byTestId('import-check').click()
    const problems = session.byTestId('import-problem')
    await expect.poll(() => problems.count(), { timeout: 30_000 }).toBe(1)
    expect(await problems.first().getAttribute('data-row')).toBe('5')
    await expectNoSeriousA11yViolations(page)
    const account = await session.store('receivables.account', { customerId: present(ids.get('CLI-1')) })
    expect(account.items).toHaveLength(0)
  })

  it('imports the corrected file; the customer page shows the open items and what is owed', async () => {
    await chooseFile('pendientes.csv', openingFile(opening))
    await session.byTestId('import-check').click()
    await expect
      .poll(() => session.byTestId('import-checked').textContent(), { timeout: 30_000 })
      .toContain('records to create: 3')
    await session.byTestId('import-run').click()
    await expect.poll(() => session.byTestId('import-created').textContent(), { timeout: 30_000 }).toBe('3')

    for (const code of ['CLI-1', 'CLI-2']) {
      const mine = opening.filter((o) => o.customer === code)
      const owed = mine.reduce((sum, o) => sum + o.cents, 0)
      const customerId = present(ids.get(code))
      const account = await session.store('receivables.account', { customerId })
      expect(account.items.map((i) => [i.number, i.type, i.dueDate, i.openCents]).sort()).toEqual(
        mine.map((o) => [o.number, 'opening_balance', dueOf(o), o.cents]).sort()
      )
      expect(account.balances.map((b) => [b.currency, b.balanceCents])).toEqual([['EUR', owed]])

      await session.open(`/customers/${customerId}`)
      await session.byTestId('customer-payments').waitFor()
      await expect.poll(() => session.byTestId('account-item').count()).toBe(mine.length)
      const shown = await session.byTestId('account-item').allTextContents()
      for (const o of mine) expect(shown.some((text) => text.includes(o.number))).toBe(true)
      expect(await session.byTestId('opening-balance').count()).toBe(mine.length)
      const euros = `€${(owed / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`
      expect(await session.byTestId('account-balance').textContent()).toBe(euros)
      await expectNoSeriousA11yViolations(page)
    }
    expect(dueOf(opening[1])).toBe('2026-03-02')
  })
})
