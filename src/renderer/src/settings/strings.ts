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
    records: {
      title: 'Registros',
      hint: 'Los documentos emitidos, los cobros, las devoluciones y el registro de actividad están encadenados con SHA-256: cualquier cambio hecho en el archivo fuera de Salesdesk se ve aquí.',
      verified: 'Registros verificados',
      verifiedDetail: '{{entries}} entradas comprobadas, {{when}}',
      broken: 'Registros NO verificados.',
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
    languages: {
      en: 'English',
      es: 'Español'
    }
  }
}

export const settingsStrings: Translations<typeof en> = { en, es }
