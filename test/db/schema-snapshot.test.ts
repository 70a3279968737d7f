/**
 * Schema truth (issue 9): the schema the migrations build equals the committed snapshot. A migration
 * that changes a table, an index or a guard trigger fails here until the snapshot is rewritten with
 * `npm run schema:snapshot`, so every schema change is visible in review.
 */
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { migratedSchema, SNAPSHOT_PATH } from './schema-dump'

it('the migrated schema equals test/db/schema.snapshot.sql (npm run schema:snapshot rewrites it)', async () => {
  const committed = readFileSync(SNAPSHOT_PATH, 'utf8')
  const actual = await migratedSchema()
  // Compared statement by statement, so a failure names the tables and triggers that differ.
  const lines = (text: string) => new Set(text.split('\n').filter((l) => !l.startsWith('--')))
  const [was, is] = [lines(committed), lines(actual)]
  expect({
    onlyInSnapshot: [...was].filter((l) => !is.has(l)),
    onlyInDatabase: [...is].filter((l) => !was.has(l))
  }).toEqual({ onlyInSnapshot: [], onlyInDatabase: [] })
  expect(actual).toBe(committed)
})
