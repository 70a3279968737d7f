/**
 * The event log as the application uses it: the system's start and stop (desktop app, local web
 * host), a backup restored, the list the Settings screen shows, and the export of a period in the
 * AEAT's form (each RegistroEvento signed with the company's certificate, as the schema requires).
 */
import { conflict } from '../../shared/errors'
import type {
  VerifactuEventExportResult,
  VerifactuEventFilter,
  VerifactuEventKind,
  VerifactuEventList,
  VerifactuEventRow,
  VerifactuSettings
} from '../../shared/schemas/verifactu'
import { verifactuEventKinds } from '../../shared/schemas/verifactu'
import type { Executor, ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'
import { recordEvent, type VerifactuEvent } from './events'
import { signEventXml, type EventSigner } from './event-signature'
import { eventRefOf } from './event-xml'
import { exportedPeriod } from './period'
import { issuerOf, readVerifactuSettings } from './settings'
import { timestampWithOffset } from './time'
import { escapeXml } from './xml'

export type SystemRole = 'app' | 'host'

/** An event that is a fact of its own, not part of another write, is written in a transaction of its own. */
const noteEvent = (ctx: ServiceContext, event: VerifactuEvent): Promise<void> =>
  writeTransaction(ctx.db, (trx) => recordEvent(trx, ctx, event))

/** The system started: the desktop app opened its data, or `salesdesk serve` started its host. */
export const noteSystemStart = (ctx: ServiceContext, role: SystemRole): Promise<void> =>
  noteEvent(ctx, {
    kind: role === 'app' ? 'app_started' : 'host_started',
    summary: role === 'app' ? 'Salesdesk started (desktop app)' : 'Salesdesk started (local web host)',
    detail: { role }
  })

/** A clean shutdown, written before the store closes. A crash leaves no stop event: that is the evidence. */
export const noteSystemStop = (ctx: ServiceContext, role: SystemRole): Promise<void> =>
  noteEvent(ctx, {
    kind: 'system_stopped',
    summary: role === 'app' ? 'Salesdesk closed (desktop app)' : 'Salesdesk stopped (local web host)',
    detail: { role }
  })

/** Written into the restored copy before it replaces the data file (TipoEvento 07). */
export const noteBackupRestored = (ctx: ServiceContext, source: string): Promise<void> =>
  noteEvent(ctx, { kind: 'backup_restored', summary: `Backup restored from ${source}`, detail: { source } })

const LIST_LIMIT = 500

const isKind = (kind: string | null): kind is VerifactuEventKind =>
  kind !== null && (verifactuEventKinds as readonly string[]).includes(kind)

function filtered(db: Executor, nif: string, filter: VerifactuEventFilter) {
  let query = db.selectFrom('verifactuEvents').where('issuerNif', '=', nif)
  // generated_at is Spanish local time with its offset: its first ten characters are the Spanish date.
  if (filter.from) query = query.where('generatedAt', '>=', filter.from)
  if (filter.to) query = query.where('generatedAt', '<', `${filter.to}T99`)
  if (filter.type) query = query.where('eventType', '=', filter.type)
  return query
}

/** The company's events, newest first, filtered by period and type. */
export async function listEvents(db: Executor, filter: VerifactuEventFilter): Promise<VerifactuEventList> {
  const issuer = await issuerOf(db)
  if (issuer === null) return { events: [], total: 0 }
  const total = await filtered(db, issuer.nif, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const rows = await filtered(db, issuer.nif, filter)
    .select(['id', 'position', 'eventType', 'kind', 'summary', 'detail', 'generatedAt', 'hash', 'createdBy'])
    .orderBy('position', 'desc')
    .limit(LIST_LIMIT)
    .execute()
  return {
    total: total.n,
    events: rows.map((r): VerifactuEventRow => ({
      id: r.id,
      position: r.position,
      type: r.eventType,
      kind: isKind(r.kind) ? r.kind : null,
      summary: r.summary,
      detail: withoutSystem(r.detail),
      generatedAt: r.generatedAt,
      hash: r.hash,
      createdBy: r.createdBy
    }))
  }
}

function withoutSystem(detail: string): Record<string, unknown> {
  try {
    const { system: _system, ...rest } = JSON.parse(detail) as Record<string, unknown>
    return rest
  } catch {
    return {}
  }
}

export const NS_EVENTS_EXPORT = 'urn:salesdesk:verifactu:events-export:1'

/**
 * The events generated in a period, in chain order, each a signed RegistroEvento as the AEAT's
 * schema has it; the export itself is logged (TipoEvento 09) after the exported ones. Events
 * written before the log took the official form (no XML kept) cannot be shown in it: they are
 * counted and named in the file's `anteriores` attribute rather than rebuilt.
 */
export async function exportEvents(
  ctx: ServiceContext,
  range: { from: string; to: string },
  signer: (settings: VerifactuSettings) => EventSigner
): Promise<VerifactuEventExportResult> {
  return writeTransaction(ctx.db, async (trx) => {
    const issuer = await issuerOf(trx)
    if (issuer === null) throw conflict('verifactuNoSpanishTaxId')
    const rows = await filtered(trx, issuer.nif, range)
      .select(['eventType', 'generatedAt', 'hash', 'xml'])
      .orderBy('position')
      .execute()
    const official = rows.filter((r): r is typeof r & { xml: string } => r.xml !== null)
    const exported = exportedPeriod(range, rows, eventRefOf)
    await recordEvent(trx, ctx, {
      kind: 'events_exported',
      summary: `Exported ${official.length} events generated from ${range.from} to ${range.to}`,
      detail: { from: range.from, to: range.to, events: official.length },
      own: exported && { kind: 'eventsExport', ...exported, events: rows.length }
    })
    const sign = signer(await readVerifactuSettings(trx))
    const signingTime = timestampWithOffset(ctx.now())
    const body = official.map((r) => signEventXml(r.xml, sign, signingTime)).join('\n')
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?>\n<RegistrosEvento xmlns="${NS_EVENTS_EXPORT}" nif="${escapeXml(issuer.nif)}" desde="${range.from}" hasta="${range.to}" anteriores="${String(rows.length - official.length)}">\n` +
      (body ? `${body}\n` : '') +
      `</RegistrosEvento>\n`
    return { fileName: `verifactu-events-${range.from}-${range.to}.xml`, xml, count: official.length }
  })
}
