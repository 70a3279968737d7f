/**
 * The visit log's Excel export in the five languages (issue 14), with the words of the schedule
 * screens (renderer schedule/strings.ts; glossary: site visit).
 */
import type { Language } from '../../shared/languages'
import { visitStatusWords } from '../../shared/words/schedule'

/** The English words: their keys are the ones every language has (the table is typed by them). */
const en = {
  sheet: 'Visits',
  /** {zone}: the company's time zone, the clock the times are on. */
  start: 'Start ({zone})',
  end: 'End ({zone})',
  durationMinutes: 'Duration (min)',
  customer: 'Customer',
  executives: 'Sales executives',
  purpose: 'Purpose',
  address: 'Address',
  postalCode: 'Postal code',
  city: 'City',
  country: 'Country',
  status: 'Status',
  outcome: 'Outcome',
  notes: 'Notes',
  products: 'Products discussed',
  cancelReason: 'Cancel reason',
  planned: 'Planned',
  statuses: visitStatusWords.en
}

export const visitExportWords: Record<Language, typeof en> = {
  en,
  es: {
    sheet: 'Visitas',
    start: 'Inicio ({zone})',
    end: 'Fin ({zone})',
    durationMinutes: 'Duración (min)',
    customer: 'Cliente',
    executives: 'Comerciales',
    purpose: 'Motivo',
    address: 'Dirección',
    postalCode: 'Código postal',
    city: 'Ciudad',
    country: 'País',
    status: 'Estado',
    outcome: 'Resultado',
    notes: 'Notas',
    products: 'Productos tratados',
    cancelReason: 'Motivo de la cancelación',
    planned: 'Planificada',
    statuses: visitStatusWords.es
  },
  ca: {
    sheet: 'Visites',
    start: 'Inici ({zone})',
    end: 'Fi ({zone})',
    durationMinutes: 'Durada (min)',
    customer: 'Client',
    executives: 'Comercials',
    purpose: 'Objectiu',
    address: 'Adreça',
    postalCode: 'Codi postal',
    city: 'Població',
    country: 'País',
    status: 'Estat',
    outcome: 'Resultat',
    notes: 'Notes',
    products: 'Productes tractats',
    cancelReason: 'Motiu de la cancel·lació',
    planned: 'Planificada',
    statuses: visitStatusWords.ca
  },
  hu: {
    sheet: 'Látogatások',
    start: 'Kezdés ({zone})',
    end: 'Vége ({zone})',
    durationMinutes: 'Időtartam (perc)',
    customer: 'Ügyfél',
    executives: 'Értékesítők',
    purpose: 'Cél',
    address: 'Cím',
    postalCode: 'Irányítószám',
    city: 'Település',
    country: 'Ország',
    status: 'Állapot',
    outcome: 'Eredmény',
    notes: 'Megjegyzések',
    products: 'Megbeszélt termékek',
    cancelReason: 'A lemondás oka',
    planned: 'Tervezett',
    statuses: visitStatusWords.hu
  },
  ru: {
    sheet: 'Визиты',
    start: 'Начало ({zone})',
    end: 'Окончание ({zone})',
    durationMinutes: 'Продолжительность (мин)',
    customer: 'Клиент',
    executives: 'Менеджеры',
    purpose: 'Цель',
    address: 'Адрес',
    postalCode: 'Индекс',
    city: 'Город',
    country: 'Страна',
    status: 'Статус',
    outcome: 'Итог',
    notes: 'Заметки',
    products: 'Обсуждённые товары',
    cancelReason: 'Причина отмены',
    planned: 'По плану',
    statuses: visitStatusWords.ru
  }
}
