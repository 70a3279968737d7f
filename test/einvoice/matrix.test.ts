/**
 * Every VAT category, several rates, allowances and charges, negative lines, prepaid amounts, credit
 * and debit notes, foreign currency and each payment means, written as UBL and CII and checked with
 * the official EN 16931 rules (XSD + CEN schematron). All files go through one validator run.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { toCii } from '../../src/main/einvoice/cii'
import { toUbl } from '../../src/main/einvoice/ubl'
import { describeFatal, validateEn16931, type ValidationReport } from '../support/en16931'
import { buildInvoice, sellerES, type InvoiceSpec } from './builder'

const precedingInvoice = [{ number: 'INV-2026-00007', issueDate: '2026-10-15' }]

export const matrix: Record<string, InvoiceSpec> = {
  'standard-three-rates': {
    lines: [
      { quantity: '3', price: '120.5' },
      { quantity: '2.5', price: '10', rate: '10' },
      { quantity: '1', price: '7.99', rate: '4' }
    ]
  },
  'zero-rated': { lines: [{ quantity: '10', price: '4.2', category: 'Z', rate: '0' }] },
  exempt: {
    lines: [{ quantity: '1', price: '300', category: 'E', rate: '0' }],
    exemption: { E: { code: 'VATEX-EU-132-1I', text: 'Exento, artículo 20 de la Ley 37/1992' } }
  },
  'reverse-charge': {
    lines: [{ quantity: '4', price: '250', category: 'AE', rate: '0' }],
    exemption: { AE: { code: 'VATEX-EU-AE', text: 'Reverse charge' } }
  },
  'intra-community': {
    lines: [{ quantity: '12', price: '19.9', category: 'K', rate: '0' }],
    exemption: { K: { code: 'VATEX-EU-IC', text: 'Intra-community supply' } },
    deliverToCountry: 'DE'
  },
  export: {
    lines: [{ quantity: '2', price: '1000', category: 'G', rate: '0' }],
    exemption: { G: { code: 'VATEX-EU-G', text: 'Export outside the EU' } },
    buyer: {
      vatId: null,
      address: { ...sellerES.address, country: 'US', city: 'Boston', postalCode: '02108' }
    }
  },
  'not-subject': {
    lines: [{ quantity: '1', price: '80', category: 'O' }],
    exemption: { O: { code: 'VATEX-EU-O', text: 'Not subject to VAT' } },
    seller: { vatId: null },
    buyer: { vatId: null }
  },
  'allowances-and-charges': {
    lines: [
      {
        quantity: '10',
        price: '15',
        allowances: [{ amount: '7.5', reason: 'Volume discount' }],
        charges: [{ amount: '2', reason: 'Packing' }]
      },
      { quantity: '1', price: '40', rate: '10' }
    ],
    allowancesCharges: [
      { isCharge: false, amount: '5', reason: 'Loyalty discount', category: 'S', rate: '21' },
      { isCharge: true, amount: '12.4', reason: 'Freight', category: 'S', rate: '10' }
    ]
  },
  'negative-line-and-prepaid': {
    lines: [
      { quantity: '5', price: '100' },
      { quantity: '-1', price: '150', name: 'Deposit received on order ORD-2026-00012' }
    ],
    prepaid: '50'
  },
  'four-decimal-prices-base-quantity': {
    lines: [
      { quantity: '2000', price: '1.25', baseQuantity: '100', name: 'Screws, per 100' },
      { quantity: '3333', price: '0.0125', grossPrice: '0.015', name: 'Washers' }
    ]
  },
  'credit-note': {
    kind: 'credit_note',
    number: 'CRN-2026-00003',
    lines: [{ quantity: '1', price: '120.5' }],
    precedingInvoices: precedingInvoice
  },
  'debit-note': {
    kind: 'debit_note',
    number: 'DBN-2026-00002',
    lines: [{ quantity: '1', price: '6.5', category: 'E', rate: '0', name: 'Returned direct debit fee' }],
    exemption: { E: { code: 'VATEX-EU-132-1I', text: 'Bank fee re-billed, exempt' } },
    precedingInvoices: precedingInvoice
  },
  'foreign-currency': {
    currency: 'USD',
    accountingCurrency: { code: 'EUR', rate: '0.921658' },
    lines: [
      { quantity: '3', price: '99.99' },
      { quantity: '1', price: '15', rate: '10' }
    ]
  },
  'huf-invoice': {
    currency: 'HUF',
    lines: [{ quantity: '7', price: '12990', rate: '27' }]
  },
  'direct-debit': {
    lines: [{ quantity: '1', price: '59.9' }],
    paymentMeans: {
      kind: 'direct_debit',
      mandateReference: 'MANDATE-0042',
      creditorId: 'ES12ZZZB12345674',
      debitedIban: 'DE89370400440532013000'
    }
  },
  card: {
    lines: [{ quantity: '2', price: '19.95' }],
    paymentMeans: { kind: 'card', last4: '4242', holder: 'Größe & Söhne GmbH' }
  }
}

let reports: Map<string, ValidationReport>

beforeAll(() => {
  const files = Object.entries(matrix).flatMap(([name, spec]) => {
    const invoice = buildInvoice(spec)
    return [
      { name: `${name}.ubl.xml`, xml: toUbl(invoice) },
      { name: `${name}.cii.xml`, xml: toCii(invoice) }
    ]
  })
  reports = new Map(validateEn16931(files).map((r) => [r.name, r]))
}, 120_000)

describe('EN 16931 matrix, official rules', () => {
  for (const name of Object.keys(matrix)) {
    for (const syntax of ['ubl', 'cii']) {
      it(`${name} in ${syntax.toUpperCase()} has no fatal finding`, () => {
        const report = reports.get(`${name}.${syntax}.xml`)
        if (!report) throw new Error(`no validation report for ${name}`)
        expect(describeFatal(report)).toBe('')
      })
    }
  }
})

describe('the validator runner', () => {
  it('passes the official examples and fails a broken copy with the rule that broke', () => {
    const folder = join(import.meta.dirname, '../standards/en16931/examples')
    const ubl = readFileSync(join(folder, 'ubl-tc434-example1.xml'), 'utf8')
    const cii = readFileSync(join(folder, 'CII_example1.xml'), 'utf8')
    const brokenTotal = ubl.replace(
      /<cbc:TaxInclusiveAmount currencyID="(\w+)">[\d.]+</,
      '<cbc:TaxInclusiveAmount currencyID="$1">1.00<'
    )
    const results = new Map(
      validateEn16931([
        { name: 'ubl.xml', xml: ubl },
        { name: 'cii.xml', xml: cii },
        { name: 'broken.xml', xml: brokenTotal },
        { name: 'order.xml', xml: ubl.replace('<cbc:ID>', '<cbc:Note>out of order</cbc:Note><cbc:ID>') }
      ]).map((r) => [r.name, r])
    )
    expect(brokenTotal).not.toBe(ubl)
    expect(results.get('ubl.xml')?.fatal).toEqual([])
    expect(results.get('cii.xml')?.fatal).toEqual([])
    expect(results.get('broken.xml')?.fatal.map((f) => f.rule)).toContain('BR-CO-15')
    expect(results.get('order.xml')?.fatal.map((f) => f.rule)).toContain('XSD')
  }, 60_000)
})
