/**
 * Customers and products from another program's export (issue 13 item 11): a preview shows the
 * file's columns and first rows with a mapping guessed from the header names (in any of the five
 * languages); apply reads every row with the chosen mapping inside one write transaction. Each
 * row is checked with the same schema as the forms, against the records already in Salesdesk
 * (same tax id for customers, same code/SKU) and against the earlier rows of the file; any
 * problem and nothing is written.
 */
import { activity } from '../../shared/activity'
import { CARD_NUMBER_MESSAGE, cardNumberCell } from '../../shared/cards'
import { keyed } from '../../shared/errors'
import { parseMoneyToCents } from '../../shared/money'
import { emptyCustomer, customerInput, type CustomerInput } from '../../shared/schemas/customers'
import type { z } from 'zod'
import {
  importFields,
  type importApplyInput,
  requiredImportFields,
  type ImportApplyResult,
  type ImportField,
  type ImportKind,
  type ImportPreview,
  type ImportRowProblem
} from '../../shared/schemas/imports'
import { productInput, type ProductInput } from '../../shared/schemas/products'
import { taxIdProblem } from '../../shared/tax-ids'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { taxIdKeys } from '../customers/duplicates'
import { customerListIndex } from '../customers/list-index'
import { toCustomerColumns } from '../customers/mapping'
import { writeTransaction } from '../db/write-transaction'
import { reportProgress, yieldToOthers } from '../jobs/context'
import { productColumns } from '../products/service'
import { ProblemList } from './problems'
import { headerKey, saveMapping, savedMapping } from './saved-mappings'
import { openTable, type Cell } from './table'

/** Header names other programs write, in English, Spanish, Catalan, Hungarian and Russian. */
const headerWords: Record<ImportKind, Partial<Record<ImportField, string[]>>> = {
  customers: {
    code: [
      'code',
      'customer no',
      'customer number',
      'customer code',
      'account',
      'codigo',
      'codigo cliente',
      'numero cliente',
      'codi',
      'codi client',
      'ugyfelkod',
      'ugyfelszam',
      'код',
      'код клиента',
      'номер клиента'
    ],
    name: [
      'name',
      'customer',
      'customer name',
      'company',
      'nombre',
      'razon social',
      'cliente',
      'empresa',
      'nom',
      'client',
      'nev',
      'ugyfel',
      'ugyfel neve',
      'cegnev',
      'название',
      'наименование',
      'клиент'
    ],
    taxId: [
      'tax id',
      'vat',
      'vat number',
      'vat id',
      'nif',
      'cif',
      'nif cif',
      'dni',
      'adoszam',
      'kozossegi adoszam',
      'инн',
      'налоговый номер'
    ],
    line1: ['address', 'street', 'direccion', 'domicilio', 'adreca', 'cim', 'utca', 'адрес', 'улица'],
    postalCode: [
      'postal code',
      'postcode',
      'zip',
      'zip code',
      'codigo postal',
      'cp',
      'codi postal',
      'iranyitoszam',
      'индекс',
      'почтовый индекс'
    ],
    city: [
      'city',
      'town',
      'ciudad',
      'poblacion',
      'localidad',
      'municipio',
      'ciutat',
      'poblacio',
      'varos',
      'telepules',
      'город'
    ],
    country: ['country', 'pais', 'orszag', 'страна'],
    contactName: [
      'contact',
      'contact name',
      'contacto',
      'persona de contacto',
      'contacte',
      'kapcsolattarto',
      'контакт',
      'контактное лицо'
    ],
    email: [
      'email',
      'e mail',
      'mail',
      'correo',
      'correo electronico',
      'correu',
      'correu electronic',
      'e mail cim',
      'эл почта',
      'электронная почта',
      'почта'
    ],
    phone: ['phone', 'telephone', 'tel', 'telefono', 'movil', 'telefon', 'telefonszam', 'телефон'],
    paymentTermsDays: [
      'payment terms',
      'terms',
      'payment days',
      'dias de pago',
      'plazo de pago',
      'dies de pagament',
      'fizetesi hatarido',
      'отсрочка',
      'срок оплаты'
    ],
    notes: [
      'notes',
      'note',
      'comments',
      'notas',
      'observaciones',
      'observacions',
      'megjegyzes',
      'примечание',
      'примечания',
      'заметки'
    ]
  },
  products: {
    sku: [
      'sku',
      'code',
      'product code',
      'item code',
      'reference',
      'ref',
      'codigo',
      'referencia',
      'codi',
      'cikkszam',
      'termekkod',
      'артикул',
      'код'
    ],
    name: [
      'name',
      'product',
      'product name',
      'item',
      'nombre',
      'producto',
      'articulo',
      'nom',
      'producte',
      'article',
      'nev',
      'termek',
      'termeknev',
      'название',
      'наименование',
      'товар'
    ],
    description: ['description', 'descripcion', 'descripcio', 'leiras', 'описание'],
    unit: ['unit', 'uom', 'unidad', 'unitat', 'egyseg', 'mennyisegi egyseg', 'единица', 'ед изм'],
    price: [
      'price',
      'unit price',
      'net price',
      'precio',
      'precio unitario',
      'preu',
      'preu unitari',
      'ar',
      'egysegar',
      'netto ar',
      'цена',
      'цена за единицу'
    ],
    vatRate: [
      'vat',
      'vat rate',
      'tax rate',
      'vat %',
      'iva',
      'tipo iva',
      'iva %',
      'afa',
      'afa kulcs',
      'ндс',
      'ставка ндс'
    ]
  }
}

const headerIndex: Record<ImportKind, Map<string, ImportField>> = {
  customers: indexOf('customers'),
  products: indexOf('products')
}

function indexOf(kind: ImportKind): Map<string, ImportField> {
  const index = new Map<string, ImportField>()
  for (const [field, words] of Object.entries(headerWords[kind]))
    for (const word of words) index.set(headerKey(word), field as ImportField)
  return index
}

/** A cell as the user sees it: dates as 2026-03-02, numbers as written. */
const text = (cell: Cell | undefined): string =>
  cell === null || cell === undefined
    ? ''
    : cell instanceof Date
      ? cell.toISOString().slice(0, 10)
      : String(cell).trim()

/** The first column whose header names each field. */
function suggestMapping(kind: ImportKind, columns: string[]): Partial<Record<ImportField, number>> {
  const suggested: Partial<Record<ImportField, number>> = {}
  columns.forEach((name, i) => {
    const field = headerIndex[kind].get(headerKey(name))
    if (field !== undefined && suggested[field] === undefined) suggested[field] = i
  })
  return suggested
}

const PREVIEW_ROWS = 10

export async function previewImport(
  ctx: ServiceContext,
  input: { kind: ImportKind; fileName: string; base64: string }
): Promise<ImportPreview> {
  const table = openTable(input.fileName, Buffer.from(input.base64, 'base64'))
  let columns: string[] | null = null
  const rows: string[][] = []
  for await (const line of table.rows) {
    if (line.problem !== undefined) continue
    if (columns === null) columns = line.cells.map((c) => text(c))
    else if (line.cells.some((c) => text(c) !== '')) rows.push(line.cells.map((c) => text(c)))
    if (rows.length >= PREVIEW_ROWS) break
  }
  return {
    columns: columns ?? [],
    rows,
    suggested: suggestMapping(input.kind, columns ?? []),
    saved: await savedMapping(ctx.db, input.kind, columns ?? []),
    encoding: table.encoding
  }
}

type ImportApplyInput = z.infer<typeof importApplyInput>

/** Rows between two progress reports (and a pause for other requests). */
const PROGRESS_EVERY = 2000

/**
 * Rows written per INSERT: one statement per row spent most of an import preparing SQL (a CPU
 * profile of 5 000 customers: 15 of 24 s in insert, 5.6 s of it in prepare). 200 rows of about 30
 * columns stay far below SQLite's limit of 32 766 parameters.
 */
const BATCH_ROWS = 200

/** A zod issue's path as the import's field name. */
function fieldOfPath(path: readonly PropertyKey[]): string {
  const [first, second, third] = path.map(String)
  if (first === 'billingAddress') return second
  if (first === 'contacts') return third === 'name' ? 'contactName' : third
  if (first === 'sku' || first === 'unitPriceCents') return first === 'sku' ? 'sku' : 'price'
  if (first === 'vatRateBp') return 'vatRate'
  return first
}

/** One kind's rules: a row into the form's input, and how it is found twice. */
interface Importer<T> {
  load(db: Executor): Promise<void>
  toInput(value: (field: ImportField) => string, cell: (field: ImportField) => Cell): T
  validate(input: T): { data: T } | { issues: Array<{ path: PropertyKey[]; message: string }> }
  /** The problem when the row is already in Salesdesk or earlier in the file; remembers it otherwise. */
  duplicate(input: T, row: number): ImportRowProblem | null
  /** Keeps the row for the next batch; writes the batch when it is full. */
  insert(trx: Executor, input: T): Promise<void>
  /** Writes the rows still kept. */
  flush(trx: Executor): Promise<void>
  finish(ctx: ServiceContext): void
  activityKey: string
}

function customerImporter(now: string): Importer<CustomerInput> {
  let batch: Array<{ input: CustomerInput; code: string }> = []
  const byTaxId = new Map<string, { code: string; name: string } | { row: number }>()
  const codes = new Map<string, number>()
  let nextNumber = 1
  const nextCode = () => {
    for (;;) {
      const code = `C-${String(nextNumber++).padStart(6, '0')}`
      if (!codes.has(code.toLowerCase())) return code
    }
  }
  return {
    activityKey: 'customersImported',
    async load(db) {
      const existing = await db.selectFrom('customers').select(['id', 'code', 'name', 'taxId']).execute()
      for (const c of existing) {
        codes.set(c.code.toLowerCase(), 0)
        for (const key of taxIdKeys(c.taxId)) byTaxId.set(key, { code: c.code, name: c.name })
        nextNumber = Math.max(nextNumber, c.id + 1)
      }
    },
    toInput(value) {
      const base = emptyCustomer()
      const contactName = value('contactName')
      const email = value('email')
      const phone = value('phone')
      const terms = value('paymentTermsDays')
      return {
        ...base,
        code: value('code'),
        name: value('name'),
        status: 'active',
        taxId: value('taxId'),
        billingAddress: {
          ...base.billingAddress,
          line1: value('line1'),
          postalCode: value('postalCode'),
          city: value('city'),
          country: value('country').toUpperCase()
        },
        contacts:
          contactName || email || phone
            ? [{ name: contactName || value('name'), role: '', phone, email }]
            : [],
        paymentTermsDays: terms === '' ? base.paymentTermsDays : Number(terms),
        notes: value('notes')
      }
    },
    validate(input) {
      const parsed = customerInput.safeParse(input)
      if (!parsed.success) return { issues: parsed.error.issues }
      const taxProblem = taxIdProblem(parsed.data.taxId, parsed.data.billingAddress.country)
      if (taxProblem !== null) return { issues: [{ path: ['taxId'], message: taxProblem }] }
      return { data: parsed.data }
    },
    duplicate(input, row) {
      if (input.code !== '') {
        const earlier = codes.get(input.code.toLowerCase())
        if (earlier === 0)
          return { row, field: 'code', message: keyed('customerCodeUsed', { code: input.code }) }
        if (earlier !== undefined)
          return {
            row,
            field: 'code',
            message: keyed('importSameInFile', { field: input.code, row: earlier })
          }
      }
      const keys = taxIdKeys(input.taxId)
      for (const key of keys) {
        const found = byTaxId.get(key)
        if (found === undefined) continue
        return 'row' in found
          ? {
              row,
              field: 'taxId',
              message: keyed('importSameInFile', { field: input.taxId, row: found.row })
            }
          : {
              row,
              field: 'taxId',
              message: keyed('importCustomerExists', { code: found.code, name: found.name })
            }
      }
      for (const key of keys) byTaxId.set(key, { row })
      if (input.code !== '') codes.set(input.code.toLowerCase(), row)
      return null
    },
    async insert(trx, input) {
      const code = input.code || nextCode()
      codes.set(code.toLowerCase(), -1)
      batch.push({ input, code })
      if (batch.length >= BATCH_ROWS) await this.flush(trx)
    },
    async flush(trx) {
      if (batch.length === 0) return
      const rows = batch
      batch = []
      const written = await trx
        .insertInto('customers')
        .values(
          rows.map(({ input, code }) => ({
            ...toCustomerColumns(input, code),
            createdAt: now,
            updatedAt: now,
            archivedAt: null
          }))
        )
        .returning(['id', 'code'])
        .execute()
      // RETURNING's order is not promised: each contact finds its customer by the (unique) code.
      const idOf = new Map(written.map((w) => [w.code, w.id]))
      const contacts = rows.flatMap(({ input, code }) =>
        input.contacts.map((c, position) => ({ customerId: idOf.get(code) ?? 0, position, ...c }))
      )
      if (contacts.length > 0) await trx.insertInto('customerContacts').values(contacts).execute()
    },
    finish(ctx) {
      customerListIndex(ctx.db).invalidate()
    }
  }
}

/** Cents from a price cell: a number as Excel stores it, or text with a decimal comma or point. */
function priceCents(cell: Cell): number {
  if (typeof cell === 'number') {
    const cents = Math.round(cell * 100)
    return Math.abs(cell * 100 - cents) < 1e-6 ? cents : Number.NaN
  }
  return parseMoneyToCents(text(cell).replace(/[€$£]|EUR|USD|GBP|HUF|Ft/gi, '')) ?? Number.NaN
}

/** Basis points from a VAT cell: 21, "21 %", or 0.21 as a percent-formatted Excel cell holds it. */
function vatBasisPoints(cell: Cell): number {
  const n = typeof cell === 'number' ? cell : Number(text(cell).replace('%', '').replace(',', '.').trim())
  if (!Number.isFinite(n) || text(cell) === '') return Number.NaN
  const percent = typeof cell === 'number' && n > 0 && n < 1 ? n * 100 : n
  return Math.round(percent * 100)
}

function productImporter(now: string): Importer<ProductInput> {
  let batch: ProductInput[] = []
  const skus = new Map<string, { code: string; name: string } | { row: number }>()
  return {
    activityKey: 'productsImported',
    async load(db) {
      for (const p of await db.selectFrom('products').select(['sku', 'name']).execute())
        skus.set(p.sku.toLowerCase(), { code: p.sku, name: p.name })
    },
    toInput(value, cell) {
      return {
        sku: value('sku'),
        name: value('name'),
        description: value('description'),
        unit: value('unit') || 'unit',
        unitPriceCents: priceCents(cell('price')),
        vatRateBp: vatBasisPoints(cell('vatRate')),
        active: true
      }
    },
    validate(input) {
      const parsed = productInput.safeParse(input)
      return parsed.success ? { data: parsed.data } : { issues: parsed.error.issues }
    },
    duplicate(input, row) {
      const key = input.sku.toLowerCase()
      const found = skus.get(key)
      if (found === undefined) {
        skus.set(key, { row })
        return null
      }
      return 'row' in found
        ? { row, field: 'sku', message: keyed('importSameInFile', { field: input.sku, row: found.row }) }
        : { row, field: 'sku', message: keyed('importProductExists', { code: found.code, name: found.name }) }
    },
    async insert(trx, input) {
      batch.push(input)
      if (batch.length >= BATCH_ROWS) await this.flush(trx)
    },
    async flush(trx) {
      if (batch.length === 0) return
      const rows = batch
      batch = []
      await trx
        .insertInto('products')
        .values(rows.map((input) => ({ ...productColumns(input), createdAt: now, updatedAt: now })))
        .execute()
    },
    finish() {
      // The product list reads the store directly.
    }
  }
}

export async function applyImport(ctx: ServiceContext, input: ImportApplyInput): Promise<ImportApplyResult> {
  // One moment for the whole import: every row was created by the same action.
  const now = isoNow(ctx)
  return input.kind === 'customers'
    ? runImport(ctx, input, customerImporter(now))
    : runImport(ctx, input, productImporter(now))
}

/** Rolls the transaction back; the problems are in the import's list (none after a clean check). */
class ImportRefused extends Error {}

async function runImport<T>(
  ctx: ServiceContext,
  input: ImportApplyInput,
  importer: Importer<T>
): Promise<ImportApplyResult> {
  const bytes = Buffer.from(input.base64, 'base64')
  const table = openTable(input.fileName, bytes)
  const problems = new ProblemList<ImportRowProblem>()
  const fields = importFields[input.kind] as readonly ImportField[]
  const columnOf = (field: ImportField): number | null => input.mapping[field] ?? null
  for (const field of requiredImportFields[input.kind])
    if (columnOf(field) === null)
      problems.add({ row: 1, field, message: keyed('importColumnNotMapped', { field }) })
  let rows = 0
  let created = 0
  let columns: string[] = []
  try {
    return await writeTransaction(ctx.db, async (trx) => {
      if (problems.count > 0) throw new ImportRefused()
      await importer.load(trx)
      let header = true
      for await (const line of table.rows) {
        if (line.problem !== undefined) {
          if (!header) rows++
          header = false
          problems.add({ row: line.row, field: '', message: line.problem })
          continue
        }
        if (header) {
          header = false
          columns = line.cells.map((c) => text(c))
          continue
        }
        if (line.cells.every((c) => text(c) === '')) continue
        rows++
        const cell = (field: ImportField): Cell => {
          const at = columnOf(field)
          return at === null || !fields.includes(field) ? null : (line.cells[at] ?? null)
        }
        // Every cell, mapped or not, before anything could echo a card number.
        if (cardNumberCell(line.cells) >= 0) {
          problems.add({ row: line.row, field: '', message: CARD_NUMBER_MESSAGE })
          continue
        }
        const checked = importer.validate(importer.toInput((field) => text(cell(field)), cell))
        if ('issues' in checked) {
          const seen = new Set<string>()
          for (const issue of checked.issues) {
            const field = fieldOfPath(issue.path)
            if (seen.has(field)) continue
            seen.add(field)
            problems.add({ row: line.row, field, message: issue.message })
          }
          continue
        }
        const duplicate = importer.duplicate(checked.data, line.row)
        if (duplicate) {
          problems.add(duplicate)
          continue
        }
        // Once any row has a problem nothing more is written: it will all be rolled back.
        if (problems.count === 0) {
          await importer.insert(trx, checked.data)
          created++
        }
        if (rows % PROGRESS_EVERY === 0) {
          reportProgress(table.bytesRead(), bytes.length, 'import')
          await yieldToOthers()
        }
      }
      if (rows === 0 && problems.count === 0)
        problems.add({ row: 2, field: '', message: keyed('importNothingToImport') })
      if (problems.count > 0) throw new ImportRefused()
      await importer.flush(trx)
      if (input.check === true) throw new ImportRefused()
      await saveMapping(
        trx,
        input.kind,
        columns,
        Object.fromEntries(fields.map((field) => [field, columnOf(field)]))
      )
      await recordActivity(trx, ctx, {
        entity: input.kind === 'customers' ? 'customer' : 'product',
        entityId: null,
        action: 'import',
        summary: `Imported ${created} ${input.kind} from ${input.fileName}`,
        details: activity(importer.activityKey, { count: created, fileName: input.fileName })
      })
      importer.finish(ctx)
      return { applied: true, rows, created, problems: [], moreProblems: 0, encoding: table.encoding }
    })
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error
    return {
      applied: false,
      rows,
      created: problems.count === 0 ? created : 0,
      problems: problems.listed,
      moreProblems: problems.more,
      encoding: table.encoding
    }
  }
}
