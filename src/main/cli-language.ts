/**
 * What the `salesdesk` command line prints, in the user's language (issue 14): the one given with
 * `--lang`, else the one chosen in Settings (stored with the data), else the computer's (LC_ALL,
 * LC_MESSAGES, LANG, as POSIX orders them: "hu_HU.UTF-8" is Hungarian), else English. Refusals are DomainErrors with a key: they print with the screens'
 * own translations (`message-language.ts`).
 */
import type { Message } from '../shared/errors'
import { isLanguage, type Language } from '../shared/languages'
import { fill, messageIn } from './message-language'
import type { Store } from './db/open'
import { INTERFACE_LANGUAGE_KEY, interfaceLanguageOf } from './settings/service'

const en = {
  verified: 'Records verified: all {{entries}} chain entries match {{path}} ({{seconds}} s).',
  backedUp: 'Backed up {{from}} to {{to}}.',
  restored: 'Restored {{target}} from {{source}}.',
  restoredKept: 'Restored {{target}} from {{source}} (the previous file is kept as {{previous}}).',
  reportWritten: 'Wrote the weekly report {{week}} to {{path}}.',
  invoiceLinesWritten: 'Wrote the invoice lines of {{year}} to {{path}}.',
  invoiceLinesProgress: 'Invoice lines {{done}} / {{total}}',
  serveRunning: 'Salesdesk is running at {{url}}',
  serveOpened: 'It opened in your default browser. Press Ctrl+C to stop.',
  serveOpen: 'Open that address in your browser. Press Ctrl+C to stop.',
  demoHungarian:
    'Created a Hungarian company with {{customers}} customers and {{invoices}} invoices waiting for NAV (test environment) in {{path}}.',
  demoVerifactu:
    'VERI*FACTU is on against the AEAT test host: {{records}} invoices and notes have their records.',
  demoCreated:
    'Created {{customers}} customers ({{contacts}} contacts), {{products}} products and {{executives}} sales executives in {{path}} ({{seconds}} s).',
  damaged:
    'the database file is damaged, so this could not be read or saved. Keep the file, and restore your latest backup copy (salesdesk restore --from BACKUP-FILE).',
  wentWrong: 'something went wrong: {{message}}',
  wroteFile: 'Wrote {{path}}.',
  wrotePdfs_one: 'Wrote {{count}} PDF file to {{folder}}.',
  wrotePdfs_other: 'Wrote {{count}} PDF files to {{folder}}.',
  pdfProgress: 'PDF {{done}} / {{total}}',
  wroteEInvoices_one: 'Wrote {{count}} e-invoice to {{folder}}.',
  wroteEInvoices_other: 'Wrote {{count}} e-invoices to {{folder}}.',
  wroteLabels: 'Wrote {{count}} labels ({{layout}}) to {{path}}.',
  wroteLetters: 'Wrote the letters of campaign {{campaign}} to {{path}}.',
  wroteNavXml: 'Wrote the NAV InvoiceData of {{number}} to {{path}}.',
  chainIntact: 'The chain is intact: {{records}} records and {{events}} events recomputed.',
  wroteRecords: 'Wrote {{count}} records to {{path}}.',
  wroteEvents: 'Wrote {{count}} signed events to {{path}}.'
}
type CliKey = keyof typeof en

const cliWords: Record<Language, Record<CliKey, string>> = {
  en,
  es: {
    verified:
      'Registros verificados: las {{entries}} entradas de la cadena coinciden con {{path}} ({{seconds}} s).',
    backedUp: 'Copia de seguridad de {{from}} escrita en {{to}}.',
    restored: 'Se ha restaurado {{target}} desde {{source}}.',
    restoredKept:
      'Se ha restaurado {{target}} desde {{source}} (el archivo anterior se conserva como {{previous}}).',
    reportWritten: 'Informe semanal {{week}} escrito en {{path}}.',
    invoiceLinesWritten: 'Líneas de factura de {{year}} escritas en {{path}}.',
    invoiceLinesProgress: 'Líneas de factura {{done}} / {{total}}',
    serveRunning: 'Salesdesk está en marcha en {{url}}',
    serveOpened: 'Se ha abierto en su navegador predeterminado. Pulse Ctrl+C para detenerlo.',
    serveOpen: 'Abra esa dirección en su navegador. Pulse Ctrl+C para detenerlo.',
    demoHungarian:
      'Se ha creado una empresa húngara con {{customers}} clientes y {{invoices}} facturas pendientes de enviar a NAV (entorno de pruebas) en {{path}}.',
    demoVerifactu:
      'VERI*FACTU está activado contra el entorno de pruebas de la AEAT: {{records}} facturas y notas tienen su registro.',
    demoCreated:
      'Se han creado {{customers}} clientes ({{contacts}} contactos), {{products}} productos y {{executives}} comerciales en {{path}} ({{seconds}} s).',
    damaged:
      'el archivo de la base de datos está dañado, así que no se ha podido leer ni guardar. Conserve el archivo y restaure su última copia de seguridad (salesdesk restore --from ARCHIVO-DE-COPIA).',
    wentWrong: 'algo ha fallado: {{message}}',
    wroteFile: 'Archivo escrito: {{path}}.',
    wrotePdfs_one: 'Archivos PDF escritos en {{folder}}: {{count}}.',
    wrotePdfs_other: 'Archivos PDF escritos en {{folder}}: {{count}}.',
    pdfProgress: 'PDF {{done}} / {{total}}',
    wroteEInvoices_one: 'Facturas electrónicas escritas en {{folder}}: {{count}}.',
    wroteEInvoices_other: 'Facturas electrónicas escritas en {{folder}}: {{count}}.',
    wroteLabels: 'Etiquetas ({{layout}}) escritas en {{path}}: {{count}}.',
    wroteLetters: 'Cartas de la campaña {{campaign}} escritas en {{path}}.',
    wroteNavXml: 'InvoiceData de NAV de {{number}} escrito en {{path}}.',
    chainIntact: 'La cadena está intacta: se han recalculado {{records}} registros y {{events}} eventos.',
    wroteRecords: 'Registros escritos en {{path}}: {{count}}.',
    wroteEvents: 'Eventos firmados escritos en {{path}}: {{count}}.'
  },
  ca: {
    verified:
      'Registres verificats: les {{entries}} entrades de la cadena coincideixen amb {{path}} ({{seconds}} s).',
    backedUp: 'Còpia de seguretat de {{from}} escrita a {{to}}.',
    restored: 'S’ha restaurat {{target}} des de {{source}}.',
    restoredKept:
      'S’ha restaurat {{target}} des de {{source}} (el fitxer anterior es conserva com a {{previous}}).',
    reportWritten: 'Informe setmanal {{week}} escrit a {{path}}.',
    invoiceLinesWritten: 'Línies de factura de {{year}} escrites a {{path}}.',
    invoiceLinesProgress: 'Línies de factura {{done}} / {{total}}',
    serveRunning: 'Salesdesk funciona a {{url}}',
    serveOpened: 'S’ha obert al vostre navegador predeterminat. Premeu Ctrl+C per aturar-lo.',
    serveOpen: 'Obriu aquesta adreça al navegador. Premeu Ctrl+C per aturar-lo.',
    demoHungarian:
      'S’ha creat una empresa hongaresa amb {{customers}} clients i {{invoices}} factures pendents d’enviar a NAV (entorn de proves) a {{path}}.',
    demoVerifactu:
      'VERI*FACTU està activat contra l’entorn de proves de l’AEAT: {{records}} factures i notes tenen el seu registre.',
    demoCreated:
      'S’han creat {{customers}} clients ({{contacts}} contactes), {{products}} productes i {{executives}} comercials a {{path}} ({{seconds}} s).',
    damaged:
      'el fitxer de la base de dades està malmès, així que no s’ha pogut llegir ni desar. Conserveu el fitxer i restaureu la darrera còpia de seguretat (salesdesk restore --from FITXER-DE-CÒPIA).',
    wentWrong: 'alguna cosa ha fallat: {{message}}',
    wroteFile: 'Fitxer escrit: {{path}}.',
    wrotePdfs_one: 'Fitxers PDF escrits a {{folder}}: {{count}}.',
    wrotePdfs_other: 'Fitxers PDF escrits a {{folder}}: {{count}}.',
    pdfProgress: 'PDF {{done}} / {{total}}',
    wroteEInvoices_one: 'Factures electròniques escrites a {{folder}}: {{count}}.',
    wroteEInvoices_other: 'Factures electròniques escrites a {{folder}}: {{count}}.',
    wroteLabels: 'Etiquetes ({{layout}}) escrites a {{path}}: {{count}}.',
    wroteLetters: 'Cartes de la campanya {{campaign}} escrites a {{path}}.',
    wroteNavXml: 'InvoiceData de NAV de {{number}} escrit a {{path}}.',
    chainIntact: 'La cadena és íntegra: s’han recalculat {{records}} registres i {{events}} esdeveniments.',
    wroteRecords: 'Registres escrits a {{path}}: {{count}}.',
    wroteEvents: 'Esdeveniments signats escrits a {{path}}: {{count}}.'
  },
  hu: {
    verified:
      'A nyilvántartás ellenőrizve: a lánc mind a(z) {{entries}} bejegyzése egyezik ezzel: {{path}} ({{seconds}} mp).',
    backedUp: 'Biztonsági mentés készült a(z) {{from}} fájlról ide: {{to}}.',
    restored: '{{target}} visszaállítva innen: {{source}}.',
    restoredKept: '{{target}} visszaállítva innen: {{source}} (az előző fájl megmaradt: {{previous}}).',
    reportWritten: 'A(z) {{week}} heti jelentés elkészült: {{path}}.',
    invoiceLinesWritten: 'A(z) {{year}}. évi számlatételek elkészültek: {{path}}.',
    invoiceLinesProgress: 'Számlatételek {{done}} / {{total}}',
    serveRunning: 'A Salesdesk itt fut: {{url}}',
    serveOpened: 'Megnyílt az alapértelmezett böngészőben. A leállításhoz nyomja meg a Ctrl+C billentyűket.',
    serveOpen: 'Nyissa meg ezt a címet a böngészőben. A leállításhoz nyomja meg a Ctrl+C billentyűket.',
    demoHungarian:
      'Létrejött egy magyar cég {{customers}} ügyféllel és {{invoices}} NAV-ra váró számlával (tesztkörnyezet): {{path}}.',
    demoVerifactu:
      'A VERI*FACTU be van kapcsolva az AEAT tesztszerverével: {{records}} számlának és értesítőnek van nyilvántartási rekordja.',
    demoCreated:
      'Létrehozva: {{customers}} ügyfél ({{contacts}} kapcsolattartó), {{products}} termék és {{executives}} értékesítő itt: {{path}} ({{seconds}} mp).',
    damaged:
      'az adatbázisfájl megsérült, ezért nem sikerült olvasni vagy menteni. Őrizze meg a fájlt, és állítsa vissza a legutóbbi biztonsági mentést (salesdesk restore --from MENTÉSFÁJL).',
    wentWrong: 'hiba történt: {{message}}',
    wroteFile: 'A fájl elkészült: {{path}}.',
    wrotePdfs_one: 'PDF-fájlok elkészültek itt: {{folder}} ({{count}}).',
    wrotePdfs_other: 'PDF-fájlok elkészültek itt: {{folder}} ({{count}}).',
    pdfProgress: 'PDF {{done}} / {{total}}',
    wroteEInvoices_one: 'E-számlák elkészültek itt: {{folder}} ({{count}}).',
    wroteEInvoices_other: 'E-számlák elkészültek itt: {{folder}} ({{count}}).',
    wroteLabels: 'Címkék ({{layout}}) elkészültek: {{path}} ({{count}}).',
    wroteLetters: 'A(z) {{campaign}}. kampány levelei elkészültek: {{path}}.',
    wroteNavXml: 'A(z) {{number}} NAV InvoiceData-ja elkészült: {{path}}.',
    chainIntact: 'A lánc sértetlen: {{records}} rekord és {{events}} esemény újraszámolva.',
    wroteRecords: 'Rekordok elkészültek: {{path}} ({{count}}).',
    wroteEvents: 'Aláírt események elkészültek: {{path}} ({{count}}).'
  },
  ru: {
    verified: 'Записи проверены: все записи цепочки ({{entries}}) совпадают с {{path}} ({{seconds}} с).',
    backedUp: 'Резервная копия {{from}} записана в {{to}}.',
    restored: '{{target}} восстановлен из {{source}}.',
    restoredKept: '{{target}} восстановлен из {{source}} (прежний файл сохранён как {{previous}}).',
    reportWritten: 'Еженедельный отчёт {{week}} записан в {{path}}.',
    invoiceLinesWritten: 'Строки счетов за {{year}} год записаны в {{path}}.',
    invoiceLinesProgress: 'Строки счетов {{done}} / {{total}}',
    serveRunning: 'Salesdesk работает по адресу {{url}}',
    serveOpened: 'Открыто в браузере по умолчанию. Нажмите Ctrl+C, чтобы остановить.',
    serveOpen: 'Откройте этот адрес в браузере. Нажмите Ctrl+C, чтобы остановить.',
    demoHungarian:
      'Создана венгерская компания (клиенты: {{customers}}, счета, ожидающие отправки в NAV: {{invoices}}; тестовая среда), файл {{path}}.',
    demoVerifactu: 'VERI*FACTU включён (тестовый сервер AEAT): записи есть у счетов и нот ({{records}}).',
    demoCreated:
      'Создано: клиенты — {{customers}} (контакты — {{contacts}}), товары — {{products}}, менеджеры по продажам — {{executives}}; файл {{path}} ({{seconds}} с).',
    damaged:
      'файл базы данных повреждён, поэтому прочитать или сохранить данные не удалось. Сохраните файл и восстановите последнюю резервную копию (salesdesk restore --from ФАЙЛ-КОПИИ).',
    wentWrong: 'что-то пошло не так: {{message}}',
    wroteFile: 'Файл записан: {{path}}.',
    wrotePdfs_one: 'PDF-файлы записаны в {{folder}}: {{count}}.',
    wrotePdfs_other: 'PDF-файлы записаны в {{folder}}: {{count}}.',
    pdfProgress: 'PDF {{done}} / {{total}}',
    wroteEInvoices_one: 'Электронные счета записаны в {{folder}}: {{count}}.',
    wroteEInvoices_other: 'Электронные счета записаны в {{folder}}: {{count}}.',
    wroteLabels: 'Наклейки ({{layout}}) записаны в {{path}}: {{count}}.',
    wroteLetters: 'Письма кампании {{campaign}} записаны в {{path}}.',
    wroteNavXml: 'NAV InvoiceData для {{number}} записан в {{path}}.',
    chainIntact: 'Цепочка не нарушена: пересчитано записей — {{records}}, событий — {{events}}.',
    wroteRecords: 'Записи сохранены в {{path}}: {{count}}.',
    wroteEvents: 'Подписанные события записаны в {{path}}: {{count}}.'
  }
}

/** "hu_HU.UTF-8", "ca_ES@valencia", "ru" → the language, or null for "C", "POSIX" and others. */
function languageOfLocale(locale: string | undefined): Language | null {
  const primary = (locale ?? '').toLowerCase().split(/[_.@-]/)[0]
  return isLanguage(primary) ? primary : null
}

/** The value of `--name X` or `--name=X` among the arguments. */
function argument(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1]
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1)
  }
  return undefined
}

/**
 * The interface language chosen in Settings, stored in the database a command opened (read once
 * the command has opened it: peeking earlier would leave -wal/-shm files beside a file the command
 * then refuses); null when none was chosen.
 */
export function storedLanguage(store: Store): Language | null {
  const row = store.sqlite.prepare('select value from settings where key = ?').get(INTERFACE_LANGUAGE_KEY) as
    { value: string } | undefined
  return interfaceLanguageOf(row?.value)
}

/**
 * `--lang`, else the language chosen in Settings (`stored`), else the first of LC_ALL, LC_MESSAGES,
 * LANG that is set, else English.
 */
export function cliLanguage(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  stored: Language | null = null
): Language {
  const given = argument(argv, '--lang')
  if (isLanguage(given)) return given
  if (stored) return stored
  // POSIX: the first of these that is set and not empty decides, even when it is "C".
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '')
  return languageOfLocale(locale) ?? 'en'
}

let current: Language = 'en'

/** The language the rest of this run prints in (set once by runCli). */
export function setCliLanguage(language: Language): void {
  current = language
}

/** One of the command line's own sentences in the run's language. */
export function say(key: CliKey, params: Record<string, string | number> = {}): string {
  return fill(cliWords[current][key], params)
}

type CountedKey = CliKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never

/** A sentence with a count: English says "1 file" and "2 files"; the others name the count apart. */
export function sayCount(
  key: CountedKey,
  count: number,
  params: Record<string, string | number> = {}
): string {
  const form = new Intl.PluralRules(current).select(count) === 'one' ? 'one' : 'other'
  return say(`${key}_${form}`, { ...params, count })
}

/** Seconds as the run's language writes them: "1.25" in English, "1,25" in the others. */
export const seconds = (ms: number): string =>
  new Intl.NumberFormat(current, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false
  }).format(ms / 1000)

/** A refusal (a keyed message) in the run's language. */
export const refusalText = (message: Message): string => messageIn(message, current)
