/**
 * The document list's Excel export in the five languages: its headings and the words for each
 * status and payment state, the same words the list shows (renderer documents/strings.ts; a test
 * keeps the shared ones equal), so the sheet reads like the screen it came from.
 */
import type { Language } from '../../shared/languages'
import type { DocumentStatus, DocumentType } from '../../shared/schemas/documents'
import type { PaymentStatus } from '../../shared/schemas/document-list'

interface DocumentListWords {
  /** The sheet's name per type. */
  sheet: Record<DocumentType, string>
  number: string
  issueDate: string
  keyDate: Record<DocumentType, string>
  customer: string
  executive: string
  status: string
  currency: string
  net: string
  vat: string
  total: string
  payment: string
  open: string
  /** In the number column of a document not issued yet. */
  draft: string
  expired: string
  /** {status}: a late order's status. */
  late: string
  statuses: Record<DocumentStatus, string>
  paymentStatuses: Record<PaymentStatus, string>
}

export const documentListWords: Record<Language, DocumentListWords> = {
  en: {
    sheet: {
      estimate: 'Estimates',
      order: 'Orders',
      invoice: 'Invoices',
      credit_note: 'Credit notes',
      debit_note: 'Debit notes'
    },
    number: 'Number',
    issueDate: 'Issue date',
    keyDate: {
      estimate: 'Valid until',
      order: 'Promised',
      invoice: 'Due',
      credit_note: 'Due',
      debit_note: 'Due'
    },
    customer: 'Customer',
    executive: 'Sales executive',
    status: 'Status',
    currency: 'Currency',
    net: 'Net',
    vat: 'VAT',
    total: 'Total',
    payment: 'Payment',
    open: 'Open',
    draft: 'Draft',
    expired: 'Expired',
    late: '{status} (late)',
    statuses: {
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
    paymentStatuses: {
      unpaid: 'Unpaid',
      part_paid: 'Part paid',
      paid: 'Paid',
      overdue: 'Overdue',
      credited: 'Credited'
    }
  },
  es: {
    sheet: {
      estimate: 'Presupuestos',
      order: 'Pedidos',
      invoice: 'Facturas',
      credit_note: 'Facturas rectificativas',
      debit_note: 'Notas de cargo'
    },
    number: 'Número',
    issueDate: 'Fecha de expedición',
    keyDate: {
      estimate: 'Válido hasta',
      order: 'Prometido',
      invoice: 'Vence',
      credit_note: 'Vence',
      debit_note: 'Vence'
    },
    customer: 'Cliente',
    executive: 'Comercial',
    status: 'Estado',
    currency: 'Moneda',
    net: 'Base',
    vat: 'IVA',
    total: 'Total',
    payment: 'Cobro',
    open: 'Importe pendiente',
    draft: 'Borrador',
    expired: 'Caducado',
    late: '{status} (con retraso)',
    statuses: {
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
    paymentStatuses: {
      unpaid: 'Pendiente',
      part_paid: 'Pagada en parte',
      paid: 'Pagada',
      overdue: 'Vencida',
      credited: 'Abonada'
    }
  },
  ca: {
    sheet: {
      estimate: 'Pressupostos',
      order: 'Comandes',
      invoice: 'Factures',
      credit_note: 'Factures rectificatives',
      debit_note: 'Notes de càrrec'
    },
    number: 'Número',
    issueDate: 'Data d’expedició',
    keyDate: {
      estimate: 'Vàlid fins al',
      order: 'Compromesa per al',
      invoice: 'Venciment',
      credit_note: 'Venciment',
      debit_note: 'Venciment'
    },
    customer: 'Client',
    executive: 'Comercial',
    status: 'Estat',
    currency: 'Moneda',
    net: 'Base',
    vat: 'IVA',
    total: 'Total',
    payment: 'Cobrament',
    open: 'Import pendent',
    draft: 'Esborrany',
    expired: 'Caducat',
    late: '{status} (endarrerida)',
    statuses: {
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
    paymentStatuses: {
      unpaid: 'Pendent',
      part_paid: 'Pagada en part',
      paid: 'Pagada',
      overdue: 'Vençuda',
      credited: 'Abonada'
    }
  },
  hu: {
    sheet: {
      estimate: 'Árajánlatok',
      order: 'Megrendelések',
      invoice: 'Számlák',
      credit_note: 'Helyesbítő számlák',
      debit_note: 'Terhelési értesítők'
    },
    number: 'Sorszám',
    issueDate: 'Kiállítás dátuma',
    keyDate: {
      estimate: 'Érvényes',
      order: 'Vállalt határidő',
      invoice: 'Fizetési határidő',
      credit_note: 'Fizetési határidő',
      debit_note: 'Fizetési határidő'
    },
    customer: 'Ügyfél',
    executive: 'Értékesítő',
    status: 'Állapot',
    currency: 'Pénznem',
    net: 'Nettó',
    vat: 'ÁFA',
    total: 'Bruttó végösszeg',
    payment: 'Fizetés',
    open: 'Nyitott',
    draft: 'Piszkozat',
    expired: 'Lejárt',
    late: '{status} (késésben)',
    statuses: {
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
    paymentStatuses: {
      unpaid: 'Kifizetetlen',
      part_paid: 'Részben fizetve',
      paid: 'Kifizetve',
      overdue: 'Lejárt',
      credited: 'Jóváírva'
    }
  },
  ru: {
    sheet: {
      estimate: 'Коммерческие предложения',
      order: 'Заказы',
      invoice: 'Счета',
      credit_note: 'Кредит-ноты',
      debit_note: 'Дебет-ноты'
    },
    number: 'Номер',
    issueDate: 'Дата',
    keyDate: {
      estimate: 'Действительно до',
      order: 'Срок поставки',
      invoice: 'Срок оплаты',
      credit_note: 'Срок оплаты',
      debit_note: 'Срок оплаты'
    },
    customer: 'Клиент',
    executive: 'Менеджер',
    status: 'Статус',
    currency: 'Валюта',
    net: 'Без НДС',
    vat: 'НДС',
    total: 'Итого',
    payment: 'Оплата',
    open: 'Остаток',
    draft: 'Черновик',
    expired: 'Истекло',
    late: '{status} (просрочен)',
    statuses: {
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
    },
    paymentStatuses: {
      unpaid: 'Не оплачен',
      part_paid: 'Оплачен частично',
      paid: 'Оплачен',
      overdue: 'Просрочен',
      credited: 'Сторнирован'
    }
  }
}
