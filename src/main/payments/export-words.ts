/**
 * The overdue list's and the returned payments' Excel exports in the five languages (issue 14),
 * with the words of the payment screens (renderer payments/strings.ts; glossary: returned payment,
 * overdue). The aged receivables export keeps its own words (aged-xlsx).
 */
import type { Language } from '../../shared/languages'
import type { InvestigationStatus } from '../../shared/schemas/investigations'
import type { ReturnReason } from '../../shared/schemas/payments'
import type { OverdueRow } from '../../shared/schemas/receivables'

interface OverdueExportWords {
  sheet: string
  document: string
  customerCode: string
  customer: string
  issued: string
  due: string
  daysOverdue: string
  currency: string
  total: string
  stillOwed: string
  payment: string
  statuses: Record<OverdueRow['status'], string>
}

export const overdueExportWords: Record<Language, OverdueExportWords> = {
  en: {
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
    statuses: { unpaid: 'Unpaid', partially_paid: 'Part paid', paid: 'Paid' }
  },
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
    statuses: { unpaid: 'Pendiente', partially_paid: 'Pagada en parte', paid: 'Pagada' }
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
    statuses: { unpaid: 'Pendent', partially_paid: 'Pagada en part', paid: 'Pagada' }
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
    statuses: { unpaid: 'Kifizetetlen', partially_paid: 'Részben fizetve', paid: 'Kifizetve' }
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
    statuses: { unpaid: 'Не оплачен', partially_paid: 'Оплачен частично', paid: 'Оплачен' }
  }
}

interface ReturnedPaymentExportWords {
  sheet: string
  returnedOn: string
  customerCode: string
  customer: string
  paidOn: string
  currency: string
  amount: string
  bankFee: string
  reason: string
  investigation: string
  opened: string
  closed: string
  notes: string
  statuses: Record<InvestigationStatus, string>
  reasons: Record<ReturnReason, string>
}

export const returnedPaymentExportWords: Record<Language, ReturnedPaymentExportWords> = {
  en: {
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
    statuses: {
      open: 'Open',
      contacted: 'Customer contacted',
      resolved: 'Resolved',
      written_off: 'Written off'
    },
    reasons: {
      insufficient_funds: 'Insufficient funds',
      mandate_cancelled: 'Mandate cancelled',
      disputed_card_charge: 'Disputed card charge',
      wrong_account: 'Wrong account',
      account_closed: 'Account closed',
      other: 'Other'
    }
  },
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
    statuses: {
      open: 'Abierta',
      contacted: 'Cliente contactado',
      resolved: 'Resuelta',
      written_off: 'Dada por perdida'
    },
    reasons: {
      insufficient_funds: 'Fondos insuficientes',
      mandate_cancelled: 'Mandato cancelado',
      disputed_card_charge: 'Cargo de tarjeta disputado',
      wrong_account: 'Cuenta errónea',
      account_closed: 'Cuenta cerrada',
      other: 'Otro'
    }
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
    statuses: {
      open: 'Oberta',
      contacted: 'Client contactat',
      resolved: 'Resolta',
      written_off: 'Donada per incobrable'
    },
    reasons: {
      insufficient_funds: 'Saldo insuficient',
      mandate_cancelled: 'Ordre de domiciliació anul·lada',
      disputed_card_charge: 'Càrrec de targeta impugnat',
      wrong_account: 'Compte erroni',
      account_closed: 'Compte cancel·lat',
      other: 'Altres'
    }
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
    statuses: {
      open: 'Nyitott',
      contacted: 'Ügyfél megkeresve',
      resolved: 'Rendezve',
      written_off: 'Leírva'
    },
    reasons: {
      insufficient_funds: 'Fedezethiány',
      mandate_cancelled: 'Beszedési megbízás visszavonva',
      disputed_card_charge: 'Vitatott kártyaterhelés',
      wrong_account: 'Hibás számlaszám',
      account_closed: 'Megszűnt számla',
      other: 'Egyéb'
    }
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
    statuses: {
      open: 'Открыто',
      contacted: 'Клиент уведомлён',
      resolved: 'Урегулировано',
      written_off: 'Списано'
    },
    reasons: {
      insufficient_funds: 'Недостаточно средств',
      mandate_cancelled: 'Мандат на списание отозван',
      disputed_card_charge: 'Оспоренное списание с карты',
      wrong_account: 'Неверный счёт',
      account_closed: 'Счёт закрыт',
      other: 'Другое'
    }
  }
}
