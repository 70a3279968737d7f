/**
 * The record XML after the AEAT schemas (SuministroInformacion.xsd, SuministroLR.xsd), written
 * as text so every amount is exactly the string that was hashed. A record is stored as a bare
 * sum1:RegistroAlta / sum1:RegistroAnulacion (valid on its own); a send wraps records in
 * RegFactuSistemaFacturacion inside a SOAP 1.1 envelope.
 */

export const NS_SF =
  'https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroInformacion.xsd'
export const NS_LR =
  'https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroLR.xsd'
export const NS_SOAP = 'http://schemas.xmlsoap.org/soap/envelope/'

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Cuts to the schema's maximum length (in characters) and drops characters XML 1.0 cannot carry. */
export function fit(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- these control characters are not allowed in XML 1.0
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ').trim()
  return Array.from(clean).slice(0, max).join('').trim()
}

type Node = string | null | false | undefined | Node[]

/** <sum1:name>text</sum1:name>; null/undefined skip the element. */
const leaf = (name: string, value: string | null | undefined): Node =>
  value === null || value === undefined ? null : `<sum1:${name}>${escapeXml(value)}</sum1:${name}>`
const group = (name: string, ...children: Node[]): string => `<sum1:${name}>${flat(children)}</sum1:${name}>`
const flat = (nodes: Node[]): string =>
  nodes
    .map((n) => (Array.isArray(n) ? flat(n) : n === null || n === false || n === undefined ? '' : n))
    .join('')

export interface InvoiceId {
  nif: string
  number: string
  /** DD-MM-YYYY */
  date: string
}

/** The columns of a stored record that name its invoice. */
export interface RecordIdColumns {
  issuerNif: string
  invoiceNumber: string
  invoiceDate: string
}

/** The invoice a stored record is about, as the records name it. */
export const recordInvoiceId = (row: RecordIdColumns): InvoiceId => ({
  nif: row.issuerNif,
  number: row.invoiceNumber,
  date: row.invoiceDate
})

/** A stored record as the next record or an export's event cites it: its invoice's id and its Huella. */
export const recordRefOf = (row: RecordIdColumns & { hash: string }): InvoiceId & { hash: string } => ({
  ...recordInvoiceId(row),
  hash: row.hash
})

export type Recipient =
  | { name: string; nif: string }
  | { name: string; country: string; idType: '02' | '03' | '04' | '05' | '06' | '07'; id: string }

export interface BreakdownRow {
  /** ClaveRegimen: 01 general, 02 export, 17 OSS distance sale. */
  regime: string
  /** CalificacionOperacion S1/S2/N1/N2, or OperacionExenta E1–E6 (one of the two). */
  qualification: string | null
  exemption: string | null
  /** TipoImpositivo ("21", "10.5"), only for S1/S2. */
  rate: string | null
  base: string
  /** CuotaRepercutida, only for S1/S2. */
  cuota: string | null
}

export interface SystemId {
  producerName: string
  producerNif: string
  softwareName: string
  softwareId: string
  version: string
  installationNumber: string
}

/**
 * What ends every record, an alta or an anulación: its link to the issuer's previous record, the
 * system that made it, when, and its own Huella.
 */
export interface RecordSeal {
  previous: (InvoiceId & { hash: string }) | null
  system: SystemId
  generatedAt: string
  hash: string
}

export interface AltaData extends RecordSeal {
  id: InvoiceId
  issuerName: string
  subsanacion: boolean
  rechazoPrevio: 'S' | 'X' | null
  invoiceType: string
  rectification: {
    kind: 'I' | 'S'
    corrected: InvoiceId[]
    /** By substitution: the corrected invoice's base and tax (ImporteRectificacion). */
    base: string | null
    cuota: string | null
  } | null
  operationDate: string | null
  description: string
  recipient: Recipient | null
  breakdown: BreakdownRow[]
  cuotaTotal: string
  importeTotal: string
}

export interface AnulacionData extends RecordSeal {
  id: InvoiceId
  rechazoPrevio: boolean
}

const invoiceId = (id: InvoiceId): Node[] => [
  leaf('IDEmisorFactura', id.nif),
  leaf('NumSerieFactura', id.number),
  leaf('FechaExpedicionFactura', id.date)
]

function chaining(previous: (InvoiceId & { hash: string }) | null): string {
  return group(
    'Encadenamiento',
    previous === null
      ? leaf('PrimerRegistro', 'S')
      : group('RegistroAnterior', ...invoiceId(previous), leaf('Huella', previous.hash))
  )
}

/**
 * The SistemaInformatico fields, in order, the same in a record and in an event (each writes them
 * with its own namespace prefix).
 */
export function systemFields(s: SystemId): Array<[name: string, value: string]> {
  return [
    ['NombreRazon', fit(s.producerName, 120)],
    ['NIF', s.producerNif],
    ['NombreSistemaInformatico', fit(s.softwareName, 30)],
    ['IdSistemaInformatico', fit(s.softwareId, 2)],
    ['Version', fit(s.version, 50)],
    ['NumeroInstalacion', fit(s.installationNumber, 100)],
    ['TipoUsoPosibleSoloVerifactu', 'N'],
    ['TipoUsoPosibleMultiOT', 'N'],
    ['IndicadorMultiplesOT', 'N']
  ]
}

function systemXml(s: SystemId): string {
  return group('SistemaInformatico', ...systemFields(s).map(([name, value]) => leaf(name, value)))
}

const sealXml = (s: RecordSeal): Node[] => [
  chaining(s.previous),
  systemXml(s.system),
  leaf('FechaHoraHusoGenRegistro', s.generatedAt),
  leaf('TipoHuella', '01'),
  leaf('Huella', s.hash)
]

function recipientXml(r: Recipient): string {
  return group(
    'IDDestinatario',
    leaf('NombreRazon', fit(r.name, 120)),
    'nif' in r
      ? leaf('NIF', r.nif)
      : group('IDOtro', leaf('CodigoPais', r.country), leaf('IDType', r.idType), leaf('ID', fit(r.id, 20)))
  )
}

function breakdownXml(rows: BreakdownRow[]): string {
  return group(
    'Desglose',
    rows.map((row) =>
      group(
        'DetalleDesglose',
        leaf('Impuesto', '01'),
        leaf('ClaveRegimen', row.regime),
        row.exemption === null
          ? leaf('CalificacionOperacion', row.qualification)
          : leaf('OperacionExenta', row.exemption),
        leaf('TipoImpositivo', row.rate),
        leaf('BaseImponibleOimporteNoSujeto', row.base),
        leaf('CuotaRepercutida', row.cuota)
      )
    )
  )
}

export function altaXml(a: AltaData): string {
  const r = a.rectification
  return `<sum1:RegistroAlta xmlns:sum1="${NS_SF}">${flat([
    leaf('IDVersion', '1.0'),
    group('IDFactura', ...invoiceId(a.id)),
    leaf('NombreRazonEmisor', fit(a.issuerName, 120)),
    a.subsanacion && leaf('Subsanacion', 'S'),
    a.rechazoPrevio !== null && leaf('RechazoPrevio', a.rechazoPrevio),
    leaf('TipoFactura', a.invoiceType),
    r && leaf('TipoRectificativa', r.kind),
    r &&
      r.corrected.length > 0 &&
      group(
        'FacturasRectificadas',
        r.corrected.map((c) => group('IDFacturaRectificada', ...invoiceId(c)))
      ),
    r &&
      r.kind === 'S' &&
      group(
        'ImporteRectificacion',
        leaf('BaseRectificada', r.base ?? '0.00'),
        leaf('CuotaRectificada', r.cuota ?? '0.00')
      ),
    leaf('FechaOperacion', a.operationDate),
    leaf('DescripcionOperacion', fit(a.description, 500) || 'Venta'),
    a.recipient && group('Destinatarios', recipientXml(a.recipient)),
    breakdownXml(a.breakdown),
    leaf('CuotaTotal', a.cuotaTotal),
    leaf('ImporteTotal', a.importeTotal),
    sealXml(a)
  ])}</sum1:RegistroAlta>`
}

export function anulacionXml(a: AnulacionData): string {
  return `<sum1:RegistroAnulacion xmlns:sum1="${NS_SF}">${flat([
    leaf('IDVersion', '1.0'),
    group(
      'IDFactura',
      leaf('IDEmisorFacturaAnulada', a.id.nif),
      leaf('NumSerieFacturaAnulada', a.id.number),
      leaf('FechaExpedicionFacturaAnulada', a.id.date)
    ),
    a.rechazoPrevio && leaf('RechazoPrevio', 'S'),
    sealXml(a)
  ])}</sum1:RegistroAnulacion>`
}

export interface Obligado {
  name: string
  nif: string
}

/** RegFactuSistemaFacturacion: the header and up to 1 000 stored record XMLs. */
export function registrationXml(obligado: Obligado, records: string[]): string {
  if (records.length > 1000) throw new RangeError('At most 1 000 records per request')
  return `<sum:RegFactuSistemaFacturacion xmlns:sum="${NS_LR}" xmlns:sum1="${NS_SF}"><sum:Cabecera>${group(
    'ObligadoEmision',
    leaf('NombreRazon', fit(obligado.name, 120)),
    leaf('NIF', obligado.nif)
  )}</sum:Cabecera>${records.map((r) => `<sum:RegistroFactura>${r}</sum:RegistroFactura>`).join('')}</sum:RegFactuSistemaFacturacion>`
}

export function soapEnvelope(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenv="${NS_SOAP}"><soapenv:Header/><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`
}
