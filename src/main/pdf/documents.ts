/**
 * PDFs of sales documents (estimate, order confirmation, invoice, credit note, debit note)
 * and delivery notes, from the stored document and the company profile in the settings.
 * `renderDocumentPdf` is also what the bench times.
 */
import type { RegionFormat } from '../../shared/region'
import { printRegion } from '../region/service'
import type { FileResult } from '../../shared/schemas/common'
import type { SalesDocument } from '../../shared/schemas/documents'
import { footerIn, type Settings } from '../../shared/schemas/settings'
import type { Address } from '../../shared/schemas/customers'
import type { Executor, ServiceContext } from '../context'
import { today } from '../documents/common'
import { documentRecord, loadDocument, withFrozenSeller } from '../documents/load'
import { loadDelivery } from '../documents/orders'
import { readSettings } from '../settings/service'
import { printFormat, type PrintFormat } from './format'
import { renderPdf, type PdfExtras, type PrintModel, type PrintSeller, type TableColumn } from './layout'
import { label, type DocumentLabel } from './strings'
import { customerPrintLanguage } from '../customers/language'
import { formatIban } from '../../shared/iban'
import { postalLines } from '../../shared/address-format'
import { addressOf } from '../customers/address-columns'
import { verifactuPrintQr } from '../verifactu/qr-pdf'
import { distanceSaleWording, draftDistanceSale, frozenDistanceSale } from '../documents/distance-sales'
import { isDefaultExemptionText } from '../documents/exemption-text'
import type { DistanceSaleRecord } from '../../shared/schemas/documents-api'

export type Paper = 'A4' | 'Letter'

export const PDF_MIME = 'application/pdf'

/** An address as it prints: in the order of its country (src/shared/address-format.ts). */
export function addressLines(address: Address): string[] {
  return postalLines(address)
}

/**
 * What a document prints with besides its own data: the seller, logo, language, locale and
 * paper. An issued document carries them frozen from its issue (or, issued before 0007, from
 * migration 0040) and never reads Settings; a draft takes them from the current settings.
 */
export interface PrintContext {
  seller: PrintSeller
  language: string
  locale: string
  paper: Paper
  /**
   * How a draft writes dates and numbers (Settings → Region, in the company's language); an issued
   * document keeps its frozen locale's own, so it prints the same forever.
   */
  region?: RegionFormat
  /** Paid so far on an invoice (payments less returns), for "paid to date" and "balance due". */
  paidCents: number | null
  /**
   * An OSS distance sale: the VAT of the consumer's country, with its wording. Frozen at issue; a
   * draft prints what issuing it on its date (or `today`) would decide.
   */
  distanceSale?: DistanceSaleRecord | null
}

export async function printContextOf(
  db: Executor,
  doc: SalesDocument,
  settings: Settings,
  paper?: Paper,
  today?: string
): Promise<PrintContext> {
  const frozen = await withFrozenSeller(db, await documentRecord(db, doc.id))
  const receivable =
    doc.type === 'invoice' || doc.type === 'debit_note'
      ? await db
          .selectFrom('receivables')
          .select('paidCents')
          .where('documentId', '=', doc.id)
          .executeTakeFirst()
      : undefined
  const paidCents = receivable ? receivable.paidCents : null
  if (doc.seller === null) {
    // A draft prints as it will be issued: in the customer's language.
    const print = await customerPrintLanguage(db, doc.customerId, settings)
    const draftDate = doc.status === 'draft' ? (doc.issueDate ?? today) : undefined
    return {
      seller: { ...settings.company, documentFooter: footerIn(settings.company, print.language) },
      language: print.language,
      locale: print.locale,
      paper: paper ?? settings.documents.paperSize,
      region: await printRegion(db, print.language, 'customer'),
      paidCents,
      distanceSale: draftDate ? await draftDistanceSale(db, doc.id, draftDate) : null
    }
  }
  const logo = frozen.sellerLogoSha256
    ? await db
        .selectFrom('documentLogos')
        .select('dataUrl')
        .where('sha256', '=', frozen.sellerLogoSha256)
        .executeTakeFirst()
    : undefined
  const s = doc.seller
  return {
    seller: {
      legalName: s.legalName,
      addressLine1: s.address.line1,
      addressLine2: s.address.line2,
      postalCode: s.address.postalCode,
      city: s.address.city,
      region: s.address.region,
      country: s.address.country,
      taxId: s.taxId,
      registration: s.registration,
      phone: s.phone,
      email: s.email,
      website: s.website,
      iban: s.iban,
      bic: s.bic,
      logoDataUrl: logo?.dataUrl ?? '',
      documentFooter: s.footer
    },
    language: frozen.documentLanguage ?? 'en',
    locale: frozen.printLocale ?? 'en-GB',
    // The paper it was issued on: a paper asked for (the API's, the CLI's) applies to drafts only.
    paper: frozen.paperSize === 'Letter' ? 'Letter' : 'A4',
    paidCents,
    distanceSale: await frozenDistanceSale(db, doc.id)
  }
}

/** Usable width: A4 595 pt, Letter 612 pt, minus 2 × 50 pt margins. */
const tableWidth = (paper: Paper) => (paper === 'A4' ? 495 : 512)

function priceColumns(paper: Paper, t: (key: DocumentLabel) => string): TableColumn[] {
  const fixed: TableColumn[] = [
    { header: t('qty'), width: 0, align: 'right' },
    { header: t('unit'), width: 0, align: 'left' },
    { header: t('unitPrice'), width: 0, align: 'right' },
    { header: t('discount'), width: 0, align: 'right' },
    { header: t('vat'), width: 0, align: 'right' },
    { header: t('net'), width: 0, align: 'right' }
  ]
  // Widths are sized to the content when drawn (amounts never wrap); the description takes the rest.
  return [{ header: t('description'), width: tableWidth(paper), align: 'left', flexible: true }, ...fixed]
}

function metaOf(doc: SalesDocument, f: PrintFormat, t: Translate): Array<[string, string]> {
  const meta: Array<[string, string]> = [[t('date'), f.date(doc.issueDate) || t('notIssued')]]
  if (doc.type === 'estimate' && doc.validUntil) meta.push([t('validUntil'), f.date(doc.validUntil)])
  if (doc.type === 'order' && doc.promisedDate) meta.push([t('promisedDelivery'), f.date(doc.promisedDate)])
  if ((doc.type === 'invoice' || doc.type === 'debit_note') && doc.dueDate)
    meta.push([t('dueDate'), f.date(doc.dueDate)])
  if (doc.supplyDate) meta.push([t('supplyDate'), f.date(doc.supplyDate)])
  if (doc.supplyPeriodStart && doc.supplyPeriodEnd)
    meta.push([t('supplyPeriod'), `${f.date(doc.supplyPeriodStart)} – ${f.date(doc.supplyPeriodEnd)}`])
  meta.push([t('customerNo'), doc.customer.code])
  if (doc.buyerReference) meta.push([t('yourReference'), doc.buyerReference])
  if (doc.orderReference) meta.push([t('yourOrder'), doc.orderReference])
  if (doc.source?.number)
    meta.push([doc.source.type === 'order' ? t('ourOrder') : t('ourEstimate'), doc.source.number])
  if (doc.corrects?.number) {
    meta.push([t('correctsInvoice'), doc.corrects.number])
    if (doc.corrects.issueDate) meta.push([t('correctedInvoiceDate'), f.date(doc.corrects.issueDate)])
  }
  if (doc.replaces?.number) meta.push([t('replaces'), doc.replaces.number])
  if (doc.type === 'invoice' || doc.type === 'debit_note') meta.push([t('payment'), t(doc.paymentMethod)])
  return meta
}

type Translate = (key: DocumentLabel, values?: Record<string, string | number>) => string

function lineText(
  doc: SalesDocument,
  l: SalesDocument['lines'][number],
  f: PrintFormat,
  t: Translate,
  currency: string
) {
  const extra: string[] = []
  if (doc.type === 'order' && l.promisedDate) extra.push(t('lineDelivery', { date: f.date(l.promisedDate) }))
  if (l.grossPriceTenThousandths !== null && l.grossPriceTenThousandths !== l.unitPriceTenThousandths)
    extra.push(
      t('grossPrice', {
        price: f.price(l.grossPriceTenThousandths, currency),
        discount: f.price(l.grossPriceTenThousandths - l.unitPriceTenThousandths, currency)
      })
    )
  if (l.allowanceCents > 0)
    extra.push(
      `${t('lineAllowance', { amount: f.money(l.allowanceCents, currency) })} ${l.allowanceReason}`.trim()
    )
  if (l.chargeCents > 0)
    extra.push(`${t('lineCharge', { amount: f.money(l.chargeCents, currency) })} ${l.chargeReason}`.trim())
  return [l.description, ...extra].join('\n')
}

/**
 * The VAT wording the law asks for under the breakdown: whose VAT a distance sale charges, then
 * one line per category (and exemption reason).
 */
function vatNotes(doc: SalesDocument, t: Translate, context: PrintContext): string {
  const notes: string[] = []
  if (context.distanceSale) notes.push(distanceSaleWording(context.distanceSale, context.language))
  const seen = new Set<string>()
  for (const l of doc.lines) {
    if (l.vatCategory === 'S') continue
    const key = `${l.vatCategory}|${l.vatExemptionCode ?? ''}|${l.vatExemptionText ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    // The wording written at issue as the line's reason is the category's own, printed already.
    const text = isDefaultExemptionText(l.vatCategory, l.vatExemptionText) ? null : l.vatExemptionText
    const reason = [l.vatExemptionCode, text].filter(Boolean).join(' ')
    notes.push(
      `${l.vatCategory}: ${t(`vatCategory${l.vatCategory}`)}${reason ? ` — ${t('exemptionReason', { text: reason })}` : ''}`
    )
  }
  return notes.join('\n')
}

function paymentBlock(doc: SalesDocument, seller: PrintSeller, t: Translate): string {
  if (doc.type !== 'invoice' && doc.type !== 'debit_note') return ''
  const lines = [doc.paymentInstructions]
  if (doc.paymentMethod === 'bank_transfer' && seller.iban) {
    lines.push(
      [t('iban', { iban: formatIban(seller.iban) }), seller.bic ? t('bic', { bic: seller.bic }) : '']
        .filter(Boolean)
        .join('   ')
    )
  }
  if (doc.number) lines.push(t('quoteReference', { reference: doc.number }))
  return lines.filter((line) => line.trim() !== '').join('\n')
}

export function documentPrintModel(doc: SalesDocument, context: PrintContext): PrintModel {
  const f = printFormat(context.locale, context.region)
  const t: Translate = (key, values) => label(context.language, key, values)
  const currency = doc.currency
  const money = (minor: number) => f.money(minor, currency)
  const rows: PrintModel['totals'] extends infer T ? (T extends { rows: infer R } ? R : never) : never = []
  if (doc.allowancesCharges.length > 0)
    rows.push({ label: t('lineNetTotal', { currency }), value: money(doc.lineNetCents) })
  for (const ac of doc.allowancesCharges)
    rows.push({
      label: t(ac.charge ? 'charge' : 'allowance', { reason: ac.reason || ac.reasonCode }),
      value: money(ac.charge ? ac.amountCents : -ac.amountCents)
    })
  rows.push({ label: t('netTotal', { currency }), value: money(doc.netCents) })
  // A distance sale names the country whose rates it charges beside the standard and zero rates.
  const charged = context.distanceSale?.vatCountry
  for (const row of doc.vatBreakdown)
    rows.push({
      label: t('vatRow', {
        category:
          charged && (row.vatCategory === 'S' || row.vatCategory === 'Z')
            ? `${row.vatCategory} (${charged})`
            : row.vatCategory,
        rate: f.percent(row.vatRateBp),
        base: money(row.netCents)
      }),
      value: money(row.vatCents)
    })
  rows.push({ label: t('total', { currency }), value: money(doc.totalCents), bold: true })
  // VAT Directive art. 230 / EN 16931 BT-111: the VAT total also in the accounting currency.
  const rate = doc.exchangeRate
  if (rate) {
    rows.push({
      label: t('exchangeRate', {
        date: f.date(rate.rateDate),
        currency,
        accountingCurrency: rate.accountingCurrency
      }),
      value: rate.rate
    })
    rows.push({
      label: t('vatInAccountingCurrency', { currency: rate.accountingCurrency }),
      value: f.money(rate.vatInAccountingCents, rate.accountingCurrency)
    })
  }
  if (doc.prepaidCents !== 0) rows.push({ label: t('prepaid'), value: money(-doc.prepaidCents) })
  if (doc.roundingCents !== 0) rows.push({ label: t('rounding'), value: money(doc.roundingCents) })
  if (doc.prepaidCents !== 0 || doc.roundingCents !== 0)
    rows.push({ label: t('amountDue', { currency }), value: money(doc.payableCents), bold: true })
  if (context.paidCents !== null && context.paidCents !== 0) {
    rows.push({ label: t('paidToDate'), value: money(-context.paidCents) })
    rows.push({
      label: t('balanceDue', { currency }),
      value: money(doc.payableCents - context.paidCents),
      bold: true
    })
  }
  const title = t(doc.type)
  return {
    paper: context.paper,
    language: context.language,
    title: doc.number ? title : t('draftSuffix', { title }),
    number: doc.number ?? t('draftNumber'),
    company: context.seller,
    addressee: {
      heading: doc.type === 'estimate' ? t('preparedFor') : t('billTo'),
      lines: [
        doc.customer.name,
        ...addressLines(doc.customer.billingAddress),
        ...(doc.customer.taxId ? [t('vatId', { id: doc.customer.taxId })] : [])
      ]
    },
    meta: metaOf(doc, f, t),
    columns: priceColumns(context.paper, t),
    rows: doc.lines.map((l) => [
      lineText(doc, l, f, t, currency),
      f.quantity(l.quantityMilli),
      l.priceBaseQuantityMilli === 1000
        ? l.unit
        : `${l.unit} ${t('perBase', { quantity: f.quantity(l.priceBaseQuantityMilli) })}`.trim(),
      f.price(l.unitPriceTenThousandths, currency),
      l.discountBp ? f.percent(l.discountBp) : '',
      l.vatCategory === 'S' ? f.percent(l.vatRateBp) : `${l.vatCategory} ${f.percent(l.vatRateBp)}`,
      money(l.netCents)
    ]),
    totals: { rows },
    sections: [
      { heading: t('vatNotes'), text: vatNotes(doc, t, context) },
      { heading: t('reason'), text: doc.reason },
      { heading: t('paymentDetails'), text: paymentBlock(doc, context.seller, t) },
      { heading: t('notes'), text: doc.notes },
      { heading: t('terms'), text: doc.terms }
    ],
    footer: context.seller.documentFooter
  }
}

/** The PDF of one document as bytes (used by the API, the CLI and the bench). */
export async function renderDocumentPdf(
  db: Executor,
  id: number,
  options: { paper?: Paper; today: string; createdAt?: Date; extras?: PdfExtras }
): Promise<{ doc: SalesDocument; bytes: Buffer }> {
  const settings = await readSettings(db)
  const doc = await loadDocument(db, id, options.today)
  const context = await printContextOf(db, doc, settings, options.paper, options.today)
  const bytes = await renderPdf(
    { ...documentPrintModel(doc, context), fiscalQr: await verifactuPrintQr(db, id) },
    { ...options.extras, createdAt: options.createdAt ?? options.extras?.createdAt }
  )
  return { doc, bytes }
}

export function pdfFileName(doc: Pick<SalesDocument, 'type' | 'number' | 'id'>): string {
  return `${doc.number ?? `${doc.type.replace('_', '-')}-draft-${doc.id}`}.pdf`
}

export async function documentPdf(ctx: ServiceContext, id: number, paper?: Paper): Promise<FileResult> {
  const { doc, bytes } = await renderDocumentPdf(ctx.db, id, {
    paper,
    today: today(ctx),
    createdAt: ctx.now()
  })
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
  // The order's frozen seller, language and paper (a delivery note goes with its order).
  const context = await printContextOf(ctx.db, orderDoc, settings, paper)
  const f = printFormat(context.locale, context.region)
  const t: Translate = (key, values) => label(context.language, key, values)
  const size = context.paper
  const number = `${order.number}/${delivery.sequence}`
  const shipTo: Address = customer ? addressOf(customer, 'delivery') : orderDoc.customer.billingAddress
  const ordered = new Map(orderDoc.lines.map((l) => [l.id, l]))
  const model: PrintModel = {
    paper: size,
    title: t('deliveryNote'),
    number,
    company: context.seller,
    language: context.language,
    addressee: { heading: t('deliverTo'), lines: [orderDoc.customer.name, ...addressLines(shipTo)] },
    meta: [
      [t('deliveryDate'), f.date(delivery.deliveryDate)],
      [t('ourOrder'), order.number ?? ''],
      [t('orderDate'), f.date(order.issueDate)],
      [t('customerNo'), order.customerCode]
    ],
    columns: [
      { header: t('description'), width: tableWidth(size) - 210, align: 'left' },
      { header: t('unit'), width: 50, align: 'left' },
      { header: t('ordered'), width: 80, align: 'right' },
      { header: t('delivered'), width: 80, align: 'right' }
    ],
    rows: delivery.lines.map((l) => [
      l.description,
      l.unit,
      f.quantity(ordered.get(l.orderLineId)?.quantityMilli ?? 0),
      f.quantity(l.quantityMilli)
    ]),
    totals: null,
    sections: [{ heading: t('note'), text: delivery.note }],
    footer: context.seller.documentFooter
  }
  const bytes = await renderPdf(model, { createdAt: ctx.now() })
  return {
    kind: 'file',
    fileName: `delivery-${number.replace('/', '-')}.pdf`,
    mimeType: PDF_MIME,
    bytes: new Uint8Array(bytes)
  }
}
