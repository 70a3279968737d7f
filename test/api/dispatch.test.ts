import fc from 'fast-check'
import { taxIdProblem } from '../../src/shared/tax-ids'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { customerInput, type CustomerInput } from '../../src/shared/schemas/customers'
import { emptyPaymentDetails } from '../../src/shared/schemas/payment-setup'
import { dumpDatabase } from '../support/dump'
import { customer, openTestDesk, product, executive, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

const STACK = /\n\s+at |\.ts:\d+|node_modules|Error:/

describe('dispatch', () => {
  it('answers unknown_method for names that are not API methods, including object built-ins', async () => {
    for (const name of [
      'customers.drop',
      '',
      'toString',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'customers',
      null,
      42,
      undefined,
      { method: 'customers.list' }
    ]) {
      const result = await desk.api.dispatch(name, {})
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('unknown_method')
        expect(result.error.message).not.toMatch(STACK)
      }
    }
    const long = await desk.api.dispatch('x'.repeat(10_000), {})
    expect(!long.ok && long.error.message.length).toBeLessThan(200)
  })

  it('turns an unexpected exception midway into "internal", in plain words, and rolls the change back', async () => {
    await desk.call('customers.create', { customer: customer({ name: 'Existing' }) })
    const before = dumpDatabase(desk.store.sqlite)
    // The clock is read once for createdAt (after the insert is prepared) and again for the log entry:
    // failing on the second read throws after the customer row and contacts were written.
    const realNow = desk.api.context.now
    let reads = 0
    desk.api.context.now = () => {
      if (++reads === 2) throw new Error('clock broke at /src/main/secret.ts:42')
      return realNow()
    }
    const result = await desk.api.dispatch('customers.create', {
      customer: customer({
        name: 'Half written',
        contacts: [{ name: 'Núria', role: '', phone: '', email: '' }]
      })
    })
    desk.api.context.now = realNow
    expect(reads).toBe(2)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('internal')
      expect(result.error.message).not.toMatch(STACK)
      expect(result.error.message).not.toContain('clock broke')
      expect(result.error.fields).toBeUndefined()
    }
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
    expect(desk.reported).toHaveLength(1)
    expect(desk.reported[0].method).toBe('customers.create')
    expect(String(desk.reported[0].error)).toContain('clock broke')
    // The list did not pick up the rolled-back customer either.
    const list = await desk.call('customers.list', {
      search: '',
      status: 'all',
      archived: 'include',
      executiveId: null,
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 10
    })
    expect(list.rows.map((r) => r.name)).toEqual(['Existing'])
  })

  it('rolls back when the store itself fails at the last step (activity log refuses the entry)', async () => {
    const p = await desk.call('products.create', { product: product() })
    const before = dumpDatabase(desk.store.sqlite)
    desk.store.sqlite.exec(
      "create temp trigger fail_log before insert on activity_log begin select raise(abort, 'log disk full'); end"
    )
    const created = await desk.api.dispatch('customers.create', {
      customer: customer({ preferredProductIds: [p.id] })
    })
    const updated = await desk.api.dispatch('products.update', {
      id: p.id,
      product: product({ name: 'Renamed' })
    })
    const deleted = await desk.api.dispatch('products.delete', { id: p.id })
    desk.store.sqlite.exec('drop trigger temp.fail_log')
    for (const result of [created, updated, deleted]) {
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('internal')
        expect(result.error.message).not.toMatch(STACK)
        expect(result.error.message).not.toContain('log disk full')
      }
    }
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })

  it('a handler throwing something that is not an Error is still "internal"', async () => {
    const original = desk.api.handlers['app.info']
    desk.api.handlers['app.info'] = () => {
      // Deliberately not an Error: third-party code can throw anything.
      const thrown: unknown = 'a bare string'
      throw thrown
    }
    const result = await desk.api.dispatch('app.info', {})
    desk.api.handlers['app.info'] = original
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(result).toHaveProperty('error.message', expect.stringMatching(/\S/))
  })

  it('app.info and app.backup answer with the store facts and a readable copy', async () => {
    const info = await desk.call('app.info', {})
    expect(info).toMatchObject({
      databasePath: desk.databasePath,
      dataFolder: desk.folder.path,
      schemaVersion: desk.store.schemaVersion
    })
    await desk.call('customers.create', { customer: customer({ name: 'Backed up' }) })
    const backup = await desk.call('app.backup', {})
    expect(backup.path.startsWith(desk.folder.path)).toBe(true)
    expect(backup.bytes).toBeGreaterThan(0)
    const { default: Database } = await import('better-sqlite3')
    const copy = new Database(backup.path, { readonly: true })
    expect(copy.prepare('select name from customers').all()).toEqual([{ name: 'Backed up' }])
    copy.close()
  })
})

describe('valid customers round-trip through create and get', () => {
  const chars = (text: string) => Array.from(text)
  const letters = chars('aAbzZéÉñÑőŐűçÇŀl·ßøØйЙжЖёЁ -.,&\'"=+@0129')
  const text = (max: number) => fc.string({ unit: fc.constantFrom(...letters), maxLength: max })
  const name = text(60).filter((s) => s.trim().length > 0)
  const simple = fc.string({ unit: fc.constantFrom(...chars('abcxyz019')), minLength: 1, maxLength: 8 })
  const email = fc.oneof(
    fc.constant(''),
    fc.tuple(simple, simple).map(([l, d]) => `${l}@${d}.example`)
  )
  const phone = fc.string({ unit: fc.constantFrom(...chars('0123456789+()-./ ')), maxLength: 40 })
  const address = fc.record({
    line1: text(60),
    line2: text(20),
    postalCode: text(20),
    city: text(40),
    region: text(30),
    country: fc.constantFrom('', 'ES', 'hu', 'Ru', 'GB')
  })

  it('stores exactly what was entered (after trimming), with same-as-billing addresses copied', async () => {
    const exec = await desk.call('executives.create', { executive: executive() })
    const p1 = await desk.call('products.create', { product: product({ sku: 'R-1' }) })
    const p2 = await desk.call('products.create', { product: product({ sku: 'R-2' }) })
    let n = 0
    const input: fc.Arbitrary<CustomerInput> = fc
      .record({
        code: fc.oneof(
          fc.constant(''),
          fc.string({ unit: fc.constantFrom(...chars('AZaz09._-/')), maxLength: 10 })
        ),
        name,
        status: fc.constantFrom('prospect', 'active', 'inactive'),
        taxId: text(30),
        billingAddress: address,
        mailingSameAsBilling: fc.boolean(),
        mailingAddress: address,
        deliverySameAsBilling: fc.boolean(),
        deliveryAddress: address,
        contacts: fc.array(fc.record({ name, role: text(30), phone, email }), { maxLength: 4 }),
        paymentTermsDays: fc.integer({ min: 0, max: 365 }),
        preferredPaymentMethod: fc.constantFrom('bank_transfer', 'card', 'direct_debit'),
        preferredProductIds: fc.array(fc.constantFrom(p1.id, p2.id), { maxLength: 3 }),
        productNotes: text(100),
        executiveId: fc.constantFrom(null, exec.id),
        notes: text(200)
      })
      // Tax ids the checks refuse (a Spanish NIF with a wrong letter...) are tested in test/shared/tax-ids.test.ts.
      .filter((c) => taxIdProblem(c.taxId, c.billingAddress.country) === null)
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        // Codes must be unique: make every typed code distinct across runs.
        const typed = raw.code === '' ? raw : { ...raw, code: `${raw.code}~${++n}`.replace('~', '-') }
        const expected = customerInput.parse(typed)
        // Random tax ids repeat across runs: each run is a different customer on purpose.
        const created = await desk.call('customers.create', { customer: typed, confirmDuplicate: true })
        const read = await desk.call('customers.get', { id: created.id })
        expect(read).toEqual(created)
        const {
          id: _i,
          createdAt: _c,
          updatedAt: _u,
          archivedAt: _a,
          code,
          preferredProductIds,
          paymentSetup,
          ...rest
        } = read
        const billing = expected.billingAddress
        expect(rest).toEqual({
          ...expected,
          code: undefined,
          preferredProductIds: undefined,
          mailingAddress: expected.mailingSameAsBilling ? billing : expected.mailingAddress,
          deliveryAddress: expected.deliverySameAsBilling ? billing : expected.deliveryAddress
        } as unknown as typeof rest)
        expect(code).toBe(expected.code === '' ? code : expected.code)
        expect(code).toMatch(expected.code === '' ? /^C-\d{6}$/ : /.+/)
        expect([...preferredProductIds].sort()).toEqual([...new Set(expected.preferredProductIds)].sort())
        // No payment details were sent: none are stored.
        expect(paymentSetup).toEqual(emptyPaymentDetails())
      }),
      { numRuns: 60 }
    )
  })
})
