/** `salesdesk einvoice`: one document by number, a period into a folder, and clear refusals. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { tempFolder, type TempFolder } from '../support/fixtures'

let folder: TempFolder
let db: string
let printed = ''

beforeAll(async () => {
  folder = tempFolder('salesdesk-einvoice-cli-')
  db = folder.file('demo.db')
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void (printed += `${args.join(' ')}\n`))
  vi.spyOn(console, 'error').mockImplementation(
    (...args: unknown[]) => void (printed += `${args.join(' ')}\n`)
  )
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  expect(await runCli(['demo', '--db', db, '--size', 'small'])).toBe(0)
}, 120_000)

afterAll(() => {
  vi.restoreAllMocks()
  folder.remove()
})

function issued(type: string): { number: string; issue_date: string }[] {
  const sqlite = new BetterSqlite3(db, { readonly: true })
  try {
    return sqlite
      .prepare(
        'select number, issue_date from documents where type = ? and number is not null order by number'
      )
      .all(type) as { number: string; issue_date: string }[]
  } finally {
    sqlite.close()
  }
}

describe('salesdesk einvoice', () => {
  it('writes one invoice by its number in each format', async () => {
    const [first] = issued('invoice')
    for (const format of ['ubl', 'cii', 'facturx']) {
      const out = folder.file(`one.${format}`)
      expect(
        await runCli(['einvoice', '--db', db, '--number', first.number, '--format', format, '--out', out])
      ).toBe(0)
      const bytes = readFileSync(out)
      if (format === 'facturx') expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
      else expect(bytes.toString('utf8')).toContain(first.number)
    }
    expect(printed).toContain(`Wrote ${folder.file('one.ubl')}.`)
  }, 60_000)

  it("writes a month's credit notes into a folder, one file each", async () => {
    const notes = issued('credit_note')
    const month = notes[0].issue_date.slice(0, 7)
    const expected = notes.filter((n) => n.issue_date.startsWith(month)).map((n) => `${n.number}.ubl.xml`)
    const outDir = join(folder.path, 'batch')
    const code = await runCli([
      'einvoice',
      '--db',
      db,
      '--type',
      'credit_note',
      '--from',
      `${month}-01`,
      '--to',
      `${month}-31`,
      '--format',
      'ubl',
      '--out-dir',
      outDir
    ])
    expect(code).toBe(0)
    expect(readdirSync(outDir).sort()).toEqual(expected.sort())
    expect(readFileSync(join(outDir, expected[0]), 'utf8')).toMatch(/<CreditNote /)
  }, 60_000)

  it('says in one sentence what is wrong, without a stack trace', async () => {
    printed = ''
    expect(await runCli(['einvoice', '--db', db, '--format', 'ubl'])).not.toBe(0)
    expect(printed).toContain('Give either --number and --out')
    printed = ''
    expect(
      await runCli(['einvoice', '--db', folder.file('missing.db'), '--number', 'X', '--format', 'ubl'])
    ).not.toBe(0)
    expect(printed).toContain('does not exist')
    expect(printed).not.toMatch(/\n\s+at /)
  })
})
