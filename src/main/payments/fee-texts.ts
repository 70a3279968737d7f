/**
 * The words Salesdesk writes into the debit note that re-bills a returned payment's bank fee: its
 * reason, notes and line print on the customer's debit note, so they are in the customer's
 * document language (issue 14), with the glossary's terms (returned payment: devolución,
 * devolució, visszautalt befizetés, возвращённый платёж) and the language's dates and amounts.
 */
import { activity, type ActivityDetails, type ActivityParam } from '../../shared/activity'
import type { Language } from '../../shared/languages'
import type { ReturnReason } from '../../shared/schemas/payments'
import { printFormat } from '../pdf/format'
import { fillLabel } from '../pdf/strings'
import { returnReasonWords } from '../../shared/words/payments'

interface FeeWords {
  /** The debit note's reason: {reason} is the return reason, in lower case. */
  reason: string
  /** The notes: {amount}, {date} (received), {reference}, {returned} (the return's date), {reason}. */
  notes: string
  /** What the notes' {reference} becomes when the payment has one. */
  notesReference: string
  /** The fee's line: {date} (received), {reference}. */
  line: string
  lineReference: string
}

const words: Record<Language, FeeWords> = {
  en: {
    reason: 'Bank fee for a returned payment ({reason})',
    notes: 'Payment of {amount} received {date}{reference}, returned on {returned}: {reason}.',
    notesReference: ' (reference {reference})',
    line: 'Bank fee: returned payment of {date}{reference}',
    lineReference: ', reference {reference}'
  },
  es: {
    reason: 'Comisión bancaria por la devolución de un cobro ({reason})',
    notes: 'Cobro de {amount} recibido el {date}{reference}, devuelto el {returned}: {reason}.',
    notesReference: ' (referencia {reference})',
    line: 'Comisión bancaria: devolución del cobro del {date}{reference}',
    lineReference: ', referencia {reference}'
  },
  ca: {
    reason: 'Comissió bancària per la devolució d’un cobrament ({reason})',
    notes: 'Cobrament de {amount} rebut el {date}{reference}, retornat el {returned}: {reason}.',
    notesReference: ' (referència {reference})',
    line: 'Comissió bancària: devolució del cobrament del {date}{reference}',
    lineReference: ', referència {reference}'
  },
  hu: {
    reason: 'Visszautalt befizetés banki költsége ({reason})',
    notes:
      'A(z) {date} napon beérkezett {amount} összegű befizetés{reference} {returned} napon visszautalásra került: {reason}.',
    notesReference: ' (hivatkozás: {reference})',
    line: 'Banki költség: a(z) {date} napi befizetés visszautalása{reference}',
    lineReference: ', hivatkozás: {reference}'
  },
  ru: {
    reason: 'Банковская комиссия за возвращённый платёж ({reason})',
    notes: 'Платёж на сумму {amount}, полученный {date}{reference}, возвращён {returned}: {reason}.',
    notesReference: ' (референс {reference})',
    line: 'Банковская комиссия: возвращённый платёж от {date}{reference}',
    lineReference: ', референс {reference}'
  }
}

interface ReturnedPayment {
  amountCents: number
  currency: string
  /** The day the payment was received (ISO). */
  paymentDate: string
  /** The day it came back (ISO). */
  returnDate: string
  reason: ReturnReason
  reference: string | null
}

/** The fee's debit note's reason, notes and line description in `language`, printed in `locale`. */
export function feeDebitNoteTexts(
  language: Language,
  locale: string,
  payment: ReturnedPayment
): { reason: string; notes: string; line: string } {
  const w = words[language]
  const format = printFormat(locale)
  const reason = returnReasonWords[language][payment.reason]
  const date = format.date(payment.paymentDate)
  const reference = payment.reference ?? ''
  return {
    reason: fillLabel(w.reason, { reason: reason.toLocaleLowerCase(locale) }),
    notes: fillLabel(w.notes, {
      amount: `${format.money(payment.amountCents, payment.currency)} ${payment.currency}`,
      date,
      reference: reference ? fillLabel(w.notesReference, { reference }) : '',
      returned: format.date(payment.returnDate),
      reason
    }),
    line: fillLabel(w.line, { date, reference: reference ? fillLabel(w.lineReference, { reference }) : '' })
  }
}

/**
 * The activity entry of a returned payment, as data: with a bank fee it names the fee and whether it
 * was re-billed (and on which debit note), as the English summary beside it does.
 */
export function paymentReturnedDetails(
  returned: { amount: ActivityParam; code: string; name: string; date: string; reason: ReturnReason },
  fee: { amount: ActivityParam; debitNote: string | null } | null
): ActivityDetails {
  const params = {
    amount: returned.amount,
    code: returned.code,
    name: returned.name,
    date: { date: returned.date },
    reason: { term: `payments.reasons.${returned.reason}` }
  }
  if (fee === null) return activity('paymentReturned', params)
  if (fee.debitNote === null) return activity('paymentReturnedFeeKept', { ...params, fee: fee.amount })
  return activity('paymentReturnedFeeRebilled', { ...params, fee: fee.amount, debitNote: fee.debitNote })
}
