/** Small pieces every document operation shares: dates, labels. */
import { minorUnits } from '../../shared/currencies'
import {
  conflict as keyedConflict,
  DomainError,
  invalid,
  isErrorKey,
  type MessageParams
} from '../../shared/errors'
import type { DocumentType } from '../../shared/schemas/documents'

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

export { today } from '../clock'

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * A conflict by key (an ErrorKey of shared/errors), or, for the messages not converted yet (those that name a
 * document type or status in English), by its English text.
 */
export function conflict(message: string, params?: MessageParams): DomainError {
  return isErrorKey(message) ? keyedConflict(message, params) : new DomainError('conflict', message)
}

/** Digits of the currency's minor unit; an unknown code is refused as an input error. */
export function currencyDigits(currency: string): number {
  try {
    return minorUnits(currency)
  } catch {
    throw invalid({ currency: { key: 'currencyNotIso', params: { currency } } })
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

// writeTransaction lives in src/main/db/write-transaction.ts; re-exported here so code written
// against its old place still builds. Import it from db/ in new code.
export { writeTransaction } from '../db/write-transaction'
