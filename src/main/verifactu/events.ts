/**
 * The VERI*FACTU event log: start/stop, integrity checks and their results, send failures,
 * exports. Append-only (store triggers) and chained per issuer with the RegistroEvento hash rule.
 * Types are the AEAT's (EventosSIF.xsd): 03/04 integrity check and anomaly, 08 export, 90 other.
 */
import type { Executor, ServiceContext } from '../context'
import { eventHashInput, huella } from './hash'
import { issuerOf, readVerifactuSettings } from './settings'
import { timestampWithOffset } from './time'

export type EventType = '03' | '04' | '05' | '06' | '08' | '09' | '90'

export interface VerifactuEvent {
  type: EventType
  summary: string
  detail?: Record<string, unknown>
}

export async function recordEvent(trx: Executor, ctx: ServiceContext, event: VerifactuEvent): Promise<void> {
  const issuer = await issuerOf(trx)
  if (issuer === null) return
  const settings = await readVerifactuSettings(trx)
  const last = await trx
    .selectFrom('verifactuEvents')
    .select(['position', 'hash'])
    .where('issuerNif', '=', issuer.nif)
    .orderBy('position', 'desc')
    .limit(1)
    .executeTakeFirst()
  const generatedAt = timestampWithOffset(ctx.now())
  const previousHash = last?.hash ?? ''
  const hash = huella(
    eventHashInput(
      {
        ProducerNIF: settings.producerNif,
        ID: '',
        IdSistemaInformatico: settings.softwareId,
        Version: settings.softwareVersion,
        NumeroInstalacion: settings.installationNumber,
        NIF: issuer.nif,
        TipoEvento: event.type,
        FechaHoraHusoGenEvento: generatedAt
      },
      previousHash
    )
  )
  await trx
    .insertInto('verifactuEvents')
    .values({
      issuerNif: issuer.nif,
      position: (last?.position ?? 0) + 1,
      eventType: event.type,
      summary: event.summary,
      detail: JSON.stringify({
        ...event.detail,
        // What the hash covered, so the chain can be recomputed from the row alone.
        system: [
          settings.producerNif,
          settings.softwareId,
          settings.softwareVersion,
          settings.installationNumber
        ]
      }),
      generatedAt,
      previousHash,
      hash,
      createdBy: ctx.actor
    })
    .execute()
}
