/**
 * Amounts at the schemas' maxima stay whole on one line (issue 11), beyond the one en-GB A4 line of
 * issued-print.test.ts: invoices in Spanish (es-ES) and Hungarian (hu-HU), on A4 and on Letter, with
 * several lines at the largest quantity and unit price the schemas accept. Every amount is worked
 * out here and formatted with Intl in the document's locale, then looked for whole on one line of
 * the PDF's text (pdftotext -layout): a wrapped or cut amount is not found.
 */
import { execFileSync } from 'node:child_process'
import { pdfText, squeezed } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_QUANTITY_MILLI, MAX_UNIT_PRICE_CENTS } from '../../src/shared/schemas/document-drafts'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import {
  companySettings,
  issued,
  line,
  seedDocuments,
  setDocumentLanguage,
  type Seeded
} from '../documents/helpers'

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const LINES = 3
const cases = [
  { locale: 'es-ES', language: 'es', paper: 'A4' },
  { locale: 'es-ES', language: 'es', paper: 'Letter' },
  { locale: 'hu-HU', language: 'hu', paper: 'A4' },
  { locale: 'hu-HU', language: 'hu', paper: 'Letter' }
] as const

describe('amounts at the schemas maxima, several lines, in Spanish and Hungarian on A4 and Letter', () => {
  for (const { locale, language, paper } of cases)
    it(`${locale} on ${paper}: every amount whole on one line`, async () => {
      const settings = companySettings()
      await desk.call('settings.update', {
        settings: { ...settings, documents: { ...settings.documents, printLocale: locale, paperSize: paper } }
      })
      await setDocumentLanguage(desk, seed.customerId, language)
      const maxLine = () =>
        line({ quantityMilli: MAX_QUANTITY_MILLI, unitPriceCents: MAX_UNIT_PRICE_CENTS, vatRateBp: 2100 })
      const invoice = await issued(desk, seed, { lines: Array.from({ length: LINES }, maxLine) })

      // Worked out here: quantity 1 000 000 × 10 000 000.00 per line, VAT 21 %.
      const lineNetCents = (MAX_QUANTITY_MILLI / 1000) * MAX_UNIT_PRICE_CENTS
      const netCents = LINES * lineNetCents
      const vatCents = (netCents * 21) / 100
      expect(invoice.netCents).toBe(netCents)
      expect(invoice.vatCents).toBe(vatCents)
      expect(invoice.totalCents).toBe(netCents + vatCents)

      const money = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
      const amount = (cents: number) => squeezed(money.format(cents / 100), 'narrow')
      const file = desk.folder.file(`${locale}-${paper}.pdf`)
      writeFileSync(file, (await desk.call('documents.pdf', { id: invoice.id })).bytes)
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      expect(info).toMatch(paper === 'A4' ? /595\.28 x 841\.89/ : /612 x 792/)
      const rows = pdfText(file, { squeeze: 'narrow' }).split('\n')
      const onOneLine = (text: string) => rows.filter((row) => row.includes(text)).length

      // Each line: the unit price and its net, whole on the line's row.
      const lineRows = rows.filter((row) => row.includes(amount(MAX_UNIT_PRICE_CENTS)))
      expect(lineRows).toHaveLength(LINES)
      for (const row of lineRows) expect(row).toContain(amount(lineNetCents))
      // The totals: net, VAT and total, each whole on its row.
      expect(onOneLine(amount(netCents))).toBeGreaterThanOrEqual(1)
      expect(onOneLine(amount(vatCents))).toBeGreaterThanOrEqual(1)
      const totalRow = rows.find((row) => row.includes(amount(netCents + vatCents)))
      expect(totalRow, `total ${amount(netCents + vatCents)}`).toBeDefined()
      expect(totalRow).toContain('EUR')
      // No row holds a piece of an amount: every row with digits of the total holds all of them.
      const head = amount(netCents + vatCents).slice(0, 6)
      for (const row of rows.filter((r) => r.includes(head)))
        expect(row).toMatch(new RegExp(amount(netCents + vatCents).replace(/[.]/g, '\\.')))
    }, 30_000)
})
