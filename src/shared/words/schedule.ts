/**
 * The schedule words that both the schedule screens (renderer schedule/strings.ts) and the core's
 * visit list export show, written once.
 */
import type { Language } from '../languages'
import type { VisitStatus } from '../schemas/schedule'

/** Where a visit stands; "to record": it has taken place and its outcome is not written down yet. */
export const visitStatusWords: Record<Language, Record<VisitStatus | 'to_record', string>> = {
  en: {
    scheduled: 'Scheduled',
    completed: 'Completed',
    cancelled: 'Cancelled',
    no_show: 'No-show',
    to_record: 'To record'
  },
  es: {
    scheduled: 'Programada',
    completed: 'Realizada',
    cancelled: 'Cancelada',
    no_show: 'Cliente ausente',
    to_record: 'Por registrar'
  },
  ca: {
    scheduled: 'Programada',
    completed: 'Feta',
    cancelled: 'Cancel·lada',
    no_show: 'Client absent',
    to_record: 'Per registrar'
  },
  hu: {
    scheduled: 'Ütemezve',
    completed: 'Teljesítve',
    cancelled: 'Lemondva',
    no_show: 'Az ügyfél nem volt ott',
    to_record: 'Rögzítendő'
  },
  ru: {
    scheduled: 'Запланирован',
    completed: 'Проведён',
    cancelled: 'Отменён',
    no_show: 'Клиент не явился',
    to_record: 'Внести итоги'
  }
}
