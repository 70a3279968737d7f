/**
 * What an auditor reads on the printed document (issue 11), read back from the PDF with pdftotext:
 * the corrected invoice's number and date on a credit note, the VAT wording under the breakdown
 * for intra-community supplies (with both parties' VAT ids), exports, supplies not subject to VAT
 * and zero-rated ones, the date or period of supply, document allowances and charges, the prepaid
 * amount and the amount due, and an issued invoice printed by `salesdesk pdf` after a settings
 * change. Expected dates and amounts are worked out here.
 */
import { pdfText, squeezed } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'
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

async function printed(id: number, name: string): Promise<string> {
  const file = await desk.call('documents.pdf', { id })
  const path = desk.folder.file(name)
  writeFileSync(path, file.bytes)
  return pdfText(path)
}

/** A date as the English (en-GB) documents print it: 27 Feb 2026. */
const day = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${iso}T00:00:00Z`))
    .replace('Sept', 'Sep')
/** Minor units as the English documents print them: 1,234.50 and -10.00. */
const amount = (cents: number) =>
  `${cents < 0 ? '-' : ''}${new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 }).format(Math.abs(cents) / 100)}`

describe('credit note', () => {
  it('prints the number and the date of the invoice it corrects', async () => {
    const invoice = await issued(desk, seed, { issueDate: '2026-02-27' })
    const note = await desk.call('invoices.createCreditNote', { invoiceId: invoice.id, reason: 'Returned' })
    const credit = await desk.call('documents.issue', { id: note.id })
    // The note is issued today, not on the invoice's date: the two dates differ on the page.
    expect(credit.issueDate).not.toBe('2026-02-27')
    const pdf = squeezed(await printed(credit.id, 'credit.pdf'), 'nbsp')
    expect(pdf).toContain(`Corrects invoice ${invoice.number}`)
    expect(pdf).toContain(`Invoice date ${day('2026-02-27')}`)
    expect(pdf).toContain(`Date ${day(credit.issueDate ?? '')}`)
  })
})

describe('VAT wording under the breakdown', () => {
  it('intra-community supply: the Art. 138 wording with the seller’s and the buyer’s VAT ids', async () => {
    const invoice = await issued(desk, seed, {
      lines: [line({ vatCategory: 'K', vatRateBp: 0, vatExemptionCode: 'VATEX-EU-IC' })]
    })
    // 2 h × 50.00, no VAT
    expect(invoice).toMatchObject({ netCents: 10_000, vatCents: 0, totalCents: 10_000 })
    const pdf = squeezed(await printed(invoice.id, 'k.pdf'), 'nbsp')
    expect(squeezed(pdf, 'all')).toContain(
      'K: Intra-community supply exempt from VAT (Art. 138 Directive 2006/112/EC) — Exemption: VATEX-EU-IC'
    )
    expect(pdf).toContain(`VAT K 0 % on ${amount(10_000)} ${amount(0)}`)
    expect(pdf).toContain('Tax id: ESB12345674')
    expect(pdf).toContain('VAT id: HU12345676')
  })

  it('export (G), not subject (O) and zero-rated (Z), each once, with their reasons', async () => {
    const boston = await desk.call('customers.create', {
      customer: customer({
        name: 'Boston Facades Inc.',
        billingAddress: address('Boston', { line1: '1 Main Street', postalCode: '02108', country: 'US' }),
        documentLanguage: 'en'
      })
    })
    const lines = [
      line({ description: 'Panel A', vatCategory: 'G', vatRateBp: 0, vatExemptionCode: 'VATEX-EU-G' }),
      line({ description: 'Panel B', vatCategory: 'G', vatRateBp: 0, vatExemptionCode: 'VATEX-EU-G' }),
      line({
        description: 'Agency fee',
        quantityMilli: 1000,
        unitPriceCents: 3_000,
        vatCategory: 'O',
        vatRateBp: 0,
        vatExemptionText: 'Outside the scope of VAT'
      }),
      line({
        description: 'Printed manual',
        quantityMilli: 3000,
        unitPriceCents: 1_250,
        vatCategory: 'Z',
        vatRateBp: 0
      })
    ]
    const invoice = await issued(desk, { ...seed, customerId: boston.id }, { lines })
    // G: 2 × 100.00; O: 30.00; Z: 3 × 12.50 = 37.50
    const g = 2 * 2 * 5_000
    const o = 3_000
    const z = 3 * 1_250
    expect(invoice).toMatchObject({ netCents: g + o + z, vatCents: 0, totalCents: g + o + z })
    const pdf = squeezed(await printed(invoice.id, 'goz.pdf'), 'nbsp')
    const text = squeezed(pdf, 'all')
    const g1 =
      'G: Export outside the EU exempt from VAT (Art. 146 Directive 2006/112/EC) — Exemption: VATEX-EU-G'
    expect(text).toContain(g1)
    expect(text.split(g1)).toHaveLength(2)
    expect(text).toContain('O: Not subject to VAT — Exemption: Outside the scope of VAT')
    expect(text).toContain('Z: Zero rated')
    expect(pdf).toContain(`VAT G 0 % on ${amount(g)} ${amount(0)}`)
    expect(pdf).toContain(`VAT O 0 % on ${amount(o)} ${amount(0)}`)
    expect(pdf).toContain(`VAT Z 0 % on ${amount(z)} ${amount(0)}`)
    expect(pdf).toContain(`Total (EUR) ${amount(g + o + z)}`)
    // Nothing standard-rated on this invoice: no line for S under the breakdown.
    expect(text).not.toContain('S: Standard rate')
  })
})

describe('date of supply', () => {
  it('prints the date of supply, or the period of supply', async () => {
    const one = await issued(desk, seed, { supplyDate: '2026-02-27' })
    expect(squeezed(await printed(one.id, 'supply.pdf'), 'nbsp')).toContain(
      `Date of supply ${day('2026-02-27')}`
    )
    const period = await issued(desk, seed, {
      supplyPeriodStart: '2026-02-01',
      supplyPeriodEnd: '2026-02-28'
    })
    const pdf = squeezed(await printed(period.id, 'period.pdf'), 'nbsp')
    expect(pdf).toContain(`Period of supply ${day('2026-02-01')} – ${day('2026-02-28')}`)
    expect(pdf).not.toContain('Date of supply')
  })
})

describe('document allowances and charges, prepaid and amount due', () => {
  it('prints the sum of lines, each allowance and charge, the net, VAT, total, paid in advance and the amount due', async () => {
    const invoice = await issued(desk, seed, {
      lines: [
        line(),
        line({ description: 'Libro', quantityMilli: 1000, unitPriceCents: 1_999, vatRateBp: 400 })
      ],
      allowancesCharges: [
        { charge: true, amountCents: 1_200, reason: 'Portes', vatRateBp: 2100 },
        { charge: false, amountCents: 1_000, reason: 'Descuento pronto pago', vatRateBp: 2100 }
      ],
      prepaidCents: 5_000
    })
    // Lines: 2 × 50.00 at 21 %, 19.99 at 4 %; +12.00 and −10.00 at 21 %.
    const lineNet = 10_000 + 1_999
    const base21 = 10_000 + 1_200 - 1_000
    const vat21 = Math.round((base21 * 21) / 100)
    const vat4 = Math.round((1_999 * 4) / 100)
    const net = lineNet + 1_200 - 1_000
    const total = net + vat21 + vat4
    const due = total - 5_000
    expect(invoice).toMatchObject({ netCents: net, totalCents: total, payableCents: due })
    const pdf = squeezed(await printed(invoice.id, 'ac.pdf'), 'nbsp')
    const rows = [
      `Sum of lines (EUR) ${amount(lineNet)}`,
      `Plus: Portes ${amount(1_200)}`,
      `Less: Descuento pronto pago ${amount(-1_000)}`,
      `Net (EUR) ${amount(net)}`,
      `VAT S 21 % on ${amount(base21)} ${amount(vat21)}`,
      `VAT S 4 % on ${amount(1_999)} ${amount(vat4)}`,
      `Total (EUR) ${amount(total)}`,
      `Paid in advance ${amount(-5_000)}`,
      `Amount due (EUR) ${amount(due)}`
    ]
    for (const row of rows) expect(pdf).toContain(row)
    // In that order, top to bottom.
    const at = rows.map((row) => pdf.indexOf(row))
    expect(at).toEqual([...at].sort((a, b) => a - b))
  })
})

describe('salesdesk pdf after a settings change', () => {
  it('prints an issued invoice with the same text as before the change', async () => {
    const invoice = await issued(desk, seed, { supplyDate: '2026-02-27', prepaidCents: 1_000 })
    const number = invoice.number ?? ''
    const before = desk.folder.file('before.pdf')
    expect(await runCli(['pdf', '--db', desk.databasePath, '--number', number, '--out', before])).toBe(0)
    const settings = companySettings({
      legalName: 'Otra Empresa S.A.',
      addressLine1: 'Gran Vía 1',
      taxId: 'ESA87654323',
      iban: 'ES7620770024003102575766',
      documentFooter: 'Otro pie de página'
    })
    await desk.call('settings.update', {
      settings: {
        ...settings,
        documents: { ...settings.documents, printLocale: 'es-ES', paperSize: 'Letter' }
      }
    })
    const after = desk.folder.file('after.pdf')
    expect(await runCli(['pdf', '--db', desk.databasePath, '--number', number, '--out', after])).toBe(0)
    const a = pdfText(before)
    expect(pdfText(after)).toBe(a)
    const text = squeezed(a, 'nbsp')
    expect(text).toContain('Col·legi Català de Façanes S.L.')
    expect(text).toContain(`Date of supply ${day('2026-02-27')}`)
    expect(text).toContain(`Amount due (EUR) ${amount(invoice.payableCents)}`)
    expect(text).not.toContain('Otra Empresa')
    // The CLI prints what the app prints.
    expect(await printed(invoice.id, 'app.pdf')).toBe(a)
  })
})
