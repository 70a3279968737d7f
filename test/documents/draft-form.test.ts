/**
 * The document editor's conversion from what is typed (text in the user's decimal style) to
 * the API's draft input (cents, thousandths, basis points), and of API error paths back to
 * the editor's fields.
 */
import { describe, expect, it } from 'vitest'
import { keyed } from '../../src/shared/errors'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { bpToText, centsToText } from '../../src/renderer/src/components/number-text'
import {
  emptyLine,
  formPath,
  newDraftValues,
  parseLine,
  toDraftInput,
  valuesFromDocument,
  type DraftValues
} from '../../src/renderer/src/documents/draft-form'
import { lineAmounts } from '../../src/shared/totals'

function values(overrides: Partial<DraftValues> = {}): DraftValues {
  return {
    ...newDraftValues('invoice', 'EUR', 'Pago a 30 días'),
    customerId: 7,
    customerName: 'Ferretería Núñez',
    lines: [
      {
        ...emptyLine(2100),
        description: 'Silla ergonómica',
        quantity: '1,5',
        price: '1.234,56',
        discount: '12,5'
      }
    ],
    ...overrides
  }
}

describe('document editor values', () => {
  it('turns typed text into cents, thousandths and basis points', () => {
    const result = toDraftInput(values())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.input.lines[0]).toMatchObject({
      quantityMilli: 1500,
      unitPriceTenThousandths: 12_345_600,
      discountBp: 1250,
      vatRateBp: 2100,
      promisedDate: null
    })
    expect(result.input).toMatchObject({
      customerId: 7,
      executiveId: null,
      issueDate: null,
      validUntil: null,
      currency: 'EUR',
      terms: 'Pago a 30 días'
    })
  })

  it('reports what cannot be read on the field it was typed in', () => {
    const result = toDraftInput(
      values({
        customerId: null,
        lines: [
          { ...emptyLine(2100), description: '', quantity: 'two', price: '12', discount: '' },
          { ...emptyLine(2100), description: 'Papel', quantity: '0', price: '-1', discount: '150' },
          { ...emptyLine(2100), description: 'Montaje', quantity: '1.2345', price: '1,2,3', discount: 'diez' }
        ]
      })
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.fields)[0]).toBe('customerName')
    expect(result.fields).toMatchObject({
      customerName: 'checks.pickCustomer',
      'lines.0.quantity': 'checks.enterQuantity',
      'lines.0.description': keyed('descriptionRequired'),
      'lines.1.quantity': keyed('quantityNotZero'),
      'lines.1.price': keyed('priceNegativeDeduct'),
      'lines.1.discount': keyed('atMostNumber', { max: '100 %' }),
      'lines.2.quantity': 'checks.enterQuantity',
      'lines.2.price': 'checks.enterPrice',
      'lines.2.discount': 'checks.enterPercentage'
    })
  })

  it('maps API error paths to the editor fields', () => {
    expect(formPath('document.lines.3.unitPriceCents')).toBe('lines.3.price')
    expect(formPath('document.lines.0.quantityMilli')).toBe('lines.0.quantity')
    expect(formPath('document.lines.1.sourceLineId')).toBe('lines.1.description')
    expect(formPath('document.customerId')).toBe('customerName')
    expect(formPath('document.validUntil')).toBe('validUntil')
  })

  it('shows stored numbers in the user decimal style and reads them back unchanged', () => {
    expect(bpToText(1250, ',')).toBe('12,5')
    expect(bpToText(2100, '.')).toBe('21')
    expect(bpToText(5, '.')).toBe('0.05')
    expect(centsToText(123_456, ',')).toBe('1234,56')
    const doc = {
      type: 'order',
      customerId: 3,
      customer: { name: 'Győri Kft.' },
      executiveId: null,
      issueDate: null,
      validUntil: null,
      promisedDate: '2026-05-04',
      currency: 'HUF',
      paymentMethod: 'card',
      paymentInstructions: '',
      notes: 'n',
      terms: 't',
      reason: '',
      allowancesCharges: [],
      supplyDate: null,
      supplyPeriodStart: null,
      supplyPeriodEnd: null,
      buyerReference: '',
      orderReference: '',
      prepaidCents: 0,
      roundingCents: 0,
      lines: [
        {
          productId: 9,
          description: 'Szőlő',
          unit: 'kg',
          quantityMilli: 2250,
          unitPriceCents: 99,
          unitPriceTenThousandths: 9900,
          grossPriceTenThousandths: null,
          priceBaseQuantityMilli: 1000,
          allowanceCents: 0,
          allowanceReason: '',
          chargeCents: 0,
          chargeReason: '',
          discountBp: 550,
          vatCategory: 'S',
          vatExemptionCode: null,
          vatExemptionText: null,
          vatRateBp: 2700,
          promisedDate: '2026-05-10',
          sourceLineId: 4
        }
      ]
    } as unknown as SalesDocument
    for (const mark of [',', '.']) {
      const form = valuesFromDocument(doc, mark)
      expect(parseLine(form.lines[0])).toEqual({
        quantityMilli: 2250,
        unitPriceTenThousandths: 9900,
        discountBp: 550,
        vatCategory: 'S',
        vatRateBp: 2700,
        priceBaseQuantityMilli: 1000,
        allowanceCents: 0,
        chargeCents: 0
      })
      const back = toDraftInput(form)
      expect(back.ok && back.input.lines[0]).toMatchObject({
        productId: 9,
        promisedDate: '2026-05-10',
        sourceLineId: 4
      })
      expect(back.ok && back.input.promisedDate).toBe('2026-05-04')
    }
  })

  /** An issued-style document as the API returns it, with one line; overrides for the line and the document. */
  function stored(line: Record<string, unknown>, doc: Record<string, unknown> = {}): SalesDocument {
    return {
      type: 'invoice',
      customerId: 3,
      customer: { name: 'Acme GmbH' },
      executiveId: null,
      issueDate: null,
      validUntil: null,
      promisedDate: null,
      currency: 'EUR',
      paymentMethod: 'bank_transfer',
      paymentInstructions: '',
      notes: '',
      terms: '',
      reason: '',
      allowancesCharges: [],
      supplyDate: null,
      supplyPeriodStart: null,
      supplyPeriodEnd: null,
      buyerReference: '',
      orderReference: '',
      prepaidCents: 0,
      roundingCents: 0,
      ...doc,
      lines: [
        {
          productId: null,
          description: 'Washer M4',
          unit: 'pc',
          quantityMilli: 1_000_000,
          unitPriceCents: 1,
          unitPriceTenThousandths: 125,
          grossPriceTenThousandths: null,
          priceBaseQuantityMilli: 1000,
          allowanceCents: 0,
          allowanceReason: '',
          chargeCents: 0,
          chargeReason: '',
          discountBp: 0,
          vatCategory: 'S',
          vatExemptionCode: null,
          vatExemptionText: null,
          vatRateBp: 2100,
          promisedDate: null,
          sourceLineId: null,
          ...line
        }
      ]
    } as unknown as SalesDocument
  }

  it('keeps a 4-decimal unit price exact when a draft is opened and saved again', () => {
    for (const mark of [',', '.']) {
      const form = valuesFromDocument(stored({}), mark)
      expect(form.lines[0].price).toBe(`0${mark}0125`)
      const back = toDraftInput(form)
      expect(back.ok && back.input.lines[0].unitPriceTenThousandths).toBe(125)
      // 1 000 pieces at 0.0125 = 12.50, not 10.00 as a price rounded to 0.01 would give.
      const line = parseLine(form.lines[0])
      expect(line && lineAmounts(line).netCents).toBe(1_250)
    }
    const typed = toDraftInput(
      values({ lines: [{ ...emptyLine(2100), description: 'Nut', price: '0,0125' }] })
    )
    expect(typed.ok && typed.input.lines[0].unitPriceTenThousandths).toBe(125)
  })

  it('sends the VAT category and the exemption reason the line was given', () => {
    const reverse = toDraftInput(
      values({ lines: [{ ...emptyLine(0, 'AE', 'VATEX-EU-AE'), description: 'Consulting', price: '100' }] })
    )
    expect(reverse.ok && reverse.input.lines[0]).toMatchObject({
      vatCategory: 'AE',
      vatRateBp: 0,
      vatExemptionCode: 'VATEX-EU-AE'
    })
    const exempt = { ...emptyLine(0, 'E'), description: 'Training course', price: '100' }
    const missing = toDraftInput(values({ lines: [exempt] }))
    expect(!missing.ok && missing.fields['lines.0.vat']).toBe(keyed('exemptLineNeedsReason'))
    const given = toDraftInput(
      values({ lines: [{ ...exempt, exemptionText: 'Exento art. 20.Uno.9º LIVA' }] })
    )
    expect(given.ok && given.input.lines[0]).toMatchObject({
      vatCategory: 'E',
      vatExemptionText: 'Exento art. 20.Uno.9º LIVA'
    })
    // A line moved back to the standard rate drops the reason it had.
    const standard = toDraftInput(
      values({
        lines: [{ ...emptyLine(2100), description: 'Desk', price: '10', exemptionCode: 'VATEX-EU-AE' }]
      })
    )
    expect(standard.ok && standard.input.lines[0]).toMatchObject({ vatCategory: 'S', vatExemptionCode: null })
    expect(formPath('document.lines.2.vatCategory')).toBe('lines.2.vat')
    expect(formPath('document.lines.2.unitPriceTenThousandths')).toBe('lines.2.price')
  })

  it('keeps what the editor does not show: price base, line charges, document allowances, references', () => {
    const doc = stored(
      {
        priceBaseQuantityMilli: 100_000,
        chargeCents: 250,
        chargeReason: 'Handling',
        unitPriceTenThousandths: 45_000
      },
      {
        allowancesCharges: [
          {
            id: 1,
            position: 1,
            charge: false,
            amountCents: 500,
            baseCents: null,
            percentBp: null,
            reason: 'Loyalty',
            reasonCode: '95',
            vatCategory: 'S',
            vatRateBp: 2100
          }
        ],
        buyerReference: 'PO-77',
        prepaidCents: 1000,
        supplyDate: '2026-03-02'
      }
    )
    const back = toDraftInput(valuesFromDocument(doc, '.'))
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.input.lines[0]).toMatchObject({
      priceBaseQuantityMilli: 100_000,
      chargeCents: 250,
      chargeReason: 'Handling',
      unitPriceTenThousandths: 45_000
    })
    expect(back.input).toMatchObject({
      allowancesCharges: [
        { charge: false, amountCents: 500, reason: 'Loyalty', reasonCode: '95', vatRateBp: 2100 }
      ],
      buyerReference: 'PO-77',
      prepaidCents: 1000,
      supplyDate: '2026-03-02'
    })
  })
})
