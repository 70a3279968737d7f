import type { Kysely } from 'kysely'
import { createFrozenDocumentPart } from './schema'

/**
 * Distance sales under the One-Stop Shop, frozen at issue (issue 11). When an invoice, credit or
 * debit note to a consumer in another EU country is charged that country's VAT (the EU threshold
 * of €10 000 was passed), the decision and the figures it rested on are kept with the document, so
 * its PDF and e-invoice print the same wording forever, whatever later sales or settings say.
 * Documents are hash-chained and get no new columns: a side table keyed by the document's id,
 * append-only like the document itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createFrozenDocumentPart(
    db,
    'document_distance_sales',
    [
      'vat_country text not null check (length(vat_country) = 2)',
      'seller_country text not null check (length(seller_country) = 2)',
      'previous_year_cents integer not null',
      'current_year_cents integer not null',
      'threshold_cents integer not null'
    ],
    'The distance-sale record of an issued document cannot be changed'
  )
}
