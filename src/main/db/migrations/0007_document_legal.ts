import { sql, type Kysely } from 'kysely'
import { minorUnits } from '../../../shared/currencies'
import { createIndex, createRecordTable, required } from './schema'
import { appendOnlyTriggers, issuedDocumentPartTriggers } from '../guards'
import { frozenColumns } from './0002_documents'

/**
 * Issued documents that hold up (issue 11):
 * - lines get a VAT category (UNCL 5305) with an exemption reason, may be negative (a deposit or
 *   rebate deducted), carry unit prices to 4 decimals (ten-thousandths of the major unit; line
 *   nets stay in the currency's minor unit), a price base quantity (per 100 pieces), a gross
 *   price before a price discount, and a fixed line allowance and line charge;
 * - documents get document-level allowances and charges (a side table, each with its VAT
 *   category), the prepaid amount and rounding, the amount due, buyer and order references,
 *   the date (or period) of supply, the corrected invoice's number and date, and a snapshot of
 *   everything the print shows that is not the customer's: the seller's profile, the logo (by
 *   hash, stored once), footer, payment block, language, locale and paper, frozen at issue;
 * - products get a default VAT category, customers a default VAT treatment.
 * SQLite cannot alter a CHECK constraint, so document_lines (and delivery_lines, which
 * references it) are rebuilt, keeping their rows, ids, indexes and triggers.
 */

const vatCategories = `('S', 'Z', 'E', 'AE', 'K', 'G', 'O')`

/** Text columns added to documents; empty for drafts until issue freezes them (NULL on old rows). */
export const sellerSnapshotColumns = [
  'seller_legal_name',
  'seller_tax_id',
  'seller_address_line1',
  'seller_address_line2',
  'seller_postal_code',
  'seller_city',
  'seller_region',
  'seller_country',
  'seller_iban',
  'seller_bic',
  'seller_phone',
  'seller_email',
  'seller_website',
  'seller_registration',
  'seller_footer',
  'seller_logo_sha256',
  'document_language',
  'print_locale',
  'paper_size'
] as const

/** The columns this migration adds to documents; they freeze at issue with 0002's. */
export const addedDocumentColumns = [
  ...sellerSnapshotColumns,
  'supply_date',
  'supply_period_start',
  'supply_period_end',
  'buyer_reference',
  'order_reference',
  'corrected_number',
  'corrected_issue_date',
  'line_net_cents',
  'allowance_total_cents',
  'charge_total_cents',
  'prepaid_cents',
  'rounding_cents',
  'payable_cents'
]

async function run(db: Kysely<unknown>, statement: string): Promise<void> {
  await sql.raw(statement).execute(db)
}

async function schemaRows(db: Kysely<unknown>, type: 'trigger' | 'index', tables: string[]) {
  const list = tables.map((t) => `'${t}'`).join(', ')
  const result = await sql<{ name: string; sql: string | null }>`
    select name, sql from sqlite_master where type = ${type} and tbl_name in (${sql.raw(list)})`.execute(db)
  // Automatic indexes (primary keys, unique constraints) have no SQL and come back with the table.
  return result.rows.filter((r): r is { name: string; sql: string } => r.sql !== null)
}

async function rebuildLines(db: Kysely<unknown>): Promise<void> {
  const tables = ['document_lines', 'delivery_lines']
  const triggers = await schemaRows(db, 'trigger', tables)
  const indexes = await schemaRows(db, 'index', tables)
  // The new tables reference each other by their new names; the renames below rewrite those
  // references, so foreign keys hold at every step (no pragma, inside the migration transaction).
  await run(
    db,
    `create table document_lines_new (
      id integer primary key autoincrement,
      document_id integer not null references documents(id) on delete cascade,
      position integer not null,
      product_id integer references products(id),
      description text not null,
      unit text not null default '',
      quantity_milli integer not null check (quantity_milli <> 0),
      unit_price_ten_thousandths integer not null check (unit_price_ten_thousandths >= 0),
      gross_price_ten_thousandths integer check (gross_price_ten_thousandths >= unit_price_ten_thousandths),
      price_base_quantity_milli integer not null default 1000 check (price_base_quantity_milli > 0),
      discount_bp integer not null check (discount_bp between 0 and 10000),
      allowance_cents integer not null default 0 check (allowance_cents >= 0),
      allowance_reason text not null default '',
      charge_cents integer not null default 0 check (charge_cents >= 0),
      charge_reason text not null default '',
      vat_category text not null default 'S' check (vat_category in ${vatCategories}),
      vat_rate_bp integer not null check (vat_rate_bp between 0 and 10000),
      vat_exemption_code text,
      vat_exemption_text text,
      promised_date text,
      source_line_id integer references document_lines_new(id),
      gross_cents integer not null,
      discount_cents integer not null,
      net_cents integer not null
    )`
  )
  // Existing prices are whole minor units of the document's currency; 0 % lines were zero-rated.
  const currencies = await sql<{ currency: string }>`select distinct currency from documents`.execute(db)
  const factors = currencies.rows.map(({ currency }) => {
    let digits = 2
    try {
      digits = minorUnits(currency)
    } catch {
      // An unknown code in an old row keeps the usual two decimals rather than blocking the upgrade.
    }
    return sql`when ${currency} then ${10 ** Math.max(0, 4 - digits)}`
  })
  const factor =
    factors.length === 0 ? sql`100` : sql`case d.currency ${sql.join(factors, sql` `)} else 100 end`
  // One statement in id order, so every source line exists before the lines that point to it.
  await sql`insert into document_lines_new (id, document_id, position, product_id, description, unit,
      quantity_milli, unit_price_ten_thousandths, price_base_quantity_milli, discount_bp, vat_category, vat_rate_bp,
      promised_date, source_line_id, gross_cents, discount_cents, net_cents)
    select l.id, l.document_id, l.position, l.product_id, l.description, l.unit,
      l.quantity_milli, l.unit_price_cents * ${factor}, 1000, l.discount_bp,
      case when l.vat_rate_bp = 0 then 'Z' else 'S' end, l.vat_rate_bp,
      l.promised_date, l.source_line_id, l.gross_cents, l.discount_cents, l.net_cents
    from document_lines l join documents d on d.id = l.document_id
    order by l.id`.execute(db)
  await run(
    db,
    `create table delivery_lines_new (
      delivery_id integer not null references deliveries(id),
      order_line_id integer not null references document_lines_new(id),
      quantity_milli integer not null check (quantity_milli > 0),
      constraint delivery_lines_pk primary key (delivery_id, order_line_id)
    )`
  )
  await run(
    db,
    `insert into delivery_lines_new select delivery_id, order_line_id, quantity_milli from delivery_lines`
  )
  // Dropping a table drops its triggers and runs no DELETE trigger; children first.
  await run(db, 'drop table delivery_lines')
  await run(db, 'drop table document_lines')
  await run(db, 'alter table document_lines_new rename to document_lines')
  await run(db, 'alter table delivery_lines_new rename to delivery_lines')
  for (const index of indexes) await run(db, index.sql)
  for (const trigger of triggers) await run(db, trigger.sql)
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rebuildLines(db)

  for (const column of addedDocumentColumns) {
    const type = column.endsWith('_cents') ? 'integer not null default 0' : 'text'
    await run(db, `alter table documents add column ${column} ${type}`)
  }
  // Old rows: nothing beyond the line nets, and the whole total is due.
  await run(db, `drop trigger documents_issued_frozen`)
  await run(db, `update documents set line_net_cents = net_cents, payable_cents = total_cents`)
  const frozen = [...frozenColumns, ...addedDocumentColumns]
  const changed = frozen.map((c) => `new.${c} is not old.${c}`).join(' or ')
  await run(
    db,
    `create trigger documents_issued_frozen before update on documents when old.number is not null and (${changed})
      begin select raise(abort, 'Issued documents cannot be changed'); end`
  )

  await createRecordTable(db, 'document_allowances_charges')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('is_charge', 'integer', (c) => c.notNull().check(sql`is_charge in (0, 1)`))
    .addColumn('amount_cents', 'integer', (c) => c.notNull().check(sql`amount_cents >= 0`))
    // A percentage of a base, when the amount was computed so (EN 16931 BT-93/94, BT-100/101).
    .addColumn('base_cents', 'integer')
    .addColumn('percent_bp', 'integer')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reason_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('vat_category', 'text', (c) =>
      c
        .notNull()
        .defaultTo('S')
        .check(sql.raw(`vat_category in ${vatCategories}`))
    )
    .addColumn('vat_rate_bp', 'integer', (c) => c.notNull().check(sql`vat_rate_bp between 0 and 10000`))
    .execute()
  await createIndex(db, 'document_allowances_charges_document', 'document_allowances_charges', [
    'document_id',
    'position'
  ])

  // The VAT breakdown as computed when the document was written: a credit note that brings a
  // rate to zero credits exactly what remains, which a recomputation from its lines would not know.
  await db.schema
    .createTable('document_vat_breakdown')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .$call(
      required({ vat_category: 'text', vat_rate_bp: 'integer', base_cents: 'integer', vat_cents: 'integer' })
    )
    .addPrimaryKeyConstraint('document_vat_breakdown_pk', ['document_id', 'vat_category', 'vat_rate_bp'])
    .execute()

  // The logo as printed at issue, stored once per distinct image.
  await db.schema
    .createTable('document_logos')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('data_url', 'text', (c) => c.notNull())
    .execute()

  await run(
    db,
    `alter table products add column vat_category text not null default 'S' check (vat_category in ${vatCategories})`
  )
  // NULL: by the rule (same country S, EU business K, outside the EU G).
  await run(
    db,
    `alter table customers add column default_vat_category text check (default_vat_category in ${vatCategories})`
  )

  const statements = [
    ...issuedDocumentPartTriggers(
      'document_allowances_charges',
      'Allowances and charges of an issued document cannot be changed',
      'Allowances and charges of an issued document cannot be deleted'
    ),
    ...issuedDocumentPartTriggers(
      'document_vat_breakdown',
      'The VAT of an issued document cannot be changed',
      'The VAT of an issued document cannot be deleted'
    ),
    ...appendOnlyTriggers(
      'document_logos',
      'A logo printed on issued documents cannot be changed',
      'A logo printed on issued documents cannot be deleted'
    )
  ]
  for (const statement of statements) await run(db, statement)
}
