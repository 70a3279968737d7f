/** Settings → Region: date and number formats, first day of week, clock, paper and time zone; the date and time fields that follow it. */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  region: {
    title: 'Region',
    hint: 'How dates, times and numbers are written on the screens, in the office paperwork (day sheet, weekly report) and on letters in the company’s language. Until you choose, they follow {{locale}}.',
    dateFormat: 'Date format',
    dateMedium: 'Month in words ({{example}})',
    decimalSeparator: 'Decimal mark',
    groupSeparator: 'Thousands separator',
    groups: {
      dot: 'Dot',
      comma: 'Comma',
      space: 'Space',
      narrowSpace: 'Narrow space',
      apostrophe: 'Apostrophe',
      none: 'None'
    },
    decimals: { comma: 'Comma', dot: 'Dot' },
    firstDayOfWeek: 'First day of the week',
    weekdays: { '1': 'Monday', '6': 'Saturday', '7': 'Sunday' },
    clock: 'Clock',
    clocks: { '24h': '24-hour ({{example}})', '12h': '12-hour ({{example}})' },
    paperSize: 'Paper size',
    papers: { A4: 'A4', Letter: 'Letter (US)' },
    timeZone: 'Time zone',
    timeZoneHint: 'What “today” is for due dates, the schedule and the figures.',
    example: 'Example: {{date}} · {{number}}',
    save: 'Save region'
  },
  dateEntry: {
    openCalendar: 'Choose the date on a calendar',
    calendar: 'Calendar',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    unreadable: 'Type the date like {{example}}.',
    noSuchDay: '{{text}} is not a day of the calendar.',
    tooEarly: 'Not before {{date}}.',
    tooLate: 'Not after {{date}}.',
    timeUnreadable: 'Type the time like {{example}}.',
    time: '{{label}}: time',
    year: 'yyyy',
    month: 'mm',
    day: 'dd',
    hour: 'hh',
    weekTitle: 'W{{week}} · {{days}}',
    chooseWeek: 'Choose the week on a calendar',
    weekUnreadable:
      'Type a week number like {{number}}, a week like {{week}} or one of its days like {{day}}.',
    monthUnreadable: 'Type the month like {{example}}.',
    chooseMonth: 'Choose the month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    minute: 'mm',
    week: 'Week',
    previousWeek: 'Previous week',
    nextWeek: 'Next week',
    thisWeek: 'This week'
  }
}

const es: Strings<typeof en> = {
  region: {
    title: 'Región',
    hint: 'Cómo se escriben las fechas, las horas y los números en las pantallas, en los papeles de la oficina (hoja del día, informe semanal) y en las cartas en el idioma de la empresa. Mientras no elija, siguen {{locale}}.',
    dateFormat: 'Formato de fecha',
    dateMedium: 'Mes en letras ({{example}})',
    decimalSeparator: 'Separador decimal',
    groupSeparator: 'Separador de miles',
    groups: {
      dot: 'Punto',
      comma: 'Coma',
      space: 'Espacio',
      narrowSpace: 'Espacio estrecho',
      apostrophe: 'Apóstrofo',
      none: 'Ninguno'
    },
    decimals: { comma: 'Coma', dot: 'Punto' },
    firstDayOfWeek: 'Primer día de la semana',
    weekdays: { '1': 'Lunes', '6': 'Sábado', '7': 'Domingo' },
    clock: 'Reloj',
    clocks: { '24h': '24 horas ({{example}})', '12h': '12 horas ({{example}})' },
    paperSize: 'Tamaño de papel',
    papers: { A4: 'A4', Letter: 'Carta (EE. UU.)' },
    timeZone: 'Zona horaria',
    timeZoneHint: 'Qué es «hoy» para los vencimientos, la agenda y las cifras.',
    example: 'Ejemplo: {{date}} · {{number}}',
    save: 'Guardar región'
  },
  dateEntry: {
    openCalendar: 'Elegir la fecha en un calendario',
    calendar: 'Calendario',
    previousMonth: 'Mes anterior',
    nextMonth: 'Mes siguiente',
    unreadable: 'Escriba la fecha como {{example}}.',
    noSuchDay: '{{text}} no es un día del calendario.',
    tooEarly: 'No antes del {{date}}.',
    tooLate: 'No después del {{date}}.',
    timeUnreadable: 'Escriba la hora como {{example}}.',
    time: '{{label}}: hora',
    year: 'aaaa',
    month: 'mm',
    day: 'dd',
    hour: 'hh',
    weekTitle: 'S{{week}} · {{days}}',
    chooseWeek: 'Elegir la semana en un calendario',
    weekUnreadable:
      'Escriba un número de semana como {{number}}, una semana como {{week}} o uno de sus días como {{day}}.',
    monthUnreadable: 'Escriba el mes como {{example}}.',
    chooseMonth: 'Elegir el mes',
    previousYear: 'Año anterior',
    nextYear: 'Año siguiente',
    minute: 'mm',
    week: 'Semana',
    previousWeek: 'Semana anterior',
    nextWeek: 'Semana siguiente',
    thisWeek: 'Esta semana'
  }
}

const ca: Strings<typeof en> = {
  region: {
    title: 'Regió',
    hint: 'Com s’escriuen les dates, les hores i els nombres a les pantalles, als papers de l’oficina (full del dia, informe setmanal) i a les cartes en l’idioma de l’empresa. Mentre no en trieu, segueixen {{locale}}.',
    dateFormat: 'Format de data',
    dateMedium: 'Mes en lletres ({{example}})',
    decimalSeparator: 'Separador decimal',
    groupSeparator: 'Separador de milers',
    groups: {
      dot: 'Punt',
      comma: 'Coma',
      space: 'Espai',
      narrowSpace: 'Espai estret',
      apostrophe: 'Apòstrof',
      none: 'Cap'
    },
    decimals: { comma: 'Coma', dot: 'Punt' },
    firstDayOfWeek: 'Primer dia de la setmana',
    weekdays: { '1': 'Dilluns', '6': 'Dissabte', '7': 'Diumenge' },
    clock: 'Rellotge',
    clocks: { '24h': '24 hores ({{example}})', '12h': '12 hores ({{example}})' },
    paperSize: 'Mida del paper',
    papers: { A4: 'A4', Letter: 'Carta (EUA)' },
    timeZone: 'Zona horària',
    timeZoneHint: 'Què és «avui» per als venciments, l’agenda i les xifres.',
    example: 'Exemple: {{date}} · {{number}}',
    save: 'Desa la regió'
  },
  dateEntry: {
    openCalendar: 'Triar la data en un calendari',
    calendar: 'Calendari',
    previousMonth: 'Mes anterior',
    nextMonth: 'Mes següent',
    unreadable: 'Escriviu la data com {{example}}.',
    noSuchDay: '{{text}} no és un dia del calendari.',
    tooEarly: 'No abans del {{date}}.',
    tooLate: 'No després del {{date}}.',
    timeUnreadable: 'Escriviu l’hora com {{example}}.',
    time: '{{label}}: hora',
    year: 'aaaa',
    month: 'mm',
    day: 'dd',
    hour: 'hh',
    weekTitle: 'S{{week}} · {{days}}',
    chooseWeek: 'Triar la setmana en un calendari',
    weekUnreadable:
      'Escriviu un número de setmana com {{number}}, una setmana com {{week}} o un dels seus dies com {{day}}.',
    monthUnreadable: 'Escriviu el mes com {{example}}.',
    chooseMonth: 'Triar el mes',
    previousYear: 'Any anterior',
    nextYear: 'Any següent',
    minute: 'mm',
    week: 'Setmana',
    previousWeek: 'Setmana anterior',
    nextWeek: 'Setmana següent',
    thisWeek: 'Aquesta setmana'
  }
}

const hu: Strings<typeof en> = {
  region: {
    title: 'Területi beállítások',
    hint: 'Hogyan jelenjenek meg a dátumok, időpontok és számok a képernyőkön, az irodai iratokon (napi lap, heti jelentés) és a cég nyelvén írt leveleken. Amíg nem választ, a(z) {{locale}} szerint.',
    dateFormat: 'Dátumformátum',
    dateMedium: 'Hónap betűvel ({{example}})',
    decimalSeparator: 'Tizedesjel',
    groupSeparator: 'Ezres tagoló',
    groups: {
      dot: 'Pont',
      comma: 'Vessző',
      space: 'Szóköz',
      narrowSpace: 'Keskeny szóköz',
      apostrophe: 'Aposztróf',
      none: 'Nincs'
    },
    decimals: { comma: 'Vessző', dot: 'Pont' },
    firstDayOfWeek: 'A hét első napja',
    weekdays: { '1': 'Hétfő', '6': 'Szombat', '7': 'Vasárnap' },
    clock: 'Óra',
    clocks: { '24h': '24 órás ({{example}})', '12h': '12 órás ({{example}})' },
    paperSize: 'Papírméret',
    papers: { A4: 'A4', Letter: 'Letter (USA)' },
    timeZone: 'Időzóna',
    timeZoneHint: 'Mi számít „ma”-nak a határidőknél, a naptárban és a kimutatásokban.',
    example: 'Példa: {{date}} · {{number}}',
    save: 'Területi beállítások mentése'
  },
  dateEntry: {
    openCalendar: 'Dátum választása naptárból',
    calendar: 'Naptár',
    previousMonth: 'Előző hónap',
    nextMonth: 'Következő hónap',
    // No full stop after a date: a Hungarian date ends with its own (2026. 12. 24.).
    unreadable: 'Így írja be a dátumot: {{example}}',
    noSuchDay: '{{text}} nem létező nap.',
    tooEarly: 'Legkorábban: {{date}}',
    tooLate: 'Legkésőbb: {{date}}',
    timeUnreadable: 'Így írja be az időt: {{example}}.',
    time: '{{label}}: időpont',
    year: 'éééé',
    month: 'hh',
    day: 'nn',
    hour: 'óó',
    weekTitle: '{{week}}. hét · {{days}}',
    chooseWeek: 'Hét választása naptárból',
    weekUnreadable:
      'Írjon be egy hétszámot ({{number}}), egy hetet ({{week}}) vagy a hét egy napját ({{day}}).',
    monthUnreadable: 'Így írja be a hónapot: {{example}}',
    chooseMonth: 'Hónap választása',
    previousYear: 'Előző év',
    nextYear: 'Következő év',
    minute: 'pp',
    week: 'Hét',
    previousWeek: 'Előző hét',
    nextWeek: 'Következő hét',
    thisWeek: 'Ez a hét'
  }
}

const ru: Strings<typeof en> = {
  region: {
    title: 'Региональные настройки',
    hint: 'Как записываются даты, время и числа на экранах, в служебных документах (план дня, недельный отчёт) и в письмах на языке организации. Пока вы не выбрали, действуют форматы {{locale}}.',
    dateFormat: 'Формат даты',
    dateMedium: 'Месяц словом ({{example}})',
    decimalSeparator: 'Десятичный знак',
    groupSeparator: 'Разделитель разрядов',
    groups: {
      dot: 'Точка',
      comma: 'Запятая',
      space: 'Пробел',
      narrowSpace: 'Узкий пробел',
      apostrophe: 'Апостроф',
      none: 'Нет'
    },
    decimals: { comma: 'Запятая', dot: 'Точка' },
    firstDayOfWeek: 'Первый день недели',
    weekdays: { '1': 'Понедельник', '6': 'Суббота', '7': 'Воскресенье' },
    clock: 'Часы',
    clocks: { '24h': '24-часовой ({{example}})', '12h': '12-часовой ({{example}})' },
    paperSize: 'Формат бумаги',
    papers: { A4: 'A4', Letter: 'Letter (США)' },
    timeZone: 'Часовой пояс',
    timeZoneHint: 'Что считается «сегодня» для сроков оплаты, расписания и показателей.',
    example: 'Пример: {{date}} · {{number}}',
    save: 'Сохранить региональные настройки'
  },
  dateEntry: {
    openCalendar: 'Выбрать дату в календаре',
    calendar: 'Календарь',
    previousMonth: 'Предыдущий месяц',
    nextMonth: 'Следующий месяц',
    unreadable: 'Введите дату в виде {{example}}.',
    noSuchDay: 'Даты {{text}} нет в календаре.',
    tooEarly: 'Не раньше {{date}}.',
    tooLate: 'Не позже {{date}}.',
    timeUnreadable: 'Введите время в виде {{example}}.',
    time: '{{label}}: время',
    year: 'гггг',
    month: 'мм',
    day: 'дд',
    hour: 'чч',
    weekTitle: 'Нед. {{week}} · {{days}}',
    chooseWeek: 'Выбрать неделю в календаре',
    weekUnreadable: 'Введите номер недели ({{number}}), неделю ({{week}}) или один из её дней ({{day}}).',
    monthUnreadable: 'Введите месяц в виде {{example}}.',
    chooseMonth: 'Выбрать месяц',
    previousYear: 'Предыдущий год',
    nextYear: 'Следующий год',
    minute: 'мм',
    week: 'Неделя',
    previousWeek: 'Предыдущая неделя',
    nextWeek: 'Следующая неделя',
    thisWeek: 'Текущая неделя'
  }
}

export const regionStrings: Translations<typeof en> = { en, es, ca, hu, ru }
