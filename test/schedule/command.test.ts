import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { openScheduleDesk, visit, type ScheduleDesk } from './support'

let s: ScheduleDesk
let err = ''
beforeEach(async () => {
  s = await openScheduleDesk()
  err = ''
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (err += `${args.join(' ')}\n`))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await s.desk.close()
})

describe('salesdesk ics / day-sheet', () => {
  it('writes an executive calendar for whole local days, --to included', async () => {
    // 23:30Z on 31 March is 1 April 01:30 in Madrid: outside March, inside April.
    await s.desk.call('visits.create', { visit: visit(s, '2026-03-31T07:00:00Z', '2026-03-31T08:00:00Z') })
    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-31T23:30:00Z', '2026-04-01T00:00:00Z'),
      acceptClashes: true
    })
    const out = s.desk.folder.file('ana.ics')
    const code = await runCli([
      'ics',
      '--db',
      s.desk.databasePath,
      '--executive',
      String(s.ana),
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-31',
      '--out',
      out
    ])
    expect(err).toBe('')
    expect(code).toBe(0)
    const events = ICAL.Component.fromString(readFileSync(out, 'utf8')).getAllSubcomponents('vevent')
    expect(events.map((e) => String(e.getFirstPropertyValue('dtstart')))).toEqual(['2026-03-31T07:00:00Z'])
  })

  it('refuses bad input with one plain sentence', async () => {
    const code = await runCli([
      'ics',
      '--db',
      s.desk.databasePath,
      '--from',
      '2026-03-01',
      '--to',
      '2028-03-31',
      '--out',
      s.desk.folder.file('x.ics')
    ])
    expect(code).toBe(2)
    expect(err).toContain('At most 400 days')
    expect(err).not.toMatch(/\n\s+at /)
    expect(
      await runCli([
        'day-sheet',
        '--db',
        s.desk.databasePath,
        '--executive',
        '99',
        '--date',
        '2026-03-03',
        '--out',
        s.desk.folder.file('x.pdf')
      ])
    ).toBe(2)
    expect(err).toContain('Sales executive 99 does not exist')
  })
})
