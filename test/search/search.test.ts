/**
 * Global search (Ctrl+K): each kind of record is found by the words a user types, accents and
 * case aside; expectations are worked out here from the records themselves.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { generateDemo } from '../../src/main/demo/generate'
import { address, customer, openTestDesk, product, type TestDesk } from '../support/fixtures'

let desk: TestDesk
afterEach(async () => {
  await desk.close()
})

describe('search everywhere', () => {
  it('finds customers, their contacts and products by any word, without accents or case', async () => {
    desk = await openTestDesk()
    const nunez = await desk.call('customers.create', {
      customer: customer({ name: 'Ferretería José Núñez', billingAddress: address('Sevilla') })
    })
    const gyor = await desk.call('customers.create', {
      customer: customer({
        name: 'Ablak Kft.',
        taxId: 'HU12345676',
        billingAddress: address('Győr', { country: 'HU', postalCode: '9021' }),
        contacts: [
          { name: 'Anna Kis', role: 'Buyer', phone: '', email: 'anna@ablak.hu' },
          { name: 'Zoltán Győri', role: 'Owner', phone: '+36 96 123 456', email: 'zoltan@ablak.hu' }
        ]
      })
    })
    await desk.call('products.create', { product: product({ sku: 'SILLA-1', name: 'Silla ergonómica' }) })
    await desk.call('products.create', { product: product({ sku: 'MESA-1', name: 'Mesa', active: false }) })

    const byName = await desk.call('search.everywhere', { text: 'JOSE nunez' })
    expect(byName.customers.map((c) => c.id)).toEqual([nunez.id])
    expect(byName.contacts).toEqual([])

    // "gyori" is the contact's name and (as "gyor") the city: the customer is found once, the one contact too.
    const byContact = await desk.call('search.everywhere', { text: 'gyori' })
    expect(byContact.customers.map((c) => c.id)).toEqual([gyor.id])
    expect(byContact.contacts).toEqual([
      {
        customerId: gyor.id,
        customerName: 'Ablak Kft.',
        name: 'Zoltán Győri',
        email: 'zoltan@ablak.hu',
        phone: '+36 96 123 456'
      }
    ])
    expect(
      (await desk.call('search.everywhere', { text: 'anna@ablak' })).contacts.map((c) => c.name)
    ).toEqual(['Anna Kis'])

    // A customer called by the words comes before one found through a contact, whatever the name order.
    const annaKis = await desk.call('customers.create', { customer: customer({ name: 'Anna Kis Trading' }) })
    const both = await desk.call('search.everywhere', { text: 'anna kis' })
    expect(both.customers.map((c) => c.id)).toEqual([annaKis.id, gyor.id])

    const products = await desk.call('search.everywhere', { text: 'ergonomica' })
    expect(products.products).toEqual([expect.objectContaining({ sku: 'SILLA-1', active: true })])
    expect((await desk.call('search.everywhere', { text: 'mesa' })).products).toEqual([
      expect.objectContaining({ sku: 'MESA-1', active: false })
    ])
    const none = await desk.call('search.everywhere', { text: 'zzz' })
    expect(none).toEqual({ customers: [], documents: [], products: [], contacts: [] })
  })

  it('finds issued documents by their number, the exact number first, then the newest', async () => {
    desk = await openTestDesk()
    generateDemo(desk.store, { size: 'small', seed: 7, now: desk.clock.now() })
    const issued = desk.store.sqlite
      .prepare('select id, number, issue_date as issueDate from documents where number is not null')
      .all() as { id: number; number: string; issueDate: string }[]
    expect(issued.length).toBeGreaterThan(20)

    const target = issued[Math.floor(issued.length / 2)]
    const exact = await desk.call('search.everywhere', { text: target.number.toLowerCase() })
    expect(exact.documents[0]).toMatchObject({ id: target.id, number: target.number })

    // Two words, both in the number: the five newest such documents.
    const year = target.number.split('-')[1]
    const words = [year, '1']
    const expected = issued
      .filter((d) => words.every((w) => d.number.includes(w)))
      .sort((a, b) => (a.issueDate === b.issueDate ? b.id - a.id : a.issueDate < b.issueDate ? 1 : -1))
      .slice(0, 5)
      .map((d) => d.id)
    expect(expected.length).toBe(5)
    const found = await desk.call('search.everywhere', { text: `${year} 1` })
    expect(found.documents.map((d) => d.id)).toEqual(expected)
  })

  it('refuses an empty query', async () => {
    desk = await openTestDesk()
    expect((await desk.fail('search.everywhere', { text: '   ' })).code).toBe('invalid_input')
  })
})
