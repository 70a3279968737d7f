/**
 * VAT treatment where users set it (issue 11): a product's default category, a customer's
 * treatment, the category a new line gets from both, and the date of supply an invoice takes
 * from its order's deliveries. Expected values are written out here, not read from the service.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { rateValuesInForce } from '../../src/shared/schemas/vat-rates'
import { customerVatTreatment, lineVatFor, vatWarnings } from '../../src/shared/vat'
import { address, customer, openTestDesk, product, type TestDesk } from '../support/fixtures'
import { confirmedOrder, draft, line, seedDocuments } from './helpers'
import { documentLabels } from '../../src/main/pdf/strings'

let desk: TestDesk | undefined
afterEach(async () => {
  await desk?.close()
  desk = undefined
})

describe('the category a new line gets', () => {
  const chair = { vatCategory: 'S' as const, vatRateBp: 2100 }
  const course = { vatCategory: 'E' as const, vatRateBp: 0 }

  it('follows the product for customers taxed at the standard rate', () => {
    expect(lineVatFor('S', chair)).toEqual({ vatCategory: 'S', vatRateBp: 2100, vatExemptionCode: null })
    expect(lineVatFor('S', course)).toEqual({ vatCategory: 'E', vatRateBp: 0, vatExemptionCode: null })
    // Products stored before categories existed are 'S' at 0 %: zero rated.
    expect(lineVatFor('S', { vatCategory: 'S', vatRateBp: 0 })).toMatchObject({
      vatCategory: 'Z',
      vatRateBp: 0
    })
  })

  it('takes every line out of the standard rate for reverse charge, intra-EU and export customers', () => {
    expect(lineVatFor('AE', chair)).toEqual({
      vatCategory: 'AE',
      vatRateBp: 0,
      vatExemptionCode: 'VATEX-EU-AE'
    })
    expect(lineVatFor('K', chair)).toEqual({
      vatCategory: 'K',
      vatRateBp: 0,
      vatExemptionCode: 'VATEX-EU-IC'
    })
    expect(lineVatFor('G', course)).toEqual({
      vatCategory: 'G',
      vatRateBp: 0,
      vatExemptionCode: 'VATEX-EU-G'
    })
    expect(lineVatFor('E', chair)).toEqual({ vatCategory: 'E', vatRateBp: 0, vatExemptionCode: null })
  })

  it("uses the customer's own treatment, else the rule by country and VAT id", () => {
    const german = { taxId: 'DE136695976', billingAddress: { country: 'DE' } }
    expect(customerVatTreatment('ES', { ...german, defaultVatCategory: null })).toBe('K')
    expect(customerVatTreatment('ES', { ...german, defaultVatCategory: 'AE' })).toBe('AE')
    expect(customerVatTreatment('ES', { ...german, taxId: '', defaultVatCategory: null })).toBe('S')
    expect(
      customerVatTreatment('ES', { taxId: '', billingAddress: { country: 'US' }, defaultVatCategory: null })
    ).toBe('G')
    expect(
      customerVatTreatment('ES', {
        taxId: 'B58378431',
        billingAddress: { country: 'ES' },
        defaultVatCategory: null
      })
    ).toBe('S')
  })
})

describe('flags before issue', () => {
  const german = { country: 'DE', taxId: 'DE136695976' }
  // Rates as the company's VAT rates table in Settings has them on a date (not the built-in list).
  const spain = { country: 'ES', rates: [2100, 1000, 400, 0] }
  it('flags Spanish 21 % charged to a German business, and rates that are not Spanish', () => {
    expect(vatWarnings('ES', german, [{ vatCategory: 'S', vatRateBp: 2100 }], spain)).toEqual([
      { kind: 'foreignStandardRate', line: 0, rateBp: 2100, buyerCountry: 'DE' }
    ])
    // The same lines as an intra-community supply or reverse charge are fine.
    expect(
      vatWarnings(
        'ES',
        german,
        [
          { vatCategory: 'K', vatRateBp: 0 },
          { vatCategory: 'AE', vatRateBp: 0 }
        ],
        spain
      )
    ).toEqual([])
    // A German consumer (no VAT id) is charged Spanish VAT: nothing to flag at 21 %, but 27 % is Hungarian.
    expect(
      vatWarnings(
        'ES',
        { country: 'DE', taxId: '' },
        [
          { vatCategory: 'S', vatRateBp: 2100 },
          { vatCategory: 'S', vatRateBp: 2700 },
          { vatCategory: 'S', vatRateBp: 400 }
        ],
        spain
      )
    ).toEqual([{ kind: 'rateNotOfCountry', line: 1, rateBp: 2700, country: 'ES' }])
    expect(
      vatWarnings('HU', { country: 'HU', taxId: '' }, [{ vatCategory: 'S', vatRateBp: 2700 }], {
        country: 'HU',
        rates: [2700, 1800, 500, 0]
      })
    ).toEqual([])
    // A country with no rates on record flags nothing.
    expect(
      vatWarnings('US', { country: 'US', taxId: '' }, [{ vatCategory: 'S', vatRateBp: 725 }], {
        country: 'US',
        rates: []
      })
    ).toEqual([])
  })

  it('checks against the edited VAT rates table in force on the document’s date, not the built-in list', async () => {
    desk = await openTestDesk()
    const defaults = await desk.call('vatRates.get', {})
    // Spain's standard rate goes from 21 % to 23 % on 1 July 2026 (an edit in Settings).
    await desk.call('vatRates.update', {
      table: {
        rates: [
          ...defaults.rates.filter((r) => !(r.country === 'ES' && r.kind === 'standard')),
          { country: 'ES', kind: 'standard', rateBp: 2100, validFrom: null, validTo: '2026-06-30' },
          { country: 'ES', kind: 'standard', rateBp: 2300, validFrom: '2026-07-01', validTo: null }
        ]
      }
    })
    const table = await desk.call('vatRates.get', {})
    const consumer = { country: 'ES', taxId: '' }
    const lines = [
      { vatCategory: 'S' as const, vatRateBp: 2100 },
      { vatCategory: 'S' as const, vatRateBp: 2300 }
    ]
    const on = (date: string) =>
      vatWarnings('ES', consumer, lines, { country: 'ES', rates: rateValuesInForce(table, 'ES', date) })
    // In June 23 % is not yet a Spanish rate; from July 21 % no longer is (the built-in list knows only 21 %).
    expect(on('2026-06-30')).toEqual([{ kind: 'rateNotOfCountry', line: 1, rateBp: 2300, country: 'ES' }])
    expect(on('2026-07-01')).toEqual([{ kind: 'rateNotOfCountry', line: 0, rateBp: 2100, country: 'ES' }])
  })
})

describe('products and customers keep their VAT settings', () => {
  it('stores a product category, zero rates the 0 % ones, and refuses a standard rate of 0 % writing nothing', async () => {
    desk = await openTestDesk()
    const course = await desk.call('products.create', {
      product: product({ sku: 'TRAIN-1', name: 'Training course', vatRateBp: 0, vatCategory: 'E' })
    })
    expect(course).toMatchObject({ vatCategory: 'E', vatRateBp: 0 })
    const bread = await desk.call('products.create', { product: product({ sku: 'BREAD', vatRateBp: 0 }) })
    expect(bread.vatCategory).toBe('Z')
    const error = await desk.fail('products.create', {
      product: product({ sku: 'BAD', vatRateBp: 0, vatCategory: 'S' })
    })
    expect(error.code).toBe('invalid_input')
    expect(error.fields?.vatCategory).toContain('above 0 %')
    const exempt21 = await desk.fail('products.create', {
      product: product({ sku: 'BAD2', vatRateBp: 2100, vatCategory: 'E' })
    })
    expect(exempt21.fields?.vatCategory).toBe('VAT category E is charged at 0 %')
    const count = desk.store.sqlite.prepare("select count(*) as n from products where sku like 'BAD%'").get()
    expect(count).toEqual({ n: 0 })
    const updated = await desk.call('products.update', {
      id: course.id,
      product: product({ sku: 'TRAIN-1', name: 'Training course', vatRateBp: 2100, vatCategory: 'S' })
    })
    expect(updated).toMatchObject({ vatCategory: 'S', vatRateBp: 2100 })
  })

  it("keeps a customer's VAT treatment; left out it follows the rule (null)", async () => {
    desk = await openTestDesk()
    const plain = await desk.call('customers.create', { customer: customer() })
    expect(plain.defaultVatCategory).toBeNull()
    const builder = await desk.call('customers.create', {
      customer: customer({
        name: 'Construcciones Ebro S.L.',
        taxId: 'B58378431',
        defaultVatCategory: 'AE',
        billingAddress: address('Zaragoza')
      })
    })
    expect(builder.defaultVatCategory).toBe('AE')
    const back = await desk.call('customers.get', { id: builder.id })
    expect(back.defaultVatCategory).toBe('AE')
    const bad = await desk.fail('customers.create', {
      customer: { ...customer(), defaultVatCategory: 'XX' as 'AE' }
    })
    expect(bad.code).toBe('invalid_input')
  })

  it('issues a reverse-charge invoice with the wording code and an exempt line with its reason', async () => {
    desk = await openTestDesk()
    const seed = await seedDocuments(desk)
    const created = await desk.call('documents.createDraft', {
      document: draft(seed, {
        lines: [
          line({ vatCategory: 'AE', vatRateBp: 0, vatExemptionCode: 'VATEX-EU-AE' }),
          line({
            description: 'Curso',
            vatCategory: 'E',
            vatRateBp: 0,
            vatExemptionText: 'Exento art. 20 LIVA'
          })
        ]
      })
    })
    const invoice = await desk.call('documents.issue', { id: created.id })
    // 2 h × 50.00 on each line, no VAT.
    expect(invoice).toMatchObject({ netCents: 20_000, vatCents: 0, totalCents: 20_000 })
    expect(invoice.vatBreakdown.map((r) => [r.vatCategory, r.vatRateBp, r.netCents, r.vatCents])).toEqual([
      ['AE', 0, 10_000, 0],
      ['E', 0, 10_000, 0]
    ])
    expect(invoice.lines.map((l) => [l.vatExemptionCode, l.vatExemptionText])).toEqual([
      // The reason left empty gets the printed wording in the document's language (English here) at issue.
      ['VATEX-EU-AE', documentLabels.vatCategoryAE.en],
      [null, 'Exento art. 20 LIVA']
    ])
  })
})

describe('date of supply from the deliveries', () => {
  it('takes the delivery day, or the period of several deliveries, when none was typed', async () => {
    desk = await openTestDesk()
    const seed = await seedDocuments(desk)
    const { order } = await confirmedOrder(desk, seed)
    const [first, second] = order.lines
    await desk.call('orders.recordDelivery', {
      orderId: order.id,
      deliveryDate: '2026-03-03',
      note: '',
      lines: [{ lineId: first.id, quantityMilli: first.quantityMilli }]
    })
    const one = await desk.call('invoices.createFromOrder', { orderId: order.id, quantities: 'delivered' })
    const oneIssued = await desk.call('documents.issue', { id: one.id, issueDate: '2026-03-10' })
    expect(oneIssued).toMatchObject({
      supplyDate: '2026-03-03',
      supplyPeriodStart: null,
      supplyPeriodEnd: null
    })

    await desk.call('orders.recordDelivery', {
      orderId: order.id,
      deliveryDate: '2026-03-12',
      note: '',
      lines: [{ lineId: second.id, quantityMilli: 1 }]
    })
    await desk.call('orders.recordDelivery', {
      orderId: order.id,
      deliveryDate: '2026-03-16',
      note: '',
      lines: [{ lineId: second.id, quantityMilli: second.quantityMilli - 1 }]
    })
    const two = await desk.call('invoices.createFromOrder', { orderId: order.id, quantities: 'delivered' })
    const twoIssued = await desk.call('documents.issue', { id: two.id, issueDate: '2026-03-20' })
    expect(twoIssued).toMatchObject({
      supplyDate: null,
      supplyPeriodStart: '2026-03-12',
      supplyPeriodEnd: '2026-03-16'
    })
  })

  it('keeps a typed date of supply, and invoices without an order get none', async () => {
    desk = await openTestDesk()
    const seed = await seedDocuments(desk)
    const typed = await desk.call('documents.createDraft', {
      document: draft(seed, { supplyDate: '2026-02-27' })
    })
    expect((await desk.call('documents.issue', { id: typed.id })).supplyDate).toBe('2026-02-27')
    const plain = await desk.call('documents.createDraft', { document: draft(seed) })
    expect((await desk.call('documents.issue', { id: plain.id })).supplyDate).toBeNull()
  })
})
