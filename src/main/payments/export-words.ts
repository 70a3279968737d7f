/**
 * The overdue list's and the returned payments' Excel exports in the five languages (issue 14),
 * with the words of the payment screens (renderer payments/strings.ts; glossary: returned payment,
 * overdue): an investigation's states and the return reasons are the screens' own
 * (shared/words/payments.ts). The aged receivables export keeps its own words (aged-xlsx).
 */
import type { Language } from '../../shared/languages'
import {
  investigationStatusWords,
  invoicePaymentStatusWords,
  returnReasonWords
} from '../../shared/words/payments'

/** The English words: their keys are the ones every language has (the table is typed by them). */
const overdueEnglish = {
  sheet: 'Overdue',
  document: 'Document',
  customerCode: 'Customer no.',
  customer: 'Customer',
  issued: 'Issued',
  due: 'Due',
  daysOverdue: 'Days overdue',
  currency: 'Currency',
  total: 'Total',
  stillOwed: 'Still owed',
  payment: 'Payment',
  statuses: invoicePaymentStatusWords.en
}

export const overdueExportWords: Record<Language, typeof overdueEnglish> = {
  en: overdueEnglish,
  es: {
    sheet: 'Vencidos',
    document: 'Documento',
    customerCode: 'N.º de cliente',
    customer: 'Cliente',
    issued: 'Fecha de expedición',
    due: 'Vencimiento',
    daysOverdue: 'Días vencido',
    currency: 'Moneda',
    total: 'Total',
    stillOwed: 'Pendiente',
    payment: 'Cobro',
    statuses: invoicePaymentStatusWords.es
  },
  ca: {
    sheet: 'Vençuts',
    document: 'Document',
    customerCode: 'Núm. de client',
    customer: 'Client',
    issued: 'Data d’expedició',
    due: 'Venciment',
    daysOverdue: 'Dies de retard',
    currency: 'Moneda',
    total: 'Total',
    stillOwed: 'Pendent',
    payment: 'Cobrament',
    statuses: invoicePaymentStatusWords.ca
  },
  hu: {
    sheet: 'Lejárt',
    document: 'Bizonylat',
    customerCode: 'Ügyfélkód',
    customer: 'Ügyfél',
    issued: 'Kiállítás dátuma',
    due: 'Fizetési határidő',
    daysOverdue: 'Késés (nap)',
    currency: 'Pénznem',
    total: 'Végösszeg',
    stillOwed: 'Még fizetendő',
    payment: 'Fizetés',
    statuses: invoicePaymentStatusWords.hu
  },
  ru: {
    sheet: 'Просроченные',
    document: 'Документ',
    customerCode: 'Код клиента',
    customer: 'Клиент',
    issued: 'Дата',
    due: 'Срок оплаты',
    daysOverdue: 'Дней просрочки',
    currency: 'Валюта',
    total: 'Итого',
    stillOwed: 'Остаток долга',
    payment: 'Оплата',
    statuses: invoicePaymentStatusWords.ru
  }
}

/** The English words: their keys are the ones every language has (the table is typed by them). */
const returnedEnglish = {
  sheet: 'Returned payments',
  returnedOn: 'Returned on',
  customerCode: 'Customer no.',
  customer: 'Customer',
  paidOn: 'Paid on',
  currency: 'Currency',
  amount: 'Amount',
  bankFee: 'Bank fee',
  reason: 'Reason',
  investigation: 'Investigation',
  opened: 'Opened',
  closed: 'Closed',
  notes: 'Notes',
  statuses: investigationStatusWords.en,
  reasons: returnReasonWords.en
}

export const returnedPaymentExportWords: Record<Language, typeof returnedEnglish> = {
  en: returnedEnglish,
  es: {
    sheet: 'Cobros devueltos',
    returnedOn: 'Devuelto el',
    customerCode: 'N.º de cliente',
    customer: 'Cliente',
    paidOn: 'Cobrado el',
    currency: 'Moneda',
    amount: 'Importe',
    bankFee: 'Comisión',
    reason: 'Motivo',
    investigation: 'Investigación',
    opened: 'Abierta el',
    closed: 'Cerrada el',
    notes: 'Notas',
    statuses: investigationStatusWords.es,
    reasons: returnReasonWords.es
  },
  ca: {
    sheet: 'Rebuts retornats',
    returnedOn: 'Retornat el',
    customerCode: 'Núm. de client',
    customer: 'Client',
    paidOn: 'Cobrat el',
    currency: 'Moneda',
    amount: 'Import',
    bankFee: 'Comissió bancària',
    reason: 'Motiu',
    investigation: 'Investigació',
    opened: 'Oberta el',
    closed: 'Tancada el',
    notes: 'Notes',
    statuses: investigationStatusWords.ca,
    reasons: returnReasonWords.ca
  },
  hu: {
    sheet: 'Visszautalt befizetések',
    returnedOn: 'Visszautalva',
    customerCode: 'Ügyfélkód',
    customer: 'Ügyfél',
    paidOn: 'Befizetve',
    currency: 'Pénznem',
    amount: 'Összeg',
    bankFee: 'Banki díj',
    reason: 'Ok',
    investigation: 'Vizsgálat',
    opened: 'Megnyitva',
    closed: 'Lezárva',
    notes: 'Megjegyzések',
    statuses: investigationStatusWords.hu,
    reasons: returnReasonWords.hu
  },
  ru: {
    sheet: 'Возвращённые платежи',
    returnedOn: 'Возвращён',
    customerCode: 'Код клиента',
    customer: 'Клиент',
    paidOn: 'Оплачен',
    currency: 'Валюта',
    amount: 'Сумма',
    bankFee: 'Комиссия банка',
    reason: 'Причина',
    investigation: 'Разбор',
    opened: 'Открыт',
    closed: 'Закрыт',
    notes: 'Заметки',
    statuses: investigationStatusWords.ru,
    reasons: returnReasonWords.ru
  }
}
