/**
 * The words for sales documents that both the screens (renderer documents/strings.ts) and the core's
 * exports (main documents/list.ts, the document list's Excel sheet) show, written once so the sheet
 * reads like the list it came from.
 */
import type { Language } from '../languages'
import type { DocumentStatus, DocumentType } from '../schemas/documents'
import type { PaymentStatus } from '../schemas/document-list'

/** Each kind of document, in the plural: the list's filter and the export's sheet names. */
export const documentTypePlurals: Record<Language, Record<DocumentType, string>> = {
  en: {
    estimate: 'Estimates',
    order: 'Orders',
    invoice: 'Invoices',
    credit_note: 'Credit notes',
    debit_note: 'Debit notes'
  },
  es: {
    estimate: 'Presupuestos',
    order: 'Pedidos',
    invoice: 'Facturas',
    credit_note: 'Facturas rectificativas',
    debit_note: 'Notas de cargo'
  },
  ca: {
    estimate: 'Pressupostos',
    order: 'Comandes',
    invoice: 'Factures',
    credit_note: 'Factures rectificatives',
    debit_note: 'Notes de càrrec'
  },
  hu: {
    estimate: 'Árajánlatok',
    order: 'Megrendelések',
    invoice: 'Számlák',
    credit_note: 'Helyesbítő számlák',
    debit_note: 'Terhelési értesítők'
  },
  ru: {
    estimate: 'Коммерческие предложения',
    order: 'Заказы',
    invoice: 'Счета',
    credit_note: 'Кредит-ноты',
    debit_note: 'Дебет-ноты'
  }
}

/** The date that matters for each kind: its column heading in the list and in the export. */
export const documentKeyDates: Record<Language, Record<DocumentType, string>> = {
  en: { estimate: 'Valid until', order: 'Promised', invoice: 'Due', credit_note: 'Due', debit_note: 'Due' },
  es: {
    estimate: 'Válido hasta',
    order: 'Prometido',
    invoice: 'Vence',
    credit_note: 'Vence',
    debit_note: 'Vence'
  },
  ca: {
    estimate: 'Vàlid fins al',
    order: 'Compromesa per al',
    invoice: 'Venciment',
    credit_note: 'Venciment',
    debit_note: 'Venciment'
  },
  hu: {
    estimate: 'Érvényes',
    order: 'Vállalt határidő',
    invoice: 'Fizetési határidő',
    credit_note: 'Fizetési határidő',
    debit_note: 'Fizetési határidő'
  },
  ru: {
    estimate: 'Действительно до',
    order: 'Срок поставки',
    invoice: 'Срок оплаты',
    credit_note: 'Срок оплаты',
    debit_note: 'Срок оплаты'
  }
}

/** Where a document stands. */
export const documentStatusWords: Record<Language, Record<DocumentStatus, string>> = {
  en: {
    draft: 'Draft',
    sent: 'Sent',
    accepted: 'Accepted',
    declined: 'Declined',
    converted: 'Converted to order',
    confirmed: 'Confirmed',
    partially_delivered: 'Partly delivered',
    delivered: 'Delivered',
    cancelled: 'Cancelled',
    issued: 'Issued'
  },
  es: {
    draft: 'Borrador',
    sent: 'Enviado',
    accepted: 'Aceptado',
    declined: 'Rechazado',
    converted: 'Convertido en pedido',
    confirmed: 'Confirmado',
    partially_delivered: 'Entregado en parte',
    delivered: 'Entregado',
    cancelled: 'Anulado',
    issued: 'Emitida'
  },
  ca: {
    draft: 'Esborrany',
    sent: 'Enviat',
    accepted: 'Acceptat',
    declined: 'Rebutjat',
    converted: 'Convertit en comanda',
    confirmed: 'Confirmada',
    partially_delivered: 'Lliurada en part',
    delivered: 'Lliurada',
    cancelled: 'Cancel·lada',
    issued: 'Emesa'
  },
  hu: {
    draft: 'Piszkozat',
    sent: 'Elküldve',
    accepted: 'Elfogadva',
    declined: 'Elutasítva',
    converted: 'Megrendeléssé alakítva',
    confirmed: 'Visszaigazolva',
    partially_delivered: 'Részben kiszállítva',
    delivered: 'Kiszállítva',
    cancelled: 'Törölve',
    issued: 'Kiállítva'
  },
  ru: {
    draft: 'Черновик',
    sent: 'Отправлено',
    accepted: 'Принято',
    declined: 'Отклонено',
    converted: 'Преобразовано в заказ',
    confirmed: 'Подтверждён',
    partially_delivered: 'Поставлен частично',
    delivered: 'Поставлен',
    cancelled: 'Отменён',
    issued: 'Выставлен'
  }
}

/** How far an invoice is paid. */
export const paymentStatusWords: Record<Language, Record<PaymentStatus, string>> = {
  en: { unpaid: 'Unpaid', part_paid: 'Part paid', paid: 'Paid', overdue: 'Overdue', credited: 'Credited' },
  es: {
    unpaid: 'Pendiente',
    part_paid: 'Pagada en parte',
    paid: 'Pagada',
    overdue: 'Vencida',
    credited: 'Abonada'
  },
  ca: {
    unpaid: 'Pendent',
    part_paid: 'Pagada en part',
    paid: 'Pagada',
    overdue: 'Vençuda',
    credited: 'Abonada'
  },
  hu: {
    unpaid: 'Kifizetetlen',
    part_paid: 'Részben fizetve',
    paid: 'Kifizetve',
    overdue: 'Lejárt',
    credited: 'Jóváírva'
  },
  ru: {
    unpaid: 'Не оплачен',
    part_paid: 'Оплачен частично',
    paid: 'Оплачен',
    overdue: 'Просрочен',
    credited: 'Сторнирован'
  }
}
