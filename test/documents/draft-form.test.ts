/**
 * The document editor's conversion from what is typed (text in the user's decimal style) to
 * the API's draft input (cents, thousandths, basis points), and of API error paths back to
 * the editor's fields.
 */
import { describe, expect, it } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import {
  bpToText,
  centsToText,
  emptyLine,
  formPath,
  newDraftValues,
  parseLine,
  toDraftInput,
  valuesFromDocument,
  type DraftValues
} from '../../src/renderer/src/documents/draft-form'

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
      unitPriceCents: 123_456,
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
      customerName: 'Pick a customer',
      'lines.0.quantity': 'Enter a quantity',
      'lines.0.description': 'Description is required',
      'lines.1.quantity': 'The quantity cannot be zero',
      'lines.1.price': 'A price cannot be negative: make the quantity negative to deduct',
      'lines.1.discount': 'At most 100 %',
      'lines.2.quantity': 'Enter a quantity',
      'lines.2.price': 'Enter a price',
      'lines.2.discount': 'Enter a percentage, e.g. 10 or 12.5'
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
      lines: [
        {
          productId: 9,
          description: 'Szőlő',
          unit: 'kg',
          quantityMilli: 2250,
          unitPriceCents: 99,
          discountBp: 550,
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
        unitPriceCents: 99,
        discountBp: 550,
        vatRateBp: 2700
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
})
