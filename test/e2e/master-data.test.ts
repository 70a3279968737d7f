/**
 * The two master-data lists that share one component (the product catalogue and the sales team),
 * at 1366×768: each opens on its own default filter, counts and sorts what the store holds, filters
 * by active/archived, exports what it shows, and opens a record. The expected rows are worked out
 * here from what the test created, not read back from the list API.
 */
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyExecutive } from '../../src/shared/schemas/executives'
import { emptyProduct } from '../../src/shared/schemas/products'
import { expectNoSeriousA11yViolations, openSession, type Session } from './harness'

let session: Session

const products = [
  { sku: 'MD-1', name: 'Mampara de ducha', unitPriceCents: 18_990, active: true },
  { sku: 'MD-2', name: 'Azulejo metro blanco', unitPriceCents: 2_450, active: true },
  { sku: 'MD-3', name: 'Grifo monomando', unitPriceCents: 7_300, active: true },
  { sku: 'MD-4', name: 'Bañera antigua', unitPriceCents: 45_000, active: false },
  { sku: 'MD-5', name: 'Cisterna alta', unitPriceCents: 9_900, active: false }
]
const executives = [
  { name: 'Núria Puig', email: 'nuria@example.com', active: true },
  { name: 'Ádám Kovács', email: 'adam@example.com', active: false }
]

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  for (const p of products) await session.store('products.create', { product: { ...emptyProduct(), ...p } })
  for (const e of executives)
    await session.store('executives.create', { executive: { ...emptyExecutive(), ...e } })
}, 120_000)

afterAll(async () => {
  await session.close()
})

const rowNames = async (testId: string) =>
  (await session.byTestId(testId).locator('.cell-main').allTextContents()).map((s) => s.trim())

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' })

describe('the product catalogue list', () => {
  it('opens on the products still sold, sorted by name, and counts them', async () => {
    await session.open('/products')
    const sold = products.filter((p) => p.active).map((p) => p.name)
    await expect.poll(() => session.byTestId('list-count').textContent()).toBe(`${sold.length} products`)
    expect(await rowNames('product-row')).toEqual([...sold].sort(byName))
    expect(await session.byTestId('product-filter-active').inputValue()).toBe('active')
    await expectNoSeriousA11yViolations(session.page)
  })

  it('sorts by price and shows the archived ones when asked', async () => {
    await session.byTestId('product-filter-active').selectOption('all')
    await expect.poll(() => session.byTestId('list-count').textContent()).toBe(`${products.length} products`)
    await session.byTestId('sort-price').click()
    const byPrice = [...products].sort((a, b) => a.unitPriceCents - b.unitPriceCents).map((p) => p.name)
    await expect.poll(() => rowNames('product-row')).toEqual(byPrice)
    expect(session.page.url()).toContain('active=all')

    await session.byTestId('product-filter-active').selectOption('inactive')
    const archived = products.filter((p) => !p.active)
    await expect.poll(() => session.byTestId('list-count').textContent()).toBe(`${archived.length} products`)
    expect(await session.page.locator('[data-testid="product-row"].archived').count()).toBe(archived.length)
  })

  it('exports exactly what the list shows', async () => {
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      session.byTestId('export-xlsx').click()
    ])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(await download.path())
    const sheet = workbook.worksheets[0]
    const header = (sheet.getRow(1).values as unknown[]).map(String)
    const sku = header.indexOf('SKU')
    expect(sku).toBeGreaterThan(0)
    const skus: string[] = []
    sheet.eachRow((row, n) => {
      if (n > 1) skus.push(row.getCell(sku).text)
    })
    expect(skus.sort()).toEqual(
      products
        .filter((p) => !p.active)
        .map((p) => p.sku)
        .sort()
    )
  })

  it('opens a product from its row', async () => {
    await session.page.locator('[data-testid="product-row"]', { hasText: 'Cisterna alta' }).click()
    await session.page.waitForURL(/#\/products\/\d+$/)
    await expect.poll(() => session.byTestId('record-title').textContent()).toContain('Cisterna alta')
  })
})

describe('the sales team list', () => {
  it('opens on the whole team and narrows to the active ones', async () => {
    await session.open('/executives')
    await expect
      .poll(() => session.byTestId('list-count').textContent())
      .toBe(`${executives.length} sales executives`)
    expect(await rowNames('executive-row')).toEqual(executives.map((e) => e.name).sort(byName))
    await expectNoSeriousA11yViolations(session.page)

    await session.byTestId('executive-filter-active').selectOption('active')
    const active = executives.filter((e) => e.active).map((e) => e.name)
    await expect.poll(() => rowNames('executive-row')).toEqual(active)
    await session.byTestId('executive-new').click()
    await session.page.waitForURL(/#\/executives\/new$/)
  })
})

describe('a master-data record page (create, delete)', () => {
  const field = (name: string) => session.page.locator(`input[name="${name}"]`)

  it('creates a product and deletes it', async () => {
    await session.open('/products/new')
    await field('sku').fill('MD-9')
    await field('name').fill('Plato de ducha')
    await field('unit').fill('ud')
    await field('price').fill('129,90')
    await field('vatRate').fill('21')
    await session.byTestId('product-save').click()
    await expect.poll(() => session.page.url()).toMatch(/\/products\/\d+$/)
    await expect.poll(() => session.byTestId('banner-success').textContent()).toBe('The product was created.')
    const id = Number(/\/products\/(\d+)$/.exec(session.page.url())?.[1])
    expect((await session.store('products.get', { id })).unitPriceCents).toBe(12_990)

    // The saved record's page saves an edit: the new price is stored in cents.
    await field('price').fill('1.234,05')
    await session.byTestId('product-save').click()
    await expect.poll(() => session.byTestId('banner-success').textContent()).toBe('Saved.')
    expect((await session.store('products.get', { id })).unitPriceCents).toBe(1_234 * 100 + 5)

    // An SKU another product has is refused and marked on the SKU field, on the record and on a new one.
    const taken = products[0].sku
    await field('sku').fill(taken)
    await session.byTestId('product-save').click()
    await expect
      .poll(() => session.byTestId('banner-error').textContent())
      .toBe(`The SKU ${taken} is already used.`)
    expect(await session.byTestId('error-sku').textContent()).toBe(
      'This SKU is already used by another product'
    )
    expect(await field('sku').getAttribute('aria-invalid')).toBe('true')
    expect(await field('price').getAttribute('aria-invalid')).toBe('false')
    expect((await session.store('products.get', { id })).sku).toBe('MD-9')

    await session.byTestId('product-delete').click()
    await session.byTestId('confirm-ok').click()
    await expect.poll(() => new URL(session.page.url()).hash).toBe('#/products')
    await expect
      .poll(() => session.byTestId('banner-success').textContent())
      .toBe('The product Plato de ducha was deleted.')
  })

  it('refuses a new product with an SKU already used, marking the SKU field', async () => {
    await session.open('/products/new')
    await field('sku').fill(products[1].sku)
    await field('name').fill('Otro azulejo')
    await field('unit').fill('ud')
    await session.byTestId('product-save').click()
    await expect
      .poll(() => session.byTestId('error-sku').textContent())
      .toBe('This SKU is already used by another product')
    expect(await session.byTestId('banner-error').textContent()).toBe(
      `The SKU ${products[1].sku} is already used.`
    )
    expect(await field('sku').getAttribute('aria-invalid')).toBe('true')
    expect(new URL(session.page.url()).hash).toBe('#/products/new')
  })

  it('creates a sales executive and deletes them', async () => {
    await session.open('/executives/new')
    await field('name').fill('Iker Etxeberria')
    await field('email').fill('iker@example.com')
    await session.byTestId('executive-save').click()
    await expect.poll(() => session.page.url()).toMatch(/\/executives\/\d+$/)
    await expect
      .poll(() => session.byTestId('banner-success').textContent())
      .toBe('The sales executive was added.')
    const id = Number(/\/executives\/(\d+)$/.exec(session.page.url())?.[1])
    await field('phone').fill('+34 600 000 001')
    await session.byTestId('executive-save').click()
    await expect.poll(() => session.byTestId('banner-success').textContent()).toBe('Saved.')
    expect((await session.store('executives.get', { id })).phone).toBe('+34 600 000 001')
    await session.byTestId('executive-delete').click()
    await session.byTestId('confirm-ok').click()
    await expect.poll(() => new URL(session.page.url()).hash).toBe('#/executives')
    await expect
      .poll(() => session.byTestId('banner-success').textContent())
      .toBe('The sales executive Iker Etxeberria was deleted.')
  })
})
