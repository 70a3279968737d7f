/**
 * `salesdesk campaign labels|letters` on the demo database: the labels hold exactly the saved
 * segment's consenting mailing addresses (worked out here from the raw rows and the consent
 * history), the letters one page per recipient of the demo's past campaign, and a wrong segment
 * name is one sentence with exit 2.
 */
import { execFileSync } from 'node:child_process'
import { pdfText } from '../support/pdf-text'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { tempFolder, type TempFolder } from '../support/fixtures'
import { firstLine, labelCells, pdfWords } from './labels'

let folder: TempFolder
let db = ''
let err = ''

beforeAll(async () => {
  folder = tempFolder('salesdesk-campaign-cli-')
  db = folder.file('demo.db')
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (err += `${args.join(' ')}\n`))
  expect(await runCli(['demo', '--db', db, '--size', 'small'])).toBe(0)
}, 300_000)
afterAll(() => {
  vi.restoreAllMocks()
  folder.remove()
})

interface Row {
  id: number
  name: string
  status: string
  same: number
  bLine1: string
  bRegion: string
  mLine1: string
  mRegion: string
}

/** Active, in Catalonia by mailing address, with an address line, and post consent granted last. */
function expectedNames(): string[] {
  const sqlite = new BetterSqlite3(db, { readonly: true })
  try {
    const rows = sqlite
      .prepare(
        `select id, name, status, mailing_same_as_billing as same, billing_line1 as bLine1, billing_region as bRegion,
          mailing_line1 as mLine1, mailing_region as mRegion from customers where archived_at is null`
      )
      .all() as Row[]
    const consents = sqlite
      .prepare(
        'select customer_id as id, status, channel, date from marketing_consents where contact_id is null order by id'
      )
      .all() as { id: number; status: string; channel: string; date: string }[]
    const last = new Map<number, { status: string; date: string }>()
    for (const c of consents) {
      if (c.channel === 'email') continue
      const before = last.get(c.id)
      if (!before || c.date >= before.date) last.set(c.id, c)
    }
    return rows
      .filter((r) => {
        const [line1, region] = r.same === 1 ? [r.bLine1, r.bRegion] : [r.mLine1, r.mRegion]
        return (
          r.status === 'active' &&
          region === 'Catalunya' &&
          line1 !== '' &&
          last.get(r.id)?.status === 'granted'
        )
      })
      .map((r) => r.name)
  } finally {
    sqlite.close()
  }
}

describe('salesdesk campaign', () => {
  it('labels: exactly the segment’s consenting mailing addresses', async () => {
    const out = folder.file('labels.pdf')
    const args = ['campaign', 'labels', '--db', db, '--segment', 'Active customers in Catalonia']
    expect(await runCli([...args, '--layout', 'L7163', '--out', out])).toBe(0)
    const names = expectedNames()
    expect(names.length).toBeGreaterThan(0)
    const cells = labelCells(pdfWords(out), 'L7163')
    expect(cells.every((c) => c.inside)).toBe(true)
    expect(cells.map(firstLine).sort()).toEqual([...names].sort())
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1])
    expect(pages).toBe(Math.ceil(names.length / 14))
  })

  it('letters: one page per recipient of the past campaign', async () => {
    const out = folder.file('letters.pdf')
    expect(await runCli(['campaign', 'letters', '--db', db, '--campaign', '1', '--out', out])).toBe(0)
    const sqlite = new BetterSqlite3(db, { readonly: true })
    const recipients = sqlite
      .prepare('select name from campaign_recipients where campaign_id = 1 order by name')
      .all() as {
      name: string
    }[]
    sqlite.close()
    expect(recipients.length).toBeGreaterThan(0)
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' })
    expect(info).toMatch(new RegExp(`Pages:\\s+${String(recipients.length)}\\n`))
    const first = pdfText(out, { layout: false, page: 1 })
    expect(first).toContain(recipients[0].name)
    expect(first).toContain('Nuevo catálogo de primavera')
  })

  it('names a segment that does not exist in one sentence, exit 2', async () => {
    err = ''
    const args = ['campaign', 'labels', '--db', db, '--segment', 'Nadie', '--layout', '5160']
    expect(await runCli([...args, '--out', folder.file('x.pdf')])).toBe(2)
    expect(err).toBe('salesdesk: There is no saved segment called "Nadie".\n')
  })
})
