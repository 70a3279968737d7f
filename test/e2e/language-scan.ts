/**
 * What the no-English walks (languages.test.ts, languages-more.test.ts) look for on a screen in
 * Spanish, Catalan, Hungarian or Russian: every visible text line, placeholder, aria-label, title and
 * the window title is scanned for three faults:
 * - a raw i18n key (a translation missing altogether);
 * - a whole line equal to an English string-table value the language words differently;
 * - an English interface word (test/i18n/english-words.ts) anywhere in a line: English that is in no
 *   table (a text written into a screen, a core message, a date or number in English).
 * The demo's own data is in several languages (a product "Office chair", a customer note in English):
 * what the user typed is not the interface, so the data's texts are taken out of a line first. The
 * activity log and the texts the core writes into a document (a fee's reason, notes, line) are not
 * taken out: those are Salesdesk's words, not the user's.
 */
import BetterSqlite3 from 'better-sqlite3'
import { resources, type Table } from '../../src/renderer/src/i18n/resources'
import { englishWordsIn } from '../i18n/english-words'
import type { Session } from './harness'

export type Language = 'es' | 'ca' | 'hu' | 'ru'

/** The main lists and forms, walked by languages.test.ts (languages-more.test.ts walks the rest). */
export const mainScreens = [
  '/customers',
  '/customers/new',
  '/products',
  '/products/new',
  '/executives',
  '/estimates',
  '/orders',
  '/invoices',
  '/invoices/new',
  '/payments',
  '/payments/overdue',
  '/payments/aged',
  '/payments/investigations',
  '/payments/reminders',
  '/contracts',
  '/contracts/new',
  '/contracts/renewals',
  '/schedule',
  '/schedule/visits',
  '/schedule/plans',
  '/meetings',
  '/weekly',
  '/requests',
  '/requests/new',
  '/campaigns',
  '/settings'
]

export const systemLocale = { es: 'es-ES', ca: 'ca-ES', hu: 'hu-HU', ru: 'ru-RU' } as const

function leaves(table: Table, prefix = ''): Array<[string, string]> {
  return Object.entries(table).flatMap(([key, value]): Array<[string, string]> => {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') return [[path, value]]
    if (Array.isArray(value))
      return (value as string[]).map((v, i) => [`${path}.${i}`, v] as [string, string])
    return leaves(value as Table, path)
  })
}

const english = leaves(resources.en.translation)
const keys = new Set(english.map(([key]) => key.replace(/_(one|other)$/, '')))

/** English table values the language words differently: seeing one of them on screen is a leftover. */
function leftoverPatterns(language: Language): RegExp[] {
  const own = new Set(leaves(resources[language].translation).map(([, v]) => v))
  return english
    .filter(
      ([, value]) =>
        !own.has(value) && value.replace(/\{\{\w+\}\}/g, '').replace(/[^A-Za-z]/g, '').length >= 5
    )
    .map(([, value]) => {
      const escaped = value.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{\w+\}\}/g, '.+')
      return new RegExp(`^${escaped}$`)
    })
}

/** Tables and columns whose texts Salesdesk writes (not the user): never taken out of a line. */
const salesdeskWords: Partial<Record<string, string[] | 'all'>> = {
  activity_log: 'all',
  // A document's reason is what the user typed for a credit or debit note (the demo's, here): not listed.
  documents: ['notes', 'payment_instructions'],
  document_lines: ['description'],
  schema_migrations: 'all',
  record_chain: 'all'
}

/**
 * The user's (here the demo's) texts that have an English word in them, longest first: the
 * customers', products', notes', outcomes' and segments' texts as stored.
 */
function dataTexts(session: Session, language: Language): string[] {
  const db = new BetterSqlite3(session.app.store.path, { readonly: true })
  try {
    const found = new Set<string>()
    const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as Array<{
      name: string
    }>
    for (const { name } of tables) {
      const skip = salesdeskWords[name]
      // SQLite's own tables (sqlite_sequence, the planner statistics sqlite_stat1 and sqlite_stat4
      // the app writes after open) hold no one's words and no screen shows them.
      if (skip === 'all' || name.startsWith('sqlite_')) continue
      const columns = db.prepare(`pragma table_info("${name}")`).all() as Array<{ name: string }>
      for (const column of columns) {
        if (skip?.includes(column.name)) continue
        const rows = db
          .prepare(
            `select distinct "${column.name}" as v from "${name}" where typeof("${column.name}") = 'text'`
          )
          .all() as Array<{ v: string }>
        // A code (draft, open, all) is shown through a table, not as stored: a code on screen is a fault.
        for (const { v } of rows)
          if (!/^[a-z_]*$/.test(v) && englishWordsIn(v, language).length > 0) found.add(v)
      }
    }
    return [...found].sort((a, b) => b.length - a.length)
  } finally {
    db.close()
  }
}

/** Runs in the page (a string, as the test's types have no DOM): texts, placeholders, labels, tooltips. */
const collectTexts = `(() => {
  const texts = document.body.innerText.split('\\n')
  for (const element of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
    for (const name of ['placeholder', 'aria-label', 'title']) {
      const value = element.getAttribute(name)
      if (value) texts.push(value)
    }
  }
  texts.push(document.title)
  return texts.map((t) => t.trim()).filter((t) => t.length > 0)
})()`

/** A scanner for one session in one language (read the data once the session's data is in place). */
export function englishScanner(session: Session, language: Language) {
  const patterns = leftoverPatterns(language)
  const data = dataTexts(session, language)
  /** What is wrong on the page as it is now, each finding prefixed by `where`. */
  return async (where: string): Promise<string[]> => {
    const found: string[] = []
    for (const text of await session.page.evaluate<string[]>(collectTexts)) {
      if (keys.has(text)) found.push(`${where}: raw key ${text}`)
      else if (patterns.some((p) => p.test(text))) found.push(`${where}: English "${text}"`)
      else {
        const own = data.reduce((rest, value) => rest.split(value).join(' '), text)
        const words = englishWordsIn(own, language)
        if (words.length > 0) found.push(`${where}: English ${words.join(', ')} in "${text}"`)
      }
    }
    return found
  }
}
