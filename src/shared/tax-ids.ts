/**
 * Syntax checks of tax ids (issue 11), so a typing mistake is caught when the id is entered and
 * not by the tax office: EU VAT ids by their country prefix (the form of each member state,
 * after the European Commission's VIES rules), the Spanish NIF, NIE and CIF with their control
 * character, and the Hungarian tax number (adószám, 8-1-2 digits) with its check digit. Ids of
 * other countries are free text. Whether an id is registered is not checked (that needs VIES).
 */

import { keyed } from './errors'

/** The id without the spaces, dots, dashes and slashes people type into it, in capitals. */
export const compactTaxId = (taxId: string) => taxId.replace(/[\s.\-/]/g, '').toUpperCase()

/** What follows the prefix of an EU VAT id (Greece: EL; Northern Ireland: XI). */
const vatIdForms: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[0-9A-HJ-NP-Z]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/
}

/** The refusals by key (src/shared/error-messages/), as keyed text that forms and the API decode. */
export const taxIdMessages = {
  vatForm: keyed('taxIdVatForm'),
  greekPrefix: keyed('taxIdGreekPrefix'),
  spanishForm: keyed('taxIdSpanishForm'),
  spanishLetter: keyed('taxIdSpanishLetter'),
  spanishControl: keyed('taxIdSpanishControl'),
  hungarianForm: keyed('taxIdHungarianForm'),
  hungarianCheck: keyed('taxIdHungarianCheck'),
  hungarianParts: keyed('taxIdHungarianParts')
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'
const CIF_LETTERS = 'JABCDEFGHI'

/** The Spanish id checks: NIF of people (DNI, K/L/M), NIE of foreigners, CIF of companies. */
export function spanishTaxIdProblem(id: string): string | null {
  const person = /^(\d{8})([A-Z])$/.exec(id) ?? /^[KLM](\d{7})([A-Z])$/.exec(id)
  if (person) return DNI_LETTERS[Number(person[1]) % 23] === person[2] ? null : taxIdMessages.spanishLetter
  const foreigner = /^([XYZ])(\d{7})([A-Z])$/.exec(id)
  if (foreigner) {
    const number = Number(`${'XYZ'.indexOf(foreigner[1])}${foreigner[2]}`)
    return DNI_LETTERS[number % 23] === foreigner[3] ? null : taxIdMessages.spanishLetter
  }
  const company = /^([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])$/.exec(id)
  if (!company) return taxIdMessages.spanishForm
  const control = cifControl(company[2])
  const given = company[3]
  // Entities without profit and foreign ones use a letter; A, B, E and H companies a digit; others either.
  const letterOnly = 'NPQRSW'.includes(company[1])
  const digitOnly = 'ABEH'.includes(company[1])
  const ok = (given === String(control) && !letterOnly) || (given === CIF_LETTERS[control] && !digitOnly)
  return ok ? null : taxIdMessages.spanishControl
}

/** The CIF's control value of its 7 digits: odd places doubled (digits added), even ones as they are. */
function cifControl(sevenDigits: string): number {
  const digits = sevenDigits.split('').map(Number)
  const sum = digits.reduce(
    (total, d, i) => total + (i % 2 === 0 ? Math.floor((2 * d) / 10) + ((2 * d) % 10) : d),
    0
  )
  return (10 - (sum % 10)) % 10
}

/** The 8th digit of a Hungarian taxpayer id, from the first seven (weights 9, 7, 3, 1). */
function hungarianCheckDigit(sevenDigits: string): number {
  const weights = [9, 7, 3, 1, 9, 7, 3]
  const sum = weights.reduce((total, w, i) => total + w * Number(sevenDigits[i]), 0)
  return (10 - (sum % 10)) % 10
}

export const hungarianCheckDigitOk = (taxpayerId: string): boolean =>
  hungarianCheckDigit(taxpayerId.slice(0, 7)) === Number(taxpayerId[7])

/** A limited company's CIF (B and 7 digits) with its control digit, for demo data: 5837843 -> B58378431. */
export function spanishCompanyTaxId(number: number): string {
  const digits = String(number % 10_000_000).padStart(7, '0')
  return `B${digits}${cifControl(digits)}`
}

/** A Hungarian EU VAT id (HU and 8 digits) with its check digit, for demo data: 1062579 -> HU10625790. */
export function hungarianVatId(number: number): string {
  const digits = String(number % 10_000_000).padStart(7, '0')
  return `HU${digits}${hungarianCheckDigit(digits)}`
}

const HUNGARIAN_COUNTIES = new Set([
  ...Array.from({ length: 19 }, (_, i) => String(i + 2).padStart(2, '0')),
  '22',
  '41',
  '42',
  '44',
  '51'
])

/** The domestic form "12345676-2-41" (dashes optional). */
export function hungarianTaxNumberProblem(id: string): string | null {
  const match = /^(\d{8})(\d)(\d{2})$/.exec(id)
  if (!match) return taxIdMessages.hungarianForm
  if (!hungarianCheckDigitOk(match[1])) return taxIdMessages.hungarianCheck
  if (!/[1-5]/.test(match[2]) || !HUNGARIAN_COUNTIES.has(match[3])) return taxIdMessages.hungarianParts
  return null
}

/**
 * What is wrong with a tax id given with the party's country (ISO code of the address);
 * null when it passes or cannot be checked (ids of countries without a rule here).
 */
export function taxIdProblem(taxId: string, country: string): string | null {
  const id = compactTaxId(taxId)
  if (id === '') return null
  const prefix = id.slice(0, 2)
  const rest = id.slice(2)
  if (prefix === 'GR' && /^\d/.test(rest)) return taxIdMessages.greekPrefix
  const form = vatIdForms[prefix] as RegExp | undefined
  if (form) {
    if (!form.test(rest)) return taxIdMessages.vatForm
    if (prefix === 'ES') return spanishTaxIdProblem(rest)
    if (prefix === 'HU') return hungarianCheckDigitOk(rest) ? null : taxIdMessages.hungarianCheck
    return null
  }
  switch (country.trim().toUpperCase()) {
    case 'ES':
      return spanishTaxIdProblem(id)
    case 'HU':
      return hungarianTaxNumberProblem(id)
    default:
      return null
  }
}

/** A DomainError-style refusal of a party's tax id: the field path and the message, or null. */
export function taxIdRefusal(path: string, taxId: string, country: string): Record<string, string> | null {
  const problem = taxIdProblem(taxId, country)
  return problem === null ? null : { [path]: problem }
}
