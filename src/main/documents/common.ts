/** Small pieces every document operation shares: the write transaction, dates, labels. */
import { sql, type Kysely } from 'kysely'
import { minorUnits } from '../../shared/currencies'
import { DomainError } from '../../shared/errors'
import type { DocumentType } from '../../shared/schemas/documents'
import type { ServiceContext } from '../context'
import type { Database } from '../db/types'

/**
 * Runs `work` in one write transaction started with BEGIN IMMEDIATE: the write lock is taken
 * up front, so two processes issuing documents against the same file queue on the lock
 * (busy_timeout) instead of both reading the same next number. Kysely's own transaction
 * starts a deferred one, whose read-then-write upgrade can fail with SQLITE_BUSY.
 * Everything inside must use the given executor, never ctx.db (that would wait forever).
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection)
    let result: T
    try {
      result = await work(connection)
    } catch (error) {
      await sql`rollback`.execute(connection).catch(() => undefined)
      throw error
    }
    await sql`commit`.execute(connection)
    return result
  })
}

export const typeLabels: Record<DocumentType, string> = {
  estimate: 'Estimate',
  order: 'Order',
  invoice: 'Invoice',
  credit_note: 'Credit note',
  debit_note: 'Debit note'
}

export function documentLabel(doc: { type: DocumentType; number: string | null; id: number }): string {
  return doc.number
    ? `${typeLabels[doc.type].toLowerCase()} ${doc.number}`
    : `draft ${typeLabels[doc.type].toLowerCase()} #${doc.id}`
}

/** Today's date (UTC) from the service clock, "2026-03-02". */
export const today = (ctx: ServiceContext): string => ctx.now().toISOString().slice(0, 10)

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

export function conflict(message: string): DomainError {
  return new DomainError('conflict', message)
}

/** Digits of the currency's minor unit; an unknown code is refused as an input error. */
export function currencyDigits(currency: string): number {
  try {
    return minorUnits(currency)
  } catch {
    throw new DomainError('invalid_input', 'Please correct the marked fields.', {
      currency: `${currency} is not an ISO 4217 currency code`
    })
  }
}

/** The same for stored documents: an old row with an unknown code prints with two decimals. */
export function currencyDigitsOrDefault(currency: string): number {
  try {
    return minorUnits(currency)
  } catch {
    return 2
  }
}
