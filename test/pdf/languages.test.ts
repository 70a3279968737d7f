/**
 * An invoice prints in each of the five languages (the customer's document language, frozen at
 * issue): read back with pdftotext, its labels are those of the document string table for that
 * language and none of the English ones, and so are its default payment instructions; Cyrillic and
 * Hungarian letters stay extractable text, and the PDF catalog carries the language (/Lang).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { documentLabels, type DocumentLabel } from '../../src/main/pdf/strings'
import { letterLabels } from '../../src/main/pdf/letter-strings'
import { formatIban } from '../../src/shared/iban'
import type { Language } from '../../src/shared/languages'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'
import { pdfText } from '../support/pdf-text'
import { companySettings, issued, line, seedDocuments, type Seeded } from '../documents/helpers'

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const locales: Record<Language, string> = {
  en: 'en-GB',
  es: 'es-ES',
  ca: 'ca-ES',
  hu: 'hu-HU',
  ru: 'ru-RU'
}
/** Labels every invoice prints, whatever its data. */
const printed: DocumentLabel[] = ['invoice', 'billTo', 'description', 'total']

/** The table's text with the invoice's currency in place of {currency}. */
const filled = (key: DocumentLabel, language: Language) =>
  (documentLabels[key][language] as string).replace('{currency}', 'EUR')

describe('an invoice in each language', () => {
  for (const language of Object.keys(locales) as Language[]) {
    it(`prints ${language} labels and says ${language} in its catalog`, async () => {
      const settings = companySettings()
      // The company prints in en-GB; the customer reads their own language.
      await desk.call('settings.update', {
        settings: { ...settings, documents: { ...settings.documents, printLocale: 'en-GB' } }
      })
      const reader = await desk.call('customers.create', {
        customer: customer({
          name: `Reader ${language}`,
          billingAddress: address('Madrid'),
          documentLanguage: language
        })
      })
      const invoice = await issued(desk, seed, {
        customerId: reader.id,
        lines: [line({ description: 'Árvíztűrő тест' })]
      })
      const bytes = (await desk.call('documents.pdf', { id: invoice.id })).bytes
      const text = pdfText(bytes, { squeeze: 'nbsp' })
      for (const key of printed) {
        expect(text, `${language} ${key}`).toContain(filled(key, language))
        if (language !== 'en' && filled(key, 'en') !== filled(key, language))
          expect(text, `${language} ${key} in English`).not.toContain(filled(key, 'en'))
      }
      expect(text).toContain('Árvíztűrő тест')
      // The payment instructions frozen at issue are a sentence of that language.
      const instructions = letterLabels[settings.company.bic ? 'instructionsIbanBic' : 'instructionsIban'][
        language
      ]
        .replace('{iban}', formatIban(settings.company.iban))
        .replace('{bic}', settings.company.bic)
        .replace('{number}', invoice.number ?? '')
      expect(invoice.paymentInstructions).toBe(instructions)
      // Numbers in the language's locale: en-GB points, the others commas.
      expect(text).toMatch(language === 'en' ? /100\.00/ : /100,00/)
      expect(Buffer.from(bytes).toString('latin1')).toMatch(new RegExp(`/Lang \\(${language}\\)`))
    })
  }
})
