/**
 * Opening balances from the previous system's list of open invoices (issue 13 item 11): one row
 * per invoice still open at the cut-over, with its customer (code or tax id), number, invoice
 * date, due date, currency and the amount still open. They go into the `opening_balances` side
 * table (migration 0029_imports says why), never into documents: no number of ours, no
 * VERI*FACTU or NAV record, no revenue. A number already recorded for the customer is a problem
 * (an opening balance is a record: it is never updated by a later import).
 */
import { isCurrencyCode, minorUnits } from '../../shared/currencies'
import { keyed } from '../../shared/errors'
import { parseMoneyToCents } from '../../shared/money'
import { readSettings } from '../settings/service'
import { taxIdKeys } from '../customers/duplicates'
import { addDaysIso } from '../../shared/iso-week'
import type { Executor } from '../context'
import type { Cell } from './table'
import { cellText, rowBatches, sameInFile, type Importer } from './importer'

export interface OpeningBalanceInput {
  customerId: number
  customerCode: string
  number: string
  issueDate: string
  dueDate: string
  currency: string
  amountMinor: number
}

/** A row as read, before it is checked: every problem found is named by its field. */
interface OpeningRow {
  customer: string
  number: string
  issueDate: Cell
  dueDate: Cell
  currency: string
  amount: Cell
}

const pad = (n: string) => n.padStart(2, '0')

/** A real calendar day as ISO, or null. */
function isoDay(year: string, month: string, day: string): string | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`
  const time = Date.parse(`${iso}T00:00:00Z`)
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== iso ? null : iso
}

/**
 * A date from a cell: an Excel date, 2026-03-31 or 2026.03.31. (year first), or 31/03/2026,
 * 31.03.2026, 31-03-2026 (day first, as the previous systems of the five languages' countries
 * write it).
 */
export function dateOfCell(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10)
  const value = cellText(cell)
  const yearFirst = /^(\d{4})[-./] ?(\d{1,2})[-./] ?(\d{1,2})\.?$/.exec(value)
  if (yearFirst) return isoDay(yearFirst[1], yearFirst[2], yearFirst[3])
  const dayFirst = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(value)
  if (dayFirst) return isoDay(dayFirst[3], dayFirst[2], dayFirst[1])
  return null
}

/** Minor units of `currency` from a cell (a number, or text with a decimal comma or point), or NaN. */
function amountOfCell(cell: Cell, currency: string): number {
  const digits = minorUnits(currency)
  let cents: number | null
  if (typeof cell === 'number') {
    const rounded = Math.round(cell * 100)
    cents = Math.abs(cell * 100 - rounded) < 1e-6 ? rounded : null
  } else cents = parseMoneyToCents(cellText(cell).replace(/[€$£]|EUR|USD|GBP|HUF|Ft/gi, ''))
  if (cents === null) return Number.NaN
  // Cents to the currency's own minor unit: exact only when no fraction is lost (12.5 HUF is not an amount).
  const minor = digits >= 2 ? cents * 10 ** (digits - 2) : cents / 10 ** (2 - digits)
  return Number.isSafeInteger(minor) ? minor : Number.NaN
}

export function openingBalanceImporter(
  now: string,
  fileName: string
): Importer<OpeningRow, OpeningBalanceInput> {
  const batches = rowBatches<OpeningBalanceInput>(async (trx, rows) => {
    await trx
      .insertInto('openingBalances')
      .values(
        rows.map((o) => ({
          customerId: o.customerId,
          number: o.number,
          issueDate: o.issueDate,
          dueDate: o.dueDate,
          currency: o.currency,
          amountCents: o.amountMinor,
          fileName,
          createdAt: now
        }))
      )
      .execute()
  })
  let defaultCurrency = 'EUR'
  const customers = new Map<string, { id: number; code: string; name: string; terms: number }>()
  const numbers = new Map<string, { row: number } | { customerId: number }>()
  const key = (customerId: number, number: string) => `${String(customerId)} ${number.toLowerCase()}`
  return {
    activityKey: 'openingBalancesImported',
    async load(db: Executor) {
      defaultCurrency = (await readSettings(db)).documents.defaultCurrency
      for (const c of await db
        .selectFrom('customers')
        .select(['id', 'code', 'name', 'taxId', 'paymentTermsDays'])
        .execute()) {
        const found = { id: c.id, code: c.code, name: c.name, terms: c.paymentTermsDays }
        for (const k of taxIdKeys(c.taxId)) customers.set(`tax ${k}`, found)
        customers.set(`code ${c.code.toLowerCase()}`, found)
      }
      for (const o of await db
        .selectFrom('openingBalances as o')
        .select(['o.customerId', 'o.number'])
        .execute())
        numbers.set(key(o.customerId, o.number), { customerId: o.customerId })
    },
    toInput(value, cell) {
      return {
        customer: value('customer'),
        number: value('number'),
        issueDate: cell('issueDate'),
        dueDate: cell('dueDate'),
        currency: value('currency').toUpperCase(),
        amount: cell('amount')
      }
    },
    validate(row) {
      const issues: Array<{ path: PropertyKey[]; message: string }> = []
      const customer =
        customers.get(`code ${row.customer.toLowerCase()}`) ??
        taxIdKeys(row.customer)
          .map((k) => customers.get(`tax ${k}`))
          .find((c) => c !== undefined)
      if (customer === undefined)
        issues.push({ path: ['customer'], message: keyed('importCustomerNotFound', { value: row.customer }) })
      if (row.number === '') issues.push({ path: ['number'], message: keyed('fieldRequired') })
      else if (row.number.length > 60)
        issues.push({ path: ['number'], message: keyed('atMostCharacters', { max: 60 }) })
      const issueDate = dateOfCell(row.issueDate)
      if (issueDate === null)
        issues.push({
          path: ['issueDate'],
          message: keyed('importNotADate', { value: cellText(row.issueDate) })
        })
      const dueText = cellText(row.dueDate)
      const dueDate =
        dueText === ''
          ? issueDate !== null && customer !== undefined
            ? addDaysIso(issueDate, customer.terms)
            : null
          : dateOfCell(row.dueDate)
      if (dueText !== '' && dueDate === null)
        issues.push({ path: ['dueDate'], message: keyed('importNotADate', { value: dueText }) })
      else if (dueDate !== null && issueDate !== null && dueDate < issueDate)
        issues.push({ path: ['dueDate'], message: keyed('importDueBeforeIssue') })
      const currency = row.currency === '' ? defaultCurrency : row.currency
      if (!isCurrencyCode(currency))
        issues.push({ path: ['currency'], message: keyed('importNotACurrency', { value: row.currency }) })
      const amountMinor = isCurrencyCode(currency) ? amountOfCell(row.amount, currency) : Number.NaN
      if (isCurrencyCode(currency) && !(amountMinor > 0))
        issues.push({
          path: ['amount'],
          message: keyed('importNotAnAmount', { value: cellText(row.amount), currency })
        })
      if (issues.length > 0 || customer === undefined || issueDate === null || dueDate === null)
        return { issues }
      return {
        data: {
          customerId: customer.id,
          customerCode: customer.code,
          number: row.number,
          issueDate,
          dueDate,
          currency,
          amountMinor
        }
      }
    },
    existing(input, row) {
      const k = key(input.customerId, input.number)
      const found = numbers.get(k)
      if (found === undefined) {
        numbers.set(k, { row })
        return null
      }
      if ('row' in found) return sameInFile(row, 'number', input.number, found.row)
      return {
        problem: { row, field: 'number', message: keyed('importOpeningExists', { number: input.number }) }
      }
    },
    insert: batches.keep,
    update(_trx, _ctx, _id, input) {
      // Opening balances are records: `existing` never names one in Salesdesk for an update.
      return Promise.resolve({ data: input })
    },
    flush: batches.flush,
    finish() {
      // The receivable readers read the table directly.
    }
  }
}
