/**
 * `salesdesk nav status|send [--db FILE]` and `salesdesk nav export --number … --out FILE.xml`.
 * The command line has no system keychain: `nav send` takes the technical user from the
 * environment (SALESDESK_NAV_LOGIN, SALESDESK_NAV_PASSWORD, SALESDESK_NAV_SIGNATURE_KEY,
 * SALESDESK_NAV_EXCHANGE_KEY) for this run only; nothing is written anywhere.
 * SALESDESK_NAV_CA names a PEM file of an extra certificate authority to trust (a company proxy).
 */
import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { DomainError } from '../../shared/errors'
import { navFailure, type NavReportRow, type NavRun } from '../../shared/schemas/nav'
import { callApi, existingDatabase, startSalesdesk, type Salesdesk } from '../runtime'
import { sessionSecretStore } from '../verifactu/secrets'
import { passwordHash } from './signature'
import { navWords, refusalText, say, sayCount } from '../cli-language'
import { help } from '../cli-help'
import { fileCommand, saveFile } from '../cli-file-command'
import { fill } from '../message-language'

async function open(db: string, withCredentials = false): Promise<Salesdesk> {
  const env = process.env
  const secrets: Record<string, string> = {}
  if (withCredentials) {
    if (env.SALESDESK_NAV_LOGIN) secrets['nav.login'] = env.SALESDESK_NAV_LOGIN
    // Only the hash NAV asks for is kept, even in memory.
    if (env.SALESDESK_NAV_PASSWORD) secrets['nav.passwordHash'] = passwordHash(env.SALESDESK_NAV_PASSWORD)
    if (env.SALESDESK_NAV_SIGNATURE_KEY) secrets['nav.signatureKey'] = env.SALESDESK_NAV_SIGNATURE_KEY
    if (env.SALESDESK_NAV_EXCHANGE_KEY) secrets['nav.exchangeKey'] = env.SALESDESK_NAV_EXCHANGE_KEY
  }
  const ca = env.SALESDESK_NAV_CA ? readFileSync(env.SALESDESK_NAV_CA, 'utf8') : undefined
  return startSalesdesk({
    databasePath: existingDatabase(db),
    secrets: sessionSecretStore(secrets),
    nav: { ca }
  })
}

/** NAV's known codes in the reader's language, as the screens say them; others in NAV's own words. */
function codeText(code: string | null, fallback: string, params: Record<string, string> = {}): string {
  const known: Record<string, string | undefined> = navWords().code
  const text = code !== null ? known[code] : undefined
  return text ? fill(text, params) : fallback
}

/** A technical failure the queue recorded, as the screens say it. */
function failureText(error: string): string {
  const { code, params } = navFailure(error)
  return codeText(code, error, params)
}

function runLine(run: NavRun): string {
  const line = say('navRun', { sent: run.sent, done: run.done, aborted: run.aborted, waiting: run.waiting })
  return run.error ? `${line} — ${failureText(run.error)}` : line
}

/** Each report in trouble: its number, NAV's operation (their word), its status and NAV's messages, then what to do. */
function problemLines(rows: NavReportRow[]): string[] {
  const words = navWords()
  return [
    say('navAttention'),
    ...rows.flatMap((r) => [
      `  ${r.number} (${r.operation}, ${words.status[r.status]})${r.lastError ? `: ${failureText(r.lastError)}` : ''}`,
      ...r.messages.map((m) => `    ${words.severity[m.severity]} ${m.code}: ${codeText(m.code, m.message)}`),
      ...(r.advice ? [`    → ${refusalText(r.advice)}`] : [])
    ])
  ]
}

export async function navStatusCommand(options: { db: string }): Promise<void> {
  const app = await open(options.db)
  try {
    const status = await callApi(app.api, 'nav.status', {})
    const waiting = status.counts.waiting + status.counts.sent
    const counts = { done: status.counts.done, aborted: status.counts.aborted }
    console.log(
      status.enabled
        ? sayCount('navOn', waiting, {
            ...counts,
            environment: say(status.environment === 'production' ? 'navProduction' : 'navTest')
          })
        : sayCount('navOff', waiting, counts)
    )
    console.log(
      status.lastRun
        ? say('navLastRun', { at: status.lastRun.finishedAt, run: runLine(status.lastRun) })
        : say('navNotSent')
    )
    if (status.problems.length > 0) console.log(problemLines(status.problems).join('\n'))
  } finally {
    await app.close()
  }
}

export async function navSendCommand(options: { db: string }): Promise<void> {
  const app = await open(options.db, true)
  try {
    const run = await callApi(app.api, 'nav.send', {})
    console.log(say('navSent', { run: runLine(run) }))
    const status = await callApi(app.api, 'nav.status', {})
    if (status.problems.length > 0) console.log(problemLines(status.problems).join('\n'))
    if (run.error) process.exitCode = 1
  } finally {
    await app.close()
  }
}

export async function navExportCommand(options: { db: string; number: string; out: string }): Promise<void> {
  const app = await open(options.db)
  try {
    const doc = await app.store.db
      .selectFrom('documents')
      .select('id')
      .where('number', '=', options.number.trim())
      .executeTakeFirst()
    if (!doc)
      throw new DomainError('not_found', { key: 'noDocumentNumbered', params: { number: options.number } })
    const file = await callApi(app.api, 'nav.exportXml', { id: doc.id })
    console.log(say('wroteNavXml', { number: options.number, path: saveFile(file, options.out) }))
  } finally {
    await app.close()
  }
}

export function addNavCommand(program: Command): void {
  const nav = program.command('nav').description(help('nav'))
  fileCommand(nav, 'status', 'navStatus').action(navStatusCommand)
  fileCommand(nav, 'send', 'navSend').action(navSendCommand)
  fileCommand(nav, 'export', 'navExport')
    .requiredOption('--number <number>', help('number'))
    .requiredOption('--out <file>', help('xmlOut'))
    .action(navExportCommand)
}
