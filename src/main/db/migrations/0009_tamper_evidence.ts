import type { Kysely } from 'kysely'
import { maskStoredCardNumbers } from '../card-masking'
import { appendOnlyTables, freezeColumns, refuseReplace, tableColumns } from '../guards'

/**
 * A store that cannot be bent (issue 10):
 * - full card numbers stored by earlier versions are masked (last four kept), logged;
 * - an issued document freezes every column, `id` included, except its status step, the
 *   reason for it and `updated_at` — read from the table itself, so the columns that earlier
 *   migrations added (seller snapshot, currency data, ...) are covered too;
 * - INSERT OR REPLACE / UPSERT can no longer rewrite an issued document, a line of one, or a
 *   row of any append-only table (they deleted the old row without firing DELETE triggers);
 * - the keys of updatable protected rows (investigations, receivables) cannot move.
 */

/** What an issued document may still change: its status step (with the reason) and when. */
export const documentsMutableColumns = ['status', 'status_reason', 'updated_at'] as const

export async function up(db: Kysely<unknown>): Promise<void> {
  await maskStoredCardNumbers(db, new Date().toISOString())

  const documentColumns = (await tableColumns(db, 'documents'))
    .map((c) => c.name)
    .filter((c) => !(documentsMutableColumns as readonly string[]).includes(c))
  await freezeColumns(
    db,
    'documents',
    'documents_issued_frozen',
    documentColumns,
    'Issued documents cannot be changed',
    'old.number is not null'
  )
  await refuseReplace(db, 'documents', 'Issued documents cannot be replaced', 'kept.number is not null')
  await refuseReplace(
    db,
    'document_lines',
    'Lines of an issued document cannot be changed',
    '(select number from documents where id = kept.document_id) is not null'
  )
  for (const table of await appendOnlyTables(db)) {
    if (table === 'document_series') continue
    await refuseReplace(db, table, 'Recorded entries cannot be replaced or changed')
  }
  // A counter may be moved forward by an upsert (the demo does), never back by a REPLACE.
  await refuseReplace(
    db,
    'document_series',
    'A numbering series cannot go back (it cannot be replaced)',
    'new.next_sequence < kept.next_sequence'
  )

  await freezeColumns(
    db,
    'payment_investigations',
    'payment_investigations_keys_frozen',
    ['id', 'return_id', 'customer_id', 'opened_on', 'created_at'],
    'An investigation cannot be moved to another return'
  )
  await freezeColumns(
    db,
    'receivables',
    'receivables_keys_frozen',
    ['document_id', 'customer_id', 'issue_date', 'due_date', 'total_cents'],
    'Receivables follow their document and cannot be changed'
  )
  await freezeColumns(
    db,
    'document_series',
    'document_series_keys_frozen',
    ['type', 'year'],
    'A numbering series cannot go back'
  )
}
