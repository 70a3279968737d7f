/** Documents: drafts, issuing, estimates, orders, deliveries, invoices, credit and debit notes,
 * e-invoices and sending by e-mail; document types and statuses are words of their own. */
export const documentErrorMessages = {
  einvoiceOnlyInvoices: 'Only invoices, credit notes and debit notes are e-invoices.',
  einvoiceVatMismatch:
    'The VAT of {{number}} does not add up per category and rate; it cannot be sent as an e-invoice.',
  einvoiceDraftVatMismatch:
    'The VAT of this draft does not add up per category and rate; it cannot be sent as an e-invoice.',
  einvoiceIssueFirst: 'A draft is not an e-invoice yet: issue it first.',
  einvoiceProblems: '{{number}} cannot be sent as an EN 16931 e-invoice: {{problems}}',
  fillDocumentFields: 'Please fill in every field documents need.',
  requiredToIssue: 'Required to issue documents',
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
  creditOnlyVatLeft:
    'Every line, charge and allowance of invoice {{number}} is credited; only {{amount}} of VAT is left. A credit note cannot carry VAT without an amount it is due on (EN 16931 BR-CO-17), so this remainder cannot be credited.',
  remainderChanged:
    'What is left to credit of invoice {{number}} changed since this draft was made: save the draft again to take what is open now.',
  addLineBeforeIssuing: 'Add at least one line before issuing.',
  deliveryBeforeOrder: 'A delivery cannot be dated before the order ({{date}}).',
  deliveredLineNotOnOrder: 'A delivered line does not belong to this order.',
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
  buyerVatIdNeeded:
    'Line "{{description}}" is {{treatment}}: the customer\'s VAT id must be on the {{type}}. Add it to the customer, then issue again.',
  buyerVatIdField: 'The customer needs a VAT id for this VAT treatment',
  distanceSaleRate:
    'This is a distance sale to a consumer in {{country}} and such sales are over the EU threshold, so the VAT of {{country}} applies (One-Stop Shop, OSS). Line "{{description}}" charges {{rate}} %, which is not a rate of {{country}}: give it the rate of {{country}} ("Apply to all lines"), then issue again.',
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
  mailNeedsAddress: 'An e-mail needs at least one address.',
  mailNotInOutbox: 'There is no e-mail #{{id}} in the outbox.',
  mailAlreadySent: 'This e-mail was already sent.',
  mailIssueFirst: 'Issue the document first: only issued documents are sent by e-mail.',
  mailDocumentNotSendable: 'This document cannot be sent by e-mail.',
  mailNotSetUp:
    'E-mail is not set up yet: enter the SMTP server and the sender address in Settings → E-mail.',
  mailPasswordNeeded: 'Enter the e-mail password in Settings → E-mail.',
  mailPasswordNeededSession:
    'Enter the e-mail password in Settings → E-mail (it is kept for this session only).',
  mailServerUnreachable: 'The e-mail server {{server}} cannot be reached ({{code}}); it will be tried again.',
  mailLoginRefused: 'The e-mail server {{server}} refused the user name or password.',
  mailSecureConnectionFailed:
    "The secure connection to {{server}} failed: check the security setting and the server's certificate.",
  mailServerAnswered: 'The e-mail server {{server}} answered: {{answer}}',
  mailSecureConnectionFailedBecause: 'The secure connection to {{server}} failed: {{detail}}',
  mailSendingFailed: 'Sending through {{server}} failed: {{detail}}',
  mailInterrupted:
    'Salesdesk stopped while this e-mail was being sent, so it may have arrived. Check with the recipient before sending it again.'
} as const
