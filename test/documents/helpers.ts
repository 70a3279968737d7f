/** Builders for document tests: a seeded desk, draft inputs, and the usual flows. */
import type { DocumentDraftInput, DocumentLineInput } from '../../src/shared/schemas/document-drafts'
import type { DocumentListQuery } from '../../src/shared/schemas/document-list'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { defaultSettings, type SettingsInput } from '../../src/shared/schemas/settings'
import type { Language } from '../../src/shared/languages'
import { address, customer, executive, product, type TestDesk } from '../support/fixtures'

export interface Seeded {
  customerId: number
  productId: number
  executiveId: number
}

export function companySettings(overrides: Partial<SettingsInput['company']> = {}): SettingsInput {
  const settings = defaultSettings()
  return {
    ...settings,
    company: {
      ...settings.company,
      legalName: 'Col·legi Català de Façanes S.L.',
      addressLine1: 'Carrer de la Il·lustració 12',
      postalCode: '08001',
      city: 'Barcelona',
      country: 'ES',
      taxId: 'ESB12345674',
      email: 'factures@facanes.example',
      iban: 'ES91 2100 0418 4502 0005 1332',
      bic: 'CAIXESBBXXX',
      defaultTerms: 'Pagament a 30 dies. Оплата в течение 30 дней.',
      documentFooter: 'Inscrita en el Registre Mercantil de Barcelona',
      ...overrides
    }
  }
}

export async function seedDocuments(desk: TestDesk): Promise<Seeded> {
  const exec = await desk.call('executives.create', { executive: executive() })
  const prod = await desk.call('products.create', {
    product: product({ name: 'Cadira ergonòmica', unitPriceCents: 12_345, vatRateBp: 2100 })
  })
  const cust = await desk.call('customers.create', {
    customer: customer({
      name: 'Győri Lőrinc és Fiai Kft.',
      taxId: 'HU12345676',
      billingAddress: address('Győr', { line1: 'Szőlő utca 5', postalCode: '9021', country: 'HU' }),
      paymentTermsDays: 15,
      executiveId: exec.id,
      // A Hungarian customer who reads English: the labels the tests compare are the English ones.
      documentLanguage: 'en'
    })
  })
  await desk.call('settings.update', { settings: companySettings() })
  return { customerId: cust.id, productId: prod.id, executiveId: exec.id }
}

/** Sets the language a customer's documents print in (null: from their country). */
export async function setDocumentLanguage(
  desk: TestDesk,
  customerId: number,
  language: Language | null
): Promise<void> {
  const {
    id,
    createdAt: _c,
    updatedAt: _u,
    archivedAt: _a,
    ...input
  } = await desk.call('customers.get', {
    id: customerId
  })
  await desk.call('customers.update', { id, customer: { ...input, documentLanguage: language } })
}

export function line(overrides: Partial<DocumentLineInput> = {}): DocumentLineInput {
  return {
    productId: null,
    description: 'Consultoria — установка',
    unit: 'h',
    quantityMilli: 2_000,
    unitPriceCents: 5_000,
    discountBp: 0,
    vatRateBp: 2100,
    promisedDate: null,
    sourceLineId: null,
    ...overrides
  }
}

export function draft(seed: Seeded, overrides: Partial<DocumentDraftInput> = {}): DocumentDraftInput {
  return {
    type: 'invoice',
    customerId: seed.customerId,
    issueDate: null,
    validUntil: null,
    promisedDate: null,
    paymentInstructions: '',
    notes: '',
    reason: '',
    lines: [
      line(),
      line({
        description: 'Cadira ergonòmica',
        productId: seed.productId,
        quantityMilli: 1_500,
        unitPriceCents: 12_345,
        discountBp: 1000
      })
    ],
    ...overrides
  }
}

export async function issued(
  desk: TestDesk,
  seed: Seeded,
  overrides: Partial<DocumentDraftInput> = {}
): Promise<SalesDocument> {
  const created = await desk.call('documents.createDraft', { document: draft(seed, overrides) })
  return desk.call('documents.issue', { id: created.id })
}

export function listQuery(overrides: Partial<DocumentListQuery> = {}): DocumentListQuery {
  return {
    type: 'invoice',
    search: '',
    status: 'all',
    customerId: null,
    executiveId: null,
    dateFrom: null,
    dateTo: null,
    sort: { field: 'number', direction: 'asc' },
    offset: 0,
    limit: 100,
    ...overrides
  }
}

/** An accepted estimate turned into a confirmed order. */
export async function confirmedOrder(
  desk: TestDesk,
  seed: Seeded
): Promise<{ estimate: SalesDocument; order: SalesDocument }> {
  const estimate = await issued(desk, seed, { type: 'estimate' })
  await desk.call('estimates.accept', { id: estimate.id })
  const orderDraft = await desk.call('estimates.convertToOrder', { id: estimate.id })
  const order = await desk.call('documents.issue', { id: orderDraft.id })
  return { estimate: await desk.call('documents.get', { id: estimate.id }), order }
}

/** The lines a credit note takes: each line's id and the quantity credited. */
export type CreditedLines = Array<{ lineId: number; quantityMilli: number }>

interface CreditOptions {
  /** Default 'Returned'. */
  reason?: string
  /** The note's issue date; default the company's today. */
  issueDate?: string
}

/** A credit note of `invoice` drafted and issued: the given lines, or all that is left when none. */
export async function creditNote(
  desk: Pick<TestDesk, 'call'>,
  invoice: Pick<SalesDocument, 'id'>,
  options: CreditOptions & { lines?: CreditedLines } = {}
): Promise<SalesDocument> {
  const note = await desk.call('invoices.createCreditNote', {
    invoiceId: invoice.id,
    reason: options.reason ?? 'Returned',
    lines: options.lines
  })
  return desk.call('documents.issue', { id: note.id, issueDate: options.issueDate })
}

/** One credit note draft per line of `invoice`, each for the whole line, all drafted before any is issued. */
export async function lineCreditDrafts(
  desk: Pick<TestDesk, 'call'>,
  invoice: Pick<SalesDocument, 'id' | 'lines'>,
  reason = 'Returned'
): Promise<SalesDocument[]> {
  const drafts = []
  for (const l of invoice.lines)
    drafts.push(
      await desk.call('invoices.createCreditNote', {
        invoiceId: invoice.id,
        reason,
        lines: [{ lineId: l.id, quantityMilli: l.quantityMilli }]
      })
    )
  return drafts
}

/**
 * Every line of `invoice` credited by notes drafted side by side (`lineCreditDrafts`) and then issued
 * in order: none of them finished a rate when it was drafted, so none takes the document's rows.
 */
export async function creditLinesSideBySide(
  desk: Pick<TestDesk, 'call'>,
  invoice: Pick<SalesDocument, 'id' | 'lines'>,
  options: CreditOptions = {}
): Promise<SalesDocument[]> {
  const notes = []
  for (const d of await lineCreditDrafts(desk, invoice, options.reason))
    notes.push(await desk.call('documents.issue', { id: d.id, issueDate: options.issueDate }))
  return notes
}
