/** Every write runs in a write transaction (see write-transactions.ts for what counts). */
import { describe, expect, it } from 'vitest'
import {
  coreFiles,
  findDeferredTransactions,
  findWritesOutsideTransactions,
  type WriteFinding
} from './write-transactions'

/** The writes that run outside writeTransaction on purpose, by file (and function), and why. */
const allowed: { file: string; inFunction?: string; reason: string }[] = [
  {
    file: 'src/main/db/card-masking.ts',
    inFunction: 'maskStoredCardNumbers',
    reason: 'called only by migration 0009, inside the migration runner’s transaction'
  },
  {
    file: 'src/main/db/chain.ts',
    inFunction: 'chainUnchained',
    reason: 'called only by migration 0016 and the demo generator, each inside its own transaction'
  },
  ...['campaigns', 'company', 'desk', 'documents', 'generate', 'payments', 'schedule'].map((name) => ({
    file: `src/main/demo/${name}.ts`,
    reason: 'the demo generator writes straight on better-sqlite3, inside generateDemo’s one transaction'
  }))
]

const isAllowed = (f: WriteFinding) =>
  allowed.some((a) => a.file === f.file && (a.inFunction === undefined || a.inFunction === f.inFunction))

const scan = (text: string) => findWritesOutsideTransactions([{ path: 'a.ts', text }])

describe('writes run in a write transaction', () => {
  it('finds a write outside one, and only that', () => {
    const found = scan(
      [
        "import { sql } from 'kysely'",
        'export async function outside(ctx) {',
        "  await ctx.db.insertInto('notes').values({ text: 'a' }).execute()",
        "  await sql`update notes set text = ''`.execute(ctx.db)",
        "  ctx.sqlite.prepare('delete from notes').run()",
        '}',
        'export async function inside(ctx) {',
        '  await writeTransaction(ctx.db, async (t) => {',
        "    await t.insertInto('notes').values({ text: 'a' }).execute()",
        '    const raw = t.withoutPlugins()',
        "    await sql`update notes set text = ''`.execute(raw)",
        '    await helper(t, 1)',
        "    await ctx.db.deleteFrom('notes').execute()",
        '  })',
        "  writeTransactionSync(ctx.sqlite, () => ctx.sqlite.prepare('delete from notes').run())",
        "  await ctx.db.selectFrom('notes').selectAll().execute()",
        '}',
        'async function helper(trx, id) {',
        "  await trx.deleteFrom('notes').where('id', '=', id).execute()",
        '}',
        'async function other(db) {',
        "  await db.updateTable('notes').set({ text: '' }).execute()",
        '  await helper(db, 2)',
        '}'
      ].join('\n')
    )
    expect(found.map((f) => `${String(f.line)} ${f.inFunction} ${f.what} ${f.executor}`)).toEqual([
      '3 outside insertInto ctx.db',
      '4 outside sql ctx.db',
      '5 outside prepare ctx.sqlite',
      // ctx.db inside the callback would wait for the transaction that holds the lock.
      '13 inside deleteFrom ctx.db',
      '22 other updateTable db',
      '23 other call helper db'
    ])
  })

  it('src/main has none but the allowed ones, and every allowed one is still there', () => {
    const found = findWritesOutsideTransactions(coreFiles(process.cwd()))
    expect(found.filter((f) => !isAllowed(f))).toEqual([])
    for (const a of allowed)
      expect(
        found.some((f) => f.file === a.file && (a.inFunction === undefined || a.inFunction === f.inFunction)),
        `${a.file} ${a.inFunction ?? ''} is allowed but writes nothing now: remove it from the list`
      ).toBe(true)
  })
})

/** Transactions that may begin deferred, and why each is right. */
const deferredAllowed: { file: string; inFunction: string; reason: string }[] = [
  {
    file: 'src/main/db/write-transaction.ts',
    inFunction: 'writeTransactionSync',
    reason: 'the helper itself: it runs the transaction with .immediate()'
  },
  {
    file: 'src/main/figures/archive.ts',
    inFunction: 'markReportSent',
    reason: 'a read-only snapshot of the week (nothing written in it)'
  }
]

describe('transactions begin IMMEDIATE (the migrations, the demo generator, every write)', () => {
  it('finds the ways a deferred transaction begins, and only those', () => {
    const found = findDeferredTransactions([
      {
        path: 'a.ts',
        text: [
          'export async function f(db, sqlite) {',
          '  await db.transaction().execute(async (trx) => undefined)',
          '  sqlite.transaction(() => undefined)()',
          "  sqlite.exec('begin')",
          '  await sql`BEGIN DEFERRED`.execute(db)',
          '  await sql`begin immediate`.execute(db)',
          "  sqlite.exec('begin exclusive')",
          '  await writeTransaction(db, async (trx) => undefined)',
          '}'
        ].join('\n')
      }
    ])
    expect(found.map((f) => `${String(f.line)} ${f.what}`)).toEqual([
      '2 transaction',
      '3 transaction',
      '4 begin',
      '5 begin'
    ])
  })

  it('src/main has none but the allowed ones', () => {
    const found = findDeferredTransactions(coreFiles(process.cwd()))
    expect(found.map((f) => `${f.file} ${f.inFunction}`).sort()).toEqual(
      deferredAllowed.map((a) => `${a.file} ${a.inFunction}`).sort()
    )
  })
})
