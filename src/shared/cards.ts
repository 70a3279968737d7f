import { ibanProblem } from './iban'
import { notTextCharacter } from './text'

/**
 * Salesdesk stores a card's brand, last four digits and expiry only. A full card number
 * (PAN) typed anywhere — a card field, the notes, a contact's name, a cell of an imported
 * file — is refused before validation, storage or logging.
 *
 * Text is read the way a person would read it: any Unicode decimal digit (full-width,
 * Arabic-Indic, Devanagari, ...) counts as its digit, and whitespace, punctuation, symbols,
 * control and format characters (zero-width spaces included) between digits are skipped.
 * Letters end a run of digits. One pass over the text, with a window of at most 19 digits:
 * the time is linear in the length, whatever the text holds.
 */

/** Typed text longer than this is refused before it is scanned (files travel in base64 fields). */
export const MAX_TEXT_LENGTH = 200_000

/**
 * Issuer prefixes of the card schemes (Visa 4, Mastercard 51-55 and 22-27, Amex 34/37, Diners
 * 30/36/38, JCB 35, Discover/UnionPay/Maestro 6, Maestro 50 and 56-58), from a number's first
 * two digits.
 */
function hasIssuerPrefix(first: number, second: number): boolean {
  switch (first) {
    case 4:
    case 6:
      return true
    case 5:
      return second !== 9
    case 2:
      return second >= 2 && second <= 7
    case 3:
      return second !== 1 && second !== 2 && second !== 3 && second !== 9
    default:
      return false
  }
}

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
 * Valid IBANs are blanked out first (with letters, so digits on either side do not join up):
 * about one in 25 has a 13-19 digit run that passes Luhn with an issuer prefix, and a
 * customer's or the company's bank account must not be refused as a card. Length-preserving,
 * so positions found afterwards are positions in the original text.
 */
function withoutIbans(text: string): string {
  if (!/[A-Za-z]{2}[0-9]{2}/.test(text)) return text
  return text.replace(IBAN_SHAPED, (token) => {
    // The longest start of the token that is a valid IBAN (text may follow it: "… 1332 4111 1111 …").
    for (let end = token.length; end >= 15; end--) {
      if (/[A-Za-z0-9]/.test(token[end - 1]) && ibanProblem(token.slice(0, end)) === null)
        return 'x'.repeat(end) + token.slice(end)
    }
    return token
  })
}

/** A UUID as written (8-4-4-4-12 hex digits), e.g. a background job's id or a NAV/AEAT reference. */
const UUID_SHAPED = /(?<![A-Za-z0-9-])[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}(?![A-Za-z0-9-])/g

/**
 * UUIDs are blanked out too: about one random UUID in 850 holds a stretch of digit groups
 * ("…8ae2-279498964236") that passes Luhn with an issuer prefix, and asking for a job's status by
 * its id was refused as a card number now and then. Nobody writes a card number in this shape.
 */
function withoutUuids(text: string): string {
  if (text.length < 36 || !text.includes('-')) return text
  return text.replace(UUID_SHAPED, (token) => 'x'.repeat(token.length))
}

const BREAK = -1
const SEPARATOR = -2
const PLUS = -3
/** What a code point is to the scanner: a digit value 0-9 (or a run of them), a separator, or a break. */
type CharClass = number | string

const classCache = new Map<number, CharClass>()
// Default-ignorable code points render as nothing although some are letters (the Hangul fillers
// U+115F, U+1160, U+3164, U+FFA0): digits separated by them look like one number.
const SKIPPED = /^[\p{Z}\p{P}\p{S}\p{Cc}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}]*$/u
const DECIMAL_DIGIT = /^\p{Nd}$/u

/**
 * Unicode decimal digits come in runs of ten, zero first (a Unicode stability rule), so a
 * digit's value is its distance from the start of its run, modulo ten.
 */
function decimalValue(codePoint: number): number {
  let start = codePoint
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--
  return (codePoint - start) % 10
}

function classify(codePoint: number): CharClass {
  if (codePoint >= 48 && codePoint <= 57) return codePoint - 48
  if (codePoint === 43) return PLUS
  if (codePoint < 128)
    return (codePoint >= 65 && codePoint <= 90) || (codePoint >= 97 && codePoint <= 122) ? BREAK : SEPARATOR
  const cached = classCache.get(codePoint)
  if (cached !== undefined) return cached
  const char = String.fromCodePoint(codePoint)
  let result: CharClass
  if (DECIMAL_DIGIT.test(char)) result = decimalValue(codePoint)
  else {
    // NFKC turns compatibility forms (superscripts, circled numbers, ...) into ASCII.
    const folded = char.normalize('NFKC')
    if (/^[0-9]+$/.test(folded)) result = folded.length === 1 ? Number(folded) : folded
    else if (SKIPPED.test(folded)) result = SEPARATOR
    else result = BREAK
  }
  classCache.set(codePoint, result)
  return result
}

const MAX_DIGITS = 19
const MIN_DIGITS = 13
/** E.164 phone numbers have at most 15 digits: a run right after "+" that short is a phone. */
const MAX_PHONE_DIGITS = 15

/**
 * Calls `found` with the digit positions of every 13-19 digit stretch of whole groups that has
 * an issuer prefix and passes Luhn; stops when `found` returns false. Stretches are whole
 * groups ("12 4111 1111 1111 1111" holds "4111 1111 1111 1111"); an ungrouped run longer than
 * 19 digits holds none (long references would match by chance). Only the last 19 digits are
 * kept, so the work per group is bounded and the scan linear.
 */
function scanCardNumbers(input: string, found: (positions: number[]) => boolean): void {
  if (input.length < MIN_DIGITS) return
  const text = withoutUuids(withoutIbans(input))
  // The recent digits of the current run (values and their index in the text) and where each
  // recent group starts in them.
  let values: number[] = []
  let positions: number[] = []
  let groupStarts: number[] = []
  let groupStart = -1
  /** Index in `values` of the run's first group while it is still kept, else -1. */
  let runFirst = -1
  let runIsPhone = false
  let afterPlus = false
  /** Set when `found` asks to stop (an object: it is written inside closeGroup). */
  const halt = { now: false }

  const forget = () => {
    values = []
    positions = []
    groupStarts = []
    runFirst = -1
  }
  const closeGroup = () => {
    if (groupStart < 0) return
    const start = groupStart
    groupStart = -1
    const end = values.length
    if (end - start > MAX_DIGITS) {
      forget()
      return
    }
    groupStarts.push(start)
    // Stretches that end with this group, grown leftwards one group at a time: Luhn counts from the right.
    let sum = 0
    let next = end
    for (let g = groupStarts.length - 1; g >= 0; g--) {
      const from = groupStarts[g]
      if (end - from > MAX_DIGITS) break
      for (let k = next - 1; k >= from; k--) {
        const digit = values[k]
        sum += (end - 1 - k) % 2 === 1 ? (digit > 4 ? digit * 2 - 9 : digit * 2) : digit
      }
      next = from
      const length = end - from
      if (length < MIN_DIGITS) continue
      if (from === runFirst && runIsPhone && length <= MAX_PHONE_DIGITS) continue
      if (sum % 10 === 0 && hasIssuerPrefix(values[from], values[from + 1])) {
        if (!found(positions.slice(from, end))) {
          halt.now = true
          return
        }
      }
    }
    // Keep the buffers short: groups more than 19 digits back can no longer be part of a number.
    if (groupStarts.length > 64) {
      const keepFrom = groupStarts.findIndex((s) => end - s <= MAX_DIGITS)
      const base = groupStarts[keepFrom]
      values = values.slice(base)
      positions = positions.slice(base)
      groupStarts = groupStarts.slice(keepFrom).map((s) => s - base)
      runFirst = runFirst >= base ? runFirst - base : -1
    }
  }
  const endRun = () => {
    closeGroup()
    forget()
  }

  for (let index = 0; index < text.length && !halt.now;) {
    const codePoint = text.codePointAt(index) ?? 0
    const width = codePoint > 0xffff ? 2 : 1
    const kind = classify(codePoint)
    if (typeof kind === 'string' || kind >= 0) {
      if (groupStart < 0) {
        groupStart = values.length
        if (groupStarts.length === 0 && runFirst < 0 && values.length === 0) {
          runFirst = groupStart
          runIsPhone = afterPlus
        }
      }
      if (values.length - groupStart <= MAX_DIGITS) {
        if (typeof kind === 'number') {
          values.push(kind)
          positions.push(index)
        } else
          for (let k = 0; k < kind.length; k++) {
            values.push(kind.charCodeAt(k) - 48)
            positions.push(index)
          }
      }
      afterPlus = false
    } else if (kind === BREAK) {
      endRun()
      afterPlus = false
    } else if (kind === PLUS) {
      // A "+" starts a new run (an international phone number), never continues one.
      endRun()
      afterPlus = true
    } else closeGroup()
    index += width
  }
  if (!halt.now) closeGroup()
}

export function containsCardNumber(input: string): boolean {
  let hit = false
  scanCardNumbers(input, () => {
    hit = true
    return false
  })
  return hit
}

/**
 * Replaces every digit of each full card number in `input` by "•" except its last four, so the
 * text keeps its meaning ("card •••• •••• •••• 1111"). Returns how many numbers were masked.
 */
export function maskCardNumbers(input: string): { text: string; masked: number } {
  const hidden = new Set<number>()
  let masked = 0
  scanCardNumbers(input, (positions) => {
    masked++
    for (const position of positions.slice(0, -4)) hidden.add(position)
    return true
  })
  if (masked === 0) return { text: input, masked }
  let out = ''
  for (let index = 0; index < input.length;) {
    const codePoint = input.codePointAt(index) ?? 0
    const width = codePoint > 0xffff ? 2 : 1
    out += hidden.has(index) ? '•' : input.slice(index, index + width)
    index += width
  }
  return { text: out, masked }
}

/** Keys whose values are file contents, not typed text (the files' cells are scanned where they are read). */
const BINARY_KEY = /(?:base64|dataurl|bytes)$/i

export interface TextProblem {
  /** Dotted path like zod's ("customer.contacts.0.name"), so forms can show the error in place. */
  path: string
  /**
   * `control_character`: a C0 control (not tab or line breaks), DEL or a C1 control;
   * `not_character`: U+FFFE, U+FFFF or half a surrogate pair (no XML file can carry them).
   */
  problem: 'card_number' | 'too_long' | 'control_character' | 'not_character'
  /** The character found, as "U+0000" (control_character and not_character only). */
  code?: string
}

/**
 * The first string in `value` that is too long to take, holds a card number or a character that
 * is not text (a control character, U+FFFE/U+FFFF, half a surrogate pair), or null. Lengths are checked for the whole value first, so a huge text is refused
 * before any scan; card numbers before control characters (a number typed with NULs between its
 * digits is a card number first, and that refusal never echoes the text).
 */
export function findTextProblem(value: unknown): TextProblem | null {
  const strings: Array<{ path: string[]; text: string }> = []
  const collect = (node: unknown, path: string[], depth: number): TextProblem | null => {
    if (depth > 12) return null
    if (typeof node === 'string') {
      if (node.length > MAX_TEXT_LENGTH) return { path: path.join('.') || '_', problem: 'too_long' }
      strings.push({ path, text: node })
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const found = collect(node[i], [...path, String(i)], depth + 1)
        if (found) return found
      }
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (BINARY_KEY.test(key)) continue
        const found = collect(child, [...path, key], depth + 1)
        if (found) return found
      }
    }
    return null
  }
  const tooLong = collect(value, [], 0)
  if (tooLong) return tooLong
  for (const { path, text } of strings)
    if (containsCardNumber(text)) return { path: path.join('.') || '_', problem: 'card_number' }
  for (const { path, text } of strings) {
    // Typed text may have lines (a note); which fields are one line is the schemas' business.
    const found = notTextCharacter(text, true)
    if (found)
      return {
        path: path.join('.') || '_',
        problem: found.kind === 'control' ? 'control_character' : 'not_character',
        code: found.code
      }
  }
  return null
}

/** The dotted path of the first string in `value` that contains a card number, or null. */
export function findCardNumber(value: unknown): string | null {
  const found = findTextProblem(value)
  return found?.problem === 'card_number' ? found.path : null
}

/**
 * The index of the first cell of an imported row whose text holds a card number, or -1: files
 * travel as base64 and are scanned cell by cell where they are read.
 */
export function cardNumberCell(cells: readonly unknown[]): number {
  return cells.findIndex(
    (cell) =>
      (typeof cell === 'string' && containsCardNumber(cell)) ||
      (typeof cell === 'number' && Number.isInteger(cell) && containsCardNumber(String(cell)))
  )
}
