/** The database file, backup and restore, demo data and the command line's files, dates and options. */
export const databaseErrorMessages = {
  storeUnreadable:
    '{{name}} could not be read (is it a folder, or a file you may not open?). It was left untouched.',
  storeNotSalesdesk: '{{name}} is an SQLite file but not a Salesdesk database. It was left untouched.',
  storeDamaged:
    '{{name}} could not be read: the file is damaged. It was left untouched; restore a backup copy (salesdesk restore --from FILE; automatic copies are in the "backups" folder beside it).',
  storeNewerVersion:
    '{{name}} was written by a newer version of Salesdesk (data version {{version}}; this one reads up to {{latest}}). Please update Salesdesk. The file was left untouched.',
  storeFolderReadOnly:
    'The folder {{folder}} is read-only, and Salesdesk must write beside {{name}} (its journal files). Move the file to a folder you may change, or allow changes to this folder. The file was left untouched.',
  storeFileReadOnly:
    '{{name}} is read-only (its permissions do not allow changes), so Salesdesk could not save anything in it. Allow changes to the file, or open a copy of it. The file was left untouched.',
  storeCannotOpen: '{{name}} could not be opened: {{reason}}',
  storeLockNotCreated:
    '{{name}} cannot be used: Salesdesk could not create {{lock}} beside it (is the folder read-only?). The file was left untouched.',
  storeInUse:
    '{{name}} is already open in another Salesdesk (the desktop app or `salesdesk serve`). Use that one, or close it first. The file was left untouched.',
  databaseIsFolder: '{{path}} is a folder; give the database file itself (for example {{example}}).',
  databaseFileEmpty: '{{path}} is empty; it is not a Salesdesk database.',
  notSqliteFile:
    '{{name}} is not a Salesdesk database or backup (it is not an SQLite file). Nothing was changed.',
  backupUnreadable: '{{name}} is damaged and cannot be read; nothing was restored. Choose another backup.',
  backupEmptySqlite: '{{name}} is not a Salesdesk backup (it is an empty SQLite file); nothing was restored.',
  backupOtherProgram:
    "{{name}} is not a Salesdesk backup (it is another program's SQLite file); nothing was restored.",
  backupNewerVersion:
    '{{name}} was written by a newer version of Salesdesk (data version {{version}}; this one reads up to {{latest}}); nothing was restored. Update Salesdesk first.',
  backupNoVersion: '{{name}} has no Salesdesk data version; nothing was restored.',
  backupDamaged:
    "{{name}} is damaged (SQLite's integrity check found: {{finding}}); nothing was restored. Choose another backup.",
  backupDamagedAndMore:
    "{{name}} is damaged (SQLite's integrity check found: {{finding}}, and more); nothing was restored. Choose another backup.",
  recordsNotVerified: 'Records NOT verified: {{problem}}',
  demoNeedsEmptyDatabase:
    'This database already has (or once had) customers, products or sales executives; demo data goes into a new, empty file.',
  noDocumentsInPeriod: 'No issued documents of that kind in this period.',
  useYear: 'Use a year such as 2026.',
  noIssuedDocumentNumbered: 'There is no issued document numbered {{number}}.',
  severalDocumentsNumbered: 'Several documents are numbered {{number}}; say which with --type ({{types}}).',
  unknownDocumentType: 'Unknown document type {{type}}; use one of {{types}}.',
  pdfPaperDraftsOnly:
    '--paper applies to drafts only: an issued document always prints on the paper it was issued on.',
  commandNumberOrBatch: 'Give either --number and --out, or --from, --to and --out-dir.',
  commandBatchNeeds: 'A batch needs --from and --to as dates like 2026-01-31, and --out-dir.',
  fileDoesNotExist: '{{path}} does not exist; check the file name.',
  fileAlreadyExists: '{{path}} already exists; choose a new file name.',
  verifactuSendFailedQueue: 'The send failed; the records stay in the queue.',
  noDocumentNumbered: 'There is no document numbered {{number}}.',
  chainRecordDocument: '{{type}} {{number}}',
  chainRecordDocumentId: 'document {{id}}',
  chainRecordPayment: 'payment {{id}}',
  chainRecordPaymentReturn: 'payment return {{id}}',
  chainRecordActivity: 'activity entry {{id}}',
  chainContentChanged: 'The {{label}} was changed after it was recorded.',
  chainLinesChanged: 'The {{label}} had its lines changed after it was issued.',
  chainRecordMissing: 'The {{label}} was deleted (or un-issued) after it was recorded.',
  chainEntryEdited: 'The {{label}} has a chain entry that was edited or removed.',
  chainNotChained: 'The {{label}} was added behind Salesdesk’s back (it is not in the chain).',
  chainUnknownVersion: 'The {{label}} has a chain entry made by a newer Salesdesk.',
  databaseFileDamagedRestore:
    'The database file is damaged (SQLite found: {{finding}}). Close Salesdesk, keep this file, and restore your latest backup copy: salesdesk restore --db "{{path}}" --from BACKUP-FILE (copies made before upgrades are in the "backups" folder beside it). A restore is checked before it replaces anything.',
  unreadablePages: 'unreadable pages',
  backupWritten: 'Backup written',
  chainChangedOutside:
    'The database file was changed outside Salesdesk. Keep this file as evidence and restore a backup made before the change (salesdesk restore --from FILE).'
} as const
