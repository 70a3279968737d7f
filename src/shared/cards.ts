import { ibanProblem } from './iban'

/**
 * Salesdesk stores a card's brand, last four digits and expiry only. A full card number
 * (PAN) typed anywhere — a card field, the notes, a contact's name — is refused at the
 * boundary, before validation, storage or logging.
 */

export const CARD_NUMBER_MESSAGE =
  'This looks like a full card number. For safety Salesdesk keeps only the card brand, the last four digits and the expiry date.'

/**
 * A run of digits with optional single spaces or dashes between them, at least 13 digits.
 * Not right after "+": "+49 170 12345675" is an international phone number, not a card.
 */
const CANDIDATE = /(?<![0-9+])[0-9](?:[ -]?[0-9]){12,}(?![0-9])/g

/**
 * The 13-19 digit numbers a run can hold: the whole run, and, where it is written in groups,
 * every stretch of whole groups ("12 4111 1111 1111 1111" holds "4111 1111 1111 1111").
 * Stretches inside an ungrouped run are not tried: long references would match by chance.
 */
function cardSizedNumbers(run: string): string[] {
  const groups = run.split(/[ -]/)
  const numbers: string[] = []
  for (let first = 0; first < groups.length; first++) {
    let digits = ''
    for (let last = first; last < groups.length && digits.length < 19; last++) {
      digits += groups[last]
      if (digits.length >= 13 && digits.length <= 19) numbers.push(digits)
    }
  }
  return numbers
}

/** Issuer prefixes of the card schemes (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro). */
const ISSUER_PREFIX = /^(?:4|5[1-5]|2[2-7]|3[47]|3[068]|35|6(?:011|5|4[4-9]|2)|5[06-8]|6[0-9])/

export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** An IBAN as typed: country, check digits, then letters and digits, in groups or not. */
const IBAN_SHAPED = /(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?:[ -]?[A-Za-z0-9]){10,30}(?![A-Za-z0-9])/g

/**
 * Valid IBANs are blanked out first: about one in 25 has a 13-19 digit run that passes Luhn
 * with an issuer prefix ("ES91 2100 …" grouped, or a whole Austrian or Belgian one), and a
 * customer's or the company's bank account must not be refused as a card.
 */
function withoutIbans(text: string): string {
  return text.replace(IBAN_SHAPED, (token) => {
    // The longest start of the token that is a valid IBAN (text may follow it: "… 1332 4111 1111 …").
    for (let end = token.length; end >= 15; end--) {
      if (/[A-Za-z0-9]/.test(token[end - 1]) && ibanProblem(token.slice(0, end)) === null)
        return ' '.repeat(end) + token.slice(end)
    }
    return token
  })
}

export function containsCardNumber(input: string): boolean {
  if (input.length < 13) return false
  const text = /[A-Za-z]{2}[0-9]{2}/.test(input) ? withoutIbans(input) : input
  for (const match of text.matchAll(CANDIDATE)) {
    for (const digits of cardSizedNumbers(match[0])) {
      if (ISSUER_PREFIX.test(digits) && passesLuhn(digits)) return true
    }
  }
  return false
}

/** Keys whose values are file contents, not typed text. */
const BINARY_KEY = /(?:base64|dataurl|bytes)$/i

/**
 * The dotted path of the first string in `value` that contains a card number, or null.
 * Paths look like zod's ("customer.contacts.0.name"), so forms can show the error in place.
 */
export function findCardNumber(value: unknown, path: string[] = [], depth = 0): string | null {
  if (depth > 12) return null
  if (typeof value === 'string') return containsCardNumber(value) ? path.join('.') || '_' : null
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findCardNumber(value[i], [...path, String(i)], depth + 1)
      if (found !== null) return found
    }
    return null
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (BINARY_KEY.test(key)) continue
      const found = findCardNumber(child, [...path, key], depth + 1)
      if (found !== null) return found
    }
  }
  return null
}
