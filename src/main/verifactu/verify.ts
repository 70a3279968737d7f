/**
 * Integrity check: recomputes every record's Huella from its stored XML (the fields as written)
 * and every event's hash, checks each link to the previous one, and names the first broken link.
 * The run and its result go into the event log (types 03/04 for records, 05/06 for events).
 */
import { XMLParser } from 'fast-xml-parser'
import type { VerifactuVerifyResult } from '../../shared/schemas/verifactu'
import type { Executor, ServiceContext } from '../context'
import { recordEvent } from './events'
import { altaHashInput, anulacionHashInput, eventHashInput, huella } from './hash'
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

async function checkRecords(db: Executor): Promise<{ count: number; broken: string | null }> {
  const rows = await db
    .selectFrom('verifactuRecords')
    .select(['id', 'issuerNif', 'position', 'invoiceNumber', 'previousHash', 'hash', 'xml'])
    .orderBy('issuerNif')
    .orderBy('position')
    .execute()
  const lastHash = new Map<string, { position: number; hash: string }>()
  for (const row of rows) {
    const name = `record ${row.position} (${row.invoiceNumber})`
    const before = lastHash.get(row.issuerNif)
    if ((before?.position ?? 0) + 1 !== row.position)
      return { count: rows.length, broken: `${name}: a record is missing before it` }
    const { computed, stated, previous } = recomputeFromXml(row.xml)
    if (previous !== (before?.hash ?? '') || row.previousHash !== previous)
      return { count: rows.length, broken: `${name}: its link to the previous record does not match` }
    if (computed !== stated || stated !== row.hash)
      return { count: rows.length, broken: `${name}: its hash does not match its content` }
    lastHash.set(row.issuerNif, { position: row.position, hash: row.hash })
  }
  return { count: rows.length, broken: null }
}

async function checkEvents(db: Executor): Promise<{ count: number; broken: string | null }> {
  const rows = await db
    .selectFrom('verifactuEvents')
    .selectAll()
    .orderBy('issuerNif')
    .orderBy('position')
    .execute()
  const lastHash = new Map<string, { position: number; hash: string }>()
  for (const row of rows) {
    const name = `event ${row.position} (${row.summary})`
    const before = lastHash.get(row.issuerNif)
    if ((before?.position ?? 0) + 1 !== row.position)
      return { count: rows.length, broken: `${name}: an event is missing before it` }
    if (row.previousHash !== (before?.hash ?? ''))
      return { count: rows.length, broken: `${name}: its link to the previous event does not match` }
    const detail = JSON.parse(row.detail) as { system?: string[] }
    const [producerNif = '', softwareId = '', version = '', installation = ''] = detail.system ?? []
    const computed = huella(
      eventHashInput(
        {
          ProducerNIF: producerNif,
          ID: '',
          IdSistemaInformatico: softwareId,
          Version: version,
          NumeroInstalacion: installation,
          NIF: row.issuerNif,
          TipoEvento: row.eventType,
          FechaHoraHusoGenEvento: row.generatedAt
        },
        row.previousHash
      )
    )
    if (computed !== row.hash)
      return { count: rows.length, broken: `${name}: its hash does not match its content` }
    lastHash.set(row.issuerNif, { position: row.position, hash: row.hash })
  }
  return { count: rows.length, broken: null }
}

export async function verifyChains(ctx: ServiceContext): Promise<VerifactuVerifyResult> {
  return writeTransaction(ctx.db, async (trx) => {
    const records = await checkRecords(trx)
    const events = await checkEvents(trx)
    await recordEvent(trx, ctx, {
      type: '03',
      summary: `Integrity check of ${records.count} records and ${events.count} events`,
      detail: { records: records.count, events: events.count }
    })
    if (records.broken !== null)
      await recordEvent(trx, ctx, { type: '04', summary: `Anomaly found: ${records.broken}` })
    if (events.broken !== null)
      await recordEvent(trx, ctx, { type: '06', summary: `Anomaly found: ${events.broken}` })
    return {
      records: records.count,
      events: events.count,
      ok: records.broken === null && events.broken === null,
      firstBroken: records.broken ?? events.broken
    }
  })
}
