import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  centsToDecimalString,
  formatMoney,
  parseMoneyToCents,
  parseVatRateToBasisPoints
} from '../../src/shared/money'
import { required } from '../../src/shared/required'

const cents = fc.integer({ min: -(10 ** 13), max: 10 ** 13 })

/** Writes cents the way people type them: grouping with space, dot, apostrophe or none; comma or dot for decimals. */
function typed(value: number, group: string, decimal: string, decimals: 0 | 1 | 2): string {
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(value)
  const whole = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group)
  const fraction = String(abs % 100).padStart(2, '0')
  if (decimals === 0) return `${sign}${whole}`
  return `${sign}${whole}${decimal}${decimals === 1 ? fraction[0] : fraction}`
}

describe('money in cents', () => {
  it('round-trips every amount through its decimal string', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const text = centsToDecimalString(c)
        expect(text).toMatch(/^-?\d+\.\d{2}$/)
        expect(parseMoneyToCents(text)).toBe(c)
      })
    )
  })

  it('reads amounts typed with thousand separators and either decimal mark', () => {
    const style = fc.constantFrom(
      { group: '', decimal: '.' },
      { group: '', decimal: ',' },
      { group: ' ', decimal: ',' },
      { group: '\u00a0', decimal: ',' },
      { group: '.', decimal: ',' },
      { group: ',', decimal: '.' },
      { group: "'", decimal: '.' }
    )
    fc.assert(
      fc.property(cents, style, fc.constantFrom(1 as const, 2 as const), (c, s, decimals) => {
        const value = decimals === 1 ? c - (c % 10) : c
        expect(parseMoneyToCents(`  ${typed(value, s.group, s.decimal, decimals)} `)).toBe(value)
      })
    )
  })

  it('reads whole amounts without decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 10), max: 10 ** 10 }), (units) => {
        expect(parseMoneyToCents(String(units))).toBe(units * 100)
      })
    )
  })

  it('gives integers or null, never fractions, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const result = parseMoneyToCents(text)
        if (result !== null) expect(Number.isSafeInteger(result)).toBe(true)
      })
    )
  })

  it('examples', () => {
    expect(parseMoneyToCents('1234.5')).toBe(123450)
    expect(parseMoneyToCents('1 234,50')).toBe(123450)
    expect(parseMoneyToCents('1.234,56')).toBe(123456)
    expect(parseMoneyToCents('1,234.56')).toBe(123456)
    expect(parseMoneyToCents('-3,2')).toBe(-320)
    expect(parseMoneyToCents('0,05')).toBe(5)
    expect(parseMoneyToCents(',5')).toBe(50)
    expect(parseMoneyToCents('0.1')).toBe(10)
    expect(parseMoneyToCents('12.')).toBe(1200)
    expect(parseMoneyToCents('1.234')).toBe(123400)
    expect(parseMoneyToCents('1,234,567.8')).toBe(123456780)
    // Typing mistakes are not amounts.
    for (const bad of [
      '',
      '   ',
      'abc',
      '1e5',
      '12,3,4a',
      '--1',
      '1-',
      '€',
      '.',
      '1.2.3,456',
      '12,3,4',
      '0.001',
      '1.234.56',
      '1.5.2026',
      '1,23.4',
      ',,5'
    ]) {
      expect(parseMoneyToCents(bad), bad).toBeNull()
    }
    expect(parseMoneyToCents('99999999999999999999')).toBeNull()
    expect(centsToDecimalString(5)).toBe('0.05')
    expect(centsToDecimalString(-5)).toBe('-0.05')
    expect(centsToDecimalString(-123456)).toBe('-1234.56')
  })

  it('"-0" is zero, not negative zero (which would show as "-0.00 €")', () => {
    for (const text of ['-0', '-0,00', '-0.0', '-,0']) {
      expect(Object.is(parseMoneyToCents(text), 0), text).toBe(true)
    }
    expect(
      formatMoney(required(parseMoneyToCents('-0,00'), "parseMoneyToCents('-0,00')"), 'EUR', 'en-GB')
    ).toBe('€0.00')
  })

  it('formats for display in the locale', () => {
    expect(formatMoney(123456, 'EUR', 'en-GB')).toBe('€1,234.56')
    expect(formatMoney(-5, 'EUR', 'en-GB')).toBe('-€0.05')
  })
})

describe('VAT rates in basis points', () => {
  it('reads typed rates', () => {
    expect(parseVatRateToBasisPoints('21')).toBe(2100)
    expect(parseVatRateToBasisPoints('5,5 %')).toBe(550)
    expect(parseVatRateToBasisPoints('5.55')).toBe(555)
    expect(parseVatRateToBasisPoints('0')).toBe(0)
    for (const bad of ['', 'x', '-1', '1.234', '21%%']) expect(parseVatRateToBasisPoints(bad), bad).toBeNull()
  })

  it('round-trips any rate with up to two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (bp) => {
        expect(
          parseVatRateToBasisPoints(`${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`)
        ).toBe(bp)
      })
    )
  })
})
