/**
 * Import of received payments from a CSV or Excel file: one payment per row (customer number,
 * date, amount, method, reference, invoice numbers). Every row is checked and recorded in one
 * transaction, in file order, so later rows see what earlier ones paid; any problem — with its
 * row number and column — and nothing at all is written. A row already recorded (same
 * customer, date, amount and reference) is refused, so importing a file twice does no harm.
 */
import { activity } from '../../shared/activity'
import ExcelJS from 'exceljs'
import { CARD_NUMBER_MESSAGE, cardNumberCell } from '../../shared/cards'
import { DomainError } from '../../shared/errors'
import { parseMoneyToCents } from '../../shared/money'
import { XLSX_MIME, type FileResult } from '../../shared/schemas/common'
import {
  MAX_PAYMENT_CENTS,
  paymentMethods,
  type PaymentImportProblem,
  type PaymentImportResult,
  type PaymentMethod
} from '../../shared/schemas/payments'
import { lookup } from '../../shared/required'
import { foldForSearch } from '../../shared/text'
import { recordActivity } from '../activity/log'
import type { Executor, ServiceContext } from '../context'
import { today } from '../documents/common'
import { insertPayment, money } from './service'
import { receivableItem } from './receivables'
import { writeTransaction } from '../db/write-transaction'

export const importColumns = ['Customer no.', 'Date', 'Amount', 'Method', 'Reference', 'Invoices'] as const
type ImportColumn = (typeof importColumns)[number]

const columnAliases: Record<string, ImportColumn> = {
  'customer no.': 'Customer no.',
  'customer no': 'Customer no.',
  'customer number': 'Customer no.',
  customer: 'Customer no.',
  'customer code': 'Customer no.',
  date: 'Date',
  'payment date': 'Date',
  amount: 'Amount',
  method: 'Method',
  'payment method': 'Method',
  reference: 'Reference',
  invoices: 'Invoices',
  invoice: 'Invoices',
  'invoice numbers': 'Invoices'
}

type Cell = string | number | Date | null

/** RFC 4180 CSV: quoted fields with doubled quotes and line breaks; "," or ";" (Excel in many locales). */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '')
  const firstLine = body.split(/\r?\n/, 1)[0] ?? ''
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === separator) {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'object') {
    if ('result' in value) return plain((value as { result?: ExcelJS.CellValue }).result ?? null)
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value) return String((value as { text: unknown }).text)
  }
  return null
}

async function readRows(fileName: string, bytes: Buffer): Promise<Cell[][]> {
  if (/\.csv$/i.test(fileName)) return parseCsv(bytes.toString('utf8'))
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new DomainError('invalid_input', 'This file could not be read as an Excel workbook (.xlsx).', {
      base64: 'Not a readable .xlsx file'
    })
  }
  const sheet = workbook.worksheets.at(0)
  if (!sheet) return []
  // Sparse: eachRow skips rows that never existed in the file.
  const rows: (Cell[] | undefined)[] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: Cell[] = []
    for (let c = 1; c <= Math.max(row.cellCount, importColumns.length); c++)
      cells.push(plain(row.getCell(c).value))
    rows[number - 1] = cells
  })
  return Array.from(rows, (r) => r ?? [])
}

const text = (cell: Cell): string =>
  cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim()

function dateOf(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10)
  const value = text(cell)
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  let iso: string | null = null
  if (match) iso = `${match[1]}-${match[2]}-${match[3]}`
  match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value)
  if (match) iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`
  if (iso === null) return null
  const parsed = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : null
}

function amountOf(cell: Cell): number | null {
  if (typeof cell === 'number') {
    const cents = Math.round(cell * 100)
    return Math.abs(cell * 100 - cents) < 1e-6 ? cents : null
  }
  return parseMoneyToCents(text(cell).replace(/[€$£]|EUR|USD|GBP|HUF/gi, ''))
}

const methodWords: Record<string, PaymentMethod> = {
  'bank transfer': 'bank_transfer',
  transfer: 'bank_transfer',
  bank_transfer: 'bank_transfer',
  transferencia: 'bank_transfer',
  card: 'card',
  'credit card': 'card',
  tarjeta: 'card',
  'direct debit': 'direct_debit',
  direct_debit: 'direct_debit',
  domiciliacion: 'direct_debit',
  sepa: 'direct_debit'
}

class ImportRefused extends Error {
  constructor(
    readonly problems: PaymentImportProblem[],
    readonly rows: number
  ) {
    super('import refused')
  }
}

interface ParsedRow {
  row: number
  customerId: number
  paymentDate: string
  amountCents: number
  method: PaymentMethod
  reference: string
  invoices: string[]
}

async function checkRows(
  db: Executor,
  rows: Cell[][],
  todayDate: string
): Promise<{ parsed: ParsedRow[]; problems: PaymentImportProblem[]; count: number }> {
  const problems: PaymentImportProblem[] = []
  const header = (rows.at(0) ?? []).map((c) => lookup(columnAliases, foldForSearch(text(c))) ?? null)
  const index = new Map<ImportColumn, number>()
  header.forEach((name, i) => {
    if (name !== null && !index.has(name)) index.set(name, i)
  })
  for (const required of ['Customer no.', 'Date', 'Amount'] as const) {
    if (!index.has(required))
      problems.push({
        row: 1,
        column: required,
        message: `The first row must name the columns; "${required}" is missing (expected: ${importColumns.join(', ')})`
      })
  }
  if (problems.length > 0) return { parsed: [], problems, count: 0 }
  const customers = new Map(
    (await db.selectFrom('customers').select(['id', 'code', 'preferredPaymentMethod']).execute()).map((c) => [
      c.code.toLowerCase(),
      c
    ])
  )
  const parsed: ParsedRow[] = []
  let count = 0
  const cell = (row: Cell[], column: ImportColumn) => {
    const at = index.get(column)
    return at === undefined ? null : (row.at(at) ?? null)
  }
  rows.slice(1).forEach((row, i) => {
    const number = i + 2
    if (row.every((c) => text(c) === '')) return
    count++
    const problem = (column: ImportColumn, message: string) => problems.push({ row: number, column, message })
    // Every cell, mapped column or not, and before anything could echo it.
    const cardCell = cardNumberCell(row)
    if (cardCell >= 0) {
      problems.push({
        row: number,
        column: header[cardCell] ?? `Column ${cardCell + 1}`,
        message: CARD_NUMBER_MESSAGE
      })
      return
    }
    const code = text(cell(row, 'Customer no.'))
    const customer = customers.get(code.toLowerCase())
    if (code === '') problem('Customer no.', 'The customer number is missing')
    else if (!customer) problem('Customer no.', `No customer has the number "${code.slice(0, 40)}"`)
    const date = dateOf(cell(row, 'Date'))
    if (date === null)
      problem('Date', `"${text(cell(row, 'Date')).slice(0, 40)}" is not a date: use 2026-03-02 or 02/03/2026`)
    else if (date > todayDate) problem('Date', `${date} is in the future`)
    const amount = amountOf(cell(row, 'Amount'))
    if (amount === null)
      problem('Amount', `"${text(cell(row, 'Amount')).slice(0, 40)}" is not an amount, e.g. 1234.50`)
    else if (amount <= 0) problem('Amount', 'The amount must be more than zero')
    else if (amount > MAX_PAYMENT_CENTS) problem('Amount', 'The amount is too large')
    const methodText = foldForSearch(text(cell(row, 'Method')))
    const method = methodText === '' ? customer?.preferredPaymentMethod : methodWords[methodText]
    if (!method && (methodText !== '' || customer))
      problem(
        'Method',
        `Unknown method "${text(cell(row, 'Method')).slice(0, 40)}": use bank transfer, card or direct debit`
      )
    const reference = text(cell(row, 'Reference'))
    if (reference.length > 200) problem('Reference', 'At most 200 characters')
    const invoices = text(cell(row, 'Invoices'))
      .split(/[;,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean)
    if (
      customer &&
      date !== null &&
      amount !== null &&
      amount > 0 &&
      amount <= MAX_PAYMENT_CENTS &&
      method &&
      reference.length <= 200 &&
      paymentMethods.includes(method)
    ) {
      parsed.push({
        row: number,
        customerId: customer.id,
        paymentDate: date,
        amountCents: amount,
        method,
        reference,
        invoices
      })
    }
  })
  if (count === 0) problems.push({ row: 2, column: 'Customer no.', message: 'The file has no payments' })
  return { parsed, problems, count }
}

/** Records the rows in order inside `trx`; problems for rows the store refuses. */
async function recordRows(
  trx: Executor,
  ctx: ServiceContext,
  parsed: ParsedRow[],
  problems: PaymentImportProblem[]
): Promise<Array<{ currency: string; totalCents: number }>> {
  const totals = new Map<string, number>()
  const asOf = today(ctx)
  for (const row of parsed) {
    const duplicate = await trx
      .selectFrom('payments')
      .select('id')
      .where('customerId', '=', row.customerId)
      .where('paymentDate', '=', row.paymentDate)
      .where('amountCents', '=', row.amountCents)
      .where('reference', '=', row.reference)
      .executeTakeFirst()
    if (duplicate) {
      problems.push({
        row: row.row,
        column: 'Reference',
        message: `This payment is already recorded (payment ${duplicate.id})`
      })
      continue
    }
    let allocations: Array<{ documentId: number; amountCents: number }> | null = null
    if (row.invoices.length > 0) {
      allocations = []
      let left = row.amountCents
      let bad = false
      for (const number of row.invoices) {
        const document = await trx
          .selectFrom('documents')
          .select(['id', 'customerId'])
          .where('number', '=', number.toUpperCase())
          .where('type', 'in', ['invoice', 'debit_note'])
          .executeTakeFirst()
        const item = document ? await receivableItem(trx, document.id, asOf) : null
        if (!item || item.customerId !== row.customerId) {
          problems.push({
            row: row.row,
            column: 'Invoices',
            message: `${number.slice(0, 40)} is not an issued invoice of this customer`
          })
          bad = true
        } else if (item.openCents <= 0) {
          problems.push({ row: row.row, column: 'Invoices', message: `${item.number} is already paid` })
          bad = true
        } else if (left > 0) {
          const amount = Math.min(left, item.openCents)
          allocations.push({ documentId: item.documentId, amountCents: amount })
          left -= amount
        }
      }
      if (bad) continue
    }
    try {
      const id = await insertPayment(
        trx,
        ctx,
        { ...row, note: '', allocations },
        { source: 'import', fieldPrefix: '' }
      )
      const { currency } = await trx
        .selectFrom('payments')
        .select('currency')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      totals.set(currency, (totals.get(currency) ?? 0) + row.amountCents)
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      const message = error.fields ? Object.values(error.fields).join('; ') : error.message
      problems.push({ row: row.row, column: 'Amount', message })
    }
  }
  return [...totals].map(([currency, totalCents]) => ({ currency, totalCents }))
}

export async function importPayments(
  ctx: ServiceContext,
  input: { fileName: string; base64: string }
): Promise<PaymentImportResult> {
  const bytes = Buffer.from(input.base64, 'base64')
  const rows = await readRows(input.fileName, bytes)
  try {
    return await writeTransaction(ctx.db, async (trx) => {
      const { parsed, problems, count } = await checkRows(trx, rows, today(ctx))
      if (problems.length > 0) throw new ImportRefused(problems, count)
      const totals = await recordRows(trx, ctx, parsed, problems)
      if (problems.length > 0) throw new ImportRefused(problems, count)
      const amounts = totals.map((t) => money(t.totalCents, t.currency)).join(' + ')
      await recordActivity(trx, ctx, {
        entity: 'payment',
        entityId: null,
        action: 'import',
        summary: `Imported ${parsed.length} payments (${amounts}) from ${input.fileName}`,
        details: activity('paymentsImported', {
          count: parsed.length,
          // One currency reads in the reader's locale; several are listed as recorded.
          amount:
            totals.length === 1 ? { money: totals[0].totalCents, currency: totals[0].currency } : amounts,
          fileName: input.fileName
        })
      })
      return { applied: true, rows: count, payments: parsed.length, totals, problems: [] }
    })
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error
    const problems = [...error.problems].sort((a, b) => a.row - b.row)
    return { applied: false, rows: error.rows, payments: 0, totals: [], problems }
  }
}

/** An empty file with the columns, for the user to fill in. */
export async function paymentImportTemplate(): Promise<FileResult> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Payments', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = [
    { header: 'Customer no.', width: 16 },
    { header: 'Date', width: 14, style: { numFmt: 'yyyy-mm-dd' } },
    { header: 'Amount', width: 14, style: { numFmt: '#,##0.00' } },
    { header: 'Method', width: 16 },
    { header: 'Reference', width: 28 },
    { header: 'Invoices', width: 36 }
  ]
  sheet.getRow(1).font = { bold: true }
  sheet.getCell('H1').value =
    'Method: bank transfer, card or direct debit (empty: the customer’s usual one). Invoices: numbers separated by ";" (empty: the oldest open invoices first).'
  const buffer = await workbook.xlsx.writeBuffer()
  return {
    kind: 'file',
    fileName: 'payments-import.xlsx',
    mimeType: XLSX_MIME,
    bytes: new Uint8Array(buffer)
  }
}
