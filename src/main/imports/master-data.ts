/**
 * Customers and products from another program's export (issue 13 item 11): a preview shows the
 * file's columns and first rows with a mapping guessed from the header names (in any of the five
 * languages); apply reads every row with the chosen mapping inside one write transaction. Each
 * row is checked with the same schema as the forms, against the records already in Salesdesk
 * (same tax id for customers, same code/SKU) and against the earlier rows of the file; any
 * problem and nothing is written.
 */
import { activity } from '../../shared/activity'
import { cardNumberCell } from '../../shared/cards'
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
import { isoNow, type ServiceContext } from '../context'
import { taxIdKeys } from '../customers/duplicates'
import { customerListIndex } from '../customers/list-index'
import { toCustomerColumns } from '../customers/mapping'
import { loadCustomer, updateCustomerIn } from '../customers/service'
import { writeTransaction } from '../db/write-transaction'
import { loadProduct, productColumns, updateProductIn } from '../products/service'
import { ImportRefused, ProblemList, unlessRefused } from './problems'
import { headerKey, saveMapping, savedMapping } from './saved-mappings'
import { importProgress, openTable, type Cell } from './table'
import { cellText, rowBatches, sameInFile, type Checked, type Importer } from './importer'
import { openingBalanceImporter } from './opening-balances'

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
  },
  openingBalances: {
    customer: [
      'customer',
      'customer code',
      'customer no',
      'account',
      'tax id',
      'cliente',
      'codigo cliente',
      'nif',
      'client',
      'codi client',
      'ugyfel',
      'ugyfelkod',
      'adoszam',
      'клиент',
      'код клиента',
      'инн'
    ],
    number: [
      'number',
      'invoice',
      'invoice no',
      'invoice number',
      'document',
      'factura',
      'numero',
      'numero factura',
      'num factura',
      'factura num',
      'szamla',
      'szamlaszam',
      'счет',
      'номер',
      'номер счета'
    ],
    issueDate: [
      'date',
      'invoice date',
      'issue date',
      'issued',
      'fecha',
      'fecha factura',
      'data',
      'data factura',
      'kelt',
      'datum',
      'szamla kelte',
      'дата',
      'дата счета'
    ],
    dueDate: [
      'due',
      'due date',
      'vencimiento',
      'fecha vencimiento',
      'venciment',
      'data venciment',
      'hatarido',
      'fizetesi hatarido',
      'esedekesseg',
      'срок оплаты',
      'срок'
    ],
    currency: ['currency', 'moneda', 'divisa', 'penznem', 'валюта'],
    amount: [
      'amount',
      'open',
      'amount open',
      'open amount',
      'balance',
      'outstanding',
      'importe',
      'pendiente',
      'importe pendiente',
      'saldo',
      'import',
      'import pendent',
      'osszeg',
      'nyitott osszeg',
      'tartozas',
      'сумма',
      'остаток',
      'сумма долга'
    ]
  }
}

const headerIndex: Record<ImportKind, Map<string, ImportField>> = {
  customers: indexOf('customers'),
  products: indexOf('products'),
  openingBalances: indexOf('openingBalances')
}

function indexOf(kind: ImportKind): Map<string, ImportField> {
  const index = new Map<string, ImportField>()
  for (const [field, words] of Object.entries(headerWords[kind]))
    for (const word of words) index.set(headerKey(word), field as ImportField)
  return index
}

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

/** Fields the forms fill in a text area: the only cells that may hold tabs and line breaks. */
const multiLineFields: readonly ImportField[] = ['notes', 'description']

export async function previewImport(
  ctx: ServiceContext,
  input: { kind: ImportKind; fileName: string; base64: string }
): Promise<ImportPreview> {
  // Any column may be a note's until the mapping is chosen.
  const table = openTable(input.fileName, Buffer.from(input.base64, 'base64'), () => true)
  let columns: string[] | null = null
  const rows: string[][] = []
  for await (const line of table.rows) {
    if (line.problem !== undefined) continue
    if (columns === null) columns = line.cells.map((c) => cellText(c))
    else if (line.cells.some((c) => cellText(c) !== '')) rows.push(line.cells.map((c) => cellText(c)))
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

/** A zod issue's path as the import's field name. */
function fieldOfPath(path: readonly PropertyKey[]): string {
  const [first, second, third] = path.map(String)
  if (first === 'billingAddress') return second
  if (first === 'contacts') return third === 'name' ? 'contactName' : third
  if (first === 'sku' || first === 'unitPriceCents') return first === 'sku' ? 'sku' : 'price'
  if (first === 'vatRateBp') return 'vatRate'
  return first
}

function checkCustomer(input: unknown): Checked<CustomerInput> {
  const parsed = customerInput.safeParse(input)
  if (!parsed.success) return { issues: parsed.error.issues }
  const taxProblem = taxIdProblem(parsed.data.taxId, parsed.data.billingAddress.country)
  if (taxProblem !== null) return { issues: [{ path: ['taxId'], message: taxProblem }] }
  return { data: parsed.data }
}

type Known = { id: number; code: string; name: string } | { row: number }

function customerImporter(now: string): Importer<CustomerInput> {
  const batches = rowBatches<{ input: CustomerInput; code: string }>(async (trx, rows) => {
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
  })
  const byTaxId = new Map<string, Known>()
  const codes = new Map<string, Known>()
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
        const known = { id: c.id, code: c.code, name: c.name }
        codes.set(c.code.toLowerCase(), known)
        for (const key of taxIdKeys(c.taxId)) byTaxId.set(key, known)
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
    validate: checkCustomer,
    existing(input, row) {
      // The customer the row's code names, then the one its tax id names: they must agree.
      let found: { id: number; problem: ImportRowProblem } | null = null
      const byCode = input.code === '' ? undefined : codes.get(input.code.toLowerCase())
      if (byCode !== undefined) {
        if ('row' in byCode) return sameInFile(row, 'code', input.code, byCode.row)
        found = {
          id: byCode.id,
          problem: { row, field: 'code', message: keyed('customerCodeUsed', { code: input.code }) }
        }
      }
      const keys = taxIdKeys(input.taxId)
      for (const key of keys) {
        const known = byTaxId.get(key)
        if (known === undefined) continue
        if ('row' in known) return sameInFile(row, 'taxId', input.taxId, known.row)
        const problem = {
          row,
          field: 'taxId',
          message: keyed('importCustomerExists', { code: known.code, name: known.name })
        }
        // A code of one customer with the tax id of another: never an update.
        if (found !== null && found.id !== known.id) return { problem }
        found ??= { id: known.id, problem }
      }
      for (const key of keys) byTaxId.set(key, { row })
      if (input.code !== '') codes.set(input.code.toLowerCase(), { row })
      return found
    },
    async update(trx, ctx, id, input, present) {
      // The file has no payment details: the stored mandate or card stays as it is.
      const {
        id: _i,
        createdAt: _c,
        updatedAt: _u,
        archivedAt: _a,
        paymentSetup: _p,
        ...current
      } = await loadCustomer(trx, id)
      const address = { ...current.billingAddress }
      for (const field of ['line1', 'postalCode', 'city', 'country'] as const)
        if (present(field)) address[field] = input.billingAddress[field]
      const contacts = [...current.contacts]
      const typed = input.contacts.at(0)
      if (typed !== undefined) {
        const first = contacts.at(0) ?? { name: typed.name, role: '', phone: '', email: '' }
        contacts[0] = {
          ...first,
          name: present('contactName') ? typed.name : first.name,
          email: present('email') ? typed.email : first.email,
          phone: present('phone') ? typed.phone : first.phone
        }
      }
      const merged = {
        ...current,
        code: present('code') ? input.code : current.code,
        name: present('name') ? input.name : current.name,
        taxId: present('taxId') ? input.taxId : current.taxId,
        paymentTermsDays: present('paymentTermsDays') ? input.paymentTermsDays : current.paymentTermsDays,
        notes: present('notes') ? input.notes : current.notes,
        billingAddress: address,
        contacts
      }
      const checked = checkCustomer(merged)
      // The row names this very customer: its tax id is no duplicate of itself.
      if ('data' in checked) await updateCustomerIn(trx, ctx, id, checked.data, undefined, true)
      return checked
    },
    insert(trx, input) {
      const code = input.code || nextCode()
      codes.set(code.toLowerCase(), { row: 0 })
      return batches.keep(trx, { input, code })
    },
    flush: batches.flush,
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
  return parseMoneyToCents(cellText(cell).replace(/[€$£]|EUR|USD|GBP|HUF|Ft/gi, '')) ?? Number.NaN
}

/** Basis points from a VAT cell: 21, "21 %", or 0.21 as a percent-formatted Excel cell holds it. */
function vatBasisPoints(cell: Cell): number {
  const n = typeof cell === 'number' ? cell : Number(cellText(cell).replace('%', '').replace(',', '.').trim())
  if (!Number.isFinite(n) || cellText(cell) === '') return Number.NaN
  const percent = typeof cell === 'number' && n > 0 && n < 1 ? n * 100 : n
  return Math.round(percent * 100)
}

function checkProduct(input: unknown): Checked<ProductInput> {
  const parsed = productInput.safeParse(input)
  return parsed.success ? { data: parsed.data } : { issues: parsed.error.issues }
}

function productImporter(now: string): Importer<ProductInput> {
  const batches = rowBatches<ProductInput>(async (trx, rows) => {
    await trx
      .insertInto('products')
      .values(rows.map((input) => ({ ...productColumns(input), createdAt: now, updatedAt: now })))
      .execute()
  })
  const skus = new Map<string, Known>()
  return {
    activityKey: 'productsImported',
    async load(db) {
      for (const p of await db.selectFrom('products').select(['id', 'sku', 'name']).execute())
        skus.set(p.sku.toLowerCase(), { id: p.id, code: p.sku, name: p.name })
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
    validate: checkProduct,
    existing(input, row) {
      const key = input.sku.toLowerCase()
      const found = skus.get(key)
      skus.set(key, { row })
      if (found === undefined) return null
      if ('row' in found) return sameInFile(row, 'sku', input.sku, found.row)
      return {
        id: found.id,
        problem: {
          row,
          field: 'sku',
          message: keyed('importProductExists', { code: found.code, name: found.name })
        }
      }
    },
    async update(trx, ctx, id, input, present) {
      const { id: _i, createdAt: _c, updatedAt: _u, ...current } = await loadProduct(trx, id)
      const checked = checkProduct({
        ...current,
        name: present('name') ? input.name : current.name,
        description: present('description') ? input.description : current.description,
        unit: present('unit') ? input.unit : current.unit,
        unitPriceCents: present('price') ? input.unitPriceCents : current.unitPriceCents,
        vatRateBp: present('vatRate') ? input.vatRateBp : current.vatRateBp
      })
      if ('data' in checked) await updateProductIn(trx, ctx, id, checked.data)
      return checked
    },
    insert: batches.keep,
    flush: batches.flush,
    finish() {
      // The product list reads the store directly.
    }
  }
}

export async function applyImport(ctx: ServiceContext, input: ImportApplyInput): Promise<ImportApplyResult> {
  // One moment for the whole import: every row was created by the same action.
  const now = isoNow(ctx)
  if (input.kind === 'openingBalances')
    return runImport(ctx, input, openingBalanceImporter(now, input.fileName))
  return input.kind === 'customers'
    ? runImport(ctx, input, customerImporter(now))
    : runImport(ctx, input, productImporter(now))
}

/** A row's problems, one per field (the first zod issue of each). */
function addIssues(
  problems: ProblemList<ImportRowProblem>,
  row: number,
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>
) {
  const seen = new Set<string>()
  for (const issue of issues) {
    const field = fieldOfPath(issue.path)
    if (seen.has(field)) continue
    seen.add(field)
    problems.add({ row, field, message: issue.message })
  }
}

async function runImport<R, T>(
  ctx: ServiceContext,
  input: ImportApplyInput,
  importer: Importer<R, T>
): Promise<ImportApplyResult> {
  const bytes = Buffer.from(input.base64, 'base64')
  const lines = new Set(multiLineFields.flatMap((field) => input.mapping[field] ?? []))
  const table = openTable(input.fileName, bytes, (column) => lines.has(column))
  const problems = new ProblemList<ImportRowProblem>()
  const fields = importFields[input.kind] as readonly ImportField[]
  const columnOf = (field: ImportField): number | null => input.mapping[field] ?? null
  for (const field of requiredImportFields[input.kind])
    if (columnOf(field) === null)
      problems.add({ row: 1, field, message: keyed('importColumnNotMapped', { field }) })
  let rows = 0
  let created = 0
  let updated = 0
  let skipped = 0
  let columns: string[] = []
  const onExisting = input.onExisting ?? 'refuse'
  return unlessRefused<ImportApplyResult>(
    () =>
      writeTransaction(ctx.db, async (trx) => {
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
            columns = line.cells.map((c) => cellText(c))
            continue
          }
          if (line.cells.every((c) => cellText(c) === '')) continue
          rows++
          const cell = (field: ImportField): Cell => {
            const at = columnOf(field)
            return at === null || !fields.includes(field) ? null : (line.cells[at] ?? null)
          }
          // Every cell, mapped or not, before anything could echo a card number.
          if (cardNumberCell(line.cells) >= 0) {
            problems.add({ row: line.row, field: '', message: keyed('importCardNumber') })
            continue
          }
          const checked = importer.validate(importer.toInput((field) => cellText(cell(field)), cell))
          if ('issues' in checked) {
            addIssues(problems, line.row, checked.issues)
            continue
          }
          const existing = importer.existing(checked.data, line.row)
          if (existing !== null) {
            if (existing.id === undefined || onExisting === 'refuse') problems.add(existing.problem)
            else if (onExisting === 'skip') skipped++
            else {
              // Written at once (rolled back with the rest when any row has a problem).
              const present = (field: ImportField) => columnOf(field) !== null && cellText(cell(field)) !== ''
              const result = await importer.update(trx, ctx, existing.id, checked.data, present)
              if ('issues' in result) addIssues(problems, line.row, result.issues)
              else updated++
            }
            continue
          }
          // Once any row has a problem nothing more is written: it will all be rolled back.
          if (problems.count === 0) {
            await importer.insert(trx, checked.data)
            created++
          }
          await importProgress(table, bytes.length, rows)
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
          entity: input.kind === 'products' ? 'product' : 'customer',
          entityId: null,
          action: 'import',
          summary: `Imported ${created} ${input.kind} from ${input.fileName}${updated + skipped > 0 ? `, updated ${updated}, skipped ${skipped}` : ''}`,
          details:
            updated + skipped > 0
              ? activity(`${importer.activityKey}Updated`, {
                  count: created,
                  fileName: input.fileName,
                  updated,
                  skipped
                })
              : activity(importer.activityKey, { count: created, fileName: input.fileName })
        })
        importer.finish(ctx)
        return {
          applied: true,
          rows,
          created,
          updated,
          skipped,
          problems: [],
          moreProblems: 0,
          encoding: table.encoding
        }
      }),
    // After a clean check (nothing has problems) the counts say what applying would do.
    () => ({
      applied: false,
      rows,
      created: problems.count === 0 ? created : 0,
      updated: problems.count === 0 ? updated : 0,
      skipped: problems.count === 0 ? skipped : 0,
      problems: problems.listed,
      moreProblems: problems.more,
      encoding: table.encoding
    })
  )
}
