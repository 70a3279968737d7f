import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { containsCardNumber, findCardNumber, passesLuhn } from '../../src/shared/cards'
import { customer, openTestDesk } from '../support/fixtures'
import { dumpDatabase } from '../support/dump'

/** Completes a number with its Luhn check digit (independent of passesLuhn's loop). */
function withCheckDigit(body: string): string {
  const digits = body.split('').map(Number).reverse()
  const sum = digits.reduce((acc, d, i) => acc + (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0)
  return body + String((10 - (sum % 10)) % 10)
}

describe('card numbers', () => {
  it('recognises well-known test card numbers, with or without separators', () => {
    for (const pan of [
      '4111111111111111',
      '4111 1111 1111 1111',
      '5500-0000-0000-0004',
      '378282246310005',
      '6011111111111117',
      '3530111333300000'
    ]) {
      expect(containsCardNumber(`paid with ${pan} yesterday`), pan).toBe(true)
    }
  })

  it('finds a card number written in groups right after other digits', () => {
    for (const text of [
      'ref 12 4111 1111 1111 1111',
      'tel 600 123 456 5500-0000-0000-0004 exp 12/28',
      '2026 3782 822463 10005'
    ]) {
      expect(containsCardNumber(text), text).toBe(true)
    }
    // Without groups there is no telling where a card number would start: long references stay allowed.
    expect(containsCardNumber('order 124111111111111111112')).toBe(false)
    // Only the UUID's own shape is passed over: a card number beside one is still found.
    expect(containsCardNumber('c141ab98-951e-4370-8ae2-279498964236 4111 1111 1111 1111')).toBe(true)
  })

  it('leaves ordinary numbers alone: phones, IBANs, tax ids, amounts, last four digits', () => {
    for (const text of [
      '+34 912 345 678',
      'ES91 2100 0418 4502 0005 1332',
      'HU12345678',
      '7712345678',
      'Visa •••• 1111 exp 12/28',
      'total 1 234 567,89',
      'INV-2026-00042',
      // Random UUIDs (a background job's id) whose digit groups pass Luhn with an issuer prefix.
      'c141ab98-951e-4370-8ae2-279498964236',
      'job 7BA36A54-0887-4731-8350-251D21DFF855 running',
      '3056949c-ad1f-4067-9629-5690708ca1f3'
    ]) {
      expect(containsCardNumber(text), text).toBe(false)
    }
  })

  it('never takes an id the app made (a UUID) for a card number', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        expect(containsCardNumber(`job ${id}`), id).toBe(false)
      }),
      { numRuns: 5000 }
    )
  })

  it('flags any Visa-like number whose check digit is right, and none whose check digit is wrong', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^4[0-9]{14}$/), (body) => {
        const pan = withCheckDigit(body)
        expect(passesLuhn(pan)).toBe(true)
        expect(containsCardNumber(pan)).toBe(true)
        const wrong = pan.slice(0, -1) + String((Number(pan.at(-1)) + 1) % 10)
        expect(containsCardNumber(wrong)).toBe(false)
      })
    )
  })

  it('reports the path of the field that holds it, skipping file contents', () => {
    expect(
      findCardNumber({ customer: { contacts: [{ name: 'x' }, { name: 'card 4111111111111111' }] } })
    ).toBe('customer.contacts.1.name')
    expect(findCardNumber({ attachment: { contentBase64: '4111111111111111' } })).toBeNull()
  })

  it('is refused at the API boundary for every method, and nothing is written', async () => {
    const desk = await openTestDesk()
    try {
      const before = dumpDatabase(desk.store.sqlite)
      const error = await desk.fail('customers.create', {
        customer: customer({ notes: 'Card: 4111 1111 1111 1111, exp 12/28' })
      })
      expect(error.code).toBe('invalid_input')
      expect(error.fields).toHaveProperty(['customer.notes'])
      expect(error.message).toMatch(/last four digits/)
      expect(JSON.stringify(error)).not.toContain('4111')
      expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
      expect((await desk.fail('customers.list', { search: '4111111111111111' } as never)).code).toBe(
        'invalid_input'
      )
    } finally {
      await desk.close()
    }
  })
})
