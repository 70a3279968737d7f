/**
 * The schedule and contract methods at the boundary: every sample is valid; removing any
 * field, putting garbage in any place or adding an unknown field is refused as invalid_input
 * with field messages, and nothing is written.
 */
import { changedAt, removeAt, type Path } from '../support/payload-paths'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiInputs, type ApiMethod } from '../../src/shared/api'
import { dumpDatabase, type DatabaseDump } from '../support/dump'
import { openScheduleDesk, type ScheduleDesk } from './support'
import { scheduleSamples } from './samples'

let s: ScheduleDesk
let before: DatabaseDump

beforeAll(async () => {
  s = await openScheduleDesk()
  await s.desk.call('visits.create', {
    visit: { ...scheduleSamples['visits.create'].visit },
    acceptClashes: true
  })
  before = dumpDatabase(s.desk.store.sqlite)
})
afterAll(async () => {
  await s.desk.close()
})

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function paths(value: unknown, path: Path = []): Path[] {
  const out: Path[] = path.length ? [path] : []
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...path, i])))
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...path, k]))
  return out
}

const GARBAGE: unknown[] = [
  null,
  -1,
  1.5,
  '',
  'x'.repeat(20_000),
  '2026-02-30',
  '2026-03-10T25:00:00Z',
  { nested: true },
  [1, 1]
]

describe('schedule and contract methods refuse malformed payloads and write nothing', () => {
  for (const [method, sample] of Object.entries(scheduleSamples) as Array<[ApiMethod, unknown]>) {
    it(method, async () => {
      expect(apiInputs[method].safeParse(sample).success, 'the sample is valid').toBe(true)
      const variants: unknown[] = [null, [], 'x', { ...(sample as object), unexpected: 1 }]
      for (const path of paths(sample)) {
        variants.push(changedAt(sample, path, (parent, key) => removeAt(parent, key, { bad: 1 })))
        for (const value of GARBAGE)
          variants.push(changedAt(sample, path, (parent, key) => (parent[key] = value)))
        variants.push(
          changedAt(sample, path, (parent, key) => {
            const target = parent[key]
            if (isObject(target)) target.unexpected = 1
          })
        )
      }
      let refused = 0
      for (const payload of variants) {
        if (apiInputs[method].safeParse(payload).success) continue
        const result = await s.desk.api.dispatch(method, payload)
        expect(result.ok, JSON.stringify(payload).slice(0, 200)).toBe(false)
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input')
          expect(Object.keys(result.error.fields ?? {}).length).toBeGreaterThan(0)
        }
        refused++
      }
      expect(refused).toBeGreaterThan(3)
      expect(dumpDatabase(s.desk.store.sqlite)).toEqual(before)
    })
  }
})
