/**
 * Labels printed on documents, in the document's language (frozen at issue). A plain table
 * keyed by label: add a language by adding a column (ca, hu, ru come with the languages work).
 * `{name}` marks a value filled in at print time.
 */

export const documentLabels = {
  estimate: { en: 'Estimate', es: 'Presupuesto' },
  order: { en: 'Order confirmation', es: 'Confirmación de pedido' },
  invoice: { en: 'Invoice', es: 'Factura' },
  credit_note: { en: 'Credit note', es: 'Factura rectificativa (abono)' },
  debit_note: { en: 'Debit note', es: 'Nota de cargo' },
  deliveryNote: { en: 'Delivery note', es: 'Albarán' },
  draftSuffix: { en: '{title} (draft)', es: '{title} (borrador)' },
  draftNumber: { en: 'Draft — not valid as a document', es: 'Borrador — sin validez como documento' },
  date: { en: 'Date', es: 'Fecha' },
  notIssued: { en: 'not issued yet', es: 'aún no emitido' },
  validUntil: { en: 'Valid until', es: 'Válido hasta' },
  promisedDelivery: { en: 'Promised delivery', es: 'Entrega prevista' },
  dueDate: { en: 'Due date', es: 'Vencimiento' },
  supplyDate: { en: 'Date of supply', es: 'Fecha de la operación' },
  supplyPeriod: { en: 'Period of supply', es: 'Periodo de la operación' },
  customerNo: { en: 'Customer no.', es: 'N.º de cliente' },
  ourOrder: { en: 'Our order', es: 'Nuestro pedido' },
  ourEstimate: { en: 'Our estimate', es: 'Nuestro presupuesto' },
  yourReference: { en: 'Your reference', es: 'Su referencia' },
  yourOrder: { en: 'Your order', es: 'Su pedido' },
  correctsInvoice: { en: 'Corrects invoice', es: 'Rectifica la factura' },
  correctedInvoiceDate: { en: 'Invoice date', es: 'Fecha de la factura' },
  replaces: { en: 'Replaces', es: 'Sustituye a' },
  yourContact: { en: 'Your contact', es: 'Su contacto' },
  payment: { en: 'Payment', es: 'Forma de pago' },
  bank_transfer: { en: 'Bank transfer', es: 'Transferencia bancaria' },
  card: { en: 'Card', es: 'Tarjeta' },
  direct_debit: { en: 'Direct debit', es: 'Domiciliación bancaria' },
  preparedFor: { en: 'Prepared for', es: 'Preparado para' },
  billTo: { en: 'Bill to', es: 'Facturar a' },
  deliverTo: { en: 'Deliver to', es: 'Entregar en' },
  from: { en: 'From', es: 'Emisor' },
  taxId: { en: 'Tax id: {id}', es: 'NIF: {id}' },
  vatId: { en: 'VAT id: {id}', es: 'NIF-IVA: {id}' },
  description: { en: 'Description', es: 'Descripción' },
  qty: { en: 'Qty', es: 'Cant.' },
  unit: { en: 'Unit', es: 'Ud.' },
  unitPrice: { en: 'Unit price', es: 'Precio' },
  discount: { en: 'Disc.', es: 'Dto.' },
  vat: { en: 'VAT', es: 'IVA' },
  net: { en: 'Net', es: 'Importe' },
  ordered: { en: 'Ordered', es: 'Pedido' },
  delivered: { en: 'Delivered', es: 'Entregado' },
  deliveryDate: { en: 'Delivery date', es: 'Fecha de entrega' },
  orderDate: { en: 'Order date', es: 'Fecha del pedido' },
  lineDelivery: { en: 'Delivery: {date}', es: 'Entrega: {date}' },
  perBase: { en: 'per {quantity}', es: 'por {quantity}' },
  grossPrice: { en: 'List price {price} less {discount}', es: 'Precio de lista {price} menos {discount}' },
  lineAllowance: { en: 'Allowance {amount}', es: 'Descuento {amount}' },
  lineCharge: { en: 'Charge {amount}', es: 'Recargo {amount}' },
  lineNetTotal: { en: 'Sum of lines ({currency})', es: 'Suma de líneas ({currency})' },
  allowance: { en: 'Less: {reason}', es: 'Descuento: {reason}' },
  charge: { en: 'Plus: {reason}', es: 'Recargo: {reason}' },
  netTotal: { en: 'Net ({currency})', es: 'Base imponible ({currency})' },
  vatRow: { en: 'VAT {category} {rate} on {base}', es: 'IVA {category} {rate} sobre {base}' },
  total: { en: 'Total ({currency})', es: 'Total ({currency})' },
  prepaid: { en: 'Paid in advance', es: 'Anticipos' },
  rounding: { en: 'Rounding', es: 'Redondeo' },
  amountDue: { en: 'Amount due ({currency})', es: 'Importe a pagar ({currency})' },
  paidToDate: { en: 'Paid to date', es: 'Pagado hasta la fecha' },
  balanceDue: { en: 'Balance due ({currency})', es: 'Saldo pendiente ({currency})' },
  reason: { en: 'Reason', es: 'Motivo' },
  notes: { en: 'Notes', es: 'Observaciones' },
  terms: { en: 'Terms', es: 'Condiciones' },
  note: { en: 'Note', es: 'Nota' },
  vatNotes: { en: 'VAT', es: 'IVA' },
  paymentDetails: { en: 'Payment details', es: 'Datos de pago' },
  iban: { en: 'IBAN: {iban}', es: 'IBAN: {iban}' },
  bic: { en: 'BIC: {bic}', es: 'BIC: {bic}' },
  quoteReference: { en: 'Reference to quote: {reference}', es: 'Indique la referencia: {reference}' },
  page: { en: 'Page {page} of {pages}', es: 'Página {page} de {pages}' },
  // VAT categories and the wording the law asks for under the breakdown.
  vatCategoryS: { en: 'Standard rate', es: 'Tipo general' },
  vatCategoryZ: { en: 'Zero rated', es: 'Tipo cero' },
  vatCategoryE: { en: 'Exempt from VAT', es: 'Exento de IVA' },
  vatCategoryAE: {
    en: 'Reverse charge: VAT to be accounted for by the customer (Art. 196 Directive 2006/112/EC)',
    es: 'Inversión del sujeto pasivo: el IVA lo declara el destinatario (art. 196 Directiva 2006/112/CE; art. 84 LIVA)'
  },
  vatCategoryK: {
    en: 'Intra-community supply exempt from VAT (Art. 138 Directive 2006/112/EC)',
    es: 'Entrega intracomunitaria exenta de IVA (art. 138 Directiva 2006/112/CE; art. 25 LIVA)'
  },
  vatCategoryG: {
    en: 'Export outside the EU exempt from VAT (Art. 146 Directive 2006/112/EC)',
    es: 'Exportación exenta de IVA (art. 146 Directiva 2006/112/CE; art. 21 LIVA)'
  },
  vatCategoryO: { en: 'Not subject to VAT', es: 'Operación no sujeta a IVA' },
  exemptionReason: { en: 'Exemption: {text}', es: 'Exención: {text}' },
  // Day sheet and letters that go with documents.
  openInvoices: { en: 'Open invoices', es: 'Facturas pendientes' }
} as const satisfies Record<string, { en: string; es: string }>

export type DocumentLabel = keyof typeof documentLabels
export const DOCUMENT_LANGUAGES = ['en', 'es'] as const
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number]

/** The document language for a print locale ("es-ES" -> "es"); English when there is no table for it. */
export function documentLanguageFor(locale: string): DocumentLanguage {
  const language = locale.slice(0, 2).toLowerCase()
  return (DOCUMENT_LANGUAGES as readonly string[]).includes(language) ? (language as DocumentLanguage) : 'en'
}

/** A label in the language, with its {placeholders} filled in. */
export function label(
  language: string,
  key: DocumentLabel,
  values: Record<string, string | number> = {}
): string {
  const row = documentLabels[key] as Record<string, string>
  const text = row[language] ?? row.en
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}
