/**
 * The day sheet's printed words in the user's language (issue 14: the day sheet follows the user's
 * language, not a customer's). Terms as in docs/glossary.md.
 */
import type { Language } from '../../shared/languages'
import { fillLabel, printedWords } from '../pdf/strings'

const sheetLabels = {
  title: {
    en: 'Day sheet — {name}',
    es: 'Hoja del día — {name}',
    ca: 'Full del dia — {name}',
    hu: 'Napi lap — {name}',
    ru: 'План на день — {name}'
  },
  subtitle_one: {
    en: '{date} · times in {zone} · {count} appointment',
    es: '{date} · horas de {zone} · {count} cita',
    ca: '{date} · hores de {zone} · {count} cita',
    hu: '{date} · időpontok: {zone} · {count} időpont',
    ru: '{date} · время {zone} · {count} встреча'
  },
  subtitle_few: {
    en: '{date} · times in {zone} · {count} appointments',
    es: '{date} · horas de {zone} · {count} citas',
    ca: '{date} · hores de {zone} · {count} cites',
    hu: '{date} · időpontok: {zone} · {count} időpont',
    ru: '{date} · время {zone} · {count} встречи'
  },
  subtitle_other: {
    en: '{date} · times in {zone} · {count} appointments',
    es: '{date} · horas de {zone} · {count} citas',
    ca: '{date} · hores de {zone} · {count} cites',
    hu: '{date} · időpontok: {zone} · {count} időpont',
    ru: '{date} · время {zone} · {count} встреч'
  },
  nothing: {
    en: 'Nothing planned for this day.',
    es: 'No hay nada previsto para este día.',
    ca: 'No hi ha res previst per a aquest dia.',
    hu: 'Erre a napra nincs tervezett program.',
    ru: 'На этот день ничего не запланировано.'
  },
  completed: { en: 'completed', es: 'realizada', ca: 'feta', hu: 'megtörtént', ru: 'проведён' },
  no_show: {
    en: 'no-show',
    es: 'el cliente no se presentó',
    ca: "el client no s'hi va presentar",
    hu: 'az ügyfél nem jelent meg',
    ru: 'клиент не явился'
  },
  cancelled: { en: 'cancelled', es: 'cancelada', ca: 'cancel·lada', hu: 'lemondva', ru: 'отменён' },
  address: { en: 'Address', es: 'Dirección', ca: 'Adreça', hu: 'Cím', ru: 'Адрес' },
  contact: { en: 'Contact', es: 'Contacto', ca: 'Contacte', hu: 'Kapcsolattartó', ru: 'Контакт' },
  purpose: { en: 'Purpose', es: 'Motivo', ca: 'Motiu', hu: 'Cél', ru: 'Цель' },
  customerNotes: {
    en: 'Customer notes',
    es: 'Notas del cliente',
    ca: 'Notes del client',
    hu: 'Megjegyzések az ügyfélről',
    ru: 'Заметки о клиенте'
  },
  visitNotes: {
    en: 'Visit notes',
    es: 'Notas de la visita',
    ca: 'Notes de la visita',
    hu: 'Látogatási jegyzetek',
    ru: 'Заметки о визите'
  },
  outcome: { en: 'Outcome', es: 'Resultado', ca: 'Resultat', hu: 'Eredmény', ru: 'Итог' },
  openInvoice: {
    en: 'Open invoice',
    es: 'Factura pendiente',
    ca: 'Factura pendent',
    hu: 'Nyitott számla',
    ru: 'Неоплаченный счёт'
  },
  invoiceDue: {
    en: '{number}, due {date}: {amount}',
    es: '{number}, vence el {date}: {amount}',
    ca: '{number}, venç el {date}: {amount}',
    hu: '{number}, esedékes: {date}: {amount}',
    ru: '{number}, срок оплаты {date}: {amount}'
  },
  meeting: {
    en: 'Meeting: {title}',
    es: 'Reunión: {title}',
    ca: 'Reunió: {title}',
    hu: 'Értekezlet: {title}',
    ru: 'Совещание: {title}'
  },
  clash: {
    en: 'Clash: overlaps {from}–{to} {heading}',
    es: 'Coincidencia: se solapa con {from}–{to} {heading}',
    ca: 'Coincidència: se solapa amb {from}–{to} {heading}',
    hu: 'Ütközés: átfedés ezzel: {from}–{to} {heading}',
    ru: 'Накладка: пересекается с {from}–{to} {heading}'
  },
  outsideHours: {
    en: 'Outside working hours ({start}–{end})',
    es: 'Fuera del horario laboral ({start}–{end})',
    ca: "Fora de l'horari laboral ({start}–{end})",
    hu: 'Munkaidőn kívül ({start}–{end})',
    ru: 'Вне рабочего времени ({start}–{end})'
  },
  page: printedWords.pageOfPages,
  warning: { en: 'Warning', es: 'Aviso', ca: 'Avís', hu: 'Figyelem', ru: 'Внимание' },
  place: { en: 'Place', es: 'Lugar', ca: 'Lloc', hu: 'Helyszín', ru: 'Место' },
  agenda: { en: 'Agenda', es: 'Orden del día', ca: 'Ordre del dia', hu: 'Napirend', ru: 'Повестка' }
} as const satisfies Record<string, Record<Language, string>>

export type SheetLabel = keyof typeof sheetLabels

export const sheetTranslator =
  (language: Language) =>
  (key: SheetLabel, values: Record<string, string | number> = {}): string =>
    fillLabel(sheetLabels[key][language], values)

/** "3 appointments" in the language's plural form (Russian one/few/many, Hungarian one form). */
export function appointmentsLine(
  language: Language,
  values: { date: string; zone: string; count: number }
): string {
  const category = new Intl.PluralRules(language).select(values.count)
  const key = category === 'one' ? 'subtitle_one' : category === 'few' ? 'subtitle_few' : 'subtitle_other'
  return sheetTranslator(language)(key, values)
}
