/**
 * `salesdesk nav status|send [--db FILE]` and `salesdesk nav export --number … --out FILE.xml`.
 * The command line has no system keychain: `nav send` takes the technical user from the
 * environment (SALESDESK_NAV_LOGIN, SALESDESK_NAV_PASSWORD, SALESDESK_NAV_SIGNATURE_KEY,
 * SALESDESK_NAV_EXCHANGE_KEY) for this run only; nothing is written anywhere.
 * SALESDESK_NAV_CA names a PEM file of an extra certificate authority to trust (a company proxy).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command, Option } from 'commander'
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api'
import { DomainError } from '../../shared/errors'
import type { NavReportRow, NavRun } from '../../shared/schemas/nav'
import { existingDatabase, startSalesdesk, type Salesdesk } from '../runtime'
import { sessionSecretStore } from '../verifactu/secrets'
import { passwordHash } from './signature'
import { say } from '../cli-language'

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

async function call<M extends ApiMethod>(
  app: Salesdesk,
  method: M,
  input: ApiInput<M>
): Promise<ApiOutput<M>> {
  const result = await app.api.dispatch(method, input)
  if (!result.ok) throw new DomainError(result.error.code, result.error.message)
  return result.data as ApiOutput<M>
}

const plural = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`

function runLine(run: NavRun): string {
  return `sent ${String(run.sent)}, done ${String(run.done)}, aborted ${String(run.aborted)}, still waiting ${String(run.waiting)}${run.error ? ` — ${run.error}` : ''}`
}

function problemLines(rows: NavReportRow[]): string[] {
  return rows.flatMap((r) => [
    `  ${r.number} (${r.operation}, ${r.status})${r.lastError ? `: ${r.lastError}` : ''}`,
    ...r.messages.map((m) => `    ${m.severity} ${m.code}: ${m.message}`),
    ...(r.advice ? [`    → ${r.advice}`] : [])
  ])
}

export async function navStatusCommand(options: { db: string }): Promise<void> {
  const app = await open(options.db)
  try {
    const status = await call(app, 'nav.status', {})
    const waiting = status.counts.waiting + status.counts.sent
    console.log(
      `NAV reporting is ${status.enabled ? `on (${status.environment})` : 'off'}: ${plural(waiting, 'invoice', 'invoices')} waiting for NAV, ${String(status.counts.done)} done, ${String(status.counts.aborted)} aborted.`
    )
    console.log(
      status.lastRun
        ? `Last run ${status.lastRun.finishedAt}: ${runLine(status.lastRun)}.`
        : 'Not sent to NAV yet.'
    )
    if (status.problems.length > 0)
      console.log(['Needs attention:', ...problemLines(status.problems)].join('\n'))
  } finally {
    await app.close()
  }
}

export async function navSendCommand(options: { db: string }): Promise<void> {
  const app = await open(options.db, true)
  try {
    const run = await call(app, 'nav.send', {})
    console.log(`NAV: ${runLine(run)}.`)
    const status = await call(app, 'nav.status', {})
    if (status.problems.length > 0)
      console.log(['Needs attention:', ...problemLines(status.problems)].join('\n'))
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
    const file = await call(app, 'nav.exportXml', { id: doc.id })
    const out = resolve(options.out)
    writeFileSync(out, file.bytes)
    console.log(say('wroteNavXml', { number: options.number, path: out }))
  } finally {
    await app.close()
  }
}

export function addNavCommand(program: Command, dbOption: () => Option): void {
  const nav = program
    .command('nav')
    .description('NAV Online Számla (Hungary): reporting queue and InvoiceData')
  nav
    .command('status')
    .description('how many invoices wait for NAV, the last result, and what needs attention')
    .addOption(dbOption())
    .action(navStatusCommand)
  nav
    .command('send')
    .description(
      'send waiting reports to NAV and collect the answers (credentials from SALESDESK_NAV_* variables)'
    )
    .addOption(dbOption())
    .action(navSendCommand)
  nav
    .command('export')
    .description('write the InvoiceData XML reported for one document')
    .addOption(dbOption())
    .requiredOption('--number <number>', 'the document number, e.g. INV-2026-00001')
    .requiredOption('--out <file>', 'the XML file to write')
    .action(navExportCommand)
}
