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
import { navStrings } from '../renderer/src/nav/strings'

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
  wroteEvents: 'Wrote {{count}} signed events to {{path}}.',
  folderCreated:
    'The folder {{folder}} does not exist: creating it and a new, empty Salesdesk database {{file}} in it.',
  vfOn: 'VERI*FACTU is on ({{host}}).',
  vfOnFor: 'VERI*FACTU is on ({{host}}) for {{nif}}.',
  vfOff: 'VERI*FACTU is off.',
  vfOffFor: 'VERI*FACTU is off for {{nif}}.',
  vfTestHost: 'test host',
  vfProductionHost: 'production host',
  vfWaiting_one: '{{count}} record waiting to be sent; {{rejected}} rejected.',
  vfWaiting_other: '{{count}} records waiting to be sent; {{rejected}} rejected.',
  vfLastSend:
    'Last send {{at}}: {{outcome}}, {{count}} records ({{accepted}} accepted, {{withErrors}} with errors, {{rejected}} rejected){{csv}}{{message}}.',
  vfFailed: 'failed',
  vfCsv: ', CSV {{csv}}',
  vfNothingSent: 'Nothing has been sent yet.',
  vfWaitUntil: 'The AEAT asks to wait until {{at}} before the next send.',
  vfNothingWaiting: 'No records are waiting to be sent.',
  vfAnswer: '{{outcome}}: {{accepted}} accepted, {{withErrors}} accepted with errors, {{rejected}} rejected.',
  navOn_one:
    'NAV reporting is on ({{environment}}): {{count}} invoice waiting for NAV, {{done}} done, {{aborted}} aborted.',
  navOn_other:
    'NAV reporting is on ({{environment}}): {{count}} invoices waiting for NAV, {{done}} done, {{aborted}} aborted.',
  navOff_one: 'NAV reporting is off: {{count}} invoice waiting for NAV, {{done}} done, {{aborted}} aborted.',
  navOff_other:
    'NAV reporting is off: {{count}} invoices waiting for NAV, {{done}} done, {{aborted}} aborted.',
  navTest: 'test',
  navProduction: 'production',
  navLastRun: 'Last run {{at}}: {{run}}.',
  navNotSent: 'Not sent to NAV yet.',
  navRun: 'sent {{sent}}, done {{done}}, aborted {{aborted}}, still waiting {{waiting}}',
  navSent: 'NAV: {{run}}.',
  navAttention: 'Needs attention:'
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
    wroteEvents: 'Eventos firmados escritos en {{path}}: {{count}}.',
    folderCreated:
      'La carpeta {{folder}} no existe: se crea, con una base de datos de Salesdesk nueva y vacía, {{file}}, dentro.',
    vfOn: 'VERI*FACTU está activado ({{host}}).',
    vfOnFor: 'VERI*FACTU está activado ({{host}}) para {{nif}}.',
    vfOff: 'VERI*FACTU está desactivado.',
    vfOffFor: 'VERI*FACTU está desactivado para {{nif}}.',
    vfTestHost: 'entorno de pruebas',
    vfProductionHost: 'entorno de producción',
    vfWaiting_one: 'Registros pendientes de envío: {{count}}; rechazados: {{rejected}}.',
    vfWaiting_other: 'Registros pendientes de envío: {{count}}; rechazados: {{rejected}}.',
    vfLastSend:
      'Último envío {{at}}: {{outcome}}, registros: {{count}} (aceptados: {{accepted}}, con errores: {{withErrors}}, rechazados: {{rejected}}){{csv}}{{message}}.',
    vfFailed: 'fallido',
    vfCsv: ', CSV {{csv}}',
    vfNothingSent: 'Todavía no se ha enviado nada.',
    vfWaitUntil: 'La AEAT pide esperar hasta {{at}} antes del próximo envío.',
    vfNothingWaiting: 'No hay registros pendientes de envío.',
    vfAnswer:
      '{{outcome}}: aceptados: {{accepted}}, aceptados con errores: {{withErrors}}, rechazados: {{rejected}}.',
    navOn_one:
      'El envío a NAV está activado ({{environment}}): facturas pendientes de NAV: {{count}}, aceptadas: {{done}}, rechazadas: {{aborted}}.',
    navOn_other:
      'El envío a NAV está activado ({{environment}}): facturas pendientes de NAV: {{count}}, aceptadas: {{done}}, rechazadas: {{aborted}}.',
    navOff_one:
      'El envío a NAV está desactivado: facturas pendientes de NAV: {{count}}, aceptadas: {{done}}, rechazadas: {{aborted}}.',
    navOff_other:
      'El envío a NAV está desactivado: facturas pendientes de NAV: {{count}}, aceptadas: {{done}}, rechazadas: {{aborted}}.',
    navTest: 'pruebas',
    navProduction: 'producción',
    navLastRun: 'Último envío {{at}}: {{run}}.',
    navNotSent: 'Todavía no se ha enviado nada a NAV.',
    navRun: 'enviadas: {{sent}}, aceptadas: {{done}}, rechazadas: {{aborted}}, aún pendientes: {{waiting}}',
    navSent: 'NAV: {{run}}.',
    navAttention: 'Requiere atención:'
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
    wroteEvents: 'Esdeveniments signats escrits a {{path}}: {{count}}.',
    folderCreated:
      'La carpeta {{folder}} no existeix: es crea, amb una base de dades de Salesdesk nova i buida, {{file}}, a dins.',
    vfOn: 'VERI*FACTU està activat ({{host}}).',
    vfOnFor: 'VERI*FACTU està activat ({{host}}) per a {{nif}}.',
    vfOff: 'VERI*FACTU està desactivat.',
    vfOffFor: 'VERI*FACTU està desactivat per a {{nif}}.',
    vfTestHost: 'entorn de proves',
    vfProductionHost: 'entorn de producció',
    vfWaiting_one: 'Registres pendents d’enviar: {{count}}; rebutjats: {{rejected}}.',
    vfWaiting_other: 'Registres pendents d’enviar: {{count}}; rebutjats: {{rejected}}.',
    vfLastSend:
      'Últim enviament {{at}}: {{outcome}}, registres: {{count}} (acceptats: {{accepted}}, amb errors: {{withErrors}}, rebutjats: {{rejected}}){{csv}}{{message}}.',
    vfFailed: 'fallit',
    vfCsv: ', CSV {{csv}}',
    vfNothingSent: 'Encara no s’ha enviat res.',
    vfWaitUntil: 'L’AEAT demana esperar fins a {{at}} abans del proper enviament.',
    vfNothingWaiting: 'No hi ha registres pendents d’enviar.',
    vfAnswer:
      '{{outcome}}: acceptats: {{accepted}}, acceptats amb errors: {{withErrors}}, rebutjats: {{rejected}}.',
    navOn_one:
      'L’enviament a NAV està activat ({{environment}}): factures pendents de NAV: {{count}}, acceptades: {{done}}, rebutjades: {{aborted}}.',
    navOn_other:
      'L’enviament a NAV està activat ({{environment}}): factures pendents de NAV: {{count}}, acceptades: {{done}}, rebutjades: {{aborted}}.',
    navOff_one:
      'L’enviament a NAV està desactivat: factures pendents de NAV: {{count}}, acceptades: {{done}}, rebutjades: {{aborted}}.',
    navOff_other:
      'L’enviament a NAV està desactivat: factures pendents de NAV: {{count}}, acceptades: {{done}}, rebutjades: {{aborted}}.',
    navTest: 'proves',
    navProduction: 'producció',
    navLastRun: 'Últim enviament {{at}}: {{run}}.',
    navNotSent: 'Encara no s’ha enviat res a NAV.',
    navRun: 'enviades: {{sent}}, acceptades: {{done}}, rebutjades: {{aborted}}, encara pendents: {{waiting}}',
    navSent: 'NAV: {{run}}.',
    navAttention: 'Cal revisar:'
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
    wroteEvents: 'Aláírt események elkészültek: {{path}} ({{count}}).',
    folderCreated:
      'A(z) {{folder}} mappa nem létezik: létrejön, benne egy új, üres Salesdesk-adatbázissal ({{file}}).',
    vfOn: 'A VERI*FACTU be van kapcsolva ({{host}}).',
    vfOnFor: 'A VERI*FACTU be van kapcsolva ({{host}}) ehhez: {{nif}}.',
    vfOff: 'A VERI*FACTU ki van kapcsolva.',
    vfOffFor: 'A VERI*FACTU ki van kapcsolva ehhez: {{nif}}.',
    vfTestHost: 'tesztszerver',
    vfProductionHost: 'éles szerver',
    vfWaiting_one: 'Küldésre váró rekordok: {{count}}; elutasítva: {{rejected}}.',
    vfWaiting_other: 'Küldésre váró rekordok: {{count}}; elutasítva: {{rejected}}.',
    vfLastSend:
      'Utolsó küldés {{at}}: {{outcome}}, rekordok: {{count}} (elfogadva: {{accepted}}, hibákkal: {{withErrors}}, elutasítva: {{rejected}}){{csv}}{{message}}.',
    vfFailed: 'sikertelen',
    vfCsv: ', CSV {{csv}}',
    vfNothingSent: 'Még nem történt küldés.',
    vfWaitUntil: 'Az AEAT kéri, hogy a következő küldéssel várjon eddig: {{at}}.',
    vfNothingWaiting: 'Nincs küldésre váró rekord.',
    vfAnswer:
      '{{outcome}}: elfogadva: {{accepted}}, hibákkal elfogadva: {{withErrors}}, elutasítva: {{rejected}}.',
    navOn_one:
      'A NAV-adatszolgáltatás be van kapcsolva ({{environment}}): NAV-ra váró számlák: {{count}}, elfogadva: {{done}}, elutasítva: {{aborted}}.',
    navOn_other:
      'A NAV-adatszolgáltatás be van kapcsolva ({{environment}}): NAV-ra váró számlák: {{count}}, elfogadva: {{done}}, elutasítva: {{aborted}}.',
    navOff_one:
      'A NAV-adatszolgáltatás ki van kapcsolva: NAV-ra váró számlák: {{count}}, elfogadva: {{done}}, elutasítva: {{aborted}}.',
    navOff_other:
      'A NAV-adatszolgáltatás ki van kapcsolva: NAV-ra váró számlák: {{count}}, elfogadva: {{done}}, elutasítva: {{aborted}}.',
    navTest: 'teszt',
    navProduction: 'éles',
    navLastRun: 'Utolsó futás {{at}}: {{run}}.',
    navNotSent: 'Még nem történt küldés a NAV-nak.',
    navRun: 'elküldve: {{sent}}, elfogadva: {{done}}, elutasítva: {{aborted}}, még vár: {{waiting}}',
    navSent: 'NAV: {{run}}.',
    navAttention: 'Figyelmet igényel:'
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
    wroteEvents: 'Подписанные события записаны в {{path}}: {{count}}.',
    folderCreated:
      'Папка {{folder}} не существует: она будет создана вместе с новой пустой базой данных Salesdesk {{file}}.',
    vfOn: 'VERI*FACTU включён ({{host}}).',
    vfOnFor: 'VERI*FACTU включён ({{host}}) для {{nif}}.',
    vfOff: 'VERI*FACTU выключен.',
    vfOffFor: 'VERI*FACTU выключен для {{nif}}.',
    vfTestHost: 'тестовый сервер',
    vfProductionHost: 'рабочий сервер',
    vfWaiting_one: 'Записи, ожидающие отправки: {{count}}; отклонено: {{rejected}}.',
    vfWaiting_other: 'Записи, ожидающие отправки: {{count}}; отклонено: {{rejected}}.',
    vfLastSend:
      'Последняя отправка {{at}}: {{outcome}}, записи: {{count}} (принято: {{accepted}}, с ошибками: {{withErrors}}, отклонено: {{rejected}}){{csv}}{{message}}.',
    vfFailed: 'не удалась',
    vfCsv: ', CSV {{csv}}',
    vfNothingSent: 'Ещё ничего не отправлено.',
    vfWaitUntil: 'AEAT просит подождать до {{at}} перед следующей отправкой.',
    vfNothingWaiting: 'Нет записей, ожидающих отправки.',
    vfAnswer:
      '{{outcome}}: принято: {{accepted}}, принято с ошибками: {{withErrors}}, отклонено: {{rejected}}.',
    navOn_one:
      'Передача данных в NAV включена ({{environment}}): счета, ожидающие NAV: {{count}}, принято: {{done}}, отклонено: {{aborted}}.',
    navOn_other:
      'Передача данных в NAV включена ({{environment}}): счета, ожидающие NAV: {{count}}, принято: {{done}}, отклонено: {{aborted}}.',
    navOff_one:
      'Передача данных в NAV выключена: счета, ожидающие NAV: {{count}}, принято: {{done}}, отклонено: {{aborted}}.',
    navOff_other:
      'Передача данных в NAV выключена: счета, ожидающие NAV: {{count}}, принято: {{done}}, отклонено: {{aborted}}.',
    navTest: 'тестовая среда',
    navProduction: 'рабочая среда',
    navLastRun: 'Последний запуск {{at}}: {{run}}.',
    navNotSent: 'В NAV ещё ничего не отправлено.',
    navRun: 'отправлено: {{sent}}, принято: {{done}}, отклонено: {{aborted}}, ещё ждут: {{waiting}}',
    navSent: 'NAV: {{run}}.',
    navAttention: 'Требует внимания:'
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

/** The language this run prints in. */
export const runLanguage = (): Language => current

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

/**
 * The NAV screens' own words (data only, like the refusals'), so a report's status, NAV's known
 * codes read the same in the terminal as on the screen (the advice is a message by key: `refusalText`).
 */
export const navWords = () => navStrings[current].navReporting

/** A refusal (a keyed message) in the run's language. */
export const refusalText = (message: Message): string => messageIn(message, current)
