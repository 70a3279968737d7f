/**
 * Amounts of the weekly figures in the accounting currency. Each document in another currency
 * is converted on its own at the rate frozen with it at issue (`document_exchange_rates`), and
 * rounded to the accounting currency's minor unit before anything is added up, so a figure is the
 * sum of the documents' converted amounts and never changes when a rate is corrected later. A
 * document issued before its currency had a rate has none frozen: it is converted at the rate the
 * rates table gives for its issue date now, and when there is none it is left out of the amounts
 * and named in `unconverted`, so the report can say so.
 */
import { sql } from 'kysely'
import { toAccounting } from '../../shared/exchange'
import type { UnconvertedDocument } from '../../shared/schemas/figures'
import type { Executor } from '../context'
import { rateOn } from '../rates/service'

/**
 * What an amount query returns: documents in the accounting currency added up in SQL, every
 * other document on its own row with its frozen rate (see `perForeignDocument`).
 */
export interface AmountRow {
  exec: number | null
  day: string
  n: number
  cents: number
  currency: string
  rate: string | null
  number: string | null
}

/**
 * The grouping key that keeps the documents in the accounting currency together and every other
 * document on its own row (it is converted and rounded on its own). `d` is the documents alias.
 */
export const perForeignDocument = (accounting: string) =>
  sql`case when d.currency = ${accounting} then 0 else d.id end`

/** The columns an amount query adds for the conversion (with `frozenRateJoin`). */
export const conversionColumns = sql`min(d.currency) as currency, max(x.rate) as rate, min(d.number) as number`

export const frozenRateJoin = (accounting: string) =>
  sql`left join document_exchange_rates x on x.document_id = d.id and x.accounting_currency = ${accounting}`

export class Converter {
  private readonly fallback = new Map<string, string | null>()
  private readonly missing = new Map<string, UnconvertedDocument>()

  constructor(
    private readonly db: Executor,
    readonly accounting: string
  ) {}

  /** The row's amount in minor units of the accounting currency (0 when it cannot be converted). */
  async cents(row: AmountRow): Promise<number> {
    return (await this.centsOrNull(row)) ?? 0
  }

  /** The row's amount in minor units of the accounting currency; null (and noted) without a rate. */
  async centsOrNull(row: Omit<AmountRow, 'exec' | 'n'>): Promise<number | null> {
    if (row.currency === this.accounting) return row.cents
    const rate = row.rate ?? (await this.rateOfDay(row.currency, row.day))
    if (rate === null) {
      const number = row.number ?? ''
      this.missing.set(`${row.currency}|${number}`, { number, currency: row.currency, date: row.day })
      return null
    }
    return toAccounting(row.cents, row.currency, rate, this.accounting)
  }

  /** Documents left out of the amounts for want of a rate, by number. */
  unconverted(): UnconvertedDocument[] {
    return [...this.missing.values()].sort((a, b) => a.number.localeCompare(b.number))
  }

  private async rateOfDay(currency: string, day: string): Promise<string | null> {
    const key = `${currency}|${day}`
    if (!this.fallback.has(key))
      this.fallback.set(key, (await rateOn(this.db, currency, this.accounting, day))?.rate ?? null)
    return this.fallback.get(key) ?? null
  }
}
