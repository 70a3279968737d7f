/**
 * A year's invoice lines to Excel (hundreds of thousands of rows): read in keyset-paged chunks
 * (the connection is free between chunks, so the app stays responsive) and written with the
 * streaming exporter, which reports progress and honours a cancel.
 */
import { sql } from 'kysely'
import type { Language } from '../../shared/languages'
import type { FileResult } from '../../shared/schemas/common'
import type { Executor } from '../context'
import { buildXlsx, workbookRegion, type ExportColumn } from '../export/xlsx'
import { exportWordsLanguage } from '../export/words'
import { invoiceLineWords } from './invoice-lines-words'

export interface InvoiceLineRow {
  number: string
  issueDate: string
  customerCode: string
  customerName: string
  executive: string
  position: number
  sku: string
  description: string
  quantityMilli: number
  unit: string
  unitPriceCents: number
  discountBp: number
  vatRateBp: number
  netCents: number
}

/** The export's columns with their headings in `language`. */
function invoiceLineColumnsIn(language: Language): ExportColumn<InvoiceLineRow>[] {
  const words = invoiceLineWords[language]
  return [
    { header: words.invoice, width: 16, kind: 'text', value: (r) => r.number },
    { header: words.date, width: 12, kind: 'date', value: (r) => r.issueDate },
    { header: words.customerCode, width: 12, kind: 'text', value: (r) => r.customerCode },
    { header: words.customer, width: 30, kind: 'text', value: (r) => r.customerName },
    { header: words.executive, width: 22, kind: 'text', value: (r) => r.executive },
    { header: words.line, width: 6, kind: 'integer', value: (r) => r.position + 1 },
    { header: words.sku, width: 10, kind: 'text', value: (r) => r.sku },
    { header: words.description, width: 36, kind: 'text', value: (r) => r.description },
    { header: words.quantity, width: 10, kind: 'text', value: (r) => r.quantityMilli / 1000 },
    { header: words.unit, width: 8, kind: 'text', value: (r) => r.unit },
    { header: words.unitPrice, width: 12, kind: 'money', value: (r) => r.unitPriceCents },
    { header: words.discount, width: 9, kind: 'percent', value: (r) => r.discountBp },
    { header: words.vatRate, width: 9, kind: 'percent', value: (r) => r.vatRateBp },
    { header: words.net, width: 12, kind: 'money', value: (r) => r.netCents }
  ]
}

/** The columns with English headings (the benchmark's in-memory comparison). */
export const invoiceLineColumns = invoiceLineColumnsIn('en')

const CHUNK_DOCUMENTS = 400

/** Lines of the invoices issued from..to, in date and number order, read chunk by chunk. */
export async function* invoiceLineRows(
  db: Executor,
  from: string,
  to: string,
  limit = Number.MAX_SAFE_INTEGER
): AsyncGenerator<InvoiceLineRow> {
  let lastDate = ''
  let lastId = 0
  let sent = 0
  for (;;) {
    const ids = (
      await sql<{ id: number; day: string }>`select id, issue_date as day from documents
        where type = 'invoice' and status = 'issued' and issue_date >= ${from} and issue_date <= ${to}
          and (issue_date > ${lastDate} or (issue_date = ${lastDate} and id > ${lastId}))
        order by issue_date, id limit ${CHUNK_DOCUMENTS}`.execute(db)
    ).rows
    if (ids.length === 0) return
    lastDate = ids[ids.length - 1].day
    lastId = ids[ids.length - 1].id
    const lines = (
      await sql<InvoiceLineRow>`select d.number as number, d.issue_date as issueDate, d.customer_code as customerCode,
          d.customer_name as customerName, coalesce(e.name, '') as executive, l.position as position, coalesce(p.sku, '') as sku,
          l.description as description, l.quantity_milli as quantityMilli, l.unit as unit, (l.unit_price_ten_thousandths + 50) / 100 as unitPriceCents,
          l.discount_bp as discountBp, l.vat_rate_bp as vatRateBp, l.net_cents as netCents
        from documents d join document_lines l on l.document_id = d.id
          left join sales_executives e on e.id = d.executive_id left join products p on p.id = l.product_id
        where d.id in (${sql.join(ids.map((r) => r.id))})
        order by d.issue_date, d.id, l.position`.execute(db)
    ).rows
    for (const line of lines) {
      if (sent++ >= limit) return
      yield line
    }
  }
}

export async function countInvoiceLines(db: Executor, from: string, to: string): Promise<number> {
  const row = await sql<{
    n: number
  }>`select count(*) as n from documents d join document_lines l on l.document_id = d.id
    where d.type = 'invoice' and d.status = 'issued' and d.issue_date >= ${from} and d.issue_date <= ${to}`.execute(
    db
  )
  return row.rows[0]?.n ?? 0
}

export async function exportInvoiceLines(
  db: Executor,
  options: {
    from: string
    to: string
    fileName: string
    limit?: number
    /** The headings' language (the user's); the company's document language when null. */
    language?: Language | null
  }
): Promise<FileResult> {
  const language = await exportWordsLanguage(db, options.language ?? null)
  const total = Math.min(
    await countInvoiceLines(db, options.from, options.to),
    options.limit ?? Number.MAX_SAFE_INTEGER
  )
  return buildXlsx(
    options.fileName,
    [
      {
        name: invoiceLineWords[language].sheet,
        columns: invoiceLineColumnsIn(language),
        rows: invoiceLineRows(db, options.from, options.to, options.limit),
        total
      }
    ],
    await workbookRegion(db, language)
  )
}

export const exportInvoiceLinesOfYear = (db: Executor, year: number, language: Language | null = null) =>
  exportInvoiceLines(db, {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    fileName: `invoice-lines-${year}.xlsx`,
    language
  })
