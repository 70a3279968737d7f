/**
 * Document totals (EN 16931, integer cents): hand-checked half-cent cases, and properties
 * against an independent exact reference written here with BigInt fractions.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  divideRoundHalfAwayFromZero,
  documentTotals,
  formatQuantityMilli,
  lineAmounts,
  parseQuantityToMilli,
  type TotalsLine
} from '../../src/shared/totals'

/** Reference rounding: quotient and remainder, bump the magnitude when the remainder is at least half. */
function referenceRound(numerator: bigint, denominator: bigint): bigint {
  const sign = numerator < 0n ? -1n : 1n
  const magnitude = numerator * sign
  const quotient = magnitude / denominator
  const remainder = magnitude % denominator
  return sign * (remainder * 2n >= denominator ? quotient + 1n : quotient)
}

/** Exact reference: each line net as the fraction q·p·(1 − d) over 1000·10000, rounded once. */
function referenceTotals(lines: TotalsLine[]) {
  const nets = lines.map((l) =>
    referenceRound(
      BigInt(l.quantityMilli) * BigInt(l.unitPriceCents ?? 0) * (10_000n - BigInt(l.discountBp)),
      1000n * 10_000n
    )
  )
  const rates = [...new Set(lines.map((l) => l.vatRateBp))]
  let vat = 0n
  const perRate = new Map<number, bigint>()
  for (const rate of rates) {
    const base = lines.reduce((sum, l, i) => (l.vatRateBp === rate ? sum + nets[i] : sum), 0n)
    const rateVat = referenceRound(base * BigInt(rate), 10_000n)
    perRate.set(rate, rateVat)
    vat += rateVat
  }
  const net = nets.reduce((a, b) => a + b, 0n)
  return { nets, net, vat, total: net + vat, perRate }
}

const totalsLine: fc.Arbitrary<TotalsLine> = fc.record({
  quantityMilli: fc.integer({ min: 1, max: 1_000_000_000 }),
  unitPriceCents: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 1_000_000_000 })),
  discountBp: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })),
  vatRateBp: fc.constantFrom(0, 400, 550, 1000, 2100, 2700)
})
/** Small enough that a document's sums stay below 2^53 cents. */
const smallLine: fc.Arbitrary<TotalsLine> = totalsLine.map((l) => ({
  ...l,
  quantityMilli: (l.quantityMilli % 100_000) + 1
}))
const lines = fc.array(smallLine, { minLength: 0, maxLength: 40 })

describe('hand-checked half-cent cases', () => {
  it('rounds a line net half away from zero once, after quantity, price and discount', () => {
    // 1 × 0.05 − 10 % = 0.045 -> 0.05
    expect(lineAmounts({ quantityMilli: 1000, unitPriceCents: 5, discountBp: 1000, vatRateBp: 0 })).toEqual({
      grossCents: 5,
      discountCents: 0,
      chargeCents: 0,
      netCents: 5
    })
    // 0.5 × 0.01 = 0.005 -> 0.01
    expect(lineAmounts({ quantityMilli: 500, unitPriceCents: 1, discountBp: 0, vatRateBp: 0 }).netCents).toBe(
      1
    )
    // 1.333 × 0.75 = 0.99975 -> 1.00
    expect(
      lineAmounts({ quantityMilli: 1333, unitPriceCents: 75, discountBp: 0, vatRateBp: 0 }).netCents
    ).toBe(100)
    // 1.5 × 123.45 = 185.175 -> 185.18; less 10 % = 166.6575 -> 166.66; the discount shown is 18.52
    expect(
      lineAmounts({ quantityMilli: 1500, unitPriceCents: 12_345, discountBp: 1000, vatRateBp: 2100 })
    ).toEqual({
      grossCents: 18_518,
      discountCents: 1852,
      chargeCents: 0,
      netCents: 16_666
    })
    // 12.5 % off 0.36 = 0.315 -> 0.32
    expect(
      lineAmounts({ quantityMilli: 1000, unitPriceCents: 36, discountBp: 1250, vatRateBp: 0 }).netCents
    ).toBe(32)
  })

  it('computes VAT on the sum per rate, not per line', () => {
    const half = { quantityMilli: 1000, unitPriceCents: 50, discountBp: 0, vatRateBp: 2100 }
    // Per line 0.105 -> 0.11 each would give 0.22; per rate 1.00 × 21 % = 0.21.
    const totals = documentTotals([half, half])
    expect(totals.vatBreakdown).toEqual([{ vatCategory: 'S', vatRateBp: 2100, netCents: 100, vatCents: 21 }])
    expect(totals.totalCents).toBe(121)
    // 2.50 × 21 % = 0.525 -> 0.53; 0.10 × 5.5 % = 0.0055 -> 0.01
    const mixed = documentTotals([
      { quantityMilli: 1000, unitPriceCents: 250, discountBp: 0, vatRateBp: 2100 },
      { quantityMilli: 1000, unitPriceCents: 10, discountBp: 0, vatRateBp: 550 }
    ])
    expect(mixed.vatBreakdown).toEqual([
      { vatCategory: 'S', vatRateBp: 2100, netCents: 250, vatCents: 53 },
      { vatCategory: 'S', vatRateBp: 550, netCents: 10, vatCents: 1 }
    ])
    expect(mixed).toMatchObject({ netCents: 260, vatCents: 54, totalCents: 314 })
  })

  it('rounds negative halves away from zero too, and never returns -0', () => {
    expect(divideRoundHalfAwayFromZero(-5n, 10n)).toBe(-1n)
    expect(divideRoundHalfAwayFromZero(-4n, 10n)).toBe(0n)
    expect(
      lineAmounts({ quantityMilli: -500, unitPriceCents: 1, discountBp: 0, vatRateBp: 0 }).netCents
    ).toBe(-1)
    expect(
      Object.is(
        lineAmounts({ quantityMilli: -1, unitPriceCents: 1, discountBp: 0, vatRateBp: 0 }).netCents,
        -0
      )
    ).toBe(false)
  })

  it('stays exact where floating point drifts, and refuses totals beyond 2^53 cents', () => {
    // 1.005 × 10.00 = 10.05 exactly (in floats 1.005 * 1000 = 1004.9999999999999).
    expect(
      lineAmounts({ quantityMilli: 1005, unitPriceCents: 1000, discountBp: 0, vatRateBp: 0 }).netCents
    ).toBe(1005)
    // 1 000 000 × 10 000 000.00 with 99.99 % off: the product needs more than 53 bits on the way.
    expect(
      lineAmounts({
        quantityMilli: 1_000_000_000,
        unitPriceCents: 1_000_000_000,
        discountBp: 9999,
        vatRateBp: 0
      }).netCents
    ).toBe(100_000_000_000)
    const huge = { quantityMilli: 1_000_000_000, unitPriceCents: 1_000_000_000, discountBp: 0, vatRateBp: 0 }
    expect(() => documentTotals(Array.from({ length: 10 }, () => huge))).toThrow(RangeError)
  })

  it('reads and prints quantities with up to three decimals', () => {
    expect(parseQuantityToMilli('1,5')).toBe(1500)
    expect(parseQuantityToMilli('0.001')).toBe(1)
    expect(parseQuantityToMilli('2')).toBe(2000)
    expect(parseQuantityToMilli('.25')).toBe(250)
    expect(parseQuantityToMilli('1.0005')).toBeNull()
    expect(parseQuantityToMilli('abc')).toBeNull()
    expect(formatQuantityMilli(1500)).toBe('1.5')
    expect(formatQuantityMilli(2000, ',')).toBe('2')
    expect(formatQuantityMilli(1, ',')).toBe('0,001')
  })
})

describe('properties', () => {
  it('matches the exact reference on every line, rate and total', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const totals = documentTotals(ls)
        const reference = referenceTotals(ls)
        expect(totals.lines.map((l) => BigInt(l.netCents))).toEqual(reference.nets)
        expect(BigInt(totals.netCents)).toBe(reference.net)
        expect(BigInt(totals.vatCents)).toBe(reference.vat)
        expect(BigInt(totals.totalCents)).toBe(reference.total)
        for (const row of totals.vatBreakdown)
          expect(BigInt(row.vatCents)).toBe(reference.perRate.get(row.vatRateBp))
      }),
      { numRuns: 500 }
    )
  })

  it('single lines with large quantities and prices match the reference (no float drift)', () => {
    fc.assert(
      fc.property(totalsLine, (l) => {
        const reference = referenceTotals([l])
        expect(BigInt(lineAmounts(l).netCents)).toBe(reference.nets[0])
      }),
      { numRuns: 1000 }
    )
  })

  it('does not depend on the order of the lines', () => {
    fc.assert(
      fc.property(
        lines.chain((ls) =>
          fc.tuple(fc.constant(ls), fc.shuffledSubarray(ls, { minLength: ls.length, maxLength: ls.length }))
        ),
        ([ls, shuffled]) => {
          const a = documentTotals(ls)
          const b = documentTotals(shuffled)
          expect(b.vatBreakdown).toEqual(a.vatBreakdown)
          expect(b.totalCents).toBe(a.totalCents)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('a credit note of a whole invoice nets everything to zero', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const invoice = documentTotals(ls)
        const credit = documentTotals(ls.map((l) => ({ ...l, quantityMilli: -l.quantityMilli })))
        expect(invoice.netCents + credit.netCents).toBe(0)
        expect(invoice.vatCents + credit.vatCents).toBe(0)
        expect(invoice.totalCents + credit.totalCents).toBe(0)
        invoice.vatBreakdown.forEach((row, i) =>
          expect(row.vatCents + credit.vatBreakdown[i].vatCents).toBe(0)
        )
      }),
      { numRuns: 300 }
    )
  })

  it('the VAT breakdown sums to the VAT total, the bases to the net, and total = net + VAT', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const t = documentTotals(ls)
        expect(t.vatBreakdown.reduce((s, r) => s + r.vatCents, 0)).toBe(t.vatCents)
        expect(t.vatBreakdown.reduce((s, r) => s + r.netCents, 0)).toBe(t.netCents)
        expect(t.lines.reduce((s, l) => s + l.netCents, 0)).toBe(t.netCents)
        expect(t.totalCents).toBe(t.netCents + t.vatCents)
        expect(new Set(t.vatBreakdown.map((r) => r.vatRateBp)).size).toBe(t.vatBreakdown.length)
        for (const l of t.lines) expect(l.grossCents - l.discountCents).toBe(l.netCents)
      }),
      { numRuns: 300 }
    )
  })

  it('parses what it prints', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (milli) => {
        expect(parseQuantityToMilli(formatQuantityMilli(milli))).toBe(milli)
        expect(parseQuantityToMilli(formatQuantityMilli(milli, ','))).toBe(milli)
      })
    )
  })
})
