/**
 * The official EN 16931 example invoices (17 of `ubl/examples`: CEN/TC 434, guide, BIS3 and the
 * discount-price and issue116 samples; all 15 of `cii/examples`; vendored in
 * test/standards/en16931/examples) entered through the API as a user would (documents.createDraft
 * and documents.issue: lines with quantities, 4-decimal prices, base quantities, gross prices,
 * line and document allowances and charges, exempt and not-subject lines, prepaid amounts),
 * exported as UBL and CII, checked with the official schematron, and compared with the totals
 * each example states. The example is read here with its own XML; nothing of the app's
 * e-invoice code is used to read it.
 */
import { XMLParser } from 'fast-xml-parser'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentDraftInput } from '../../src/shared/schemas/document-drafts'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { companySettings, creditNote, seedDocuments, type Seeded } from '../documents/helpers'
import { describeFatal, validateEn16931, type ValidationReport } from '../support/en16931'
import { englishMessage } from '../../src/shared/errors'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'

const EXAMPLES = join(__dirname, '../standards/en16931/examples')
const NAMES = [
  ...Array.from({ length: 10 }, (_, i) => `ubl-tc434-example${String(i + 1)}`),
  'guide-example1',
  'guide-example2',
  'guide-example3',
  'BIS3_Invoice_positive',
  'BIS3_Invoice_negativ',
  'issue116',
  'sample-discount-price'
]

/**
 * The official CII examples (`cii/examples`), read with a CII reader of their own below and entered
 * the same way. Every one can be entered and issued; where one states figures that do not follow
 * from its own quantities and prices (INCONSISTENT), the app gives what EN 16931 gives for them.
 */
const CII_NAMES = [
  ...Array.from({ length: 9 }, (_, i) => `CII_example${String(i + 1)}`),
  'CII_business_example_01',
  'CII_business_example_02',
  'CII_business_example_Z',
  'CII-BR-CO-10-RoundingIssue',
  'huf_example_cii',
  'XRechnung-O'
]
const ALL_NAMES = [...NAMES, ...CII_NAMES]

/** The example's file: upstream spells some with .XML. */
const fileOf = (name: string) =>
  join(EXAMPLES, existsSync(join(EXAMPLES, `${name}.xml`)) ? `${name}.xml` : `${name}.XML`)

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) =>
    ['InvoiceLine', 'CreditNoteLine', 'AllowanceCharge', 'TaxSubtotal', 'TaxTotal'].includes(name)
})

type Node = Record<string, unknown>
const node = (value: unknown): Node => (value ?? {}) as Node
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : [])
/** The text of an element (with or without attributes). */
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'object' && value ? text((value as Node)['#text']) : ''

/** "12.5" → 12500 at scale 3 (exact: string digits, no floating point). */
function scaled(decimal: string, scale: number): number {
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(decimal.trim())
  if (!match) throw new Error(`not a decimal: ${decimal}`)
  const [, sign, whole, fraction = ''] = match
  if (fraction.replace(/0+$/, '').length > scale)
    throw new Error(`${decimal} has more than ${String(scale)} decimals`)
  const value = Number(`${whole || '0'}${fraction.padEnd(scale, '0').slice(0, scale)}`)
  return sign === '-' ? -value : value
}
const cents = (value: unknown) => scaled(text(value) || '0', 2)

/**
 * A price with more than 4 decimals (0.00101 per kWh) is entered as a user would: the same price
 * for a base quantity 10, 100, … times larger (0.0101 per 10 kWh), which is the same amount.
 */
function priceOf(price: string, baseQuantity: string) {
  const decimals = (/\.(\d*?)0*$/.exec(price)?.[1] ?? '').length
  const shift = Math.max(0, decimals - 4)
  const factor = 10 ** shift
  return {
    unitPriceTenThousandths: scaled(price, 4 + shift),
    priceBaseQuantityMilli: scaled(baseQuantity, 3) * factor
  }
}

interface Stated {
  currency: string
  lineNet: number
  allowances: number
  charges: number
  net: number
  vat: number
  total: number
  prepaid: number
  rounding: number
  payable: number
}

type ExampleLine = DocumentDraftInput['lines'][number] & { statedNetCents: number }

interface Example {
  name: string
  stated: Stated
  draft: Omit<DocumentDraftInput, 'customerId' | 'lines'> & { lines: ExampleLine[] }
}

function roundHalfAway(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const q = (2n * n + d) / (2n * d)
  return negative ? -q : q
}

/** A line's net by EN 16931 from the example's own quantity and price: qty × price ÷ base − allowances + charges. */
function lineNet(line: ExampleLine): number {
  const gross = roundHalfAway(
    BigInt(line.quantityMilli) * BigInt(line.unitPriceTenThousandths ?? 0),
    BigInt(line.priceBaseQuantityMilli ?? 1000) * 100n
  )
  return Number(gross) - (line.allowanceCents ?? 0) + (line.chargeCents ?? 0)
}

/** The totals EN 16931 gives for the example's lines, computed here (VAT rounded per category and rate). */
function recomputed(example: Example): Omit<Stated, 'currency' | 'payable'> {
  const nets = example.draft.lines.map(lineNet)
  const acs = example.draft.allowancesCharges ?? []
  const bases = new Map<string, { rateBp: number; base: number }>()
  const add = (category: string | undefined, rateBp: number, amount: number) => {
    const key = `${category ?? 'S'}/${String(rateBp)}`
    const row = bases.get(key) ?? { rateBp, base: 0 }
    row.base += amount
    bases.set(key, row)
  }
  example.draft.lines.forEach((l, i) => add(l.vatCategory, l.vatRateBp, nets[i]))
  for (const ac of acs) add(ac.vatCategory, ac.vatRateBp, ac.charge ? ac.amountCents : -ac.amountCents)
  const lineNetTotal = nets.reduce((a, b) => a + b, 0)
  const allowances = acs.filter((a) => !a.charge).reduce((a, b) => a + b.amountCents, 0)
  const charges = acs.filter((a) => a.charge).reduce((a, b) => a + b.amountCents, 0)
  const net = lineNetTotal - allowances + charges
  const vat = [...bases.values()].reduce(
    (sum, b) => sum + Number(roundHalfAway(BigInt(b.base) * BigInt(b.rateBp), 10_000n)),
    0
  )
  return {
    lineNet: lineNetTotal,
    allowances,
    charges,
    net,
    vat,
    total: net + vat,
    prepaid: example.draft.prepaidCents ?? 0,
    rounding: example.draft.roundingCents ?? 0
  }
}

/** The lines (1-based) whose stated net is not quantity × price (± allowances and charges). */
const inconsistentLines = (example: Example) =>
  example.draft.lines.flatMap((l, i) => (lineNet(l) === l.statedNetCents ? [] : [i + 1]))

type ExemptionReasons = Map<string, { code: string | null; text: string | null }>

/**
 * A line's or an allowance's VAT category and rate (percent as written), with the exemption reason
 * the example's VAT breakdown gives that category (exemption reasons are given per category there).
 */
function vatFields(reasons: ExemptionReasons, category: string, percent: string) {
  const id = category as 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O' | 'B'
  const reason = reasons.get(id)
  return {
    vatCategory: id,
    vatRateBp: scaled(percent || '0', 2),
    ...(id === 'S' || id === 'Z' || id === 'B'
      ? {}
      : {
          vatExemptionCode: reason?.code ?? null,
          // A reason is required for exempt lines; the example's own words, else its code.
          vatExemptionText: reason?.text ?? (reason?.code ? null : 'Exempt')
        })
  }
}

/** The draft of an example as a user enters it, from what its reader found. */
function exampleDraft(
  currency: string,
  lines: ExampleLine[],
  allowancesCharges: NonNullable<DocumentDraftInput['allowancesCharges']>,
  totals: { prepaidCents: number; roundingCents: number }
): Example['draft'] {
  return {
    type: 'invoice',
    issueDate: null,
    validUntil: null,
    promisedDate: null,
    currency,
    paymentMethod: 'bank_transfer',
    paymentInstructions: '',
    notes: '',
    reason: '',
    lines,
    allowancesCharges,
    ...totals
  }
}

function readExample(name: string): Example {
  const xml = readFileSync(fileOf(name), 'utf8')
  // A credit note (ubl-tc434-creditnote1) reads the same: its lines and credited quantities.
  const parsed = node(parser.parse(xml))
  const invoice = node(parsed.Invoice ?? parsed.CreditNote)
  const currency = text(invoice.DocumentCurrencyCode)
  const totals = node(invoice.LegalMonetaryTotal)
  const taxTotal = list(invoice.TaxTotal).find((t) => list(t.TaxSubtotal).length > 0) ?? {}
  const reasons: ExemptionReasons = new Map()
  for (const sub of list(taxTotal.TaxSubtotal)) {
    const category = node(sub.TaxCategory)
    reasons.set(text(category.ID), {
      code: text(category.TaxExemptionReasonCode) || null,
      text: text(category.TaxExemptionReason) || null
    })
  }
  const vatOf = (category: Node) => vatFields(reasons, text(category.ID), text(category.Percent))
  const lines = list(invoice.InvoiceLine ?? invoice.CreditNoteLine).map((line) => {
    const price = node(line.Price)
    const item = node(line.Item)
    const quantity = node(line.InvoicedQuantity ?? line.CreditedQuantity)
    const priceAc = list(price.AllowanceCharge).at(0)
    const lineAcs = list(line.AllowanceCharge)
    const sum = (charge: boolean) =>
      lineAcs
        .filter((ac) => text(ac.ChargeIndicator) === String(charge))
        .reduce((s, ac) => s + cents(ac.Amount), 0)
    const why = (charge: boolean) =>
      lineAcs
        .filter((ac) => text(ac.ChargeIndicator) === String(charge))
        .map((ac) => text(ac.AllowanceChargeReason) || text(ac.AllowanceChargeReasonCode))
        .join('; ')
    return {
      productId: null,
      description: text(item.Name) || text(item.Description) || 'Item',
      unit: text(quantity['@unitCode']),
      quantityMilli: scaled(text(quantity), 3),
      ...priceOf(text(price.PriceAmount), price.BaseQuantity === undefined ? '1' : text(price.BaseQuantity)),
      // The price before the price discount: stated (BaseAmount), else the net price plus the discount.
      grossPriceTenThousandths: priceAc
        ? priceAc.BaseAmount === undefined
          ? scaled(text(price.PriceAmount), 4) + scaled(text(priceAc.Amount), 4)
          : scaled(text(priceAc.BaseAmount), 4)
        : null,
      statedNetCents: cents(line.LineExtensionAmount),
      discountBp: 0,
      allowanceCents: sum(false),
      allowanceReason: why(false),
      chargeCents: sum(true),
      chargeReason: why(true),
      ...vatOf(node(item.ClassifiedTaxCategory)),
      promisedDate: null,
      sourceLineId: null
    }
  })
  const allowancesCharges = list(invoice.AllowanceCharge).map((ac) => ({
    charge: text(ac.ChargeIndicator) === 'true',
    amountCents: cents(ac.Amount),
    baseCents: ac.BaseAmount === undefined ? null : cents(ac.BaseAmount),
    percentBp: ac.MultiplierFactorNumeric === undefined ? null : scaled(text(ac.MultiplierFactorNumeric), 2),
    reason: text(ac.AllowanceChargeReason),
    reasonCode: text(ac.AllowanceChargeReasonCode),
    // An allowance or charge has a category and rate; the exemption reason is the breakdown's (from the lines).
    ...(({ vatExemptionCode: _code, vatExemptionText: _text, ...vat }) => vat)(
      vatOf(node(list(ac.TaxCategory)[0] ?? ac.TaxCategory))
    )
  }))
  return {
    name,
    stated: {
      currency,
      lineNet: cents(totals.LineExtensionAmount),
      allowances: cents(totals.AllowanceTotalAmount),
      charges: cents(totals.ChargeTotalAmount),
      net: cents(totals.TaxExclusiveAmount),
      vat: cents(list(invoice.TaxTotal).map((t) => t.TaxAmount)[0]),
      total: cents(totals.TaxInclusiveAmount),
      prepaid: cents(totals.PrepaidAmount),
      rounding: cents(totals.PayableRoundingAmount),
      payable: cents(totals.PayableAmount)
    },
    draft: exampleDraft(currency, lines, allowancesCharges, {
      prepaidCents: cents(totals.PrepaidAmount),
      roundingCents: cents(totals.PayableRoundingAmount)
    })
  }
}

const ciiParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) =>
    [
      'IncludedSupplyChainTradeLineItem',
      'ApplicableTradeTax',
      'SpecifiedTradeAllowanceCharge',
      'AppliedTradeAllowanceCharge',
      'TaxTotalAmount'
    ].includes(name)
})

/**
 * The CII examples that state the net price itself as its base quantity (BT-149 "0.00880 KWH" for a
 * price of 0.00880; "1273 NAR" for 1 273.00): an error of the examples (their UBL twins have no base
 * quantity, and the stated line nets are quantity × price), read as base quantity 1 and named in a test.
 */
const basisIsPrice = new Map<string, number>()

function basisOf(name: string, price: Node): string {
  if (price.BasisQuantity === undefined) return '1'
  const basis = text(price.BasisQuantity)
  if (Number(basis) !== Number(text(price.ChargeAmount)) || Number(basis) === 1) return basis
  basisIsPrice.set(name, (basisIsPrice.get(name) ?? 0) + 1)
  return '1'
}

/** A CII indicator (`<ChargeIndicator><udt:Indicator>true</…>`). */
const indicator = (value: unknown) => text(node(value).Indicator) === 'true'

/**
 * A CII example (UN/CEFACT Cross Industry Invoice, EN 16931 syntax binding) as the same draft a
 * user would enter: BT-146 net price per BT-149 base quantity, BT-148 gross price with its
 * discount, line (BG-27/28) and document (BG-20/21) allowances and charges with their category
 * and rate, exemption reasons from the VAT breakdown (BG-23), prepaid (BT-113) and rounding
 * (BT-114); the stated totals from BG-22 (BT-110 in the invoice's currency, not BT-111).
 */
function readCiiExample(name: string): Example {
  const xml = readFileSync(fileOf(name), 'utf8')
  const invoice = node(node(ciiParser.parse(xml)).CrossIndustryInvoice)
  const transaction = node(invoice.SupplyChainTradeTransaction)
  const settlement = node(transaction.ApplicableHeaderTradeSettlement)
  const currency = text(settlement.InvoiceCurrencyCode)
  const totals = node(settlement.SpecifiedTradeSettlementHeaderMonetarySummation)
  const reasons: ExemptionReasons = new Map()
  for (const tax of list(settlement.ApplicableTradeTax))
    reasons.set(text(tax.CategoryCode), {
      code: text(tax.ExemptionReasonCode) || null,
      text: text(tax.ExemptionReason) || null
    })
  const vatOf = (tax: Node) => vatFields(reasons, text(tax.CategoryCode), text(tax.RateApplicablePercent))
  const lines = list(transaction.IncludedSupplyChainTradeLineItem).map((item) => {
    const product = node(item.SpecifiedTradeProduct)
    const agreement = node(item.SpecifiedLineTradeAgreement)
    const net = node(agreement.NetPriceProductTradePrice)
    const gross = node(agreement.GrossPriceProductTradePrice)
    const quantity = node(node(item.SpecifiedLineTradeDelivery).BilledQuantity)
    const lineSettlement = node(item.SpecifiedLineTradeSettlement)
    const acs = list(lineSettlement.SpecifiedTradeAllowanceCharge)
    const sum = (charge: boolean) =>
      acs
        .filter((ac) => indicator(ac.ChargeIndicator) === charge)
        .reduce((t, ac) => t + cents(ac.ActualAmount), 0)
    const why = (charge: boolean) =>
      acs
        .filter((ac) => indicator(ac.ChargeIndicator) === charge)
        .map((ac) => text(ac.Reason) || text(ac.ReasonCode))
        .join('; ')
    const priceDiscount = list(gross.AppliedTradeAllowanceCharge).at(0)
    return {
      productId: null,
      description: text(product.Name) || text(product.Description) || 'Item',
      unit: text(quantity['@unitCode']),
      quantityMilli: scaled(text(quantity), 3),
      ...priceOf(text(net.ChargeAmount), basisOf(name, net)),
      grossPriceTenThousandths:
        priceDiscount && gross.ChargeAmount !== undefined ? scaled(text(gross.ChargeAmount), 4) : null,
      statedNetCents: cents(
        node(lineSettlement.SpecifiedTradeSettlementLineMonetarySummation).LineTotalAmount
      ),
      discountBp: 0,
      allowanceCents: sum(false),
      allowanceReason: why(false),
      chargeCents: sum(true),
      chargeReason: why(true),
      ...vatOf(node(list(lineSettlement.ApplicableTradeTax)[0])),
      promisedDate: null,
      sourceLineId: null
    }
  })
  const allowancesCharges = list(settlement.SpecifiedTradeAllowanceCharge).map((ac) => ({
    charge: indicator(ac.ChargeIndicator),
    amountCents: cents(ac.ActualAmount),
    baseCents: ac.BasisAmount === undefined ? null : cents(ac.BasisAmount),
    percentBp: ac.CalculationPercent === undefined ? null : scaled(text(ac.CalculationPercent), 2),
    reason: text(ac.Reason),
    reasonCode: text(ac.ReasonCode),
    ...(({ vatExemptionCode: _code, vatExemptionText: _text, ...vat }) => vat)(
      vatOf(node(list(ac.CategoryTradeTax)[0] ?? ac.CategoryTradeTax))
    )
  }))
  const vat = list(totals.TaxTotalAmount).find((t) => text(t['@currencyID']) === currency) ?? {}
  return {
    name,
    stated: {
      currency,
      lineNet: cents(totals.LineTotalAmount),
      allowances: cents(totals.AllowanceTotalAmount),
      charges: cents(totals.ChargeTotalAmount),
      net: cents(totals.TaxBasisTotalAmount),
      vat: cents(vat),
      total: cents(totals.GrandTotalAmount),
      prepaid: cents(totals.TotalPrepaidAmount),
      rounding: cents(totals.RoundingAmount),
      payable: cents(totals.DuePayableAmount)
    },
    draft: exampleDraft(currency, lines, allowancesCharges, {
      prepaidCents: cents(totals.TotalPrepaidAmount),
      roundingCents: cents(totals.RoundingAmount)
    })
  }
}

/**
 * Examples whose stated line nets are not quantity × price (found by the check below): for
 * these the app gives what EN 16931 gives for the example's quantities and prices, worked out
 * here, not the stated totals.
 */
const INCONSISTENT: Record<string, number[]> = {
  // Line 20 returns 6 bottles at 18.33 with a net of -109.98 but a quantity of +6.
  'ubl-tc434-example1': [20],
  'ubl-tc434-example10': [20],
  'guide-example1': [20],
  // Line 1: 2 laptops at 1 273.00 with a net of 1 273.00.
  'ubl-tc434-example2': [1],
  'guide-example2': [1],
  // Lines 1 and 2: 2 × 800.00 with a net of 800.00 each.
  'ubl-tc434-example3': [1, 2],
  'guide-example3': [1, 2],
  // The CII twin of ubl-tc434-example1: the same returned bottles.
  CII_example1: [20],
  // Lines 3, 5, 6: the CII twin of ubl-tc434-example8 lost the base quantity (12 months): 132 × 15.24
  // with a net of 167.64, 1 × 441.00 with a net of 36.75 (a twelfth: no quantity in thousandths gives it).
  CII_example8: [3, 5, 6],
  // Line 3 "zzgl." (plus): 1 × 1.50 with a net of 177.41.
  CII_business_example_Z: [3],
  // Nets rounded to whole forints: 64 L at 36 109.00 per 100 L plus 330.00 is 23 439.76, stated 23 440.00.
  huf_example_cii: [1, 2, 3],
  // A line charge (ChargeIndicator true) of 19 % that the stated net subtracts like an allowance.
  'XRechnung-O': [1, 2]
}

/** Inconsistent examples with no quantity that gives their stated nets (so no corrected twin). */
const UNCORRECTABLE = ['CII_example8', 'CII_business_example_Z', 'huf_example_cii', 'XRechnung-O']

/**
 * The example as its stated nets mean it: each inconsistent line gets the quantity that gives
 * its stated net at its price (−6 bottles, 1 laptop); null when no such quantity exists.
 */
function corrected(example: Example): Example | null {
  const lines: ExampleLine[] = []
  for (const line of example.draft.lines) {
    if (lineNet(line) === line.statedNetCents) {
      lines.push(line)
      continue
    }
    const gross = BigInt(line.statedNetCents + (line.allowanceCents ?? 0) - (line.chargeCents ?? 0))
    const numerator = gross * 100n * BigInt(line.priceBaseQuantityMilli ?? 1000)
    const price = BigInt(line.unitPriceTenThousandths ?? 0)
    if (price === 0n || numerator % price !== 0n) return null
    lines.push({ ...line, quantityMilli: Number(numerator / price) })
  }
  return { ...example, name: `${example.name}-corrected`, draft: { ...example.draft, lines } }
}

let desk: TestDesk
let seed: Seeded
const examples = [...NAMES.map(readExample), ...CII_NAMES.map(readCiiExample)]
const correctedExamples = examples
  .filter((e) => e.name in INCONSISTENT)
  .map((e) => corrected(e))
  .filter((e) => e !== null)
const issued = new Map<string, SalesDocument>()
const refused = new Map<string, string>()
const exported = new Map<string, string>()
let reports: ValidationReport[] = []

/** The company's settings (`base`) with the example's currency as its own, so no exchange rate is needed to issue. */
async function companyIn(currency: string, base = companySettings()): Promise<void> {
  await desk.call('settings.update', {
    settings: {
      ...base,
      documents: { ...base.documents, defaultCurrency: currency, accountingCurrency: currency }
    }
  })
}

/** The example's lines as entered (its stated nets are what the app must give, not input). */
const enteredLines = (example: Example) =>
  example.draft.lines.map(({ statedNetCents: _stated, ...line }) => line)

/** The example entered as a draft for `customerId`, as a user would; `lines` instead of its own. */
function enterExample(example: Example, customerId: number, lines = enteredLines(example)) {
  return desk.call('documents.createDraft', { document: { ...example.draft, lines, customerId } })
}

/** An issued document's totals, named as an example states them. */
const totalsOf = (doc: SalesDocument) => ({
  lineNet: doc.lineNetCents,
  allowances: doc.allowanceTotalCents,
  charges: doc.chargeTotalCents,
  net: doc.netCents,
  vat: doc.vatCents,
  total: doc.totalCents,
  prepaid: doc.prepaidCents,
  rounding: doc.roundingCents
})

/** The document as UBL and CII (`<name>.<format>.xml`), and what the official rules say of both. */
async function einvoices(doc: SalesDocument, name: string) {
  const xml = async (format: 'ubl' | 'cii') =>
    Buffer.from((await desk.call('einvoice.file', { id: doc.id, format })).bytes).toString('utf8')
  const ubl = await xml('ubl')
  const cii = await xml('cii')
  const found = validateEn16931([
    { name: `${name}.ubl.xml`, xml: ubl },
    { name: `${name}.cii.xml`, xml: cii }
  ])
  return { ubl, found }
}

beforeAll(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
  for (const example of [...examples, ...correctedExamples]) {
    await companyIn(example.stated.currency)
    try {
      const created = await enterExample(example, seed.customerId)
      issued.set(example.name, await desk.call('documents.issue', { id: created.id }))
    } catch (error) {
      refused.set(example.name, error instanceof Error ? error.message : String(error))
    }
  }
  const files: { name: string; xml: string }[] = []
  for (const [name, doc] of issued)
    for (const format of ['ubl', 'cii'] as const) {
      const file = await desk.call('einvoice.file', { id: doc.id, format })
      const xml = Buffer.from(file.bytes).toString('utf8')
      files.push({ name: `${name}.${format}.xml`, xml })
      if (format === 'ubl') exported.set(name, xml)
    }
  reports = validateEn16931(files)
}, 600_000)

afterAll(async () => {
  await desk.close()
})

describe('the official EN 16931 examples through the API', () => {
  it('every example can be entered and issued', () => {
    expect(Object.fromEntries(refused)).toEqual({})
    expect([...issued.keys()].sort()).toEqual(
      [
        ...ALL_NAMES,
        ...Object.keys(INCONSISTENT)
          .filter((n) => !UNCORRECTABLE.includes(n))
          .map((n) => `${n}-corrected`)
      ].sort()
    )
  })

  it.each(ALL_NAMES)('%s gives the totals the example states', (name) => {
    const example = examples.find((e) => e.name === name)
    const doc = issued.get(name)
    expect(doc, refused.get(name)).toBeDefined()
    if (!example || !doc) return
    const s = example.stated
    // The example's own figures add up (EN 16931 BR-CO-10, -13, -15, -16).
    expect(s.net, 'net = line net - allowances + charges').toBe(s.lineNet - s.allowances + s.charges)
    expect(s.total, 'total = net + VAT').toBe(s.net + s.vat)
    expect(s.payable, 'payable = total - prepaid + rounding').toBe(s.total - s.prepaid + s.rounding)
    const expected = name in INCONSISTENT ? recomputed(example) : s
    expect(totalsOf(doc)).toEqual({
      lineNet: expected.lineNet,
      allowances: expected.allowances,
      charges: expected.charges,
      net: expected.net,
      vat: expected.vat,
      total: expected.total,
      prepaid: expected.prepaid,
      rounding: expected.rounding
    })
  })

  it.each(Object.keys(INCONSISTENT).filter((n) => !UNCORRECTABLE.includes(n)))(
    '%s, with the quantities its stated line nets mean, gives its stated totals',
    (name) => {
      const example = correctedExamples.find((e) => e.name === `${name}-corrected`)
      const doc = issued.get(`${name}-corrected`)
      expect(example && doc, refused.get(`${name}-corrected`)).toBeTruthy()
      if (!example || !doc) return
      const { currency: _c, payable, ...stated } = example.stated
      expect(totalsOf(doc)).toEqual(stated)
      expect(doc.totalCents - doc.prepaidCents + doc.roundingCents).toBe(payable)
    }
  )

  it('ubl-tc434-creditnote1: the invoice it credits, entered and credited whole, gives its stated totals', async () => {
    // The example names no invoice: the one it credits is entered with its lines, then credited in one click.
    const example = readExample('ubl-tc434-creditnote1')
    await companyIn('EUR')
    const created = await enterExample(example, seed.customerId)
    const invoice = await desk.call('documents.issue', { id: created.id })
    const note = await creditNote(desk, invoice, { reason: 'Credit note 1' })
    const s = example.stated
    expect(s).toMatchObject({ lineNet: 10_011, net: 10_011, vat: 0, total: 10_011, payable: 10_011 })
    expect({ type: note.type, net: note.netCents, vat: note.vatCents, total: note.totalCents }).toEqual({
      type: 'credit_note',
      net: s.net,
      vat: s.vat,
      total: s.total
    })
    // Exempt, with the example's reason (text only, no VATEX code).
    expect(note.lines.map((l) => [l.vatCategory, l.vatExemptionCode])).toEqual([['E', null]])
    expect(example.draft.lines.map((l) => [l.vatCategory, l.vatExemptionCode])).toEqual([['E', null]])
    const { found } = await einvoices(note, 'creditnote1')
    expect(found.filter((r) => r.fatal.length > 0).map(describeFatal)).toEqual([])
  })

  it('the Italian split-payment example (category B) is entered between Italian parties and gives its stated totals', async () => {
    // UNCL 5305 "B" (split payment, Italy's scissione dei pagamenti): the public buyer pays the VAT to
    // the treasury, so the invoice states it as prepaid (274.12) and the seller is paid the net.
    const example = readExample('FT G2G_TD01 con Allegato, Bonifico e Split Payment')
    expect(example.draft.lines.map((l) => [l.vatCategory, l.vatRateBp])).toEqual([['B', 2200]])
    const lines = enteredLines(example)
    const base = companySettings({
      legalName: 'Azienda Unita Sanitaria Locale di Reggio Emilia',
      addressLine1: 'Via Amendola, 2',
      postalCode: '42100',
      city: 'Reggio Emilia',
      country: 'IT',
      taxId: 'IT01598570354',
      iban: 'IT64W0100003245243300306301',
      bic: ''
    })
    await companyIn('EUR', base)
    const buyer = await desk.call('customers.create', {
      customer: customer({
        name: 'Azienda USL di Modena',
        taxId: 'IT02241850367',
        billingAddress: address('Modena', {
          line1: 'Via San Giovanni del Cantone 23',
          postalCode: '41121',
          country: 'IT'
        }),
        documentLanguage: 'en'
      })
    })
    // Not between Italian parties (the seeded buyer is Hungarian): refused at issue (BR-B-01).
    const abroad = await enterExample(example, seed.customerId)
    const refusal = await desk.fail('documents.issue', { id: abroad.id })
    expect(refusal.code).toBe('conflict')
    expect(refusal.message).toBe(englishMessage({ key: 'einvoiceSplitPaymentDomestic' }))
    // Beside a standard-rated line: refused at issue (BR-B-02).
    const mixed = await enterExample(example, buyer.id, [
      ...lines,
      { ...lines[0], vatCategory: 'S' as const, vatExemptionCode: null, vatExemptionText: null }
    ])
    expect((await desk.fail('documents.issue', { id: mixed.id })).message).toBe(
      englishMessage({ key: 'einvoiceSplitPaymentMixed' })
    )

    const created = await enterExample(example, buyer.id)
    const doc = await desk.call('documents.issue', { id: created.id })
    const s = example.stated
    expect(s).toMatchObject({ net: 124_600, vat: 27_412, total: 152_012, prepaid: 27_412, payable: 124_600 })
    // The prepaid amount is the VAT the buyer pays to the treasury: 22 % of the net, computed here.
    expect(s.prepaid).toBe(Math.round((s.net * 22) / 100))
    expect(recomputed(example)).toEqual((({ currency: _c, payable: _p, ...rest }) => rest)(s))
    expect(totalsOf(doc)).toEqual((({ currency: _c, payable: _p, ...rest }) => rest)(s))
    expect(doc.totalCents - doc.prepaidCents + doc.roundingCents).toBe(s.payable)

    const { ubl, found } = await einvoices(doc, 'split-payment')
    expect(found.filter((r) => r.fatal.length > 0).map(describeFatal)).toEqual([])
    expect(found).toHaveLength(2)
    const invoice = node(node(parser.parse(ubl)).Invoice)
    const subtotal = list(list(invoice.TaxTotal)[0]?.TaxSubtotal)[0] ?? {}
    expect([text(node(subtotal.TaxCategory).ID), text(node(subtotal.TaxCategory).Percent)]).toEqual([
      'B',
      '22'
    ])
    expect(cents(node(invoice.LegalMonetaryTotal).PayableAmount)).toBe(s.payable)
    expect(cents(node(invoice.LegalMonetaryTotal).PrepaidAmount)).toBe(s.prepaid)
  })

  it('names the CII examples that state the price as its base quantity (read as 1)', () => {
    expect(Object.fromEntries(basisIsPrice)).toEqual({
      CII_business_example_01: 5,
      CII_example2: 5,
      CII_example8: 10,
      CII_example9: 1
    })
  })

  it('names the examples whose stated line nets are not quantity × price', () => {
    const found = Object.fromEntries(
      examples.map((e) => [e.name, inconsistentLines(e)] as const).filter(([, lines]) => lines.length > 0)
    )
    expect(found).toEqual(INCONSISTENT)
    // Where the lines hold, the independent computation gives the stated totals too.
    for (const example of examples.filter((e) => !(e.name in INCONSISTENT))) {
      const { currency: _c, payable: _p, ...stated } = example.stated
      expect(recomputed(example), example.name).toEqual(stated)
    }
  })

  it('the issued examples pass the official rules as UBL and CII, stating the same totals', () => {
    const fatal = reports.filter((r) => r.fatal.length > 0).map(describeFatal)
    expect(fatal).toEqual([])
    expect(reports).toHaveLength(issued.size * 2)
    // The exported UBL states the example's totals (consistent examples, and the corrected ones).
    const stating = [...examples.filter((e) => !(e.name in INCONSISTENT)), ...correctedExamples]
    expect(stating).toHaveLength(ALL_NAMES.length - UNCORRECTABLE.length)
    for (const example of stating) {
      const ubl = node(node(parser.parse(exported.get(example.name) ?? '')).Invoice)
      const totals = node(ubl.LegalMonetaryTotal)
      const s = example.stated
      expect(
        {
          currency: text(ubl.DocumentCurrencyCode),
          lineNet: cents(totals.LineExtensionAmount),
          net: cents(totals.TaxExclusiveAmount),
          vat: cents(list(ubl.TaxTotal).map((t) => t.TaxAmount)[0]),
          total: cents(totals.TaxInclusiveAmount),
          payable: cents(totals.PayableAmount)
        },
        example.name
      ).toEqual({
        currency: s.currency,
        lineNet: s.lineNet,
        net: s.net,
        vat: s.vat,
        total: s.total,
        payable: s.payable
      })
    }
  })
})
