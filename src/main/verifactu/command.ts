/**
 * `salesdesk verifactu status|send|verify|export|events`. The certificate password for `send` and `events` comes
 * from the SALESDESK_CERTIFICATE_PASSWORD environment variable (never an argument: it would
 * show in the process list), and lives for that run only.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { conflict, DomainError } from '../../shared/errors'
import { withExistingDatabase } from '../runtime'
import { verifactuEventExport, type VerifactuStatus } from '../../shared/schemas/verifactu'
import { exportEvents } from './event-log'
import { signerFromPkcs12 } from './event-signature'
import { exportRecords } from './export'
import { CERTIFICATE_SECRET, sessionSecretStore } from './secrets'
import { sendPending } from './sender'
import { verifactuStatus } from './service'
import { verifyChains } from './verify'
import { refusalText, say, sayCount } from '../cli-language'
import { help } from '../cli-help'
import { fileCommand } from '../cli-file-command'

async function status(options: { db: string }): Promise<void> {
  await withExistingDatabase(options.db, async (app) => {
    const s = await verifactuStatus(app.api.context, { certificateUnlocked: false, limit: 0 })
    for (const line of statusLines(s)) console.log(line)
  })
}

/** The status in the run's language; the AEAT's own words (its outcome, its rejection texts) stay as it wrote them. */
function statusLines(s: VerifactuStatus): string[] {
  const host = say(s.environment === 'production' ? 'vfProductionHost' : 'vfTestHost')
  const nif = s.issuerNif
  const lines = [
    s.enabled
      ? nif
        ? say('vfOnFor', { host, nif })
        : say('vfOn', { host })
      : nif
        ? say('vfOffFor', { nif })
        : say('vfOff'),
    sayCount('vfWaiting', s.waiting, { rejected: s.rejected })
  ]
  const b = s.lastBatch
  lines.push(
    b
      ? say('vfLastSend', {
          at: b.sentAt,
          outcome: b.outcome === 'failed' ? say('vfFailed') : b.outcome,
          count: b.recordCount,
          accepted: b.accepted,
          withErrors: b.acceptedWithErrors,
          rejected: b.rejected,
          csv: b.csv ? say('vfCsv', { csv: b.csv }) : '',
          // Why a send failed in the run's language; the AEAT's rejections ("number: [code] text") as it wrote them.
          message: b.failure ? `: ${refusalText(b.failure)}` : b.message ? `: ${b.message}` : ''
        })
      : say('vfNothingSent')
  )
  if (s.nextSendAt) lines.push(say('vfWaitUntil', { at: s.nextSendAt }))
  return lines
}

async function send(options: { db: string }): Promise<void> {
  await withExistingDatabase(options.db, async (app) => {
    const password = process.env.SALESDESK_CERTIFICATE_PASSWORD
    const secrets = sessionSecretStore(password ? { [CERTIFICATE_SECRET]: password } : {})
    const result = await sendPending(app.api.context, { secrets })
    // The sender's own sentence is English (the API's); the command line words the outcome itself.
    if (result.outcome === 'failed') {
      console.log(refusalText({ key: 'verifactuSendFailed', params: { reason: result.failure ?? '' } }))
      throw conflict('verifactuSendFailedQueue')
    }
    if (result.outcome === 'nothing_to_send') {
      const s = await verifactuStatus(app.api.context, { certificateUnlocked: false, limit: 0 })
      console.log(say(s.enabled ? 'vfNothingWaiting' : 'vfOff'))
    } else if (result.outcome === 'waiting') console.log(say('vfWaitUntil', { at: result.nextSendAt ?? '' }))
    else
      console.log(
        say('vfAnswer', {
          outcome: result.outcome,
          accepted: result.accepted,
          withErrors: result.acceptedWithErrors,
          rejected: result.rejected
        })
      )
  })
}

async function verify(options: { db: string }): Promise<void> {
  await withExistingDatabase(options.db, async (app) => {
    const result = await verifyChains(app.api.context)
    if (result.ok) console.log(say('chainIntact', { records: result.records, events: result.events }))
    else
      throw result.firstBroken
        ? conflict('verifactuChainBroken', { place: result.firstBroken })
        : conflict('verifactuChainBrokenUnknown')
  })
}

async function exportCommand(options: { db: string; from: string; to: string; out: string }): Promise<void> {
  const target = resolve(options.out)
  if (existsSync(target)) throw conflict('fileAlreadyExists', { path: target })
  await withExistingDatabase(options.db, async (app) => {
    const { xml, count } = await exportRecords(app.api.context, { from: options.from, to: options.to })
    writeFileSync(target, xml)
    console.log(say('wroteRecords', { count, path: target }))
  })
}

async function eventsCommand(options: { db: string; from: string; to: string; out: string }): Promise<void> {
  const target = resolve(options.out)
  if (existsSync(target)) throw conflict('fileAlreadyExists', { path: target })
  const range = verifactuEventExport.safeParse({ from: options.from, to: options.to })
  if (!range.success) throw new DomainError('invalid_input', { key: 'giveFromToDates' })
  await withExistingDatabase(options.db, async (app) => {
    const password = process.env.SALESDESK_CERTIFICATE_PASSWORD ?? null
    const { xml, count } = await exportEvents(app.api.context, range.data, (settings) =>
      signerFromPkcs12(settings.certificatePath, password)
    )
    writeFileSync(target, xml)
    console.log(say('wroteEvents', { count, path: target }))
  })
}

export function addVerifactuCommand(program: Command): void {
  const verifactu = program.command('verifactu').description(help('verifactu'))
  fileCommand(verifactu, 'status', 'vfStatus').action(status)
  fileCommand(verifactu, 'send', 'vfSend').action(send)
  fileCommand(verifactu, 'verify', 'vfVerify').action(verify)
  periodToFile(fileCommand(verifactu, 'export', 'vfExport')).action(exportCommand)
  periodToFile(fileCommand(verifactu, 'events', 'vfEvents')).action(eventsCommand)
}

/** The records' and the events' exports both take a period of generation dates and write one XML file. */
const periodToFile = (command: Command): Command =>
  command
    .requiredOption('--from <date>', help('fromDate'))
    .requiredOption('--to <date>', help('toDate'))
    .requiredOption('--out <file>', help('xmlOut'))
