/**
 * The ECB's euro foreign exchange reference rates as CSV: a header "Date, USD, JPY, ..." and one
 * row per day, rates as units of the currency per 1 EUR. Both of the ECB's files are read: the
 * daily one ("04 December 2026, 1.0823, ...", spaces after the commas, a trailing comma) and the
 * history ("2026-12-04,1.0823,...,N/A,"). Empty and N/A cells (a currency not quoted that day)
 * are skipped; anything else that is not a rate or a known currency is an error with its line.
 */
import { parse } from 'csv-parse/sync'
import { DomainError, type ErrorKey, type MessageParams } from '../../shared/errors'
import { isCurrencyCode } from '../../shared/currencies'
import { normaliseRate } from '../../shared/exchange'

export interface EcbRate {
  rateDate: string
  currency: string
  /** Units of `currency` per 1 EUR. */
  rate: string
}

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]

function isoDateOf(text: string): string | null {
  const value = text.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Number.isNaN(Date.parse(value)) ? null : value
  const match = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(value)
  if (!match) return null
  const month = months.indexOf(match[2].toLowerCase())
  if (month < 0) return null
  const iso = `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1].padStart(2, '0')}`
  return Number.isNaN(Date.parse(iso)) ? null : iso
}

/** The file is refused as a whole; the file field shows the same message. */
const refused = (key: ErrorKey, params: MessageParams = {}) =>
  new DomainError('invalid_input', { key, params }, { base64: { key, params } })

export function parseEcbCsv(text: string): EcbRate[] {
  let rows: string[][]
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), {
      trim: true,
      relax_column_count: true,
      skip_empty_lines: true
    })
  } catch (error) {
    throw refused('ecbNotCsv', { detail: error instanceof Error ? error.message : String(error) })
  }
  const [header = [], ...days] = rows
  if ((header[0] ?? '').toLowerCase() !== 'date') throw refused('ecbNotRatesFile')
  const currencies = header.slice(1).map((c) => c.toUpperCase())
  currencies.forEach((code, i) => {
    if (code !== '' && !isCurrencyCode(code))
      throw refused('ecbColumnNotCurrency', { column: i + 2, value: code.slice(0, 10) })
  })
  const rates: EcbRate[] = []
  days.forEach((row, r) => {
    const line = r + 2
    const rateDate = isoDateOf(row[0] ?? '')
    if (rateDate === null) throw refused('ecbLineNotDate', { line, value: (row[0] ?? '').slice(0, 20) })
    row.slice(1).forEach((cell, c) => {
      const currency = c < currencies.length ? currencies[c] : ''
      if (currency === '' || cell === '' || cell.toUpperCase() === 'N/A') return
      const rate = normaliseRate(cell)
      if (rate === null) throw refused('ecbLineNotRate', { line, currency, value: cell.slice(0, 20) })
      rates.push({ rateDate, currency, rate })
    })
  })
  return rates
}
