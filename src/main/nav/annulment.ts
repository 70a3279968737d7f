/** NAV's InvoiceAnnulment document (invoiceAnnulment.xsd): the technical annulment of a reported invoice. */
import { leaf, xmlDocument } from './xml'

export const NS_ANNUL = 'http://schemas.nav.gov.hu/OSA/3.0/annul'

export interface NavAnnulment {
  number: string
  /** UTC, e.g. 2026-03-02T09:30:00.000Z. */
  timestamp: string
  code:
    'ERRATIC_DATA' | 'ERRATIC_INVOICE_NUMBER' | 'ERRATIC_INVOICE_ISSUE_DATE' | 'ERRATIC_ELECTRONIC_HASH_VALUE'
  reason: string
}

export function buildAnnulment(a: NavAnnulment): string {
  return xmlDocument(
    'InvoiceAnnulment',
    [
      leaf('annulmentReference', a.number),
      leaf('annulmentTimestamp', a.timestamp),
      leaf('annulmentCode', a.code),
      leaf('annulmentReason', a.reason.trim().slice(0, 1024))
    ],
    { xmlns: NS_ANNUL }
  )
}
