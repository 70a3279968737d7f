/**
 * Migration history (issue 9): every landed migration still runs, statement for statement, what the committed
 * record says (test/db/migration-record.sql). Reorganising a migration's code is safe only while this holds; a
 * new migration adds its own section with `npm run schema:snapshot`.
 */
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { migrationStatements, RECORD_PATH, recordText } from './migration-record'

it('each migration runs the statements of test/db/migration-record.sql (npm run schema:snapshot rewrites it)', async () => {
  const committed = readFileSync(RECORD_PATH, 'utf8')
  const ran = await migrationStatements()
  // Compared migration by migration, so a failure names the migration and the statements that differ.
  const recorded = new Map<string, string[]>()
  let section: string[] = []
  for (const line of committed.split('\n').slice(1)) {
    if (line.startsWith('-- ')) recorded.set(line.slice(3), (section = []))
    else if (line) section.push(line.slice(0, -1))
  }
  const changed = [...new Set([...recorded.keys(), ...ran.keys()])].flatMap((name) => {
    const [was, is] = [recorded.get(name) ?? [], ran.get(name) ?? []]
    const gone = was.filter((s) => !is.includes(s))
    const added = is.filter((s) => !was.includes(s))
    return gone.length || added.length ? [{ name, gone, added }] : []
  })
  expect(changed).toEqual([])
  // And in the same order, once each.
  expect(recordText(ran)).toBe(committed)
})
