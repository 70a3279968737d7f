/** A period of whole days in Spanish time, and sums of the records' amounts as they are written. */
import { timestampWithOffset } from './time'

/** The UTC offset Spain uses on a date ("+01:00"), read at 00:00 UTC: before any change of clock that day. */
const offsetOn = (date: string): string => timestampWithOffset(new Date(`${date}T00:00:00Z`)).slice(19)

/** From 00:00:00 of the first day to 23:59:59 of the last, with Spain's offset on each. */
export function periodOf(range: { from: string; to: string }): { from: string; to: string } {
  return {
    from: `${range.from}T00:00:00${offsetOn(range.from)}`,
    to: `${range.to}T23:59:59${offsetOn(range.to)}`
  }
}

/**
 * What an export's own data says of what it holds: the period, and its first and last record or
 * event. The schema asks for both, so the export of an empty period carries none (null).
 */
export function exportedPeriod<Row, Ref>(
  range: { from: string; to: string },
  rows: readonly Row[],
  ref: (row: Row) => Ref
): { from: string; to: string; first: Ref; last: Ref } | null {
  const first = rows.at(0)
  const last = rows.at(-1)
  return first === undefined || last === undefined
    ? null
    : { ...periodOf(range), first: ref(first), last: ref(last) }
}

/** "193.55" → 19355n; "-12.3" → -1230n; "7" → 700n (the XSD's ImporteSgn12.2 forms). */
function cents(amount: string): bigint {
  const match = /^([+-]?)(\d+)(?:\.(\d{0,2}))?$/.exec(amount.trim())
  if (!match) throw new Error(`not an AEAT amount: ${amount}`)
  // An absent decimal part is undefined at run time, whatever the type says.
  const [, sign, whole, fraction = ''] = match
  const value = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'))
  return sign === '-' ? -value : value
}

/** The exact sum, written with two decimals ("1308.75", "-20.00"). */
export function sumAmounts(amounts: string[]): string {
  const total = amounts.reduce((sum, a) => sum + cents(a), 0n)
  const abs = total < 0n ? -total : total
  return `${total < 0n ? '-' : ''}${String(abs / 100n)}.${String(abs % 100n).padStart(2, '0')}`
}
