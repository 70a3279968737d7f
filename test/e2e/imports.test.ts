/**
 * The Import page (issue 13 item 11) at 1366×768: a CSV of customers from another program with one
 * bad row is checked, the problem is shown by row and nothing is written; the corrected file keeps
 * the user's column choices and imports; the list shows the file's customers (counted from the file
 * written here); the next file with the same columns is offered the confirmed mapping. At 1920×1080
 * the page's steps fit and axe finds nothing serious.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spanishCompanyTaxId } from '../../src/shared/tax-ids'
import { customerQuery } from '../support/fixtures'
import { expectNoSeriousA11yViolations, openSession, type Session } from './harness'

const header = ['Nombre', 'NIF', 'Población', 'País', 'Ref. antigua']

interface Row {
  name: string
  taxId: string
  city: string
  oldRef: string
}

const firstFile: Row[] = [
  { name: 'Ferretería Núñez S.L.', taxId: spanishCompanyTaxId(1101), city: 'Lleida', oldRef: 'A-17' },
  { name: 'Cal Pep', taxId: spanishCompanyTaxId(1102), city: 'Reus', oldRef: 'A-18' },
  { name: '', taxId: spanishCompanyTaxId(1103), city: 'Vic', oldRef: 'A-19' },
  { name: 'Àrids Solsona', taxId: spanishCompanyTaxId(1104), city: 'Solsona', oldRef: 'A-20' },
  { name: 'Obres Garrotxa', taxId: spanishCompanyTaxId(1105), city: 'Olot', oldRef: 'A-21' }
]
/** The same file with the missing name filled in. */
const corrected: Row[] = firstFile.map((row) =>
  row.name === '' ? { ...row, name: 'Fusteria Vigatana' } : row
)

/** CSV as a Spanish spreadsheet program writes it: semicolons, CRLF; every customer in Spain. */
function customersCsv(rows: Row[]): Buffer {
  const lines = rows.map((row) => [row.name, row.taxId, row.city, 'ES', row.oldRef].join(';'))
  return Buffer.from([header.join(';'), ...lines].join('\r\n'), 'utf8')
}

let session: Session

const fieldOf = (column: number) => session.byTestId(`import-field-${String(column)}`)
const chooseFile = (name: string, buffer: Buffer) =>
  session.byTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer })

describe('the Import page at 1366×768', () => {
  beforeAll(async () => {
    session = await openSession({ viewport: { width: 1366, height: 768 } })
  }, 120_000)
  afterAll(async () => {
    await session.close()
  })

  it('shows the file, guesses the mapping and lists the bad row without writing anything', async () => {
    await session.byTestId('nav-imports').click()
    await session.page.waitForURL(/#\/import/)
    expect(await session.byTestId('import-kind').inputValue()).toBe('customers')
    await chooseFile('clientes.csv', customersCsv(firstFile))

    await expect
      .poll(() => session.byTestId('import-preview').locator('thead th').allTextContents())
      .toEqual(header)
    const shownRows = await session.byTestId('import-preview').locator('tbody tr').count()
    expect(shownRows).toBe(firstFile.length)
    expect(await session.byTestId('import-offered').textContent()).toMatch(/guessed/)
    // Guessed from the Spanish headers; the old reference is not a header Salesdesk knows.
    expect(await fieldOf(0).inputValue()).toBe('name')
    expect(await fieldOf(1).inputValue()).toBe('taxId')
    expect(await fieldOf(2).inputValue()).toBe('city')
    expect(await fieldOf(3).inputValue()).toBe('country')
    expect(await fieldOf(4).inputValue()).toBe('')
    // The user keeps the old program's reference as the customer code.
    await fieldOf(4).selectOption('code')
    await expectNoSeriousA11yViolations(session.page)

    expect(await session.byTestId('import-run').isDisabled()).toBe(true)
    await session.byTestId('import-check').click()
    const problems = session.byTestId('import-problem')
    await expect.poll(() => problems.count(), { timeout: 30_000 }).toBe(1)
    const badRow = firstFile.findIndex((row) => row.name === '') + 2 // the header is row 1
    expect(await problems.first().getAttribute('data-row')).toBe(String(badRow))
    expect(await problems.first().locator('td').nth(1).textContent()).toBe('Name')
    expect(await session.byTestId('import-problem-count').textContent()).toContain('Problems found: 1')
    expect(await session.byTestId('import-run').isDisabled()).toBe(true)
    await expectNoSeriousA11yViolations(session.page)

    const stored = await session.store('customers.list', customerQuery())
    expect(stored.total).toBe(0)
  })

  it('imports the corrected file with the same choices, and the list shows its customers', async () => {
    await chooseFile('clientes.csv', customersCsv(corrected))
    await expect
      .poll(() => session.byTestId('import-preview').locator('tbody tr').first().textContent())
      .toContain(corrected[0].name)
    expect(await fieldOf(4).inputValue()).toBe('code')
    await session.byTestId('import-check').click()
    await expect
      .poll(() => session.byTestId('import-checked').textContent(), { timeout: 30_000 })
      .toContain(`Rows: ${String(corrected.length)}; records to create: ${String(corrected.length)}`)
    await session.byTestId('import-run').click()
    await expect
      .poll(() => session.byTestId('import-created').textContent(), { timeout: 30_000 })
      .toBe(String(corrected.length))
    expect(await session.byTestId('import-rows').textContent()).toBe(String(corrected.length))
    await expectNoSeriousA11yViolations(session.page)

    await session.byTestId('import-open-list').click()
    await session.page.waitForURL(/#\/customers/)
    await expect
      .poll(() => session.byTestId('list-count').textContent())
      .toBe(`${String(corrected.length)} customers`)
    const names = (await session.byTestId('customer-row').locator('.cell-main').allTextContents()).map((s) =>
      s.trim()
    )
    expect([...names].sort()).toEqual(corrected.map((row) => row.name).sort())
    const codes = (await session.store('customers.list', customerQuery())).rows.map((r) => r.code)
    expect(codes.sort()).toEqual(corrected.map((row) => row.oldRef).sort())
  })

  it('offers the confirmed mapping for the next file with the same columns', async () => {
    // From the customer list, where the previous test ended, by its Import… button.
    await session.open('/customers')
    await session.byTestId('import-customers').click()
    await session.page.waitForURL(/#\/import\?kind=customers/)
    const next: Row[] = [
      { name: 'Vins Priorat', taxId: spanishCompanyTaxId(1201), city: 'Falset', oldRef: 'A-30' }
    ]
    await chooseFile('clientes-nuevos.csv', customersCsv(next))
    await expect.poll(() => session.byTestId('import-offered').textContent()).toMatch(/confirmed last time/)
    expect(await fieldOf(4).inputValue()).toBe('code')
    expect(await fieldOf(0).inputValue()).toBe('name')
  })
})

describe('the Import page at 1920×1080', () => {
  let wide: Session
  beforeAll(async () => {
    wide = await openSession({ viewport: { width: 1920, height: 1080 } })
  }, 120_000)
  afterAll(async () => {
    await wide.close()
  })

  it('shows every step on a wide screen, for products too, with no serious accessibility finding', async () => {
    await wide.open('/import?kind=products')
    expect(await wide.byTestId('import-kind').inputValue()).toBe('products')
    const products = Buffer.from(
      ['SKU;Name;Price;VAT', 'T-1;Tornillo;0,35;21', 'T-2;Tuerca;0,20;21'].join('\n')
    )
    await wide
      .byTestId('import-file')
      .setInputFiles({ name: 'products.csv', mimeType: 'text/csv', buffer: products })
    await expect.poll(() => wide.byTestId('import-mapping-row').count()).toBe(4)
    const mapping = await wide.byTestId('import-mapping').boundingBox()
    expect(mapping && mapping.x + mapping.width).toBeLessThanOrEqual(1920)
    await expectNoSeriousA11yViolations(wide.page)
    await wide.byTestId('import-check').click()
    await expect.poll(() => wide.byTestId('import-checked').count(), { timeout: 30_000 }).toBe(1)
    await expectNoSeriousA11yViolations(wide.page)
  })
})
