/**
 * PDFs of sales documents (estimate, order confirmation, invoice, credit note, debit note)
 * and delivery notes, from the stored document and the company profile in the settings.
 * `renderDocumentPdf` is also what the bench times.
 */
import type { FileResult } from '../../shared/schemas/common'
import type { DocumentType, SalesDocument } from '../../shared/schemas/documents'
import type { Settings } from '../../shared/schemas/settings'
import type { Address } from '../../shared/schemas/customers'
import type { Executor, ServiceContext } from '../context'
import { today } from '../documents/common'
import { loadDocument } from '../documents/load'
import { loadDelivery } from '../documents/orders'
import { readSettings } from '../settings/service'
import { printFormat, type PrintFormat } from './format'
import { renderPdf, type PdfExtras, type PrintModel, type TableColumn } from './layout'
import { verifactuPrintQr } from '../verifactu/qr-pdf'

export type Paper = 'A4' | 'Letter'

export const PDF_MIME = 'application/pdf'

const titles: Record<DocumentType, string> = {
  estimate: 'Estimate',
  order: 'Order confirmation',
  invoice: 'Invoice',
  credit_note: 'Credit note',
  debit_note: 'Debit note'
}

const paymentMethodLabels = {
  bank_transfer: 'Bank transfer',
  card: 'Card',
  direct_debit: 'Direct debit'
} as const

export function addressLines(address: Address): string[] {
  return [
    address.line1,
    address.line2,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    [address.region, address.country].filter(Boolean).join(', ')
  ].filter((line): line is string => !!line && line.trim() !== '')
}

/** Usable width: A4 595 pt, Letter 612 pt, minus 2 × 50 pt margins. */
const tableWidth = (paper: Paper) => (paper === 'A4' ? 495 : 512)

function priceColumns(paper: Paper): TableColumn[] {
  const fixed: TableColumn[] = [
    { header: 'Qty', width: 48, align: 'right' },
    { header: 'Unit', width: 36, align: 'left' },
    { header: 'Unit price', width: 66, align: 'right' },
    { header: 'Disc.', width: 40, align: 'right' },
    { header: 'VAT', width: 38, align: 'right' },
    { header: 'Net', width: 74, align: 'right' }
  ]
  const used = fixed.reduce((sum, c) => sum + c.width, 0)
  return [{ header: 'Description', width: tableWidth(paper) - used, align: 'left' }, ...fixed]
}

function metaOf(doc: SalesDocument, f: PrintFormat): Array<[string, string]> {
  const meta: Array<[string, string]> = [['Date', f.date(doc.issueDate) || 'not issued yet']]
  if (doc.type === 'estimate' && doc.validUntil) meta.push(['Valid until', f.date(doc.validUntil)])
  if (doc.type === 'order' && doc.promisedDate) meta.push(['Promised delivery', f.date(doc.promisedDate)])
  if ((doc.type === 'invoice' || doc.type === 'debit_note') && doc.dueDate)
    meta.push(['Due date', f.date(doc.dueDate)])
  meta.push(['Customer no.', doc.customer.code])
  if (doc.source?.number)
    meta.push([doc.source.type === 'order' ? 'Our order' : 'Our estimate', doc.source.number])
  if (doc.corrects?.number) meta.push(['Corrects invoice', doc.corrects.number])
  if (doc.replaces?.number) meta.push(['Replaces', doc.replaces.number])
  if (doc.executiveName) meta.push(['Your contact', doc.executiveName])
  if (doc.type === 'invoice' || doc.type === 'debit_note')
    meta.push(['Payment', paymentMethodLabels[doc.paymentMethod]])
  return meta
}

export function documentPrintModel(doc: SalesDocument, settings: Settings, paper: Paper): PrintModel {
  const f = printFormat(settings.documents.printLocale)
  const currency = doc.currency
  const money = (minor: number) => f.money(minor, currency)
  const rate = doc.exchangeRate
  const totals: PrintModel['totals'] = {
    rows: [
      { label: `Net (${currency})`, value: money(doc.netCents) },
      ...doc.vatBreakdown.map((row) => ({
        label: `VAT ${f.percent(row.vatRateBp)} on ${money(row.netCents)}`,
        value: money(row.vatCents)
      })),
      { label: `Total (${currency})`, value: money(doc.totalCents), bold: true },
      // VAT Directive art. 230 / EN 16931 BT-111: the VAT total also in the accounting currency.
      ...(rate
        ? [
            {
              label: `Rate ${f.date(rate.rateDate)} (${currency} per ${rate.accountingCurrency})`,
              value: rate.rate
            },
            {
              label: `VAT (${rate.accountingCurrency})`,
              value: f.money(rate.vatInAccountingCents, rate.accountingCurrency)
            }
          ]
        : [])
    ]
  }
  const payable = doc.type === 'invoice' || doc.type === 'debit_note'
  return {
    paper,
    title: doc.number ? titles[doc.type] : `${titles[doc.type]} (draft)`,
    number: doc.number ?? 'Draft — not valid as a document',
    company: settings.company,
    addressee: {
      heading: doc.type === 'estimate' ? 'Prepared for' : 'Bill to',
      lines: [
        doc.customer.name,
        ...addressLines(doc.customer.billingAddress),
        ...(doc.customer.taxId ? [`Tax id: ${doc.customer.taxId}`] : [])
      ]
    },
    meta: metaOf(doc, f),
    columns: priceColumns(paper),
    rows: doc.lines.map((l) => [
      l.description + (doc.type === 'order' && l.promisedDate ? `\nDelivery: ${f.date(l.promisedDate)}` : ''),
      f.quantity(l.quantityMilli),
      l.unit,
      money(l.unitPriceCents),
      l.discountBp ? f.percent(l.discountBp) : '',
      f.percent(l.vatRateBp),
      money(l.netCents)
    ]),
    totals,
    sections: [
      { heading: 'Reason', text: doc.reason },
      { heading: 'Payment', text: payable ? doc.paymentInstructions : '' },
      { heading: 'Notes', text: doc.notes },
      { heading: 'Terms', text: doc.terms }
    ],
    footer: settings.company.documentFooter
  }
}

/** The PDF of one document as bytes (used by the API, the CLI and the bench). */
export async function renderDocumentPdf(
  db: Executor,
  id: number,
  options: { paper?: Paper; today: string; extras?: PdfExtras }
): Promise<{ doc: SalesDocument; bytes: Buffer }> {
  const settings = await readSettings(db)
  const doc = await loadDocument(db, id, options.today)
  const bytes = await renderPdf(
    {
      ...documentPrintModel(doc, settings, options.paper ?? settings.documents.paperSize),
      fiscalQr: await verifactuPrintQr(db, id)
    },
    options.extras
  )
  return { doc, bytes }
}

export function pdfFileName(doc: Pick<SalesDocument, 'type' | 'number' | 'id'>): string {
  return `${doc.number ?? `${doc.type.replace('_', '-')}-draft-${doc.id}`}.pdf`
}

export async function documentPdf(ctx: ServiceContext, id: number, paper?: Paper): Promise<FileResult> {
  const { doc, bytes } = await renderDocumentPdf(ctx.db, id, { paper, today: today(ctx) })
  return { kind: 'file', fileName: pdfFileName(doc), mimeType: PDF_MIME, bytes: new Uint8Array(bytes) }
}

export async function deliveryNotePdf(
  ctx: ServiceContext,
  deliveryId: number,
  paper?: Paper
): Promise<FileResult> {
  const settings = await readSettings(ctx.db)
  const { delivery, order } = await loadDelivery(ctx.db, deliveryId)
  const orderDoc = await loadDocument(ctx.db, order.id, today(ctx))
  const customer = await ctx.db
    .selectFrom('customers')
    .selectAll()
    .where('id', '=', order.customerId)
    .executeTakeFirst()
  const f = printFormat(settings.documents.printLocale)
  const size = paper ?? settings.documents.paperSize
  const number = `${order.number}/${delivery.sequence}`
  const shipTo: Address = customer
    ? {
        line1: customer.deliveryLine1,
        line2: customer.deliveryLine2,
        postalCode: customer.deliveryPostalCode,
        city: customer.deliveryCity,
        region: customer.deliveryRegion,
        country: customer.deliveryCountry
      }
    : orderDoc.customer.billingAddress
  const ordered = new Map(orderDoc.lines.map((l) => [l.id, l]))
  const model: PrintModel = {
    paper: size,
    title: 'Delivery note',
    number,
    company: settings.company,
    addressee: { heading: 'Deliver to', lines: [orderDoc.customer.name, ...addressLines(shipTo)] },
    meta: [
      ['Delivery date', f.date(delivery.deliveryDate)],
      ['Our order', order.number ?? ''],
      ['Order date', f.date(order.issueDate)],
      ['Customer no.', order.customerCode]
    ],
    columns: [
      { header: 'Description', width: tableWidth(size) - 210, align: 'left' },
      { header: 'Unit', width: 50, align: 'left' },
      { header: 'Ordered', width: 80, align: 'right' },
      { header: 'Delivered', width: 80, align: 'right' }
    ],
    rows: delivery.lines.map((l) => [
      l.description,
      l.unit,
      f.quantity(ordered.get(l.orderLineId)?.quantityMilli ?? 0),
      f.quantity(l.quantityMilli)
    ]),
    totals: null,
    sections: [{ heading: 'Note', text: delivery.note }],
    footer: settings.company.documentFooter
  }
  const bytes = await renderPdf(model)
  return {
    kind: 'file',
    fileName: `delivery-${number.replace('/', '-')}.pdf`,
    mimeType: PDF_MIME,
    bytes: new Uint8Array(bytes)
  }
}
