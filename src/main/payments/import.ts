/**
 * Import of received payments from a CSV or Excel file: one payment per row (customer number,
 * date, amount, method, reference, invoice numbers). Every row is checked and recorded in one
 * transaction, in file order, so later rows see what earlier ones paid; any problem — with its
 * row number and column — and nothing at all is written. A row already recorded (same
 * customer, date, amount and reference) is refused, so importing a file twice does no harm.
 */
import { activity } from '../../shared/activity'
import ExcelJS from 'exceljs'
import { cardNumberCell } from '../../shared/cards'
import { DomainError, keyed } from '../../shared/errors'
import { parseMoneyToCents } from '../../shared/money'
import { XLSX_MIME, type FileResult } from '../../shared/schemas/common'
import {
  MAX_PAYMENT_CENTS,
  type PaymentImportProblem,
  type PaymentImportResult,
  type PaymentMethod
} from '../../shared/schemas/payments'
import { lookup } from '../../shared/required'
import { foldForSearch } from '../../shared/text'
import { recordActivity } from '../activity/log'
import type { Executor, ServiceContext } from '../context'
import { today } from '../documents/common'
import { insertPayment, money, paymentBatch, type PaymentBatch } from './service'
import { receivableItemByNumber } from './receivables'
import { writeTransaction } from '../db/write-transaction'
import { ImportRefused, ProblemList, unlessRefused } from '../imports/problems'
import { importProgress, openTable, type Cell } from '../imports/table'

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

interface ParsedRow {
  row: number
  customer: { id: number; code: string; name: string }
  customerId: number
  paymentDate: string
  amountCents: number
  method: PaymentMethod
  reference: string
  invoices: string[]
}

type CustomerIndex = Map<
  string,
  { id: number; code: string; name: string; preferredPaymentMethod: PaymentMethod }
>

interface Columns {
  header: (ImportColumn | null)[]
  index: Map<ImportColumn, number>
}

/** The columns the first row names; the problems when a required one is missing. */
function columnsOf(cells: Cell[], problems: ProblemList<PaymentImportProblem>): Columns | null {
  const header = cells.map((c) => lookup(columnAliases, foldForSearch(text(c))) ?? null)
  const index = new Map<ImportColumn, number>()
  header.forEach((name, i) => {
    if (name !== null && !index.has(name)) index.set(name, i)
  })
  let complete = true
  for (const required of ['Customer no.', 'Date', 'Amount'] as const) {
    if (!index.has(required)) {
      complete = false
      problems.add({
        row: 1,
        column: required,
        message: keyed('importPaymentColumnMissing', { column: required, columns: importColumns.join(', ') })
      })
    }
  }
  return complete ? { header, index } : null
}

/** One row's checks; the row ready to record, or null when it has a problem. */
function checkRow(
  columns: Columns,
  customers: CustomerIndex,
  row: Cell[],
  number: number,
  todayDate: string,
  problems: ProblemList<PaymentImportProblem>
): ParsedRow | null {
  const before = problems.count
  const problem = (column: ImportColumn, message: string) => {
    problems.add({ row: number, column, message })
  }
  const cell = (column: ImportColumn) => {
    const at = columns.index.get(column)
    return at === undefined ? null : (row.at(at) ?? null)
  }
  // Every cell, mapped column or not, and before anything could echo it.
  const cardCell = cardNumberCell(row)
  if (cardCell >= 0) {
    problems.add({
      row: number,
      column: columns.header[cardCell] ?? `Column ${cardCell + 1}`,
      message: keyed('importCardNumber')
    })
    return null
  }
  const code = text(cell('Customer no.'))
  const customer = customers.get(code.toLowerCase())
  if (code === '') problem('Customer no.', keyed('importCustomerNumberMissing'))
  else if (!customer) problem('Customer no.', keyed('importCustomerUnknown', { value: code.slice(0, 40) }))
  const date = dateOf(cell('Date'))
  if (date === null)
    problem('Date', keyed('importPaymentDateInvalid', { value: text(cell('Date')).slice(0, 40) }))
  else if (date > todayDate) problem('Date', keyed('importDateInFuture', { date }))
  const amount = amountOf(cell('Amount'))
  if (amount === null)
    problem('Amount', keyed('importAmountInvalid', { value: text(cell('Amount')).slice(0, 40) }))
  else if (amount <= 0) problem('Amount', keyed('amountMoreThanZero'))
  else if (amount > MAX_PAYMENT_CENTS) problem('Amount', keyed('amountTooLarge'))
  const methodText = foldForSearch(text(cell('Method')))
  const method = methodText === '' ? customer?.preferredPaymentMethod : methodWords[methodText]
  if (!method && (methodText !== '' || customer))
    problem('Method', keyed('importMethodUnknown', { value: text(cell('Method')).slice(0, 40) }))
  const reference = text(cell('Reference'))
  if (reference.length > 200) problem('Reference', keyed('atMostCharacters', { max: 200 }))
  const invoices = text(cell('Invoices'))
    .split(/[;,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
  if (problems.count > before || !customer || date === null || amount === null || !method) return null
  return {
    row: number,
    customer,
    customerId: customer.id,
    paymentDate: date,
    amountCents: amount,
    method,
    reference,
    invoices
  }
}

/** Records one row inside `trx`; a problem when the store refuses it. */
async function recordRow(
  trx: Executor,
  ctx: ServiceContext,
  row: ParsedRow,
  problems: ProblemList<PaymentImportProblem>,
  totals: Map<string, number>,
  batch: PaymentBatch
): Promise<boolean> {
  const asOf = today(ctx)
  const duplicate = await trx
    .selectFrom('payments')
    .select('id')
    .where('customerId', '=', row.customerId)
    .where('paymentDate', '=', row.paymentDate)
    .where('amountCents', '=', row.amountCents)
    .where('reference', '=', row.reference)
    .executeTakeFirst()
  if (duplicate) {
    problems.add({
      row: row.row,
      column: 'Reference',
      message: keyed('importPaymentRecorded', { id: duplicate.id })
    })
    return false
  }
  let allocations: Array<{ documentId: number; amountCents: number }> | null = null
  // The named invoices' currency (that of the first), as insertPayment would look it up again.
  let currency: string | undefined
  if (row.invoices.length > 0) {
    allocations = []
    let left = row.amountCents
    let bad = false
    for (const number of row.invoices) {
      const item = await receivableItemByNumber(trx, number.toUpperCase(), asOf)
      if (!item || item.customerId !== row.customerId) {
        problems.add({
          row: row.row,
          column: 'Invoices',
          message: keyed('importNotIssuedInvoice', { number: number.slice(0, 40) })
        })
        bad = true
      } else if (item.openCents <= 0) {
        problems.add({
          row: row.row,
          column: 'Invoices',
          message: keyed('documentAlreadyPaid', { number: item.number })
        })
        bad = true
      } else if (left > 0) {
        const amount = Math.min(left, item.openCents)
        allocations.push({ documentId: item.documentId, amountCents: amount })
        currency ??= item.currency
        left -= amount
      }
    }
    if (bad) return false
  }
  try {
    const recorded = await insertPayment(
      trx,
      ctx,
      { ...row, note: '', allocations, currency },
      { source: 'import', fieldPrefix: '', batch, customer: row.customer }
    )
    totals.set(recorded.currency, (totals.get(recorded.currency) ?? 0) + row.amountCents)
    return true
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    const message = error.fields ? Object.values(error.fields).join('; ') : error.message
    problems.add({ row: row.row, column: 'Amount', message })
    return false
  }
}

/**
 * Reads the file row by row (see imports/table.ts) inside one write transaction: each good row
 * is recorded as it comes, so later rows see what earlier ones paid; once a row fails its
 * checks the rest are only checked, and any problem rolls the whole transaction back.
 */
export async function importPayments(
  ctx: ServiceContext,
  input: { fileName: string; base64: string }
): Promise<PaymentImportResult> {
  const bytes = Buffer.from(input.base64, 'base64')
  const table = openTable(input.fileName, bytes)
  const problems = new ProblemList<PaymentImportProblem>()
  let count = 0
  let payments = 0
  return unlessRefused<PaymentImportResult>(
    () =>
      writeTransaction(ctx.db, async (trx) => {
        const customers: CustomerIndex = new Map(
          (
            await trx
              .selectFrom('customers')
              .select(['id', 'code', 'name', 'preferredPaymentMethod'])
              .execute()
          ).map((c) => [c.code.toLowerCase(), c])
        )
        const todayDate = today(ctx)
        const batch = await paymentBatch(trx)
        const totals = new Map<string, number>()
        let columns: Columns | null = null
        let checksFailed = false
        for await (const line of table.rows) {
          if (line.problem !== undefined) {
            checksFailed = true
            if (line.row > 1) count++
            problems.add({ row: line.row, column: '', message: line.problem })
            continue
          }
          if (columns === null) {
            columns = columnsOf(line.cells, problems)
            if (columns === null) break
            continue
          }
          if (line.cells.every((c) => text(c) === '')) continue
          count++
          const parsed = checkRow(columns, customers, line.cells, line.row, todayDate, problems)
          // Once a row fails its checks nothing more is recorded (it will all be rolled back);
          // a row the store refuses does not stop the others, so their problems show up too.
          if (parsed === null) checksFailed = true
          else if (!checksFailed && (await recordRow(trx, ctx, parsed, problems, totals, batch))) payments++
          await importProgress(table, bytes.length, count)
        }
        if (count === 0 && problems.count === 0)
          problems.add({ row: 2, column: 'Customer no.', message: keyed('importNoPayments') })
        if (problems.count > 0) throw new ImportRefused()
        const recorded = [...totals].map(([currency, totalCents]) => ({ currency, totalCents }))
        const amounts = recorded.map((t) => money(t.totalCents, t.currency)).join(' + ')
        await recordActivity(trx, ctx, {
          entity: 'payment',
          entityId: null,
          action: 'import',
          summary: `Imported ${payments} payments (${amounts}) from ${input.fileName}`,
          details: activity('paymentsImported', {
            count: payments,
            // One currency reads in the reader's locale; several are listed as recorded.
            amount:
              recorded.length === 1
                ? { money: recorded[0].totalCents, currency: recorded[0].currency }
                : amounts,
            fileName: input.fileName
          })
        })
        return {
          applied: true,
          rows: count,
          payments,
          totals: recorded,
          problems: [],
          moreProblems: 0,
          encoding: table.encoding
        }
      }),
    () => ({
      applied: false,
      rows: count,
      payments: 0,
      totals: [],
      problems: problems.listed,
      moreProblems: problems.more,
      encoding: table.encoding
    })
  )
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
