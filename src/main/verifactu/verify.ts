/**
 * Integrity check: recomputes every record's Huella from its stored XML (the fields as written)
 * and every event's hash, checks each link to the previous one, and names the first broken link.
 * The run and its result go into the event log (types 03/04 for records, 05/06 for events).
 */
import { XMLParser } from 'fast-xml-parser'
import type { VerifactuVerifyResult } from '../../shared/schemas/verifactu'
import type { Executor, ServiceContext } from '../context'
import { recordEvent } from './events'
import type { AnomalyType, EventRef } from './event-xml'
import { altaHashInput, anulacionHashInput, eventHashInput, huella, type EventHashFields } from './hash'
import type { InvoiceId } from './xml'
import { writeTransaction } from '../db/write-transaction'

const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false, ignoreAttributes: true })

type XmlTree = Record<string, unknown>
const text = (node: unknown): string => (typeof node === 'string' ? node : '')
const child = (node: unknown, name: string): XmlTree =>
  ((node as XmlTree | undefined)?.[name] ?? {}) as XmlTree

/** The Huella recomputed from a record's XML, and the one the XML states. */
export function recomputeFromXml(xml: string): { computed: string; stated: string; previous: string } {
  const tree = parser.parse(xml) as XmlTree
  if ('RegistroAlta' in tree) {
    const r = child(tree, 'RegistroAlta')
    const id = child(r, 'IDFactura')
    const previous = text(child(child(r, 'Encadenamiento'), 'RegistroAnterior').Huella)
    return {
      computed: huella(
        altaHashInput(
          {
            IDEmisorFactura: text(id.IDEmisorFactura),
            NumSerieFactura: text(id.NumSerieFactura),
            FechaExpedicionFactura: text(id.FechaExpedicionFactura),
            TipoFactura: text(r.TipoFactura),
            CuotaTotal: text(r.CuotaTotal),
            ImporteTotal: text(r.ImporteTotal),
            FechaHoraHusoGenRegistro: text(r.FechaHoraHusoGenRegistro)
          },
          previous
        )
      ),
      stated: text(r.Huella),
      previous
    }
  }
  const r = child(tree, 'RegistroAnulacion')
  const id = child(r, 'IDFactura')
  const previous = text(child(child(r, 'Encadenamiento'), 'RegistroAnterior').Huella)
  return {
    computed: huella(
      anulacionHashInput(
        {
          IDEmisorFacturaAnulada: text(id.IDEmisorFacturaAnulada),
          NumSerieFacturaAnulada: text(id.NumSerieFacturaAnulada),
          FechaExpedicionFacturaAnulada: text(id.FechaExpedicionFacturaAnulada),
          FechaHoraHusoGenRegistro: text(r.FechaHoraHusoGenRegistro)
        },
        previous
      )
    ),
    stated: text(r.Huella),
    previous
  }
}

interface Broken {
  text: string
  anomaly: AnomalyType
}

interface RecordsCheck {
  count: number
  broken: (Broken & { record: InvoiceId }) | null
}

async function checkRecords(db: Executor): Promise<RecordsCheck> {
  const rows = await db
    .selectFrom('verifactuRecords')
    .select(['id', 'issuerNif', 'position', 'invoiceNumber', 'invoiceDate', 'previousHash', 'hash', 'xml'])
    .orderBy('issuerNif')
    .orderBy('position')
    .execute()
  const lastHash = new Map<string, { position: number; hash: string }>()
  for (const row of rows) {
    const name = `record ${row.position} (${row.invoiceNumber})`
    const record = { nif: row.issuerNif, number: row.invoiceNumber, date: row.invoiceDate }
    const broken = (text: string, anomaly: AnomalyType) => ({
      count: rows.length,
      broken: { text: `${name}: ${text}`, anomaly, record }
    })
    const before = lastHash.get(row.issuerNif)
    if ((before?.position ?? 0) + 1 !== row.position) return broken('a record is missing before it', '04')
    const { computed, stated, previous } = recomputeFromXml(row.xml)
    if (previous !== (before?.hash ?? '') || row.previousHash !== previous)
      return broken('its link to the previous record does not match', '08')
    if (computed !== stated || stated !== row.hash) return broken('its hash does not match its content', '01')
    lastHash.set(row.issuerNif, { position: row.position, hash: row.hash })
  }
  return { count: rows.length, broken: null }
}

/** An event's hash fields as its RegistroEvento states them (events written since 0024 keep it). */
function eventFieldsFromXml(xml: string): { fields: EventHashFields; previous: string; stated: string } {
  const evento = child(child(parser.parse(xml) as XmlTree, 'RegistroEvento'), 'Evento')
  const system = child(evento, 'SistemaInformatico')
  return {
    fields: {
      ProducerNIF: text(system.NIF),
      ID: text(child(system, 'IDOtro').ID),
      IdSistemaInformatico: text(system.IdSistemaInformatico),
      Version: text(system.Version),
      NumeroInstalacion: text(system.NumeroInstalacion),
      NIF: text(child(evento, 'ObligadoEmision').NIF),
      TipoEvento: text(evento.TipoEvento),
      FechaHoraHusoGenEvento: text(evento.FechaHoraHusoGenEvento)
    },
    previous: text(child(child(evento, 'Encadenamiento'), 'EventoAnterior').HuellaEvento),
    stated: text(evento.HuellaEvento)
  }
}

/** Events before 0024 have no XML: their hash fields are the row's and the system kept in `detail`. */
function eventFieldsFromRow(row: {
  issuerNif: string
  eventType: string
  generatedAt: string
  detail: string
}): EventHashFields {
  const detail = JSON.parse(row.detail) as { system?: string[] }
  const [producerNif = '', softwareId = '', version = '', installation = ''] = detail.system ?? []
  return {
    ProducerNIF: producerNif,
    ID: '',
    IdSistemaInformatico: softwareId,
    Version: version,
    NumeroInstalacion: installation,
    NIF: row.issuerNif,
    TipoEvento: row.eventType,
    FechaHoraHusoGenEvento: row.generatedAt
  }
}

interface EventsCheck {
  count: number
  broken: (Broken & { event: EventRef }) | null
}

async function checkEvents(db: Executor): Promise<EventsCheck> {
  const rows = await db
    .selectFrom('verifactuEvents')
    .selectAll()
    .orderBy('issuerNif')
    .orderBy('position')
    .execute()
  const lastHash = new Map<string, { position: number; hash: string }>()
  for (const row of rows) {
    const name = `event ${row.position} (${row.summary})`
    const event = { type: row.eventType, generatedAt: row.generatedAt, hash: row.hash }
    const broken = (text: string, anomaly: AnomalyType) => ({
      count: rows.length,
      broken: { text: `${name}: ${text}`, anomaly, event }
    })
    const before = lastHash.get(row.issuerNif)
    if ((before?.position ?? 0) + 1 !== row.position) return broken('an event is missing before it', '04')
    const fromXml = row.xml === null ? null : eventFieldsFromXml(row.xml)
    if (
      row.previousHash !== (before?.hash ?? '') ||
      (fromXml !== null && fromXml.previous !== row.previousHash)
    )
      return broken('its link to the previous event does not match', '08')
    const fields = fromXml?.fields ?? eventFieldsFromRow(row)
    const computed = huella(eventHashInput(fields, row.previousHash))
    const rowMatchesXml =
      fromXml === null ||
      (fromXml.stated === row.hash &&
        fields.TipoEvento === row.eventType &&
        fields.FechaHoraHusoGenEvento === row.generatedAt &&
        fields.NIF === row.issuerNif)
    if (computed !== row.hash || !rowMatchesXml) return broken('its hash does not match its content', '01')
    lastHash.set(row.issuerNif, { position: row.position, hash: row.hash })
  }
  return { count: rows.length, broken: null }
}

/**
 * The integrity check, recorded as the regulation asks: the launch of each check (03 records,
 * 05 events) with how many were processed, then each anomaly found (04, 06) naming the record or
 * event. The events are checked before this run adds its own.
 */
export async function verifyChains(ctx: ServiceContext): Promise<VerifactuVerifyResult> {
  return writeTransaction(ctx.db, async (trx) => {
    const records = await checkRecords(trx)
    const events = await checkEvents(trx)
    await recordEvent(trx, ctx, {
      kind: 'records_checked',
      summary: `Integrity check of ${records.count} records`,
      detail: { records: records.count },
      own: { kind: 'recordsCheck', records: records.count }
    })
    await recordEvent(trx, ctx, {
      kind: 'events_checked',
      summary: `Integrity check of ${events.count} events`,
      detail: { events: events.count },
      own: { kind: 'eventsCheck', events: events.count }
    })
    if (records.broken !== null)
      await recordEvent(trx, ctx, {
        kind: 'records_anomaly',
        summary: `Anomaly found: ${records.broken.text}`,
        detail: { where: records.broken.text, anomaly: records.broken.anomaly },
        own: {
          kind: 'recordsAnomaly',
          anomaly: records.broken.anomaly,
          text: records.broken.text,
          record: records.broken.record
        }
      })
    if (events.broken !== null)
      await recordEvent(trx, ctx, {
        kind: 'events_anomaly',
        summary: `Anomaly found: ${events.broken.text}`,
        detail: { where: events.broken.text, anomaly: events.broken.anomaly },
        own: {
          kind: 'eventsAnomaly',
          anomaly: events.broken.anomaly,
          text: events.broken.text,
          event: events.broken.event
        }
      })
    return {
      records: records.count,
      events: events.count,
      ok: records.broken === null && events.broken === null,
      firstBroken: records.broken?.text ?? events.broken?.text ?? null
    }
  })
}
