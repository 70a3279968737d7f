import { describe, expect, it } from 'vitest'
import { CURRENCY_CODES, isCurrencyCode, minorUnits } from '../../src/shared/currencies'

describe('ISO 4217 currencies', () => {
  it('knows the minor units of the currencies our users invoice in', () => {
    expect(['EUR', 'HUF', 'RUB', 'GBP', 'USD', 'JPY', 'KWD'].map(minorUnits)).toEqual([2, 2, 2, 2, 2, 0, 3])
  })

  it('refuses codes that are not ISO 4217', () => {
    expect(isCurrencyCode('XYZ')).toBe(false)
    expect(isCurrencyCode('eur')).toBe(false)
    expect(() => minorUnits('XYZ')).toThrow(/Unknown currency/)
  })

  it('agrees with the runtime ICU data on which codes exist', () => {
    // ICU lists the currencies people pay in; ours adds only ISO's funds codes and VED.
    const icu = new Set(Intl.supportedValuesOf('currency'))
    const unknownToIcu = CURRENCY_CODES.filter((c) => !icu.has(c))
    expect(unknownToIcu).toEqual(['BOV', 'CHE', 'CHW', 'CLF', 'COU', 'MXV', 'USN', 'UYI', 'UYW', 'VED'])
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length)
  })
})
