/**
 * What a sales document is made of as the editor sends it: the draft, its lines and its
 * allowances and charges (src/shared/schemas/documents.ts has the document as read back). Money is
 * integer minor units (cents), quantities integer thousandths (1.5 = 1500), discounts and VAT rates
 * integer basis points (12.5 % = 1250).
 */
import { z } from 'zod'
import { keyed, type ErrorKey } from '../errors'
import { VAT_CATEGORIES, isVatexCode, vatLineProblem, type VatCategory } from '../vat'
import { currencyCode, id, isoDate, optionalText, requiredText } from './common'
import { paymentMethods } from './customers'
import { documentTypes } from './settings'

/** At most 1 000 000 units per line, in thousandths (negative for a deduction). */
export const MAX_QUANTITY_MILLI = 1_000_000_000
/** At most 10 000 000.00 per unit. */
export const MAX_UNIT_PRICE_CENTS = 1_000_000_000
/** The same limit with 4 decimals: 10 000 000.0000. */
export const MAX_UNIT_PRICE_TEN_THOUSANDTHS = 100_000_000_000
/** Fixed line allowances and charges, document allowances and charges: at most 10 000 000 000.00. */
export const MAX_AMOUNT_CENTS = 1_000_000_000_000

/** `enter` names the sentence for a missing amount ("Enter a charge"). */
const amountCents = (enter: ErrorKey) =>
  z
    .number(keyed(enter))
    .int(keyed('amountsWholeCents'))
    .min(0, keyed('amountWithoutSign'))
    .max(MAX_AMOUNT_CENTS, keyed('amountTooLarge'))
const unitPriceTenThousandths = z
  .number(keyed('enterPrice'))
  .int(keyed('atMostFourDecimals'))
  .min(0, keyed('priceNegativeDeduct'))
  .max(MAX_UNIT_PRICE_TEN_THOUSANDTHS)

export const vatCategory = z.enum(VAT_CATEGORIES)
const vatRate = z.number().int().min(0, keyed('vatNotNegative')).max(10000, keyed('vatAtMost100'))
const exemptionCode = z
  .string()
  .trim()
  .toUpperCase()
  .max(30)
  .refine((v) => v === '' || isVatexCode(v), keyed('unknownVatexCode'))
  .transform((v) => (v === '' ? null : v))
const exemptionText = z
  .string()
  .trim()
  .max(300)
  .transform((v) => (v === '' ? null : v))

/** The category when none is given: what a line at that rate was before categories existed. */
const defaultCategory = (vatRateBp: number): VatCategory => (vatRateBp === 0 ? 'Z' : 'S')

export const documentLineInput = z
  .object({
    /** Filled from the product (editable), or null for a free-text line. */
    productId: id.nullable(),
    description: requiredText(1000, 'descriptionRequired'),
    unit: optionalText(20),
    quantityMilli: z
      .number(keyed('enterQuantity'))
      .int(keyed('atMostThreeDecimals'))
      .min(-MAX_QUANTITY_MILLI, keyed('atLeastNumber', { min: '-1 000 000' }))
      .max(MAX_QUANTITY_MILLI, keyed('atMostNumber', { max: '1 000 000' }))
      .refine((q) => q !== 0, keyed('quantityNotZero')),
    /** The net unit price in whole minor units (cents); give this or unitPriceTenThousandths. */
    unitPriceCents: z
      .number(keyed('enterPrice'))
      .int(keyed('wholeCents'))
      .min(0, keyed('priceNegativeDeduct'))
      .max(MAX_UNIT_PRICE_CENTS)
      .optional(),
    /** The net unit price to 4 decimals, in ten-thousandths of the major unit (0.0125 = 125). */
    unitPriceTenThousandths: unitPriceTenThousandths.optional(),
    /** The price before the price discount (EN 16931 BT-148); left out when there is none. */
    grossPriceTenThousandths: unitPriceTenThousandths.nullable().optional(),
    /** The quantity the price is for, in thousandths: 100 000 = per 100 pieces. */
    priceBaseQuantityMilli: z
      .number()
      .int(keyed('atMostThreeDecimals'))
      .min(1, keyed('baseQuantityAboveZero'))
      .max(MAX_QUANTITY_MILLI)
      .default(1000),
    discountBp: z
      .number()
      .int()
      .min(0, keyed('discountNotNegative'))
      .max(10000, keyed('atMostNumber', { max: '100 %' })),
    /** A fixed allowance on the line (in minor units), besides the percentage discount. */
    allowanceCents: amountCents('enterAllowanceAmount').default(0),
    allowanceReason: optionalText(200).default(''),
    /** A charge on the line (in minor units): handling, a surcharge. */
    chargeCents: amountCents('enterChargeAmount').default(0),
    chargeReason: optionalText(200).default(''),
    /** Left out: standard (S), or zero-rated (Z) at 0 %. */
    vatCategory: vatCategory.optional(),
    vatRateBp: vatRate,
    /** Exempt and zero-rated lines: the VATEX reason code and text printed under the VAT breakdown. */
    vatExemptionCode: exemptionCode.nullable().default(null),
    vatExemptionText: exemptionText.nullable().default(null),
    /** Orders: a delivery date for this line when it differs from the order's. */
    promisedDate: isoDate.nullable(),
    /** The line this one comes from (order line for an invoice, invoice line for a credit note). */
    sourceLineId: id.nullable()
  })
  .strict()
  .transform((line) => ({ ...line, vatCategory: line.vatCategory ?? defaultCategory(line.vatRateBp) }))
  .superRefine((line, ctx) => {
    if (line.unitPriceCents === undefined && line.unitPriceTenThousandths === undefined)
      ctx.addIssue({ code: 'custom', path: ['unitPriceCents'], message: keyed('enterPrice') })
    if (
      line.grossPriceTenThousandths != null &&
      line.unitPriceTenThousandths !== undefined &&
      line.grossPriceTenThousandths < line.unitPriceTenThousandths
    )
      ctx.addIssue({
        code: 'custom',
        path: ['grossPriceTenThousandths'],
        message: keyed('grossBelowNet')
      })
    const problem = vatLineProblem(line)
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['vatCategory'], message: keyed(problem.key, problem.params) })
  })
export type DocumentLineInput = z.input<typeof documentLineInput>

export const documentAllowanceChargeInput = z
  .object({
    /** true: a charge (freight, packing); false: an allowance (discount on the whole document). */
    charge: z.boolean(),
    amountCents: amountCents('enterTheAmount'),
    /** When the amount is a percentage of a base: both, for the print and the e-invoice. */
    baseCents: z.number().int().min(0).max(MAX_AMOUNT_CENTS).nullable().default(null),
    percentBp: z.number().int().min(0).max(1_000_000).nullable().default(null),
    reason: optionalText(200).default(''),
    /** UNCL 5189 (allowances) or UNCL 7161 (charges) code, e.g. 95 or FC. */
    reasonCode: z
      .string()
      .trim()
      .max(3)
      .regex(/^[A-Z0-9]*$/, keyed('codeLettersDigits'))
      .default(''),
    vatCategory: vatCategory.optional(),
    vatRateBp: vatRate
  })
  .strict()
  .transform((ac) => ({ ...ac, vatCategory: ac.vatCategory ?? defaultCategory(ac.vatRateBp) }))
  .superRefine((ac, ctx) => {
    if (ac.reason === '' && ac.reasonCode === '')
      ctx.addIssue({ code: 'custom', path: ['reason'], message: keyed('sayAllowanceChargeFor') })
    const problem = vatLineProblem({ ...ac, vatExemptionCode: null, vatExemptionText: 'n/a' })
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['vatCategory'], message: keyed(problem.key, problem.params) })
  })
export type DocumentAllowanceChargeInput = z.input<typeof documentAllowanceChargeInput>

export const documentDraftInput = z
  .object({
    type: z.enum(documentTypes),
    customerId: id,
    /** Left out: the customer's sales executive. */
    executiveId: id.nullable().optional(),
    /** Left empty: the day the document is issued. */
    issueDate: isoDate.nullable(),
    /** Estimates; left empty: issue date + the estimate validity from the settings. */
    validUntil: isoDate.nullable(),
    /** Orders: the promised delivery date. */
    promisedDate: isoDate.nullable(),
    /** Left out: the default currency from the settings. */
    currency: currencyCode.optional(),
    /** Invoices; left out: the customer's preferred payment method. */
    paymentMethod: z.enum(paymentMethods).optional(),
    paymentInstructions: optionalText(1000),
    notes: optionalText(4000),
    /** Left out: the default terms from the settings. */
    terms: optionalText(4000).optional(),
    /** Credit and debit notes: why the invoice is corrected. */
    reason: optionalText(1000),
    lines: z.array(documentLineInput).max(1000, keyed('atMostLines', { max: 1000 })),
    /** Document-level allowances and charges, each with its VAT category and rate. */
    allowancesCharges: z.array(documentAllowanceChargeInput).max(100).default([]),
    /** Invoices: the date of supply, or the period of supply; left empty: from the order's deliveries. */
    supplyDate: isoDate.nullable().default(null),
    supplyPeriodStart: isoDate.nullable().default(null),
    supplyPeriodEnd: isoDate.nullable().default(null),
    /** The buyer's own reference (EN 16931 BT-10) and purchase order number (BT-13). */
    buyerReference: optionalText(200).default(''),
    orderReference: optionalText(200).default(''),
    /** Amount already paid before this invoice (a settled deposit), in minor units. */
    prepaidCents: z.number().int().min(0).max(MAX_AMOUNT_CENTS).default(0),
    /** Rounding of the amount due (e.g. cash to 0.05), in minor units. */
    roundingCents: z.number().int().min(-1_000_000).max(1_000_000).default(0)
  })
  .strict()
export type DocumentDraftInput = z.input<typeof documentDraftInput>
