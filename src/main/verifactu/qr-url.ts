/**
 * The AEAT check URL printed in the invoice's QR code (AEAT "Detalle de las especificaciones
 * técnicas del código QR" v0.4.7): exactly nif, numserie, fecha, importe, each encoded like
 * java.net.URLEncoder.encode(value, "UTF-8") — which URLSearchParams reproduces (space → "+",
 * "~" → "%7E"); encodeURIComponent would not.
 */
import type { VerifactuEnvironment } from '../../shared/schemas/verifactu'

export const QR_BASE: Record<VerifactuEnvironment, string> = {
  test: 'https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR',
  production: 'https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR'
}

export interface QrFields {
  nif: string
  numserie: string
  /** DD-MM-YYYY */
  fecha: string
  /** ImporteTotal as written in the record. */
  importe: string
}

export function verifactuQrUrl(fields: QrFields, environment: VerifactuEnvironment): string {
  const query = new URLSearchParams([
    ['nif', fields.nif],
    ['numserie', fields.numserie],
    ['fecha', fields.fecha],
    ['importe', fields.importe]
  ]).toString()
  return `${QR_BASE[environment]}?${query}`
}
