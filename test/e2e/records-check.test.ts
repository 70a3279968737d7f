/**
 * Settings' records check names where the chain breaks (issue 10): an activity entry changed with
 * Debian's sqlite3 shell, its trigger dropped first → "Verify all records now" shows the red warning
 * with the seq of that entry's link (read from the file here) and the record's kind and id, in
 * English and in Hungarian (issue 14: the kind is a Hungarian word), at 1366×768 with axe.
 */
import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoSeriousA11yViolations, openSession, setUpCompany, type Session } from './harness'

let session: Session

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
  // Writes activity entries, each chained.
  await setUpCompany(session)
}, 120_000)

afterAll(async () => {
  await session.close()
})

describe('the records check in Settings', () => {
  it('shows the seq of the first broken link in its red warning', async () => {
    const sqlite = session.app.store.sqlite
    const entry = sqlite
      .prepare(
        `select c.seq, c.record_id from record_chain c where c.record_table = 'activity_log' order by c.seq desc limit 1`
      )
      .get() as { seq: number; record_id: number }
    const result = spawnSync('/usr/bin/sqlite3', ['-bail', session.app.store.path], {
      input: `drop trigger if exists activity_log_no_update;\nupdate activity_log set summary = 'forged' where id = ${String(entry.record_id)};`,
      encoding: 'utf8'
    })
    expect(result.stderr).toBe('')

    await session.open('/settings')
    await session.byTestId('records-verify').click()
    const warning = session.byTestId('records-broken')
    await warning.waitFor()
    await expect
      .poll(() => warning.textContent())
      .toContain(`First broken link: chain entry ${String(entry.seq)}.`)
    expect(await warning.textContent()).toContain(
      `The activity entry ${String(entry.record_id)} was changed after it was recorded.`
    )
    await expectNoSeriousA11yViolations(session.page)

    await session.byTestId('language-select').selectOption('hu')
    await expect.poll(() => session.page.locator('html').getAttribute('lang')).toBe('hu')
    await expect
      .poll(() => warning.textContent())
      .toContain(`Az első sérült láncszem: a lánc ${String(entry.seq)}. bejegyzése.`)
    // The record's kind is a Hungarian word too (issue 14), not "activity entry".
    const hungarian = await warning.textContent()
    expect(hungarian).toContain(
      `„tevékenységnapló-bejegyzés (azonosító: ${String(entry.record_id)})” a rögzítése után megváltozott.`
    )
    expect(hungarian).not.toMatch(/activity|entry/i)
    await session.byTestId('language-select').selectOption('en')
  })
})
