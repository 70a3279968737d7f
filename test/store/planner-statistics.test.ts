/**
 * Real users' stores get planner statistics (issue 12): only the demo generator ran ANALYZE, so a
 * store filled through the app had no sqlite_stat1 and the query planner guessed. The app (and
 * `serve`) refresh them after open, in a worker thread, never while opening (the first analysis of
 * a large store took 4.1 s at open); one-shot commands write none. Read back through a separate
 * read-only connection, and through the plans the running app's own connection chooses.
 */
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { refreshStatistics } from '../../src/main/db/statistics'
import { callApi, startSalesdesk, type Salesdesk } from '../../src/main/runtime'
import { customer, customerQuery, tempFolder, type TempFolder } from '../support/fixtures'

let folder: TempFolder
const running: Salesdesk[] = []
beforeEach(() => {
  folder = tempFolder()
})
afterEach(async () => {
  for (const app of running.splice(0)) await app.close()
  folder.remove()
})

/** The customers' row count as sqlite_stat1 holds it (null: no statistics table or no row). */
function customerStatistics(path: string): number | null {
  const reader = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
  try {
    const table = reader
      .prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'sqlite_stat1'")
      .pluck()
      .get() as number
    if (table === 0) return null
    const stat = reader
      .prepare("select stat from sqlite_stat1 where tbl = 'customers' limit 1")
      .pluck()
      .get() as string | undefined
    return stat === undefined ? null : Number(stat.split(' ')[0])
  } finally {
    reader.close()
  }
}

/** Which index the app's own connection chooses where two could serve (only statistics tell them apart). */
const indexChosen = (app: Salesdesk) =>
  (
    app.store.sqlite
      .prepare('explain query plan select * from probe where a = ? and b = ?')
      .all(1, 1) as Array<{ detail: string }>
  )
    .map((row) => row.detail)
    .join('; ')
    .match(/probe_[ab]/)?.[0]

describe('planner statistics', () => {
  it('are written after the app opens, not while it opens, and never by a one-shot command', async () => {
    const path = folder.file('salesdesk.db')
    const command = await startSalesdesk({ databasePath: path })
    for (let i = 0; i < 30; i++)
      await callApi(command.api, 'customers.create', {
        customer: customer({ name: `Cliente ${String(i)}`, code: `C-${String(i).padStart(3, '0')}` })
      })
    await callApi(command.api, 'customers.list', customerQuery({ search: 'Cliente 1' }))
    // Two indexes on one table: with a unique and 200 equal 'b', 'a' is the one to use.
    command.store.sqlite.exec('create table probe (id integer primary key, a int, b int)')
    command.store.sqlite.exec('create index probe_a on probe (a); create index probe_b on probe (b)')
    const insert = command.store.sqlite.prepare('insert into probe (a, b) values (?, ?)')
    for (let i = 0; i < 200; i++) insert.run(i, 1)
    expect(command.statistics).toBeNull()
    await command.close()
    expect(customerStatistics(path)).toBeNull()

    const app = await startSalesdesk({ databasePath: path, background: true })
    running.push(app)
    // Opened, and still none: the analysis was not part of opening.
    expect(customerStatistics(path)).toBeNull()
    expect(indexChosen(app)).toBe('probe_b')
    const first = await app.statistics
    expect(first?.status).toBe('refreshed')
    expect(first?.analyzed).toContain('ANALYZE "main"."customers"')
    expect(customerStatistics(path)).toBe(30)
    // The app's own connection plans with what the worker wrote.
    expect(indexChosen(app)).toBe('probe_a')

    // 10 000 more rows the other way round: 'b' is now the selective one. The hourly refresh
    // analyzes the table again (no schema change this time) and the app's planner follows.
    const more = app.store.sqlite.prepare('insert into probe (a, b) values (?, ?)')
    app.store.sqlite.transaction(() => {
      for (let i = 0; i < 10_000; i++) more.run(1, i)
    })()
    const hourly = await refreshStatistics(app.store.sqlite, path).result
    expect(hourly.analyzed).toContain('ANALYZE "main"."probe"')
    expect(indexChosen(app)).toBe('probe_b')
  })
})
