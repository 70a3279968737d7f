/** The tax authorities: NAV reporting and VERI*FACTU (records, sending, the chain, the event log). */
export const authorityErrorMessages = {
  navNeedsTaxNumberExample:
    'NAV reporting needs the company’s Hungarian tax number (12345678-2-41) in the company profile.',
  navNoReport: 'This document has no NAV report (NAV reporting was off, or it is not an invoice).',
  navCredentialsMissing: "Enter the NAV technical user's {{missing}} in Settings → NAV first.",
  navCredentialsMissingSession:
    "Enter the NAV technical user's {{missing}} in Settings → NAV first (kept for this session only).",
  navSecretLogin: 'login',
  navSecretPassword: 'password',
  navSecretSignatureKey: 'signature key',
  navSecretExchangeKey: 'exchange key',
  navNeedsTaxNumber: 'NAV reporting needs the company’s Hungarian tax number in the company profile.',
  navReportingOff: 'NAV reporting is off (Settings → NAV).',
  navCannotReport: 'This cannot be reported to NAV: {{reason}}',
  navNothingToAnnul: 'This document was not reported to NAV, so there is nothing to annul.',
  navAnnulOnlyAccepted:
    'Only data NAV has accepted can be annulled: wait until NAV has processed this document.',
  navAnnulmentQueued: 'A technical annulment of this document is already queued or done.',
  navReportNotFound: 'NAV report {{id}} does not exist.',
  navResendOnlyRejected: 'Only a report NAV rejected can be sent again.',
  navOnlyInvoices: 'Only invoices, credit notes and debit notes are reported to NAV.',
  navSplitPayment:
    'This document has split payment (VAT category B), which Hungarian VAT does not have: it cannot be reported to NAV.',
  verifactuSplitPayment:
    'This document has split payment (VAT category B), which Spanish VAT does not have: it cannot be recorded for VERI*FACTU.',
  navDraftNotReported: 'A draft is not reported to NAV; issue it first.',
  navCompanyTaxNumberNotWhole:
    'The company\'s tax number "{{taxId}}" is not a whole Hungarian tax number (12345678-2-41).',
  navCompanyNoLegalName: 'The company has no legal name in the settings.',
  navCustomerTaxNumberNotHungarian:
    'The customer\'s tax number "{{taxId}}" is not a Hungarian tax number (12345678-2-41).',
  navAmountDecimals: 'NAV takes amounts with at most 2 decimals; {{currency}} has {{digits}}.',
  navNoHufRate:
    'There is no HUF exchange rate for {{currency}} on or before {{date}}: enter one, then issue again.',
  navTaxNumberCheckFailed: 'NAV could not check this tax number: {{reason}}',
  verifactuSimplifiedOverLimit:
    "An invoice without the customer's tax id is a simplified invoice, which may not exceed €3,000 including VAT; this one comes to {{total}}. Add the customer's tax id (NIF) and issue again.",
  verifactuSimplifiedOverLimitField: 'Needed above €3,000 including VAT (simplified invoice limit)',
  verifactuEurRate:
    'VERI*FACTU records are in euros: give the exchange rate of {{currency}} to EUR before issuing',
  verifactuOnlyIssued: 'Only issued documents have VERI*FACTU records.',
  verifactuOffCancel: 'VERI*FACTU is off: turn it on in Settings to cancel a record.',
  verifactuNoRecordToCancel: 'This document has no VERI*FACTU record to cancel.',
  verifactuRecordAlreadyCancelled: 'The record of {{number}} is already cancelled.',
  verifactuOnlyAltaCorrected: 'Only an alta record can be corrected; a cancellation is made again instead.',
  verifactuRecordNotCorrectable:
    'The record of {{number}} is {{status}}: only a rejected record or one accepted with errors is corrected.',
  verifactuStatusPending: 'pending',
  verifactuStatusAccepted: 'accepted',
  verifactuStatusAcceptedWithErrors: 'accepted with errors',
  verifactuStatusRejected: 'rejected',
  verifactuStatusCorrected: 'corrected',
  verifactuRecordAlreadyCorrected: 'The record of {{number}} was already corrected or cancelled.',
  verifactuOffCorrect: 'VERI*FACTU is off: turn it on in Settings to correct a record.',
  verifactuRecordNotFound: 'VERI*FACTU record {{id}} does not exist.',
  verifactuChooseCertificate: 'Choose the company certificate (a .p12 or .pfx file) in Settings, VERI*FACTU.',
  verifactuCertificatePasswordToSend: 'Enter the certificate password to send the VERI*FACTU records.',
  verifactuOptionsBeforeIssue: 'The VERI*FACTU options are chosen before issuing; this document is issued.',
  verifactuNeedsSpanishTaxId:
    'VERI*FACTU is for companies with a Spanish tax id: enter the company tax id (e.g. B12345678) in the company profile first',
  verifactuNoRecordsNoTaxId: 'The company has no Spanish tax id: there are no VERI*FACTU records.',
  giveFromToDates: 'Give --from and --to as dates, e.g. 2026-01-01, the first not after the second.',
  verifactuChainBroken: 'The chain is broken at {{place}}.',
  verifactuChainBrokenUnknown: 'The chain is broken at an unknown place.',
  verifactuNoSpanishTaxId:
    'The company has no Spanish tax id (company profile): there is no VERI*FACTU event log to export.',
  verifactuCertificateToSign:
    'Choose the company certificate and enter its password in Settings, VERI*FACTU: the exported events are signed with it.',
  verifactuCertificateUnreadable:
    'The certificate file {{path}} could not be read; choose it again in Settings.',
  verifactuCertificatePassword: 'The certificate could not be opened: check its password, then try again.',
  verifactuSendFailed: 'The records could not be sent: {{reason}}. They stay in the queue.',
  // Why a send to the AEAT failed (the reason above): the AEAT's own words and the system's error text are data.
  verifactuFailCertificate: 'the certificate could not be opened: check its password',
  verifactuFailConnection: 'no connection to the AEAT ({{error}})',
  verifactuFailTimeout: 'the AEAT did not answer within {{seconds}} s',
  verifactuFailServer: 'the AEAT’s server answered HTTP {{status}}: {{reason}}',
  verifactuFailNotXml: 'the answer is not XML',
  verifactuFailFault: 'the AEAT refused the request: {{fault}}',
  verifactuFailNotAnswer: 'the answer is not a VERI*FACTU answer',
  // What to do about a NAV report in trouble (its adviceKind).
  navAdviceTaxNumber:
    'NAV did not accept a tax number. Check the company’s and the customer’s tax numbers, then choose Send again. If the invoice itself carries a wrong tax number, issue a credit note and a new invoice.',
  navAdviceReference:
    'NAV does not know the invoice this one refers to, or already has this number. Make sure the original invoice is accepted first, then choose Send again.',
  navAdviceAnnulment:
    'NAV refused the technical annulment. A wrong invoice that NAV has accepted is corrected with a credit note instead.',
  navAdviceRejected:
    'NAV rejected this report. Correct what NAV names (company profile, customer, NAV settings), then choose Send again. If the invoice itself is wrong, issue a credit note.',
  navAdviceCredentials:
    'NAV refused the technical user. Check the login, password, signature key and exchange key in Settings → NAV; Salesdesk tries again by itself.',
  navAdviceConnection:
    'Salesdesk could not reach NAV and will try again by itself. If this keeps happening, check the internet connection and the NAV address in Settings → NAV.',
  navAdviceNoTransaction:
    'The report stays waiting and Salesdesk sends it again by itself. If this keeps happening, NAV’s service has a problem: try again later.',
  navAdviceService:
    'The trouble is on NAV’s side or in the NAV address, not in the invoice. Salesdesk tries again by itself; if it lasts, check the NAV address in Settings → NAV.'
} as const
