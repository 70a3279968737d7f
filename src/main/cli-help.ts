/**
 * `salesdesk --help` and commander's own words in the run's language (issue 14): every command's and
 * option's description by key (`help`), and what commander prints itself: its titles ("Usage:",
 * "Options:"), "[options]", the choices and default notes, "display help for command" and its
 * argument errors ("error: unknown option"). The program is built once the language is known
 * (`runCli`), so each description is looked up in that language as the command is declared.
 */
import { Help, type Command, type Option } from 'commander'
import type { Language } from '../shared/languages'
import { fill } from './message-language'
import { runLanguage } from './cli-language'

const en = {
  program: 'Salesdesk: customers, documents and weekly figures for sales administrators.',
  version: 'output the version number',
  lang: 'language of the messages (default: the one chosen in Settings, else LC_ALL, LC_MESSAGES or LANG)',
  help: 'display help for command',
  db: 'the Salesdesk database file',
  dbDefault: 'your data folder',
  demo: 'create a realistic demo database (accents and Cyrillic included)',
  demoDb: 'the new database file to fill',
  demoSize: 'small or large (100 000 customers)',
  demoSeed: 'random seed, for repeatable data',
  demoCountry: 'ES: the Spanish company; HU: a Hungarian one reporting to NAV',
  serve: 'run Salesdesk in your browser from the local web host (127.0.0.1 only)',
  servePort: 'port to listen on (default: any free port)',
  serveOpen: 'open the address in the default browser',
  backup: 'write a consistent copy of the database to a new file',
  backupOut: 'the backup file to create',
  restore: 'replace the database with a backup copy (the current file is kept beside it)',
  restoreFrom: 'the backup file to restore',
  verify:
    'check that no issued document, payment, return or activity entry was changed, deleted or added behind Salesdesk',
  pdf: 'print documents to PDF: one by its number, or all of a type issued in a date range',
  number: 'the document number, e.g. INV-2026-00001',
  pdfOut: 'the PDF file to write (with --number)',
  batchFrom: 'first issue date, e.g. 2026-01-01 (batch)',
  batchTo: 'last issue date, e.g. 2026-12-31 (batch)',
  pdfType: 'document type',
  pdfOutDir: 'folder for the PDF files (batch)',
  pdfPaper:
    'paper size, for drafts only: an issued document prints on the paper it was issued on, so this command refuses it',
  ics: 'write the schedule (visits and meetings) as an iCalendar file calendar apps import',
  icsExecutive: 'one sales executive (default: the whole team)',
  firstDay: 'first day, e.g. 2026-03-01',
  lastDay: 'last day, e.g. 2026-03-31',
  icsOut: 'the .ics file to write',
  daySheet: "print a sales executive's day (visits in order, addresses, contacts, notes) to PDF",
  daySheetExecutive: 'the sales executive',
  daySheetDate: 'the day, e.g. 2026-03-03',
  pdfFile: 'the PDF file to write',
  report: 'reports for management: the weekly report, invoice lines',
  reportWeekly: 'write the weekly sales report (Excel or PDF) for an ISO week',
  reportWeek: 'ISO week, e.g. 2026-W47 (default: this week)',
  reportFormat: 'file format',
  reportOut: 'the file to write (default: weekly-report-<week>.<format>)',
  reportLanguage: "the report's language (default: the company's print language)",
  invoiceLines: "write a year's invoice lines to Excel",
  invoiceLinesYear: 'the year, e.g. 2026',
  fileOut: 'the file to write',
  verifactu: 'Spain, VERI*FACTU: invoicing records for the AEAT',
  vfStatus: 'records waiting to be sent and the last result',
  vfSend: 'send the waiting records (password in SALESDESK_CERTIFICATE_PASSWORD)',
  vfVerify: 'recompute every hash of the chain; names the first broken link',
  vfExport: 'write the records generated in a period to an XML file, for an inspection',
  fromDate: 'first date, e.g. 2026-01-01',
  toDate: 'last date, e.g. 2026-12-31',
  xmlOut: 'the XML file to write',
  vfEvents:
    'write the event log of a period to an XML file, signed (password in SALESDESK_CERTIFICATE_PASSWORD)',
  einvoice: 'write EN 16931 e-invoices (UBL, CII or Factur-X): one by its number, or a period into a folder',
  einvoiceFormat: 'ubl, cii or facturx',
  einvoiceOut: 'the file to write (with --number)',
  einvoiceType: 'which documents (batch)',
  einvoiceOutDir: 'folder for the files (batch)',
  nav: 'NAV Online Számla (Hungary): reporting queue and InvoiceData',
  navStatus: 'how many invoices wait for NAV, the last result, and what needs attention',
  navSend: 'send waiting reports to NAV and collect the answers (credentials from SALESDESK_NAV_* variables)',
  navExport: 'write the InvoiceData XML reported for one document',
  campaign: 'print a postal campaign: address labels and letters',
  campaignLabels: "address labels for a saved segment's consenting mailing addresses",
  campaignSegment: 'the saved segment, by name',
  campaignLayout: 'the label sheet',
  campaignLetters: "one letter per recipient, in the recipient's language",
  campaignNumber: 'the campaign number'
}
export type HelpKey = keyof typeof en

const helpWords: Record<Language, Record<HelpKey, string>> = {
  en,
  es: {
    program: 'Salesdesk: clientes, documentos y cifras semanales para administrativos comerciales.',
    version: 'muestra el número de versión',
    lang: 'idioma de los mensajes (por defecto: el elegido en Ajustes; si no, LC_ALL, LC_MESSAGES o LANG)',
    help: 'muestra la ayuda del comando',
    db: 'el archivo de la base de datos de Salesdesk',
    dbDefault: 'su carpeta de datos',
    demo: 'crea una base de datos de demostración realista (con acentos y cirílico)',
    demoDb: 'el archivo nuevo de base de datos que se rellena',
    demoSize: 'pequeña o grande (100 000 clientes)',
    demoSeed: 'semilla aleatoria, para datos repetibles',
    demoCountry: 'ES: la empresa española; HU: una húngara que comunica a NAV',
    serve: 'ejecuta Salesdesk en su navegador desde el servidor web local (solo 127.0.0.1)',
    servePort: 'puerto de escucha (por defecto: cualquier puerto libre)',
    serveOpen: 'abre la dirección en el navegador predeterminado',
    backup: 'escribe una copia coherente de la base de datos en un archivo nuevo',
    backupOut: 'el archivo de copia de seguridad que se crea',
    restore: 'sustituye la base de datos por una copia de seguridad (el archivo actual se conserva al lado)',
    restoreFrom: 'el archivo de copia de seguridad que se restaura',
    verify:
      'comprueba que ningún documento emitido, cobro, devolución o entrada de actividad se ha modificado, borrado o añadido a espaldas de Salesdesk',
    pdf: 'imprime documentos en PDF: uno por su número, o todos los de un tipo emitidos en un periodo',
    number: 'el número del documento, p. ej. INV-2026-00001',
    pdfOut: 'el archivo PDF que se escribe (con --number)',
    batchFrom: 'primera fecha de emisión, p. ej. 2026-01-01 (lote)',
    batchTo: 'última fecha de emisión, p. ej. 2026-12-31 (lote)',
    pdfType: 'tipo de documento',
    pdfOutDir: 'carpeta para los archivos PDF (lote)',
    pdfPaper:
      'tamaño de papel, solo para borradores: un documento emitido se imprime en el papel con que se emitió, así que este comando lo rechaza',
    ics: 'escribe la agenda (visitas y reuniones) como archivo iCalendar que importan las aplicaciones de calendario',
    icsExecutive: 'un comercial (por defecto: todo el equipo)',
    firstDay: 'primer día, p. ej. 2026-03-01',
    lastDay: 'último día, p. ej. 2026-03-31',
    icsOut: 'el archivo .ics que se escribe',
    daySheet: 'imprime en PDF el día de un comercial (visitas en orden, direcciones, contactos, notas)',
    daySheetExecutive: 'el comercial',
    daySheetDate: 'el día, p. ej. 2026-03-03',
    pdfFile: 'el archivo PDF que se escribe',
    report: 'informes para la dirección: el informe semanal, líneas de factura',
    reportWeekly: 'escribe el informe semanal de ventas (Excel o PDF) de una semana ISO',
    reportWeek: 'semana ISO, p. ej. 2026-W47 (por defecto: esta semana)',
    reportFormat: 'formato del archivo',
    reportOut: 'el archivo que se escribe (por defecto: weekly-report-<week>.<format>)',
    reportLanguage: 'el idioma del informe (por defecto: el idioma de impresión de la empresa)',
    invoiceLines: 'escribe en Excel las líneas de factura de un año',
    invoiceLinesYear: 'el año, p. ej. 2026',
    fileOut: 'el archivo que se escribe',
    verifactu: 'España, VERI*FACTU: registros de facturación para la AEAT',
    vfStatus: 'registros pendientes de envío y el último resultado',
    vfSend: 'envía los registros pendientes (contraseña en SALESDESK_CERTIFICATE_PASSWORD)',
    vfVerify: 'recalcula todas las huellas de la cadena; indica el primer eslabón roto',
    vfExport: 'escribe en un archivo XML los registros generados en un periodo, para una inspección',
    fromDate: 'primera fecha, p. ej. 2026-01-01',
    toDate: 'última fecha, p. ej. 2026-12-31',
    xmlOut: 'el archivo XML que se escribe',
    vfEvents:
      'escribe el registro de eventos de un periodo en un archivo XML firmado (contraseña en SALESDESK_CERTIFICATE_PASSWORD)',
    einvoice:
      'escribe facturas electrónicas EN 16931 (UBL, CII o Factur-X): una por su número, o un periodo en una carpeta',
    einvoiceFormat: 'ubl, cii o facturx',
    einvoiceOut: 'el archivo que se escribe (con --number)',
    einvoiceType: 'qué documentos (lote)',
    einvoiceOutDir: 'carpeta para los archivos (lote)',
    nav: 'NAV Online Számla (Hungría): cola de comunicación e InvoiceData',
    navStatus: 'cuántas facturas esperan a NAV, el último resultado y lo que requiere atención',
    navSend:
      'envía a NAV las comunicaciones pendientes y recoge las respuestas (credenciales en las variables SALESDESK_NAV_*)',
    navExport: 'escribe el XML InvoiceData comunicado de un documento',
    campaign: 'imprime una campaña postal: etiquetas de dirección y cartas',
    campaignLabels:
      'etiquetas de dirección para las direcciones postales con consentimiento de un segmento guardado',
    campaignSegment: 'el segmento guardado, por su nombre',
    campaignLayout: 'la hoja de etiquetas',
    campaignLetters: 'una carta por destinatario, en su idioma',
    campaignNumber: 'el número de la campaña'
  },
  ca: {
    program: 'Salesdesk: clients, documents i xifres setmanals per a administratius comercials.',
    version: 'mostra el número de versió',
    lang: 'idioma dels missatges (per defecte: el triat a Configuració; si no, LC_ALL, LC_MESSAGES o LANG)',
    help: 'mostra l’ajuda de l’ordre',
    db: 'el fitxer de la base de dades de Salesdesk',
    dbDefault: 'la vostra carpeta de dades',
    demo: 'crea una base de dades de demostració realista (amb accents i ciríl·lic)',
    demoDb: 'el fitxer nou de base de dades que s’omple',
    demoSize: 'petita o gran (100 000 clients)',
    demoSeed: 'llavor aleatòria, per a dades repetibles',
    demoCountry: 'ES: l’empresa espanyola; HU: una d’hongaresa que comunica a NAV',
    serve: 'executa Salesdesk al navegador des del servidor web local (només 127.0.0.1)',
    servePort: 'port d’escolta (per defecte: qualsevol port lliure)',
    serveOpen: 'obre l’adreça al navegador predeterminat',
    backup: 'escriu una còpia coherent de la base de dades en un fitxer nou',
    backupOut: 'el fitxer de còpia de seguretat que es crea',
    restore:
      'substitueix la base de dades per una còpia de seguretat (el fitxer actual es conserva al costat)',
    restoreFrom: 'el fitxer de còpia de seguretat que es restaura',
    verify:
      'comprova que cap document emès, cobrament, devolució o entrada d’activitat no s’ha modificat, esborrat o afegit d’amagat de Salesdesk',
    pdf: 'imprimeix documents en PDF: un pel seu número, o tots els d’un tipus emesos en un període',
    number: 'el número del document, p. ex. INV-2026-00001',
    pdfOut: 'el fitxer PDF que s’escriu (amb --number)',
    batchFrom: 'primera data d’emissió, p. ex. 2026-01-01 (lot)',
    batchTo: 'última data d’emissió, p. ex. 2026-12-31 (lot)',
    pdfType: 'tipus de document',
    pdfOutDir: 'carpeta per als fitxers PDF (lot)',
    pdfPaper:
      'mida del paper, només per a esborranys: un document emès s’imprimeix en el paper amb què es va emetre, així que aquesta ordre el rebutja',
    ics: 'escriu l’agenda (visites i reunions) com a fitxer iCalendar que importen les aplicacions de calendari',
    icsExecutive: 'un comercial (per defecte: tot l’equip)',
    firstDay: 'primer dia, p. ex. 2026-03-01',
    lastDay: 'últim dia, p. ex. 2026-03-31',
    icsOut: 'el fitxer .ics que s’escriu',
    daySheet: 'imprimeix en PDF el dia d’un comercial (visites en ordre, adreces, contactes, notes)',
    daySheetExecutive: 'el comercial',
    daySheetDate: 'el dia, p. ex. 2026-03-03',
    pdfFile: 'el fitxer PDF que s’escriu',
    report: 'informes per a la direcció: l’informe setmanal, línies de factura',
    reportWeekly: 'escriu l’informe setmanal de vendes (Excel o PDF) d’una setmana ISO',
    reportWeek: 'setmana ISO, p. ex. 2026-W47 (per defecte: aquesta setmana)',
    reportFormat: 'format del fitxer',
    reportOut: 'el fitxer que s’escriu (per defecte: weekly-report-<week>.<format>)',
    reportLanguage: 'l’idioma de l’informe (per defecte: l’idioma d’impressió de l’empresa)',
    invoiceLines: 'escriu en Excel les línies de factura d’un any',
    invoiceLinesYear: 'l’any, p. ex. 2026',
    fileOut: 'el fitxer que s’escriu',
    verifactu: 'Espanya, VERI*FACTU: registres de facturació per a l’AEAT',
    vfStatus: 'registres pendents d’enviar i l’últim resultat',
    vfSend: 'envia els registres pendents (contrasenya a SALESDESK_CERTIFICATE_PASSWORD)',
    vfVerify: 'recalcula totes les empremtes de la cadena; indica la primera baula trencada',
    vfExport: 'escriu en un fitxer XML els registres generats en un període, per a una inspecció',
    fromDate: 'primera data, p. ex. 2026-01-01',
    toDate: 'última data, p. ex. 2026-12-31',
    xmlOut: 'el fitxer XML que s’escriu',
    vfEvents:
      'escriu el registre d’esdeveniments d’un període en un fitxer XML signat (contrasenya a SALESDESK_CERTIFICATE_PASSWORD)',
    einvoice:
      'escriu factures electròniques EN 16931 (UBL, CII o Factur-X): una pel seu número, o un període en una carpeta',
    einvoiceFormat: 'ubl, cii o facturx',
    einvoiceOut: 'el fitxer que s’escriu (amb --number)',
    einvoiceType: 'quins documents (lot)',
    einvoiceOutDir: 'carpeta per als fitxers (lot)',
    nav: 'NAV Online Számla (Hongria): cua de comunicació i InvoiceData',
    navStatus: 'quantes factures esperen NAV, l’últim resultat i el que cal revisar',
    navSend:
      'envia a NAV les comunicacions pendents i recull les respostes (credencials a les variables SALESDESK_NAV_*)',
    navExport: 'escriu l’XML InvoiceData comunicat d’un document',
    campaign: 'imprimeix una campanya postal: etiquetes d’adreça i cartes',
    campaignLabels: 'etiquetes d’adreça per a les adreces postals amb consentiment d’un segment desat',
    campaignSegment: 'el segment desat, pel seu nom',
    campaignLayout: 'el full d’etiquetes',
    campaignLetters: 'una carta per destinatari, en el seu idioma',
    campaignNumber: 'el número de la campanya'
  },
  hu: {
    program: 'Salesdesk: ügyfelek, bizonylatok és heti számok értékesítési asszisztenseknek.',
    version: 'kiírja a verziószámot',
    lang: 'az üzenetek nyelve (alapértelmezés: a Beállításokban választott, különben LC_ALL, LC_MESSAGES vagy LANG)',
    help: 'megjeleníti a parancs súgóját',
    db: 'a Salesdesk-adatbázisfájl',
    dbDefault: 'az adatmappája',
    demo: 'valósághű bemutató adatbázist hoz létre (ékezetekkel és cirill betűkkel)',
    demoDb: 'a kitöltendő új adatbázisfájl',
    demoSize: 'kicsi vagy nagy (100 000 ügyfél)',
    demoSeed: 'véletlenszám-mag, megismételhető adatokhoz',
    demoCountry: 'ES: a spanyol cég; HU: egy magyar cég NAV-adatszolgáltatással',
    serve: 'a Salesdesk futtatása a böngészőben a helyi webkiszolgálóról (csak 127.0.0.1)',
    servePort: 'a figyelt port (alapértelmezés: bármely szabad port)',
    serveOpen: 'megnyitja a címet az alapértelmezett böngészőben',
    backup: 'az adatbázis ellentmondásmentes másolatát új fájlba írja',
    backupOut: 'a létrehozandó biztonsági mentés',
    restore: 'az adatbázist biztonsági mentésre cseréli (a jelenlegi fájl megmarad mellette)',
    restoreFrom: 'a visszaállítandó biztonsági mentés',
    verify:
      'ellenőrzi, hogy egyetlen kiállított bizonylatot, befizetést, visszautalást vagy tevékenységbejegyzést sem módosítottak, töröltek vagy adtak hozzá a Salesdesk megkerülésével',
    pdf: 'bizonylatok nyomtatása PDF-be: egy a sorszáma alapján, vagy egy típus összes bizonylata egy időszakból',
    number: 'a bizonylat sorszáma, pl. INV-2026-00001',
    pdfOut: 'a kiírandó PDF-fájl (--number mellett)',
    batchFrom: 'első kiállítási dátum, pl. 2026-01-01 (köteg)',
    batchTo: 'utolsó kiállítási dátum, pl. 2026-12-31 (köteg)',
    pdfType: 'bizonylattípus',
    pdfOutDir: 'mappa a PDF-fájloknak (köteg)',
    pdfPaper:
      'papírméret, csak piszkozatokhoz: a kiállított bizonylat azon a papíron nyomtatódik, amelyen kiállították, ezért ez a parancs elutasítja',
    ics: 'a beosztást (látogatások és megbeszélések) naptáralkalmazásokba importálható iCalendar-fájlba írja',
    icsExecutive: 'egy értékesítő (alapértelmezés: az egész csapat)',
    firstDay: 'első nap, pl. 2026-03-01',
    lastDay: 'utolsó nap, pl. 2026-03-31',
    icsOut: 'a kiírandó .ics-fájl',
    daySheet:
      'egy értékesítő napját (látogatások sorrendben, címek, kapcsolattartók, jegyzetek) PDF-be nyomtatja',
    daySheetExecutive: 'az értékesítő',
    daySheetDate: 'a nap, pl. 2026-03-03',
    pdfFile: 'a kiírandó PDF-fájl',
    report: 'jelentések a vezetésnek: heti jelentés, számlatételek',
    reportWeekly: 'egy ISO-hét heti értékesítési jelentését írja ki (Excel vagy PDF)',
    reportWeek: 'ISO-hét, pl. 2026-W47 (alapértelmezés: ez a hét)',
    reportFormat: 'fájlformátum',
    reportOut: 'a kiírandó fájl (alapértelmezés: weekly-report-<week>.<format>)',
    reportLanguage: 'a jelentés nyelve (alapértelmezés: a cég nyomtatási nyelve)',
    invoiceLines: 'egy év számlatételeit Excelbe írja',
    invoiceLinesYear: 'az év, pl. 2026',
    fileOut: 'a kiírandó fájl',
    verifactu: 'Spanyolország, VERI*FACTU: számlázási rekordok az AEAT-nek',
    vfStatus: 'küldésre váró rekordok és az utolsó eredmény',
    vfSend: 'elküldi a várakozó rekordokat (jelszó: SALESDESK_CERTIFICATE_PASSWORD)',
    vfVerify: 'a lánc minden lenyomatát újraszámolja; megnevezi az első hibás láncszemet',
    vfExport: 'egy időszak rekordjait XML-fájlba írja, ellenőrzéshez',
    fromDate: 'első dátum, pl. 2026-01-01',
    toDate: 'utolsó dátum, pl. 2026-12-31',
    xmlOut: 'a kiírandó XML-fájl',
    vfEvents: 'egy időszak eseménynaplóját aláírt XML-fájlba írja (jelszó: SALESDESK_CERTIFICATE_PASSWORD)',
    einvoice:
      'EN 16931 e-számlák kiírása (UBL, CII vagy Factur-X): egy a sorszáma alapján, vagy egy időszak egy mappába',
    einvoiceFormat: 'ubl, cii vagy facturx',
    einvoiceOut: 'a kiírandó fájl (--number mellett)',
    einvoiceType: 'mely bizonylatok (köteg)',
    einvoiceOutDir: 'mappa a fájloknak (köteg)',
    nav: 'NAV Online Számla (Magyarország): adatszolgáltatási sor és InvoiceData',
    navStatus: 'hány számla vár a NAV-ra, az utolsó eredmény, és mi igényel figyelmet',
    navSend:
      'elküldi a várakozó adatszolgáltatásokat a NAV-nak, és begyűjti a válaszokat (hitelesítő adatok a SALESDESK_NAV_* változókban)',
    navExport: 'egy bizonylat beküldött InvoiceData XML-jét írja ki',
    campaign: 'postai kampány nyomtatása: címkék és levelek',
    campaignLabels: 'címkék egy mentett szegmens hozzájáruló postacímeihez',
    campaignSegment: 'a mentett szegmens, név szerint',
    campaignLayout: 'a címkeív',
    campaignLetters: 'címzettenként egy levél, a címzett nyelvén',
    campaignNumber: 'a kampány száma'
  },
  ru: {
    program: 'Salesdesk: клиенты, документы и еженедельные показатели для администраторов отдела продаж.',
    version: 'показать номер версии',
    lang: 'язык сообщений (по умолчанию: выбранный в Настройках, иначе LC_ALL, LC_MESSAGES или LANG)',
    help: 'показать справку по команде',
    db: 'файл базы данных Salesdesk',
    dbDefault: 'ваша папка данных',
    demo: 'создать реалистичную демонстрационную базу данных (с диакритикой и кириллицей)',
    demoDb: 'новый файл базы данных для заполнения',
    demoSize: 'маленькая или большая (100 000 клиентов)',
    demoSeed: 'начальное значение генератора, для повторяемых данных',
    demoCountry: 'ES: испанская компания; HU: венгерская, передающая данные в NAV',
    serve: 'запустить Salesdesk в браузере с локального веб-сервера (только 127.0.0.1)',
    servePort: 'порт для прослушивания (по умолчанию: любой свободный)',
    serveOpen: 'открыть адрес в браузере по умолчанию',
    backup: 'записать согласованную копию базы данных в новый файл',
    backupOut: 'создаваемый файл резервной копии',
    restore: 'заменить базу данных резервной копией (текущий файл сохраняется рядом)',
    restoreFrom: 'восстанавливаемый файл резервной копии',
    verify:
      'проверить, что ни один выставленный документ, платёж, возврат или запись журнала не были изменены, удалены или добавлены в обход Salesdesk',
    pdf: 'напечатать документы в PDF: один по номеру или все документы одного типа за период',
    number: 'номер документа, например INV-2026-00001',
    pdfOut: 'записываемый PDF-файл (с --number)',
    batchFrom: 'первая дата выставления, например 2026-01-01 (пакет)',
    batchTo: 'последняя дата выставления, например 2026-12-31 (пакет)',
    pdfType: 'тип документа',
    pdfOutDir: 'папка для PDF-файлов (пакет)',
    pdfPaper:
      'размер бумаги, только для черновиков: выставленный документ печатается на той бумаге, на которой был выставлен, поэтому команда его отклоняет',
    ics: 'записать расписание (визиты и встречи) в файл iCalendar для импорта в календари',
    icsExecutive: 'один менеджер по продажам (по умолчанию: вся команда)',
    firstDay: 'первый день, например 2026-03-01',
    lastDay: 'последний день, например 2026-03-31',
    icsOut: 'записываемый файл .ics',
    daySheet: 'напечатать в PDF день менеджера по продажам (визиты по порядку, адреса, контакты, заметки)',
    daySheetExecutive: 'менеджер по продажам',
    daySheetDate: 'день, например 2026-03-03',
    pdfFile: 'записываемый PDF-файл',
    report: 'отчёты для руководства: еженедельный отчёт, строки счетов',
    reportWeekly: 'записать еженедельный отчёт о продажах (Excel или PDF) за неделю ISO',
    reportWeek: 'неделя ISO, например 2026-W47 (по умолчанию: текущая)',
    reportFormat: 'формат файла',
    reportOut: 'записываемый файл (по умолчанию: weekly-report-<week>.<format>)',
    reportLanguage: 'язык отчёта (по умолчанию: язык печати компании)',
    invoiceLines: 'записать строки счетов за год в Excel',
    invoiceLinesYear: 'год, например 2026',
    fileOut: 'записываемый файл',
    verifactu: 'Испания, VERI*FACTU: записи о счетах для AEAT',
    vfStatus: 'записи, ожидающие отправки, и последний результат',
    vfSend: 'отправить ожидающие записи (пароль в SALESDESK_CERTIFICATE_PASSWORD)',
    vfVerify: 'пересчитать все хеши цепочки; назвать первое нарушенное звено',
    vfExport: 'записать записи за период в XML-файл, для проверки',
    fromDate: 'первая дата, например 2026-01-01',
    toDate: 'последняя дата, например 2026-12-31',
    xmlOut: 'записываемый XML-файл',
    vfEvents:
      'записать журнал событий за период в подписанный XML-файл (пароль в SALESDESK_CERTIFICATE_PASSWORD)',
    einvoice:
      'записать электронные счета EN 16931 (UBL, CII или Factur-X): один по номеру или за период в папку',
    einvoiceFormat: 'ubl, cii или facturx',
    einvoiceOut: 'записываемый файл (с --number)',
    einvoiceType: 'какие документы (пакет)',
    einvoiceOutDir: 'папка для файлов (пакет)',
    nav: 'NAV Online Számla (Венгрия): очередь передачи и InvoiceData',
    navStatus: 'сколько счетов ждут NAV, последний результат и что требует внимания',
    navSend:
      'отправить ожидающие передачи в NAV и получить ответы (учётные данные в переменных SALESDESK_NAV_*)',
    navExport: 'записать XML InvoiceData, переданный для одного документа',
    campaign: 'напечатать почтовую кампанию: адресные наклейки и письма',
    campaignLabels: 'адресные наклейки для почтовых адресов сохранённого сегмента, давших согласие',
    campaignSegment: 'сохранённый сегмент, по названию',
    campaignLayout: 'лист наклеек',
    campaignLetters: 'одно письмо на получателя, на языке получателя',
    campaignNumber: 'номер кампании'
  }
}

/** Commander's own words: its titles, usage tokens, notes and argument errors. */
const commanderEn = {
  usage: 'Usage:',
  options: 'Options:',
  commands: 'Commands:',
  arguments: 'Arguments:',
  globalOptions: 'Global Options:',
  optionsToken: '[options]',
  commandToken: '[command]',
  choices: 'choices: {{list}}',
  default: 'default: {{value}}',
  unknownOption: "error: unknown option '{{flag}}'",
  unknownCommand: "error: unknown command '{{name}}'",
  didYouMean: '(Did you mean {{what}}?)',
  missingArgument: "error: missing required argument '{{name}}'",
  optionMissingArgument: "error: option '{{flags}}' argument missing",
  missingMandatory: "error: required option '{{flags}}' not specified",
  invalidArgument: "error: option '{{flags}}' argument '{{value}}' is invalid.",
  allowedChoices: 'Allowed choices are {{list}}.',
  wholeNumber: 'Use a whole number between 0 and 65535.',
  campaignNumberArgument: 'Use the campaign number, e.g. 3.',
  executiveNumberArgument: 'Use the number of a sales executive, e.g. 3.',
  excessArguments: 'error: too many arguments'
}
export type CommanderKey = keyof typeof commanderEn

const commanderWords: Record<Language, Record<CommanderKey, string>> = {
  en: commanderEn,
  es: {
    usage: 'Uso:',
    options: 'Opciones:',
    commands: 'Comandos:',
    arguments: 'Argumentos:',
    globalOptions: 'Opciones generales:',
    optionsToken: '[opciones]',
    commandToken: '[comando]',
    choices: 'valores: {{list}}',
    default: 'por defecto: {{value}}',
    unknownOption: 'error: opción desconocida «{{flag}}»',
    unknownCommand: 'error: comando desconocido «{{name}}»',
    didYouMean: '(¿Quería decir {{what}}?)',
    missingArgument: 'error: falta el argumento obligatorio «{{name}}»',
    optionMissingArgument: 'error: falta el valor de la opción «{{flags}}»',
    missingMandatory: 'error: no se ha indicado la opción obligatoria «{{flags}}»',
    invalidArgument: 'error: el valor «{{value}}» de la opción «{{flags}}» no es válido.',
    allowedChoices: 'Valores admitidos: {{list}}.',
    wholeNumber: 'Use un número entero entre 0 y 65535.',
    campaignNumberArgument: 'Use el número de la campaña, p. ej. 3.',
    executiveNumberArgument: 'Use el número de un comercial, p. ej. 3.',
    excessArguments: 'error: demasiados argumentos'
  },
  ca: {
    usage: 'Ús:',
    options: 'Opcions:',
    commands: 'Ordres:',
    arguments: 'Arguments:',
    globalOptions: 'Opcions generals:',
    optionsToken: '[opcions]',
    commandToken: '[ordre]',
    choices: 'valors: {{list}}',
    default: 'per defecte: {{value}}',
    unknownOption: 'error: opció desconeguda «{{flag}}»',
    unknownCommand: 'error: ordre desconeguda «{{name}}»',
    didYouMean: '(Volíeu dir {{what}}?)',
    missingArgument: 'error: falta l’argument obligatori «{{name}}»',
    optionMissingArgument: 'error: falta el valor de l’opció «{{flags}}»',
    missingMandatory: 'error: no s’ha indicat l’opció obligatòria «{{flags}}»',
    invalidArgument: 'error: el valor «{{value}}» de l’opció «{{flags}}» no és vàlid.',
    allowedChoices: 'Valors admesos: {{list}}.',
    wholeNumber: 'Feu servir un nombre enter entre 0 i 65535.',
    campaignNumberArgument: 'Feu servir el número de la campanya, p. ex. 3.',
    executiveNumberArgument: 'Feu servir el número d’un comercial, p. ex. 3.',
    excessArguments: 'error: massa arguments'
  },
  hu: {
    usage: 'Használat:',
    options: 'Kapcsolók:',
    commands: 'Parancsok:',
    arguments: 'Argumentumok:',
    globalOptions: 'Általános kapcsolók:',
    optionsToken: '[kapcsolók]',
    commandToken: '[parancs]',
    choices: 'lehetőségek: {{list}}',
    default: 'alapértelmezés: {{value}}',
    unknownOption: 'hiba: ismeretlen kapcsoló: „{{flag}}”',
    unknownCommand: 'hiba: ismeretlen parancs: „{{name}}”',
    didYouMean: '(Erre gondolt: {{what}}?)',
    missingArgument: 'hiba: hiányzik a kötelező argumentum: „{{name}}”',
    optionMissingArgument: 'hiba: hiányzik a(z) „{{flags}}” kapcsoló értéke',
    missingMandatory: 'hiba: nincs megadva a kötelező „{{flags}}” kapcsoló',
    invalidArgument: 'hiba: a(z) „{{flags}}” kapcsoló „{{value}}” értéke érvénytelen.',
    allowedChoices: 'Megengedett értékek: {{list}}.',
    wholeNumber: '0 és 65535 közötti egész számot adjon meg.',
    campaignNumberArgument: 'A kampány számát adja meg, pl. 3.',
    executiveNumberArgument: 'Egy értékesítő számát adja meg, pl. 3.',
    excessArguments: 'hiba: túl sok argumentum'
  },
  ru: {
    usage: 'Использование:',
    options: 'Параметры:',
    commands: 'Команды:',
    arguments: 'Аргументы:',
    globalOptions: 'Общие параметры:',
    optionsToken: '[параметры]',
    commandToken: '[команда]',
    choices: 'варианты: {{list}}',
    default: 'по умолчанию: {{value}}',
    unknownOption: 'ошибка: неизвестный параметр «{{flag}}»',
    unknownCommand: 'ошибка: неизвестная команда «{{name}}»',
    didYouMean: '(Возможно, вы имели в виду {{what}}?)',
    missingArgument: 'ошибка: не указан обязательный аргумент «{{name}}»',
    optionMissingArgument: 'ошибка: не указано значение параметра «{{flags}}»',
    missingMandatory: 'ошибка: не указан обязательный параметр «{{flags}}»',
    invalidArgument: 'ошибка: значение «{{value}}» параметра «{{flags}}» недопустимо.',
    allowedChoices: 'Допустимые значения: {{list}}.',
    wholeNumber: 'Укажите целое число от 0 до 65535.',
    campaignNumberArgument: 'Укажите номер кампании, например 3.',
    executiveNumberArgument: 'Укажите номер менеджера по продажам, например 3.',
    excessArguments: 'ошибка: слишком много аргументов'
  }
}

/** A command's or option's description in the run's language. */
export const help = (key: HelpKey): string => helpWords[runLanguage()][key]

/** One of commander's own words (or the CLI's argument checks') in the run's language. */
export const commanderWord = (key: CommanderKey, params: Record<string, string> = {}): string =>
  fill(commanderWords[runLanguage()][key], params)

/** The titles commander gives its help sections (its own closed set of words). */
const titles: Record<string, CommanderKey | undefined> = {
  'Usage:': 'usage',
  'Options:': 'options',
  'Commands:': 'commands',
  'Arguments:': 'arguments',
  'Global Options:': 'globalOptions'
}

const tokens = (text: string): string =>
  text.replace('[options]', commanderWord('optionsToken')).replace('[command]', commanderWord('commandToken'))

/** "(choices: …, default: …)" in the run's language (commander's optionDescription, without preset/env: none is used). */
function optionDescription(option: Option): string {
  const extra: string[] = []
  if (option.argChoices)
    extra.push(commanderWord('choices', { list: option.argChoices.map((c) => JSON.stringify(c)).join(', ') }))
  const shown =
    option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean')
  if (option.defaultValue !== undefined && shown)
    extra.push(
      commanderWord('default', {
        value: option.defaultValueDescription ?? JSON.stringify(option.defaultValue)
      })
    )
  return extra.length > 0 ? `${option.description} (${extra.join(', ')})`.trim() : option.description
}

/** Commander's errors are text: each of its forms is read back and said in the run's language. */
const errorForms: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [
    /^error: unknown option '(.+?)'(?:\n\(Did you mean (?:one of )?(.+)\?\))?$/s,
    (m) => withSuggestion(commanderWord('unknownOption', { flag: m[1] }), m[2])
  ],
  [
    /^error: unknown command '(.+?)'(?:\n\(Did you mean (?:one of )?(.+)\?\))?$/s,
    (m) => withSuggestion(commanderWord('unknownCommand', { name: m[1] }), m[2])
  ],
  [/^error: missing required argument '(.+)'$/s, (m) => commanderWord('missingArgument', { name: m[1] })],
  [
    /^error: option '(.+)' argument missing$/s,
    (m) => commanderWord('optionMissingArgument', { flags: m[1] })
  ],
  [
    /^error: required option '(.+)' not specified$/s,
    (m) => commanderWord('missingMandatory', { flags: m[1] })
  ],
  [
    /^error: option '(.+?)' argument '(.*)' is invalid\. (.*)$/s,
    (m) => {
      const choices = /^Allowed choices are (.*)\.$/.exec(m[3])
      const why = choices ? commanderWord('allowedChoices', { list: choices[1] }) : m[3]
      return `${commanderWord('invalidArgument', { flags: m[1], value: m[2] })} ${why}`
    }
  ],
  [/^error: too many arguments.*: (.*)\.$/s, (m) => `${commanderWord('excessArguments')}: ${m[1]}`]
]

function withSuggestion(text: string, suggestion: string | undefined): string {
  return suggestion === undefined ? text : `${text}\n${commanderWord('didYouMean', { what: suggestion })}`
}

/** An error commander wrote, in the run's language (a form it does not know stays as it is). */
function commanderError(text: string): string {
  const message = text.replace(/\n$/, '')
  for (const [form, say] of errorForms) {
    const match = form.exec(message)
    if (match) return `${say(match)}\n`
  }
  return text
}

/**
 * Makes commander speak the run's language: call on the program before any command is added (the
 * subcommands inherit the help, the help option and command, and the error output).
 */
export function speakCommander(program: Command): Command {
  return program
    .helpOption('-h, --help', help('help'))
    .helpCommand('help [command]', help('help'))
    .configureHelp({
      styleTitle: (title: string) => {
        const key = titles[title]
        return key ? commanderWord(key) : title
      },
      commandUsage: (cmd: Command) => tokens(Help.prototype.commandUsage.call(new Help(), cmd)),
      subcommandTerm: (cmd: Command) => tokens(Help.prototype.subcommandTerm.call(new Help(), cmd)),
      optionDescription
    })
    .configureOutput({
      outputError: (text, write) => {
        write(commanderError(text))
      }
    })
}
