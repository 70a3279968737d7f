import { createHash } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'
import { activity } from '../../../shared/activity'
import {
  documentLanguageOf,
  languageOfLocale,
  localeForLanguage,
  type Language
} from '../../../shared/languages'
import { appendToChain } from '../chain'
import { refuseReplace, appendOnlyTriggers } from '../guards'
import { sellerSnapshotColumns } from './0007_document_legal'

/**
 * The rest of "frozen at issue" (issue 11), in two append-only side tables keyed by the document's
 * id (documents are hash-chained and get no new columns, as in 0034):
 *
 * - `document_seller_backfills`: documents issued before 0007 carry no seller snapshot and printed
 *   from whatever Settings said on the day they were printed. This migration freezes, for every
 *   issued document without one, the seller as Settings say at migration time (the best evidence
 *   there is), with what the printer gave such a document until now: the customer's print language
 *   and its locale, that language's footer, the company's paper. So its text stays as printed the day
 *   before (only Settings → Region's number and date format, which a snapshot does not hold, gives way
 *   to the locale's own) and later settings changes no longer change it. The document rows stay as chained; the activity
 *   log (chained) records one entry per document naming the seller frozen for it and one naming how
 *   many documents, so the backfill is itself on the record.
 * - `document_einvoice_embeds`: whether an issued invoice, credit or debit note prints with its
 *   e-invoice embedded (Factur-X) and in which profile, decided at issue from Settings → E-invoice;
 *   printing reads this row, never the setting. Documents issued before get the setting as it is
 *   at migration time (what they print today).
 */
export async function up(db: Kysely<unknown>, sqlite: BetterSqlite3.Database): Promise<void> {
  const backfillRefusal = 'The seller frozen for an issued document cannot be changed'
  const embedRefusal = 'Whether an issued document embeds its e-invoice cannot be changed'
  const statements = [
    `create table document_seller_backfills (
      document_id integer primary key references documents(id),
      ${sellerSnapshotColumns.map((c) => `${c} text`).join(',\n      ')},
      frozen_at text not null
    )`,
    ...appendOnlyTriggers('document_seller_backfills', backfillRefusal),
    `create table document_einvoice_embeds (
      document_id integer primary key references documents(id),
      profile text not null check (profile = 'EN 16931')
    )`,
    ...appendOnlyTriggers('document_einvoice_embeds', embedRefusal)
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
  await refuseReplace(db, 'document_seller_backfills', backfillRefusal)
  await refuseReplace(db, 'document_einvoice_embeds', embedRefusal)

  const stored = (key: string): Record<string, unknown> => {
    const row = sqlite.prepare('select value from settings where key = ?').get(key) as
      { value: string } | undefined
    try {
      const value: unknown = row ? JSON.parse(row.value) : {}
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
    } catch {
      return {}
    }
  }
  const company = stored('company')
  const text = (key: string, fallback = '') => {
    const value = company[key]
    return typeof value === 'string' ? value : fallback
  }
  const documentSettings = stored('documents')
  const companyLocale =
    typeof documentSettings.printLocale === 'string' ? documentSettings.printLocale : 'en-GB'
  const paper = documentSettings.paperSize === 'Letter' ? 'Letter' : 'A4'
  const footers = company.footerByLanguage
  const footerIn = (language: Language): string => {
    const own =
      typeof footers === 'object' && footers !== null ? (footers as Record<string, unknown>)[language] : ''
    return typeof own === 'string' && own !== '' ? own : text('documentFooter')
  }
  const at = new Date().toISOString()

  // E-invoices embedded in the PDF: every issued invoice, credit and debit note printed so today.
  if (stored('einvoice').embedInPdf === true)
    sqlite
      .prepare(
        `insert into document_einvoice_embeds (document_id, profile)
         select id, 'EN 16931' from documents
         where number is not null and type in ('invoice', 'credit_note', 'debit_note')`
      )
      .run()

  const documents = sqlite
    .prepare(
      `select d.id, d.number, c.document_language as chosen, c.billing_country as country
       from documents d join customers c on c.id = d.customer_id
       where d.number is not null and d.seller_legal_name is null order by d.id`
    )
    .all() as Array<{ id: number; number: string; chosen: string | null; country: string }>
  if (documents.length === 0) return

  const logo = text('logoDataUrl')
  let logoSha256 = ''
  if (logo !== '') {
    logoSha256 = createHash('sha256').update(logo).digest('hex')
    const known = sqlite.prepare('select 1 from document_logos where sha256 = ?').get(logoSha256)
    if (!known)
      sqlite.prepare('insert into document_logos (sha256, data_url) values (?, ?)').run(logoSha256, logo)
  }
  const seller: Omit<
    Record<(typeof sellerSnapshotColumns)[number], string>,
    'seller_footer' | 'document_language' | 'print_locale'
  > = {
    seller_legal_name: text('legalName'),
    seller_tax_id: text('taxId'),
    seller_address_line1: text('addressLine1'),
    seller_address_line2: text('addressLine2'),
    seller_postal_code: text('postalCode'),
    seller_city: text('city'),
    seller_region: text('region'),
    seller_country: text('country'),
    seller_iban: text('iban'),
    seller_bic: text('bic'),
    seller_phone: text('phone'),
    seller_email: text('email'),
    seller_website: text('website'),
    seller_registration: text('registration'),
    seller_logo_sha256: logoSha256,
    paper_size: paper
  }
  const insert = sqlite.prepare(
    `insert into document_seller_backfills (document_id, ${sellerSnapshotColumns.join(', ')}, frozen_at)
     values (?, ${sellerSnapshotColumns.map(() => '?').join(', ')}, ?)`
  )
  const log = sqlite.prepare(
    `insert into activity_log (at, actor, entity, entity_id, action, summary, details)
     values (?, 'salesdesk', ?, ?, 'freeze_seller', ?, ?)`
  )
  const legalName = seller.seller_legal_name
  const taxId = seller.seller_tax_id
  const entries: number[] = []
  for (const document of documents) {
    // The customer's print language as the printer chose it for a document without a snapshot.
    const language = documentLanguageOf(document.chosen, document.country, languageOfLocale(companyLocale))
    const frozen: Record<(typeof sellerSnapshotColumns)[number], string> = {
      ...seller,
      seller_footer: footerIn(language),
      document_language: language,
      print_locale: localeForLanguage(language, companyLocale)
    }
    insert.run(document.id, ...sellerSnapshotColumns.map((c) => frozen[c]), at)
    const details = activity('documentSellerFrozen', { number: document.number, legalName, taxId })
    const summary = `${document.number} issued before the seller was frozen: seller frozen as in Settings (${legalName || 'no legal name'}, ${taxId || 'no tax id'})`
    entries.push(
      Number(log.run(at, 'document', document.id, summary, JSON.stringify(details)).lastInsertRowid)
    )
  }
  const count = documents.length
  entries.push(
    Number(
      log.run(
        at,
        'database',
        null,
        `Seller frozen from Settings for ${count} document${count === 1 ? '' : 's'} issued before the seller was frozen`,
        JSON.stringify(activity('sellerFrozenForDocuments', { count }))
      ).lastInsertRowid
    )
  )
  for (const id of entries) await appendToChain(db, 'activity_log', id)
}
