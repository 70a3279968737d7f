/** Small pieces every document operation shares: dates, labels. */
import { minorUnits } from '../../shared/currencies'
import { conflict, invalid, word, type ErrorKey, type Message, type MessageParams } from '../../shared/errors'
import type { DocumentStatus, DocumentType } from '../../shared/schemas/documents'

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

export { conflict }

const statusWords: Record<DocumentStatus, ErrorKey> = {
  draft: 'documentStatusDraft',
  sent: 'documentStatusSent',
  accepted: 'documentStatusAccepted',
  declined: 'documentStatusDeclined',
  converted: 'documentStatusConverted',
  confirmed: 'documentStatusConfirmed',
  partially_delivered: 'documentStatusPartiallyDelivered',
  delivered: 'documentStatusDelivered',
  cancelled: 'documentStatusCancelled',
  issued: 'documentStatusIssued'
}

/** A document type as a word by key, for refusals that name it in the user's language. */
export { documentTypeWord as typeWord } from '../../shared/schemas/settings'

/** A document status as a word by key (the store's text is one of documentStatuses: a CHECK holds it). */
export const statusWord = (status: string): Message => word(statusWords[status as DocumentStatus])

/**
 * Refuses with `refusal` when `doc` is in none of the `allowed` statuses: the sentence names the
 * document (a draft by its id) and the status it is in; `params`, anything else it names.
 */
export function requireStatus(
  doc: { id: number; number: string | null; status: string },
  allowed: readonly DocumentStatus[],
  refusal: ErrorKey,
  params: MessageParams = {}
): void {
  if (allowed.includes(doc.status as DocumentStatus)) return
  throw conflict(refusal, { number: doc.number ?? `#${doc.id}`, status: statusWord(doc.status), ...params })
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
