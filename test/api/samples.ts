/**
 * One valid payload per API method, on a store seeded by `seedForSamples` (executive 1,
 * products 1 and 2, customer 1). The boundary tests mutate these into malformed payloads.
 * A method added later without a sample is still covered by the pure-garbage property.
 */
import type { ApiInput, ApiMethod } from '../../src/shared/api'
import {
  customer,
  customerQuery,
  executive,
  executiveQuery,
  paymentQuery,
  product,
  productQuery,
  type TestDesk
} from '../support/fixtures'

export type Samples = { [M in ApiMethod]?: ApiInput<M> }

const fullCustomer = customer({
  code: 'K-1',
  status: 'active',
  taxId: 'B12345674',
  billingAddress: {
    line1: 'Calle Mayor 1',
    line2: '',
    postalCode: '28013',
    city: 'Madrid',
    region: '',
    country: 'ES'
  },
  mailingSameAsBilling: false,
  mailingAddress: {
    line1: 'Apartado 5',
    line2: '',
    postalCode: '28080',
    city: 'Madrid',
    region: '',
    country: 'ES'
  },
  contacts: [{ name: 'Ángela Peña', role: 'Purchasing', phone: '+34 91 123', email: 'angela@example.es' }],
  preferredProductIds: [1, 2],
  executiveId: 1
})

export const samples: Samples = {
  'app.info': {},
  'app.backup': {},
  'customers.list': customerQuery(),
  'customers.get': { id: 1 },
  'customers.create': { customer: fullCustomer, confirmDuplicate: true },
  'customers.duplicates': { name: 'Ferretería Núñez', taxId: 'B12345678', excludeId: null },
  'customers.update': {
    id: 1,
    customer: { ...fullCustomer, code: 'K-0' },
    expectedUpdatedAt: '2026-03-02T09:30:00.000Z'
  },
  'customers.archive': { id: 1 },
  'customers.restore': { id: 1 },
  'customers.deletable': { id: 1 },
  'customers.delete': { id: 1 },
  'customers.exportXlsx': {
    search: '',
    status: 'all',
    archived: 'exclude',
    executiveId: null,
    sort: { field: 'name', direction: 'asc' }
  },
  'products.list': productQuery(),
  'products.get': { id: 1 },
  'products.create': { product: product({ sku: 'NEW-1' }) },
  'products.update': { id: 1, product: product({ sku: 'P-1' }) },
  'products.delete': { id: 2 },
  'products.exportXlsx': { search: '', active: 'all', sort: { field: 'sku', direction: 'asc' } },
  'search.everywhere': { text: 'núñez' },
  'executives.list': executiveQuery(),
  'executives.get': { id: 1 },
  'executives.create': { executive: executive() },
  'executives.update': { id: 1, executive: executive() },
  'executives.delete': { id: 1 },
  'executives.exportXlsx': { search: '', active: 'all', sort: { field: 'name', direction: 'asc' } },
  'activity.list': { entity: null, entityId: null, offset: 0, limit: 50 },
  'weekly.dashboard': { week: '2026-W47' },
  'weekly.figures': { week: '2026-W47' },
  'weekly.activity': { week: '2026-W47' },
  'weekly.saveActivity': { week: '2026-W47', entries: [{ executiveId: 1, metric: 'calls', value: 12 }] },
  'weekly.report': { week: '2026-W47', format: 'xlsx' },
  'weekly.markSent': { week: '2026-W47' },
  'weekly.sentReports': { week: '2026-W47' },
  'weekly.sentReportFile': { id: 1, format: 'pdf' },
  'weekly.importTemplate': { week: '2026-W47' },
  'weekly.import': { fileName: 'weekly-activity.xlsx', base64: 'UEsDBBQAAAAIAA==' },
  'weekly.invoiceLinesXlsx': { year: 2026 },
  'targets.list': { executiveId: 1 },
  'targets.set': {
    target: {
      executiveId: 1,
      metric: 'revenue',
      period: 'quarter',
      value: 5_000_000,
      validFrom: '2026-10-01'
    }
  },
  'paymentSetup.get': { customerId: 1 },
  'paymentSetup.update': {
    customerId: 1,
    setup: {
      method: 'direct_debit',
      iban: 'ES91 2100 0418 4502 0005 1332',
      bic: 'CAIXESBBXXX',
      mandateReference: 'MNDT-1',
      mandateSignedOn: '2026-02-01',
      cardBrand: null,
      cardLast4: '',
      cardExpiry: ''
    }
  },
  'payments.record': {
    payment: {
      customerId: 1,
      paymentDate: '2026-03-01',
      amountCents: 10_000,
      method: 'bank_transfer',
      reference: 'TRF-1',
      note: '',
      allocations: [{ documentId: 1, amountCents: 5_000 }]
    }
  },
  'payments.list': paymentQuery({ limit: 50 }),
  'payments.get': { id: 1 },
  'payments.return': {
    id: 1,
    returnDate: '2026-03-02',
    reason: 'insufficient_funds',
    bankFeeCents: 350,
    rebill: true,
    note: ''
  },
  'payments.import': { fileName: 'payments.csv', base64: 'Q3VzdG9tZXIgbm8uO0RhdGU7QW1vdW50' },
  'payments.importTemplate': {},
  'credit.apply': { customerId: 1, documentId: 1, amountCents: 1_000 },
  'receivables.account': { customerId: 1 },
  'receivables.document': { id: 1 },
  'receivables.overdue': { search: '', customerId: null, asOf: null, offset: 0, limit: 50 },
  'receivables.aged': { asOf: '2026-03-31', search: '', offset: 0, limit: 50 },
  'receivables.agedXlsx': { asOf: null, search: '' },
  'receivables.overdueXlsx': { search: '', customerId: null, asOf: null, executiveId: 1 },
  'receivables.statementPdf': { customerId: 1, from: '2026-01-01', to: null, paper: 'A4' },
  'receivables.reminderPdf': { customerId: 1, level: 2, asOf: null, paper: null },
  'reminders.wording': {},
  'reminders.list': { customerId: 1 },
  'reminders.nextLevel': { customerId: 1 },
  'vatRates.get': {},
  'vatRates.update': {
    table: {
      rates: [
        { country: 'ES', kind: 'standard', rateBp: 2100, validFrom: null, validTo: '2026-12-31' },
        { country: 'ES', kind: 'zero', rateBp: 0, validFrom: null, validTo: null }
      ]
    }
  },
  'rates.list': { currency: null, offset: 0, limit: 50 },
  'rates.set': { rate: { rateDate: '2026-03-02', currency: 'HUF', rate: '390.12' } },
  'rates.importEcb': {
    fileName: 'eurofxref.csv',
    base64: 'RGF0ZSwgVVNELCBIVUYsCjA0IERlY2VtYmVyIDIwMjYsIDEuMDgyMywgMzg3LjIzLAo='
  },
  'reminders.updateWording': {
    wording: {
      level1: { title: 'Reminder', body: 'Dear {customer}', closing: '' },
      level2: { title: 'Second reminder', body: 'Dear {customer}', closing: '' },
      level3: { title: 'Final notice', body: 'Dear {customer}', closing: '{company}' }
    }
  },
  'investigations.list': { status: 'active', customerId: null, offset: 0, limit: 50 },
  'investigations.exportXlsx': { status: 'all', customerId: null, executiveId: 1 },
  'investigations.get': { id: 1 },
  'investigations.update': { id: 1, status: 'contacted', outcome: '', date: '2026-03-02' },
  'investigations.addNote': { id: 1, noteDate: '2026-03-02', text: 'Called the customer' },
  'requests.list': {
    search: '',
    status: 'all',
    customerId: null,
    sort: { field: 'createdAt', direction: 'desc' },
    offset: 0,
    limit: 50
  },
  'requests.get': { id: 1 },
  'requests.create': {
    request: { customerId: 1, title: 'Reclamación: entrega incompleta', description: 'Faltan 3 cajas' }
  },
  'requests.update': {
    id: 1,
    request: { title: 'Entrega incompleta', description: '' },
    expectedUpdatedAt: '2026-03-02T09:30:00.000Z'
  },
  'requests.setStatus': { id: 1, status: 'closed' },
  'requests.exportXlsx': {
    search: 'núñez',
    status: 'active',
    customerId: 1,
    sort: { field: 'customerName', direction: 'asc' }
  }
}

export async function seedForSamples(desk: TestDesk): Promise<void> {
  await desk.call('executives.create', { executive: executive() })
  await desk.call('products.create', { product: product({ sku: 'P-1' }) })
  await desk.call('products.create', { product: product({ sku: 'P-2' }) })
  await desk.call('customers.create', { customer: { ...fullCustomer, code: 'K-0' } })
}
