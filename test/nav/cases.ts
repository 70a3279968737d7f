/** The case matrix of InvoiceData sources: domestic, EU, export, reverse charge, foreign currency, consumer, modification. */
import type { NavInvoiceSource, NavLine } from '../../src/main/nav/invoice-data'
import { lineAmounts } from '../../src/shared/totals'

export const supplier = {
  name: 'Győri Kereskedő Kft.',
  taxId: '12345676-2-08',
  addressLine1: 'Baross Gábor út 12.',
  addressLine2: '',
  postalCode: '9021',
  city: 'Győr',
  region: '',
  country: 'HU',
  bankAccount: 'HU42117730161111101800000000'
}

export const customers = {
  domestic: {
    name: 'Pécsi Építő Zrt.',
    taxId: '24587613-2-02',
    addressLine1: 'Király utca 7.',
    addressLine2: '2. emelet',
    postalCode: '7621',
    city: 'Pécs',
    region: 'Baranya',
    country: 'HU'
  },
  consumer: {
    name: 'Kovács Éva',
    taxId: '',
    addressLine1: 'Fő tér 1.',
    addressLine2: '',
    postalCode: '1052',
    city: 'Budapest',
    region: '',
    country: 'HU'
  },
  eu: {
    name: 'Müller Maschinenbau GmbH',
    taxId: 'DE 123 456 789',
    addressLine1: 'Hauptstraße 5',
    addressLine2: '',
    postalCode: '80331',
    city: 'München',
    region: 'Bayern',
    country: 'DE'
  },
  export: {
    name: 'Swiss Precision AG',
    taxId: 'CHE-123.456.789 MWST',
    addressLine1: 'Bahnhofstrasse 1',
    addressLine2: '',
    postalCode: '8001',
    city: 'Zürich',
    region: '',
    country: 'CH'
  }
}

export function navLine(overrides: Partial<NavLine> = {}): NavLine {
  const base = {
    description: 'Acélcső 40 mm',
    unit: 'pc',
    productId: 1,
    quantityMilli: 3_000,
    unitPriceTenThousandths: 125_000_000,
    priceBaseQuantityMilli: 1000,
    discountBp: 0,
    vatRateBp: 2700,
    vatCategory: 'S' as const,
    exemptionCode: null,
    exemptionText: null,
    ...overrides
  }
  return { ...base, ...lineAmounts(base) }
}

export function navSource(overrides: Partial<NavInvoiceSource> = {}): NavInvoiceSource {
  return {
    type: 'invoice',
    number: 'INV-2026-00001',
    issueDate: '2026-03-02',
    deliveryDate: '2026-03-01',
    currency: 'HUF',
    exchangeRate: '1',
    paymentMethod: 'bank_transfer',
    dueDate: '2026-03-17',
    supplier,
    customer: customers.domestic,
    lines: [
      navLine(),
      navLine({
        description: 'Szerelés',
        unit: 'h',
        productId: null,
        quantityMilli: 2_500,
        unitPriceTenThousandths: 150000000
      }),
      navLine({
        description: 'Könyv',
        vatRateBp: 500,
        quantityMilli: 1_000,
        unitPriceTenThousandths: 49990000,
        discountBp: 1000
      })
    ],
    modification: null,
    ...overrides
  }
}

export const cases: Record<string, NavInvoiceSource> = {
  domestic: navSource(),
  consumer: navSource({ customer: customers.consumer, paymentMethod: 'card' }),
  eu: navSource({
    customer: customers.eu,
    currency: 'EUR',
    exchangeRate: '392.15',
    lines: [
      navLine({ vatCategory: 'K', vatRateBp: 0, unitPriceTenThousandths: 3199000 }),
      navLine({
        vatCategory: 'AE',
        vatRateBp: 0,
        unit: 'h',
        productId: null,
        unitPriceTenThousandths: 850000,
        description: 'Beüzemelés'
      })
    ]
  }),
  export: navSource({
    customer: customers.export,
    currency: 'USD',
    exchangeRate: '361.487',
    lines: [
      navLine({ vatCategory: 'G', vatRateBp: 0, unitPriceTenThousandths: 1234500, quantityMilli: 7_500 }),
      navLine({
        vatCategory: 'G',
        vatRateBp: 0,
        unit: 'day',
        productId: null,
        unitPriceTenThousandths: 9000000
      })
    ]
  }),
  reverseCharge: navSource({
    lines: [navLine({ vatCategory: 'AE', vatRateBp: 0, description: 'Építési szolgáltatás', unit: 'm2' })]
  }),
  exemptAndOutOfScope: navSource({
    lines: [
      navLine({ vatCategory: 'E', vatRateBp: 0, exemptionText: 'Áfa tv. 85. § (1) e) oktatás' }),
      navLine({ vatCategory: 'O', vatRateBp: 0, description: 'Kártérítés' }),
      navLine({ vatCategory: 'Z', vatRateBp: 0, description: 'Nulla kulcs' })
    ]
  }),
  foreignCurrency: navSource({ currency: 'EUR', exchangeRate: '392.153456' }),
  creditNote: navSource({
    type: 'credit_note',
    number: 'CRN-2026-00001',
    issueDate: '2026-03-05',
    dueDate: null,
    lines: [navLine({ quantityMilli: 1_000 })],
    modification: { originalNumber: 'INV-2026-00001', index: 1, linesBefore: 3 }
  }),
  debitNote: navSource({
    type: 'debit_note',
    number: 'DBN-2026-00001',
    issueDate: '2026-03-06',
    lines: [
      navLine({
        description: 'Szállítási díj',
        unit: 'Fuvar',
        productId: null,
        quantityMilli: 1_000,
        unitPriceTenThousandths: 250000000
      })
    ],
    modification: { originalNumber: 'INV-2026-00001', index: 2, linesBefore: 4 }
  })
}
