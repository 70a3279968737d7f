/**
 * A returned payment's bank fee re-billed on a debit note: the note's reason, notes and line are
 * Salesdesk's words printed on the customer's document, so they are in the customer's document
 * language (issue 14), with the glossary's "returned payment" and the language's dates and amounts.
 * The expected words are written here (glossary, the screens' reason labels), not read from the service.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resources } from '../../src/renderer/src/i18n/resources'
import { required } from '../../src/shared/required'
import { setDocumentLanguage } from '../documents/helpers'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { DAY, invoiceOf, payment, seedDocuments, type Seeded } from './helpers'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

/** Per language: the glossary's returned payment, 2 March 2026 and 1234.50 as its documents print them. */
const expected = {
  en: { returned: 'returned payment', date: '2 mar 2026', amount: '1,234.50 EUR' },
  es: { returned: 'devolución', date: '2 mar 2026', amount: '1.234,50 EUR' },
  ca: { returned: 'devolució', date: '2 de març 2026', amount: '1.234,50 EUR' },
  hu: { returned: 'visszautalt befizetés', date: '2026. márc. 2.', amount: '1 234,50 EUR' },
  ru: { returned: 'возвращённый платёж', date: '2 мар. 2026 г.', amount: '1 234,50 EUR' }
} as const

const reasonOf = (language: keyof typeof expected) => {
  const payments = resources[language].translation.payments as { reasons: Record<string, string> }
  return payments.reasons.insufficient_funds
}

describe("a re-billed bank fee's debit note", () => {
  for (const language of ['en', 'es', 'ca', 'hu', 'ru'] as const) {
    it(`is written in the customer's language: ${language}`, async () => {
      await setDocumentLanguage(desk, seed.customerId, language)
      await invoiceOf(desk, seed, 1234_50)
      const paid = await desk.call('payments.record', {
        payment: payment(seed, 1234_50, { method: 'direct_debit', reference: 'SEPA-77' })
      })
      desk.clock.advance(3 * DAY)
      const returned = await desk.call('payments.return', {
        id: paid.id,
        returnDate: '2026-03-04',
        reason: 'insufficient_funds',
        bankFeeCents: 4_50,
        rebill: true,
        note: ''
      })
      const note = await desk.call('documents.get', {
        id: required(returned.return?.debitNoteId, 'the debit note')
      })
      const words = expected[language]
      const texts = [note.reason, note.notes, note.lines[0].description].join('\n').toLowerCase()
      // Hungarian and Russian group thousands with a (narrow) no-break space.
      const plain = texts.replace(/[\u00a0\u202f]/g, ' ')
      expect(plain).toContain(words.returned)
      expect(plain).toContain(reasonOf(language).toLowerCase())
      expect(plain).toContain(words.date)
      expect(plain).toContain(words.amount.toLowerCase())
      expect(plain).toContain('sepa-77')
      if (language !== 'en') expect(plain).not.toMatch(/\b(bank fee|returned|payment|reference)\b/)
    })
  }
})
