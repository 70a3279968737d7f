/**
 * The Hungarian invoice as printed and as reported to NAV agree on every amount: each amount of
 * the InvoiceData (line nets, per-rate bases and VAT, totals) is read back from the PDF text.
 */
import { pdfText } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueInvoice, navUser, openNavDesk, seedHungary, type NavDesk } from './desk'
import { startNavServer, type NavTestServer } from './nav-server'

let server: NavTestServer
let desk: NavDesk

beforeAll(async () => {
  server = await startNavServer(navUser)
  desk = await openNavDesk({ ca: server.ca })
})
afterAll(async () => {
  await desk.close()
  await server.close()
})

/** Every amount printed with two decimals, as "12345.67" (hu-HU groups with spaces and uses a comma). */
function printedAmounts(text: string): Set<string> {
  const found = text.match(/(?<![\d,])-?\d+(?:[ \u00a0\u202f.]\d{3})*,\d{2}\b/g) ?? []
  return new Set(found.map((a) => a.replace(/[ \u00a0\u202f.]/g, '').replace(',', '.')))
}

describe('the Hungarian invoice PDF and the NAV InvoiceData', () => {
  it('agree on every amount', async () => {
    const seed = await seedHungary(desk, server.url)
    const invoice = await issueInvoice(desk, seed.domestic, [
      { quantityMilli: 3_000, unitPriceCents: 1_250_050, description: 'Acélcső 40 mm' },
      {
        quantityMilli: 2_500,
        unitPriceCents: 1_500_000,
        unit: 'óra',
        description: 'Szerelés',
        discountBp: 1250
      },
      { quantityMilli: 1_000, unitPriceCents: 499_990, vatRateBp: 500, description: 'Szakkönyv' },
      { quantityMilli: 7_000, unitPriceCents: 33_333, vatRateBp: 1800, description: 'Kenyér' }
    ])
    const pdf = await desk.call('documents.pdf', { id: invoice.id, paper: 'A4' })
    const file = desk.folder.file('invoice.pdf')
    writeFileSync(file, pdf.bytes)
    const printed = printedAmounts(pdfText(file))
    const xml = Buffer.from((await desk.call('nav.exportXml', { id: invoice.id })).bytes).toString('utf8')
    const tree = new XMLParser({
      removeNSPrefix: true,
      parseTagValue: false,
      isArray: (name) => ['line', 'summaryByVatRate'].includes(name)
    }).parse(xml) as { InvoiceData: { invoiceMain: { invoice: unknown } } }
    const inv = tree.InvoiceData.invoiceMain.invoice as {
      invoiceLines: { line: Array<{ lineAmountsNormal: { lineNetAmountData: { lineNetAmount: string } } }> }
      invoiceSummary: {
        summaryNormal: {
          summaryByVatRate: Array<{
            vatRateNetData: { vatRateNetAmount: string }
            vatRateVatData: { vatRateVatAmount: string }
          }>
          invoiceNetAmount: string
          invoiceVatAmount: string
        }
        summaryGrossData: { invoiceGrossAmount: string }
      }
    }
    const reported = [
      ...inv.invoiceLines.line.map((l) => l.lineAmountsNormal.lineNetAmountData.lineNetAmount),
      ...inv.invoiceSummary.summaryNormal.summaryByVatRate.flatMap((g) => [
        g.vatRateNetData.vatRateNetAmount,
        g.vatRateVatData.vatRateVatAmount
      ]),
      inv.invoiceSummary.summaryNormal.invoiceNetAmount,
      inv.invoiceSummary.summaryGrossData.invoiceGrossAmount
    ]
    expect(reported).toHaveLength(4 + 3 * 2 + 2)
    for (const amount of reported) expect(printed, `PDF shows ${amount}`).toContain(amount)
    // The PDF prints VAT per rate, not its sum: NAV's total VAT is the printed total less the printed net.
    const cents = (text: string) => Math.round(Number(text) * 100)
    const { invoiceNetAmount, invoiceVatAmount } = inv.invoiceSummary.summaryNormal
    expect(cents(invoiceVatAmount)).toBe(
      cents(inv.invoiceSummary.summaryGrossData.invoiceGrossAmount) - cents(invoiceNetAmount)
    )
    // And an independent sum: 3 × 12 500.50, 2.5 × 15 000 − 12.5 %, 4 999.90, 7 × 333.33.
    const nets = [3_750_150, Math.round(3_750_000 * 0.875), 499_990, 233_331]
    const vat =
      Math.round((nets[0] + nets[1]) * 0.27) + Math.round(nets[2] * 0.05) + Math.round(nets[3] * 0.18)
    const total = nets.reduce((a, b) => a + b, 0) + vat
    expect(inv.invoiceSummary.summaryGrossData.invoiceGrossAmount).toBe((total / 100).toFixed(2))
    expect(printed).toContain((total / 100).toFixed(2))
  })
})
