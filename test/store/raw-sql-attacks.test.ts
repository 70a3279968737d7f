/**
 * Someone with the database file and an SQLite tool tries to rewrite history behind the
 * application's back (issue 10). Each attack runs twice: through better-sqlite3 (a second
 * connection, foreign keys off) and through Debian's `sqlite3` shell, the tool a person would
 * use. Every one must be refused by the store itself and leave every table as it was.
 */
import { spawnSync } from 'node:child_process'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { dumpDatabase } from '../support/dump'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { draft, issued, seedDocuments } from '../documents/helpers'
import { payment } from '../payments/helpers'

const SQLITE_SHELL = '/usr/bin/sqlite3'

let desk: TestDesk
let invoice: SalesDocument
let draftId: number
let paymentId: number
let activityId: number

beforeEach(async () => {
  desk = await openTestDesk()
  const seed = await seedDocuments(desk)
  invoice = await issued(desk, seed)
  draftId = (await desk.call('documents.createDraft', { document: draft(seed) })).id
  paymentId = (
    await desk.call('payments.record', {
      payment: payment(seed, 1000, {
        reference: 'TRF 1',
        allocations: [{ documentId: invoice.id, amountCents: 1000 }]
      })
    })
  ).id
  activityId = (desk.store.sqlite.prepare('select max(id) as id from activity_log').get() as { id: number })
    .id
})
afterEach(async () => {
  await desk.close()
})

type Engine = 'better-sqlite3' | 'sqlite3 shell'

/** Runs a script on the file from outside the app; returns the error text, or null if it went through. */
function runOutside(engine: Engine, script: string): string | null {
  const full = `pragma foreign_keys = off;\n${script}`
  if (engine === 'sqlite3 shell') {
    const result = spawnSync(SQLITE_SHELL, ['-bail', desk.databasePath], { input: full, encoding: 'utf8' })
    if (result.error) throw result.error
    return result.status === 0 ? null : result.stderr
  }
  const raw = new BetterSqlite3(desk.databasePath)
  try {
    raw.exec(full)
    return null
  } catch (error) {
    return (error as Error).message
  } finally {
    raw.close()
  }
}

/** Copies a row into a temporary table, changes it there, and writes it back with `write`. */
function rewrite(table: string, id: number, changes: string, write: string): string {
  return `drop table if exists temp.forged;
create temp table forged as select * from ${table} where id = ${id};
update temp.forged set ${changes};
${write}`
}

const engines: Engine[] = ['better-sqlite3', 'sqlite3 shell']

describe.each(engines)('raw SQL through %s', (engine) => {
  function expectRefused(script: string, message: RegExp) {
    const before = dumpDatabase(desk.store.sqlite)
    const error = runOutside(engine, script)
    expect(error, script).not.toBeNull()
    expect(error).toMatch(message)
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  }

  it('the sqlite3 shell is there (the test would prove nothing without it)', () => {
    expect(spawnSync(SQLITE_SHELL, ['-version'], { encoding: 'utf8' }).stdout).toMatch(/^3\./)
  })

  it('INSERT OR REPLACE cannot rewrite an issued invoice (total and customer)', async () => {
    expectRefused(
      rewrite(
        'documents',
        invoice.id,
        "total_cents = 1, customer_name = 'Someone else'",
        'insert or replace into documents select * from temp.forged;'
      ),
      /Issued documents cannot be replaced/
    )
    expectRefused(
      rewrite(
        'documents',
        invoice.id,
        'total_cents = 1',
        'replace into documents select * from temp.forged;'
      ),
      /cannot be replaced/
    )
    const after = await desk.call('documents.get', { id: invoice.id })
    expect(after.totalCents).toBe(invoice.totalCents)
    expect(after.lines).toHaveLength(invoice.lines.length)
  })

  it('a REPLACE through another unique key (the number, with a new id) is refused too', () => {
    expectRefused(
      rewrite(
        'documents',
        invoice.id,
        'id = 9000, total_cents = 1',
        'insert or replace into documents select * from temp.forged;'
      ),
      /cannot be replaced/
    )
  })

  it('UPSERT (INSERT ... ON CONFLICT DO UPDATE) cannot rewrite an issued invoice', () => {
    expectRefused(
      rewrite(
        'documents',
        invoice.id,
        'total_cents = 1',
        'insert into documents select * from temp.forged where true on conflict(id) do update set total_cents = excluded.total_cents;'
      ),
      /Issued documents cannot be/
    )
  })

  it("an issued invoice's line cannot be moved onto a draft with REPLACE", () => {
    const lineId = invoice.lines[0].id
    expectRefused(
      rewrite(
        'document_lines',
        lineId,
        `document_id = ${draftId}`,
        'insert or replace into document_lines select * from temp.forged;'
      ),
      /Lines of an issued document cannot be changed/
    )
  })

  it('a payment and an activity-log entry cannot be rewritten with REPLACE or UPSERT', () => {
    expectRefused(
      rewrite(
        'payments',
        paymentId,
        "reference = 'forged'",
        'insert or replace into payments select * from temp.forged;'
      ),
      /cannot be replaced/
    )
    expectRefused(
      rewrite(
        'payments',
        paymentId,
        "reference = 'forged'",
        'insert into payments select * from temp.forged where true on conflict(id) do update set reference = excluded.reference;'
      ),
      /cannot be replaced/
    )
    expectRefused(
      rewrite(
        'activity_log',
        activityId,
        "summary = 'nothing happened'",
        'replace into activity_log select * from temp.forged;'
      ),
      /cannot be replaced/
    )
    expectRefused(
      rewrite(
        'activity_log',
        activityId,
        "summary = 'nothing happened'",
        'insert into activity_log select * from temp.forged where true on conflict(id) do update set summary = excluded.summary;'
      ),
      /cannot be replaced/
    )
  })

  it('with foreign keys off, ids of issued documents, their lines, payments and log entries cannot move', () => {
    expectRefused(
      `update documents set id = 9999 where id = ${invoice.id};`,
      /Issued documents cannot be changed/
    )
    expectRefused(
      `update document_lines set id = 9999 where id = ${invoice.lines[0].id};`,
      /Lines of an issued document cannot be changed/
    )
    expectRefused(`update payments set id = 9999 where id = ${paymentId};`, /cannot be changed/)
    expectRefused(`update activity_log set id = 9999 where id = ${activityId};`, /append-only/)
  })

  it('the numbering series cannot be reset with REPLACE', () => {
    expectRefused(
      "insert or replace into document_series (type, year, next_sequence) values ('invoice', 2026, 1);",
      /cannot be replaced/
    )
  })
})

describe('what stays allowed', () => {
  it('a draft is still saved, and a new payment and log entries are still written', async () => {
    const seed = { customerId: invoice.customerId, productId: 0, executiveId: 0 }
    const saved = await desk.call('documents.updateDraft', {
      id: draftId,
      document: { ...draft({ ...seed, productId: invoice.lines[1].productId ?? 0 }), notes: 'changed' },
      expectedUpdatedAt: (await desk.call('documents.get', { id: draftId })).updatedAt
    })
    expect(saved.notes).toBe('changed')
    expect(
      runOutside('sqlite3 shell', `update documents set notes = 'by hand' where id = ${draftId};`)
    ).toBeNull()
  })
})
