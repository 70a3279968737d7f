/**
 * The contract list's Excel export in the five languages (issue 14), with the words of the
 * contract screens (renderer contracts/strings.ts).
 */
import type { Language } from '../../shared/languages'
import { billingFrequencyWords, contractStatusWords } from '../../shared/words/contracts'

/** The English words: their keys are the ones every language has (the table is typed by them). */
const en = {
  sheet: 'Contracts',
  number: 'Number',
  title: 'Title',
  customer: 'Customer',
  executive: 'Sales executive',
  value: 'Value',
  currency: 'Currency',
  billing: 'Billing',
  start: 'Start',
  end: 'End',
  noticePeriodDays: 'Notice period (days)',
  noticeBy: 'Notice by',
  signed: 'Signed',
  status: 'Status',
  expiring: 'Expiring',
  closedOn: 'Closed on',
  terminationReason: 'Termination reason',
  frequencies: billingFrequencyWords.en,
  statuses: contractStatusWords.en
}

export const contractExportWords: Record<Language, typeof en> = {
  en,
  es: {
    sheet: 'Contratos',
    number: 'Número',
    title: 'Título',
    customer: 'Cliente',
    executive: 'Comercial',
    value: 'Importe',
    currency: 'Moneda',
    billing: 'Facturación',
    start: 'Inicio',
    end: 'Fin',
    noticePeriodDays: 'Preaviso (días)',
    noticeBy: 'Preaviso hasta',
    signed: 'Firmado el',
    status: 'Estado',
    expiring: 'Por vencer',
    closedOn: 'Cerrado el',
    terminationReason: 'Motivo de la rescisión',
    frequencies: billingFrequencyWords.es,
    statuses: contractStatusWords.es
  },
  ca: {
    sheet: 'Contractes',
    number: 'Número',
    title: 'Títol',
    customer: 'Client',
    executive: 'Comercial',
    value: 'Import',
    currency: 'Moneda',
    billing: 'Facturació',
    start: 'Inici',
    end: 'Fi',
    noticePeriodDays: 'Termini de preavís (dies)',
    noticeBy: 'Preavís abans del',
    signed: 'Signat el',
    status: 'Estat',
    expiring: 'A punt de vèncer',
    closedOn: 'Tancat el',
    terminationReason: 'Motiu de la rescissió',
    frequencies: billingFrequencyWords.ca,
    statuses: contractStatusWords.ca
  },
  hu: {
    sheet: 'Szerződések',
    number: 'Szám',
    title: 'Cím',
    customer: 'Ügyfél',
    executive: 'Értékesítő',
    value: 'Érték',
    currency: 'Pénznem',
    billing: 'Számlázás',
    start: 'Kezdet',
    end: 'Vége',
    noticePeriodDays: 'Felmondási idő (nap)',
    noticeBy: 'Felmondás eddig',
    signed: 'Aláírva',
    status: 'Állapot',
    expiring: 'Lejáró',
    closedOn: 'Lezárva',
    terminationReason: 'Felmondás indoka',
    frequencies: billingFrequencyWords.hu,
    statuses: contractStatusWords.hu
  },
  ru: {
    sheet: 'Договоры',
    number: 'Номер',
    title: 'Название',
    customer: 'Клиент',
    executive: 'Менеджер',
    value: 'Сумма',
    currency: 'Валюта',
    billing: 'Выставление счетов',
    start: 'Начало',
    end: 'Окончание',
    noticePeriodDays: 'Срок уведомления (дней)',
    noticeBy: 'Уведомить до',
    signed: 'Подписан',
    status: 'Статус',
    expiring: 'Истекает',
    closedOn: 'Закрыт',
    terminationReason: 'Причина расторжения',
    frequencies: billingFrequencyWords.ru,
    statuses: contractStatusWords.ru
  }
}
