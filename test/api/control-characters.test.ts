/**
 * Every boundary refuses control characters in typed text (issue 10): a NUL, an escape or a bell
 * in a customer's name, a note or any other text reaches no table. Such characters are not text:
 * stored, they could not be seen, searched or printed, and the e-invoice and VERI*FACTU/NAV XML
 * cannot carry them. Tab and line breaks stay allowed (a note has lines).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dumpDatabase } from '../support/dump'
import { customer, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

describe('control characters in typed text', () => {
  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['escape', '\u001b', 'U+001B'],
    ['bell', '\u0007', 'U+0007'],
    ['unit separator', '\u001f', 'U+001F']
  ])('refuses a %s in a name by key, on its field, and writes nothing', async (_, character, code) => {
    const before = dumpDatabase(desk.store.sqlite)
    const refused = await desk.fail('customers.create', {
      customer: customer({ name: `Ferretería${character}Núñez` })
    })
    expect(refused.code).toBe('invalid_input')
    expect(refused.fieldMessages).toEqual({
      'customer.name': { key: 'textControlCharacter', params: { code } }
    })
    expect(refused.fields?.['customer.name']).toContain(code)
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })

  it('keeps tabs and line breaks where text has lines', async () => {
    const notes = 'Entrega:\tmañanas\r\nPortería 2\nLlamar antes'
    const created = await desk.call('customers.create', { customer: customer({ name: 'Cal Puig', notes }) })
    expect((await desk.call('customers.get', { id: created.id })).notes).toBe(notes)
  })

  it('names a card number typed with NULs between its digits as a card number, never echoing it', async () => {
    const refused = await desk.fail('customers.create', {
      customer: customer({ name: 'Cal Puig', notes: '4111\u00001111\u00001111\u00001111' })
    })
    expect(refused.message).toMatch(/full card number/)
    expect(JSON.stringify(refused)).not.toContain('1111')
  })
})
