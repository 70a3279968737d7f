/** Strings of the settings page: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  settings: {
    title: 'Settings',
    database: 'Your data',
    databasePath: 'Database file',
    dataFolder: 'Data folder',
    schemaVersion: 'Database version',
    appVersion: 'Salesdesk version',
    backup: 'Back up now',
    backingUp: 'Backing up…',
    backupDone: 'Backup saved to {{path}} ({{size}}).',
    backupHint:
      'A backup is a full copy of the database file. Keep copies somewhere else too (USB stick, network drive).',
    records: {
      title: 'Records',
      hint: 'Issued documents, payments, returns and the activity log are chained with SHA-256: any change made to the database file outside Salesdesk shows here.',
      verified: 'Records verified',
      verifiedDetail: '{{entries}} entries checked, {{when}}',
      broken: 'Records NOT verified.',
      atEntry: 'First broken link: chain entry {{seq}}.',
      problems: {
        content_changed: 'The {{label}} was changed after it was recorded.',
        lines_changed: 'The {{label}} had its lines changed after it was issued.',
        record_missing: 'The {{label}} was deleted after it was recorded.',
        chain_edited: 'The chain entry of the {{label}} was edited or removed.',
        not_chained: 'The {{label}} was added outside Salesdesk.',
        unknown_version: 'The {{label}} was recorded by a newer Salesdesk.'
      },
      advice:
        'The database file was changed outside Salesdesk. Keep it as evidence and restore a backup made before the change.',
      verifyAll: 'Verify all records now',
      verifying: 'Verifying…'
    },
    language: 'Language',
    languageLabel: 'Language of Salesdesk',
    languages: {
      en: 'English',
      es: 'Español',
      ca: 'Català',
      hu: 'Magyar',
      ru: 'Русский'
    }
  },
  rates: {
    title: 'Exchange rates',
    intro:
      'How many units of a currency one {{currency}} buys on a date. Documents in another currency keep the rate of their issue date; weekly figures are converted at it.',
    date: 'Date',
    currency: 'Currency',
    rate: 'Rate (per 1 {{currency}})',
    add: 'Save rate',
    saved: 'Rate saved.',
    importLabel: 'Import ECB reference rates (CSV)',
    imported: '{{rates}} rates imported ({{days}} days, {{first}} – {{last}}).',
    none: 'No exchange rates yet.',
    listLabel: 'Exchange rates',
    source_manual: 'entered',
    source_ecb_csv: 'ECB',
    frozen: 'Exchange rate (frozen at issue)',
    frozenValue: '1 {{accounting}} = {{rate}} {{currency}}, rate of {{date}}',
    vatIn: 'VAT in {{currency}}',
    totalIn: 'Total in {{currency}}'
  }
}

const languageNames = { en: 'English', es: 'Español', ca: 'Català', hu: 'Magyar', ru: 'Русский' }

const es: Strings<typeof en> = {
  settings: {
    title: 'Ajustes',
    database: 'Sus datos',
    databasePath: 'Archivo de base de datos',
    dataFolder: 'Carpeta de datos',
    schemaVersion: 'Versión de la base de datos',
    appVersion: 'Versión de Salesdesk',
    backup: 'Hacer copia de seguridad',
    backingUp: 'Copiando…',
    backupDone: 'Copia guardada en {{path}} ({{size}}).',
    backupHint:
      'Una copia de seguridad es una copia completa del archivo de base de datos. Guarde copias también en otro lugar (memoria USB, unidad de red).',
    records: {
      title: 'Registros',
      hint: 'Los documentos emitidos, los cobros, las devoluciones y el registro de actividad están encadenados con SHA-256: cualquier cambio hecho en el archivo fuera de Salesdesk se ve aquí.',
      verified: 'Registros verificados',
      verifiedDetail: '{{entries}} entradas comprobadas, {{when}}',
      broken: 'Registros NO verificados.',
      atEntry: 'Primer eslabón roto: entrada {{seq}} de la cadena.',
      problems: {
        content_changed: 'El registro «{{label}}» se modificó después de guardarse.',
        lines_changed: 'Las líneas de «{{label}}» se modificaron después de emitirse.',
        record_missing: 'El registro «{{label}}» se borró después de guardarse.',
        chain_edited: 'La entrada de la cadena de «{{label}}» se modificó o se borró.',
        not_chained: 'El registro «{{label}}» se añadió fuera de Salesdesk.',
        unknown_version: 'El registro «{{label}}» lo guardó una versión más reciente de Salesdesk.'
      },
      advice:
        'El archivo de base de datos se modificó fuera de Salesdesk. Consérvelo como prueba y restaure una copia de seguridad anterior al cambio.',
      verifyAll: 'Verificar ahora todos los registros',
      verifying: 'Verificando…'
    },
    language: 'Idioma',
    languageLabel: 'Idioma de Salesdesk',
    languages: languageNames
  },
  rates: {
    title: 'Tipos de cambio',
    intro:
      'Cuántas unidades de una moneda compra un {{currency}} en una fecha. Los documentos en otra moneda conservan el tipo de su fecha de emisión; las cifras semanales se convierten con él.',
    date: 'Fecha',
    currency: 'Moneda',
    rate: 'Tipo (por 1 {{currency}})',
    add: 'Guardar tipo',
    saved: 'Tipo guardado.',
    importLabel: 'Importar tipos de referencia del BCE (CSV)',
    imported: '{{rates}} tipos importados ({{days}} días, {{first}} – {{last}}).',
    none: 'Aún no hay tipos de cambio.',
    listLabel: 'Tipos de cambio',
    source_manual: 'introducido',
    source_ecb_csv: 'BCE',
    frozen: 'Tipo de cambio (fijado al emitir)',
    frozenValue: '1 {{accounting}} = {{rate}} {{currency}}, tipo del {{date}}',
    vatIn: 'IVA en {{currency}}',
    totalIn: 'Total en {{currency}}'
  }
}

const ca: Strings<typeof en> = {
  settings: {
    title: 'Configuració',
    database: 'Les vostres dades',
    databasePath: 'Fitxer de base de dades',
    dataFolder: 'Carpeta de dades',
    schemaVersion: 'Versió de la base de dades',
    appVersion: 'Versió de Salesdesk',
    backup: 'Fes una còpia de seguretat',
    backingUp: 'S’està copiant…',
    backupDone: 'Còpia desada a {{path}} ({{size}}).',
    backupHint:
      'Una còpia de seguretat és una còpia completa del fitxer de base de dades. Guardeu-ne còpies també en un altre lloc (memòria USB, unitat de xarxa).',
    records: {
      title: 'Registres',
      hint: 'Els documents emesos, els cobraments, les devolucions i el registre d’activitat estan encadenats amb SHA-256: qualsevol canvi fet al fitxer fora de Salesdesk es veu aquí.',
      verified: 'Registres verificats',
      verifiedDetail: '{{entries}} entrades comprovades, {{when}}',
      broken: 'Registres NO verificats.',
      atEntry: 'Primera baula trencada: entrada {{seq}} de la cadena.',
      problems: {
        content_changed: 'El registre «{{label}}» es va modificar després de desar-se.',
        lines_changed: 'Les línies de «{{label}}» es van modificar després d’emetre’s.',
        record_missing: 'El registre «{{label}}» es va esborrar després de desar-se.',
        chain_edited: 'L’entrada de la cadena de «{{label}}» es va modificar o esborrar.',
        not_chained: 'El registre «{{label}}» es va afegir fora de Salesdesk.',
        unknown_version: 'El registre «{{label}}» el va desar una versió més nova de Salesdesk.'
      },
      advice:
        'El fitxer de la base de dades es va modificar fora de Salesdesk. Conserveu-lo com a prova i restaureu una còpia de seguretat anterior al canvi.',
      verifyAll: 'Verifica ara tots els registres',
      verifying: 'S’està verificant…'
    },
    language: 'Idioma',
    languageLabel: 'Idioma de Salesdesk',
    languages: languageNames
  },
  rates: {
    title: 'Tipus de canvi',
    intro:
      'Quantes unitats d’una moneda compra un {{currency}} en una data. Els documents en una altra moneda conserven el tipus de la data d’emissió; les xifres setmanals s’hi converteixen.',
    date: 'Data',
    currency: 'Moneda',
    rate: 'Tipus (per 1 {{currency}})',
    add: 'Desa el tipus',
    saved: 'Tipus desat.',
    importLabel: 'Importa els tipus de referència del BCE (CSV)',
    imported: '{{rates}} tipus importats ({{days}} dies, {{first}} – {{last}}).',
    none: 'Encara no hi ha tipus de canvi.',
    listLabel: 'Tipus de canvi',
    source_manual: 'introduït',
    source_ecb_csv: 'BCE',
    frozen: 'Tipus de canvi (fixat en emetre)',
    frozenValue: '1 {{accounting}} = {{rate}} {{currency}}, tipus del {{date}}',
    vatIn: 'IVA en {{currency}}',
    totalIn: 'Total en {{currency}}'
  }
}

const hu: Strings<typeof en> = {
  settings: {
    title: 'Beállítások',
    database: 'Az Ön adatai',
    databasePath: 'Adatbázisfájl',
    dataFolder: 'Adatmappa',
    schemaVersion: 'Adatbázis-verzió',
    appVersion: 'Salesdesk-verzió',
    backup: 'Biztonsági mentés most',
    backingUp: 'Mentés folyamatban…',
    backupDone: 'A biztonsági mentés helye: {{path}} ({{size}}).',
    backupHint:
      'A biztonsági mentés az adatbázisfájl teljes másolata. Tartson másolatot máshol is (USB-meghajtón, hálózati meghajtón).',
    records: {
      title: 'Nyilvántartás',
      hint: 'A kiállított bizonylatok, befizetések, visszautalások és a tevékenységnapló SHA-256 lánccal védett: a fájl Salesdeskon kívüli módosítása itt látszik.',
      verified: 'A nyilvántartás ellenőrizve',
      verifiedDetail: '{{entries}} bejegyzés ellenőrizve, {{when}}',
      broken: 'A nyilvántartás NEM hiteles.',
      atEntry: 'Az első sérült láncszem: a lánc {{seq}}. bejegyzése.',
      problems: {
        content_changed: '„{{label}}” a rögzítése után megváltozott.',
        lines_changed: '„{{label}}” tételei a kiállítás után megváltoztak.',
        record_missing: '„{{label}}” a rögzítése után törölve lett.',
        chain_edited: '„{{label}}” láncbejegyzését módosították vagy törölték.',
        not_chained: '„{{label}}” a Salesdeskon kívül került be.',
        unknown_version: '„{{label}}” egy újabb Salesdesk rögzítette.'
      },
      advice:
        'Az adatbázisfájlt a Salesdeskon kívül módosították. Őrizze meg bizonyítékként, és állítson vissza egy a módosítás előtti biztonsági mentést.',
      verifyAll: 'Minden bejegyzés ellenőrzése most',
      verifying: 'Ellenőrzés…'
    },
    language: 'Nyelv',
    languageLabel: 'A Salesdesk nyelve',
    languages: languageNames
  },
  rates: {
    title: 'Árfolyamok',
    intro:
      'Egy {{currency}} hány egységet ér egy másik pénznemből az adott napon. A más pénznemű bizonylatok a kiállítás napi árfolyamot őrzik meg; a heti adatok ezzel számítódnak át.',
    date: 'Dátum',
    currency: 'Pénznem',
    rate: 'Árfolyam (1 {{currency}} után)',
    add: 'Árfolyam mentése',
    saved: 'Árfolyam mentve.',
    importLabel: 'EKB referencia-árfolyamok importálása (CSV)',
    imported: '{{rates}} árfolyam importálva ({{days}} nap, {{first}} – {{last}}).',
    none: 'Még nincs árfolyam.',
    listLabel: 'Árfolyamok',
    source_manual: 'kézi',
    source_ecb_csv: 'EKB',
    frozen: 'Árfolyam (a kiállításkor rögzítve)',
    frozenValue: '1 {{accounting}} = {{rate}} {{currency}}, {{date}} napi árfolyam',
    vatIn: 'Áfa ({{currency}})',
    totalIn: 'Végösszeg ({{currency}})'
  }
}

const ru: Strings<typeof en> = {
  settings: {
    title: 'Настройки',
    database: 'Ваши данные',
    databasePath: 'Файл базы данных',
    dataFolder: 'Папка данных',
    schemaVersion: 'Версия базы данных',
    appVersion: 'Версия Salesdesk',
    backup: 'Создать резервную копию',
    backingUp: 'Копирование…',
    backupDone: 'Резервная копия сохранена: {{path}} ({{size}}).',
    backupHint:
      'Резервная копия — это полная копия файла базы данных. Храните копии и в другом месте (USB-накопитель, сетевой диск).',
    records: {
      title: 'Записи',
      hint: 'Выставленные документы, платежи, возвраты и журнал действий связаны цепочкой SHA-256: любое изменение файла вне Salesdesk видно здесь.',
      verified: 'Записи проверены',
      verifiedDetail: 'проверено записей: {{entries}}, {{when}}',
      broken: 'Записи НЕ подтверждены.',
      atEntry: 'Первое нарушенное звено: запись цепочки № {{seq}}.',
      problems: {
        content_changed: 'Запись «{{label}}» изменена после сохранения.',
        lines_changed: 'Строки «{{label}}» изменены после выставления.',
        record_missing: 'Запись «{{label}}» удалена после сохранения.',
        chain_edited: 'Звено цепочки для «{{label}}» изменено или удалено.',
        not_chained: 'Запись «{{label}}» добавлена вне Salesdesk.',
        unknown_version: 'Запись «{{label}}» сохранена более новой версией Salesdesk.'
      },
      advice:
        'Файл базы данных изменён вне Salesdesk. Сохраните его как доказательство и восстановите резервную копию, сделанную до изменения.',
      verifyAll: 'Проверить все записи сейчас',
      verifying: 'Проверка…'
    },
    language: 'Язык',
    languageLabel: 'Язык Salesdesk',
    languages: languageNames
  },
  rates: {
    title: 'Курсы валют',
    intro:
      'Сколько единиц валюты стоит один {{currency}} на дату. Документы в другой валюте сохраняют курс даты выставления; еженедельные показатели пересчитываются по нему.',
    date: 'Дата',
    currency: 'Валюта',
    rate: 'Курс (за 1 {{currency}})',
    add: 'Сохранить курс',
    saved: 'Курс сохранён.',
    importLabel: 'Импорт справочных курсов ЕЦБ (CSV)',
    imported: 'Импортировано курсов: {{rates}} ({{days}} дн., {{first}} – {{last}}).',
    none: 'Курсов пока нет.',
    listLabel: 'Курсы валют',
    source_manual: 'вручную',
    source_ecb_csv: 'ЕЦБ',
    frozen: 'Курс (зафиксирован при выставлении)',
    frozenValue: '1 {{accounting}} = {{rate}} {{currency}}, курс на {{date}}',
    vatIn: 'НДС в {{currency}}',
    totalIn: 'Итого в {{currency}}'
  }
}

export const settingsStrings: Translations<typeof en> = { en, es, ca, hu, ru }
