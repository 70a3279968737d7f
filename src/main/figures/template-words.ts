/**
 * The weekly import template's words in the five languages (issue 14): sheet names, headings, the
 * figures and periods its drop-down lists offer, and the "How to" sheet, with the weekly screens'
 * words (`renderer/src/weekly/strings.ts`) and the glossary's (sales executive, target, revenue).
 * The import reads a file in any of these languages (`import.ts`).
 */
import type { Language } from '../../shared/languages'
import type { TargetMetric, TargetPeriod } from '../../shared/schemas/figures'

interface HelpValues {
  week: string
  metrics: string
  periods: string
}

interface TemplateWords {
  sheets: { activity: string; targets: string; executives: string; help: string }
  /** Sales executive, week, calls, e-mails, demos. */
  activity: readonly [string, string, string, string, string]
  /** Sales executive, figure, period, value, valid from. */
  targets: readonly [string, string, string, string, string]
  /** Name, e-mail, active. */
  executives: readonly [string, string, string]
  metrics: Record<TargetMetric, string>
  periods: Record<TargetPeriod, string>
  help: (sheets: TemplateWords['sheets'], values: HelpValues) => string[]
}

export const templateWords: Record<Language, TemplateWords> = {
  en: {
    sheets: { activity: 'Activity', targets: 'Targets', executives: 'Sales executives', help: 'How to' },
    activity: ['Sales executive', 'Week', 'Calls', 'E-mails', 'Demos'],
    targets: ['Sales executive', 'Figure', 'Period', 'Value', 'Valid from'],
    executives: ['Name', 'E-mail', 'Active'],
    metrics: {
      revenue: 'Revenue',
      new_customers: 'New customers',
      calls_per_day: 'Calls per day',
      visits_per_week: 'Visits per week'
    },
    periods: { week: 'Week', month: 'Month', quarter: 'Quarter' },
    help: (s, v) => [
      'Weekly activity and targets for Salesdesk',
      '',
      `${s.activity}: one row per sales executive and ISO week (e.g. ${v.week}). Calls, e-mails and demos are whole numbers, 0 or more; leave a cell empty to keep what is entered.`,
      `${s.targets}: one row per target. Figure: ${v.metrics}. Period: ${v.periods}.`,
      'Revenue is an amount (e.g. 12000.50); the other figures are whole numbers. Valid from: the date the target starts (e.g. 2026-10-01).',
      'A target applies from its date until the next target for the same executive and figure; earlier weeks keep their targets.',
      `Sales executives are matched by name or e-mail address (see the "${s.executives}" sheet).`,
      'Salesdesk checks every row first: if any row has a problem, nothing is imported and every problem is listed with its row number.'
    ]
  },
  es: {
    sheets: { activity: 'Actividad', targets: 'Objetivos', executives: 'Comerciales', help: 'Instrucciones' },
    activity: ['Comercial', 'Semana', 'Llamadas', 'Correos', 'Demostraciones'],
    targets: ['Comercial', 'Cifra', 'Periodo', 'Valor', 'Válido desde'],
    executives: ['Nombre', 'Correo electrónico', 'Activo'],
    metrics: {
      revenue: 'Facturación',
      new_customers: 'Clientes nuevos',
      calls_per_day: 'Llamadas al día',
      visits_per_week: 'Visitas a la semana'
    },
    periods: { week: 'Semana', month: 'Mes', quarter: 'Trimestre' },
    help: (s, v) => [
      'Actividad semanal y objetivos para Salesdesk',
      '',
      `${s.activity}: una fila por comercial y semana ISO (p. ej. ${v.week}). Llamadas, correos y demostraciones son números enteros, 0 o más; deje una celda vacía para conservar lo que ya está anotado.`,
      `${s.targets}: una fila por objetivo. Cifra: ${v.metrics}. Periodo: ${v.periods}.`,
      'La facturación es un importe (p. ej. 12000,50); las demás cifras son números enteros. Válido desde: la fecha en que empieza el objetivo (p. ej. 2026-10-01).',
      'Un objetivo se aplica desde su fecha hasta el siguiente objetivo del mismo comercial y cifra; las semanas anteriores conservan sus objetivos.',
      `Los comerciales se reconocen por el nombre o la dirección de correo electrónico (vea la hoja «${s.executives}»).`,
      'Salesdesk revisa primero todas las filas: si alguna tiene un problema, no se importa nada y se indica cada problema con su número de fila.'
    ]
  },
  ca: {
    sheets: { activity: 'Activitat', targets: 'Objectius', executives: 'Comercials', help: 'Instruccions' },
    activity: ['Comercial', 'Setmana', 'Trucades', 'Correus', 'Demostracions'],
    targets: ['Comercial', 'Xifra', 'Període', 'Valor', 'Vàlid des del'],
    executives: ['Nom', 'Correu electrònic', 'Actiu'],
    metrics: {
      revenue: 'Facturació',
      new_customers: 'Clients nous',
      calls_per_day: 'Trucades per dia',
      visits_per_week: 'Visites per setmana'
    },
    periods: { week: 'Setmana', month: 'Mes', quarter: 'Trimestre' },
    help: (s, v) => [
      'Activitat setmanal i objectius per a Salesdesk',
      '',
      `${s.activity}: una fila per comercial i setmana ISO (p. ex. ${v.week}). Trucades, correus i demostracions són nombres enters, 0 o més; deixeu una cel·la buida per conservar el que ja hi ha.`,
      `${s.targets}: una fila per objectiu. Xifra: ${v.metrics}. Període: ${v.periods}.`,
      'La facturació és un import (p. ex. 12000,50); les altres xifres són nombres enters. Vàlid des del: la data en què comença l’objectiu (p. ex. 2026-10-01).',
      'Un objectiu s’aplica des de la seva data fins al següent objectiu del mateix comercial i xifra; les setmanes anteriors conserven els seus objectius.',
      `Els comercials es reconeixen pel nom o per l’adreça de correu electrònic (vegeu el full «${s.executives}»).`,
      'Salesdesk revisa primer totes les files: si alguna té un problema, no s’importa res i s’indica cada problema amb el seu número de fila.'
    ]
  },
  hu: {
    sheets: { activity: 'Aktivitás', targets: 'Célok', executives: 'Értékesítők', help: 'Útmutató' },
    activity: ['Értékesítő', 'Hét', 'Hívások', 'E-mailek', 'Bemutatók'],
    targets: ['Értékesítő', 'Mutató', 'Időszak', 'Érték', 'Érvényes ettől'],
    executives: ['Név', 'E-mail-cím', 'Aktív'],
    metrics: {
      revenue: 'Árbevétel',
      new_customers: 'Új ügyfelek',
      calls_per_day: 'Hívások naponta',
      visits_per_week: 'Látogatások hetente'
    },
    periods: { week: 'Hét', month: 'Hónap', quarter: 'Negyedév' },
    help: (s, v) => [
      'Heti aktivitás és célok a Salesdesk számára',
      '',
      `${s.activity}: értékesítőnként és ISO-hetenként egy sor (pl. ${v.week}). A hívások, e-mailek és bemutatók egész számok, 0 vagy több; ha egy cellát üresen hagy, a már rögzített érték marad.`,
      `${s.targets}: célonként egy sor. Mutató: ${v.metrics}. Időszak: ${v.periods}.`,
      'Az árbevétel összeg (pl. 12000,50); a többi mutató egész szám. Érvényes ettől: a cél kezdőnapja (pl. 2026-10-01).',
      'Egy cél a dátumától az ugyanazon értékesítő ugyanazon mutatójára vonatkozó következő célig érvényes; a korábbi hetek megtartják a céljaikat.',
      `Az értékesítőket név vagy e-mail-cím alapján azonosítjuk (lásd a(z) „${s.executives}” munkalapot).`,
      'A Salesdesk először minden sort ellenőriz: ha bármelyik sorban hiba van, semmit sem importál, és minden hibát a sor számával együtt felsorol.'
    ]
  },
  ru: {
    sheets: { activity: 'Активность', targets: 'Планы', executives: 'Менеджеры', help: 'Инструкция' },
    activity: ['Менеджер', 'Неделя', 'Звонки', 'Письма', 'Демонстрации'],
    targets: ['Менеджер', 'Показатель', 'Период', 'Значение', 'Действует с'],
    executives: ['Имя', 'Эл. почта', 'Активен'],
    metrics: {
      revenue: 'Выручка',
      new_customers: 'Новые клиенты',
      calls_per_day: 'Звонков в день',
      visits_per_week: 'Визитов в неделю'
    },
    periods: { week: 'Неделя', month: 'Месяц', quarter: 'Квартал' },
    help: (s, v) => [
      'Еженедельная активность и планы для Salesdesk',
      '',
      `${s.activity}: одна строка на менеджера и неделю ISO (например, ${v.week}). Звонки, письма и демонстрации — целые числа, 0 или больше; оставьте ячейку пустой, чтобы сохранить уже введённое значение.`,
      `${s.targets}: одна строка на план. Показатель: ${v.metrics}. Период: ${v.periods}.`,
      'Выручка — это сумма (например, 12000,50); остальные показатели — целые числа. Действует с: дата начала плана (например, 2026-10-01).',
      'План действует с указанной даты до следующего плана того же менеджера по тому же показателю; прошлые недели сохраняют свои планы.',
      `Менеджеры определяются по имени или адресу эл. почты (см. лист «${s.executives}»).`,
      'Salesdesk сначала проверяет все строки: если хотя бы в одной есть ошибка, ничего не импортируется, а каждая ошибка указывается с номером строки.'
    ]
  }
}
