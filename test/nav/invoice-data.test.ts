import { XMLParser } from 'fast-xml-parser'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildInvoiceData } from '../../src/main/nav/invoice-data'
import { cases, customers, navSource } from './cases'
import { standardsFile, xsdErrors } from './xsd'

const parser = new XMLParser({
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => ['line', 'summaryByVatRate'].includes(name)
})

type Tree = Record<string, unknown>
const anyText = expect.any(String) as string
const textWith = (part: string) => expect.stringContaining(part) as string
const at = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((t, key) => (t as Tree | undefined)?.[key], tree)

describe('the XSD check itself', () => {
  it('accepts NAV’s own sample and refuses the broken copy', () => {
    expect(xsdErrors(readFileSync(standardsFile('samples/belfoldi-termekertekesites.xml'), 'utf8'))).toBe('')
    expect(xsdErrors(readFileSync(standardsFile('samples/broken-vat-as-percent.xml'), 'utf8'))).toMatch(
      /vatPercentage/
    )
  })
})

describe('InvoiceData for the case matrix', () => {
  for (const [name, source] of Object.entries(cases)) {
    it(`${name} validates against NAV's XSDs`, () => {
      expect(xsdErrors(buildInvoiceData(source))).toBe('')
    })
  }

  it('splits the tax numbers and marks the customer as NAV wants', () => {
    const domestic = parser.parse(buildInvoiceData(cases.domestic)) as Tree
    const head = 'InvoiceData.invoiceMain.invoice.invoiceHead'
    expect(at(domestic, `${head}.supplierInfo.supplierTaxNumber`)).toEqual({
      taxpayerId: '12345676',
      vatCode: '2',
      countyCode: '08'
    })
    expect(at(domestic, `${head}.supplierInfo.communityVatNumber`)).toBe('HU12345676')
    expect(at(domestic, `${head}.customerInfo.customerVatStatus`)).toBe('DOMESTIC')
    expect(at(domestic, `${head}.customerInfo.customerVatData.customerTaxNumber.taxpayerId`)).toBe('24587613')
    const eu = parser.parse(buildInvoiceData(cases.eu)) as Tree
    expect(at(eu, `${head}.customerInfo.customerVatStatus`)).toBe('OTHER')
    expect(at(eu, `${head}.customerInfo.customerVatData.communityVatNumber`)).toBe('DE123456789')
    const exported = parser.parse(buildInvoiceData(cases.export)) as Tree
    expect(at(exported, `${head}.customerInfo.customerVatData.thirdStateTaxId`)).toBe('CHE-123.456.789 MWST')
    const consumer = parser.parse(buildInvoiceData(cases.consumer)) as Tree
    // A private person: the status only, never their name or address.
    expect(at(consumer, `${head}.customerInfo`)).toEqual({ customerVatStatus: 'PRIVATE_PERSON' })
  })

  it('writes VAT as a fraction, and the exemption, reverse-charge and out-of-scope marks with reasons', () => {
    const rates = (xml: string) =>
      (at(parser.parse(xml), 'InvoiceData.invoiceMain.invoice.invoiceLines.line') as Tree[]).map(
        (l) => at(l, 'lineAmountsNormal.lineVatRate') as Tree
      )
    expect(rates(buildInvoiceData(cases.domestic)).map((r) => r.vatPercentage)).toEqual([
      '0.27',
      '0.27',
      '0.05'
    ])
    expect(rates(buildInvoiceData(cases.eu))).toEqual([
      { vatExemption: { case: 'KBAET', reason: textWith('Közösségen belüli') } },
      { vatOutOfScope: { case: 'EUFAD37', reason: anyText } }
    ])
    expect(rates(buildInvoiceData(cases.export))).toEqual([
      { vatExemption: { case: 'EAM', reason: anyText } },
      { vatOutOfScope: { case: 'HO', reason: anyText } }
    ])
    expect(rates(buildInvoiceData(cases.reverseCharge))).toEqual([{ vatDomesticReverseCharge: 'true' }])
    expect(rates(buildInvoiceData(cases.exemptAndOutOfScope))).toEqual([
      { vatExemption: { case: 'TAM', reason: 'Áfa tv. 85. § (1) e) oktatás' } },
      { vatOutOfScope: { case: 'ATK', reason: anyText } },
      { vatPercentage: '0' }
    ])
  })

  it('adds up the summary in the invoice currency and in HUF, by an independent computation', () => {
    // 3 × 12 500.00 + 2.5 × 15 000.00 at 27 %, 1 × 4 999.00 − 10 % at 5 %, in EUR at 392.153456.
    const tree = parser.parse(buildInvoiceData(cases.foreignCurrency)) as Tree
    const summary = at(tree, 'InvoiceData.invoiceMain.invoice.invoiceSummary') as Tree
    const net27 = 3 * 1_250_000 + 2.5 * 1_500_000 // cents
    const net5 = Math.round(499_900 * 0.9)
    const vat27 = Math.round(net27 * 0.27)
    const vat5 = Math.round(net5 * 0.05)
    const huf = (cents: number) => (Math.round(cents * 392.153456) / 100).toFixed(2)
    expect(at(summary, 'summaryNormal.invoiceNetAmount')).toBe(((net27 + net5) / 100).toFixed(2))
    expect(at(summary, 'summaryNormal.invoiceVatAmount')).toBe(((vat27 + vat5) / 100).toFixed(2))
    expect(at(summary, 'summaryGrossData.invoiceGrossAmount')).toBe(
      ((net27 + net5 + vat27 + vat5) / 100).toFixed(2)
    )
    const groups = at(summary, 'summaryNormal.summaryByVatRate') as Tree[]
    expect(groups.map((g) => at(g, 'vatRateNetData.vatRateNetAmountHUF'))).toEqual([huf(net27), huf(net5)])
    expect(groups.map((g) => at(g, 'vatRateVatData.vatRateVatAmountHUF'))).toEqual([huf(vat27), huf(vat5)])
    const hufNet = (Math.round(net27 * 392.153456) + Math.round(net5 * 392.153456)) / 100
    expect(at(summary, 'summaryNormal.invoiceNetAmountHUF')).toBe(hufNet.toFixed(2))
    expect(at(tree, 'InvoiceData.invoiceMain.invoice.invoiceHead.invoiceDetail.exchangeRate')).toBe(
      '392.153456'
    )
  })

  it('reports a credit note as a modification with negative amounts and new line numbers', () => {
    const tree = parser.parse(buildInvoiceData(cases.creditNote)) as Tree
    const invoice = at(tree, 'InvoiceData.invoiceMain.invoice') as Tree
    expect(invoice.invoiceReference).toEqual({
      originalInvoiceNumber: 'INV-2026-00001',
      modifyWithoutMaster: 'false',
      modificationIndex: '1'
    })
    const [line] = at(invoice, 'invoiceLines.line') as Tree[]
    expect(line.lineModificationReference).toEqual({ lineNumberReference: '4', lineOperation: 'CREATE' })
    expect(line.quantity).toBe('-1')
    expect(at(line, 'lineAmountsNormal.lineNetAmountData.lineNetAmount')).toBe('-12500.00')
    expect(at(invoice, 'invoiceSummary.summaryGrossData.invoiceGrossAmount')).toBe('-15875.00')
    // A credit note is not paid: no payment date.
    expect(at(invoice, 'invoiceHead.invoiceDetail.paymentDate')).toBeUndefined()
  })

  it('maps units to NAV’s list and keeps other units as OWN', () => {
    const tree = parser.parse(buildInvoiceData(cases.debitNote)) as Tree
    const [line] = at(tree, 'InvoiceData.invoiceMain.invoice.invoiceLines.line') as Tree[]
    expect([line.unitOfMeasure, line.unitOfMeasureOwn, line.lineNatureIndicator]).toEqual([
      'OWN',
      'Fuvar',
      'OTHER'
    ])
    const lines = at(
      parser.parse(buildInvoiceData(navSource())),
      'InvoiceData.invoiceMain.invoice.invoiceLines.line'
    ) as Tree[]
    expect(lines.map((l) => [l.unitOfMeasure, l.lineNatureIndicator])).toEqual([
      ['PIECE', 'PRODUCT'],
      ['HOUR', 'SERVICE'],
      ['PIECE', 'PRODUCT']
    ])
  })

  it('refuses a company without a whole Hungarian tax number, and a domestic customer with a bad one', () => {
    expect(() =>
      buildInvoiceData(navSource({ supplier: { ...cases.domestic.supplier, taxId: 'ESB12345674' } }))
    ).toThrow(/not a whole Hungarian tax number/)
    expect(() => buildInvoiceData(navSource({ customer: { ...customers.domestic, taxId: 'abc' } }))).toThrow(
      /not a Hungarian tax number/
    )
  })
})
