/** Issue 13 item 3: the same tax id is refused unless confirmed; nearly identical names are found. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { customer, customerQuery, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

describe('duplicate customers', () => {
  it('refuses a second customer with the same tax id, however it is written, unless confirmed', async () => {
    const first = await desk.call('customers.create', {
      customer: customer({ name: 'Ferretería Núñez S.L.', taxId: 'ESB99999997' })
    })
    for (const spelling of ['ESB99999997', 'es b-99.999.997', 'B99999997']) {
      const error = await desk.fail('customers.create', {
        customer: customer({ name: 'Another name entirely', taxId: spelling })
      })
      expect(error.code).toBe('conflict')
      expect(error.fields?.taxId).toContain(first.code)
    }
    // Nothing was written by the refusals.
    expect((await desk.call('customers.list', customerQuery())).total).toBe(1)
    // A different number is fine; a confirmed duplicate is saved.
    await desk.call('customers.create', { customer: customer({ name: 'Otra S.A.', taxId: 'B55555551' }) })
    await desk.call('customers.create', {
      customer: customer({ name: 'Sucursal Norte', taxId: 'B99999997' }),
      confirmDuplicate: true
    })
    expect((await desk.call('customers.list', customerQuery())).total).toBe(3)
  })

  it('refuses changing a customer to a tax id another one has, but saves unchanged ones', async () => {
    await desk.call('customers.create', { customer: customer({ name: 'Uno S.L.', taxId: 'B11111119' }) })
    const two = await desk.call('customers.create', {
      customer: customer({ name: 'Dos S.L.', taxId: 'B22222228' })
    })
    const { id: _i, createdAt: _c, updatedAt: _u, archivedAt: _a, ...input } = two
    const error = await desk.fail('customers.update', {
      id: two.id,
      customer: { ...input, taxId: 'B-11111119' }
    })
    expect(error.code).toBe('conflict')
    expect((await desk.call('customers.get', { id: two.id })).taxId).toBe('B22222228')
    const saved = await desk.call('customers.update', { id: two.id, customer: { ...input, notes: 'x' } })
    expect(saved.notes).toBe('x')
  })

  it('finds nearly identical names: accents, case, punctuation and the legal form ignored', async () => {
    const a = await desk.call('customers.create', { customer: customer({ name: 'Ferretería Núñez, S.L.' }) })
    await desk.call('customers.create', { customer: customer({ name: 'Ferretería Núñez Hermanos S.L.' }) })
    const b = await desk.call('customers.create', { customer: customer({ name: 'Győri Kft.' }) })
    const found = await desk.call('customers.duplicates', {
      name: 'FERRETERIA NUNEZ SL',
      taxId: '',
      excludeId: null
    })
    expect(found.similarName.map((r) => r.id)).toEqual([a.id])
    expect(found.sameTaxId).toEqual([])
    expect(
      (
        await desk.call('customers.duplicates', { name: 'gyori kft', taxId: '', excludeId: null })
      ).similarName.map((r) => r.id)
    ).toEqual([b.id])
    // The customer being edited is not its own duplicate.
    expect(
      (await desk.call('customers.duplicates', { name: 'Győri', taxId: '', excludeId: b.id })).similarName
    ).toEqual([])
  })
})
