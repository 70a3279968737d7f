/**
 * Tax id checks (issue 11) against real, published ids and the same ids with one character
 * changed. The control characters are worked out by hand in the comments, independently of
 * the code under test.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { hungarianVatId, spanishCompanyTaxId, taxIdMessages, taxIdProblem } from '../../src/shared/tax-ids'
import { errorMessages } from '../../src/shared/error-messages'
import { generateDemo } from '../../src/main/demo/generate'
import { address, customer, openTestDesk, type TestDesk } from '../support/fixtures'
import { companySettings } from '../documents/helpers'

describe('Spanish NIF, NIE and CIF', () => {
  it('accepts real ids', () => {
    // DNI 12345678: 12345678 mod 23 = 14 -> "TRWAGMYFPDXBNJZSQVHLCKE"[14] = Z (the ministry's own example).
    expect(taxIdProblem('12345678Z', 'ES')).toBeNull()
    // NIE X1234567: X = 0, 01234567 mod 23 = 19 -> L.
    expect(taxIdProblem('X1234567L', 'ES')).toBeNull()
    // Telefónica S.A., A28015865: odd places 2,0,5,6 doubled -> 4+0+(1+0)+(1+2) = 8; even 8+1+8 = 17;
    // 25 -> control (10 - 5) = 5.
    expect(taxIdProblem('A28015865', 'ES')).toBeNull()
    expect(taxIdProblem('ESA28015865', 'ES')).toBeNull()
    // Banco Santander, A39000013: odd 3,0,0,1 -> 6+0+0+2 = 8; even 9+0+0 = 9; 17 -> 3.
    expect(taxIdProblem('A-39000013', 'ES')).toBeNull()
    // Agencia Tributaria, Q2826000H: odd 2,2,0,0 -> 4+4 = 8; even 8+6+0 = 14; 22 -> 8 -> "JABCDEFGHI"[8] = H.
    expect(taxIdProblem('Q2826000H', 'ES')).toBeNull()
    expect(taxIdProblem('es q-2826000-h', '')).toBeNull()
  })

  it('refuses a wrong control letter or digit, and what is not an id', () => {
    expect(taxIdProblem('12345678A', 'ES')).toBe(taxIdMessages.spanishLetter)
    expect(taxIdProblem('X1234567A', 'ES')).toBe(taxIdMessages.spanishLetter)
    expect(taxIdProblem('A28015866', 'ES')).toBe(taxIdMessages.spanishControl)
    expect(taxIdProblem('ESA28015866', 'DE')).toBe(taxIdMessages.spanishControl)
    // Q (public bodies) takes a letter: 8 is right in value but must be written H.
    expect(taxIdProblem('Q28260008', 'ES')).toBe(taxIdMessages.spanishControl)
    // A (companies) takes a digit: the letter E for 5 is refused.
    expect(taxIdProblem('A2801586E', 'ES')).toBe(taxIdMessages.spanishControl)
    expect(taxIdProblem('B12', 'ES')).toBe(taxIdMessages.spanishForm)
    expect(taxIdProblem('NIF', 'ES')).toBe(taxIdMessages.spanishForm)
  })
})

describe('Hungarian tax numbers (adószám)', () => {
  it('accepts real ones, with or without dashes, and their EU VAT form', () => {
    // NAV, 15789934-2-51: 1·9+5·7+7·3+8·1+9·9+9·7+3·3 = 226 -> (10 - 6) = 4, the 8th digit.
    expect(taxIdProblem('15789934-2-51', 'HU')).toBeNull()
    // MOL Nyrt., 10625790-4-44: 9+0+18+2+45+49+27 = 150 -> 0.
    expect(taxIdProblem('10625790444', 'HU')).toBeNull()
    // OTP Bank, 10537914-4-44: 9+0+15+3+63+63+3 = 156 -> 4.
    expect(taxIdProblem('10537914-4-44', 'HU')).toBeNull()
    expect(taxIdProblem('HU10625790', 'HU')).toBeNull()
    expect(taxIdProblem('HU 1062 5790', 'AT')).toBeNull()
  })

  it('refuses a wrong check digit, VAT code or county, and other forms', () => {
    expect(taxIdProblem('15789935-2-51', 'HU')).toBe(taxIdMessages.hungarianCheck)
    expect(taxIdProblem('HU10625791', 'HU')).toBe(taxIdMessages.hungarianCheck)
    expect(taxIdProblem('15789934-6-51', 'HU')).toBe(taxIdMessages.hungarianParts)
    expect(taxIdProblem('15789934-2-21', 'HU')).toBe(taxIdMessages.hungarianParts)
    expect(taxIdProblem('15789934', 'HU')).toBe(taxIdMessages.hungarianForm)
    expect(taxIdProblem('nem-adoszam', 'HU')).toBe(taxIdMessages.hungarianForm)
    expect(taxIdProblem('HU999', 'HU')).toBe(taxIdMessages.vatForm)
  })
})

describe('EU VAT ids by their prefix', () => {
  it('accepts each country form', () => {
    for (const id of [
      'DE136695976',
      'ATU13585627',
      'BE0403170701',
      'FR40303265045',
      'NL004495445B01',
      'IT00743110157',
      'EL094014201',
      'PL5260250274',
      'SE556703748501',
      'IE6388047V',
      'CY10259033P'
    ])
      expect(taxIdProblem(id, ''), id).toBeNull()
  })

  it('refuses what does not have the form, the Greek GR prefix, and leaves other countries free', () => {
    expect(taxIdProblem('DE-not-a-vat-id', 'DE')).toBe(taxIdMessages.vatForm)
    expect(taxIdProblem('DE12345678', 'DE')).toBe(taxIdMessages.vatForm)
    expect(taxIdProblem('ATU1358562', 'AT')).toBe(taxIdMessages.vatForm)
    expect(taxIdProblem('NL004495445A01', 'NL')).toBe(taxIdMessages.vatForm)
    expect(taxIdProblem('GR094014201', 'GR')).toBe(taxIdMessages.greekPrefix)
    expect(taxIdProblem('CHE-123.456.789 MWST', 'CH')).toBeNull()
    expect(taxIdProblem('GB123456789', 'GB')).toBeNull()
    expect(taxIdProblem('7701234567', 'RU')).toBeNull()
    expect(taxIdProblem('', 'ES')).toBeNull()
  })
})

describe('ids made for demo data', () => {
  it('builds the control characters the checks expect', () => {
    expect(spanishCompanyTaxId(5_837_843)).toBe('B58378431')
    expect(hungarianVatId(1_062_579)).toBe('HU10625790')
    expect(spanishCompanyTaxId(0)).toBe('B00000000')
  })
})

describe('where tax ids are entered', () => {
  let desk: TestDesk | undefined
  afterEach(async () => {
    await desk?.close()
    desk = undefined
  })

  it('refuses a customer with a wrong tax id on the field, writing nothing', async () => {
    desk = await openTestDesk()
    const german = { name: 'Müller Bau GmbH', billingAddress: address('Berlin', { country: 'DE' }) }
    const error = await desk.fail('customers.create', {
      customer: customer({ ...german, taxId: 'DE-not-a-vat-id' })
    })
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: { 'customer.taxId': errorMessages.taxIdVatForm }
    })
    expect(desk.store.sqlite.prepare('select count(*) as n from customers').get()).toEqual({ n: 0 })
    const created = await desk.call('customers.create', {
      customer: customer({ ...german, taxId: 'DE 136 695 976' })
    })
    const typo = await desk.fail('customers.update', {
      id: created.id,
      customer: customer({ ...german, taxId: '12345678A', billingAddress: address('Madrid') })
    })
    expect(typo.fields).toEqual({ 'customer.taxId': errorMessages.taxIdSpanishLetter })
    expect((await desk.call('customers.get', { id: created.id })).taxId).toBe('DE 136 695 976')
  })

  it('the demo generator gives every customer an id that passes', async () => {
    desk = await openTestDesk()
    generateDemo(desk.store, { size: 'small', seed: 3 })
    const rows = desk.store.sqlite
      .prepare('select tax_id as taxId, billing_country as country from customers')
      .all() as { taxId: string; country: string }[]
    expect(rows.length).toBeGreaterThan(100)
    expect(rows.filter((r) => taxIdProblem(r.taxId, r.country) !== null)).toEqual([])
  })

  it("refuses the company's wrong tax id in the settings, keeping the stored profile", async () => {
    desk = await openTestDesk()
    await desk.call('settings.update', { settings: companySettings({ taxId: 'ESA28015865' }) })
    const error = await desk.fail('settings.update', { settings: companySettings({ taxId: 'ESA28015866' }) })
    expect(error.fields).toEqual({ 'settings.company.taxId': errorMessages.taxIdSpanishControl })
    expect((await desk.call('settings.get', {})).company.taxId).toBe('ESA28015865')
  })
})
