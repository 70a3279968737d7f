/**
 * The document list's Excel export in the five languages: its headings and the words for each
 * status and payment state, the same words the list shows. The kinds, statuses, payment states and
 * key dates are the screens' own (shared/words/documents.ts); the headings are kept equal to the
 * list's columns by a test (renderer documents/strings.ts), so the sheet reads like the screen it
 * came from.
 */
import type { Language } from '../../shared/languages'
import {
  documentKeyDates,
  documentStatusWords,
  documentTypePlurals,
  paymentStatusWords
} from '../../shared/words/documents'

/** The English words: their keys are the ones every language has (the table is typed by them). */
const en = {
  /** The sheet's name per type. */
  sheet: documentTypePlurals.en,
  number: 'Number',
  issueDate: 'Issue date',
  keyDate: documentKeyDates.en,
  customer: 'Customer',
  executive: 'Sales executive',
  status: 'Status',
  currency: 'Currency',
  net: 'Net',
  vat: 'VAT',
  total: 'Total',
  payment: 'Payment',
  open: 'Open',
  /** In the number column of a document not issued yet. */
  draft: 'Draft',
  expired: 'Expired',
  /** {status}: a late order's status. */
  late: '{status} (late)',
  statuses: documentStatusWords.en,
  paymentStatuses: paymentStatusWords.en
}

export const documentListWords: Record<Language, typeof en> = {
  en,
  es: {
    sheet: documentTypePlurals.es,
    number: 'Número',
    issueDate: 'Fecha de expedición',
    keyDate: documentKeyDates.es,
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
    statuses: documentStatusWords.es,
    paymentStatuses: paymentStatusWords.es
  },
  ca: {
    sheet: documentTypePlurals.ca,
    number: 'Número',
    issueDate: 'Data d’expedició',
    keyDate: documentKeyDates.ca,
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
    statuses: documentStatusWords.ca,
    paymentStatuses: paymentStatusWords.ca
  },
  hu: {
    sheet: documentTypePlurals.hu,
    number: 'Sorszám',
    issueDate: 'Kiállítás dátuma',
    keyDate: documentKeyDates.hu,
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
    statuses: documentStatusWords.hu,
    paymentStatuses: paymentStatusWords.hu
  },
  ru: {
    sheet: documentTypePlurals.ru,
    number: 'Номер',
    issueDate: 'Дата',
    keyDate: documentKeyDates.ru,
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
    statuses: documentStatusWords.ru,
    paymentStatuses: paymentStatusWords.ru
  }
}
