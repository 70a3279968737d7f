/**
 * The event record after the AEAT schema (EventosSIF.xsd, RegistroEvento). Written as canonical
 * XML text (no declaration, namespaces on the root, no empty-element tags, C14N escaping), so the
 * stored text is the exact input of the signature an export adds and its hash fields are the
 * strings that were hashed. The signature (ds:Signature, required by the schema) is added by
 * event-signature.ts when the log is exported.
 */
import type { InvoiceId, SystemId } from './xml'
import { fit, systemFields } from './xml'

export const NS_EVENTS =
  'https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/EventosSIF.xsd'

/** Canonical XML (C14N) escaping of text content. */
export const c14nText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;')

type Node = string | null | undefined | false | Node[]

const flat = (nodes: Node[]): string =>
  nodes.map((n) => (Array.isArray(n) ? flat(n) : typeof n === 'string' ? n : '')).join('')
const leaf = (name: string, value: string | null | undefined): Node =>
  value === null || value === undefined ? null : `<sf:${name}>${c14nText(value)}</sf:${name}>`
const group = (name: string, ...children: Node[]): string => `<sf:${name}>${flat(children)}</sf:${name}>`

/**
 * TipoAnomalia (EventosSIF.xsd): the ones this system can find — 01 hash, 04 a missing earlier
 * record, 08 the previous-hash field, 11 generated before the previous record, 13 generated after
 * the system's present time.
 */
export type AnomalyType = '01' | '04' | '05' | '07' | '08' | '10' | '11' | '13' | '90'

/** One event of the chain as the next one cites it (EventoAnterior, RegEventoType). */
export interface EventRef {
  type: string
  generatedAt: string
  hash: string
}

/** As the event log's rows keep it. */
export const eventRefOf = (row: { eventType: string; generatedAt: string; hash: string }): EventRef => ({
  type: row.eventType,
  generatedAt: row.generatedAt,
  hash: row.hash
})

export interface RecordRef extends InvoiceId {
  hash: string
}

/** DatosPropiosEvento: what the AEAT asks each kind of event to carry. */
export type OwnData =
  | { kind: 'recordsCheck'; records: number }
  | { kind: 'recordsAnomaly'; anomaly: AnomalyType; text: string; record: InvoiceId | null }
  | { kind: 'eventsCheck'; events: number }
  | { kind: 'eventsAnomaly'; anomaly: AnomalyType; text: string; event: EventRef | null }
  | {
      kind: 'recordsExport'
      from: string
      to: string
      first: RecordRef
      last: RecordRef
      altas: number
      cuotaTotal: string
      importeTotal: string
      anulaciones: number
    }
  | { kind: 'eventsExport'; from: string; to: string; first: EventRef; last: EventRef; events: number }

export interface EventData {
  system: SystemId
  obligado: { name: string; nif: string }
  generatedAt: string
  type: string
  own: OwnData | null
  /** OtrosDatosEvento: a short description in Spanish (at most 100 characters). */
  other: string | null
  previous: EventRef | null
  hash: string
}

const recordId = (name: string, r: InvoiceId, hash?: string): string =>
  group(
    name,
    leaf('IDEmisorFactura', r.nif),
    leaf('NumSerieFactura', r.number),
    leaf('FechaExpedicionFactura', r.date),
    hash === undefined ? null : leaf('Huella', hash)
  )

const eventRef = (name: string, e: EventRef, timeField: string): string =>
  group(name, leaf('TipoEvento', e.type), leaf(timeField, e.generatedAt), leaf('HuellaEvento', e.hash))

const yesWith = (done: string, count: string, n: number): Node[] => [leaf(done, 'S'), leaf(count, String(n))]

function ownXml(own: OwnData): string {
  switch (own.kind) {
    case 'recordsCheck':
      return group(
        'LanzamientoProcesoDeteccionAnomaliasRegFacturacion',
        yesWith(
          'RealizadoProcesoSobreIntegridadHuellasRegFacturacion',
          'NumeroDeRegistrosFacturacionProcesadosSobreIntegridadHuellas',
          own.records
        ),
        // The records are not signed (VERI*FACTU records are sent, not signed); their dates are compared.
        leaf('RealizadoProcesoSobreIntegridadFirmasRegFacturacion', 'N'),
        yesWith(
          'RealizadoProcesoSobreTrazabilidadCadenaRegFacturacion',
          'NumeroDeRegistrosFacturacionProcesadosSobreTrazabilidadCadena',
          own.records
        ),
        yesWith(
          'RealizadoProcesoSobreTrazabilidadFechasRegFacturacion',
          'NumeroDeRegistrosFacturacionProcesadosSobreTrazabilidadFechas',
          own.records
        )
      )
    case 'eventsCheck':
      return group(
        'LanzamientoProcesoDeteccionAnomaliasRegEvento',
        yesWith(
          'RealizadoProcesoSobreIntegridadHuellasRegEvento',
          'NumeroDeRegistrosEventoProcesadosSobreIntegridadHuellas',
          own.events
        ),
        leaf('RealizadoProcesoSobreIntegridadFirmasRegEvento', 'N'),
        yesWith(
          'RealizadoProcesoSobreTrazabilidadCadenaRegEvento',
          'NumeroDeRegistrosEventoProcesadosSobreTrazabilidadCadena',
          own.events
        ),
        yesWith(
          'RealizadoProcesoSobreTrazabilidadFechasRegEvento',
          'NumeroDeRegistrosEventoProcesadosSobreTrazabilidadFechas',
          own.events
        )
      )
    case 'recordsAnomaly':
      return group(
        'DeteccionAnomaliasRegFacturacion',
        leaf('TipoAnomalia', own.anomaly),
        leaf('OtrosDatosAnomalia', fit(own.text, 100)),
        own.record && recordId('RegistroFacturacionAnomalo', own.record)
      )
    case 'eventsAnomaly':
      return group(
        'DeteccionAnomaliasRegEvento',
        leaf('TipoAnomalia', own.anomaly),
        leaf('OtrosDatosAnomalia', fit(own.text, 100)),
        own.event && eventRef('RegEventoAnomalo', own.event, 'FechaHoraHusoEvento')
      )
    case 'recordsExport':
      return group(
        'ExportacionRegFacturacionPeriodo',
        leaf('FechaHoraHusoInicioPeriodoExport', own.from),
        leaf('FechaHoraHusoFinPeriodoExport', own.to),
        recordId('RegistroFacturacionInicialPeriodo', own.first, own.first.hash),
        recordId('RegistroFacturacionFinalPeriodo', own.last, own.last.hash),
        leaf('NumeroDeRegistrosFacturacionAltaExportados', String(own.altas)),
        leaf('SumaCuotaTotalAlta', own.cuotaTotal),
        leaf('SumaImporteTotalAlta', own.importeTotal),
        leaf('NumeroDeRegistrosFacturacionAnulacionExportados', String(own.anulaciones)),
        // Exporting is not deleting: every record stays in the store.
        leaf('RegistrosFacturacionExportadosDejanDeConservarse', 'N')
      )
    case 'eventsExport':
      return group(
        'ExportacionRegEventoPeriodo',
        leaf('FechaHoraHusoInicioPeriodoExport', own.from),
        leaf('FechaHoraHusoFinPeriodoExport', own.to),
        eventRef('RegistroEventoInicialPeriodo', own.first, 'FechaHoraHusoEvento'),
        eventRef('RegistroEventoFinalPeriodo', own.last, 'FechaHoraHusoEvento'),
        leaf('NumeroDeRegEventoExportados', String(own.events)),
        leaf('RegEventoExportadosDejanDeConservarse', 'N')
      )
  }
}

/** The RegistroEvento, unsigned: `signature` (a ds:Signature element) goes last inside Evento. */
export function eventXml(e: EventData, signature = ''): string {
  return `<sf:RegistroEvento xmlns:sf="${NS_EVENTS}">${flat([
    leaf('IDVersion', '1.0'),
    `<sf:Evento>`,
    group('SistemaInformatico', ...systemFields(e.system).map(([name, value]) => leaf(name, value))),
    group('ObligadoEmision', leaf('NombreRazon', fit(e.obligado.name, 120)), leaf('NIF', e.obligado.nif)),
    leaf('FechaHoraHusoGenEvento', e.generatedAt),
    leaf('TipoEvento', e.type),
    e.own && group('DatosPropiosEvento', ownXml(e.own)),
    e.other === null ? null : leaf('OtrosDatosEvento', fit(e.other, 100)),
    group(
      'Encadenamiento',
      e.previous === null
        ? leaf('PrimerEvento', 'S')
        : eventRef('EventoAnterior', e.previous, 'FechaHoraHusoGenEvento')
    ),
    leaf('TipoHuella', '01'),
    leaf('HuellaEvento', e.hash),
    signature,
    `</sf:Evento>`
  ])}</sf:RegistroEvento>`
}
