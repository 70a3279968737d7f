import { keyed } from './errors'
import { lookup } from './required'
/**
 * IBAN and BIC checks for direct-debit mandates and the company's bank details:
 * the country's length and the ISO 13616 mod-97 check digits.
 */

/** IBAN lengths per country (SWIFT IBAN registry). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20
}

/** Removes spaces and dashes and upper-cases: "es91 2100-0418…" -> "ES9121000418…". */
export function compactIban(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase()
}

/** Groups of four for display and printing. */
export function formatIban(input: string): string {
  return compactIban(input).replace(/(.{4})(?=.)/g, '$1 ')
}

function mod97(digits: string): number {
  let remainder = 0
  for (let i = 0; i < digits.length; i += 7)
    remainder = Number(String(remainder) + digits.slice(i, i + 7)) % 97
  return remainder
}

export type IbanProblem = 'format' | 'country' | 'length' | 'checksum'

export function ibanProblem(input: string): IbanProblem | null {
  const iban = compactIban(input)
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$/.test(iban)) return 'format'
  const expected = lookup(IBAN_LENGTHS, iban.slice(0, 2))
  if (expected === undefined) return 'country'
  if (iban.length !== expected) return 'length'
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  const digits = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55))
  return mod97(digits) === 1 ? null : 'checksum'
}

/** Each problem's message by key (keyed text, as the schemas give it: see errors.ts). */
export const ibanMessages: Record<IbanProblem, string> = {
  format: keyed('ibanFormat'),
  country: keyed('ibanCountry'),
  length: keyed('ibanLength'),
  checksum: keyed('ibanChecksum')
}

export const isValidIban = (input: string) => ibanProblem(input) === null

/** BIC / SWIFT code: 8 or 11 characters (bank, country, location, optional branch). */
export function isValidBic(input: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(input.replace(/\s/g, '').toUpperCase())
}
