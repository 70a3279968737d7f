/**
 * One valid payload per API method, on a store seeded by `seedForSamples` (executive 1,
 * products 1 and 2, customer 1). The boundary tests mutate these into malformed payloads.
 * A method added later without a sample is still covered by the pure-garbage property.
 */
import type { ApiInput, ApiMethod } from '../../src/shared/api'
import { customer, customerQuery, executive, executiveQuery, product, productQuery, type TestDesk } from '../support/fixtures'

export type Samples = { [M in ApiMethod]?: ApiInput<M> }

const fullCustomer = customer({
  code: 'K-1',
  status: 'active',
  taxId: 'B12345678',
  billingAddress: { line1: 'Calle Mayor 1', line2: '', postalCode: '28013', city: 'Madrid', region: '', country: 'ES' },
  mailingSameAsBilling: false,
  mailingAddress: { line1: 'Apartado 5', line2: '', postalCode: '28080', city: 'Madrid', region: '', country: 'ES' },
  contacts: [{ name: 'Ángela Peña', role: 'Purchasing', phone: '+34 91 123', email: 'angela@example.es' }],
  preferredProductIds: [1, 2],
  executiveId: 1
})

export const samples: Samples = {
  'app.info': {},
  'app.backup': {},
  'customers.list': customerQuery(),
  'customers.get': { id: 1 },
  'customers.create': { customer: fullCustomer },
  'customers.update': { id: 1, customer: { ...fullCustomer, code: 'K-0' }, expectedUpdatedAt: '2026-03-02T09:30:00.000Z' },
  'customers.archive': { id: 1 },
  'customers.restore': { id: 1 },
  'customers.delete': { id: 1 },
  'customers.exportXlsx': { search: '', status: 'all', archived: 'exclude', executiveId: null, sort: { field: 'name', direction: 'asc' } },
  'products.list': productQuery(),
  'products.get': { id: 1 },
  'products.create': { product: product({ sku: 'NEW-1' }) },
  'products.update': { id: 1, product: product({ sku: 'P-1' }) },
  'products.delete': { id: 2 },
  'products.exportXlsx': { search: '', active: 'all', sort: { field: 'sku', direction: 'asc' } },
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
  'targets.set': { target: { executiveId: 1, metric: 'revenue', period: 'quarter', value: 5_000_000, validFrom: '2026-10-01' } }
}

export async function seedForSamples(desk: TestDesk): Promise<void> {
  await desk.call('executives.create', { executive: executive() })
  await desk.call('products.create', { product: product({ sku: 'P-1' }) })
  await desk.call('products.create', { product: product({ sku: 'P-2' }) })
  await desk.call('customers.create', { customer: { ...fullCustomer, code: 'K-0' } })
}
