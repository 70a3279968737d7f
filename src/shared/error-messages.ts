/**
 * The English text of every message Salesdesk's core gives by key (see errors.ts). The renderer
 * translates the same keys (src/renderer/src/errors/strings.ts, namespace `messages`); the English
 * text here is the fallback the command line and the logs show. {{name}} is a parameter.
 * Keys are flat (one level) so `t(\`messages.${key}\`)` reaches each of them.
 */
export const errorMessages = {
  // Any form
  correctMarkedFields: 'Please correct the marked fields.',
  somethingWentWrong:
    'Something went wrong and nothing was saved. Please try again; if it keeps happening, make a backup and contact support.',
  databaseDamaged:
    'Your Salesdesk database file is damaged, so this could not be read or saved. Restore your latest backup copy, or contact support.',
  notReachable: 'Salesdesk is not reachable. Is the Salesdesk window or `salesdesk serve` still running?',
  unknownOperation: 'There is no operation called "{{method}}".',
  notBackgroundJob: '"{{method}}" cannot run as a background job.',
  unknownOperationField: 'Unknown operation',

  // Field checks of the shared schemas
  fieldRequired: 'This field is required',
  nameRequired: 'Name is required',
  contactNameRequired: 'Contact name is required',
  skuRequired: 'SKU is required',
  unitRequired: 'Unit is required',
  titleRequired: 'Title is required',
  textRequired: 'The text is required',
  noteRequired: 'The note is required',
  reasonRequired: 'Reason is required',
  descriptionRequired: 'Description is required',
  outcomeRequired: 'Outcome is required',
  followUpRequired: 'Follow-up is required',
  fileNameRequired: 'File name is required',
  commentRequired: 'The comment is required',
  atMostCharacters: 'At most {{max}} characters',
  invalidEmail: 'Not a valid e-mail address, e.g. name@example.com',
  phoneCharacters: 'Use digits, spaces and + ( ) - . / only',
  codeCharacters: 'Use letters, digits and . _ - / only',
  countryCode: 'Use a two-letter country code, e.g. ES or HU',
  enterDays: 'Enter a number of days',
  wholeDays: 'Whole days only',
  notNegative: 'Cannot be negative',
  atMostDays: 'At most {{max}} days',
  atMostContacts: 'At most {{max}} contacts',
  wholeCents: 'Prices are whole cents',
  priceNotNegative: 'A price cannot be negative',
  vatNotNegative: 'VAT cannot be negative',
  vatAtMost100: 'VAT is at most 100 %',

  // Not found: one sentence per thing (the noun's gender changes the sentence in es/ca/ru)
  customerNotFound: 'Customer {{id}} does not exist (it may have been deleted).',
  productNotFound: 'Product {{id}} does not exist (it may have been deleted).',
  salesExecutiveNotFound: 'Sales executive {{id}} does not exist (it may have been deleted).',
  siteVisitNotFound: 'Site visit {{id}} does not exist (it may have been deleted).',
  meetingNotFound: 'Meeting {{id}} does not exist (it may have been deleted).',
  visitPlanNotFound: 'Visit plan {{id}} does not exist (it may have been deleted).',
  requestNotFound: 'Request {{id}} does not exist (it may have been deleted).',
  segmentNotFound: 'Segment {{id}} does not exist (it may have been deleted).',
  campaignNotFound: 'Campaign {{id}} does not exist (it may have been deleted).',
  segmentNameTaken: 'There is already a segment called "{{name}}".',
  campaignAlreadySent: 'The campaign "{{name}}" has been sent: its recipients and texts are a record now.',
  campaignNobodyToReach:
    'Nobody in the campaign "{{name}}" can be reached: no one has given consent and has an address for it.',
  notCampaignRecipient: 'This customer did not receive the campaign',
  documentNotFound: 'Document {{id}} does not exist (it may have been deleted).',
  deliveryNotFound: 'Delivery {{id}} does not exist (it may have been deleted).',
  paymentNotFound: 'Payment {{id}} does not exist (it may have been deleted).',
  investigationNotFound: 'Investigation {{id}} does not exist (it may have been deleted).',
  attachmentNotFound: 'Attachment {{id}} does not exist (it may have been deleted).',
  contractNotFound: 'Contract {{id}} does not exist (it may have been deleted).',
  linkNotFound: 'Link {{id}} does not exist (it may have been deleted).',

  // Customers, products, sales executives
  executiveDoesNotExist: 'This sales executive does not exist',
  productsDoNotExist: 'Some of the chosen products do not exist',
  customerCodeUsed: 'The customer code {{code}} is already used.',
  customerCodeUsedField: 'This code is already used by another customer',
  customerChangedElsewhere:
    'This customer was changed elsewhere since you opened it. Reload it, then make your change again.',
  customerHasHistory:
    'This customer has history (documents or visits), so it cannot be deleted. Archive it instead.',
  skuUsed: 'The SKU {{sku}} is already used.',
  skuUsedField: 'This SKU is already used by another product',

  // Weekly figures import (one message per problem row)
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
    'This workbook has no "{{activity}}" or "{{targets}}" sheet. Download the template and fill it in.',

  // Every import (imports/table.ts, customers, products, opening balances)
  importQuoteNotClosed:
    'A quote (") opened in this row is never closed, so the rest of the file could not be read. Close the quote or remove it.',
  importQuoteStray:
    'A quote (") is out of place in this row. Put the whole field in quotes and write a quote inside it twice ("").',
  importRowUnreadable: 'This row could not be read as CSV',
  importFormulaCell:
    'Cell {{cell}} holds a formula. Copy the sheet and paste values only, then import again.',
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

  // Documents (drafts, issuing, orders, invoices, credit and debit notes)
  currencyNotIso: '{{currency}} is not an ISO 4217 currency code',
  customerDoesNotExist: 'This customer does not exist',
  campaignDoesNotExist: 'This campaign does not exist',
  requestChangedElsewhere:
    'This request was changed elsewhere since you opened it. Reload it, then make your change again.',
  resolutionRequiredToClose: 'Say how the request was resolved before closing it',
  visitNotOfCustomer: 'No visit of this customer has that number',
  documentNumberNeeded: 'Enter a document number, e.g. INV-2026-00042',
  documentNotOfCustomer: 'No document {{number}} of this customer was found',
  requestAlreadyLinkedVisit: 'This request is already linked to the visit of {{date}}.',
  requestAlreadyLinkedDocument: 'This request is already linked to {{number}}.',
  validUntilBeforeIssue: 'Valid until must not be before the issue date',
  draftChangedElsewhere:
    'This draft was changed elsewhere since you opened it. Reload it, then make your change again.',
  noteSameCustomer: 'A credit or debit note is for the customer of the invoice it corrects.',
  nothingToTakeOver: 'There is nothing left to take over from this document.',
  estimateExpired: 'Estimate {{number}} expired on {{date}}. Revise it to send a new one.',
  onlyOrderInvoiced: 'Only an order can be invoiced this way.',
  orderFullyInvoiced: 'Order {{number}} is fully invoiced.',
  nothingDeliveredToInvoice: 'Nothing delivered on order {{number}} is left to invoice.',
  onlyEstimateInvoiced: 'Only an estimate can be invoiced this way.',
  notesAgainstIssuedInvoice: 'Credit and debit notes are made against an issued invoice.',
  pickedLineNotOnInvoice: 'A picked line does not belong to this invoice.',
  lineCreditBeyond:
    'Line "{{description}}" cannot be credited beyond what was invoiced and not yet credited.',
  invoiceFullyCredited: 'Invoice {{number}} is already fully credited.',
  mustCorrectIssuedInvoice: 'A credit or debit note must correct an issued invoice.',
  sayWhyCorrected: 'Say why the invoice is corrected',
  creditLinesPicked: 'Every credit note line must be picked from the invoice.',
  addLineBeforeIssuing: 'Add at least one line before issuing.',
  deliveryBeforeOrder: 'A delivery cannot be dated before the order ({{date}}).',
  deliveredLineNotOnOrder: 'A delivered line does not belong to this order.',

  // Region settings (src/shared/region.ts)
  regionSameSeparators: 'The decimal mark and the thousands separator must differ',

  // Payment reminders
  reminderLevelNotReached:
    'No invoice is due for a level {{level}} reminder yet: the highest level due is {{reached}} ({{number}}). Each level follows the one before it, after the days set for it.',

  // Tax ids (src/shared/tax-ids.ts)
  taxIdVatForm: "This VAT id does not have its country's form: check the characters after the country code",
  taxIdGreekPrefix: 'Greek VAT ids start with EL, not GR',
  taxIdSpanishForm:
    'This is not a Spanish NIF, NIE or CIF: e.g. 12345678Z, X1234567L or B58378431 (ES in front for the VAT id)',
  taxIdSpanishLetter: 'The control letter of this NIF or NIE is wrong: check for a typing mistake',
  taxIdSpanishControl: 'The control character of this CIF is wrong: check for a typing mistake',
  taxIdHungarianForm:
    'A Hungarian tax number has 8-1-2 digits, e.g. 12345676-2-41 (HU and 8 digits for the EU VAT id)',
  taxIdHungarianCheck: 'The check digit of this Hungarian tax number is wrong: check for a typing mistake',
  taxIdHungarianParts: 'In a Hungarian tax number the 9th digit is 1 to 5 and the last two are a county code',
  // Payments (recording, returns, credit, investigations, statements, set-up)
  enterAmount: 'Enter an amount',
  amountsWholeCents: 'Amounts are whole cents',
  amountMoreThanZero: 'The amount must be more than zero',
  amountTooLarge: 'The amount is too large',
  sepaCharacters: 'Use letters, digits and + ? / - : ( ) . , only',
  bicForm: 'A BIC has 8 or 11 letters and digits, e.g. CAIXESBBXXX',
  cardLast4Only: 'Only the last four digits of the card',
  yearAndMonth: 'Use year and month, e.g. 2027-09',
  directDebitNeedsIban: 'Direct debit needs the customer’s IBAN',
  directDebitNeedsMandate: 'Direct debit needs the mandate reference',
  enterMandateDate: 'Enter the date the mandate was signed',
  chooseCardBrand: 'Choose the card brand',
  enterCardLast4: 'Enter the last four digits of the card',
  enterCardExpiry: 'Enter the card’s expiry, e.g. 2027-09',
  atMostInvoices: 'At most {{max}} invoices',
  enterBankFee: 'Enter the bank fee (0 when none)',
  feeNotNegative: 'The fee cannot be negative',
  feeTooLarge: 'The fee is too large',
  customerOwesInCurrencies: "This customer owes in {{currencies}}: choose the payment's currency",
  notInvoiceOfCustomer: 'Not an issued invoice or debit note of this customer',
  documentInOtherCurrency:
    '{{number}} is in {{currency}} and this payment in {{paymentCurrency}}: a payment pays only documents in its own currency',
  documentListedTwice: '{{number}} is listed twice',
  documentAlreadyPaid: '{{number}} is already paid',
  documentAlreadyPaidSentence: '{{number}} is already paid.',
  onlyOwedOn: 'Only {{amount}} is owed on {{number}}',
  allocationsExceedPayment: 'The invoices add up to {{amount}}, more than the payment',
  paymentInFuture: 'A payment cannot be dated in the future',
  paymentAlreadyReturned: 'This payment was already returned.',
  returnBeforeReceived: 'A payment cannot come back before it was received ({{date}})',
  returnInFuture: 'A return cannot be dated in the future',
  enterFeeToRebill: 'Enter the bank fee to re-bill it',
  noInvoiceToRebill:
    'This customer has no issued invoice in {{currency}} to re-bill the fee against. Record the return without re-billing.',
  noCreditToApply: '{{code}} {{name}} has no credit in {{currency}} to apply.',
  onlyCreditAvailable: 'Only {{amount}} of credit is available',
  investigationStepRefused: 'An investigation that is {{from}} cannot become {{to}}.',
  sayHowItEnded: 'Say how it ended',
  investigationOpenedOn: 'The investigation was opened on {{date}}',
  notInFuture: 'Cannot be in the future',
  statementPeriodReversed: 'The statement period starts after it ends.',
  nothingOverdue: '{{code}} {{name}} has nothing overdue on {{date}}: there is nothing to remind them of.',
  investigationOpen: 'open',
  investigationContacted: 'customer contacted',
  investigationResolved: 'resolved',
  investigationWrittenOff: 'written off',
  // Exchange rates and currencies
  enterPositiveRate: 'Enter a positive rate, e.g. 1.0823 (up to 10 decimals)',
  fileTooLarge: 'The file is too large',
  accountingCurrencyRate: '{{currency}} is the accounting currency: its rate is always 1',
  noRatesAgainst: 'This file has no rates against {{currency}}, the accounting currency.',
  noRatesAgainstField: 'No rates against {{currency}}',
  ecbNotCsv: 'This is not a readable CSV file: {{detail}}',
  ecbNotRatesFile: 'This is not an ECB reference-rates file: the first column must be "Date"',
  ecbColumnNotCurrency: 'Column {{column}}: "{{value}}" is not an ISO 4217 currency code',
  ecbLineNotDate: 'Line {{line}}: "{{value}}" is not a date',
  ecbLineNotRate: 'Line {{line}}, {{currency}}: "{{value}}" is not a rate',
  currencyThreeLetters: 'Use a three-letter currency code, e.g. EUR',
  currencyNotIsoExample: 'Not an ISO 4217 currency code, e.g. EUR, HUF, GBP',
  // Documents' refusals that name a type or a status (the word is a key of its own below)
  documentNotEstimate: 'Document {{number}} is not an estimate.',
  documentNotOrder: 'Document {{number}} is not an order.',
  estimateCannotBeMarked: 'Estimate {{number}} is {{status}}: it cannot be marked {{to}}.',
  estimateNotRevisable: 'Estimate {{number}} is {{status}}: only a sent or declined estimate can be revised.',
  estimateNotToOrder: 'Estimate {{number}} is {{status}}: only an accepted estimate becomes an order.',
  estimateNotInvoiceable: 'Estimate {{number}} is {{status}}: only an accepted estimate can be invoiced.',
  estimateNotAccepted:
    'Estimate {{number}} is {{status}}, not accepted: it cannot be turned into an {{type}} any more.',
  orderNoDelivery: 'Order {{number}} is {{status}}: no delivery can be recorded.',
  orderNotCancellable: 'Order {{number}} is {{status}}: it cannot be cancelled.',
  orderNotInvoiceable: 'Order {{number}} is {{status}}: it cannot be invoiced.',
  lineLeftToDeliver: 'Line "{{description}}": only {{left}} {{unit}} are still to deliver, not {{quantity}}.',
  lineInvoicedBeyond:
    'Line "{{description}}" would be invoiced beyond its quantity: {{used}} of {{quantity}} already are.',
  lineCreditedBeyond:
    'Line "{{description}}" would be credited beyond its quantity: {{used}} of {{quantity}} already are.',
  numberedInDateOrder:
    'Each {{type}} is numbered in date order: this one cannot be dated {{date}}, before {{latest}}.',
  alreadyIssuedAs: 'This {{type}} is already issued as {{number}}.',
  documentIssuedUnchangeable:
    'The {{type}} {{number}} is issued and cannot be changed or deleted. Correct it with a credit or debit note instead.',
  draftTypeCannotChange: 'This draft is a {{type}}; its type cannot change.',
  creditNoteFromInvoice:
    'A credit note is always made from an issued invoice: open the invoice and choose "Credit note".',
  debitNoteFromInvoice:
    'A debit note is always made from an issued invoice: open the invoice and choose "Debit note".',
  amountsTooLargeToCompute: 'The amounts are too large to compute.',
  amountsTooLarge: 'The amounts are too large',
  noteInInvoiceCurrency:
    'A credit or debit note is in the currency of the invoice it corrects ({{currency}})',
  sellerMissing:
    "An invoice must show who issues it: fill in the company's {{missing}} in Settings → Company, then issue again.",
  sellerMissingField: 'Missing: {{missing}}',
  sellerLegalName: 'legal name',
  sellerAddress: 'address (street, city, country)',
  sellerTaxId: 'tax id',
  listOfTwo: '{{first}}, {{second}}',
  listOfThree: '{{first}}, {{second}}, {{third}}',
  buyerVatIdNeeded:
    'Line "{{description}}" is {{treatment}}: the customer\'s VAT id must be on the {{type}}. Add it to the customer, then issue again.',
  buyerVatIdField: 'The customer needs a VAT id for this VAT treatment',
  reverseCharge: 'reverse charge',
  intraCommunitySupply: 'an intra-community supply',
  documentTypeEstimate: 'estimate',
  documentTypeOrder: 'order',
  documentTypeInvoice: 'invoice',
  documentTypeCreditNote: 'credit note',
  documentTypeDebitNote: 'debit note',
  documentStatusDraft: 'a draft',
  documentStatusSent: 'sent',
  documentStatusAccepted: 'accepted',
  documentStatusDeclined: 'declined',
  documentStatusConverted: 'converted',
  documentStatusConfirmed: 'confirmed',
  documentStatusPartiallyDelivered: 'partially delivered',
  documentStatusDelivered: 'delivered',
  documentStatusCancelled: 'cancelled',
  documentStatusIssued: 'issued',
  // Request status moves (the status is a word by key)
  requestAlreadyInStatus: 'This request is already {{status}}.',
  requestNoBackToDraft: 'A request cannot go back to being a draft.',
  requestOpenBeforeClosing: 'A draft request must be opened before it can be closed.',
  requestStatusMoveRefused: 'A request that is {{from}} cannot be made {{to}}.',
  requestStatusDraft: 'a draft',
  requestStatusOpen: 'open',
  requestStatusClosed: 'closed',

  // VAT rates per country (src/shared/schemas/vat-rates.ts)
  vatRateZeroKind: 'A zero rate is 0 %, and 0 % is a zero rate',
  vatRateEndsBeforeStart: 'The last day is before the first day',
  vatRateOverlaps: 'The same country has this rate (or a standard rate) on the same days in row {{row}}',
  // VERI*FACTU event log (src/main/verifactu/event-log.ts, event-signature.ts)
  verifactuNoSpanishTaxId:
    'The company has no Spanish tax id (company profile): there is no VERI*FACTU event log to export.',
  verifactuCertificateToSign:
    'Choose the company certificate and enter its password in Settings, VERI*FACTU: the exported events are signed with it.',
  verifactuCertificateUnreadable:
    'The certificate file {{path}} could not be read; choose it again in Settings.',
  verifactuCertificatePassword: 'The certificate could not be opened: check its password, then try again.',
  // Settings and e-invoice schemas
  logoPngJpeg: 'The logo must be a PNG or JPEG image',
  prefixRequired: 'A prefix is required',
  lettersDigitsOnly: 'Use letters and digits only',
  atLeastOneVatRate: 'At least one VAT rate',
  localeForm: 'Use a locale such as es-ES or en-GB',
  sepaCreditorIdForm: 'A SEPA creditor identifier looks like ES12ZZZB12345674',
  periodEndsBeforeStart: 'The period ends before it starts'
} as const

export type ErrorKey = keyof typeof errorMessages
