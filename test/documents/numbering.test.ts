/**
 * Two separate processes issuing invoices against the same file at the same time still
 * produce one unbroken, duplicate-free sequence (BEGIN IMMEDIATE + the series counter).
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { seedDocuments, type Seeded } from './helpers'
import { required } from '../../src/shared/required'

const worker = fileURLToPath(new URL('./issue-worker.ts', import.meta.url))

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

function runWorker(count: number, startAt: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', worker, desk.databasePath, String(seed.customerId), String(count), String(startAt)],
      {
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(`worker exited ${code}: ${err}`))
    )
  })
}

it(
  'two processes issuing at once get one gap-free, duplicate-free sequence',
  { timeout: 120_000 },
  async () => {
    const perWorker = 40
    // Both start together once loaded (tsx start-up takes a moment); this process issues too.
    const startAt = Date.now() + 4000
    const running = [runWorker(perWorker, startAt), runWorker(perWorker, startAt)]
    const [a, b] = await Promise.all(running)
    expect(a).toHaveLength(perWorker)
    expect(b).toHaveLength(perWorker)
    const all = [...a, ...b]
    expect(new Set(all).size).toBe(all.length)
    const sequences = all
      .map((n) => Number(required(/^INV-2026-(\d{5})$/.exec(n), '/^INV-2026-(\\d{5})$/.exec(n)')[1]))
      .sort((x, y) => x - y)
    expect(sequences).toEqual(Array.from({ length: 2 * perWorker }, (_, i) => i + 1))
    // Each process saw its own numbers go up.
    for (const list of [a, b]) expect([...list].sort()).toEqual(list)

    const report = await desk.call('numbering.report', {})
    expect(report.series).toEqual([
      expect.objectContaining({
        type: 'invoice',
        first: 'INV-2026-00001',
        last: 'INV-2026-00080',
        count: 80,
        nextSequence: 81,
        gapFree: true
      })
    ])
    const stored = desk.store.sqlite
      .prepare(
        "select count(*) as n, count(distinct number) as d from documents where type = 'invoice' and number is not null"
      )
      .get()
    expect(stored).toEqual({ n: 80, d: 80 })
  }
)
