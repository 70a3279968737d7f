import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compactIban, formatIban, ibanProblem, isValidBic, isValidIban } from '../../src/shared/iban'

/** Computes check digits with BigInt: an implementation independent of the chunked mod-97. */
function withCheckDigits(country: string, bban: string): string {
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  const check = 98n - (BigInt(numeric) % 97n)
  return `${country}${String(check).padStart(2, '0')}${bban}`
}

describe('IBAN', () => {
  it('accepts published example IBANs, in print or compact form', () => {
    for (const iban of [
      'ES91 2100 0418 4502 0005 1332',
      'HU42 1177 3016 1111 1018 0000 0000',
      'DE89370400440532013000',
      'gb29 nwbk 6016 1331 9268 19',
      'FR14 2004 1010 0505 0001 3M02 606'
    ]) {
      expect(ibanProblem(iban), iban).toBeNull()
    }
  })

  it('names the problem: format, unknown country, length, check digits', () => {
    expect(ibanProblem('2100 0418')).toBe('format')
    expect(ibanProblem('ZZ91 2100 0418 4502 0005 1332')).toBe('country')
    expect(ibanProblem('ES91 2100 0418 4502 0005 133')).toBe('length')
    expect(ibanProblem('ES92 2100 0418 4502 0005 1332')).toBe('checksum')
  })

  it('accepts any Spanish IBAN with correct check digits and catches any single mistyped digit', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{20}$/),
        fc.integer({ min: 4, max: 23 }),
        fc.integer({ min: 1, max: 9 }),
        (bban, position, delta) => {
          const iban = withCheckDigits('ES', bban)
          expect(isValidIban(iban)).toBe(true)
          const digit = (Number(iban[position]) + delta) % 10
          const typo = `${iban.slice(0, position)}${digit}${iban.slice(position + 1)}`
          expect(ibanProblem(typo)).toBe('checksum')
        }
      )
    )
  })

  it('formats in groups of four and compacts back', () => {
    expect(formatIban('es9121000418450200051332')).toBe('ES91 2100 0418 4502 0005 1332')
    expect(compactIban(formatIban('DE89370400440532013000'))).toBe('DE89370400440532013000')
  })

  it('checks BIC codes', () => {
    expect(isValidBic('CAIXESBBXXX')).toBe(true)
    expect(isValidBic('OTPV HUHB')).toBe(true)
    expect(isValidBic('CAIXESB')).toBe(false)
    expect(isValidBic('CAIX12BB')).toBe(false)
  })
})
