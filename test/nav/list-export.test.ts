/**
 * The invoice list's NAV state: the SQL on its own over hand-made reports, and the Excel export
 * carrying the list's own words (the renderer's table) in the chosen language, read back with exceljs.
 */
import BetterSqlite3 from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely'
import { describe, expect, it } from 'vitest'
import { navListStatusSql } from '../../src/main/nav/list-status'
import { resources } from '../../src/renderer/src/i18n/resources'
import type { Language } from '../../src/shared/languages'
import type { NavListStatus } from '../../src/shared/schemas/nav'
import { issueInvoice } from './desk'
import { navFixture } from '../support/nav'

interface Report {
  kind: 'invoice' | 'annulment'
  status: 'waiting' | 'sent' | 'done' | 'aborted' | 'replaced'
  messages?: Array<{ severity: string; code: string }>
}

/** Hand-made reports per document, and the state the list must show for each (worked out by hand). */
const cases: Array<{ reports: Report[]; shown: NavListStatus | null; why: string }> = [
  { reports: [], shown: null, why: 'never reported' },
  { reports: [{ kind: 'invoice', status: 'waiting' }], shown: 'waiting', why: 'queued' },
  { reports: [{ kind: 'invoice', status: 'sent' }], shown: 'sent', why: 'NAV is processing' },
  { reports: [{ kind: 'invoice', status: 'done' }], shown: 'done', why: 'accepted' },
  {
    reports: [{ kind: 'invoice', status: 'done', messages: [{ severity: 'INFO', code: 'I1' }] }],
    shown: 'done',
    why: 'an INFO message is no warning'
  },
  {
    reports: [
      {
        kind: 'invoice',
        status: 'done',
        messages: [
          { severity: 'INFO', code: 'I1' },
          { severity: 'WARN', code: 'W1' }
        ]
      }
    ],
    shown: 'warnings',
    why: 'accepted with a WARN'
  },
  {
    reports: [
      {
        kind: 'invoice',
        status: 'aborted',
        messages: [
          { severity: 'WARN', code: 'W1' },
          { severity: 'ERROR', code: 'E1' }
        ]
      }
    ],
    shown: 'aborted',
    why: 'a rejection stays a rejection even with warnings'
  },
  {
    reports: [
      { kind: 'invoice', status: 'replaced', messages: [{ severity: 'WARN', code: 'W1' }] },
      { kind: 'invoice', status: 'waiting' }
    ],
    shown: 'waiting',
    why: 'the live report counts, not the replaced one'
  },
  {
    reports: [{ kind: 'invoice', status: 'replaced' }],
    shown: null,
    why: 'only a replaced report'
  },
  {
    reports: [
      { kind: 'invoice', status: 'done' },
      { kind: 'annulment', status: 'aborted' }
    ],
    shown: 'done',
    why: 'an annulment is not the invoice report'
  },
  { reports: [{ kind: 'annulment', status: 'done' }], shown: null, why: 'only an annulment' }
]

describe('the NAV state of the document list, as SQL on its own', () => {
  it('gives each document the state of its live invoice report', async () => {
    const sqlite = new BetterSqlite3(':memory:')
    // Only the columns the expression reads: the rule is the SQL's, not the store's.
    sqlite.exec(`create table documents (id integer primary key);
      create table nav_reports (id integer primary key, document_id integer not null,
        kind text not null, status text not null, messages text not null default '[]')`)
    const addDocument = sqlite.prepare('insert into documents (id) values (?)')
    const addReport = sqlite.prepare(
      'insert into nav_reports (document_id, kind, status, messages) values (?, ?, ?, ?)'
    )
    cases.forEach((c, i) => {
      addDocument.run(i + 1)
      for (const r of c.reports) addReport.run(i + 1, r.kind, r.status, JSON.stringify(r.messages ?? []))
    })
    const db = new Kysely<{ documents: { id: number } }>({
      dialect: new SqliteDialect({ database: sqlite }),
      plugins: [new CamelCasePlugin()]
    })
    const rows = await db
      .selectFrom('documents as d')
      .select('d.id')
      .select(navListStatusSql('d.id').as('navStatus'))
      .orderBy('d.id')
      .execute()
    expect(rows.map((r) => ({ why: cases[r.id - 1].why, navStatus: r.navStatus }))).toEqual(
      cases.map((c) => ({ why: c.why, navStatus: c.shown }))
    )
    await db.destroy()
  })
})

const nav = navFixture()

/** The list's words for the NAV column, from the screen's own string table. */
function screenWords(language: Language) {
  const nav = resources[language].translation.navReporting as unknown as {
    column: { status: string }
    status: Record<NavListStatus, string>
  }
  return { column: nav.column.status, status: nav.status }
}

async function readSheet(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  const header: string[] = []
  sheet.getRow(1).eachCell((c) => header.push(c.text))
  const rows: Array<Record<string, string>> = []
  for (let i = 2; i <= sheet.rowCount; i++) {
    const row: Record<string, string> = {}
    header.forEach((h, c) => (row[h] = sheet.getRow(i).getCell(c + 1).text))
    rows.push(row)
  }
  return { name: sheet.name, header, rows }
}

/** The whole invoice list, by number. */
const query = {
  type: 'invoice',
  search: '',
  status: 'all',
  payment: 'all',
  customerId: null,
  executiveId: null,
  dateFrom: null,
  dateTo: null,
  sort: { field: 'number', direction: 'asc' },
  nav: 'all'
} as const

describe('the invoice list export', () => {
  it('carries each invoice’s NAV state in the list’s words, in the language asked for', async () => {
    const { desk, seed } = await nav.hungarianDesk()
    const accepted = await issueInvoice(desk, seed.domestic)
    const warned = await issueInvoice(desk, seed.domestic)
    const rejected = await issueInvoice(desk, seed.domestic)
    const numberIn = (xml: string, number: string | null) =>
      number !== null && xml.includes(`<invoiceNumber>${number}</invoiceNumber>`)
    nav.server.verdict = (xml) =>
      numberIn(xml, warned.number)
        ? {
            status: 'DONE',
            messages: [{ severity: 'WARN', code: 'INVOICE_LINE_MISSING', message: 'figyelem' }]
          }
        : numberIn(xml, rejected.number)
          ? {
              status: 'ABORTED',
              messages: [{ severity: 'ERROR', code: 'INVALID_CUSTOMER_TAX_NUMBER', message: 'x' }]
            }
          : null
    expect(await desk.call('nav.send', {})).toMatchObject({ sent: 3, done: 2, aborted: 1 })
    const waiting = await issueInvoice(desk, seed.domestic)
    const expected: Array<[string | null, NavListStatus]> = [
      [accepted.number, 'done'],
      [warned.number, 'warnings'],
      [rejected.number, 'aborted'],
      [waiting.number, 'waiting']
    ]

    for (const language of ['hu', 'es', 'ru'] as const) {
      const words = screenWords(language)
      const sheet = await readSheet((await desk.call('documents.exportXlsx', { ...query, language })).bytes)
      expect(sheet.header.at(-1)).toBe(words.column)
      const states = new Map(sheet.rows.map((r) => [r[sheet.header[0]], r[words.column]]))
      for (const [number, state] of expected)
        expect(states.get(String(number)), language).toBe(words.status[state])
      expect(sheet.rows).toHaveLength(expected.length)
    }

    // Without a language, the company's document language (Hungarian here); filtered, only those rows.
    const hu = screenWords('hu')
    const rejectedOnly = await readSheet(
      (await desk.call('documents.exportXlsx', { ...query, nav: 'aborted' })).bytes
    )
    expect(rejectedOnly.name).toBe('Számlák')
    expect(rejectedOnly.rows.map((r) => [r.Sorszám, r[hu.column]])).toEqual([
      [rejected.number, hu.status.aborted]
    ])
  })

  it('has no NAV column while NAV reporting is off and the list is not filtered by it', async () => {
    const { desk, seed } = await nav.hungarianDesk()
    await issueInvoice(desk, seed.domestic)
    const settings = await desk.call('nav.settings', {})
    await desk.call('nav.updateSettings', { settings: { ...settings.settings, enabled: false } })
    const sheet = await readSheet(
      (await desk.call('documents.exportXlsx', { ...query, language: 'en' })).bytes
    )
    expect(sheet.header).not.toContain(screenWords('en').column)
    expect(sheet.rows).toHaveLength(1)
  })
})
