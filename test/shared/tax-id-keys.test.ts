/**
 * Tax id refusals cross the API by key (issue 11, errors by key): the customer and the company
 * forms get the field's message key, its English text, and a translation for each language.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { errorMessages } from '../../src/shared/error-messages'
import { errorsStrings } from '../../src/renderer/src/errors/strings'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

describe('tax id messages by key', () => {
  it('a customer with a wrong NIF letter is refused with the key taxIdSpanishLetter', async () => {
    const error = await desk.fail('customers.create', {
      customer: customer({ taxId: '12345678A', billingAddress: address('Madrid') })
    })
    expect(error.code).toBe('invalid_input')
    expect(error.fieldMessages?.['customer.taxId']).toEqual({ key: 'taxIdSpanishLetter' })
    expect(error.fields?.['customer.taxId']).toBe(errorMessages.taxIdSpanishLetter)
  })

  it('the company’s Hungarian tax number with a wrong check digit is refused with its key', async () => {
    const settings = await desk.call('settings.get', {})
    const error = await desk.fail('settings.update', {
      settings: { ...settings, company: { ...settings.company, country: 'HU', taxId: '15789935-2-51' } }
    })
    expect(error.fieldMessages?.['settings.company.taxId']).toEqual({ key: 'taxIdHungarianCheck' })
    expect(error.fields?.['settings.company.taxId']).toBe(errorMessages.taxIdHungarianCheck)
  })

  it('every tax id message is translated, not copied from English', () => {
    const keys = Object.keys(errorMessages).filter((k) => k.startsWith('taxId')) as Array<
      keyof typeof errorMessages
    >
    // The checks of the tax id's form, at least; refusals of a tax id already in use join them.
    expect(keys).toEqual(
      expect.arrayContaining([
        'taxIdVatForm',
        'taxIdGreekPrefix',
        'taxIdSpanishForm',
        'taxIdSpanishLetter',
        'taxIdSpanishControl',
        'taxIdHungarianForm',
        'taxIdHungarianCheck',
        'taxIdHungarianParts'
      ])
    )
    for (const language of ['es', 'ca', 'hu', 'ru'] as const)
      for (const key of keys) {
        const text = errorsStrings[language].messages[key]
        expect(text, `${language} ${key}`).toBeTruthy()
        expect(text, `${language} ${key}`).not.toBe(errorMessages[key])
      }
  })
})
