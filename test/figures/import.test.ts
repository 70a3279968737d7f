/**
 * Weekly activity and targets: the grid, targets with history, the import template, the
 * all-or-nothing import with every problem and its row number, and the `report weekly` CLI.
 */
import { pdfText } from '../support/pdf-text'
import { existsSync, readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { dumpDatabase } from '../support/dump'
import { executive, openTestDesk, type TestDesk } from '../support/fixtures'
import { required } from '../../src/shared/required'

let desk: TestDesk
let ana: number
let bela: number
let left: number
const WEEK = '2026-W47'

beforeAll(async () => {
  desk = await openTestDesk()
  ana = (
    await desk.call('executives.create', {
      executive: executive({ name: 'Ana Núñez', email: 'ana@example.es' })
    })
  ).id
  bela = (
    await desk.call('executives.create', {
      executive: executive({ name: 'Béla Kovács', email: 'bela@example.hu' })
    })
  ).id
  left = (
    await desk.call('executives.create', {
      executive: executive({ name: 'Olga Left', email: 'olga@example.com', active: false })
    })
  ).id
})
afterAll(() => desk.close())

async function templateOf(week: string): Promise<ExcelJS.Workbook> {
  const file = await desk.call('weekly.importTemplate', { week })
  expect(file.fileName).toBe(`weekly-activity-template-${week}.xlsx`)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  return workbook
}

async function base64Of(workbook: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

describe('the weekly activity grid and targets', () => {
  it('saves activity per executive and week, keeps an entered 0, and refuses unknown executives whole', async () => {
    const grid = await desk.call('weekly.saveActivity', {
      week: WEEK,
      entries: [
        { executiveId: ana, metric: 'calls', value: 31 },
        { executiveId: bela, metric: 'calls', value: 0 }
      ]
    })
    expect(grid.executives.map((e) => e.id)).toEqual(expect.arrayContaining([ana, bela]))
    expect(grid.executives.map((e) => e.id)).not.toContain(left)
    expect(grid.values).toEqual(
      expect.arrayContaining([
        { executiveId: ana, metric: 'calls', value: 31 },
        { executiveId: bela, metric: 'calls', value: 0 }
      ])
    )
    const figures = await desk.call('weekly.figures', { week: WEEK })
    expect(figures.rows.find((r) => r.executiveId === ana)?.activity.calls).toBe(31)
    expect(figures.team.activity.calls).toBe(31)

    const before = dumpDatabase(desk.store.sqlite)
    const error = await desk.fail('weekly.saveActivity', {
      week: WEEK,
      entries: [
        { executiveId: ana, metric: 'calls', value: 1 },
        { executiveId: 9_999, metric: 'calls', value: 1 }
      ]
    })
    expect(error.code).toBe('not_found')
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
    expect(
      (
        await desk.fail('weekly.saveActivity', {
          week: WEEK,
          entries: [{ executiveId: ana, metric: 'calls', value: -1 }]
        })
      ).code
    ).toBe('invalid_input')
  })

  it('keeps targets with their history: a new target does not change earlier weeks', async () => {
    await desk.call('targets.set', {
      target: {
        executiveId: ana,
        metric: 'revenue',
        period: 'month',
        value: 520_000,
        validFrom: '2026-07-01'
      }
    })
    const history = await desk.call('targets.set', {
      target: {
        executiveId: ana,
        metric: 'revenue',
        period: 'quarter',
        value: 1_040_000,
        validFrom: '2026-11-19'
      }
    })
    expect(history.map((t) => [t.validFrom, t.period, t.value])).toEqual([
      ['2026-11-19', 'quarter', 1_040_000],
      ['2026-07-01', 'month', 520_000]
    ])
    // W46's Thursday is 12 Nov: the month target (520 000 × 12 / 52 = 120 000 a week).
    expect(
      (await desk.call('weekly.figures', { week: '2026-W46' })).rows.find((r) => r.executiveId === ana)
        ?.targets.revenueCents
    ).toBe(120_000)
    // W47's Thursday is 19 Nov: the quarter target (1 040 000 × 4 / 52 = 80 000 a week).
    expect(
      (await desk.call('weekly.figures', { week: WEEK })).rows.find((r) => r.executiveId === ana)?.targets
        .revenueCents
    ).toBe(80_000)
    // Same date again corrects that row rather than adding one.
    const corrected = await desk.call('targets.set', {
      target: {
        executiveId: ana,
        metric: 'revenue',
        period: 'quarter',
        value: 1_300_000,
        validFrom: '2026-11-19'
      }
    })
    expect(corrected.filter((t) => t.metric === 'revenue')).toHaveLength(2)
    expect(
      (await desk.call('targets.list', { executiveId: null })).every((t) => t.executiveName !== '')
    ).toBe(true)
    expect(
      (
        await desk.fail('targets.set', {
          target: { executiveId: 9_999, metric: 'revenue', period: 'week', value: 1, validFrom: '2026-11-19' }
        })
      ).code
    ).toBe('not_found')
  })
})

describe('the import template and the import', () => {
  it('offers a template with the active executives and what is entered for the week', async () => {
    const workbook = await templateOf(WEEK)
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Activity',
      'Targets',
      'Sales executives',
      'How to'
    ])
    const activity = required(workbook.getWorksheet('Activity'), 'sheet Activity')
    expect(activity.getRow(1).values).toEqual([
      undefined,
      'Sales executive',
      'Week',
      'Calls',
      'E-mails',
      'Demos'
    ])
    const rows = [2, 3, 4].map((n) => activity.getRow(n).values as unknown[])
    expect(rows).toContainEqual([undefined, 'Ana Núñez', WEEK, 31])
    expect(rows.map((r) => r[1])).not.toContain('Olga Left')
  })

  it('shows every problem with its row number and writes nothing, then imports the corrected file in one go', async () => {
    type Row = Array<string | number | Date | null>
    /** The template filled in as a user would: typing over the rows from row 2 on. */
    const filled = async (activityRows: Row[], targetRows: Row[]) => {
      const workbook = await templateOf(WEEK)
      for (const [name, rows] of [
        ['Activity', activityRows],
        ['Targets', targetRows]
      ] as const) {
        const sheet = required(workbook.getWorksheet(name), 'workbook.getWorksheet(name)')
        for (let n = 2; n <= 10; n++)
          for (let c = 1; c <= 5; c++) sheet.getRow(n).getCell(c).value = rows[n - 2]?.[c - 1] ?? null
      }
      return base64Of(workbook)
    }
    const good: Row = ['Ana Núñez', WEEK, 40, 12, 2] // row 2
    const goodTarget: Row = ['Béla Kovács', 'revenue', 'quarter', 12_000.5, new Date('2026-10-01T00:00:00Z')] // row 2
    const bad = await filled(
      [
        good,
        ['Nobody Known', WEEK, 5, null, null], // row 3: unknown executive
        ['bela@example.hu', '2026-W54', 5, null, null], // row 4: no such week
        ['Bela Kovacs', '2026-W48', -3, 1.5, null], // row 5: negative, not whole
        ['ana nunez', WEEK, 1, null, null] // row 6: same as row 2
      ],
      [goodTarget, ['Béla Kovács', 'smiles', 'year', 10, '2026-02-30']] // row 3: figure, period, date
    )

    const before = dumpDatabase(desk.store.sqlite)
    const result = await desk.call('weekly.import', { fileName: 'activity.xlsx', base64: bad })
    expect(result.applied).toBe(false)
    expect(result.activityRows).toBe(0)
    const where = result.problems.map((p) => `${p.sheet}:${p.row}`)
    expect(where).toEqual([
      'Activity:3',
      'Activity:4',
      'Activity:5',
      'Activity:5',
      'Activity:6',
      'Targets:3',
      'Targets:3',
      'Targets:3'
    ])
    expect(result.problems[0].message).toBe('Unknown sales executive "Nobody Known"')
    expect(result.problems[1].message).toMatch(/2026-W54.*ISO week/)
    expect(result.problems[2].message).toMatch(/negative/)
    expect(result.problems[3].message).toMatch(/whole number/)
    expect(result.problems[4].message).toBe('Same sales executive and week as row 2')
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)

    const corrected = await filled([good, ['bela@example.hu', '2026-W48', 3, 0, null]], [goodTarget])
    const applied = await desk.call('weekly.import', { fileName: 'activity.xlsx', base64: corrected })
    expect(applied).toEqual({ applied: true, activityRows: 5, targetRows: 1, problems: [] })
    const grid = await desk.call('weekly.activity', { week: WEEK })
    expect(grid.values).toEqual(
      expect.arrayContaining([
        { executiveId: ana, metric: 'calls', value: 40 },
        { executiveId: ana, metric: 'demos', value: 2 }
      ])
    )
    expect((await desk.call('weekly.activity', { week: '2026-W48' })).values).toEqual(
      expect.arrayContaining([
        { executiveId: bela, metric: 'calls', value: 3 },
        { executiveId: bela, metric: 'emails', value: 0 }
      ])
    )
    const belaTargets = await desk.call('targets.list', { executiveId: bela })
    expect(belaTargets.map((t) => [t.metric, t.period, t.value, t.validFrom])).toEqual([
      ['revenue', 'quarter', 1_200_050, '2026-10-01']
    ])
  })

  it('refuses a file that is not a workbook, or has neither sheet, with a clear message', async () => {
    const notExcel = await desk.fail('weekly.import', {
      fileName: 'x.xlsx',
      base64: Buffer.from('hello').toString('base64')
    })
    expect(notExcel.code).toBe('invalid_input')
    expect(notExcel.message).toMatch(/not an Excel workbook/)
    const other = new ExcelJS.Workbook()
    other.addWorksheet('Sheet1').addRow(['x'])
    const noSheets = await desk.fail('weekly.import', { fileName: 'x.xlsx', base64: await base64Of(other) })
    expect(noSheets.message).toMatch(/no "Activity" or "Targets" sheet/)
  })
})

describe('salesdesk report weekly', () => {
  let out = ''
  let err = ''
  beforeEach(() => {
    out = ''
    err = ''
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void (out += `${args.join(' ')}\n`))
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (err += `${args.join(' ')}\n`))
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => ((err += String(chunk)), true))
  })
  afterEach(() => vi.restoreAllMocks())

  it('writes the Excel and the PDF report for a week from a database file', async () => {
    const xlsx = desk.folder.file('w47.xlsx')
    expect(
      await runCli([
        'report',
        'weekly',
        '--db',
        desk.databasePath,
        '--week',
        WEEK,
        '--format',
        'xlsx',
        '--out',
        xlsx
      ])
    ).toBe(0)
    expect(out).toContain(`Wrote the weekly report ${WEEK}`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer)
    const summary = required(workbook.getWorksheet('Summary'), 'sheet Summary')
    const anaRow = required(
      [2, 3, 4].map((n) => summary.getRow(n)).find((r) => r.getCell(1).value === 'Ana Núñez'),
      '[2, 3, 4].map((n) => summary.getRow(n)).find((r...'
    )
    const calls = (summary.getRow(1).values as unknown[]).indexOf('Calls')
    expect(anaRow.getCell(calls).value).toBe(40)

    const pdf = desk.folder.file('w47.pdf')
    expect(
      await runCli([
        'report',
        'weekly',
        '--db',
        desk.databasePath,
        '--week',
        '2026-w47',
        '--format',
        'pdf',
        '--out',
        pdf
      ])
    ).toBe(0)
    const text = pdfText(pdf)
    expect(text).toContain(WEEK)
    expect(text).toContain('Béla Kovács')
  })

  it('refuses a bad week or a missing database without a stack trace and writes nothing', async () => {
    const file = desk.folder.file('bad.xlsx')
    expect(
      await runCli(['report', 'weekly', '--db', desk.databasePath, '--week', '2026-W60', '--out', file])
    ).toBe(2)
    expect(err).toMatch(/not an ISO week/)
    expect(
      await runCli([
        'report',
        'weekly',
        '--db',
        desk.folder.file('missing.db'),
        '--week',
        WEEK,
        '--out',
        file
      ])
    ).toBe(2)
    expect(err).toMatch(/does not exist/)
    expect(err).not.toMatch(/\n\s+at /)
    expect(existsSync(file)).toBe(false)
    expect(existsSync(desk.folder.file('missing.db'))).toBe(false)
    expect(await runCli(['report', 'weekly', '--db', desk.databasePath, '--format', 'csv'])).not.toBe(0)
  })

  it('without --week reports the week of the company’s today, in its time zone', async () => {
    await desk.call('schedule.setWorkingHours', {
      workingHours: { timeZone: 'Pacific/Kiritimati', start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] }
    })
    // Sunday 29 November 2026, 20:00 UTC (week 48) is Monday 30 November, 10:00 in Kiritimati
    // (UTC+14): the office's week 49 has begun.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-29T20:00:00Z') })
    try {
      const file = desk.folder.file('this-week.xlsx')
      expect(await runCli(['report', 'weekly', '--db', desk.databasePath, '--out', file])).toBe(0)
      expect(out).toContain('Wrote the weekly report 2026-W49')
    } finally {
      vi.useRealTimers()
    }
  })
})
