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
      es: 'Español'
    }
  }
}

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
    languages: {
      en: 'English',
      es: 'Español'
    }
  }
}

export const settingsStrings: Translations<typeof en> = { en, es }
