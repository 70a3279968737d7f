/**
 * The HUF exchange rate NAV wants with a foreign-currency invoice (HUF for one unit of the
 * currency). The money area keeps rates the ECB's way (units of a currency per one unit of the
 * accounting currency): the rate frozen on the document at issue, else the latest rate on or
 * before the date. Either direction is turned into HUF per unit, exactly, to 6 decimals.
 */
import { sql } from 'kysely'
import { divideRoundHalfAwayFromZero } from '../../shared/totals'
import type { Executor } from '../context'
import { rateText } from './amounts'
import { NavDataProblem } from './invoice-data'

/** "0.00255" -> [255n, 5]: the digits and the decimal places. */
function scaled(text: string): [bigint, number] | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim())
  if (!match) return null
  const fraction = match.at(2) ?? ''
  return [BigInt(match[1] + fraction), fraction.length]
}

/** 1 / rate to 6 decimals, as text. */
export function invertRate(rate: string): string | null {
  const parsed = scaled(rate)
  if (!parsed || parsed[0] === 0n) return null
  const [digits, places] = parsed
  const micros = divideRoundHalfAwayFromZero(10n ** BigInt(6 + places), digits)
  return micros > 0n ? rateText(micros) : null
}

function asHufPerUnit(rate: string, direction: 'as_is' | 'invert'): string | null {
  if (direction === 'invert') return invertRate(rate)
  const parsed = scaled(rate)
  if (!parsed) return null
  const [digits, places] = parsed
  const micros =
    places <= 6
      ? digits * 10n ** BigInt(6 - places)
      : divideRoundHalfAwayFromZero(digits, 10n ** BigInt(places - 6))
  return micros > 0n ? rateText(micros) : null
}

interface RateRow {
  currency: string
  accounting_currency: string
  rate: string
}

async function rows(db: Executor, query: ReturnType<typeof sql<RateRow>>): Promise<RateRow[]> {
  try {
    return (await query.execute(db)).rows
  } catch {
    // The money area's tables are not in this file (yet): no rate from there.
    return []
  }
}

function fromRow(row: RateRow | undefined, currency: string): string | null {
  if (!row) return null
  if (row.accounting_currency === 'HUF' && row.currency === currency) return asHufPerUnit(row.rate, 'invert')
  if (row.currency === 'HUF' && row.accounting_currency === currency) return asHufPerUnit(row.rate, 'as_is')
  return null
}

export async function hufRate(
  db: Executor,
  documentId: number,
  currency: string,
  date: string
): Promise<string> {
  if (currency === 'HUF') return '1'
  const frozen = await rows(
    db,
    sql<RateRow>`select currency, accounting_currency, rate from document_exchange_rates where document_id = ${documentId}`
  )
  const fromDocument = fromRow(frozen[0], currency)
  if (fromDocument) return fromDocument
  const latest = await rows(
    db,
    sql<RateRow>`select currency, accounting_currency, rate from exchange_rates
      where rate_date <= ${date} and ((currency = ${currency} and accounting_currency = 'HUF')
        or (currency = 'HUF' and accounting_currency = ${currency}))
      order by rate_date desc limit 1`
  )
  const fromTable = fromRow(latest[0], currency)
  if (fromTable) return fromTable
  throw new NavDataProblem({ key: 'navNoHufRate', params: { currency, date } })
}
