/**
 * Every other printed document in each of the five languages (the invoice, reminder and statement
 * have their own tests: languages.test.ts, letter-languages.test.ts): the estimate, order
 * confirmation, delivery note, credit note and debit note print in the customer's document
 * language, the day sheet in the language asked for (the user's). Read back with pdftotext: the
 * labels are those of the string tables for that language and not the English ones, no English
 * interface word is left (test/i18n/english-words.ts), Cyrillic and Hungarian letters stay
 * extractable, and the PDF catalog carries the language (/Lang). The expected words come from the
 * tables here, not from the printed output.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { documentLabels, type DocumentLabel } from '../../src/main/pdf/strings'
import { sheetTranslator, type SheetLabel } from '../../src/main/schedule/day-sheet-strings'
import type { Language } from '../../src/shared/languages'
import { englishWordsIn } from '../i18n/english-words'
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

/** The text as printed, every run of spaces (no-break and narrow no-break included) as one. */
const printedText = (bytes: Uint8Array) => pdfText(bytes, { squeeze: 'narrow' })

/** A label with the documents' currency in place of {currency}. */
const filled = (key: DocumentLabel, language: Language) =>
  (documentLabels[key][language] as string).replace('{currency}', 'EUR')

const catalogLanguage = (bytes: Uint8Array) =>
  /\/Lang \((\w+)\)/.exec(Buffer.from(bytes).toString('latin1'))?.[1]

/** The document labels each kind must print (besides its title). */
const printedLabels: Record<string, DocumentLabel[]> = {
  estimate: ['estimate', 'validUntil', 'description', 'total'],
  order: ['order', 'ourEstimate', 'description', 'total'],
  delivery: ['deliveryNote', 'ordered', 'delivered', 'description'],
  creditNote: ['credit_note', 'correctsInvoice', 'reason', 'total'],
  debitNote: ['debit_note', 'correctsInvoice', 'reason', 'total']
}

/** What the test itself typed (names, lines, reasons): not Salesdesk's words, left out of the scan. */
const typed = ['Cadira ergonòmica', 'Consultoria — установка', 'Árvíztűrő тест', 'Zsófia Kovács']

function expectLanguage(text: string, language: Language, labels: string[], english: string[], what: string) {
  for (const label of labels) expect(text, `${what}: ${label}`).toContain(label)
  if (language === 'en') return
  for (const [i, label] of english.entries())
    if (label !== labels[i]) expect(text, `${what}: English ${label}`).not.toContain(label)
  const own = typed.reduce((rest, t) => rest.split(t).join(' '), text)
  expect(
    own.split('\n').filter((l) => englishWordsIn(l, language).length > 0),
    `${what}: English words`
  ).toEqual([])
}

describe('every other document in each language', () => {
  for (const language of ['en', 'es', 'ca', 'hu', 'ru'] as const) {
    it(`prints the estimate, order, delivery note, credit and debit note and day sheet in ${language}`, async () => {
      const settings = companySettings()
      // The company prints in en-GB; the customer reads their own language.
      await desk.call('settings.update', {
        settings: { ...settings, documents: { ...settings.documents, printLocale: 'en-GB' } }
      })
      const reader = await desk.call('customers.create', {
        customer: customer({
          name: 'Árvíztűrő тест',
          billingAddress: address('Madrid'),
          documentLanguage: language,
          executiveId: seed.executiveId
        })
      })
      const own = { customerId: reader.id }
      const estimate = await issued(desk, seed, { ...own, type: 'estimate', validUntil: '2026-12-31' })
      await desk.call('estimates.accept', { id: estimate.id })
      const orderDraft = await desk.call('estimates.convertToOrder', { id: estimate.id })
      const order = await desk.call('documents.issue', { id: orderDraft.id })
      const delivered = await desk.call('orders.recordDelivery', {
        orderId: order.id,
        deliveryDate: '2026-03-04',
        note: '',
        lines: [{ lineId: order.lines[1].id, quantityMilli: 1_000 }]
      })
      const invoice = await issued(desk, seed, own)
      const credit = await desk.call('documents.issue', {
        id: (
          await desk.call('invoices.createCreditNote', { invoiceId: invoice.id, reason: 'Árvíztűrő тест' })
        ).id
      })
      const debitDraft = await desk.call('invoices.createDebitNote', {
        invoiceId: invoice.id,
        reason: 'Árvíztűrő тест'
      })
      await desk.call('documents.updateDraft', {
        id: debitDraft.id,
        document: {
          type: 'debit_note',
          customerId: reader.id,
          issueDate: null,
          validUntil: null,
          promisedDate: null,
          paymentInstructions: '',
          notes: '',
          reason: 'Árvíztűrő тест',
          lines: [line({ description: 'Árvíztűrő тест' })]
        }
      })
      const debit = await desk.call('documents.issue', { id: debitDraft.id })

      const files: Array<[string, Uint8Array]> = [
        ['estimate', (await desk.call('documents.pdf', { id: estimate.id })).bytes],
        ['order', (await desk.call('documents.pdf', { id: order.id })).bytes],
        ['delivery', (await desk.call('deliveries.pdf', { id: delivered.deliveries[0].id })).bytes],
        ['creditNote', (await desk.call('documents.pdf', { id: credit.id })).bytes],
        ['debitNote', (await desk.call('documents.pdf', { id: debit.id })).bytes]
      ]
      for (const [kind, bytes] of files) {
        const text = printedText(bytes)
        const labels = printedLabels[kind]
        expectLanguage(
          text,
          language,
          labels.map((key) => filled(key, language)),
          labels.map((key) => filled(key, 'en')),
          kind
        )
        expect(text, kind).toContain('Árvíztűrő тест')
        expect(catalogLanguage(bytes), kind).toBe(language)
      }

      // The day sheet of the executive, with a visit to this customer, in the language asked for.
      await desk.call('visits.create', {
        visit: {
          customerId: reader.id,
          executiveIds: [seed.executiveId],
          startAt: '2026-03-03T09:00:00Z',
          endAt: '2026-03-03T10:00:00Z',
          purpose: 'Árvíztűrő тест',
          address: null
        },
        acceptClashes: true
      })
      const sheet = (
        await desk.call('schedule.daySheetPdf', {
          executiveId: seed.executiveId,
          date: '2026-03-03',
          language
        })
      ).bytes
      const sheetLabels: SheetLabel[] = ['address', 'purpose']
      const t = sheetTranslator(language)
      const english = sheetTranslator('en')
      const title = (tr: typeof t) => tr('title', { name: 'Zsófia Kovács' })
      const text = printedText(sheet)
      expectLanguage(
        text,
        language,
        [title(t), ...sheetLabels.map((key) => t(key))],
        [title(english), ...sheetLabels.map((key) => english(key))],
        'day sheet'
      )
      expect(text).toContain('Árvíztűrő тест')
      expect(catalogLanguage(sheet), 'day sheet').toBe(language)
    })
  }
})
