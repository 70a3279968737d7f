/**
 * Reminders and statements print in the customer's document language (issue 14): for each of the
 * five languages, read back with pdftotext, their labels are those of the letter string table in
 * that language and none of the English ones, the reminder's wording is that language's default, and
 * the PDF catalog says the language (/Lang). A customer without a chosen language reads their
 * country's; one without a country reads the company's print language.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { letterLabels, type LetterLabel } from '../../src/main/pdf/letter-strings'
import { documentLabels } from '../../src/main/pdf/strings'
import { defaultReminderTexts } from '../../src/main/payments/reminder-texts'
import type { Language } from '../../src/shared/languages'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'
import { invoiceOf, seedDocuments, type Seeded } from '../payments/helpers'
import { pdfText, squeezed } from '../support/pdf-text'

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const fiveLanguages: Language[] = ['en', 'es', 'ca', 'hu', 'ru']

/** The table's text with {currency} filled as the letters fill it (EUR invoices). */
const filled = (key: LetterLabel, language: Language) =>
  squeezed((letterLabels[key][language] as string).replace('{currency}', 'EUR'), 'nbsp')

/** Labels printed in the text in `language`, and (unless spelled the same) not in English. */
function expectLabels(text: string, language: Language, keys: LetterLabel[]) {
  for (const key of keys) {
    expect(text, `${language} ${key}`).toContain(filled(key, language))
    if (language !== 'en' && filled(key, 'en') !== filled(key, language))
      expect(text, `${language} ${key} in English`).not.toContain(filled(key, 'en'))
  }
}

async function customerReading(language: Language | null, country: string): Promise<number> {
  const created = await desk.call('customers.create', {
    customer: customer({
      name: `Cliente ${language ?? country} — Клиент Őrség`,
      billingAddress: address('Győr', { country }),
      documentLanguage: language,
      paymentTermsDays: 15
    })
  })
  return created.id
}

describe('letters in the customer’s language', () => {
  for (const language of fiveLanguages) {
    it(`prints a ${language} reminder and statement`, async () => {
      const customerId = await customerReading(language, 'GB')
      await invoiceOf(desk, seed, 123_45, { customerId, issueDate: '2026-01-02' })

      const reminder = await desk.call('receivables.reminderPdf', {
        customerId,
        level: 1,
        asOf: '2026-03-02',
        paper: null
      })
      const text = pdfText(reminder.bytes, { squeeze: 'nbsp' })
      // Meta labels (the narrow columns' headers may wrap in the longer languages).
      expectLabels(text, language, ['reminderNo', 'reminder', 'amountOverdue'])
      expect(text).toContain(defaultReminderTexts[language].level1.title)
      // The body's first sentence, with the customer's name filled in.
      const greeting = defaultReminderTexts[language].level1.body.split('\n')[0]
      expect(text).toContain(greeting.replace('{customer}', `Cliente ${language} — Клиент Őrség`))
      expect(Buffer.from(reminder.bytes).toString('latin1')).toMatch(new RegExp(`/Lang \\(${language}\\)`))

      const statement = await desk.call('receivables.statementPdf', {
        customerId,
        from: null,
        to: '2026-03-02',
        paper: null
      })
      const sText = pdfText(statement.bytes, { squeeze: 'nbsp' })
      expectLabels(sText, language, [
        'statement',
        'reference',
        'details',
        'debit',
        'credit',
        'closingBalance'
      ])
      expect(sText).toContain(filled('entryInvoice', language))
      expect(sText).toContain(squeezed(documentLabels.customerNo[language], 'nbsp'))
      expect(Buffer.from(statement.bytes).toString('latin1')).toMatch(new RegExp(`/Lang \\(${language}\\)`))
    })
  }

  it('follows the country when no language is chosen, and the company’s language without a country', async () => {
    const hungarian = await customerReading(null, 'HU')
    await invoiceOf(desk, seed, 10_00, { customerId: hungarian, issueDate: '2026-01-02' })
    const hu = pdfText(
      (
        await desk.call('receivables.reminderPdf', {
          customerId: hungarian,
          level: null,
          asOf: null,
          paper: null
        })
      ).bytes,
      { squeeze: 'nbsp' }
    )
    expect(hu).toContain(defaultReminderTexts.hu.level1.title)
    // Hungarian numbers: a decimal comma.
    expect(hu).toMatch(/10,00/)

    const nowhere = await customerReading(null, '')
    await invoiceOf(desk, seed, 10_00, { customerId: nowhere, issueDate: '2026-01-02' })
    const settings = await desk.call('settings.get', {})
    await desk.call('settings.update', {
      settings: { ...settings, documents: { ...settings.documents, printLocale: 'es-ES' } }
    })
    const es = pdfText(
      (
        await desk.call('receivables.reminderPdf', {
          customerId: nowhere,
          level: null,
          asOf: null,
          paper: null
        })
      ).bytes,
      { squeeze: 'nbsp' }
    )
    expect(es).toContain(defaultReminderTexts.es.level1.title)
  })

  it('keeps an edited wording per language', async () => {
    const russian = await customerReading('ru', 'ES')
    const english = await customerReading('en', 'ES')
    for (const id of [russian, english])
      await invoiceOf(desk, seed, 5_00, { customerId: id, issueDate: '2026-01-02' })
    const wording = structuredClone(defaultReminderTexts.ru)
    wording.level1.title = 'Дружеское напоминание'
    await desk.call('reminders.updateWording', { wording, language: 'ru' })
    expect((await desk.call('reminders.wording', { language: 'ru' })).level1.title).toBe(
      'Дружеское напоминание'
    )
    expect((await desk.call('reminders.wording', { language: 'en' })).level1.title).toBe(
      defaultReminderTexts.en.level1.title
    )
    const print = async (customerId: number) =>
      pdfText(
        (await desk.call('receivables.reminderPdf', { customerId, level: 1, asOf: null, paper: null })).bytes,
        { squeeze: 'nbsp' }
      )
    expect(await print(russian)).toContain('Дружеское напоминание')
    expect(await print(english)).toContain(defaultReminderTexts.en.level1.title)
  })

  it('addresses a reminder to the mailing address the customer keeps apart, else to the billing address', async () => {
    const billingAddress = address('Billingham', { line1: 'Billing Street 1', country: 'GB' })
    const mailingAddress = address('Mailborough', { line1: 'Letter Lane 2', country: 'GB' })
    const reminderText = async (mailingSameAsBilling: boolean) => {
      const { id } = await desk.call('customers.create', {
        customer: customer({
          name: `Customer ${mailingSameAsBilling ? 'one address' : 'own mailing'}`,
          billingAddress,
          mailingSameAsBilling,
          mailingAddress,
          paymentTermsDays: 15
        })
      })
      await invoiceOf(desk, seed, 10_00, { customerId: id, issueDate: '2026-01-02' })
      const file = await desk.call('receivables.reminderPdf', {
        customerId: id,
        level: 1,
        asOf: null,
        paper: null
      })
      return pdfText(file.bytes, { squeeze: 'nbsp' })
    }
    const own = await reminderText(false)
    expect(own).toContain('Letter Lane 2')
    expect(own).toContain('Mailborough')
    expect(own).not.toContain('Billingham')
    const same = await reminderText(true)
    expect(same).toContain('Billing Street 1')
    expect(same).toContain('Billingham')
    expect(same).not.toContain('Mailborough')
  })
})
