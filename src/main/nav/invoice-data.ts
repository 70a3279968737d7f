/**
 * Builds NAV's InvoiceData document (Online Számla 3.0, invoiceData.xsd) from an issued
 * invoice, credit note or debit note. The input is plain data (see `source.ts` for how it is
 * read from the store), so the whole case matrix can be tested without a database.
 *
 * Amounts: the document's own figures (EN 16931 rounding, integer minor units) in the invoice
 * currency, and each one converted to HUF with the invoice's rate. Credit notes are NAV
 * modifications (MODIFY) with negative amounts and new lines numbered after the original's;
 * debit notes are modifications with positive amounts.
 */
import { divideRoundHalfAwayFromZero } from '../../shared/totals'
import { minorUnits } from '../../shared/currencies'
import { englishMessage, type Message } from '../../shared/errors'
import { decimalText, HUF_DIGITS, rateMicros, rateText, toHuf } from './amounts'
import {
  customerVatStatus,
  EU_COUNTRIES,
  fullHungarianTaxNumber,
  type HungarianTaxNumber
} from './tax-numbers'
import { leaf, node, xmlDocument, type Child } from './xml'

export const NS_DATA = 'http://schemas.nav.gov.hu/OSA/3.0/data'
export const NS_BASE = 'http://schemas.nav.gov.hu/OSA/3.0/base'
export const NS_COMMON = 'http://schemas.nav.gov.hu/NTCA/1.0/common'

/** UNCL 5305 VAT categories, as the document lines carry them. */
export type VatCategory = 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O'

export interface NavParty {
  name: string
  taxId: string
  addressLine1: string
  addressLine2: string
  postalCode: string
  city: string
  region: string
  country: string
}

export interface NavLine {
  description: string
  unit: string
  productId: number | null
  quantityMilli: number
  /** Net unit price in ten-thousandths of the currency's major unit, for `priceBaseQuantityMilli`. */
  unitPriceTenThousandths: number
  /** The quantity the price is for, in thousandths (1000 = per unit). */
  priceBaseQuantityMilli: number
  discountBp: number
  vatRateBp: number
  vatCategory: VatCategory
  exemptionCode: string | null
  exemptionText: string | null
  grossCents: number
  discountCents: number
  netCents: number
}

export interface NavModification {
  originalNumber: string
  /** 1 for the first modification of that invoice, then 2, 3… */
  index: number
  /** Lines already reported for the original and its earlier modifications. */
  linesBefore: number
}

export interface NavInvoiceSource {
  type: 'invoice' | 'credit_note' | 'debit_note'
  number: string
  issueDate: string
  deliveryDate: string
  currency: string
  /** HUF per one unit of the currency, decimal text with at most 6 decimals ("1" for HUF). */
  exchangeRate: string
  paymentMethod: 'bank_transfer' | 'card' | 'direct_debit'
  dueDate: string | null
  supplier: NavParty & { bankAccount: string }
  customer: NavParty
  lines: NavLine[]
  modification: NavModification | null
  /**
   * The document's VAT per rate as it stored it (standard and zero-rated; left out: base × rate):
   * the credit note that finishes a rate credits what remained of the invoice's VAT.
   */
  storedVat?: ReadonlyArray<{ vatRateBp: number; netCents: number; vatCents: number }>
}

export type NavOperation = 'CREATE' | 'MODIFY'

export const operationOf = (source: Pick<NavInvoiceSource, 'type'>): NavOperation =>
  source.type === 'invoice' ? 'CREATE' : 'MODIFY'

/**
 * Everything a NAV document needs that the issued document does not say by itself: the reason by
 * key (the refusal names it in the reader's language), its English text as the error's message.
 */
export class NavDataProblem extends Error {
  constructor(readonly reason: Message) {
    super(englishMessage(reason))
  }
}

const paymentMethods = { bank_transfer: 'TRANSFER', card: 'CARD', direct_debit: 'TRANSFER' } as const

/** Units as people type them (several languages) -> NAV's unit list; anything else is OWN. */
const unitNames: Record<string, string> = {}
for (const [nav, names] of Object.entries({
  PIECE: 'pc pcs piece pieces u ud uds unit units ea db darab шт',
  KILOGRAM: 'kg kilogram kilo kilos',
  TON: 't ton tonne tons',
  KWH: 'kwh',
  DAY: 'd day days día días dia dies nap',
  HOUR: 'h hr hrs hour hours hora horas óra ora час',
  MINUTE: 'min minute minutes minuto minutos perc',
  MONTH: 'month months mes meses hó hónap mo',
  LITER: 'l lt litre liter litro litros',
  KILOMETER: 'km',
  CUBIC_METER: 'm3 m³',
  METER: 'm meter metre metro metros',
  LINEAR_METER: 'fm lm',
  CARTON: 'carton karton caja cajas',
  PACK: 'pack pk csomag paquete'
}))
  for (const name of names.split(' ')) unitNames[name] = nav

export function unitOfMeasure(unit: string): { unitOfMeasure: string; own: string | null } {
  const key = unit.trim().toLowerCase().replace(/\.$/, '')
  if (key === '') return { unitOfMeasure: 'PIECE', own: null }
  const nav = unitNames[key]
  return nav ? { unitOfMeasure: nav, own: null } : { unitOfMeasure: 'OWN', own: unit.trim().slice(0, 50) }
}

const TIME_UNITS = new Set(['HOUR', 'DAY', 'MINUTE', 'MONTH'])

export function lineNature(line: Pick<NavLine, 'unit' | 'productId'>): 'PRODUCT' | 'SERVICE' | 'OTHER' {
  if (TIME_UNITS.has(unitOfMeasure(line.unit).unitOfMeasure)) return 'SERVICE'
  return line.productId !== null ? 'PRODUCT' : 'OTHER'
}

const quantityText = (milli: number) => decimalText(BigInt(milli), 3).replace(/\.?0+$/, '') || '0'

/** NAV's "case" codes for exempt and out-of-scope supplies, with the reason printed when none is given. */
const reasons = {
  TAM: 'Tárgyi adómentes (exempt supply)',
  KBAET: 'Adómentes Közösségen belüli termékértékesítés (intra-Community supply)',
  EAM: 'Adómentes termékexport (export of goods)',
  EUFAD37:
    'Áfa tv. 37. § (1), a fordított adózás a másik tagállamban (reverse charge in the customer’s state)',
  EUFADE: 'Másik tagállamban a vevő fizeti az adót (reverse charge in the customer’s state)',
  HO: 'Harmadik országban teljesített szolgáltatás (service outside the EU)',
  ATK: 'Áfa tárgyi hatályán kívül (outside the scope of VAT)'
} as const

function detailedReason(tag: string, code: keyof typeof reasons, text: string | null): string {
  return node(tag, [leaf('case', code), leaf('reason', (text?.trim() || reasons[code]).slice(0, 200))])
}

/** The lineVatRate / vatRate content for a line: a fraction, or the marks with their reasons. */
export function vatRateContent(line: NavLine, customerCountry: string, service: boolean): string {
  const country = customerCountry.trim().toUpperCase()
  const eu = EU_COUNTRIES.has(country) && country !== 'HU'
  switch (line.vatCategory) {
    case 'S':
    case 'Z':
      return leaf('vatPercentage', decimalText(BigInt(line.vatRateBp), 4).replace(/\.?0+$/, '') || '0')
    case 'E':
      return detailedReason('vatExemption', 'TAM', line.exemptionText)
    case 'K':
      return detailedReason('vatExemption', 'KBAET', line.exemptionText)
    case 'G':
      return service
        ? detailedReason('vatOutOfScope', 'HO', line.exemptionText)
        : detailedReason('vatExemption', 'EAM', line.exemptionText)
    case 'AE':
      if (eu) return detailedReason('vatOutOfScope', service ? 'EUFAD37' : 'EUFADE', line.exemptionText)
      if (country === 'HU' || country === '') return leaf('vatDomesticReverseCharge', true)
      return detailedReason('vatOutOfScope', 'HO', line.exemptionText)
    case 'O':
      return detailedReason('vatOutOfScope', 'ATK', line.exemptionText)
  }
}

function taxNumber(tag: string, tax: HungarianTaxNumber): string {
  return node(tag, [
    leaf('base:taxpayerId', tax.taxpayerId),
    leaf('base:vatCode', tax.vatCode),
    leaf('base:countyCode', tax.countyCode)
  ])
}

function postalCode(text: string): string {
  const compact = text.trim().toUpperCase()
  // NAV's rule for an address without a postal code: "0000".
  return /^[A-Z0-9][A-Z0-9\s-]{1,8}[A-Z0-9]$/.test(compact) ? compact : '0000'
}

function address(tag: string, party: NavParty): string {
  const detail = [party.addressLine1, party.addressLine2]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ')
  return node(tag, [
    node('base:simpleAddress', [
      leaf('base:countryCode', party.country.trim().toUpperCase() || 'HU'),
      leaf('base:region', party.region.trim().slice(0, 50)),
      leaf('base:postalCode', postalCode(party.postalCode)),
      leaf('base:city', party.city.trim() || '-'),
      leaf('base:additionalAddressDetail', (detail || party.city.trim() || '-').slice(0, 255))
    ])
  ])
}

function bankAccount(text: string): string | null {
  const compact = text.replace(/\s/g, '').toUpperCase()
  return /^([0-9]{8}-[0-9]{8}(-[0-9]{8})?|[A-Z]{2}[0-9]{2}[0-9A-Z]{11,30})$/.test(compact) ? compact : null
}

function supplierInfo(source: NavInvoiceSource): string {
  const s = source.supplier
  const tax = fullHungarianTaxNumber(s.taxId)
  if (!tax) throw new NavDataProblem({ key: 'navCompanyTaxNumberNotWhole', params: { taxId: s.taxId } })
  if (s.name.trim() === '') throw new NavDataProblem({ key: 'navCompanyNoLegalName' })
  return node('supplierInfo', [
    taxNumber('supplierTaxNumber', tax),
    leaf('communityVatNumber', `HU${tax.taxpayerId}`),
    leaf('supplierName', s.name.trim().slice(0, 512)),
    address('supplierAddress', s),
    leaf('supplierBankAccountNumber', bankAccount(s.bankAccount))
  ])
}

function customerInfo(source: NavInvoiceSource): string {
  const c = source.customer
  const vat = customerVatStatus(c.taxId, c.country)
  if (vat.status === 'PRIVATE_PERSON')
    // NAV must not receive a private person's name or address.
    return node('customerInfo', [leaf('customerVatStatus', 'PRIVATE_PERSON')])
  let vatData: Child = null
  if (vat.status === 'DOMESTIC' && vat.taxNumber)
    vatData = node('customerVatData', [taxNumber('customerTaxNumber', vat.taxNumber)])
  else if (vat.status === 'OTHER' && vat.eu && vat.communityVatNumber)
    vatData = node('customerVatData', [leaf('communityVatNumber', vat.communityVatNumber)])
  else if (vat.status === 'OTHER' && !vat.eu && vat.thirdStateTaxId)
    vatData = node('customerVatData', [leaf('thirdStateTaxId', vat.thirdStateTaxId)])
  if (vat.status === 'DOMESTIC' && !vat.taxNumber)
    throw new NavDataProblem({ key: 'navCustomerTaxNumberNotHungarian', params: { taxId: c.taxId } })
  return node('customerInfo', [
    leaf('customerVatStatus', vat.status),
    vatData,
    leaf('customerName', c.name.trim().slice(0, 512) || '-'),
    address('customerAddress', c)
  ])
}

interface Money {
  amount: bigint
  huf: bigint
}

/** What the lines and the summary of one document add up to, per NAV VAT rate. */
export interface NavFigures {
  lines: Array<{ number: number; net: Money; vatRate: string }>
  groups: Array<{ vatRate: string; net: Money; vat: Money }>
  net: Money
  vat: Money
  gross: Money
}

export function navFigures(source: NavInvoiceSource): NavFigures {
  const sign = source.type === 'credit_note' ? -1n : 1n
  const micros = rateMicros(source.exchangeRate)
  const money = (amount: bigint): Money => ({ amount, huf: toHuf(amount, source.currency, micros) })
  const base = source.modification?.linesBefore ?? 0
  const groups = new Map<string, { bp: number | null; net: bigint }>()
  const lines = source.lines.map((line, i) => {
    const vatRate = vatRateContent(line, source.customer.country, lineNature(line) === 'SERVICE')
    const net = sign * BigInt(line.netCents)
    const percentage = line.vatCategory === 'S' || line.vatCategory === 'Z'
    const group = groups.get(vatRate) ?? { bp: percentage ? line.vatRateBp : null, net: 0n }
    group.net += net
    groups.set(vatRate, group)
    return { number: base + i + 1, net: money(net), vatRate }
  })
  const summary = [...groups.entries()].map(([vatRate, g]) => {
    // The same rounding as the document's VAT breakdown: per rate, half away from zero; or the VAT
    // the document stored for the rate, when the stored base is the group's.
    const stored = source.storedVat?.filter((r) => r.vatRateBp === g.bp) ?? []
    const storedNet = sign * BigInt(stored.reduce((sum, r) => sum + r.netCents, 0))
    const vat =
      g.bp === null
        ? 0n
        : stored.length > 0 && storedNet === g.net
          ? sign * BigInt(stored.reduce((sum, r) => sum + r.vatCents, 0))
          : divideRoundHalfAwayFromZero(g.net * BigInt(g.bp), 10_000n)
    return { vatRate, net: money(g.net), vat: money(vat) }
  })
  const sum = (pick: (g: (typeof summary)[number]) => Money): Money => ({
    amount: summary.reduce((s, g) => s + pick(g).amount, 0n),
    huf: summary.reduce((s, g) => s + pick(g).huf, 0n)
  })
  const net = sum((g) => g.net)
  const vat = sum((g) => g.vat)
  return {
    lines,
    groups: summary,
    net,
    vat,
    gross: { amount: net.amount + vat.amount, huf: net.huf + vat.huf }
  }
}

/** The InvoiceData XML of one issued document (UTF-8 text, declaration included). */
export function buildInvoiceData(source: NavInvoiceSource): string {
  const digits = minorUnits(source.currency)
  if (digits > 2)
    throw new NavDataProblem({ key: 'navAmountDecimals', params: { currency: source.currency, digits } })
  const sign = source.type === 'credit_note' ? -1n : 1n
  const figures = navFigures(source)
  const micros = rateMicros(source.exchangeRate)
  const cur = (minor: bigint) => decimalText(minor, digits)
  const huf = (minor: bigint) => decimalText(minor, HUF_DIGITS)
  // Unit prices per one unit, to NAV's 10 decimals: price × 1000 / base quantity.
  const perUnit = (line: NavLine) =>
    divideRoundHalfAwayFromZero(
      BigInt(line.unitPriceTenThousandths) * 1_000_000n * 1000n,
      BigInt(line.priceBaseQuantityMilli)
    )
  const priceText = (tenDigits: bigint) => decimalText(tenDigits, 10).replace(/\.?0+$/, '') || '0'
  const payable = source.type !== 'credit_note'

  const lines = source.lines.map((line, i) => {
    const f = figures.lines[i]
    const unit = unitOfMeasure(line.unit)
    const nature = lineNature(line)
    return node('line', [
      leaf('lineNumber', i + 1),
      source.modification &&
        node('lineModificationReference', [
          leaf('lineNumberReference', f.number),
          leaf('lineOperation', 'CREATE')
        ]),
      leaf('lineExpressionIndicator', true),
      leaf('lineNatureIndicator', nature),
      leaf('lineDescription', line.description.trim().slice(0, 512) || '-'),
      leaf('quantity', quantityText(Number(sign) * line.quantityMilli)),
      leaf('unitOfMeasure', unit.unitOfMeasure),
      leaf('unitOfMeasureOwn', unit.own),
      leaf('unitPrice', priceText(perUnit(line))),
      leaf('unitPriceHUF', priceText(divideRoundHalfAwayFromZero(perUnit(line) * micros, 1_000_000n))),
      line.discountBp !== 0 &&
        node('lineDiscountData', [
          leaf('discountValue', cur(sign * BigInt(line.discountCents))),
          leaf('discountRate', decimalText(BigInt(line.discountBp), 4).replace(/\.?0+$/, ''))
        ]),
      node('lineAmountsNormal', [
        node('lineNetAmountData', [
          leaf('lineNetAmount', cur(f.net.amount)),
          leaf('lineNetAmountHUF', huf(f.net.huf))
        ]),
        node('lineVatRate', [f.vatRate])
      ])
    ])
  })

  const summary = node('invoiceSummary', [
    node('summaryNormal', [
      ...figures.groups.map((g) =>
        node('summaryByVatRate', [
          node('vatRate', [g.vatRate]),
          node('vatRateNetData', [
            leaf('vatRateNetAmount', cur(g.net.amount)),
            leaf('vatRateNetAmountHUF', huf(g.net.huf))
          ]),
          node('vatRateVatData', [
            leaf('vatRateVatAmount', cur(g.vat.amount)),
            leaf('vatRateVatAmountHUF', huf(g.vat.huf))
          ]),
          node('vatRateGrossData', [
            leaf('vatRateGrossAmount', cur(g.net.amount + g.vat.amount)),
            leaf('vatRateGrossAmountHUF', huf(g.net.huf + g.vat.huf))
          ])
        ])
      ),
      leaf('invoiceNetAmount', cur(figures.net.amount)),
      leaf('invoiceNetAmountHUF', huf(figures.net.huf)),
      leaf('invoiceVatAmount', cur(figures.vat.amount)),
      leaf('invoiceVatAmountHUF', huf(figures.vat.huf))
    ]),
    node('summaryGrossData', [
      leaf('invoiceGrossAmount', cur(figures.gross.amount)),
      leaf('invoiceGrossAmountHUF', huf(figures.gross.huf))
    ])
  ])

  const m = source.modification
  const invoice = node('invoice', [
    m &&
      node('invoiceReference', [
        leaf('originalInvoiceNumber', m.originalNumber),
        leaf('modifyWithoutMaster', false),
        leaf('modificationIndex', m.index)
      ]),
    node('invoiceHead', [
      supplierInfo(source),
      customerInfo(source),
      node('invoiceDetail', [
        leaf('invoiceCategory', 'NORMAL'),
        leaf('invoiceDeliveryDate', source.deliveryDate),
        leaf('currencyCode', source.currency),
        leaf('exchangeRate', rateText(micros)),
        leaf('paymentMethod', paymentMethods[source.paymentMethod]),
        payable && leaf('paymentDate', source.dueDate),
        leaf('invoiceAppearance', 'PAPER')
      ])
    ]),
    node('invoiceLines', [leaf('mergedItemIndicator', false), ...lines]),
    summary
  ])

  return xmlDocument(
    'InvoiceData',
    [
      leaf('invoiceNumber', source.number),
      leaf('invoiceIssueDate', source.issueDate),
      leaf('completenessIndicator', false),
      node('invoiceMain', [invoice])
    ],
    { xmlns: NS_DATA, 'xmlns:base': NS_BASE, 'xmlns:common': NS_COMMON }
  )
}
