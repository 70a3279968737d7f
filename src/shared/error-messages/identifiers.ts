/** Tax ids (src/shared/tax-ids.ts) and IBANs (src/shared/iban.ts). */
export const identifierErrorMessages = {
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
  ibanFormat: 'An IBAN starts with two letters and two digits, e.g. ES91 2100 0418 4502 0005 1332',
  ibanCountry: 'This IBAN’s country code is not known',
  ibanLength: 'This IBAN has the wrong length for its country',
  ibanChecksum: 'This IBAN’s check digits do not match: a character is probably mistyped'
} as const
