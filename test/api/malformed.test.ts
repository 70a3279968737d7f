/**
 * The boundary: for every API method, malformed payloads (wrong types, missing and extra
 * fields, huge strings, negative ids, NaN, nested garbage) are refused as invalid_input
 * with field messages, and the database is left exactly as it was.
 */
import { changedAt, removeAt, type Path } from '../support/payload-paths'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { apiInputs, apiMethods, type ApiMethod } from '../../src/shared/api'
import type { ApiError } from '../../src/shared/errors'
import { dumpDatabase, type DatabaseDump } from '../support/dump'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { samples, seedForSamples } from './samples'
import { required } from '../../src/shared/required'

let desk: TestDesk
let before: DatabaseDump

beforeAll(async () => {
  desk = await openTestDesk()
  await seedForSamples(desk)
  before = dumpDatabase(desk.store.sqlite)
})
afterAll(async () => {
  await desk.close()
})

type Json = unknown

/** Values no field of ours accepts in that place (the property double-checks with the schema). */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -1,
    0,
    -0.5,
    1.5,
    2 ** 60,
    -(2 ** 31),
    null,
    undefined,
    true,
    false,
    '',
    ' ',
    '-1',
    '1e3',
    'NaN'
  ),
  fc.nat({ max: 5000 }).map((n) => 'Ž'.repeat(10_001 + n)),
  fc.constant('x'.repeat(1_000_000)),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.integer({ min: -1_000_000, max: 0 }),
  fc.double({ noDefaultInfinity: false }),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.constant({ __proto__: { id: 1 } }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true
  })
)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null &&
  typeof value === 'object' &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null)

/** Every place in a JSON-like payload (not inside garbage such as typed arrays or maps). */
function pathsOf(value: Json, path: Path = []): Path[] {
  const out: Path[] = [path]
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])))
  else if (isPlainObject(value))
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]))
  return out
}

type Mutation = { kind: 'remove' | 'replace' | 'extra'; pathIndex: number; value: unknown; extraKey: string }

function mutate(sample: Json, m: Mutation): unknown {
  const paths = pathsOf(sample)
  const path = paths[m.pathIndex % paths.length]
  if (path.length === 0) {
    if (m.kind === 'extra' && isPlainObject(sample))
      return { ...structuredClone(sample), [m.extraKey]: m.value }
    return m.value
  }
  return changedAt(sample, path, (parent, key) => {
    if (m.kind === 'remove') removeAt(parent, key, m.value)
    else if (m.kind === 'replace') parent[key] = m.value
    else {
      const target = parent[key]
      // An own key, as JSON.parse and structured clone deliver it: assigning '__proto__' would set the
      // object's prototype instead (e.g. to a Uint8Array, which no transport can send and which makes
      // zod's own length check throw in the test's safeParse).
      if (isPlainObject(target))
        Object.defineProperty(target, m.extraKey, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true
        })
      else parent[key] = m.value
    }
  })
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('remove', 'replace', 'extra'),
  pathIndex: fc.nat(),
  value: badValue,
  extraKey: fc.constantFrom(
    'extra',
    'isAdmin',
    'id2',
    'constructor',
    'toString',
    '__proto__',
    'customerId',
    'Žluťoučký'
  )
})

function expectRefusedAsInvalid(error: ApiError | undefined): void {
  expect(error?.code).toBe('invalid_input')
  expect(typeof error?.message).toBe('string')
  expect(error?.message).not.toMatch(/\n\s+at |ZodError|Error:/)
  const fields = error?.fields ?? {}
  expect(Object.keys(fields).length).toBeGreaterThan(0)
  for (const message of Object.values(fields)) {
    expect(typeof message).toBe('string')
    expect(message.length).toBeGreaterThan(0)
  }
}

/** Rows inserted, updated or deleted through the store's connection since it was opened. */
const totalChanges = () => (desk.store.sqlite.prepare('select total_changes() as n').get() as { n: number }).n

async function expectRefusedAndNothingWritten(method: ApiMethod, payload: unknown): Promise<void> {
  const changes = totalChanges()
  const result = await desk.api.dispatch(method, payload)
  expect(result.ok, `${method} accepted a malformed payload`).toBe(false)
  expectRefusedAsInvalid(result.ok ? undefined : result.error)
  // Cheap check on every run; the full dump of every table is compared after each property.
  expect(totalChanges()).toBe(changes)
}

afterEach(() => {
  expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
})

describe('every API method refuses malformed payloads and writes nothing', () => {
  it('has a valid sample for every method (so mutations start from something real)', () => {
    const missing = apiMethods.filter((m) => samples[m] === undefined)
    // Methods added by other areas may not have a sample yet; they still get the garbage property below.
    for (const method of apiMethods) {
      if (missing.includes(method)) continue
      const parsed = apiInputs[method].safeParse(samples[method])
      expect(parsed.success, `sample of ${method} is not valid`).toBe(true)
    }
    expect(apiMethods.length - missing.length).toBeGreaterThanOrEqual(23)
  })

  for (const method of apiMethods) {
    it(`${method}: garbage instead of a payload`, async () => {
      await fc.assert(
        fc.asyncProperty(badValue, async (payload) => {
          fc.pre(!apiInputs[method].safeParse(payload).success)
          await expectRefusedAndNothingWritten(method, payload)
        }),
        { numRuns: 30 }
      )
    })

    const sample = samples[method]
    if (sample === undefined) continue
    it(`${method}: a valid payload with one field removed, replaced by garbage or an extra field added`, async () => {
      await fc.assert(
        fc.asyncProperty(mutation, fc.array(mutation, { maxLength: 2 }), async (first, more) => {
          let payload = mutate(sample, first)
          for (const m of more) payload = mutate(payload, m)
          fc.pre(!apiInputs[method].safeParse(payload).success)
          await expectRefusedAndNothingWritten(method, payload)
        }),
        { numRuns: 60 }
      )
    })
  }

  it('names the exact field path, e.g. a contact e-mail', async () => {
    const payload = structuredClone(required(samples['customers.create'], "samples['customers.create']")) as {
      customer: { contacts: Array<{ email: string }>; paymentTermsDays: unknown }
    }
    payload.customer.contacts[0].email = 'not an address'
    payload.customer.paymentTermsDays = -3
    const result = await desk.api.dispatch('customers.create', payload)
    expect(result.ok).toBe(false)
    const error = result.ok ? undefined : result.error
    expectRefusedAsInvalid(error)
    expect(Object.keys(required(required(error, 'error').fields, 'error.fields')).sort()).toEqual([
      'customer.contacts.0.email',
      'customer.paymentTermsDays'
    ])
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })
})
