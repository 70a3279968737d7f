/**
 * Settings → "Back up now": the button writes a copy of the open database into the data folder's
 * backups folder and says where, with its size. The copy is read back here with better-sqlite3: it
 * is a whole, consistent SQLite file holding what the app holds (customers, the record chain, the
 * schema version). When the copy cannot be written, the section says so in plain words (no stack
 * trace) and the next try works. At 1366×768, with axe.
 */
import { rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { customer } from '../support/fixtures'
import { expectNoSeriousA11yViolations, openSession, setUpCompany, type Session } from './harness'

let session: Session

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  await setUpCompany(session)
  for (const name of ['Ferretería Soler', 'Kovács és Társa Kft.'])
    await session.store('customers.create', { customer: customer({ name }) })
}, 120_000)

afterAll(async () => {
  await session.close()
})

const dataSection = () => session.page.locator('section[aria-labelledby="settings-data"]')

/** What a question asked of both files answers: the live store and the copy must agree. */
function rows(file: BetterSqlite3.Database, query: string): unknown[] {
  return file.prepare(query).all()
}

describe('backing up from Settings', () => {
  it('says so in plain words when the copy cannot be written, and nothing is left behind', async () => {
    // A file where the backups folder should be: the folder cannot be made.
    const blocker = join(session.folder, 'backups')
    writeFileSync(blocker, 'not a folder')
    try {
      await session.open('/settings')
      await session.byTestId('backup-now').click()
      const problem = dataSection().locator('[data-testid="banner-error"]')
      await problem.waitFor()
      const text = (await problem.textContent()) ?? ''
      expect(text).toContain('Something went wrong and nothing was saved.')
      expect(text).not.toMatch(/EEXIST|ENOTDIR|Error:|\bat \w+ \(/)
      expect(statSync(blocker).isFile()).toBe(true)
      await expectNoSeriousA11yViolations(session.page)
    } finally {
      rmSync(blocker)
    }
  })

  it('writes a whole copy of the database and says where it is and how large', async () => {
    await session.open('/settings')
    await session.byTestId('backup-now').click()
    const done = dataSection().locator('[data-testid="banner-success"]')
    await done.waitFor()
    const text = (await done.textContent()) ?? ''
    const match = /^Backup saved to (.+\.db) \((.+)\)\.$/.exec(text)
    expect(match, text).not.toBeNull()
    const path = match?.[1] ?? ''
    expect(path.startsWith(join(session.folder, 'backups') + '/')).toBe(true)
    // The size shown is the file's: whole kilobytes rounded up below a megabyte, else megabytes to one decimal.
    const bytes = statSync(path).size
    const size =
      bytes >= 1024 * 1024
        ? `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`
        : `${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB`
    expect(match?.[2]).toBe(size)

    const copy = new BetterSqlite3(path, { readonly: true })
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
      const live = session.app.store.sqlite
      expect(copy.pragma('user_version', { simple: true })).toBe(
        live.pragma('user_version', { simple: true })
      )
      for (const query of [
        'select code, name, status from customers order by id',
        'select seq, record_table, record_id, hash from record_chain order by seq',
        'select key, value from settings order by key'
      ]) {
        expect(rows(copy, query), query).toEqual(rows(live, query))
      }
      expect(rows(copy, 'select name from customers order by id')).toEqual([
        { name: 'Ferretería Soler' },
        { name: 'Kovács és Társa Kft.' }
      ])
    } finally {
      copy.close()
    }
    await expectNoSeriousA11yViolations(session.page)
  })
})
