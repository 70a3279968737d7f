/** `salesdesk verifactu status|verify|export` on a real database file; the export read back and checked. */
import { readFileSync } from 'node:fs'
import { afterEach, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { issued } from '../documents/helpers'
import type { TestDesk } from '../support/fixtures'
import { hashInputOf, sha256Upper, spanishDesk, xsdErrors } from './support'

let desk: TestDesk | null = null
afterEach(async () => {
  vi.restoreAllMocks()
  await desk?.close()
  desk = null
})

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')))
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')))
  const code = await runCli(args)
  vi.restoreAllMocks()
  return { code, out: out.join('\n'), err: err.join('\n') }
}

it('status, verify and export from the command line', async () => {
  const s = await spanishDesk()
  desk = s.desk
  await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
  await issued(s.desk, s.seed, { customerId: s.anonymousCustomerId })
  const db = s.desk.databasePath
  const status = await run(['verifactu', 'status', '--db', db])
  expect(status.code).toBe(0)
  expect(status.out).toContain('2 records waiting to be sent')
  const verify = await run(['verifactu', 'verify', '--db', db])
  expect(verify.out).toMatch(/intact: 2 records/)
  const file = s.desk.folder.file('inspection.xml')
  const exported = await run([
    'verifactu',
    'export',
    '--db',
    db,
    '--from',
    '2026-03-01',
    '--to',
    '2026-03-31',
    '--out',
    file
  ])
  expect(exported.out).toContain('Wrote 2 records')
  const xml = readFileSync(file, 'utf8')
  const records = [...xml.matchAll(/<sum1:RegistroAlta[\s\S]*?<\/sum1:RegistroAlta>/g)].map((m) => m[0])
  expect(records).toHaveLength(2)
  expect(xsdErrors(records)).toEqual([])
  for (const r of records) expect(xml).toContain(sha256Upper(hashInputOf(r)))
  const empty = await run([
    'verifactu',
    'export',
    '--db',
    db,
    '--from',
    '2026-04-01',
    '--to',
    '2026-04-30',
    '--out',
    s.desk.folder.file('none.xml')
  ])
  expect(empty.out).toContain('Wrote 0 records')
  const send = await run(['verifactu', 'send', '--db', db])
  expect(send.code).toBe(2)
  expect(send.err).toMatch(/certificate/)
})
