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
    source_ecb_csv: 'ECB'
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
    source_ecb_csv: 'BCE'
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
    source_ecb_csv: 'BCE'
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
    source_ecb_csv: 'EKB'
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
    source_ecb_csv: 'ЕЦБ'
  }
}

export const settingsStrings: Translations<typeof en> = { en, es, ca, hu, ru }
