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
    ['unit separator', '\u001f', 'U+001F'],
    ['DEL', '\u007f', 'U+007F'],
    ['C1 control PAD', '\u0080', 'U+0080'],
    ['C1 next line (NEL)', '\u0085', 'U+0085'],
    ['C1 control CSI', '\u009b', 'U+009B'],
    ['C1 control APC', '\u009f', 'U+009F']
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

  it.each([
    ['U+FFFE', '\ufffe', 'U+FFFE'],
    ['U+FFFF', '\uffff', 'U+FFFF'],
    ['a lone high surrogate', '\ud83d', 'U+D83D'],
    ['a lone low surrogate', '\ude00', 'U+DE00'],
    ['a low surrogate before its high one', '\ude00\ud83d', 'U+DE00']
  ])('refuses %s in a note by key, on its field, and writes nothing', async (_, character, code) => {
    const before = dumpDatabase(desk.store.sqlite)
    const refused = await desk.fail('customers.create', {
      customer: customer({ name: 'Cal Puig', notes: `Entrega${character} mañanas` })
    })
    expect(refused.code).toBe('invalid_input')
    expect(refused.fieldMessages).toEqual({ 'customer.notes': { key: 'textNotCharacter', params: { code } } })
    expect(refused.fields?.['customer.notes']).toBe(
      `This text holds ${code}, which is not a character and cannot be shown or written to a file. Remove it and try again.`
    )
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })

  it('takes characters beyond U+FFFF (a whole surrogate pair) and the printable characters around C1', async () => {
    const name = 'Café 😀 𝄞 ¡Olé! ~ \u00a0 \u00ff'
    const created = await desk.call('customers.create', { customer: customer({ name }) })
    expect((await desk.call('customers.get', { id: created.id })).name).toBe(name)
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
