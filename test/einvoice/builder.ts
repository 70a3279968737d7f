/**
 * Builds EN 16931 models for the tests with totals computed here, independently of the app:
 * exact decimal arithmetic on BigInt, half away from zero, per VAT category and rate.
 */
import type {
  EAllowanceCharge,
  EInvoice,
  EInvoiceKind,
  ELine,
  EParty,
  EPaymentMeans,
  EVatBreakdown,
  VatCategory
} from '../../src/main/einvoice/model'

/** "12.5" -> 125000n at scale 4. */
export function scaled(decimal: string, scale: number): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal)
  if (!match) throw new Error(`not a decimal: ${decimal}`)
  const [, sign, whole, decimals = ''] = match
  const fraction = decimals.padEnd(scale, '0')
  if (fraction.length > scale) throw new Error(`too many decimals: ${decimal}`)
  const value = BigInt(whole + fraction)
  return sign === '-' ? -value : value
}

function roundDiv(n: bigint, d: bigint): bigint {
  const negative = n < 0n
  const abs = negative ? -n : n
  const q = (2n * abs + d) / (2n * d)
  return negative ? -q : q
}

export interface LineSpec {
  quantity: string
  price: string
  category?: VatCategory
  rate?: string | null
  name?: string
  unitCode?: string
  baseQuantity?: string
  grossPrice?: string
  allowances?: { amount: string; reason: string }[]
  charges?: { amount: string; reason: string }[]
}

export interface DocAllowanceSpec {
  isCharge: boolean
  amount: string
  reason: string
  category: VatCategory
  rate: string | null
}

export interface InvoiceSpec {
  kind?: EInvoiceKind
  number?: string
  currency?: string
  digits?: number
  lines: LineSpec[]
  allowancesCharges?: DocAllowanceSpec[]
  prepaid?: string
  exemption?: Partial<Record<VatCategory, { code: string; text: string }>>
  seller?: Partial<EParty>
  buyer?: Partial<EParty>
  paymentMeans?: EPaymentMeans | null
  accountingCurrency?: { code: string; rate: string }
  deliverToCountry?: string
  precedingInvoices?: EInvoice['precedingInvoices']
  supplyDate?: string | null
}

const address = (country: string, city: string): EParty['address'] => ({
  line1: 'Carrer de Balmes 12',
  line2: '',
  city,
  postalCode: '08008',
  region: '',
  country
})

export const sellerES: EParty = {
  name: 'Distribuciones Núñez S.L.',
  vatId: 'ESB12345674',
  taxRegistrationId: null,
  legalRegistrationId: 'B12345674',
  legalInformation: 'Registro Mercantil de Barcelona, tomo 1234, folio 56',
  address: address('ES', 'Barcelona'),
  contact: { name: 'Marta Puig', phone: '+34 931 234 567', email: 'admin@nunez.example' },
  electronicAddress: 'admin@nunez.example'
}

export const buyerDE: EParty = {
  name: 'Größe & Söhne GmbH',
  vatId: 'DE123456789',
  taxRegistrationId: null,
  legalRegistrationId: null,
  legalInformation: null,
  address: { ...address('DE', 'München'), postalCode: '80331', line1: 'Leopoldstraße 5' },
  contact: null,
  electronicAddress: 'einkauf@groesse.example'
}

export function buildInvoice(spec: InvoiceSpec): EInvoice {
  const digits = spec.digits ?? 2
  const unit = 10n ** BigInt(digits)
  const money = (text: string) => scaled(text, digits)
  const breakdown = new Map<string, { category: VatCategory; rate: string | null; taxable: bigint }>()
  const addTaxable = (category: VatCategory, rate: string | null, amount: bigint) => {
    const key = `${category}|${rate ?? ''}`
    const row = breakdown.get(key) ?? { category, rate, taxable: 0n }
    row.taxable += amount
    breakdown.set(key, row)
  }

  const lines: ELine[] = spec.lines.map((l, i) => {
    const category = l.category ?? 'S'
    const rate = category === 'O' ? null : (l.rate ?? (category === 'S' ? '21' : '0'))
    // net = quantity × price ÷ base quantity, prices to 4 decimals, quantities to 3
    const base = scaled(l.baseQuantity ?? '1', 3)
    const exact = scaled(l.quantity, 3) * scaled(l.price, 4) * unit // scale 3 + 4 + digits... over base
    let net = roundDiv(exact * 1000n, base * 10_000_000n)
    const lineAc: EAllowanceCharge[] = []
    for (const a of l.allowances ?? []) {
      net -= money(a.amount)
      lineAc.push(ac(false, money(a.amount), a.reason))
    }
    for (const c of l.charges ?? []) {
      net += money(c.amount)
      lineAc.push(ac(true, money(c.amount), c.reason))
    }
    addTaxable(category, rate, net)
    const gross = l.grossPrice ?? null
    return {
      id: String(i + 1),
      note: null,
      quantity: l.quantity,
      unitCode: l.unitCode ?? 'C62',
      netAmount: net,
      netPrice: l.price,
      baseQuantity: l.baseQuantity ?? null,
      grossPrice: gross,
      priceDiscount: gross ? decimalMinus(gross, l.price) : null,
      allowancesCharges: lineAc,
      vatCategory: category,
      vatRatePercent: rate,
      itemName: l.name ?? `Article ${i + 1}`,
      sellerItemId: `SKU-${i + 1}`,
      period: null
    }
  })

  let allowances = 0n
  let charges = 0n
  const docAc = (spec.allowancesCharges ?? []).map((a) => {
    const amount = money(a.amount)
    if (a.isCharge) charges += amount
    else allowances += amount
    addTaxable(a.category, a.rate, a.isCharge ? amount : -amount)
    return { ...ac(a.isCharge, amount, a.reason), vatCategory: a.category, vatRatePercent: a.rate }
  })

  const vatBreakdown: EVatBreakdown[] = [...breakdown.values()].map((row) => {
    const tax = row.rate === null ? 0n : roundDiv(row.taxable * scaled(row.rate, 2), 10_000n)
    const exemption = spec.exemption?.[row.category] ?? null
    return {
      category: row.category,
      ratePercent: row.rate,
      taxableAmount: row.taxable,
      taxAmount: tax,
      exemptionCode: exemption?.code ?? null,
      exemptionText: exemption?.text ?? null
    }
  })
  const lineNet = lines.reduce((s, l) => s + l.netAmount, 0n)
  const taxExclusive = lineNet - allowances + charges
  const tax = vatBreakdown.reduce((s, r) => s + r.taxAmount, 0n)
  const prepaid = money(spec.prepaid ?? '0')
  const kind = spec.kind ?? 'invoice'
  return {
    kind,
    number: spec.number ?? 'INV-2026-00042',
    issueDate: '2026-11-30',
    dueDate: '2026-12-30',
    currency: spec.currency ?? 'EUR',
    currencyDigits: digits,
    accountingCurrency: spec.accountingCurrency
      ? {
          code: spec.accountingCurrency.code,
          digits: 2,
          taxAmount: roundDiv(tax * scaled(spec.accountingCurrency.rate, 6), 10n ** 6n)
        }
      : null,
    note: 'Gracias por su confianza.',
    buyerReference: 'PO-7781',
    orderReference: 'PO-7781',
    precedingInvoices: spec.precedingInvoices ?? [],
    supplyDate: spec.supplyDate === undefined ? '2026-11-28' : spec.supplyDate,
    period: null,
    seller: { ...sellerES, ...spec.seller },
    buyer: { ...buyerDE, ...spec.buyer },
    deliverToCountry: spec.deliverToCountry ?? null,
    paymentReference: spec.number ?? 'INV-2026-00042',
    paymentMeans:
      spec.paymentMeans === undefined
        ? { kind: 'credit_transfer', iban: 'ES9121000418450200051332', bic: 'CAIXESBBXXX', accountName: null }
        : spec.paymentMeans,
    paymentTerms: 'Payment within 30 days by bank transfer.',
    lines,
    allowancesCharges: docAc,
    vatBreakdown,
    totals: {
      lineNet,
      allowances,
      charges,
      taxExclusive,
      tax,
      taxInclusive: taxExclusive + tax,
      prepaid,
      rounding: 0n,
      payable: taxExclusive + tax - prepaid
    }
  }
}

function ac(isCharge: boolean, amount: bigint, reason: string): EAllowanceCharge {
  return {
    isCharge,
    amount,
    baseAmount: null,
    percent: null,
    reason,
    reasonCode: isCharge ? 'FC' : '95',
    vatCategory: null,
    vatRatePercent: null
  }
}

function decimalMinus(a: string, b: string): string {
  const diff = scaled(a, 4) - scaled(b, 4)
  const sign = diff < 0n ? '-' : ''
  const abs = (diff < 0n ? -diff : diff).toString().padStart(5, '0')
  return `${sign}${abs.slice(0, -4)}.${abs.slice(-4)}`.replace(/\.?0+$/, '')
}
