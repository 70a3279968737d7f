/**
 * A fresh Salesdesk store and API in a temporary folder, with a clock the test controls,
 * plus builders for valid inputs. Every test file uses these instead of the real data folder.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { ApiInput, ApiMethod, ApiOutput } from '../../src/shared/api'
import type { ApiError } from '../../src/shared/errors'
import { emptyCustomer, type CustomerInput, type CustomerListQuery } from '../../src/shared/schemas/customers'
import type { ExecutiveInput, ExecutiveListQuery } from '../../src/shared/schemas/executives'
import type { PaymentListQuery } from '../../src/shared/schemas/payments'
import type { ProductInput, ProductListQuery } from '../../src/shared/schemas/products'
import { createApi, type Api } from '../../src/main/api'
import { openStore, type OpenOptions, type Store } from '../../src/main/db/open'

export const START = new Date('2026-03-02T09:30:00.000Z')

/** A clock that stands still until the test moves it. */
export interface TestClock {
  now: () => Date
  advance(ms: number): void
  set(date: Date): void
}

export function testClock(start = START): TestClock {
  let current = start.getTime()
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms
    },
    set: (date) => {
      current = date.getTime()
    }
  }
}

export interface TempFolder {
  path: string
  file(name: string): string
  remove(): void
}

export function tempFolder(prefix = 'salesdesk-test-'): TempFolder {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return {
    path,
    file: (name) => join(path, name),
    remove: () => rmSync(path, { recursive: true, force: true })
  }
}

/** Thrown by `call` when the API answers with an error, carrying that error for assertions. */
export class ApiCallFailed extends Error {
  constructor(readonly error: ApiError) {
    super(`${error.code}: ${error.message} ${JSON.stringify(error.fields ?? {})}`)
  }
}

export interface TestDesk {
  folder: TempFolder
  databasePath: string
  store: Store
  api: Api
  clock: TestClock
  actor: string
  /** Reported unexpected errors (what the app would write to its log file). */
  reported: Array<{ method: string; error: unknown }>
  /** Calls the API and returns the data, or throws ApiCallFailed with the error. */
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>
  /** Calls the API and returns the error it must answer with. */
  fail<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiError>
  close(): Promise<void>
}

/**
 * The seller every test desk starts with: invoices need a legal name, address and tax id to be
 * issued (issue 11). Tests of the refusal open the desk with `company: false`.
 */
export const testCompany = {
  legalName: 'Salesdesk Pruebas S.L.',
  addressLine1: 'Calle Mayor 1',
  postalCode: '28013',
  city: 'Madrid',
  country: 'ES',
  taxId: 'ESB12345674'
}

export async function openTestDesk(
  options: { actor?: string; open?: OpenOptions; company?: boolean; mail?: { ca?: string } } = {}
): Promise<TestDesk> {
  const folder = tempFolder()
  const databasePath = folder.file('salesdesk.db')
  const store = await openStore(databasePath, options.open)
  if (options.company !== false)
    store.sqlite
      .prepare("insert into settings (key, value) values ('company', ?) on conflict (key) do nothing")
      .run(JSON.stringify(testCompany))
  const clock = testClock()
  const actor = options.actor ?? 'ana.tester'
  const reported: TestDesk['reported'] = []
  const api = createApi({
    store,
    dataFolder: folder.path,
    version: '0.0.0-test',
    actor,
    now: clock.now,
    mail: options.mail,
    reportError: (method, error) => reported.push({ method, error })
  })
  async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    const result = await api.dispatch(method, input)
    if (!result.ok) throw new ApiCallFailed(result.error)
    return result.data as ApiOutput<M>
  }
  async function fail<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiError> {
    const result = await api.dispatch(method, input)
    if (result.ok) throw new Error(`${method} was expected to fail but succeeded`)
    return result.error
  }
  return {
    folder,
    databasePath,
    store,
    api,
    clock,
    actor,
    reported,
    call,
    fail,
    close: async () => {
      await store.close()
      folder.remove()
    }
  }
}

export function customer(overrides: Partial<CustomerInput> = {}): CustomerInput {
  return { ...emptyCustomer(), name: 'Ferretería Núñez S.L.', ...overrides }
}

export function address(city: string, overrides: Partial<CustomerInput['billingAddress']> = {}) {
  return {
    line1: 'Calle Mayor 1',
    line2: '',
    postalCode: '28013',
    city,
    region: '',
    country: 'ES',
    ...overrides
  }
}

export function product(overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    sku: 'P-00001',
    name: 'Office chair',
    description: '',
    unit: 'pc',
    unitPriceCents: 12_345,
    vatRateBp: 2100,
    active: true,
    ...overrides
  }
}

export function executive(overrides: Partial<ExecutiveInput> = {}): ExecutiveInput {
  return {
    name: 'Zsófia Kovács',
    email: 'zsofia@example.com',
    phone: '+36 1 234 5678',
    active: true,
    ...overrides
  }
}

export function customerQuery(overrides: Partial<CustomerListQuery> = {}): CustomerListQuery {
  return {
    search: '',
    status: 'all',
    archived: 'exclude',
    executiveId: null,
    sort: { field: 'name', direction: 'asc' },
    offset: 0,
    limit: 100,
    ...overrides
  }
}

export function productQuery(overrides: Partial<ProductListQuery> = {}): ProductListQuery {
  return {
    search: '',
    active: 'all',
    sort: { field: 'sku', direction: 'asc' },
    offset: 0,
    limit: 100,
    ...overrides
  }
}

export function executiveQuery(overrides: Partial<ExecutiveListQuery> = {}): ExecutiveListQuery {
  return {
    search: '',
    active: 'all',
    sort: { field: 'name', direction: 'asc' },
    offset: 0,
    limit: 100,
    ...overrides
  }
}

/** The payments list as the Payments page first asks for it: all of them, newest first. */
export function paymentQuery(overrides: Partial<PaymentListQuery> = {}): PaymentListQuery {
  return {
    search: '',
    customerId: null,
    status: 'all',
    method: 'all',
    dateFrom: null,
    dateTo: null,
    sort: { field: 'paymentDate', direction: 'desc' },
    offset: 0,
    limit: 100,
    ...overrides
  }
}

/** The desks a test file opens, each closed after its test: push each one as it opens. */
export function desksClosedAfterEach(): TestDesk[] {
  const desks: TestDesk[] = []
  afterEach(async () => {
    for (const desk of desks.splice(0)) await desk.close()
  })
  return desks
}
