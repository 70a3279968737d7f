/**
 * The card-number guard and IBANs: about one valid IBAN in 25 has a 13-19 digit run that passes
 * Luhn with a card issuer prefix (grouped Spanish ones, whole Austrian ones). Those must be
 * accepted for a direct-debit mandate, while a card number next to an IBAN is still refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { demoIban } from '../../src/main/demo/payments'
import { seededRandom } from '../../src/main/demo/random'
import { containsCardNumber } from '../../src/shared/cards'
import { formatIban, ibanProblem } from '../../src/shared/iban'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { seedDocuments, type Seeded } from './helpers'

/** Each of these was refused as "a full card number" before IBANs were set aside. */
const lookLikeCards = [
  'ES47 1615 4687 5757 6656 7788',
  'ES30 2106 2828 9136 0981 6476',
  'AT275660497563907424',
  'AT371471871258188191'
]

describe('card-number guard and IBANs', () => {
  it('accepts valid IBANs, grouped or not, that contain a Luhn-valid digit run', () => {
    for (const iban of lookLikeCards) {
      expect(ibanProblem(iban)).toBeNull()
      // The digits alone would be refused: the guard really looks at them.
      expect(containsCardNumber(`x ${iban.slice(2)}`), iban).toBe(true)
      expect(containsCardNumber(iban), iban).toBe(false)
      expect(containsCardNumber(`Direct debit from ${iban}, mandate MNDT-1`), iban).toBe(false)
    }
    const random = seededRandom(11)
    for (let i = 0; i < 2000; i++) {
      const iban = demoIban(random, random.pick(['ES', 'DE', 'AT', 'BE', 'HU', 'FR', 'PL', 'PT']))
      expect(containsCardNumber(formatIban(iban)) || containsCardNumber(iban), iban).toBe(false)
    }
  })

  it('still refuses a card number beside an IBAN, or in something only shaped like one', () => {
    expect(containsCardNumber('ES47 1615 4687 5757 6656 7788 4111 1111 1111 1111')).toBe(true)
    expect(containsCardNumber('IBAN ES9121000418450200051332, card 4111-1111-1111-1111')).toBe(true)
    // Not a valid IBAN (check digits): no exemption.
    expect(containsCardNumber('ES48 1615 4687 5757 6656 7788')).toBe(
      containsCardNumber('x 48 1615 4687 5757 6656 7788')
    )
    expect(containsCardNumber('AB12, 4111 1111 1111 1111')).toBe(true)
  })

  describe('through the API', () => {
    let desk: TestDesk
    let seed: Seeded
    beforeEach(async () => {
      desk = await openTestDesk()
      seed = await seedDocuments(desk)
    })
    afterEach(async () => {
      await desk.close()
    })

    it('saves a direct-debit mandate whose IBAN looks like a card number', async () => {
      const saved = await desk.call('paymentSetup.update', {
        customerId: seed.customerId,
        setup: {
          method: 'direct_debit',
          iban: lookLikeCards[0],
          bic: 'CAIXESBBXXX',
          mandateReference: 'MNDT-7',
          mandateSignedOn: '2026-01-10',
          cardBrand: null,
          cardLast4: '',
          cardExpiry: ''
        }
      })
      expect(saved.iban).toBe('ES4716154687575766567788')
    })
  })
})
