/** A Hungarian company's desk with NAV reporting against a local test server. */
import type { ApiInput, ApiMethod, ApiOutput } from '../../src/shared/api'
import { createApi, type Api } from '../../src/main/api'
import { openStore, type Store } from '../../src/main/db/open'
import type { SecretStore } from '../../src/main/verifactu/secrets'
import type { ApiError } from '../../src/shared/errors'
import { defaultSettings } from '../../src/shared/schemas/settings'
import { defaultNavSettings } from '../../src/shared/schemas/nav'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import type { DocumentDraftInput } from '../../src/shared/schemas/document-drafts'
import {
  ApiCallFailed,
  address,
  customer,
  product,
  tempFolder,
  testClock,
  type TempFolder,
  type TestClock
} from '../support/fixtures'
import type { NavUser } from './nav-server'

export const navUser: NavUser = {
  login: 'gyorikft01',
  password: 'Titkos-Jelszó-2026',
  taxpayerId: '12345676',
  signatureKey: 'ce-8f5e-215119fa7dd621DLMRHRLH2S',
  exchangeKey: '1234ABCD5678EFGH'
}

export interface NavDesk {
  folder: TempFolder
  databasePath: string
  store: Store
  api: Api
  clock: TestClock
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>
  fail<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiError>
  /** Opens the same file again, as after a restart. */
  reopen(): Promise<void>
  close(): Promise<void>
}

export async function openNavDesk(
  options: { ca?: string; secrets?: (folder: TempFolder) => SecretStore; folder?: TempFolder } = {}
): Promise<NavDesk> {
  const folder = options.folder ?? tempFolder('salesdesk-nav-')
  const databasePath = folder.file('salesdesk.db')
  const clock = testClock()
  // Like the app's: one store for the life of the desk (a restart keeps what the system sealed).
  const makeSecrets = options.secrets
  const open = async () => {
    const store = await openStore(databasePath)
    const api = createApi({
      store,
      dataFolder: folder.path,
      version: '0.0.0-test',
      actor: 'nav.tester',
      now: clock.now,
      nav: { ca: options.ca, pollDelayMs: 0 },
      secrets: makeSecrets?.(folder),
      reportError: (method, error) => {
        throw new Error(`${method}: ${String(error)}`)
      }
    })
    return { store, api }
  }
  let current = await open()
  const desk: NavDesk = {
    folder,
    databasePath,
    get store() {
      return current.store
    },
    get api() {
      return current.api
    },
    clock,
    async call(method, input) {
      const result = await current.api.dispatch(method, input)
      if (!result.ok) throw new ApiCallFailed(result.error)
      return result.data as never
    },
    async fail(method, input) {
      const result = await current.api.dispatch(method, input)
      if (result.ok) throw new Error(`${method} was expected to fail`)
      return result.error
    },
    async reopen() {
      await current.store.close()
      current = await open()
    },
    async close() {
      await current.store.close()
      folder.remove()
    }
  }
  return desk
}

export interface HungarianSeed {
  domestic: number
  consumer: number
  eu: number
  product: number
}

/** Company profile, customers, a product, NAV on (against `url`) and the technical user. */
export async function seedHungary(
  desk: Pick<NavDesk, 'call'>,
  url: string,
  withCredentials = true
): Promise<HungarianSeed> {
  const settings = defaultSettings()
  await desk.call('settings.update', {
    settings: {
      company: {
        ...settings.company,
        legalName: 'Győri Kereskedő Kft.',
        addressLine1: 'Baross Gábor út 12.',
        postalCode: '9021',
        city: 'Győr',
        country: 'HU',
        taxId: '12345676-2-08',
        iban: 'HU42 1177 3016 1111 1018 0000 0000'
      },
      documents: {
        ...settings.documents,
        defaultCurrency: 'HUF',
        vatRatesBp: [2700, 1800, 500, 0],
        printLocale: 'hu-HU'
      }
    }
  })
  await desk.call('nav.updateSettings', {
    settings: { ...defaultNavSettings(), enabled: true, testUrl: url }
  })
  if (withCredentials)
    await desk.call('nav.setCredentials', {
      credentials: {
        login: navUser.login,
        password: navUser.password,
        signatureKey: navUser.signatureKey,
        exchangeKey: navUser.exchangeKey
      }
    })
  const prod = await desk.call('products.create', {
    product: product({
      sku: 'ACS-40',
      name: 'Acélcső 40 mm',
      unit: 'db',
      unitPriceCents: 1_250_000,
      vatRateBp: 2700
    })
  })
  const make = async (name: string, taxId: string, addr: ReturnType<typeof address>) =>
    (
      await desk.call('customers.create', {
        customer: customer({ name, taxId, billingAddress: addr, paymentTermsDays: 15 })
      })
    ).id
  return {
    domestic: await make(
      'Pécsi Építő Zrt.',
      '24587613-2-02',
      address('Pécs', { line1: 'Király utca 7.', postalCode: '7621', country: 'HU' })
    ),
    consumer: await make(
      'Kovács Éva',
      '',
      address('Budapest', { line1: 'Fő tér 1.', postalCode: '1052', country: 'HU' })
    ),
    eu: await make(
      'Müller Maschinenbau GmbH',
      'DE123456789',
      address('München', { line1: 'Hauptstraße 5', postalCode: '80331', country: 'DE' })
    ),
    product: prod.id
  }
}

export async function issueInvoice(
  desk: Pick<NavDesk, 'call'>,
  customerId: number,
  lines: Array<{
    quantityMilli: number
    unitPriceCents: number
    vatRateBp?: number
    description?: string
    productId?: number | null
    unit?: string
    discountBp?: number
  }> = [{ quantityMilli: 2_000, unitPriceCents: 1_250_000 }],
  allowancesCharges: DocumentDraftInput['allowancesCharges'] = []
): Promise<SalesDocument> {
  const draft = await desk.call('documents.createDraft', {
    document: {
      type: 'invoice',
      customerId,
      issueDate: null,
      validUntil: null,
      promisedDate: null,
      currency: 'HUF',
      paymentInstructions: '',
      notes: '',
      reason: '',
      lines: lines.map((l) => ({
        productId: l.productId ?? null,
        description: l.description ?? 'Acélcső 40 mm',
        unit: l.unit ?? 'db',
        quantityMilli: l.quantityMilli,
        unitPriceCents: l.unitPriceCents,
        discountBp: l.discountBp ?? 0,
        vatRateBp: l.vatRateBp ?? 2700,
        promisedDate: null,
        sourceLineId: null
      })),
      allowancesCharges
    }
  })
  return desk.call('documents.issue', { id: draft.id })
}
