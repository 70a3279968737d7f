/**
 * The Huella (AEAT, "Detalle de las especificaciones técnicas para generación de la huella o
 * hash de los registros de facturación" v0.1.2): SHA-256 over `name=value&…` of the prescribed
 * fields in the prescribed order, values trimmed and not URL-encoded, an absent value written as
 * `name=`, UTF-8, uppercase hex. Amounts are hashed exactly as written in the XML.
 */
import { createHash } from 'node:crypto'

export interface AltaHashFields {
  IDEmisorFactura: string
  NumSerieFactura: string
  FechaExpedicionFactura: string
  TipoFactura: string
  CuotaTotal: string
  ImporteTotal: string
  FechaHoraHusoGenRegistro: string
}

export interface AnulacionHashFields {
  IDEmisorFacturaAnulada: string
  NumSerieFacturaAnulada: string
  FechaExpedicionFacturaAnulada: string
  FechaHoraHusoGenRegistro: string
}

export interface EventHashFields {
  /** SistemaInformatico NIF (the producer), its system id, version and installation number. */
  ProducerNIF: string
  ID: string
  IdSistemaInformatico: string
  Version: string
  NumeroInstalacion: string
  /** ObligadoEmision NIF. */
  NIF: string
  TipoEvento: string
  FechaHoraHusoGenEvento: string
}

const joined = (pairs: Array<[string, string]>) =>
  pairs.map(([name, value]) => `${name}=${value.trim()}`).join('&')

export function altaHashInput(f: AltaHashFields, previousHash: string): string {
  return joined([
    ['IDEmisorFactura', f.IDEmisorFactura],
    ['NumSerieFactura', f.NumSerieFactura],
    ['FechaExpedicionFactura', f.FechaExpedicionFactura],
    ['TipoFactura', f.TipoFactura],
    ['CuotaTotal', f.CuotaTotal],
    ['ImporteTotal', f.ImporteTotal],
    ['Huella', previousHash],
    ['FechaHoraHusoGenRegistro', f.FechaHoraHusoGenRegistro]
  ])
}

export function anulacionHashInput(f: AnulacionHashFields, previousHash: string): string {
  return joined([
    ['IDEmisorFacturaAnulada', f.IDEmisorFacturaAnulada],
    ['NumSerieFacturaAnulada', f.NumSerieFacturaAnulada],
    ['FechaExpedicionFacturaAnulada', f.FechaExpedicionFacturaAnulada],
    ['Huella', previousHash],
    ['FechaHoraHusoGenRegistro', f.FechaHoraHusoGenRegistro]
  ])
}

/** RegistroEvento's field list (no worked example exists; the names are the spec's). */
export function eventHashInput(f: EventHashFields, previousHash: string): string {
  return joined([
    ['NIF', f.ProducerNIF],
    ['ID', f.ID],
    ['IdSistemaInformatico', f.IdSistemaInformatico],
    ['Version', f.Version],
    ['NumeroInstalacion', f.NumeroInstalacion],
    ['NIF', f.NIF],
    ['TipoEvento', f.TipoEvento],
    ['HuellaEvento', previousHash],
    ['FechaHoraHusoGenEvento', f.FechaHoraHusoGenEvento]
  ])
}

export const huella = (input: string): string =>
  createHash('sha256').update(input, 'utf8').digest('hex').toUpperCase()
