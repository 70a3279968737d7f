/**
 * Exchange rates against the accounting currency: entered by hand or imported from the ECB's
 * reference-rates CSV (quoted per EUR; for another accounting currency each rate is crossed
 * through the EUR), and the rate each foreign-currency document is issued at, frozen with it in
 * the issuing transaction (`document_exchange_rates`, append-only). Reports convert at that
 * frozen rate, so a figure never changes when a rate is corrected later.
 */
import { activity } from '../../shared/activity'
import { DomainError, invalid } from '../../shared/errors'
import { crossRate, toAccounting } from '../../shared/exchange'
import type { Page } from '../../shared/schemas/common'
import type {
  DocumentExchangeRate,
  EcbImportResult,
  ExchangeRate,
  ExchangeRateInput
} from '../../shared/schemas/rates'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'
import { readSettings } from '../settings/service'
import { parseEcbCsv } from './ecb'

async function accountingCurrency(db: Executor): Promise<string> {
  return (await readSettings(db)).documents.accountingCurrency
}

export async function listRates(
  ctx: ServiceContext,
  query: { currency: string | null; offset: number; limit: number }
): Promise<Page<ExchangeRate>> {
  const accounting = await accountingCurrency(ctx.db)
  let base = ctx.db.selectFrom('exchangeRates').where('accountingCurrency', '=', accounting)
  if (query.currency !== null) base = base.where('currency', '=', query.currency)
  const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()
  const rows = await base
    .selectAll()
    .orderBy('rateDate', 'desc')
    .orderBy('currency')
    .offset(query.offset)
    .limit(query.limit)
    .execute()
  return { total, rows }
}

export async function setRate(ctx: ServiceContext, input: ExchangeRateInput): Promise<ExchangeRate> {
  return writeTransaction(ctx.db, async (trx) => {
    const accounting = await accountingCurrency(trx)
    if (input.currency === accounting)
      throw invalid({ currency: { key: 'accountingCurrencyRate', params: { currency: accounting } } })
    const row: ExchangeRate = {
      rateDate: input.rateDate,
      currency: input.currency,
      accountingCurrency: accounting,
      rate: input.rate,
      source: 'manual',
      updatedAt: isoNow(ctx)
    }
    await trx
      .insertInto('exchangeRates')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['currency', 'accountingCurrency', 'rateDate'])
          .doUpdateSet({ rate: row.rate, source: row.source, updatedAt: row.updatedAt })
      )
      .execute()
    await recordActivity(trx, ctx, {
      entity: 'settings',
      entityId: null,
      action: 'exchange_rate',
      summary: `Exchange rate on ${input.rateDate}: 1 ${accounting} = ${input.rate} ${input.currency}`,
      details: activity('exchangeRateSet', {
        date: { date: input.rateDate },
        accounting,
        rate: input.rate,
        currency: input.currency
      })
    })
    return row
  })
}

/**
 * Imports the ECB's CSV: every day and currency in it, crossed through the EUR when the
 * accounting currency is another one (days without a quote for it are skipped). All or nothing.
 */
export async function importEcbRates(
  ctx: ServiceContext,
  input: { fileName: string; base64: string }
): Promise<EcbImportResult> {
  const parsed = parseEcbCsv(Buffer.from(input.base64, 'base64').toString('utf8'))
  return writeTransaction(ctx.db, async (trx) => {
    const accounting = await accountingCurrency(trx)
    const perEur = new Map<string, Map<string, string>>()
    for (const r of parsed) {
      let day = perEur.get(r.rateDate)
      if (!day) perEur.set(r.rateDate, (day = new Map([['EUR', '1']])))
      day.set(r.currency, r.rate)
    }
    const now = isoNow(ctx)
    const rows: ExchangeRate[] = []
    for (const [rateDate, day] of perEur) {
      const base = day.get(accounting)
      if (base === undefined) continue
      for (const [currency, rate] of day) {
        if (currency === accounting) continue
        rows.push({
          rateDate,
          currency,
          accountingCurrency: accounting,
          rate: accounting === 'EUR' ? rate : crossRate(rate, base),
          source: 'ecb_csv',
          updatedAt: now
        })
      }
    }
    if (rows.length === 0)
      throw new DomainError(
        'invalid_input',
        { key: 'noRatesAgainst', params: { currency: accounting } },
        { base64: { key: 'noRatesAgainstField', params: { currency: accounting } } }
      )
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('exchangeRates')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) =>
          oc.columns(['currency', 'accountingCurrency', 'rateDate']).doUpdateSet((eb) => ({
            rate: eb.ref('excluded.rate'),
            source: eb.ref('excluded.source'),
            updatedAt: eb.ref('excluded.updatedAt')
          }))
        )
        .execute()
    }
    const dates = [...new Set(rows.map((r) => r.rateDate))].sort()
    const currencies = [...new Set(rows.map((r) => r.currency))].sort()
    await recordActivity(trx, ctx, {
      entity: 'settings',
      entityId: null,
      action: 'exchange_rate_import',
      summary: `Imported ${String(rows.length)} exchange rates against ${accounting} (${String(dates.length)} days, ${currencies.join(', ')}) from ${input.fileName}`,
      details: activity('exchangeRatesImported', {
        accounting,
        file: input.fileName,
        rates: rows.length,
        days: dates.length,
        currencies: currencies.join(', ')
      })
    })
    return {
      days: dates.length,
      rates: rows.length,
      currencies,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null
    }
  })
}

/** The latest rate on or before `date` (what a document issued that day is converted at). */
export async function rateOn(
  db: Executor,
  currency: string,
  accounting: string,
  date: string
): Promise<{ rate: string; rateDate: string } | null> {
  const row = await db
    .selectFrom('exchangeRates')
    .select(['rate', 'rateDate'])
    .where('currency', '=', currency)
    .where('accountingCurrency', '=', accounting)
    .where('rateDate', '<=', date)
    .orderBy('rateDate', 'desc')
    .executeTakeFirst()
  return row ?? null
}

/**
 * Freezes the rate of a document issued in a foreign currency, inside the issuing transaction.
 * Without a rate on or before its date it stays without one: figures then use the rates table
 * at its issue date, and say when a document could not be converted.
 */
export async function freezeExchangeRate(
  trx: Executor,
  ctx: ServiceContext,
  documentId: number
): Promise<void> {
  const doc = await trx
    .selectFrom('documents')
    .select(['currency', 'issueDate'])
    .where('id', '=', documentId)
    .executeTakeFirstOrThrow()
  const accounting = await accountingCurrency(trx)
  if (doc.currency === accounting || doc.issueDate === null) return
  const found = await rateOn(trx, doc.currency, accounting, doc.issueDate)
  if (!found) return
  await trx
    .insertInto('documentExchangeRates')
    .values({
      documentId,
      currency: doc.currency,
      accountingCurrency: accounting,
      rate: found.rate,
      rateDate: found.rateDate,
      createdAt: isoNow(ctx)
    })
    .execute()
}

/**
 * The rate frozen on a document at issue, with its VAT and total converted at it (null for a
 * document in the accounting currency, a draft, or one issued without a rate on or before its
 * date). `rate` is an exact decimal text: units of the document's currency for one unit of the
 * accounting currency (the ECB's way of quoting). For the e-invoice: BT-6 is `accountingCurrency`,
 * BT-111 is `vatInAccountingCents`.
 */
export async function frozenRateFor(db: Executor, documentId: number): Promise<DocumentExchangeRate | null> {
  const doc = await db
    .selectFrom('documents')
    .select(['id', 'vatCents', 'totalCents'])
    .where('id', '=', documentId)
    .executeTakeFirst()
  return doc ? documentExchangeRate(db, doc) : null
}

/** The frozen rate of a document with its VAT and total in the accounting currency (null when it has none). */
export async function documentExchangeRate(
  db: Executor,
  doc: { id: number; vatCents: number; totalCents: number }
): Promise<DocumentExchangeRate | null> {
  const row = await db
    .selectFrom('documentExchangeRates')
    .select(['currency', 'accountingCurrency', 'rate', 'rateDate'])
    .where('documentId', '=', doc.id)
    .executeTakeFirst()
  if (!row) return null
  return {
    ...row,
    vatInAccountingCents: toAccounting(doc.vatCents, row.currency, row.rate, row.accountingCurrency),
    totalInAccountingCents: toAccounting(doc.totalCents, row.currency, row.rate, row.accountingCurrency)
  }
}
