import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CustomerInput } from '../../src/shared/schemas/customers'
import { address, customer, customerQuery, executive, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

const create = (overrides: Partial<CustomerInput>) =>
  desk.call('customers.create', { customer: customer(overrides) })

async function names(search: string, extra: Parameters<typeof customerQuery>[0] = {}): Promise<string[]> {
  const page = await desk.call('customers.list', customerQuery({ search, ...extra }))
  return page.rows.map((r) => r.name)
}

describe('customer search', () => {
  beforeEach(async () => {
    await create({ name: 'José Núñez e Hijos S.L.', taxId: 'B12345674', billingAddress: address('Córdoba') })
    await create({ name: 'Győri Kereskedelmi Kft.', billingAddress: address('Győr', { country: 'HU' }) })
    await create({ name: 'ООО «Смирнов Торг»', billingAddress: address('Москва', { country: 'RU' }) })
    await create({
      name: 'Col·lectiu Puig SCCL',
      billingAddress: address('Barcelona'),
      contacts: [{ name: 'Núria Ferrer', role: 'Purchasing', phone: '', email: 'nuria@puig.example' }]
    })
    await create({ name: 'Discount 50% Store', billingAddress: address('Leeds', { country: 'GB' }) })
    await create({ name: 'Under_score Ltd', billingAddress: address('London', { country: 'GB' }) })
    await create({ name: 'Plain Trading Ltd', billingAddress: address('Bristol', { country: 'GB' }) })
  })

  it('ignores accents and case', async () => {
    expect(await names('jose')).toEqual(['José Núñez e Hijos S.L.'])
    expect(await names('NUNEZ')).toEqual(['José Núñez e Hijos S.L.'])
    expect(await names('gyor')).toEqual(['Győri Kereskedelmi Kft.'])
    expect(await names('Győr')).toEqual(['Győri Kereskedelmi Kft.'])
    expect(await names('cordoba')).toEqual(['José Núñez e Hijos S.L.'])
  })

  it('finds Cyrillic in either case', async () => {
    expect(await names('смирнов')).toEqual(['ООО «Смирнов Торг»'])
    expect(await names('СМИРНОВ торг')).toEqual(['ООО «Смирнов Торг»'])
    expect(await names('москва')).toEqual(['ООО «Смирнов Торг»'])
  })

  it('needs every word to match (AND), in any order', async () => {
    expect(await names('hijos jose')).toEqual(['José Núñez e Hijos S.L.'])
    expect(await names('jose gyor')).toEqual([])
    expect(await names('ltd')).toEqual(['Plain Trading Ltd', 'Under_score Ltd'])
    expect(await names('ltd plain')).toEqual(['Plain Trading Ltd'])
  })

  it('finds by code, tax id, city, contact name and contact e-mail', async () => {
    expect(await names('C-000003')).toEqual(['ООО «Смирнов Торг»'])
    expect(await names('b12345674')).toEqual(['José Núñez e Hijos S.L.'])
    expect(await names('bristol')).toEqual(['Plain Trading Ltd'])
    expect(await names('nuria ferrer')).toEqual(['Col·lectiu Puig SCCL'])
    expect(await names('nuria@puig.example')).toEqual(['Col·lectiu Puig SCCL'])
    expect(await names('collectiu')).toEqual(['Col·lectiu Puig SCCL'])
  })

  it('treats % and _ typed by users as plain characters', async () => {
    expect(await names('50%')).toEqual(['Discount 50% Store'])
    expect(await names('%')).toEqual(['Discount 50% Store'])
    expect(await names('_')).toEqual(['Under_score Ltd'])
    expect(await names('o_e')).toEqual([])
    expect(await names('5_%')).toEqual([])
    expect(await names('\\')).toEqual([])
  })

  it('finds a customer by its new name after an edit, and no longer by the old one', async () => {
    const page = await desk.call('customers.list', customerQuery({ search: 'plain' }))
    const before = await desk.call('customers.get', { id: page.rows[0].id })
    const { id, createdAt: _c, updatedAt: _u, archivedAt: _a, ...input } = before
    await desk.call('customers.update', { id, customer: { ...input, name: 'Ådalsvik Handel AS' } })
    expect(await names('plain')).toEqual([])
    expect(await names('adalsvik')).toEqual(['Ådalsvik Handel AS'])
  })

  it('sees customers written by another program (e.g. the command line) on the same file', async () => {
    const other = new BetterSqlite3(desk.databasePath)
    try {
      other
        .prepare(
          `insert into customers (code, name, sort_name, status, preferred_payment_method, search_text, created_at, updated_at)
           values ('X-1', 'Écija Suministros', 'ecija suministros', 'active', 'card', 'x-1 ecija suministros', 'a', 'a')`
        )
        .run()
    } finally {
      other.close()
    }
    expect(await names('ecija')).toEqual(['Écija Suministros'])
  })
})

describe('customer list: filters, sorting and paging', () => {
  it('filters by status, archived state and sales executive', async () => {
    const ana = await desk.call('executives.create', { executive: executive({ name: 'Ana' }) })
    const bela = await desk.call('executives.create', { executive: executive({ name: 'Béla' }) })
    await create({ name: 'Active of Ana', status: 'active', executiveId: ana.id })
    await create({ name: 'Prospect of Béla', status: 'prospect', executiveId: bela.id })
    const archived = await create({ name: 'Archived of Ana', status: 'inactive', executiveId: ana.id })
    await desk.call('customers.archive', { id: archived.id })

    expect(await names('')).toEqual(['Active of Ana', 'Prospect of Béla'])
    expect(await names('', { archived: 'include' })).toEqual([
      'Active of Ana',
      'Archived of Ana',
      'Prospect of Béla'
    ])
    expect(await names('', { archived: 'only' })).toEqual(['Archived of Ana'])
    expect(await names('', { status: 'prospect' })).toEqual(['Prospect of Béla'])
    expect(await names('', { status: 'inactive', archived: 'include' })).toEqual(['Archived of Ana'])
    expect(await names('', { executiveId: ana.id, archived: 'include' })).toEqual([
      'Active of Ana',
      'Archived of Ana'
    ])
    expect(await names('', { executiveId: bela.id, status: 'active' })).toEqual([])

    const rows = (await desk.call('customers.list', customerQuery({ archived: 'include' }))).rows
    expect(rows.find((r) => r.name === 'Archived of Ana')?.archived).toBe(true)
    expect(rows.find((r) => r.name === 'Active of Ana')?.executiveName).toBe('Ana')
  })

  it('sorts by name ignoring accents and case, both directions', async () => {
    for (const name of ['zeta', 'Álvaro SL', 'beta', 'Ómicron', 'alpha']) await create({ name })
    expect(await names('', { sort: { field: 'name', direction: 'asc' } })).toEqual([
      'alpha',
      'Álvaro SL',
      'beta',
      'Ómicron',
      'zeta'
    ])
    expect(await names('', { sort: { field: 'name', direction: 'desc' } })).toEqual([
      'zeta',
      'Ómicron',
      'beta',
      'Álvaro SL',
      'alpha'
    ])
  })

  it('sorts by code, city, country, status, executive and last change', async () => {
    const zoe = await desk.call('executives.create', { executive: executive({ name: 'Zoë' }) })
    const adam = await desk.call('executives.create', { executive: executive({ name: 'Ádám' }) })
    await create({
      name: 'one',
      code: 'K-3',
      status: 'prospect',
      billingAddress: address('Zaragoza', { country: 'ES' }),
      executiveId: zoe.id
    })
    desk.clock.advance(1000)
    await create({
      name: 'two',
      code: 'K-1',
      status: 'active',
      billingAddress: address('Barcelona', { country: 'HU' }),
      executiveId: adam.id
    })
    desk.clock.advance(1000)
    await create({
      name: 'three',
      code: 'K-2',
      status: 'inactive',
      billingAddress: address('Madrid', { country: 'DE' }),
      executiveId: null
    })
    const by = (
      field: 'code' | 'city' | 'country' | 'status' | 'executiveName' | 'updatedAt',
      direction: 'asc' | 'desc' = 'asc'
    ) => names('', { sort: { field, direction } })
    expect(await by('code')).toEqual(['two', 'three', 'one'])
    expect(await by('city')).toEqual(['two', 'three', 'one'])
    expect(await by('country')).toEqual(['three', 'one', 'two'])
    expect(await by('status')).toEqual(['two', 'three', 'one'])
    expect(await by('updatedAt', 'desc')).toEqual(['three', 'two', 'one'])
    const byExecutive = await by('executiveName')
    expect(byExecutive.slice(1)).toEqual(['two', 'one'])
    expect(byExecutive[0]).toBe('three')
  })

  it('reflects a renamed sales executive in the list and its sort order', async () => {
    const a = await desk.call('executives.create', { executive: executive({ name: 'Aaron' }) })
    const b = await desk.call('executives.create', { executive: executive({ name: 'Bruno' }) })
    await create({ name: 'of Aaron', executiveId: a.id })
    await create({ name: 'of Bruno', executiveId: b.id })
    expect(await names('', { sort: { field: 'executiveName', direction: 'asc' } })).toEqual([
      'of Aaron',
      'of Bruno'
    ])
    await desk.call('executives.update', { id: a.id, executive: executive({ name: 'Zacarías' }) })
    expect(await names('', { sort: { field: 'executiveName', direction: 'asc' } })).toEqual([
      'of Bruno',
      'of Aaron'
    ])
    const rows = (await desk.call('customers.list', customerQuery())).rows
    expect(rows.find((r) => r.name === 'of Aaron')?.executiveName).toBe('Zacarías')
  })

  it('sorts correctly by a sales executive added after the list was first shown', async () => {
    const a = await desk.call('executives.create', { executive: executive({ name: 'Aaron' }) })
    await create({ name: 'of Aaron', executiveId: a.id })
    expect(await names('', { sort: { field: 'executiveName', direction: 'asc' } })).toEqual(['of Aaron'])
    const z = await desk.call('executives.create', { executive: executive({ name: 'Zed' }) })
    await create({ name: 'of Zed', executiveId: z.id })
    expect(await names('', { sort: { field: 'executiveName', direction: 'asc' } })).toEqual([
      'of Aaron',
      'of Zed'
    ])
    expect(await names('', { sort: { field: 'executiveName', direction: 'desc' } })).toEqual([
      'of Zed',
      'of Aaron'
    ])
  })

  it('pages through the list with the full total on every page', async () => {
    for (let i = 1; i <= 25; i++)
      await create({
        name: `Customer ${String(i).padStart(2, '0')}`,
        status: i % 2 === 0 ? 'active' : 'prospect'
      })
    const first = await desk.call('customers.list', customerQuery({ offset: 0, limit: 10 }))
    const last = await desk.call('customers.list', customerQuery({ offset: 20, limit: 10 }))
    const beyond = await desk.call('customers.list', customerQuery({ offset: 40, limit: 10 }))
    expect(first.total).toBe(25)
    expect(first.rows.map((r) => r.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Customer ${String(i + 1).padStart(2, '0')}`)
    )
    expect(last.total).toBe(25)
    expect(last.rows.map((r) => r.name)).toEqual([
      'Customer 21',
      'Customer 22',
      'Customer 23',
      'Customer 24',
      'Customer 25'
    ])
    expect(beyond).toEqual({ total: 25, rows: [] })
    const filtered = await desk.call(
      'customers.list',
      customerQuery({ status: 'active', offset: 5, limit: 3 })
    )
    expect(filtered.total).toBe(12)
    expect(filtered.rows.map((r) => r.name)).toEqual(['Customer 12', 'Customer 14', 'Customer 16'])
  })

  it('list rows show the first contact, e-mail and billing city', async () => {
    await create({
      name: 'Ferretería Peña',
      billingAddress: address('León'),
      contacts: [
        { name: 'Ángela Peña', role: '', phone: '', email: 'angela@pena.example' },
        { name: 'Raúl Gómez', role: '', phone: '', email: 'raul@pena.example' }
      ]
    })
    const [row] = (await desk.call('customers.list', customerQuery())).rows
    expect(row).toMatchObject({
      name: 'Ferretería Peña',
      city: 'León',
      country: 'ES',
      contactName: 'Ángela Peña',
      email: 'angela@pena.example',
      archived: false
    })
  })
})
