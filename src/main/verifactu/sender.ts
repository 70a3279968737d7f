/**
 * The send queue: records wait in the store (verifactu_submissions 'pending') and go to the
 * AEAT in requests of up to 1 000, as SOAP over mutual TLS with the company's certificate.
 * The waiting time each answer returns (TiempoEsperaEnvio) is honoured before the next request,
 * unless 1 000 records are waiting. Each answer line sets its record's state; the CSV is kept.
 * A failed request changes nothing but the attempt counters, a batch row and an event.
 */
import { readFileSync } from 'node:fs'
import { request } from 'node:https'
import { XMLParser } from 'fast-xml-parser'
import { DomainError, englishMessage, keyed, type Message } from '../../shared/errors'
import type {
  VerifactuEnvironment,
  VerifactuRecordStatus,
  VerifactuSendResult
} from '../../shared/schemas/verifactu'
import type { ServiceContext } from '../context'
import type { VerifactuBatchesTable } from '../db/types'
import { recordEvent } from './events'
import { CERTIFICATE_SECRET, type SecretStore } from './secrets'
import { lastBatch, nextSendAt } from './service'
import { activeVerifactu } from './settings'
import { registrationXml, soapEnvelope } from './xml'
import { writeTransaction } from '../db/write-transaction'

export const AEAT_ENDPOINTS: Record<VerifactuEnvironment, string> = {
  test: 'https://prewww1.aeat.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP',
  production: 'https://www1.agenciatributaria.gob.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP'
}

export const MAX_RECORDS_PER_REQUEST = 1000
/** Orden HAC/1177/2024 art. 16.2: 60 seconds until the AEAT says otherwise. */
export const INITIAL_WAIT_SECONDS = 60

export interface SenderDeps {
  secrets: SecretStore
  /** Extra trusted CA certificates (PEM), e.g. a test server's; the system's are used otherwise. */
  ca?: string | Buffer
  timeoutMs?: number
}

/** A send that failed, with why by key: the AEAT's own words and the system's error text are its parameters. */
export class SendProblem extends Error {
  constructor(readonly reason: Message) {
    super(englishMessage(reason))
    this.name = 'SendProblem'
  }
}

interface HttpAnswer {
  status: number
  body: string
}

function post(
  endpoint: string,
  body: string,
  tls: { pfx: Buffer; passphrase: string; ca?: string | Buffer },
  timeoutMs: number
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      endpoint,
      {
        method: 'POST',
        // A fresh connection each time: a pooled one would skip the certificate (and its password) check.
        agent: false,
        pfx: tls.pfx,
        passphrase: tls.passphrase,
        ...(tls.ca ? { ca: tls.ca } : {}),
        headers: {
          'Content-Type': 'text/xml; charset=utf-8',
          SOAPAction: '""',
          'Content-Length': Buffer.byteLength(body)
        },
        timeout: timeoutMs
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') })
        )
        res.on('error', reject)
      }
    )
    req.on('timeout', () =>
      req.destroy(
        new SendProblem({ key: 'verifactuFailTimeout', params: { seconds: Math.round(timeoutMs / 1000) } })
      )
    )
    req.on('error', reject)
    req.end(body)
  })
}

export interface AnswerLine {
  nif: string
  number: string
  date: string
  operation: 'Alta' | 'Anulacion'
  state: 'Correcto' | 'AceptadoConErrores' | 'Incorrecto'
  code: string | null
  text: string | null
  /** A duplicate the AEAT already holds as correct counts as accepted. */
  duplicateAccepted: boolean
}

export interface ParsedAnswer {
  csv: string | null
  waitSeconds: number
  outcome: 'Correcto' | 'ParcialmenteCorrecto' | 'Incorrecto'
  lines: AnswerLine[]
}

const parser = new XMLParser({
  removeNSPrefix: true,
  parseTagValue: false,
  ignoreAttributes: true,
  isArray: (name) => name === 'RespuestaLinea'
})

type Tree = Record<string, unknown>
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')
const node = (v: unknown, name: string): Tree => ((v as Tree | undefined)?.[name] ?? {}) as Tree

/** Parses the AEAT's answer; a SOAP Fault or anything else becomes a SendProblem (the fault's text kept). */
export function parseAnswer(xml: string): ParsedAnswer {
  let tree: Tree
  try {
    tree = parser.parse(xml) as Tree
  } catch {
    throw new SendProblem({ key: 'verifactuFailNotXml' })
  }
  const body = node(node(tree, 'Envelope'), 'Body')
  if ('Fault' in body)
    throw new SendProblem({
      key: 'verifactuFailFault',
      params: { fault: str(node(body, 'Fault').faultstring) || 'SOAP fault' }
    })
  const answer = node(body, 'RespuestaRegFactuSistemaFacturacion')
  const outcome = str(answer.EstadoEnvio)
  if (outcome !== 'Correcto' && outcome !== 'ParcialmenteCorrecto' && outcome !== 'Incorrecto')
    throw new SendProblem({ key: 'verifactuFailNotAnswer' })
  const wait = Number(str(answer.TiempoEsperaEnvio))
  const lines = ((answer.RespuestaLinea as Tree[] | undefined) ?? []).map((line): AnswerLine => {
    const id = node(line, 'IDFactura')
    const state = str(line.EstadoRegistro)
    const duplicate = node(line, 'RegistroDuplicado')
    return {
      nif: str(id.IDEmisorFactura),
      number: str(id.NumSerieFactura),
      date: str(id.FechaExpedicionFactura),
      operation: str(node(line, 'Operacion').TipoOperacion) === 'Anulacion' ? 'Anulacion' : 'Alta',
      state: state === 'Correcto' || state === 'AceptadoConErrores' ? state : 'Incorrecto',
      code: str(line.CodigoErrorRegistro) || null,
      text: str(line.DescripcionErrorRegistro) || null,
      duplicateAccepted: ['Correcta', 'Correcto'].includes(str(duplicate.EstadoRegistroDuplicado))
    }
  })
  return {
    csv: str(answer.CSV) || null,
    waitSeconds: Number.isInteger(wait) && wait >= 0 ? wait : INITIAL_WAIT_SECONDS,
    outcome,
    lines
  }
}

const stateOf = (line: AnswerLine): VerifactuRecordStatus =>
  line.duplicateAccepted || line.state === 'Correcto'
    ? 'accepted'
    : line.state === 'AceptadoConErrores'
      ? 'accepted_with_errors'
      : 'rejected'

/** What a send's batch row says of the AEAT's answer. */
type BatchAnswer = Omit<VerifactuBatchesTable, 'id' | 'sentAt' | 'environment' | 'endpoint' | 'recordCount'>

/** A request the AEAT did not answer: nothing accepted or rejected, no wait asked; the message says why. */
const NO_ANSWER = {
  outcome: 'failed',
  accepted: 0,
  acceptedWithErrors: 0,
  rejected: 0,
  csv: null,
  waitSeconds: 0
} as const satisfies Omit<BatchAnswer, 'message'>

async function countWaiting(ctx: ServiceContext): Promise<number> {
  const row = await ctx.db
    .selectFrom('verifactuSubmissions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow()
  return row.n
}

function readCertificate(path: string): Buffer {
  if (path === '') throw new DomainError('invalid_input', { key: 'verifactuChooseCertificate' })
  try {
    return readFileSync(path)
  } catch {
    throw new DomainError('not_found', { key: 'verifactuCertificateUnreadable', params: { path } })
  }
}

/** The send under way per store: a second one waits for it (else both would post the same records). */
const sending = new WeakMap<ServiceContext['db'], Promise<unknown>>()

/**
 * Sends one request of waiting records (at most 1 000), when the AEAT's waiting time allows.
 * `documentId`: only that document's records ("Send now" on its page); the same rules otherwise.
 * One send at a time: "Send now" while the background sender is sending runs after it.
 */
export function sendPending(
  ctx: ServiceContext,
  deps: SenderDeps,
  only: { documentId?: number } = {}
): Promise<VerifactuSendResult> {
  const send = (sending.get(ctx.db) ?? Promise.resolve()).then(() => sendOnce(ctx, deps, only))
  // What follows waits for this one however it ends.
  const settled = send.catch(() => undefined)
  sending.set(ctx.db, settled)
  void settled.then(() => {
    if (sending.get(ctx.db) === settled) sending.delete(ctx.db)
  })
  return send
}

async function sendOnce(
  ctx: ServiceContext,
  deps: SenderDeps,
  only: { documentId?: number }
): Promise<VerifactuSendResult> {
  const none = (
    outcome: 'nothing_to_send' | 'waiting',
    message: string,
    next: string | null,
    waiting: number
  ) =>
    ({
      sent: 0,
      accepted: 0,
      acceptedWithErrors: 0,
      rejected: 0,
      waiting,
      outcome,
      message,
      nextSendAt: next
    }) as const
  const active = await activeVerifactu(ctx.db)
  if (active === null) return none('nothing_to_send', 'VERI*FACTU is off.', null, await countWaiting(ctx))
  const { settings, issuer } = active
  let query = ctx.db
    .selectFrom('verifactuRecords as r')
    .innerJoin('verifactuSubmissions as s', 's.recordId', 'r.id')
    .select(['r.id', 'r.kind', 'r.issuerNif', 'r.invoiceNumber', 'r.invoiceDate', 'r.xml'])
    .where('s.status', '=', 'pending')
    .where('r.issuerNif', '=', issuer.nif)
  if (only.documentId !== undefined) query = query.where('r.documentId', '=', only.documentId)
  const pending = await query.orderBy('r.id').limit(MAX_RECORDS_PER_REQUEST).execute()
  if (pending.length === 0) return none('nothing_to_send', 'No records are waiting to be sent.', null, 0)
  const next = nextSendAt(await lastBatch(ctx.db), ctx.now())
  if (next !== null && pending.length < MAX_RECORDS_PER_REQUEST)
    return none(
      'waiting',
      `The AEAT asks to wait until ${next} before the next send.`,
      next,
      await countWaiting(ctx)
    )
  const pfx = readCertificate(settings.certificatePath)
  const passphrase = deps.secrets.get(CERTIFICATE_SECRET)
  if (passphrase === null)
    throw new DomainError('unauthorized', { key: 'verifactuCertificatePasswordToSend' })
  const endpoint = settings.endpoint || AEAT_ENDPOINTS[settings.environment]
  const envelope = soapEnvelope(
    registrationXml(
      issuer,
      pending.map((r) => r.xml)
    )
  )
  const sentAt = ctx.now().toISOString()
  let answer: ParsedAnswer | null = null
  // Why it failed, by key: the screens and the command line say it in the reader's language.
  let reason: Message = { key: 'verifactuFailNotAnswer' }
  try {
    const http = await post(endpoint, envelope, { pfx, passphrase, ca: deps.ca }, deps.timeoutMs ?? 60_000)
    try {
      answer = parseAnswer(http.body)
    } catch (error) {
      if (!(error instanceof SendProblem)) throw error
      reason =
        http.status >= 400
          ? { key: 'verifactuFailServer', params: { status: http.status, reason: error.reason } }
          : error.reason
    }
  } catch (error) {
    if (error instanceof SendProblem) reason = error.reason
    else {
      // The system's own words (e.g. "connect ECONNREFUSED 127.0.0.1:443") stay as data.
      const message = (error as Error).message
      reason = /mac verify|pkcs12|unsupported/i.test(message)
        ? { key: 'verifactuFailCertificate' }
        : { key: 'verifactuFailConnection', params: { error: message } }
    }
  }
  const failure = englishMessage(reason)
  const ids = pending.map((r) => r.id)
  return writeTransaction(ctx.db, async (trx) => {
    // The batches list: this send (when, to which host, how many records) and what came back.
    const saveBatch = (answered: BatchAnswer) =>
      trx
        .insertInto('verifactuBatches')
        .values({
          sentAt,
          environment: settings.environment,
          endpoint,
          recordCount: pending.length,
          ...answered
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    if (answer === null) {
      // The reason by key, as keyed text ("§key {params}"): lastBatch reads it back as a message.
      const batch = await saveBatch({ ...NO_ANSWER, message: keyed(reason.key, reason.params) })
      await trx
        .updateTable('verifactuSubmissions')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), batchId: batch.id, updatedAt: sentAt }))
        .where('recordId', 'in', ids)
        .execute()
      await recordEvent(trx, ctx, {
        kind: 'send_failed',
        summary: `Send failure: ${failure}`,
        // `failure` is the reason by key (the event list words it); `reason` its English, as before.
        detail: { records: pending.length, endpoint, reason: failure, failure: reason }
      })
      return {
        sent: 0,
        accepted: 0,
        acceptedWithErrors: 0,
        rejected: 0,
        waiting: pending.length,
        outcome: 'failed' as const,
        message: englishMessage({ key: 'verifactuSendFailed', params: { reason } }),
        failure: reason,
        nextSendAt: null
      }
    }
    const parsed = answer
    // The AEAT answered after a request that never reached it: the log says the link is back.
    if ((await lastBatch(trx))?.outcome === 'failed')
      await recordEvent(trx, ctx, {
        kind: 'send_recovered',
        summary: 'Sending to the AEAT works again after a failure',
        detail: { records: pending.length, endpoint }
      })
    const key = (nif: string, number: string, date: string, op: string) => [nif, number, date, op].join('|')
    const byKey = new Map(parsed.lines.map((l) => [key(l.nif, l.number, l.date, l.operation), l]))
    const counts = { accepted: 0, accepted_with_errors: 0, rejected: 0, pending: 0, corrected: 0 }
    const rejections: string[] = []
    const outcomes = pending.map((record) => {
      const line = byKey.get(
        key(
          record.issuerNif,
          record.invoiceNumber,
          record.invoiceDate,
          record.kind === 'alta' ? 'Alta' : 'Anulacion'
        )
      )
      // No line for a record: accepted when the whole request was, else it stays in the queue.
      const status: VerifactuRecordStatus = line
        ? stateOf(line)
        : parsed.outcome === 'Correcto'
          ? 'accepted'
          : 'pending'
      counts[status] += 1
      if (status === 'rejected')
        rejections.push(`${record.invoiceNumber}: [${line?.code ?? '?'}] ${line?.text ?? ''}`)
      return { record, line, status }
    })
    const batch = await saveBatch({
      outcome: parsed.outcome,
      accepted: counts.accepted,
      acceptedWithErrors: counts.accepted_with_errors,
      rejected: counts.rejected,
      csv: parsed.csv,
      waitSeconds: parsed.waitSeconds,
      message: rejections.slice(0, 5).join('; ')
    })
    for (const { record, line, status } of outcomes) {
      await trx
        .updateTable('verifactuSubmissions')
        .set((eb) => ({
          status,
          attempts: eb('attempts', '+', 1),
          errorCode: line?.code ?? null,
          errorText: line?.text ?? null,
          csv: status === 'accepted' || status === 'accepted_with_errors' ? parsed.csv : null,
          batchId: batch.id,
          updatedAt: sentAt
        }))
        .where('recordId', '=', record.id)
        .execute()
    }
    if (rejections.length > 0)
      await recordEvent(trx, ctx, {
        kind: 'records_rejected',
        summary: `${rejections.length} record(s) rejected by the AEAT`,
        detail: { count: rejections.length, rejections: rejections.slice(0, 50) }
      })
    const waiting = await trx
      .selectFrom('verifactuSubmissions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow()
    const message = `${parsed.outcome}: ${counts.accepted} accepted, ${counts.accepted_with_errors} accepted with errors, ${counts.rejected} rejected.`
    return {
      sent: pending.length,
      accepted: counts.accepted,
      acceptedWithErrors: counts.accepted_with_errors,
      rejected: counts.rejected,
      waiting: waiting.n,
      outcome: parsed.outcome,
      message,
      nextSendAt: new Date(Date.parse(sentAt) + parsed.waitSeconds * 1000).toISOString()
    }
  })
}
