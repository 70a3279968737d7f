/**
 * Addresses print in the convention of the destination country (issue 14): one case per order,
 * written out by hand from the postal conventions, and a Russian and a Hungarian invoice read back
 * with pdftotext to see the order survive the layout; a delivery note goes to the delivery address.
 */
import { pdfText } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { postalLines, type PostalAddress } from '../../src/shared/address-format'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'
import { confirmedOrder, issued, seedDocuments, type Seeded } from '../documents/helpers'

const at = (a: Partial<PostalAddress>): PostalAddress => ({
  line1: '',
  line2: '',
  postalCode: '',
  city: '',
  region: '',
  country: '',
  ...a
})

describe('address order per country', () => {
  it('France (and most of Europe): street, postcode before the city', () => {
    expect(
      postalLines(at({ line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' }))
    ).toEqual(['12 rue de la Paix', '75002 Paris', 'FR'])
  })
  it('Spain: postcode, town and the province in brackets', () => {
    expect(
      postalLines(
        at({
          line1: 'Calle Mayor 1, 3º B',
          postalCode: '37002',
          city: 'Salamanca',
          region: 'Salamanca',
          country: 'ES'
        })
      )
    ).toEqual(['Calle Mayor 1, 3º B', '37002 Salamanca (Salamanca)', 'ES'])
  })
  it('Hungary: postcode and town first, then the street', () => {
    expect(
      postalLines(at({ line1: 'Szőlő utca 5.', postalCode: '9021', city: 'Győr', country: 'HU' }))
    ).toEqual(['9021 Győr', 'Szőlő utca 5.', 'HU'])
  })
  it('Russia: street, town, region, postcode last', () => {
    expect(
      postalLines(
        at({
          line1: 'ул. Ленина, д. 5, кв. 12',
          city: 'г. Тверь',
          region: 'Тверская обл.',
          postalCode: '170000',
          country: 'RU'
        })
      )
    ).toEqual(['ул. Ленина, д. 5, кв. 12', 'г. Тверь', 'Тверская обл.', '170000', 'RU'])
  })
  it('United Kingdom: town, county, postcode on its own line', () => {
    expect(
      postalLines(at({ line1: '10 Downing Street', city: 'London', postalCode: 'SW1A 2AA', country: 'GB' }))
    ).toEqual(['10 Downing Street', 'London', 'SW1A 2AA', 'GB'])
  })
  it('United States: "city, state ZIP"', () => {
    expect(
      postalLines(
        at({
          line1: '1600 Pennsylvania Ave NW',
          city: 'Washington',
          region: 'DC',
          postalCode: '20500',
          country: 'US'
        })
      )
    ).toEqual(['1600 Pennsylvania Ave NW', 'Washington, DC 20500', 'US'])
  })
})

describe('printed addresses', () => {
  let desk: TestDesk
  let seed: Seeded
  beforeEach(async () => {
    desk = await openTestDesk()
    seed = await seedDocuments(desk)
  })
  afterEach(async () => {
    await desk.close()
  })

  const printedLines = async (id: number) => {
    const file = desk.folder.file(`${String(id)}.pdf`)
    writeFileSync(file, (await desk.call('documents.pdf', { id })).bytes)
    return pdfText(file)
      .split('\n')
      .map((l) => l.trim())
  }
  const indexOf = (lines: string[], text: string) => lines.findIndex((l) => l.startsWith(text))

  it('a Russian invoice has the street first and the postcode last', async () => {
    const russian = await desk.call('customers.create', {
      customer: customer({
        name: 'ООО «Ромашка»',
        documentLanguage: 'en',
        billingAddress: {
          line1: 'ул. Ленина, д. 5',
          line2: '',
          postalCode: '170000',
          city: 'г. Тверь',
          region: 'Тверская обл.',
          country: 'RU'
        }
      })
    })
    const lines = await printedLines((await issued(desk, seed, { customerId: russian.id })).id)
    const order = ['ул. Ленина, д. 5', 'г. Тверь', 'Тверская обл.', '170000'].map((t) => indexOf(lines, t))
    expect(order.every((i) => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('a Hungarian invoice has the postcode and town above the street', async () => {
    // The seeded customer: Szőlő utca 5, 9021 Győr, HU.
    const lines = await printedLines((await issued(desk, seed)).id)
    const town = indexOf(lines, '9021 Győr')
    const street = indexOf(lines, 'Szőlő utca 5')
    expect(town).toBeGreaterThanOrEqual(0)
    expect(street).toBe(town + 1)
  })

  it('a delivery note goes to the delivery address the customer keeps apart, else to the billing address', async () => {
    // An order for the customer, one line delivered, its delivery note read back line by line.
    const deliveryNoteLines = async (customerId: number) => {
      const { order } = await confirmedOrder(desk, { ...seed, customerId })
      const delivered = await desk.call('orders.recordDelivery', {
        orderId: order.id,
        deliveryDate: '2026-03-04',
        note: '',
        lines: [{ lineId: order.lines[0].id, quantityMilli: 1_000 }]
      })
      const note = await desk.call('deliveries.pdf', { id: delivered.deliveries[0].id })
      const file = desk.folder.file(note.fileName)
      writeFileSync(file, note.bytes)
      return pdfText(file)
        .split('\n')
        .map((l) => l.trim())
    }
    const warehouse = await desk.call('customers.create', {
      customer: customer({
        name: 'Rába Bútor Kft.',
        documentLanguage: 'en',
        billingAddress: address('Győr', { line1: 'Baross út 1', postalCode: '9021', country: 'HU' }),
        deliverySameAsBilling: false,
        deliveryAddress: address('Győr', { line1: 'Ipari park 12', postalCode: '9027', country: 'HU' })
      })
    })
    const apart = await deliveryNoteLines(warehouse.id)
    expect(indexOf(apart, 'Deliver to')).toBeGreaterThanOrEqual(0)
    // The Hungarian order: postcode and town above the street; the billing street is not on the note.
    expect(indexOf(apart, 'Ipari park 12')).toBe(indexOf(apart, '9027 Győr') + 1)
    expect(indexOf(apart, '9027 Győr')).toBeGreaterThanOrEqual(0)
    expect(indexOf(apart, 'Baross út 1')).toBe(-1)

    // The seeded customer keeps no delivery address of its own: its billing address (Szőlő utca 5, 9021 Győr).
    const same = await deliveryNoteLines(seed.customerId)
    expect(indexOf(same, 'Szőlő utca 5')).toBe(indexOf(same, '9021 Győr') + 1)
    expect(indexOf(same, '9021 Győr')).toBeGreaterThanOrEqual(0)
  })
})
