/**
 * Integrity check: recomputes every record's Huella from its stored XML (the fields as written)
 * and every event's hash, checks each link to the previous one, and names the first broken link.
 * The run and its result go into the event log (types 03/04 for records, 05/06 for events).
 */
import { XMLParser } from 'fast-xml-parser'
import type {
  VerifactuAnomaly,
  VerifactuAnomalyProblem,
  VerifactuVerifyResult
} from '../../shared/schemas/verifactu'
import type { Executor, ServiceContext } from '../context'
import { recordEvent, type VerifactuEvent } from './events'
import { eventRefOf, type AnomalyType, type EventRef } from './event-xml'
import { altaHashInput, anulacionHashInput, eventHashInput, huella, type EventHashFields } from './hash'
import { recordInvoiceId, type InvoiceId } from './xml'
import { writeTransaction } from '../db/write-transaction'

const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false, ignoreAttributes: true })

type XmlTree = Record<string, unknown>
const text = (node: unknown): string => (typeof node === 'string' ? node : '')
const child = (node: unknown, name: string): XmlTree =>
  ((node as XmlTree | undefined)?.[name] ?? {}) as XmlTree

/** The Huella recomputed from a record's XML, and the one the XML states. */
export function recomputeFromXml(xml: string): {
  computed: string
  stated: string
  previous: string
  generatedAt: string
} {
  const tree = parser.parse(xml) as XmlTree
  const alta = 'RegistroAlta' in tree
  const r = child(tree, alta ? 'RegistroAlta' : 'RegistroAnulacion')
  const id = child(r, 'IDFactura')
  const previous = text(child(child(r, 'Encadenamiento'), 'RegistroAnterior').Huella)
  const generatedAt = text(r.FechaHoraHusoGenRegistro)
  const hashInput = alta
    ? altaHashInput(
        {
          IDEmisorFactura: text(id.IDEmisorFactura),
          NumSerieFactura: text(id.NumSerieFactura),
          FechaExpedicionFactura: text(id.FechaExpedicionFactura),
          TipoFactura: text(r.TipoFactura),
          CuotaTotal: text(r.CuotaTotal),
          ImporteTotal: text(r.ImporteTotal),
          FechaHoraHusoGenRegistro: generatedAt
        },
        previous
      )
    : anulacionHashInput(
        {
          IDEmisorFacturaAnulada: text(id.IDEmisorFacturaAnulada),
          NumSerieFacturaAnulada: text(id.NumSerieFacturaAnulada),
          FechaExpedicionFacturaAnulada: text(id.FechaExpedicionFacturaAnulada),
          FechaHoraHusoGenRegistro: generatedAt
        },
        previous
      )
  return { computed: huella(hashInput), stated: text(r.Huella), previous, generatedAt }
}

/**
 * What a check can find in a chain: the event list words each by key (`problem`), the AEAT's
 * event gives its TipoAnomalia, and the command line and the summary read the English `text`.
 */
type AnomalyProblem = VerifactuAnomalyProblem

const anomalyType: Record<AnomalyProblem, AnomalyType> = {
  missing: '04',
  link: '08',
  hash: '01',
  earlier: '11',
  future: '13'
}

const englishProblem: Record<'record' | 'event', Record<AnomalyProblem, string>> = {
  record: {
    missing: 'a record is missing before it',
    link: 'its link to the previous record does not match',
    hash: 'its hash does not match its content',
    earlier: 'it was generated before the previous record',
    future: 'it was generated after the time of this check'
  },
  event: {
    missing: 'an event is missing before it',
    link: 'its link to the previous event does not match',
    hash: 'its hash does not match its content',
    earlier: 'it was generated before the previous event',
    future: 'it was generated after the time of this check'
  }
}

/** OtrosDatosAnomalia goes to the AEAT: in Spanish. */
const spanishProblem: Record<'record' | 'event', Record<AnomalyProblem, string>> = {
  record: {
    missing: 'falta el registro anterior',
    link: 'no encadena con el registro anterior',
    hash: 'la huella no corresponde al contenido',
    earlier: 'generado antes que el registro anterior',
    future: 'generado después de la hora actual'
  },
  event: {
    missing: 'falta el evento anterior',
    link: 'no encadena con el evento anterior',
    hash: 'la huella no corresponde al contenido',
    earlier: 'generado antes que el evento anterior',
    future: 'generado después de la hora actual'
  }
}

interface Finding {
  problem: AnomalyProblem
  position: number
  /** The record's invoice number, or the event's summary (English, as the row keeps it). */
  name: string
  /** The event's type code (events only), for the screen. */
  eventType?: string
}

const englishText = (of: 'record' | 'event', f: Finding) =>
  `${of} ${String(f.position)} (${f.name}): ${englishProblem[of][f.problem]}`
const spanishText = (of: 'record' | 'event', f: Finding) =>
  `${of === 'record' ? 'Registro' : 'Evento'} ${String(f.position)} (${f.name}): ${spanishProblem[of][f.problem]}`

/** The anomalies of one check: a broken chain stops it; dates out of order are each reported. */
interface ChainCheck<Ref> {
  count: number
  broken: (Finding & { ref: Ref }) | null
  dates: Array<Finding & { ref: Ref }>
}

/** At most this many date anomalies are logged per check (a clock set back once gives one). */
const MAX_DATE_ANOMALIES = 100

/**
 * The regulation's date traceability: a record (or event) generated before the previous one of
 * the chain, or after the present time of the check, is an anomaly (TipoAnomalia 11, 13). Times
 * are compared as instants (each carries its own offset).
 */
function dateFinding(generatedAt: string, previousAt: string | null, now: Date): AnomalyProblem | null {
  const at = Date.parse(generatedAt)
  if (previousAt !== null && at < Date.parse(previousAt)) return 'earlier'
  if (at > now.getTime()) return 'future'
  return null
}

/** How a check names a row in its findings: the record's invoice or the event, and what the screen opens. */
type Named<Ref> = Omit<Finding, 'problem' | 'position'> & { ref: Ref }

/**
 * Walks each issuer's chain in position order: a gap, a wrong link or a wrong hash breaks it (the
 * first break ends the check), and dates out of order are collected. `verify` checks one row's link
 * and hash against the hash of the one before (empty for the first), and gives its generation time;
 * `named` says how a finding names the row.
 */
function walkChains<Row extends { issuerNif: string; position: number; hash: string }, Ref>(
  rows: readonly Row[],
  now: Date,
  check: {
    named: (row: Row) => Named<Ref>
    verify: (row: Row, previousHash: string) => 'link' | 'hash' | { generatedAt: string }
  }
): ChainCheck<Ref> {
  const finding = (row: Row, problem: AnomalyProblem) => ({
    problem,
    position: row.position,
    ...check.named(row)
  })
  const last = new Map<string, { position: number; hash: string; generatedAt: string }>()
  const dates: ChainCheck<Ref>['dates'] = []
  for (const row of rows) {
    const broken = (problem: AnomalyProblem) => ({ count: rows.length, broken: finding(row, problem), dates })
    const before = last.get(row.issuerNif)
    if ((before?.position ?? 0) + 1 !== row.position) return broken('missing')
    const verified = check.verify(row, before?.hash ?? '')
    if (typeof verified === 'string') return broken(verified)
    const date = dateFinding(verified.generatedAt, before?.generatedAt ?? null, now)
    if (date !== null && dates.length < MAX_DATE_ANOMALIES) dates.push(finding(row, date))
    last.set(row.issuerNif, { position: row.position, hash: row.hash, generatedAt: verified.generatedAt })
  }
  return { count: rows.length, broken: null, dates }
}

async function checkRecords(db: Executor, now: Date): Promise<ChainCheck<InvoiceId>> {
  const rows = await db
    .selectFrom('verifactuRecords')
    .select(['id', 'issuerNif', 'position', 'invoiceNumber', 'invoiceDate', 'previousHash', 'hash', 'xml'])
    .orderBy('issuerNif')
    .orderBy('position')
    .execute()
  return walkChains(rows, now, {
    named: (row) => ({ name: row.invoiceNumber, ref: recordInvoiceId(row) }),
    verify: (row, previousHash) => {
      const { computed, stated, previous, generatedAt } = recomputeFromXml(row.xml)
      if (previous !== previousHash || row.previousHash !== previous) return 'link'
      if (computed !== stated || stated !== row.hash) return 'hash'
      return { generatedAt }
    }
  })
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

async function checkEvents(db: Executor, now: Date): Promise<ChainCheck<EventRef>> {
  const rows = await db
    .selectFrom('verifactuEvents')
    .selectAll()
    .orderBy('issuerNif')
    .orderBy('position')
    .execute()
  return walkChains(rows, now, {
    named: (row) => ({ name: row.summary, eventType: row.eventType, ref: eventRefOf(row) }),
    verify: (row, previousHash) => {
      const fromXml = row.xml === null ? null : eventFieldsFromXml(row.xml)
      if (row.previousHash !== previousHash || (fromXml !== null && fromXml.previous !== row.previousHash))
        return 'link'
      const fields = fromXml?.fields ?? eventFieldsFromRow(row)
      const computed = huella(eventHashInput(fields, row.previousHash))
      const rowMatchesXml =
        fromXml === null ||
        (fromXml.stated === row.hash &&
          fields.TipoEvento === row.eventType &&
          fields.FechaHoraHusoGenEvento === row.generatedAt &&
          fields.NIF === row.issuerNif)
      if (computed !== row.hash || !rowMatchesXml) return 'hash'
      return { generatedAt: row.generatedAt }
    }
  })
}

/**
 * The integrity check, recorded as the regulation asks: the launch of each check (03 records,
 * 05 events) with how many were processed, then each anomaly found (04, 06) naming the record or
 * event. The events are checked before this run adds its own.
 */
export async function verifyChains(ctx: ServiceContext): Promise<VerifactuVerifyResult> {
  return writeTransaction(ctx.db, async (trx) => {
    const now = ctx.now()
    const records = await checkRecords(trx, now)
    const events = await checkEvents(trx, now)
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
    const recordFindings = [...(records.broken ? [records.broken] : []), ...records.dates]
    const eventFindings = [...(events.broken ? [events.broken] : []), ...events.dates]
    for (const found of recordFindings) await recordEvent(trx, ctx, anomalyEvent({ of: 'record', found }))
    for (const found of eventFindings) await recordEvent(trx, ctx, anomalyEvent({ of: 'event', found }))
    const first = recordFindings.at(0) ?? null
    const firstEvent = eventFindings.at(0) ?? null
    return {
      records: records.count,
      events: events.count,
      ok: first === null && firstEvent === null,
      firstBroken: first
        ? englishText('record', first)
        : firstEvent
          ? englishText('event', firstEvent)
          : null,
      firstAnomaly: first ? anomalyOf('record', first) : firstEvent ? anomalyOf('event', firstEvent) : null
    }
  })
}

const anomalyOf = (of: 'record' | 'event', found: Finding): VerifactuAnomaly => ({
  of,
  problem: found.problem,
  position: found.position,
  name: found.name,
  eventType: found.eventType ?? null
})

type FoundAnomaly =
  | { of: 'record'; found: Finding & { ref: InvoiceId | null } }
  | { of: 'event'; found: Finding & { ref: EventRef | null } }

/** The event that logs one anomaly: a record's and an event's differ only in what they name. */
function anomalyEvent({ of, found }: FoundAnomaly): VerifactuEvent {
  const where = englishText(of, found)
  const own = { anomaly: anomalyType[found.problem], text: spanishText(of, found) }
  return {
    kind: of === 'record' ? 'records_anomaly' : 'events_anomaly',
    summary: `Anomaly found: ${where}`,
    detail: anomalyDetail(found, where),
    own:
      of === 'record'
        ? { kind: 'recordsAnomaly', ...own, record: found.ref }
        : { kind: 'eventsAnomaly', ...own, event: found.ref }
  }
}

/** What the event list words by key: the problem and which record or event (`where` for older readers). */
function anomalyDetail(found: Finding, where: string): Record<string, unknown> {
  return {
    where,
    anomaly: anomalyType[found.problem],
    problem: found.problem,
    position: found.position,
    name: found.name,
    ...(found.eventType === undefined ? {} : { eventType: found.eventType })
  }
}
