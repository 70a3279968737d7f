/** Imports: the weekly figures import (one message per problem row) and every other import
 * (imports/table.ts, customers, products, opening balances). */
export const importErrorMessages = {
  importExecutiveMissing: 'The sales executive is missing',
  importExecutiveUnknown: 'Unknown sales executive "{{value}}"',
  importExecutiveAmbiguous: 'Several sales executives are called "{{value}}": use the e-mail address instead',
  importWeekMissing: 'The week is missing',
  importWeekInvalid: '"{{value}}" is not an ISO week such as 2026-W47',
  importNotNumber: '{{column}}: "{{value}}" is not a number',
  importNegative: '{{column}} must not be negative ({{value}})',
  importNotWhole: '{{column}} must be a whole number ({{value}})',
  importTooLarge: '{{column}} is too large (at most {{value}})',
  importNotAmount: 'Value: "{{value}}" is not an amount',
  importTooManyDecimals: 'Value: {{value}} has more than 2 decimals',
  importValueTooLarge: 'Value is too large',
  importSameWeek: 'Same sales executive and week as row {{row}}',
  importSameTarget: 'Same sales executive, figure and date as row {{row}}',
  importUnknownFigure: 'Unknown figure "{{value}}": use {{choices}}',
  importUnknownPeriod: 'Unknown period "{{value}}": use week, month or quarter',
  importValueMissing: 'The value is missing',
  importValidFromMissing: 'The valid-from date is missing',
  importDateInvalid: '"{{value}}" is not a date like 2026-10-01',
  importNotWorkbook: 'This file is not an Excel workbook (.xlsx). Download the template and fill it in.',
  importNotXlsx: 'Not an .xlsx file',
  importNoSheets:
    'This workbook has no "{{activity}}" or "{{targets}}" sheet. Download the template and fill it in. Sheet names read: {{accepted}}.',
  /** The template's sheet names, as words in a message (the template's own: figures/template-words.ts). */
  importSheetActivity: 'Activity',
  importSheetTargets: 'Targets',
  importQuoteNotClosed:
    'A quote (") opened in this row is never closed, so the rest of the file could not be read. Close the quote or remove it.',
  importQuoteStray:
    'A quote (") is out of place in this row. Put the whole field in quotes and write a quote inside it twice ("").',
  importRowUnreadable: 'This row could not be read as CSV',
  importFormulaCell:
    'Cell {{cell}} holds a formula. Copy the sheet and paste values only, then import again.',
  importCardNumber:
    'This looks like a full card number. For safety Salesdesk keeps only the card brand, the last four digits and the expiry date.',
  importControlCharacter:
    'Cell {{cell}} holds a control character ({{code}}), which is not text. Remove it from the file, then import again.',
  importNotCharacter:
    'Cell {{cell}} holds {{code}}, which is not a character. Remove it from the file, then import again.',
  importLineBreak:
    'Cell {{cell}} holds a line break or a tab, and this field is one line of text. Put it on one line, then import again.',
  importCsvOrXlsx: 'Choose a .csv or .xlsx file',
  importChooseFile: 'Choose a file',
  importFileTooLarge: 'The file is too large (at most 20 MB)',
  importColumnNotMapped: 'No column of the file is chosen for "{{field}}"',
  importValueRequired: 'This value is required',
  importSameInFile: 'Same {{field}} as row {{row}}',
  importCustomerExists: 'Already in Salesdesk: customer {{code}} {{name}} has the same tax id',
  importCustomerNotFound: 'No customer has the code or tax id {{value}}',
  importNotADate: 'Not a date: {{value}} (write 2026-03-31 or 31/03/2026)',
  importNotAnAmount: 'Not an amount above zero in {{currency}}: {{value}}',
  importNotACurrency: 'Not a currency code (EUR, HUF…): {{value}}',
  importDueBeforeIssue: 'The due date is before the invoice date',
  importProductExists: 'Already in Salesdesk: product {{code}} {{name}}',
  importOpeningExists: 'Already in Salesdesk: opening balance {{number}} of this customer',
  importAmountInvalid: '"{{value}}" is not an amount, e.g. 1234.50',
  importCustomerUnknown: 'No customer has the number "{{value}}"',
  importNothingToImport: 'The file has no rows to import',
  importChoiceInvalid: '"{{value}}" is not one of: {{choices}}',
  templateWholeNumber: 'Enter a whole number, 0 or more',
  importPaymentColumnMissing:
    'The first row must name the columns; "{{column}}" is missing (expected: {{columns}})',
  importPaymentRecorded: 'This payment is already recorded (payment {{id}})',
  importNoPayments: 'The file has no payments',
  importCustomerNumberMissing: 'The customer number is missing',
  importPaymentDateInvalid: '"{{value}}" is not a date: use 2026-03-02 or 02/03/2026',
  importDateInFuture: '{{date}} is in the future',
  importMethodUnknown: 'Unknown method "{{value}}": use bank transfer, card or direct debit',
  importNotIssuedInvoice: '{{number}} is not an issued invoice of this customer'
} as const
