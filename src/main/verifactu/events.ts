/**
 * The VERI*FACTU event log (Orden HAC/1177/2024 art. 9, "registro de eventos"): system start and
 * stop, integrity checks and what they found, send failures and recoveries, exports, a backup
 * restored, VERI*FACTU switched on or off. Append-only (store triggers), chained per issuer with
 * the RegistroEvento hash rule, and each event kept as the RegistroEvento the AEAT's schema
 * describes (EventosSIF.xsd), so the log exports in the official form.
 *
 * TipoEvento: 03/04 records checked / anomaly, 05/06 events checked / anomaly, 07 backup
 * restored, 08/09 records / events exported, 90 the rest ("other events the producer records"):
 * 01/02 mean starting or ending operation as a NO VERI*FACTU system, which this one never is.
 */
import type { Executor, ServiceContext } from '../context'
import type { VerifactuEventKind } from '../../shared/schemas/verifactu'
import { eventHashInput, huella } from './hash'
import { eventRefOf, eventXml, type OwnData } from './event-xml'
import { issuerOf, readVerifactuSettings } from './settings'
import { systemOf } from './system'
import { timestampWithOffset } from './time'
import { isMessage } from '../../shared/errors'
import { messageIn } from '../message-language'

export type EventType = '03' | '04' | '05' | '06' | '07' | '08' | '09' | '90'

const typeOf: Record<VerifactuEventKind, EventType> = {
  app_started: '90',
  host_started: '90',
  system_stopped: '90',
  verifactu_on: '90',
  verifactu_off: '90',
  environment_changed: '90',
  records_checked: '03',
  records_anomaly: '04',
  events_checked: '05',
  events_anomaly: '06',
  backup_restored: '07',
  records_exported: '08',
  events_exported: '09',
  send_failed: '90',
  send_recovered: '90',
  records_rejected: '90'
}

/** OtrosDatosEvento for the events the schema gives no structured data: what happened, in Spanish. */
const otherText: Partial<Record<VerifactuEventKind, (detail: Record<string, unknown>) => string>> = {
  app_started: () => 'Inicio del sistema informático (aplicación de escritorio)',
  host_started: () => 'Inicio del sistema informático (servidor local)',
  system_stopped: () => 'Fin del funcionamiento del sistema informático (cierre ordenado)',
  verifactu_on: (d) => `Activación de VERI*FACTU (entorno ${String(d.environment)})`,
  verifactu_off: () => 'Desactivación de VERI*FACTU',
  environment_changed: (d) => `Cambio de entorno VERI*FACTU a ${String(d.environment)}`,
  backup_restored: (d) => `Restauración de copia de seguridad ${String(d.source)}`,
  // The reason by key, in Spanish (events written before it had one carry their English reason).
  send_failed: (d) =>
    `Fallo en la remisión a la AEAT: ${isMessage(d.failure) ? messageIn(d.failure, 'es') : String(d.reason)}`,
  send_recovered: () => 'Remisión a la AEAT restablecida tras un fallo',
  records_rejected: (d) => `${String(d.count)} registros rechazados por la AEAT`
}

export interface VerifactuEvent {
  kind: VerifactuEventKind
  /** One line in English for the command line and the logs; the screen says it by kind. */
  summary: string
  /** The facts the screen shows (parameters of the kind's sentence). */
  detail?: Record<string, unknown>
  /** DatosPropiosEvento, for the kinds the schema describes. */
  own?: OwnData | null
}

/**
 * Appends one event to the issuer's chain, in the caller's transaction. Nothing is written when
 * the company has no Spanish tax id: the log is the obligado's (ObligadoEmision).
 */
export async function recordEvent(trx: Executor, ctx: ServiceContext, event: VerifactuEvent): Promise<void> {
  const issuer = await issuerOf(trx)
  if (issuer === null) return
  const settings = await readVerifactuSettings(trx)
  const last = await trx
    .selectFrom('verifactuEvents')
    .select(['position', 'hash', 'eventType', 'generatedAt'])
    .where('issuerNif', '=', issuer.nif)
    .orderBy('position', 'desc')
    .limit(1)
    .executeTakeFirst()
  const type = typeOf[event.kind]
  const generatedAt = timestampWithOffset(ctx.now())
  const previousHash = last?.hash ?? ''
  const system = systemOf(settings)
  const hash = huella(
    eventHashInput(
      {
        ProducerNIF: system.producerNif,
        ID: '',
        IdSistemaInformatico: system.softwareId,
        Version: system.version,
        NumeroInstalacion: system.installationNumber,
        NIF: issuer.nif,
        TipoEvento: type,
        FechaHoraHusoGenEvento: generatedAt
      },
      previousHash
    )
  )
  const detail = event.detail ?? {}
  const xml = eventXml({
    system,
    obligado: issuer,
    generatedAt,
    type,
    own: event.own ?? null,
    other: otherText[event.kind]?.(detail) ?? null,
    previous: last ? eventRefOf(last) : null,
    hash
  })
  await trx
    .insertInto('verifactuEvents')
    .values({
      issuerNif: issuer.nif,
      position: (last?.position ?? 0) + 1,
      eventType: type,
      kind: event.kind,
      summary: event.summary,
      detail: JSON.stringify({
        ...detail,
        // What the hash covered, so the chain can be recomputed from the row alone.
        system: [system.producerNif, system.softwareId, system.version, system.installationNumber]
      }),
      generatedAt,
      previousHash,
      hash,
      xml,
      createdBy: ctx.actor
    })
    .execute()
}
