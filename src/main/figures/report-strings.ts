/**
 * The weekly report's words in the five languages (issue 14: the report is read by senior management
 * in the user's language, or the one chosen at export). One table for the Excel workbook and the PDF;
 * terms as in docs/glossary.md (revenue, target, sales executive, pipeline, estimate, credit note …).
 * `{name}` marks a value filled in when the report is made.
 */
import type { Language } from '../../shared/languages'
import { fillLabel, printedWords } from '../pdf/strings'

export const reportLabels = {
  // Sheet names (Excel allows 31 characters, no []:*?/\).
  sheetSummary: { en: 'Summary', es: 'Resumen', ca: 'Resum', hu: 'Összesítés', ru: 'Сводка' },
  sheetTrend: { en: 'Trend', es: 'Tendencia', ca: 'Tendència', hu: 'Trend', ru: 'Динамика' },
  sheetInvoices: { en: 'Invoices', es: 'Facturas', ca: 'Factures', hu: 'Számlák', ru: 'Счета' },
  sheetCorrections: {
    en: 'Corrections',
    es: 'Rectificaciones',
    ca: 'Rectificacions',
    hu: 'Helyesbítések',
    ru: 'Корректировки'
  },
  sheetNewCustomers: {
    en: 'New customers',
    es: 'Clientes nuevos',
    ca: 'Clients nous',
    hu: 'Új ügyfelek',
    ru: 'Новые клиенты'
  },
  sheetOpenEstimates: {
    en: 'Open estimates',
    es: 'Presupuestos abiertos',
    ca: 'Pressupostos oberts',
    hu: 'Nyitott árajánlatok',
    ru: 'Открытые КП'
  },
  sheetOverdue: {
    en: 'Overdue invoices',
    es: 'Facturas vencidas',
    ca: 'Factures vençudes',
    hu: 'Lejárt számlák',
    ru: 'Просроченные счета'
  },
  sheetComplaints: {
    en: 'Complaints',
    es: 'Reclamaciones',
    ca: 'Reclamacions',
    hu: 'Reklamációk',
    ru: 'Жалобы'
  },

  // Titles, page headers and footers.
  title: {
    en: 'Weekly report {week} ({start} – {end})',
    es: 'Informe semanal {week} ({start} – {end})',
    ca: 'Informe setmanal {week} ({start} – {end})',
    hu: 'Heti jelentés {week} ({start} – {end})',
    ru: 'Еженедельный отчёт {week} ({start} – {end})'
  },
  shortTitle: {
    en: 'Weekly report {week}',
    es: 'Informe semanal {week}',
    ca: 'Informe setmanal {week}',
    hu: 'Heti jelentés {week}',
    ru: 'Еженедельный отчёт {week}'
  },
  pdfTitle: {
    en: 'Weekly sales report {week}',
    es: 'Informe semanal de ventas {week}',
    ca: 'Informe setmanal de vendes {week}',
    hu: 'Heti értékesítési jelentés {week}',
    ru: 'Еженедельный отчёт о продажах {week}'
  },
  amountsLine: {
    en: "amounts net of VAT in {currency}, converted at each document's exchange rate frozen at issue",
    es: 'importes sin IVA en {currency}, convertidos al tipo de cambio fijado en cada documento al emitirlo',
    ca: "imports sense IVA en {currency}, convertits al tipus de canvi fixat a cada document en emetre'l",
    hu: 'az összegek áfa nélkül, {currency} pénznemben, a bizonylatok kiállításkor rögzített árfolyamán átszámítva',
    ru: 'суммы без НДС в {currency} по курсу, зафиксированному в каждом документе при выставлении'
  },
  // "Page 2 of 3", as on the printed documents.
  page: printedWords.pageOfPages,
  noneThisWeek: {
    en: 'None this week.',
    es: 'Ninguno esta semana.',
    ca: 'Cap aquesta setmana.',
    hu: 'Ezen a héten nincs.',
    ru: 'На этой неделе нет.'
  },

  // Rows of the summary.
  teamTotal: {
    en: 'Team total',
    es: 'Total del equipo',
    ca: "Total de l'equip",
    hu: 'Csapat összesen',
    ru: 'Итого по команде'
  },
  noExecutive: {
    en: 'No sales executive',
    es: 'Sin comercial',
    ca: 'Sense comercial',
    hu: 'Nincs értékesítő',
    ru: 'Без менеджера'
  },
  leftCompany: {
    en: '{name} (left)',
    es: '{name} (de baja)',
    ca: '{name} (de baixa)',
    hu: '{name} (kilépett)',
    ru: '{name} (не работает)'
  },
  exactTarget: {
    en: 'Exact target per week: {value}',
    es: 'Objetivo exacto por semana: {value}',
    ca: 'Objectiu exacte per setmana: {value}',
    hu: 'Pontos heti cél: {value}',
    ru: 'Точный план на неделю: {value}'
  },

  // Column headers.
  salesExecutive: {
    en: 'Sales executive',
    es: 'Comercial',
    ca: 'Comercial',
    hu: 'Értékesítő',
    ru: 'Менеджер по продажам'
  },
  invoiced: { en: 'Invoiced', es: 'Facturado', ca: 'Facturat', hu: 'Számlázott', ru: 'Выставлено' },
  correctionsIssued: {
    en: 'Corrections (credit/debit notes issued this week)',
    es: 'Rectificaciones (facturas rectificativas y notas de cargo emitidas esta semana)',
    ca: 'Rectificacions (factures rectificatives i notes de càrrec emeses aquesta setmana)',
    hu: 'Helyesbítések (a héten kiállított helyesbítő számlák és terhelési értesítők)',
    ru: 'Корректировки (кредит- и дебет-ноты, выставленные за неделю)'
  },
  corrections: {
    en: 'Corrections',
    es: 'Rectificaciones',
    ca: 'Rectificacions',
    hu: 'Helyesbítések',
    ru: 'Корректировки'
  },
  revenue: { en: 'Revenue', es: 'Facturación', ca: 'Facturació', hu: 'Árbevétel', ru: 'Выручка' },
  revenueTarget: {
    en: 'Revenue target',
    es: 'Objetivo de facturación',
    ca: 'Objectiu de facturació',
    hu: 'Árbevétel-cél',
    ru: 'План по выручке'
  },
  target: { en: 'Target', es: 'Objetivo', ca: 'Objectiu', hu: 'Cél', ru: 'План' },
  teamTarget: {
    en: 'Team target',
    es: 'Objetivo del equipo',
    ca: "Objectiu de l'equip",
    hu: 'Csapatcél',
    ru: 'План команды'
  },
  variance: { en: 'Variance', es: 'Desviación', ca: 'Desviació', hu: 'Eltérés', ru: 'Отклонение' },
  percentOfTarget: {
    en: '% of target',
    es: '% del objetivo',
    ca: "% de l'objectiu",
    hu: 'Célteljesítés %',
    ru: '% плана'
  },
  feesPassedOn: {
    en: 'Fees passed on (not revenue)',
    es: 'Gastos repercutidos (no son facturación)',
    ca: 'Despeses repercutides (no són facturació)',
    hu: 'Továbbhárított díjak (nem árbevétel)',
    ru: 'Перевыставленные сборы (не выручка)'
  },
  fees: {
    en: 'Fees (not revenue)',
    es: 'Gastos (no facturación)',
    ca: 'Despeses (no facturació)',
    hu: 'Díjak (nem árbevétel)',
    ru: 'Сборы (не выручка)'
  },
  invoices: { en: 'Invoices', es: 'Facturas', ca: 'Factures', hu: 'Számlák', ru: 'Счета' },
  ordersWon: {
    en: 'Orders won',
    es: 'Pedidos ganados',
    ca: 'Comandes guanyades',
    hu: 'Elnyert megrendelések',
    ru: 'Выигранные заказы'
  },
  ordersValue: {
    en: 'Orders value',
    es: 'Importe de pedidos',
    ca: 'Import de comandes',
    hu: 'Megrendelések értéke',
    ru: 'Сумма заказов'
  },
  estimatesSent: {
    en: 'Estimates sent',
    es: 'Presupuestos enviados',
    ca: 'Pressupostos enviats',
    hu: 'Elküldött árajánlatok',
    ru: 'Отправлено КП'
  },
  accepted: { en: 'Accepted', es: 'Aceptados', ca: 'Acceptats', hu: 'Elfogadott', ru: 'Принято' },
  declined: { en: 'Declined', es: 'Rechazados', ca: 'Rebutjats', hu: 'Elutasított', ru: 'Отклонено' },
  superseded: {
    en: 'Superseded by a revision',
    es: 'Sustituidos por una revisión',
    ca: 'Substituïts per una revisió',
    hu: 'Módosított változattal felváltva',
    ru: 'Заменено новой редакцией'
  },
  estimateCounts: {
    en: 'Estimates sent / accepted / declined / superseded',
    es: 'Presupuestos enviados / aceptados / rechazados / sustituidos',
    ca: 'Pressupostos enviats / acceptats / rebutjats / substituïts',
    hu: 'Árajánlatok: elküldött / elfogadott / elutasított / felváltott',
    ru: 'КП: отправлено / принято / отклонено / заменено'
  },
  decidedRatioDefined: {
    en: 'Decided ratio (accepted ÷ (accepted + declined))',
    es: 'Tasa de decisión (aceptados ÷ (aceptados + rechazados))',
    ca: 'Taxa de decisió (acceptats ÷ (acceptats + rebutjats))',
    hu: 'Döntési arány (elfogadott ÷ (elfogadott + elutasított))',
    ru: 'Доля принятых (принято ÷ (принято + отклонено))'
  },
  decidedRatio: {
    en: 'Decided ratio',
    es: 'Tasa de decisión',
    ca: 'Taxa de decisió',
    hu: 'Döntési arány',
    ru: 'Доля принятых'
  },
  cohortSent: {
    en: 'Cohort: quotes sent',
    es: 'Cohorte: presupuestos enviados',
    ca: 'Cohort: pressupostos enviats',
    hu: 'Kohorsz: elküldött árajánlatok',
    ru: 'Когорта: отправлено КП'
  },
  cohortAccepted: {
    en: 'Cohort: accepted',
    es: 'Cohorte: aceptados',
    ca: 'Cohort: acceptats',
    hu: 'Kohorsz: elfogadott',
    ru: 'Когорта: принято'
  },
  cohortConversionDefined: {
    en: 'Cohort conversion (accepted ÷ sent)',
    es: 'Conversión de la cohorte (aceptados ÷ enviados)',
    ca: 'Conversió de la cohort (acceptats ÷ enviats)',
    hu: 'Kohorsz-konverzió (elfogadott ÷ elküldött)',
    ru: 'Конверсия когорты (принято ÷ отправлено)'
  },
  cohortConversion: {
    en: 'Cohort conversion',
    es: 'Conversión de la cohorte',
    ca: 'Conversió de la cohort',
    hu: 'Kohorsz-konverzió',
    ru: 'Конверсия когорты'
  },
  newCustomers: {
    en: 'New customers',
    es: 'Clientes nuevos',
    ca: 'Clients nous',
    hu: 'Új ügyfelek',
    ru: 'Новые клиенты'
  },
  newCustomersTarget: {
    en: 'New customers target',
    es: 'Objetivo de clientes nuevos',
    ca: 'Objectiu de clients nous',
    hu: 'Új ügyfél cél',
    ru: 'План по новым клиентам'
  },
  newCustomersWithTarget: {
    en: 'New customers (target)',
    es: 'Clientes nuevos (objetivo)',
    ca: 'Clients nous (objectiu)',
    hu: 'Új ügyfelek (cél)',
    ru: 'Новые клиенты (план)'
  },
  visitsCompleted: {
    en: 'Visits completed',
    es: 'Visitas realizadas',
    ca: 'Visites fetes',
    hu: 'Megtörtént látogatások',
    ru: 'Проведено визитов'
  },
  visitsTarget: {
    en: 'Visits target',
    es: 'Objetivo de visitas',
    ca: 'Objectiu de visites',
    hu: 'Látogatási cél',
    ru: 'План по визитам'
  },
  visitsWithTarget: {
    en: 'Visits (target)',
    es: 'Visitas (objetivo)',
    ca: 'Visites (objectiu)',
    hu: 'Látogatások (cél)',
    ru: 'Визиты (план)'
  },
  calls: { en: 'Calls', es: 'Llamadas', ca: 'Trucades', hu: 'Hívások', ru: 'Звонки' },
  callsTarget: {
    en: 'Calls target',
    es: 'Objetivo de llamadas',
    ca: 'Objectiu de trucades',
    hu: 'Hívási cél',
    ru: 'План по звонкам'
  },
  callsWithTarget: {
    en: 'Calls (target)',
    es: 'Llamadas (objetivo)',
    ca: 'Trucades (objectiu)',
    hu: 'Hívások (cél)',
    ru: 'Звонки (план)'
  },
  emails: {
    en: 'E-mails',
    es: 'Correos electrónicos',
    ca: 'Correus electrònics',
    hu: 'E-mailek',
    ru: 'Письма'
  },
  demos: { en: 'Demos', es: 'Demostraciones', ca: 'Demostracions', hu: 'Bemutatók', ru: 'Демонстрации' },
  pipelineDefined: {
    en: 'Pipeline (open estimates)',
    es: 'Cartera (presupuestos abiertos)',
    ca: 'Cartera (pressupostos oberts)',
    hu: 'Ajánlatállomány (nyitott árajánlatok)',
    ru: 'Воронка (открытые КП)'
  },
  pipeline: { en: 'Pipeline', es: 'Cartera', ca: 'Cartera', hu: 'Ajánlatállomány', ru: 'Воронка' },
  week: { en: 'Week', es: 'Semana', ca: 'Setmana', hu: 'Hét', ru: 'Неделя' },
  currency: { en: 'Currency', es: 'Moneda', ca: 'Moneda', hu: 'Pénznem', ru: 'Валюта' },
  net: { en: 'Net', es: 'Base', ca: 'Base', hu: 'Nettó', ru: 'Без НДС' },
  netIn: {
    en: 'Net in {currency}',
    es: 'Base en {currency}',
    ca: 'Base en {currency}',
    hu: 'Nettó ({currency})',
    ru: 'Без НДС, {currency}'
  },
  totalInclVat: {
    en: 'Total incl. VAT',
    es: 'Total con IVA',
    ca: 'Total amb IVA',
    hu: 'Bruttó',
    ru: 'Итого с НДС'
  },
  netCreditNegative: {
    en: 'Net (credit notes negative)',
    es: 'Base (rectificativas en negativo)',
    ca: 'Base (rectificatives en negatiu)',
    hu: 'Nettó (helyesbítő számla negatív)',
    ru: 'Без НДС (кредит-ноты со знаком минус)'
  },
  invoice: printedWords.invoice,
  date: printedWords.date,
  customerNo: {
    en: 'Customer no.',
    es: 'N.º de cliente',
    ca: 'Núm. de client',
    hu: 'Ügyfélszám',
    ru: '№ клиента'
  },
  customer: printedWords.customer,
  total: { en: 'Total', es: 'Total', ca: 'Total', hu: 'Összesen', ru: 'Итого' },
  note: { en: 'Note', es: 'Documento', ca: 'Document', hu: 'Bizonylat', ru: 'Документ' },
  kind: { en: 'Kind', es: 'Tipo', ca: 'Tipus', hu: 'Típus', ru: 'Вид' },
  correctsInvoice: printedWords.correctsInvoice,
  invoiceDate: {
    en: 'Invoice date',
    es: 'Fecha de la factura',
    ca: 'Data de la factura',
    hu: 'Számla kelte',
    ru: 'Дата счёта'
  },
  creditNote: printedWords.creditNote,
  priceCorrection: {
    en: 'Debit note: price correction',
    es: 'Nota de cargo: corrección de precio',
    ca: 'Nota de càrrec: correcció de preu',
    hu: 'Terhelési értesítő: árhelyesbítés',
    ru: 'Дебет-нота: корректировка цены'
  },
  feeNote: {
    en: 'Debit note: fee passed on (not revenue)',
    es: 'Nota de cargo: gasto repercutido (no es facturación)',
    ca: 'Nota de càrrec: despesa repercutida (no és facturació)',
    hu: 'Terhelési értesítő: továbbhárított díj (nem árbevétel)',
    ru: 'Дебет-нота: перевыставленный сбор (не выручка)'
  },
  correctionsOfRevenue: {
    en: 'Corrections of revenue',
    es: 'Rectificaciones de facturación',
    ca: 'Rectificacions de facturació',
    hu: 'Árbevétel-helyesbítések',
    ru: 'Корректировки выручки'
  },
  city: { en: 'City', es: 'Ciudad', ca: 'Ciutat', hu: 'Település', ru: 'Город' },
  country: { en: 'Country', es: 'País', ca: 'País', hu: 'Ország', ru: 'Страна' },
  created: { en: 'Created', es: 'Alta', ca: 'Alta', hu: 'Felvéve', ru: 'Создан' },
  estimate: { en: 'Estimate', es: 'Presupuesto', ca: 'Pressupost', hu: 'Árajánlat', ru: 'КП' },
  validUntil: printedWords.validUntil,
  daysOverdue: {
    en: 'Days overdue',
    es: 'Días de retraso',
    ca: 'Dies de retard',
    hu: 'Késedelmes napok',
    ru: 'Дней просрочки'
  },
  stillOwed: {
    en: 'Still owed',
    es: 'Pendiente',
    ca: 'Pendent',
    hu: 'Még fizetendő',
    ru: 'Остаток долга'
  },
  stillOwedIn: {
    en: 'Still owed in {currency}',
    es: 'Pendiente en {currency}',
    ca: 'Pendent en {currency}',
    hu: 'Még fizetendő ({currency})',
    ru: 'Остаток долга, {currency}'
  },
  value: { en: 'Value', es: 'Valor', ca: 'Valor', hu: 'Érték', ru: 'Значение' },
  opened: { en: 'Opened', es: 'Abiertas', ca: 'Obertes', hu: 'Beérkezett', ru: 'Открыто' },
  closed: { en: 'Closed', es: 'Cerradas', ca: 'Tancades', hu: 'Lezárt', ru: 'Закрыто' },
  late: {
    en: 'Late',
    es: 'Fuera de plazo',
    ca: 'Fora de termini',
    hu: 'Késedelmes',
    ru: 'С нарушением срока'
  },
  medianResolutionHours: {
    en: 'Median resolution time (hours)',
    es: 'Mediana del tiempo de resolución (horas)',
    ca: 'Mediana del temps de resolució (hores)',
    hu: 'Megoldási idő mediánja (óra)',
    ru: 'Медианное время решения (часы)'
  },
  medianResolution: {
    en: 'Median resolution time',
    es: 'Mediana del tiempo de resolución',
    ca: 'Mediana del temps de resolució',
    hu: 'Megoldási idő mediánja',
    ru: 'Медианное время решения'
  },
  hours: { en: '{hours} h', es: '{hours} h', ca: '{hours} h', hu: '{hours} óra', ru: '{hours} ч' },

  // The notes under the summary.
  noteCurrency: {
    en: 'Amounts net of VAT in {currency}, the accounting currency; a document in another currency is converted at the exchange rate frozen with it at issue.',
    es: 'Importes sin IVA en {currency}, la moneda contable; un documento en otra moneda se convierte al tipo de cambio fijado al emitirlo.',
    ca: "Imports sense IVA en {currency}, la moneda comptable; un document en una altra moneda es converteix al tipus de canvi fixat en emetre'l.",
    hu: 'Az összegek áfa nélkül, {currency} pénznemben (a könyvelés pénznemében); a más pénznemű bizonylatot a kiállításkor rögzített árfolyamon számítjuk át.',
    ru: 'Суммы без НДС в {currency} (валюта учёта); документ в другой валюте пересчитан по курсу, зафиксированному при его выставлении.'
  },
  noteRevenue: {
    en: 'Revenue = invoiced + corrections. Corrections are the credit notes (minus) and price-correction debit notes (plus) issued this week, whichever week their invoice was in. Fees and charges passed on by debit notes are not revenue.',
    es: 'Facturación = facturado + rectificaciones. Las rectificaciones son las facturas rectificativas (en negativo) y las notas de cargo por corrección de precio (en positivo) emitidas esta semana, sea cual sea la semana de su factura. Los gastos y cargos repercutidos con notas de cargo no son facturación.',
    ca: 'Facturació = facturat + rectificacions. Les rectificacions són les factures rectificatives (en negatiu) i les notes de càrrec per correcció de preu (en positiu) emeses aquesta setmana, sigui quina sigui la setmana de la factura. Les despeses i els càrrecs repercutits amb notes de càrrec no són facturació.',
    hu: 'Árbevétel = számlázott + helyesbítések. A helyesbítések a héten kiállított helyesbítő számlák (mínusz) és árhelyesbítő terhelési értesítők (plusz), bármelyik héten kelt is az eredeti számla. A terhelési értesítővel továbbhárított díjak és költségek nem árbevétel.',
    ru: 'Выручка = выставлено + корректировки. Корректировки — кредит-ноты (минус) и дебет-ноты с корректировкой цены (плюс), выставленные за эту неделю, независимо от недели исходного счёта. Сборы и расходы, перевыставленные дебет-нотами, выручкой не являются.'
  },
  noteDecided: {
    en: 'Decided ratio = estimates accepted ÷ (accepted + declined) this week; an estimate replaced by its revision is superseded, not declined, and a revision is not counted as sent again.',
    es: 'Tasa de decisión = presupuestos aceptados ÷ (aceptados + rechazados) esta semana; un presupuesto sustituido por su revisión cuenta como sustituido, no como rechazado, y la revisión no vuelve a contar como enviada.',
    ca: 'Taxa de decisió = pressupostos acceptats ÷ (acceptats + rebutjats) aquesta setmana; un pressupost substituït per la seva revisió compta com a substituït, no com a rebutjat, i la revisió no torna a comptar com a enviada.',
    hu: 'Döntési arány = elfogadott árajánlatok ÷ (elfogadott + elutasított) a héten; a módosított változattal felváltott árajánlat felváltottnak számít, nem elutasítottnak, és a módosított változat nem számít újra elküldöttnek.',
    ru: 'Доля принятых = принятые КП ÷ (принятые + отклонённые) за неделю; КП, заменённое новой редакцией, считается заменённым, а не отклонённым, а новая редакция повторно отправленной не считается.'
  },
  noteCohort: {
    en: 'Cohort conversion = of the quotes first sent from {from} to {to} ({weeks} weeks), the share accepted by {to}.',
    es: 'Conversión de la cohorte = de los presupuestos enviados por primera vez del {from} al {to} ({weeks} semanas), la parte aceptada hasta el {to}.',
    ca: 'Conversió de la cohort = dels pressupostos enviats per primera vegada del {from} al {to} ({weeks} setmanes), la part acceptada fins al {to}.',
    hu: 'Kohorsz-konverzió = a {from} és {to} között ({weeks} hét) először elküldött árajánlatok közül a(z) {to} napjáig elfogadottak aránya.',
    ru: 'Конверсия когорты = доля КП, впервые отправленных с {from} по {to} ({weeks} нед.), принятых к {to}.'
  },
  noteTargets: {
    en: 'Targets per week: counts in whole units (the exact value in the Excel cell note).',
    es: 'Objetivos por semana: los recuentos en unidades enteras (el valor exacto, en la nota de la celda de Excel).',
    ca: "Objectius per setmana: els recomptes en unitats senceres (el valor exacte, a la nota de la cel·la d'Excel).",
    hu: 'Heti célok: a darabszámok egész egységben (a pontos érték az Excel-cella megjegyzésében).',
    ru: 'План на неделю: количества в целых единицах (точное значение — в примечании к ячейке Excel).'
  },
  noteUnconverted: {
    en: 'Left out for want of an exchange rate: {documents}.',
    es: 'Excluidos por falta de tipo de cambio: {documents}.',
    ca: 'Exclosos per manca de tipus de canvi: {documents}.',
    hu: 'Árfolyam hiányában kimaradt: {documents}.',
    ru: 'Не учтены из-за отсутствия курса: {documents}.'
  },

  // The PDF's headings, charts and lists.
  summaryHeading: {
    en: 'Summary per sales executive',
    es: 'Resumen por comercial',
    ca: 'Resum per comercial',
    hu: 'Összesítés értékesítőnként',
    ru: 'Сводка по менеджерам'
  },
  charts: { en: 'Charts', es: 'Gráficos', ca: 'Gràfics', hu: 'Diagramok', ru: 'Диаграммы' },
  weekOf: {
    en: 'Week {week}',
    es: 'Semana {week}',
    ca: 'Setmana {week}',
    hu: 'Hét: {week}',
    ru: 'Неделя {week}'
  },
  chartRevenue: {
    en: 'Revenue: actual vs target per executive',
    es: 'Facturación: real frente a objetivo por comercial',
    ca: 'Facturació: real davant objectiu per comercial',
    hu: 'Árbevétel: tény és cél értékesítőnként',
    ru: 'Выручка: факт и план по менеджерам'
  },
  chartTrend: {
    en: 'Team revenue, last 12 weeks',
    es: 'Facturación del equipo, últimas 12 semanas',
    ca: "Facturació de l'equip, últimes 12 setmanes",
    hu: 'A csapat árbevétele, utolsó 12 hét',
    ru: 'Выручка команды за последние 12 недель'
  },
  chartPipeline: {
    en: 'Pipeline: open estimates by value',
    es: 'Cartera: presupuestos abiertos por importe',
    ca: 'Cartera: pressupostos oberts per import',
    hu: 'Ajánlatállomány: nyitott árajánlatok értéke',
    ru: 'Воронка: открытые КП по сумме'
  },
  openEstimatesNet: {
    en: 'Open estimates (net)',
    es: 'Presupuestos abiertos (base)',
    ca: 'Pressupostos oberts (base)',
    hu: 'Nyitott árajánlatok (nettó)',
    ru: 'Открытые КП (без НДС)'
  },
  topPerformers: {
    en: 'Top performers',
    es: 'Mejores comerciales',
    ca: 'Millors comercials',
    hu: 'Legjobb értékesítők',
    ru: 'Лучшие менеджеры'
  },
  noRevenueYet: {
    en: 'No revenue this week yet.',
    es: 'Aún no hay facturación esta semana.',
    ca: 'Encara no hi ha facturació aquesta setmana.',
    hu: 'Ezen a héten még nincs árbevétel.',
    ru: 'На этой неделе выручки пока нет.'
  },
  topRevenue: {
    en: 'Revenue {amount}',
    es: 'Facturación {amount}',
    ca: 'Facturació {amount}',
    hu: 'Árbevétel: {amount}',
    ru: 'Выручка {amount}'
  },
  topOfTarget: {
    en: '{percent} of target',
    es: '{percent} del objetivo',
    ca: "{percent} de l'objectiu",
    hu: 'célteljesítés: {percent}',
    ru: '{percent} плана'
  },
  topDecided: {
    en: 'decided ratio {value}',
    es: 'tasa de decisión {value}',
    ca: 'taxa de decisió {value}',
    hu: 'döntési arány: {value}',
    ru: 'доля принятых {value}'
  },
  topCohort: {
    en: 'cohort conversion {value}',
    es: 'conversión de la cohorte {value}',
    ca: 'conversió de la cohort {value}',
    hu: 'kohorsz-konverzió: {value}',
    ru: 'конверсия когорты {value}'
  },
  invoicesOfWeek: {
    en: 'Invoices of week {week}',
    es: 'Facturas de la semana {week}',
    ca: 'Factures de la setmana {week}',
    hu: 'Számlák, hét: {week}',
    ru: 'Счета за неделю {week}'
  },
  invoicesSubtitle: {
    en: "Net in the invoice's currency and in {currency}",
    es: 'Base en la moneda de la factura y en {currency}',
    ca: 'Base en la moneda de la factura i en {currency}',
    hu: 'Nettó a számla pénznemében és {currency} pénznemben',
    ru: 'Без НДС в валюте счёта и в {currency}'
  },
  correctionsHeading: {
    en: 'Corrections issued this week',
    es: 'Rectificaciones emitidas esta semana',
    ca: 'Rectificacions emeses aquesta setmana',
    hu: 'A héten kiállított helyesbítések',
    ru: 'Корректировки, выставленные за неделю'
  },
  correctionsSubtitle: {
    en: 'Credit notes (minus) and price-correction debit notes (plus) count in revenue this week, whichever week their invoice was in; fees passed on do not',
    es: 'Las facturas rectificativas (en negativo) y las notas de cargo por corrección de precio (en positivo) cuentan en la facturación de esta semana, sea cual sea la semana de su factura; los gastos repercutidos, no',
    ca: "Les factures rectificatives (en negatiu) i les notes de càrrec per correcció de preu (en positiu) compten en la facturació d'aquesta setmana, sigui quina sigui la setmana de la factura; les despeses repercutides, no",
    hu: 'A helyesbítő számlák (mínusz) és az árhelyesbítő terhelési értesítők (plusz) ennek a hétnek az árbevételébe számítanak, bármelyik héten kelt is a számla; a továbbhárított díjak nem',
    ru: 'Кредит-ноты (минус) и дебет-ноты с корректировкой цены (плюс) входят в выручку этой недели, независимо от недели счёта; перевыставленные сборы — нет'
  },
  noCorrections: {
    en: 'No credit or debit notes this week.',
    es: 'No hay facturas rectificativas ni notas de cargo esta semana.',
    ca: 'No hi ha factures rectificatives ni notes de càrrec aquesta setmana.',
    hu: 'Ezen a héten nincs helyesbítő számla vagy terhelési értesítő.',
    ru: 'На этой неделе нет кредит- и дебет-нот.'
  },
  openEstimatesSubtitle: {
    en: 'Sent by {date}, still valid, not yet accepted, declined or superseded',
    es: 'Enviados hasta el {date}, aún válidos, no aceptados, rechazados ni sustituidos',
    ca: 'Enviats fins al {date}, encara vàlids, no acceptats, rebutjats ni substituïts',
    hu: 'Elküldve {date} napjáig, még érvényes, nincs elfogadva, elutasítva vagy felváltva',
    ru: 'Отправлены по {date}, действуют, не приняты, не отклонены и не заменены'
  },
  overdueSubtitle: {
    en: 'Invoices, debit notes and opening balances due before {date} and still open at the end of that day, per customer and currency: the {listed} customers owing most in {currency}, then the others together. Every customer and invoice: Payments & receivables → Aged receivables, as of {date} → Export to Excel',
    es: 'Facturas, notas de cargo y saldos iniciales vencidos antes del {date} y aún pendientes al final de ese día, por cliente y moneda: los {listed} clientes que más deben en {currency} y después el resto en conjunto. Todos los clientes y facturas: Cobros y pendientes → Antigüedad de saldos, a fecha {date} → Exportar a Excel',
    ca: "Factures, notes de càrrec i saldos inicials vençuts abans del {date} i encara pendents al final d'aquest dia, per client i moneda: els {listed} clients que més deuen en {currency} i després la resta en conjunt. Tots els clients i factures: Cobraments i pendents → Antiguitat de saldos, a data {date} → Exporta a Excel",
    hu: '{date} előtt lejárt, a nap végén még nyitott számlák, terhelési értesítők és nyitó egyenlegek ügyfelenként és pénznemenként: a {listed} legtöbbel tartozó ügyfél ({currency} szerint), majd a többi együtt. Minden ügyfél és számla: Befizetések és kintlévőségek → Kintlévőségek korosítása, {date} napra → Exportálás Excelbe',
    ru: 'Счета, дебет-ноты и входящие остатки со сроком оплаты до {date}, не закрытые на конец этого дня, по клиентам и валютам: {listed} клиентов с наибольшим долгом в {currency}, затем остальные вместе. Все клиенты и счета: Оплаты и задолженность → Старение задолженности на {date} → Выгрузить в Excel'
  },
  otherCustomers: {
    en: 'Other customers: {count}',
    es: 'Otros clientes: {count}',
    ca: 'Altres clients: {count}',
    hu: 'További ügyfelek: {count}',
    ru: 'Другие клиенты: {count}'
  },
  overdueCount: {
    en: 'Invoices overdue',
    es: 'Facturas vencidas',
    ca: 'Factures vençudes',
    hu: 'Lejárt számlák',
    ru: 'Просрочено счетов'
  },
  oldestDueDate: {
    en: 'Oldest due date',
    es: 'Vencimiento más antiguo',
    ca: 'Venciment més antic',
    hu: 'Legrégebbi határidő',
    ru: 'Самый ранний срок'
  },
  nothingOverdue: {
    en: 'Nothing overdue at the end of the week.',
    es: 'Nada vencido al final de la semana.',
    ca: 'Res vençut al final de la setmana.',
    hu: 'A hét végén nincs lejárt tétel.',
    ru: 'На конец недели просрочек нет.'
  },
  complaintsSubtitle: {
    en: "Late: closed after their resolution time, or still open past it at the week's end",
    es: 'Fuera de plazo: cerradas después de su plazo de resolución, o aún abiertas pasado este al final de la semana',
    ca: 'Fora de termini: tancades després del termini de resolució, o encara obertes passat aquest al final de la setmana',
    hu: 'Késedelmes: a megoldási határidő után lezárt, vagy a hét végén a határidőn túl még nyitott',
    ru: 'С нарушением срока: закрыты после срока решения или ещё открыты после него на конец недели'
  }
} as const satisfies Record<string, Record<Language, string>>

export type ReportLabel = keyof typeof reportLabels

/** Looks up the report's words in one language. */
export type ReportWords = (key: ReportLabel, values?: Record<string, string | number>) => string

export function reportWords(language: Language): ReportWords {
  return (key, values = {}) => fillLabel(reportLabels[key][language], values)
}
