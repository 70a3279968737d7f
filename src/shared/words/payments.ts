/**
 * The words for returned payments that both the payment screens (renderer payments/strings.ts) and
 * the core (the returned payments' Excel export, the fee's debit note) show, written once (glossary:
 * returned payment).
 */
import type { Language } from '../languages'
import type { InvestigationStatus } from '../schemas/investigations'
import type { InvoicePaymentStatus, ReturnReason } from '../schemas/payments'

/** Where the investigation of a returned payment stands. */
export const investigationStatusWords: Record<Language, Record<InvestigationStatus, string>> = {
  en: { open: 'Open', contacted: 'Customer contacted', resolved: 'Resolved', written_off: 'Written off' },
  es: {
    open: 'Abierta',
    contacted: 'Cliente contactado',
    resolved: 'Resuelta',
    written_off: 'Dada por perdida'
  },
  ca: {
    open: 'Oberta',
    contacted: 'Client contactat',
    resolved: 'Resolta',
    written_off: 'Donada per incobrable'
  },
  hu: { open: 'Nyitott', contacted: 'Ügyfél megkeresve', resolved: 'Rendezve', written_off: 'Leírva' },
  ru: { open: 'Открыто', contacted: 'Клиент уведомлён', resolved: 'Урегулировано', written_off: 'Списано' }
}

/** Why the bank returned a payment; the activity log says it in English, the fee's debit note in the customer's language. */
export const returnReasonWords: Record<Language, Record<ReturnReason, string>> = {
  en: {
    insufficient_funds: 'Insufficient funds',
    mandate_cancelled: 'Mandate cancelled',
    disputed_card_charge: 'Disputed card charge',
    wrong_account: 'Wrong account',
    account_closed: 'Account closed',
    other: 'Other'
  },
  es: {
    insufficient_funds: 'Fondos insuficientes',
    mandate_cancelled: 'Mandato cancelado',
    disputed_card_charge: 'Cargo de tarjeta disputado',
    wrong_account: 'Cuenta errónea',
    account_closed: 'Cuenta cerrada',
    other: 'Otro'
  },
  ca: {
    insufficient_funds: 'Saldo insuficient',
    mandate_cancelled: 'Ordre de domiciliació anul·lada',
    disputed_card_charge: 'Càrrec de targeta impugnat',
    wrong_account: 'Compte erroni',
    account_closed: 'Compte cancel·lat',
    other: 'Altres'
  },
  hu: {
    insufficient_funds: 'Fedezethiány',
    mandate_cancelled: 'Beszedési megbízás visszavonva',
    disputed_card_charge: 'Vitatott kártyaterhelés',
    wrong_account: 'Hibás számlaszám',
    account_closed: 'Megszűnt számla',
    other: 'Egyéb'
  },
  ru: {
    insufficient_funds: 'Недостаточно средств',
    mandate_cancelled: 'Мандат на списание отозван',
    disputed_card_charge: 'Оспоренное списание с карты',
    wrong_account: 'Неверный счёт',
    account_closed: 'Счёт закрыт',
    other: 'Другое'
  }
}

/** How much of an invoice is paid: the payment screens' badge and the overdue list's Excel column. */
export const invoicePaymentStatusWords: Record<Language, Record<InvoicePaymentStatus, string>> = {
  en: { unpaid: 'Unpaid', partially_paid: 'Part paid', paid: 'Paid' },
  es: { unpaid: 'Pendiente', partially_paid: 'Pagada en parte', paid: 'Pagada' },
  ca: { unpaid: 'Pendent', partially_paid: 'Pagada en part', paid: 'Pagada' },
  hu: { unpaid: 'Kifizetetlen', partially_paid: 'Részben fizetve', paid: 'Kifizetve' },
  ru: { unpaid: 'Не оплачен', partially_paid: 'Оплачен частично', paid: 'Оплачен' }
}
