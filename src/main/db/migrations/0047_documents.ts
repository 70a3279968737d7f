import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import { activity } from '../../../shared/activity'
import { appendToChain } from '../chain'
import { createFrozenDocumentPart } from './schema'

/**
 * The payment means of an e-invoice, frozen at issue (issue 11), in an append-only side table keyed
 * by the document's id (documents are hash-chained and get no new columns, as in 0034 and 0040).
 *
 * `document_payment_means`: what the e-invoice of an issued invoice, credit or debit note paid by
 * direct debit or card says about it (BG-16..BG-19): the SEPA creditor id (Settings → E-invoice), the
 * customer's mandate reference and debited IBAN, the card's last four digits. Until now the UBL, CII
 * and embedded Factur-X XML read them at export or print time, so changing the creditor id or a
 * customer's mandate rewrote every past e-invoice. Documents issued before this migration get what
 * they print today (the setting and the customer's payment setup at migration time, the best
 * evidence there is); the document rows stay as chained and one chained activity entry says how
 * many documents got it.
 */
export async function up(db: Kysely<unknown>, sqlite: BetterSqlite3.Database): Promise<void> {
  await createFrozenDocumentPart(
    db,
    'document_payment_means',
    [
      'creditor_id text not null',
      'mandate_reference text not null',
      'debited_iban text not null',
      'card_last4 text not null'
    ],
    'The payment means frozen for an issued document cannot be changed'
  )

  const row = sqlite.prepare("select value from settings where key = 'einvoice'").get() as
    { value: string } | undefined
  let creditorId = ''
  try {
    const value: unknown = row ? JSON.parse(row.value) : {}
    if (typeof value === 'object' && value !== null) {
      const stored = (value as Record<string, unknown>).creditorId
      if (typeof stored === 'string') creditorId = stored
    }
  } catch {
    // A damaged setting printed no creditor id (the reader falls back to the defaults).
  }
  const count = freezeIssuedPaymentMeans(sqlite, creditorId)
  if (count === 0) return
  const entry = sqlite
    .prepare(
      `insert into activity_log (at, actor, entity, entity_id, action, summary, details)
       values (?, 'salesdesk', 'database', null, 'freeze_payment_means', ?, ?)`
    )
    .run(
      new Date().toISOString(),
      `Creditor id, mandate and card frozen for ${count} document${count === 1 ? '' : 's'} issued before they were frozen with them`,
      JSON.stringify(activity('paymentMeansFrozenForDocuments', { count }))
    )
  await appendToChain(db, 'activity_log', Number(entry.lastInsertRowid))
}

/**
 * Freezes, from the customers' payment set-ups and the given SEPA creditor id, the payment means of every issued
 * invoice, credit and debit note paid by direct debit or card; returns how many it froze. The demo, which writes
 * its issued documents straight into the tables, freezes them the same way.
 */
export function freezeIssuedPaymentMeans(sqlite: BetterSqlite3.Database, creditorId: string): number {
  return sqlite
    .prepare(
      `insert into document_payment_means (document_id, creditor_id, mandate_reference, debited_iban, card_last4)
       select d.id,
         case when d.payment_method = 'direct_debit' then ? else '' end,
         case when d.payment_method = 'direct_debit' then coalesce(s.mandate_reference, '') else '' end,
         case when d.payment_method = 'direct_debit' then coalesce(s.iban, '') else '' end,
         case when d.payment_method = 'card' then coalesce(s.card_last4, '') else '' end
       from documents d left join customer_payment_setups s on s.customer_id = d.customer_id
       where d.number is not null and d.type in ('invoice', 'credit_note', 'debit_note')
         and d.payment_method in ('direct_debit', 'card')
       order by d.id`
    )
    .run(creditorId).changes
}
