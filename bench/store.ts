/**
 * Issue 10 figures: the full record-chain verify over the large demo (goal < 2 s for ~150 000
 * documents; version 2 entries: SQLite renders each record as a JSON array and hashes it through
 * an application-defined function, the links hashed in JavaScript; the scans cut by id and seq and
 * run in worker threads), beside the same on one thread and a bare read of the same rows, and the
 * incremental check at start; the integrity checks that find damaged pages;
 * the cost of synchronous=FULL against NORMAL when issuing 1 000 invoices (in a separate small
 * store, so the large demo stays as it is); and the card-number scan of an 8 MB text.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { availableParallelism, loadavg } from 'node:os'
import { verifyChain } from '../src/main/db/chain'
import { workersFor } from '../src/main/db/chain-workers'
import { refreshStatistics } from '../src/main/db/statistics'
import { startSalesdesk, type Salesdesk } from '../src/main/runtime'
import { containsCardNumber } from '../src/shared/cards'
import { emptyCustomer } from '../src/shared/schemas/customers'
import { heading, ms, report, timeOnce } from './stats'

const count = (app: Salesdesk, sql: string) => (app.store.sqlite.prepare(sql).get() as { n: number }).n

export async function benchRecordChain(app: Salesdesk): Promise<void> {
  heading('Record chain and integrity (issue 10)')
  const documents = count(app, 'select count(*) as n from documents where number is not null')
  const lines = count(
    app,
    'select count(*) as n from document_lines where document_id in (select id from documents where number is not null)'
  )
  // CPU time beside wall time (CPU of every thread of this process, the workers' included): on a
  // shared machine the wall time mostly measures the other processes.
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000
  const timed = async <T>(work: () => T | Promise<T>) => {
    const before = process.cpuUsage()
    const run = await timeOnce(work)
    return { ...run, cpu: cpuMs(process.cpuUsage(before)) }
  }
  const load = () => `load average ${loadavg()[0].toFixed(1)} on ${String(availableParallelism())} cores`
  const cores = availableParallelism()
  const threads = (n: number) => `${String(n)} worker thread${n === 1 ? '' : 's'}`
  // What `salesdesk verify` runs (its own thread only waits: a worker per core), then the app's
  // Settings → Verify all records (one worker up to 2 cores, so that the window keeps one).
  const full = await timed(() => app.api.records.checkAll('command line'))
  report(
    `salesdesk verify (command line: ${threads(workersFor(cores, 'command line'))})`,
    `${ms(full.ms)} wall, ${ms(full.cpu)} CPU`,
    `${full.result.status}; ${full.result.entries.toLocaleString('en')} entries: ${documents.toLocaleString('en')} issued documents (${lines.toLocaleString('en')} lines), payments, returns, activity; goal < 2 s; ${load()}`
  )
  const inApp = await timed(() => app.api.records.checkAll('app'))
  report(
    `  Settings → Verify all records (the app: ${threads(workersFor(cores, 'app'))})`,
    `${ms(inApp.ms)} wall, ${ms(inApp.cpu)} CPU`,
    `${inApp.result.status}; ${load()}`
  )
  const here = await timed(() => verifyChain(app.store.sqlite))
  report(
    '  the same on this thread only',
    `${ms(here.ms)} wall, ${ms(here.cpu)} CPU`,
    `${here.result.ok ? 'verified' : 'broken'}; workers ×${(here.ms / full.ms).toFixed(2)} faster (wall); ${load()}`
  )
  // What merely reading every chained row (and the chain) into JavaScript costs, for the ratio.
  const raw = await timed(() => {
    let values = 0
    for (const text of [
      'select * from documents where number is not null',
      'select * from document_lines',
      'select * from payments',
      'select * from payment_returns',
      'select * from activity_log',
      'select * from record_chain'
    ])
      for (const row of app.store.sqlite.prepare(text).raw(true).iterate())
        values += (row as unknown[]).length
    return values
  })
  report(
    '  bare better-sqlite3 read of the same rows (.raw())',
    `${ms(raw.ms)} wall, ${ms(raw.cpu)} CPU`,
    `${raw.result.toLocaleString('en')} values; verify ×${(full.ms / raw.ms).toFixed(2)} of the bare read (wall), ×${(full.cpu / raw.cpu).toFixed(2)} (CPU); one thread ×${(here.cpu / raw.cpu).toFixed(2)} (CPU)`
  )
  const versions = app.store.sqlite
    .prepare('select version, count(*) as n from record_chain group by version order by version')
    .all() as Array<{ version: number; n: number }>
  report(
    '  chain entries by version',
    versions.map((v) => `v${String(v.version)}: ${v.n.toLocaleString('en')}`).join(', '),
    'v1 (sorted keys, hashed in JavaScript) is what stores chained before this release keep'
  )
  const incremental = await timeOnce(() => app.api.records.checkSinceLastTime())
  report('check at start (since last verified entry)', ms(incremental.ms), incremental.result.status)
  // Planner statistics (issue 12): what the app and `serve` run after the page check, in a worker
  // thread (nothing at open); with the demo's statistics there, then from none (a real user's large
  // store the first time), after which the demo's own statistics are put back as they were.
  const sqlite = app.store.sqlite
  const refresh = async () => {
    const run = await timed(() => refreshStatistics(sqlite, app.store.path).result)
    const rows = count(app, 'select count(*) as n from sqlite_stat1')
    return `${ms(run.ms)} wall, ${ms(run.cpu)} CPU; ${run.result.status}, ${String(run.result.analyzed.length)} tables analyzed, ${String(rows)} sqlite_stat1 rows`
  }
  const saved = sqlite.prepare('select tbl, idx, stat from sqlite_stat1').all()
  report('planner statistics after open (worker thread), statistics there', await refresh(), load())
  sqlite.exec('delete from sqlite_stat1; analyze sqlite_schema')
  report('  the same with no statistics yet (was 4.1 s at open unlimited)', await refresh(), load())
  const put = sqlite.prepare('insert into sqlite_stat1 (tbl, idx, stat) values (@tbl, @idx, @stat)')
  sqlite.transaction(() => {
    sqlite.exec('delete from sqlite_stat1')
    for (const row of saved) put.run(row)
  })()
  sqlite.exec('analyze sqlite_schema')
  const quick = await timeOnce(() => app.store.sqlite.pragma('quick_check', { simple: true }))
  report('quick_check (every page, no index cross-check)', ms(quick.ms), String(quick.result))
  const integrity = await timeOnce(() => app.store.sqlite.pragma('integrity_check', { simple: true }))
  report('integrity_check (what restore requires)', ms(integrity.ms), String(integrity.result))
}

async function issueThousand(folder: string, synchronous: 'NORMAL' | 'FULL'): Promise<number> {
  const path = join(folder, `durability-${synchronous.toLowerCase()}.db`)
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  const app = await startSalesdesk({ databasePath: path, actor: 'bench' })
  try {
    app.store.sqlite.pragma(`synchronous = ${synchronous}`)
    // Issuing needs the seller's legal name, address and tax id (issue 11).
    app.store.sqlite
      .prepare("insert into settings (key, value) values ('company', ?) on conflict (key) do nothing")
      .run(
        JSON.stringify({
          legalName: 'Salesdesk Bench S.L.',
          addressLine1: 'Calle Mayor 1',
          postalCode: '28013',
          city: 'Madrid',
          country: 'ES',
          taxId: 'ESB12345674'
        })
      )
    const call = async (method: string, input: unknown) => {
      const result = await app.api.dispatch(method, input)
      if (!result.ok) throw new Error(result.error.message)
      return result.data as { id: number }
    }
    const customer = await call('customers.create', { customer: { ...emptyCustomer(), name: 'Núñez S.L.' } })
    const drafts: number[] = []
    for (let i = 0; i < 1000; i++) {
      const draft = await call('documents.createDraft', {
        document: {
          type: 'invoice',
          customerId: customer.id,
          issueDate: null,
          validUntil: null,
          promisedDate: null,
          paymentInstructions: '',
          notes: '',
          reason: '',
          lines: [
            {
              productId: null,
              description: 'Servei',
              unit: 'h',
              quantityMilli: 1000,
              unitPriceCents: 10_000 + i,
              discountBp: 0,
              vatRateBp: 2100,
              promisedDate: null,
              sourceLineId: null
            }
          ]
        }
      })
      drafts.push(draft.id)
    }
    const { ms: elapsed } = await timeOnce(async () => {
      for (const id of drafts) await call('documents.issue', { id })
    })
    return elapsed
  } finally {
    await app.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  }
}

export async function benchDurability(folder: string): Promise<void> {
  heading('Durability: issuing 1 000 invoices, one commit each')
  const normal = await issueThousand(folder, 'NORMAL')
  const full = await issueThousand(folder, 'FULL')
  report('synchronous=NORMAL (before)', ms(normal), `${ms(normal / 1000)} per invoice`)
  report(
    'synchronous=FULL (now)',
    ms(full),
    `${ms(full / 1000)} per invoice; ×${(full / normal).toFixed(2)} of NORMAL`
  )
}

export function benchCardScan(): void {
  heading('Card-number scan (linear, size-limited)')
  for (const [name, text] of [
    ['8 MB of "1 " (the worst case: all groups)', '1 '.repeat(4_000_000)],
    ['8 MB of zero-width-separated digits', '1\u200b'.repeat(4_000_000)],
    ['8 MB of ordinary text', 'Núñez pagó la factura INV-2026-00042. '.repeat(215_000)]
  ] as const) {
    const started = performance.now()
    const found = containsCardNumber(text)
    report(`  ${name}`, ms(performance.now() - started), found ? 'found one' : 'none')
  }
  report('  API: 8 MB text in a field', 'refused by size before any scan', 'MAX_TEXT_LENGTH = 200 000')
}
