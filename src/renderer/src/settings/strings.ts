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
  }
}

export const settingsStrings: Translations<typeof en> = { en, es, ca, hu, ru }
