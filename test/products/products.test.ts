import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { customer, openTestDesk, product, productQuery, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

describe('products', () => {
  it('creates, reads and edits a product with its price in whole cents', async () => {
    const created = await desk.call('products.create', {
      product: product({
        sku: 'CAF-01',
        name: 'Café en grano arábica',
        unit: 'kg',
        unitPriceCents: 1_999,
        vatRateBp: 1000
      })
    })
    expect(created).toMatchObject({
      sku: 'CAF-01',
      name: 'Café en grano arábica',
      unitPriceCents: 1999,
      vatRateBp: 1000,
      active: true
    })
    expect(await desk.call('products.get', { id: created.id })).toEqual(created)
    const stored = desk.store.sqlite
      .prepare('select unit_price_cents, typeof(unit_price_cents) as t from products')
      .get()
    expect(stored).toEqual({ unit_price_cents: 1999, t: 'integer' })
    desk.clock.advance(1000)
    const updated = await desk.call('products.update', {
      id: created.id,
      product: product({ sku: 'CAF-01', name: 'Café', unitPriceCents: 2_050 })
    })
    expect(updated.unitPriceCents).toBe(2050)
    expect(updated.updatedAt).not.toBe(created.updatedAt)
    const summary = desk.store.sqlite
      .prepare("select summary from activity_log where action = 'update'")
      .get() as { summary: string }
    expect(summary.summary).toMatch(/unitPriceCents/)
    expect(summary.summary).toMatch(/name/)
  })

  it('refuses a price that is not whole cents or negative', async () => {
    const fractional = await desk.fail('products.create', { product: product({ unitPriceCents: 12.5 }) })
    expect(fractional.code).toBe('invalid_input')
    expect(fractional.fields).toHaveProperty(['product.unitPriceCents'])
    const negative = await desk.fail('products.create', { product: product({ unitPriceCents: -1 }) })
    expect(negative.fields).toHaveProperty(['product.unitPriceCents'])
  })

  it('keeps SKUs unique on create and on edit', async () => {
    const first = await desk.call('products.create', { product: product({ sku: 'SKU-1' }) })
    const second = await desk.call('products.create', { product: product({ sku: 'SKU-2' }) })
    const onCreate = await desk.fail('products.create', { product: product({ sku: 'SKU-1' }) })
    expect(onCreate.code).toBe('conflict')
    expect(onCreate.fields).toHaveProperty('sku')
    const onEdit = await desk.fail('products.update', { id: second.id, product: product({ sku: 'SKU-1' }) })
    expect(onEdit.code).toBe('conflict')
    expect((await desk.call('products.get', { id: second.id })).sku).toBe('SKU-2')
    expect((await desk.call('products.get', { id: first.id })).sku).toBe('SKU-1')
  })

  it('deletes an unused product, but only deactivates one a customer prefers', async () => {
    const unused = await desk.call('products.create', { product: product({ sku: 'U-1' }) })
    const chosen = await desk.call('products.create', { product: product({ sku: 'C-1' }) })
    await desk.call('customers.create', { customer: customer({ preferredProductIds: [chosen.id] }) })
    expect(await desk.call('products.delete', { id: unused.id })).toEqual({ deleted: true })
    expect((await desk.fail('products.get', { id: unused.id })).code).toBe('not_found')
    expect(await desk.call('products.delete', { id: chosen.id })).toEqual({
      deleted: false,
      deactivated: true
    })
    const kept = await desk.call('products.get', { id: chosen.id })
    expect(kept.active).toBe(false)
    expect(desk.store.sqlite.prepare('select count(*) as n from customer_product_preferences').get()).toEqual(
      { n: 1 }
    )
    const actions = desk.store.sqlite
      .prepare("select action from activity_log where entity = 'product' order by id")
      .all()
    expect(actions).toEqual([
      { action: 'create' },
      { action: 'create' },
      { action: 'delete' },
      { action: 'deactivate' }
    ])
  })

  it('deactivates instead of deleting a product that other records (e.g. document lines) refer to', async () => {
    const sold = await desk.call('products.create', { product: product({ sku: 'S-1' }) })
    // A stand-in for any later table that refers to products without cascading (document lines, visits).
    desk.store.sqlite.exec(
      'create table test_lines (id integer primary key, product_id integer not null references products(id))'
    )
    desk.store.sqlite.prepare('insert into test_lines (product_id) values (?)').run(sold.id)
    expect(await desk.call('products.delete', { id: sold.id })).toEqual({ deleted: false, deactivated: true })
    expect((await desk.call('products.get', { id: sold.id })).active).toBe(false)
    const actions = desk.store.sqlite
      .prepare("select action from activity_log where entity = 'product' order by id")
      .all()
    expect(actions).toEqual([{ action: 'create' }, { action: 'deactivate' }])
  })

  it('sorts by name the way people read it: accents and case do not push names to the end', async () => {
    for (const [i, name] of ['zeta', 'Écran 24"', 'beta', 'Álvaro', 'Alpha', 'монитор'].entries()) {
      await desk.call('products.create', { product: product({ sku: `N-${i}`, name }) })
    }
    const sorted = async (direction: 'asc' | 'desc') =>
      (await desk.call('products.list', productQuery({ sort: { field: 'name', direction } }))).rows.map(
        (p) => p.name
      )
    expect(await sorted('asc')).toEqual(['Alpha', 'Álvaro', 'beta', 'Écran 24"', 'zeta', 'монитор'])
    expect(await sorted('desc')).toEqual(['монитор', 'zeta', 'Écran 24"', 'beta', 'Álvaro', 'Alpha'])
  })

  it('searches accent-insensitively, filters active ones, and sorts by price', async () => {
    await desk.call('products.create', {
      product: product({ sku: 'M-1', name: 'Монитор 27"', unitPriceCents: 30_000 })
    })
    await desk.call('products.create', {
      product: product({ sku: 'C-1', name: 'Café en grano', unitPriceCents: 1_500 })
    })
    await desk.call('products.create', {
      product: product({ sku: 'P-1', name: 'Irodaszer csomag prémium', unitPriceCents: 900, active: false })
    })
    await desk.call('products.create', {
      product: product({ sku: 'D-1', name: 'Discount 50% pack', unitPriceCents: 100 })
    })
    const skus = async (q: Parameters<typeof productQuery>[0]) =>
      (await desk.call('products.list', productQuery(q))).rows.map((p) => p.sku)
    expect(await skus({ search: 'cafe' })).toEqual(['C-1'])
    expect(await skus({ search: 'МОНИТОР' })).toEqual(['M-1'])
    expect(await skus({ search: 'premium csomag' })).toEqual(['P-1'])
    expect(await skus({ search: '50%' })).toEqual(['D-1'])
    expect(await skus({ search: '0%' })).toEqual(['D-1'])
    expect(await skus({ search: '_' })).toEqual([])
    expect(await skus({ active: 'inactive' })).toEqual(['P-1'])
    expect(await skus({ active: 'active', sort: { field: 'unitPriceCents', direction: 'desc' } })).toEqual([
      'M-1',
      'C-1',
      'D-1'
    ])
    const page = await desk.call('products.list', productQuery({ offset: 1, limit: 2 }))
    expect(page.total).toBe(4)
    expect(page.rows.map((p) => p.sku)).toEqual(['D-1', 'M-1'])
  })
})
